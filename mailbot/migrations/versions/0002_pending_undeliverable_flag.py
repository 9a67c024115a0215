"""pending actions, undeliverable addresses, registration flag

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pending_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('requested_by', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('request_message_id', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.Column('source_message_key', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pending_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pending_action_request_message_id'), ['request_message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pending_action_token'), ['token'], unique=True)

    op.create_table('undeliverable',
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('permanent', sa.Boolean(), nullable=False),
    sa.Column('since', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('source_message_key', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.PrimaryKeyConstraint('email')
    )
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.add_column(sa.Column('flag', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True))
    with op.batch_alter_table('outbox_mail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_mail_message_id'), ['message_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('outbox_mail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_mail_message_id'))
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_column('flag')

    op.drop_table('undeliverable')
    with op.batch_alter_table('pending_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pending_action_token'))
        batch_op.drop_index(batch_op.f('ix_pending_action_request_message_id'))

    op.drop_table('pending_action')
    
