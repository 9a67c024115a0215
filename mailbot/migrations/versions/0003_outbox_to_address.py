"""outbox_mail.to_address: an indexed first recipient for the per-sender reply limit

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox_mail', schema=None) as batch_op:
        batch_op.add_column(sa.Column('to_address', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False,
                                      server_default=''))
        batch_op.create_index(batch_op.f('ix_outbox_mail_to_address'), ['to_address'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outbox_mail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_mail_to_address'))
        batch_op.drop_column('to_address')
