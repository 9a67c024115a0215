"""initial tables

Revision ID: 0001
Revises: 
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('inbound_message',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_key', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=False),
    sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.Column('sender', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=False),
    sa.Column('received_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('intent', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('details', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('inbound_message', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inbound_message_message_key'), ['message_key'], unique=True)

    op.create_table('mailbox_state',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=False),
    sa.Column('uidvalidity', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('outbox_mail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dedupe_key', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=False),
    sa.Column('sender', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('recipients', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('sent_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('source_message_key', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outbox_mail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_mail_dedupe_key'), ['dedupe_key'], unique=True)
        batch_op.create_index(batch_op.f('ix_outbox_mail_status'), ['status'], unique=False)

    op.create_table('registration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('organisation', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('registered_by', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('source_message_key', sqlmodel.sql.sqltypes.AutoString(length=998), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id', 'email', name='uq_registration_event_email')
    )
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_event_id'), ['event_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_event_id'))

    op.drop_table('registration')
    with op.batch_alter_table('outbox_mail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_mail_status'))
        batch_op.drop_index(batch_op.f('ix_outbox_mail_dedupe_key'))

    op.drop_table('outbox_mail')
    op.drop_table('mailbox_state')
    with op.batch_alter_table('inbound_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbound_message_message_key'))

    op.drop_table('inbound_message')
    
