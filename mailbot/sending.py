"""Sending the outbox: due rows, one connection, backoff. Used by the worker and by the sending process.

Sending is at-least-once: a row is marked sent right after the server's 250. Temporary failures
(4xx, connection trouble) are retried with exponential backoff; permanent ones (5xx) and rows that
ran out of attempts are marked failed with the error, for `mailbot outbox` and the digest.

SQLAlchemy Core only, and the outbox table read from the database: the sending process imports
this module and not SQLModel, the templates or the rules (it is 20 MB smaller for it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import MetaData, Table, select, update
from sqlalchemy.engine import Connection, Engine

from .config import MailSettings
from .journal import fold_journal
from .transports import PermanentFailure, TemporaryFailure, Transport

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=1)


@lru_cache(maxsize=8)
def outbox_table(engine: Engine) -> Table:
    """The outbox_mail table as the database has it (models.OutboxMail, without importing SQLModel)."""
    return Table("outbox_mail", MetaData(), autoload_with=engine)


def next_due(engine: Engine) -> datetime | None:
    """When the next pending mail is due, in UTC. SQLite gives back the stored UTC time without its zone; the
    worker subtracts its aware clock from it (a naive time there stopped the worker at its first deferred mail)."""
    table = outbox_table(engine)
    with engine.connect() as conn:
        due = conn.execute(select(table.c.next_attempt_at).where(table.c.status == "pending")
                           .order_by(table.c.next_attempt_at).limit(1)).scalar()
    return due.replace(tzinfo=timezone.utc) if due is not None and due.tzinfo is None else due


@dataclass
class DrainResult:
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    last_id: int = 0  # the last row tried


def backoff(attempts: int, base_seconds: float) -> timedelta:
    return min(timedelta(seconds=base_seconds * 2 ** max(0, attempts - 1)), MAX_BACKOFF)


def due_rows(conn: Connection, now: datetime, limit: int, after_id: int = 0) -> list[Any]:
    """Plain rows (Core): sending writes each outcome with one UPDATE, no ORM unit of work per mail."""
    table = outbox_table(conn.engine)
    query = (select(table).where(table.c.status == "pending", table.c.next_attempt_at <= now, table.c.id > after_id)
             .order_by(table.c.id).limit(limit))
    return list(conn.execute(query).all())


class Recorder(Protocol):
    """Where a send's outcome is committed: the outbox row itself, or the background sender's journal."""

    def __call__(self, conn: Connection, row_id: int, values: dict[str, Any]) -> None: ...


def record_in_outbox(conn: Connection, row_id: int, values: dict[str, Any]) -> None:
    table = outbox_table(conn.engine)
    conn.execute(update(table).where(table.c.id == row_id).values(**values))
    conn.commit()  # right after the server's answer: a crash now cannot send it twice


async def drain(engine: Engine, transport: Transport, clock: Callable[[], datetime], settings: MailSettings,
                batch: int = 200, should_stop: Callable[[], bool] = lambda: False,
                redirect_to: str | None = None, record: Recorder = record_in_outbox,
                after_id: int | None = None) -> DrainResult:
    """Send every due row, committing each outcome; stop early (between mails) when asked to.
    ``redirect_to`` (devmode) delivers everything to that one address instead. ``record`` and
    ``after_id``: the background sender keeps its outcomes in a journal, so it takes each row once
    by id instead of by status."""
    if record is record_in_outbox:
        fold_journal(engine)  # what a background sender sent (a crash may have left some)
    result = DrainResult(last_id=after_id or 0)
    while not should_stop():
        with engine.connect() as conn:
            rows = due_rows(conn, clock(), batch, 0 if after_id is None else result.last_id)
            conn.commit()
            for row in rows:
                if should_stop():
                    break
                outcome, values = await _send_one(row, transport, clock, settings, redirect_to)
                record(conn, row.id, values)
                setattr(result, outcome, getattr(result, outcome) + 1)
                result.last_id = row.id
                if outcome == "deferred" and result.sent == 0:
                    return result  # the server is away: do not hammer it with the rest of the queue
        if len(rows) < batch:
            return result
    return result


async def _send_one(row: Any, transport: Transport, clock: Callable[[], datetime],
                    settings: MailSettings, redirect_to: str | None = None) -> tuple[str, dict[str, Any]]:
    """Try one row: its outcome (sent, deferred to retry later, failed) and the columns to record."""
    raw, recipients = row.raw, row.recipients.split(",")
    if redirect_to:
        raw = f"X-Mailbot-Devmode-Recipients: {row.recipients}\r\n".encode() + raw
        recipients = [redirect_to]
    try:
        await transport.send(raw, row.sender, recipients)
        outcome, error = "sent", None
    except PermanentFailure as exc:
        outcome, error = "failed", f"permanent: {exc}"
    except TemporaryFailure as exc:
        outcome, error = "deferred", f"temporary: {exc}"
    now = clock()
    attempts = row.attempts + 1
    values: dict[str, Any] = {"attempts": attempts, "last_error": error}
    if outcome == "sent":
        values.update(status="sent", sent_at=now)
    elif outcome == "deferred" and attempts >= settings.max_attempts:
        outcome = values["status"] = "failed"
    elif outcome == "deferred":
        values["next_attempt_at"] = now + backoff(attempts, settings.retry_base_seconds)
    else:
        values["status"] = "failed"
    if error:
        log.warning("outbox %s (%s) %s: %s", row.id, row.kind, outcome, error)
    return outcome, values
