"""Walks with a meeting point, ordered stops, legs with geometry, and settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "walks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("start_time", sa.Time, nullable=False),
        sa.Column("timezone", sa.String, nullable=False),
        sa.Column("meeting_name", sa.String, nullable=False),
        sa.Column("meeting_lat", sa.Float, nullable=False),
        sa.Column("meeting_lon", sa.Float, nullable=False),
        sa.Column("meeting_note", sa.Text),
        sa.Column("headcount", sa.Integer, nullable=False),
        sa.Column("capacity", sa.Integer, nullable=True),
        sa.Column("pace_kmh", sa.Float, nullable=False),
        sa.Column("organiser_name", sa.String),
        sa.Column("organiser_contact", sa.String),
        sa.Column("distance_m", sa.Float, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "stops",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "walk_id",
            sa.Integer,
            sa.ForeignKey("walks.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("lat", sa.Float, nullable=False),
        sa.Column("lon", sa.Float, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("dwell_min", sa.Integer, nullable=False),
        sa.Column("note", sa.Text),
        sa.UniqueConstraint("walk_id", "position"),
    )
    op.create_table(
        "legs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "walk_id",
            sa.Integer,
            sa.ForeignKey("walks.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("geometry", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("walk_id", "position"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("settings", "legs", "stops", "walks"):
        op.drop_table(table)
