"""Splitting the crowd into groups becomes the organiser's choice, kept per walk.

Walks that a crowd already split (more people expected than the largest group) keep
their groups; every other walk walks as one group until the organiser says otherwise.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("walks") as batch:
        batch.add_column(
            sa.Column("split_groups", sa.Boolean, nullable=False, server_default=sa.false())
        )
    op.execute("UPDATE walks SET split_groups = 1 WHERE headcount > group_size")


def downgrade() -> None:
    with op.batch_alter_table("walks") as batch:
        batch.drop_column("split_groups")
