"""an index for finding people registered by name only (no address), used for every incoming message

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_registration_name_without_address', 'registration', [sa.text('lower(name)')],
                    sqlite_where=sa.text('email IS NULL'))


def downgrade() -> None:
    op.drop_index('ix_registration_name_without_address', table_name='registration')
