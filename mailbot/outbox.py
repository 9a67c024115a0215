"""Sends what the pipeline and the scheduler put in the outbox: due rows, one connection, backoff.

Sending is at-least-once: a row is marked sent right after the server's 250. Temporary failures
(4xx, connection trouble) are retried with exponential backoff; permanent ones (5xx) and rows that
ran out of attempts are marked failed with the error, for `mailbot outbox` and the digest.
"""

from __future__ import annotations

import email.policy
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import insert, update
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from .config import MailSettings
from .decide import Mail
from .events import Catalogue
from .journal import fold_journal
from .models import OutboxMail
from .render import Reply, Sender, compose_bytes, message_id_for
from .transports import PermanentFailure, TemporaryFailure, Transport

log = logging.getLogger(__name__)
OUTBOX = OutboxMail.__table__  # type: ignore[attr-defined]
MAX_BACKOFF = timedelta(hours=1)
# CRLF, and no folding of ordinary subjects (Python folds oddly right after 'Subject:').
WIRE = email.policy.SMTP.clone(max_line_length=998)


def enqueue(session: Session, mail: Mail, catalogue: Catalogue, sender: Sender, now: datetime,
            reply: Reply = Reply(), original: bytes | None = None, source: str | None = None,
            check: bool = True) -> int:
    """Render a mail into an outbox row, unless its dedupe key is there already. Returns rows written.
    ``check=False`` when the key cannot exist yet (a first look at an inbound message); the unique
    index still stands guard."""
    if check and session.execute(sa_select(OUTBOX.c.id).where(OUTBOX.c.dedupe_key == mail.dedupe_key)).first():
        return 0
    raw = compose_bytes(mail, catalogue, sender, reply, now, original=original)
    session.execute(insert(OUTBOX).values(  # Core: every message writes one or more of these
        dedupe_key=mail.dedupe_key, kind=mail.kind, message_id=message_id_for(mail, sender.domain),
        sender=sender.address, recipients=",".join(a.email for a in (*mail.to, *mail.cc)),
        to_address=mail.to[0].email.lower(), raw=raw, status="pending", attempts=0,
        next_attempt_at=now, created_at=now, source_message_key=source,
    ))
    return 1


@dataclass
class DrainResult:
    sent: int = 0
    deferred: int = 0
    failed: int = 0
    last_id: int = 0  # the last row tried


def backoff(attempts: int, base_seconds: float) -> timedelta:
    return min(timedelta(seconds=base_seconds * 2 ** max(0, attempts - 1)), MAX_BACKOFF)


def due_rows(session: Session, now: datetime, limit: int, after_id: int = 0) -> list[Any]:
    """Plain rows (Core): sending writes each outcome with one UPDATE, no ORM unit of work per mail."""
    query = (sa_select(OUTBOX).where(OUTBOX.c.status == "pending", OUTBOX.c.next_attempt_at <= now,
                                     OUTBOX.c.id > after_id)
             .order_by(OUTBOX.c.id).limit(limit))
    return list(session.execute(query).all())


class Recorder(Protocol):
    """Where a send's outcome is committed: the outbox row itself, or the background sender's journal."""

    def __call__(self, session: Session, row_id: int, values: dict[str, Any]) -> None: ...


def record_in_outbox(session: Session, row_id: int, values: dict[str, Any]) -> None:
    session.execute(update(OUTBOX).where(OUTBOX.c.id == row_id).values(**values))
    session.commit()  # right after the server's answer: a crash now cannot send it twice


def next_due(engine: Engine) -> datetime | None:
    with Session(engine) as session:
        row = session.exec(select(OutboxMail.next_attempt_at).where(OutboxMail.status == "pending")
                           .order_by(col(OutboxMail.next_attempt_at)).limit(1)).first()
    return row


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
        with Session(engine) as session:
            rows = due_rows(session, clock(), batch, 0 if after_id is None else result.last_id)
            session.commit()
            for row in rows:
                if should_stop():
                    break
                outcome, values = await _send_one(row, transport, clock, settings, redirect_to)
                record(session, row.id, values)
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
