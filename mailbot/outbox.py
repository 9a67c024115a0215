"""Puts rendered mail in the outbox: one row per mail, unique by its dedupe key. Sending it is
``mailbot.sending`` (re-exported here for the worker and the command line).
"""

from __future__ import annotations

import email.policy
from datetime import datetime

from sqlalchemy import bindparam, insert
from sqlalchemy import select as sa_select
from sqlmodel import Session

from .decide import Mail
from .events import Catalogue
from .models import OutboxMail
from .render import Reply, Sender, compose_bytes, message_id_for
from .sending import DrainResult, backoff, drain, due_rows, next_due

__all__ = ["WIRE", "DrainResult", "backoff", "drain", "due_rows", "enqueue", "next_due"]

OUTBOX = OutboxMail.__table__  # type: ignore[attr-defined]
# CRLF, and no folding of ordinary subjects (Python folds oddly right after 'Subject:').
WIRE = email.policy.SMTP.clone(max_line_length=998)
# Built once (see pipeline.py): every inbound message writes one or more rows.
KNOWN, ADD = sa_select(OUTBOX.c.id).where(OUTBOX.c.dedupe_key == bindparam("key")), insert(OUTBOX)


def enqueue(session: Session, mail: Mail, catalogue: Catalogue, sender: Sender, now: datetime,
            reply: Reply = Reply(), original: bytes | None = None, source: str | None = None,
            check: bool = True) -> int:
    """Render a mail into an outbox row, unless its dedupe key is there already. Returns rows written.
    ``check=False`` when the key cannot exist yet (a first look at an inbound message); the unique
    index still stands guard."""
    if check and session.execute(KNOWN, {"key": mail.dedupe_key}).first():
        return 0
    raw = compose_bytes(mail, catalogue, sender, reply, now, original=original)
    session.execute(ADD, dict(
        dedupe_key=mail.dedupe_key, kind=mail.kind, message_id=message_id_for(mail, sender.domain),
        sender=sender.address, recipients=",".join(a.email for a in (*mail.to, *mail.cc)),
        to_address=mail.to[0].email.lower(), raw=raw, status="pending", attempts=0,
        next_attempt_at=now, created_at=now, source_message_key=source,
    ))
    return 1
