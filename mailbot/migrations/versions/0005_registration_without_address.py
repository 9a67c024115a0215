"""a registration may have no address of its own (someone registered by name, through a secretary)

Revision ID: 0005
Revises: 0004
"""
import sqlmodel
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.alter_column('email', existing_type=sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM registration WHERE email IS NULL")
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.alter_column('email', existing_type=sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False)
