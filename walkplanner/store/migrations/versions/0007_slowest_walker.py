"""The pace of the slowest walker, when the organiser knows it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("walks") as batch:
        batch.add_column(sa.Column("slowest_kmh", sa.Float, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("walks") as batch:
        batch.drop_column("slowest_kmh")
