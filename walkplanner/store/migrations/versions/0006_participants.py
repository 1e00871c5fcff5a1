"""Participants per walk, seat counts for stops, and the walk's group settings.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "participants",
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
        sa.Column("contact", sa.String, nullable=False, server_default=""),
        sa.Column("status", sa.String, nullable=False, server_default="going"),
        sa.Column("role", sa.String, nullable=False, server_default="walker"),
        sa.Column("needs", sa.Text, nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    with op.batch_alter_table("stops") as batch:
        batch.add_column(sa.Column("seats", sa.Integer, nullable=True))
    with op.batch_alter_table("walks") as batch:
        batch.add_column(sa.Column("group_size", sa.Integer, nullable=False, server_default="15"))
        batch.add_column(sa.Column("stagger_min", sa.Integer, nullable=False, server_default="10"))


def downgrade() -> None:
    with op.batch_alter_table("walks") as batch:
        batch.drop_column("stagger_min")
        batch.drop_column("group_size")
    with op.batch_alter_table("stops") as batch:
        batch.drop_column("seats")
    op.drop_table("participants")
