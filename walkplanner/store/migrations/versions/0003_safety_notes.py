"""An emergency line (112 by default) and accessibility notes per walk, for the handouts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("walks") as batch:
        batch.add_column(
            sa.Column("emergency_phone", sa.String, nullable=False, server_default="112")
        )
        batch.add_column(sa.Column("accessibility", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("walks") as batch:
        batch.drop_column("accessibility")
        batch.drop_column("emergency_phone")
