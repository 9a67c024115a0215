"""The database: migrations own the schema and match the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import mailbot.models  # noqa: F401
from mailbot.db import open_database, table_names


def test_migrations_create_exactly_the_models_schema(tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    assert {"inbound_message", "registration", "outbox_mail", "mailbox_state", "alembic_version"} <= set(table_names(engine))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_sqlite_runs_in_wal_mode_and_a_second_open_is_harmless(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    open_database(url)
    engine = open_database(url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
