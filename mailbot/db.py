"""Engine, migrations and the unit of work: one transaction per inbound message.

SQLite gets WAL and a busy timeout so the CLI can read while the worker writes. The schema is
owned by Alembic (mailbot/migrations); ``open_database`` upgrades an older database to head before
anything else, and makes an empty one from the models, stamped with the head revision (the same
schema, which a test checks).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url

if TYPE_CHECKING:
    from sqlmodel import Session
from sqlalchemy import create_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    return engine


# The newest migration in mailbot/migrations/versions (a test holds it to Alembic's head). A database
# already there, or a new one, needs no Alembic: 11 MB and a tenth of a second at every start.
HEAD_REVISION = "0006"


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest migration (cheap when already there)."""
    revision = _current_revision(engine)
    if revision == HEAD_REVISION:
        return
    if revision is None and not inspect(engine).get_table_names():
        _create_new(engine)
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _create_new(engine: Engine) -> None:
    """An empty database gets the models' schema at once, stamped with the newest revision: the schema
    the migrations build (a test compares the two table by table), without loading Alembic, which
    would stay in the worker's memory (11 MB) for the rest of its life."""
    from sqlalchemy import text
    from sqlmodel import SQLModel

    from . import models  # noqa: F401 - registers the tables on SQLModel.metadata

    with engine.begin() as conn:
        SQLModel.metadata.create_all(conn)
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                          "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:revision)"), {"revision": HEAD_REVISION})


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def open_database(url: str) -> Engine:
    engine = make_engine(url)
    migrate(engine)
    return engine


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """Commit everything done inside, or nothing.

    On SQLite the transaction is opened here, IMMEDIATE: the driver begins one only before an
    INSERT or UPDATE, so a SAVEPOINT came first and SQLite made each savepoint a transaction of its
    own (a batch of 200 messages committed 200 times). IMMEDIATE takes the write lock at once, so a
    batch that reads before it writes never meets another writer's newer snapshot half-way."""
    from sqlmodel import Session  # not at import: the sending process needs db.py without SQLModel

    with Session(engine, expire_on_commit=False) as session:
        with session.begin():
            if engine.dialect.name == "sqlite":
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            yield session


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())
