"""Alembic environment: runs on the connection mailbot hands over (see mailbot.db.migrate)."""

from alembic import context
from sqlmodel import SQLModel

import mailbot.models  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # plain `alembic` command line: build an engine from the URL
    from mailbot.db import make_engine

    connection = make_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite needs batch mode to alter tables
)
with context.begin_transaction():
    context.run_migrations()
