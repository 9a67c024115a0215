"""indexes for the queries the pipeline makes per message (email; event + status + time)

Revision ID: 0004
Revises: 0003
"""
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.create_index('ix_registration_email', ['email'], unique=False)
        batch_op.create_index('ix_registration_event_status_created', ['event_id', 'status', 'created_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_index('ix_registration_event_status_created')
        batch_op.drop_index('ix_registration_email')
