"""The background sender's record of what it sent, in a SQLite file of its own.

While the worker reads a backlog it holds the database's write lock for a batch at a time. A
sender that had to commit each outcome into the outbox table would wait for every batch (and a
SQLite reader that wants to become a writer after someone else's commit fails outright). So the
sender commits each outcome, right after the server's 250, into this journal next to the
database, which nobody else writes; the worker folds the journal into the outbox when the sender
has finished, after each batch it commits (so `mailbot outbox` is never far behind) and before
any drain (after a crash too). Folding is idempotent: the same values written twice are the same row.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.engine import Engine, make_url

_DATES = ("sent_at", "next_attempt_at")


def journal_path(url: str) -> Path | None:
    """Next to a SQLite database file; None for other databases or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser().with_name(Path(parsed.database).name + "-sent-journal")


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)  # autocommit: one commit per outcome
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE IF NOT EXISTS sent (id INTEGER PRIMARY KEY, changes TEXT NOT NULL)")
    return conn


class Journal:
    """Used by the sending process only."""

    def __init__(self, path: Path) -> None:
        self.conn = _connect(path)

    def __call__(self, _conn: Any, row_id: int, values: dict[str, Any]) -> None:
        """An outbox.Recorder: the outcome of one outbox row, committed at once."""
        self.conn.execute("INSERT OR REPLACE INTO sent (id, changes) VALUES (?, ?)",
                          (row_id, json.dumps(values, default=datetime.isoformat)))

    def close(self) -> None:
        self.conn.close()


def fold_journal(engine: Engine, chunk: int = 500) -> int:
    """Write the journal's outcomes into the outbox rows and take them out of the journal, a chunk
    at a time (memory stays flat however long the backlog). Safe while the sender runs: it only
    adds rows for outbox rows it has not tried before."""
    path = journal_path(engine.url.render_as_string(hide_password=False))
    if path is None or not path.exists():
        return 0
    conn = _connect(path)
    folded = 0
    try:
        (last,) = conn.execute("SELECT coalesce(max(id), 0) FROM sent").fetchone()  # not what comes in meanwhile
        while rows := conn.execute("SELECT id, changes FROM sent WHERE id <= ? ORDER BY id LIMIT ?",
                                   (last, chunk)).fetchall():
            _write(engine, rows)
            conn.execute("DELETE FROM sent WHERE id <= ?", (rows[-1][0],))
            folded += len(rows)
    finally:
        conn.close()
    return folded


def _write(engine: Engine, rows: list[tuple[int, str]]) -> None:
    from .sending import outbox_table

    table = outbox_table(engine)
    by_shape: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row_id, changes in rows:
        values = json.loads(changes)
        for key in _DATES:
            if values.get(key):
                values[key] = datetime.fromisoformat(values[key])
        by_shape.setdefault(tuple(sorted(values)), []).append(
            {"row_id": row_id, **{f"new_{key}": value for key, value in values.items()}})
    with engine.begin() as db:
        for keys, params in by_shape.items():
            statement = update(table).where(table.c.id == bindparam("row_id")).values(
                {key: bindparam(f"new_{key}") for key in keys})
            db.execute(statement, params)
