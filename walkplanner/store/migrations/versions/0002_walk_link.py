"""A link per walk (event page, group chat invite) for the invite card's QR code.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("walks") as batch:
        batch.add_column(sa.Column("link", sa.String, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("walks") as batch:
        batch.drop_column("link")
