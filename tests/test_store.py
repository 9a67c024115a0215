"""The database: migrations own the schema and match the models."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import mailbot.models  # noqa: F401
from mailbot.db import open_database, table_names, unit_of_work


def test_migrations_create_exactly_the_models_schema(tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    assert {"inbound_message", "registration", "outbox_mail", "mailbox_state", "alembic_version"} <= set(table_names(engine))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_head_revision_is_alembics_head_and_a_database_at_head_is_opened_without_alembic(tmp_path):
    """open_database recognises a database at HEAD_REVISION without importing Alembic; a new migration
    must move HEAD_REVISION along, or databases would silently stay behind."""
    import subprocess
    import sys

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from mailbot.db import HEAD_REVISION, MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION
    url = f"sqlite:///{tmp_path / 'm.db'}"
    open_database(url)
    check = ("import sys; from mailbot.db import open_database; open_database(sys.argv[1]); "
             "print(sorted(m for m in sys.modules if m.startswith('alembic')))")
    out = subprocess.run([sys.executable, "-c", check, url], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_sqlite_runs_in_wal_mode_and_a_second_open_is_harmless(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    open_database(url)
    engine = open_database(url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_a_unit_of_work_commits_once_at_its_end_and_a_savepoint_takes_back_only_its_own_rows(tmp_path):
    # The driver starts no transaction before a SAVEPOINT, so SQLite made each message's savepoint
    # a transaction of its own: a batch of 200 committed 200 times. Another reader shows it.
    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    reader = sqlite3.connect(tmp_path / "m.db")
    add = text("INSERT INTO undeliverable (email, reason, permanent, since) VALUES (:who, 'r', 1, '2020-01-01')")
    count = "SELECT count(*) FROM undeliverable"
    with unit_of_work(engine) as session:
        with session.begin_nested():
            session.execute(add, {"who": "a@example.org"})
        assert reader.execute(count).fetchone()[0] == 0
        with pytest.raises(RuntimeError), session.begin_nested():
            session.execute(add, {"who": "b@example.org"})
            raise RuntimeError("this message fails")
        with session.begin_nested():
            session.execute(add, {"who": "c@example.org"})
        assert reader.execute(count).fetchone()[0] == 0
    assert [r[0] for r in reader.execute("SELECT email FROM undeliverable ORDER BY email")] == [
        "a@example.org", "c@example.org"]


def test_an_old_database_is_upgraded_in_place_and_keeps_its_rows(tmp_path):
    from alembic import command
    from alembic.config import Config

    from mailbot.db import HEAD_REVISION, MIGRATIONS, make_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO registration (event_id, email, status, language, created_at, updated_at) "
            "VALUES ('e', 'jan@example.nl', 'confirmed', 'nl', '2026-01-01 10:00:00', '2026-01-01 10:00:00')")
    upgraded = open_database(url)
    with upgraded.connect() as conn:
        assert conn.exec_driver_sql("SELECT email, flag FROM registration").all() == [("jan@example.nl", None)]
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION


def test_the_senders_journal_is_folded_into_the_outbox_in_chunks_and_emptied(tmp_path):
    from datetime import datetime, timedelta, timezone

    from sqlmodel import Session, select

    from mailbot.journal import Journal, fold_journal, journal_path
    from mailbot.models import OutboxMail

    url = f"sqlite:///{tmp_path / 'm.db'}"
    engine = open_database(url)
    now = datetime(2030, 1, 1, tzinfo=timezone.utc)
    with Session(engine) as session:
        session.add_all(OutboxMail(dedupe_key=f"k{i}", kind="confirmation", message_id=f"<{i}@x>", sender="a@x.nl",
                                   recipients="b@x.nl", raw=b"x", next_attempt_at=now, created_at=now)
                        for i in range(1200))
        session.commit()
    journal = Journal(journal_path(url))
    for row_id in range(1, 1201):
        sent = row_id % 3 != 0  # every third was deferred
        journal(None, row_id, {"attempts": 1, "last_error": None if sent else "temporary: 451",
                               **({"status": "sent", "sent_at": now} if sent else
                                  {"next_attempt_at": now + timedelta(seconds=30)})})
    assert fold_journal(engine, chunk=500) == 1200
    assert fold_journal(engine) == 0  # emptied: a second fold has nothing to do
    with Session(engine) as session:
        rows = session.exec(select(OutboxMail)).all()
    assert sum(r.status == "sent" for r in rows) == 800
    deferred = [r for r in rows if r.status == "pending"]
    assert len(deferred) == 400 and all(r.attempts == 1 and r.last_error == "temporary: 451" for r in deferred)
    assert all(r.next_attempt_at.replace(tzinfo=timezone.utc) == now + timedelta(seconds=30) for r in deferred)


def test_a_new_database_made_from_the_models_equals_one_made_by_the_migrations(tmp_path):
    """open_database builds an empty database from the models and stamps it, without Alembic; the
    migrations must give the very same tables, columns, keys and indexes."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    from mailbot.db import HEAD_REVISION, MIGRATIONS, make_engine

    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
    migrated = make_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with migrated.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")

    def shape(engine):
        db = inspect(engine)
        return {table: (sorted((c["name"], str(c["type"]), c["nullable"]) for c in db.get_columns(table)),
                        db.get_pk_constraint(table)["constrained_columns"],
                        sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in db.get_indexes(table)),
                        sorted((tuple(u["column_names"])) for u in db.get_unique_constraints(table)),
                        sorted((f["referred_table"], tuple(f["constrained_columns"])) for f in db.get_foreign_keys(table)))
                for table in db.get_table_names()}

    assert shape(fresh) == shape(migrated)
    with fresh.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION


def test_looking_up_people_registered_by_name_uses_an_index_not_every_row(tmp_path):
    """Every incoming message asks whether its people are registered, by address or, for people registered
    without one, by name; reading every such row made a backlog O(N^2)."""
    from mailbot.pipeline import OWN_BY_EMAIL_OR_NAME

    engine = open_database(f"sqlite:///{tmp_path / 'q.db'}")
    state = OWN_BY_EMAIL_OR_NAME.compile(engine).construct_expanded_state(
        {"emails": ["jan@example.nl"], "names": ["jan jansen"]})
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + state.statement, tuple(state.positional_parameters))
        plan = " | ".join(row[-1] for row in rows.all())
    assert "ix_registration_name_without_address" in plan and "SCAN" not in plan, plan


def test_the_next_due_mail_is_an_aware_utc_time_the_worker_can_wait_for(tmp_path):
    """A deferred mail in the outbox: the worker subtracts its aware clock from the due time (a naive time from
    SQLite stopped `mailbot run` at its first deferred mail)."""
    from datetime import datetime, timedelta, timezone

    from sqlmodel import Session

    from mailbot.models import OutboxMail
    from mailbot.outbox import next_due

    engine = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    now = datetime(2030, 1, 1, 12, tzinfo=timezone.utc)
    assert next_due(engine) is None
    with Session(engine) as session:
        session.add(OutboxMail(dedupe_key="k", kind="confirmation", message_id="<1@x>", sender="a@x.nl",
                               recipients="b@x.nl", raw=b"x", next_attempt_at=now + timedelta(seconds=90), created_at=now))
        session.commit()
    due = next_due(engine)
    assert due == now + timedelta(seconds=90) and (due - now).total_seconds() == 90
