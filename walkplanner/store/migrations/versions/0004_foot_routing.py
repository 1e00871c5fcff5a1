"""Foot routing: a walk-wide default, a mode and via points per leg, and a route cache.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("walks") as batch:
        batch.add_column(
            sa.Column("follow_streets", sa.Boolean, nullable=False, server_default=sa.true())
        )
    with op.batch_alter_table("legs") as batch:
        batch.add_column(sa.Column("mode", sa.String, nullable=False, server_default="default"))
        batch.add_column(
            sa.Column("vias", sa.LargeBinary, nullable=False, server_default=sa.text("X''"))
        )
    op.create_table(
        "route_cache",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("geometry", sa.LargeBinary, nullable=False),
        sa.Column("distance_m", sa.Float, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("route_cache")
    with op.batch_alter_table("legs") as batch:
        batch.drop_column("vias")
        batch.drop_column("mode")
    with op.batch_alter_table("walks") as batch:
        batch.drop_column("follow_streets")
