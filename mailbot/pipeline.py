"""process_batch(raws): parse -> classify -> decide -> apply for each message, one commit per batch.

Each message gets a savepoint: it is recorded (unique by Message-ID or hash), its registration
changes applied and its outbox rows written; a failing message rolls back alone and is recorded
as failed. The caller moves messages out of the inbox only after the commit. A
message already recorded is not processed again, only moved: that heals a crash between commit
and move. A message that keeps failing goes to triage after ``max_inbound_failures`` tries.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Engine, Row
from sqlmodel import Session, col
from sqlmodel import select as orm_select

from .classify import Understanding, classify, understanding_from_json
from .config import Settings
from .db import unit_of_work
from .decide import (Change, Decision, Earlier, Mail, PendingChange, PendingView, RegView, decide,
                     triage_unreadable)
from .events import Catalogue
from .intake import Destination
from .models import InboundMessage, OutboxMail, PendingAction, Registration, Undeliverable
from .outbox import enqueue
from .parse import ParsedMail, message_key, parse
from .render import Reply, Sender, message_id_for
from .understanding import person_key

log = logging.getLogger(__name__)
# The hot path (every message) uses Core statements on the tables: the ORM's identity map and
# unit of work cost more than the queries themselves. Rare paths keep the ORM.
INBOUND, REG, OUTBOX = InboundMessage.__table__, Registration.__table__, OutboxMail.__table__  # type: ignore[attr-defined]
REG_VIEW = (REG.c.event_id, REG.c.email, REG.c.name, REG.c.status, REG.c.created_at, REG.c.language,
            REG.c.registered_by)
# Built once: constructing a statement costs five times more than running it on SQLite (~150 µs
# against ~30 µs), and a message runs about nine.
KNOWN = select(INBOUND.c.id, INBOUND.c.status, INBOUND.c.attempts).where(INBOUND.c.message_key == bindparam("key"))
ADD_INBOUND, SET_INBOUND = insert(INBOUND), update(INBOUND).where(INBOUND.c.id == bindparam("row_id"))
OWN_BY_EMAIL = select(*REG_VIEW).where(REG.c.email.in_(bindparam("emails", expanding=True)))
OWN_BY_EMAIL_OR_NAME = select(*REG_VIEW).where(
    REG.c.email.in_(bindparam("emails", expanding=True))
    | (REG.c.email.is_(None) & func.lower(REG.c.name).in_(bindparam("names", expanding=True))))
COUNTS = (select(REG.c.status, func.count()).where(REG.c.event_id == bindparam("event"))
          .group_by(REG.c.status))
HEADS = (select(*REG_VIEW).where(REG.c.event_id == bindparam("event"), REG.c.status == "waitlisted")
         .order_by(REG.c.created_at, REG.c.id).limit(bindparam("n")))
AHEAD = select(func.count()).where(REG.c.event_id == bindparam("event"), REG.c.status == "waitlisted",
                                   REG.c.created_at < bindparam("created"))
REG_BY_EMAIL = (select(REG.c.id, REG.c.status).where(REG.c.event_id == bindparam("event"), REG.c.email == bindparam("who"))
                .order_by(REG.c.id.desc()))
REG_BY_NAME = (select(REG.c.id, REG.c.status)
               .where(REG.c.event_id == bindparam("event"), REG.c.email.is_(None), REG.c.name == bindparam("who"))
               .order_by(REG.c.id.desc()))
ADD_REG, SET_REG = insert(REG), update(REG).where(REG.c.id == bindparam("row_id"))
REPLIES = select(func.count()).where(OUTBOX.c.to_address == bindparam("address"), OUTBOX.c.created_at >= bindparam("since"))


@dataclass(frozen=True)
class Outcome:
    key: str
    destination: Destination | None  # None: leave it in the inbox and try again later
    summary: str
    mails: int = 0
    new: bool = True
    sender: str = ""


class Pipeline:
    def __init__(self, engine: Engine, catalogue: Catalogue, settings: Settings, clock: Callable[[], datetime]) -> None:
        self.engine = engine
        self.catalogue = catalogue
        self.settings = settings
        self.clock = clock
        self.sender = Sender.from_settings(settings)
        self.own_addresses = frozenset(a.lower() for a in (settings.mail.from_address, settings.imap.username) if "@" in a)
        # (event, status) -> registrations, for events with a capacity, loaded once per batch and kept
        # up to date by _apply_change: counting per message grew with the size of the event.
        self._counts: dict[str, Counter[str]] = {}

    def process(self, raw: bytes) -> Outcome:
        return self.process_batch([raw])[0]

    def process_batch(self, raws: Sequence[bytes], should_stop: Callable[[], bool] = lambda: False) -> list[Outcome]:
        """One transaction for the batch, a savepoint per message: a failing message is rolled back
        alone and recorded; the caller moves the messages only after this returns (committed)."""
        outcomes: list[Outcome] = []
        self._counts.clear()  # counts are read once per batch, inside its transaction
        with unit_of_work(self.engine) as session:
            for raw in raws:
                if should_stop():
                    break  # the rest stays untouched in the inbox
                outcomes.append(self._one(session, raw))
        return outcomes

    def _one(self, session: Session, raw: bytes) -> Outcome:
        key = message_key(raw)
        now = self.clock()
        try:
            with session.begin_nested():
                known = session.execute(KNOWN, {"key": key}).first()
                if known is not None and known.status in ("done", "triage"):
                    return Outcome(key, _folder(known.status), "already processed", new=False)
                parsed = parse(raw)
                understanding = classify(parsed, self.catalogue, self.own_addresses)
                earlier = find_earlier(session, parsed)
                regs, counts = self._registrations(session, parsed, understanding, earlier, now)
                decision = decide(parsed, understanding, regs, self.catalogue, now, earlier,
                                  replies_last_hour=_replies_since(session, parsed.from_email, now - timedelta(hours=1)),
                                  max_replies_per_hour=self.settings.mail.max_replies_per_hour, counts=counts)
                mails = self._apply(session, known, raw, parsed, understanding, decision, now)
            return Outcome(key, _folder(decision.status), decision.summary, mails, sender=parsed.from_email)
        except Exception as exc:  # noqa: BLE001 - the loop must never die on one message
            log.exception("message %s failed", key)
            self._counts.clear()  # the savepoint took back what this message counted
            with session.begin_nested():
                return self._failed(session, key, raw, exc, now)

    # -------------------------------------------------------- reading

    def _registrations(self, session: Session, parsed: ParsedMail, u: Understanding, earlier: Earlier | None,
                       now: datetime) -> tuple[list[RegView], dict[tuple[str, str], int]]:
        """What decide needs, in a few indexed queries whatever the size of the event: the people's own
        registrations, the head of each waiting list, and the counts per event and status."""
        events = {u.event_id} if u.event_id else {e.id for e in self.catalogue.open_events(now)}
        emails = {a.email.lower() for a in u.attendees if a.email} | {parsed.from_email}
        names = {a.name for a in u.attendees if not a.email and a.name}  # people registered by name only
        if earlier is not None:
            events |= {earlier.event_id, earlier.pending.event_id if earlier.pending else None} - {None}
            emails |= {earlier.recipient, earlier.pending.email if earlier.pending else None} - {None}
            if earlier.pending and earlier.pending.email.startswith("name:"):
                names.add(earlier.pending.email.removeprefix("name:"))
        own = session.execute(OWN_BY_EMAIL_OR_NAME if names else OWN_BY_EMAIL, {
            "emails": sorted(emails), "names": sorted({" ".join(n.lower().split()) for n in names})}).all()
        events |= {r.event_id for r in own}
        # Only events with a capacity can be full or have a waiting list: count those alone, so the
        # cost per message does not grow with the size of an open-ended event.
        limited = [e for e in events if (ev := self.catalogue.event(e)) is not None and ev.capacity is not None]
        counts = {(event_id, status): n for event_id in limited
                  for status, n in self._count(session, event_id).items()}
        heads = [r for event_id in limited if counts.get((event_id, "waitlisted"))
                 for r in session.execute(HEADS, {"event": event_id, "n": len(emails) + 1})]
        views = {(r.event_id, person_key(r.email, r.name)): _view(session, r) for r in (*own, *heads)}
        return list(views.values()), counts

    def _count(self, session: Session, event_id: str) -> Counter[str]:
        if event_id not in self._counts:
            self._counts[event_id] = Counter(dict(session.execute(COUNTS, {"event": event_id}).all()))
        return self._counts[event_id]

    # -------------------------------------------------------- writing

    def _apply(self, session: Session, known: Row[Any] | None, raw: bytes, parsed: ParsedMail,
               u: Understanding, d: Decision, now: datetime) -> int:
        record = dict(
            message_id=parsed.message_id, sender=parsed.from_email[:998], subject=parsed.subject[:998],
            status=d.status, intent=u.intent, event_id=u.event_id, language=u.language, confidence=u.confidence,
            outcome=d.summary, last_error=None, attempts=(known.attempts if known else 0) + 1,
            details=json.dumps({"understanding": u.as_json(), "sender": u.sender.__dict__ if u.sender else None,
                                "explain": [f"{h.rule}: {h.why}" for h in u.hits],
                                "defects": list(parsed.defects), "mails": [m.dedupe_key for m in d.mails]},
                               ensure_ascii=False),
        )
        if known is None:
            session.execute(ADD_INBOUND, {"message_key": parsed.message_key, "received_at": now, **record})
        else:
            session.execute(SET_INBOUND, {"row_id": known.id, **record})
        for change in d.changes:
            self._apply_change(session, change, parsed.message_key, now)
        for pending in d.pending:
            self._apply_pending(session, pending, d.mails, parsed.message_key, now)
        for address in d.undeliverable:
            session.merge(Undeliverable(email=address.lower(), reason=parsed.subject[:2000], permanent=True,
                                        since=now, source_message_key=parsed.message_key))
        reply = Reply(parsed.message_id, parsed.references, parsed.subject)
        return sum(enqueue(session, mail, self.catalogue, self.sender, now, reply=reply, original=raw,
                           source=parsed.message_key, check=known is not None) for mail in d.mails)

    def _apply_change(self, session: Session, change: Change, source: str, now: datetime) -> None:
        email = change.email.lower() if change.email else None
        row = session.execute(REG_BY_EMAIL if email else REG_BY_NAME,
                              {"event": change.event_id, "who": email or change.name}).first()
        values: dict[str, Any] = {"status": change.status, "updated_at": now}
        if change.action == "add":
            values.update(name=change.name, organisation=change.organisation, role=change.role, flag=change.flag,
                          language=change.language, registered_by=change.registered_by, source_message_key=source)
            if row is None:
                session.execute(ADD_REG, {"event_id": change.event_id, "email": email, "created_at": now, **values})
            else:
                if row.status == "cancelled":
                    values["created_at"] = now  # back of the queue
                session.execute(SET_REG, {"row_id": row.id, **values})
        elif row is None:
            raise LookupError(f"no registration of {email or change.name} for {change.event_id} to {change.action}")
        else:
            session.execute(SET_REG, {"row_id": row.id, **values})
        if change.event_id in self._counts:
            counted = self._counts[change.event_id]
            if row is not None:
                counted[row.status] -= 1
            counted[change.status] += 1

    def _apply_pending(self, session: Session, change: PendingChange, mails: tuple[Mail, ...], source: str,
                       now: datetime) -> None:
        row = session.exec(orm_select(PendingAction).where(PendingAction.token == change.token)).first()
        if change.op == "resolve":
            if row is not None:
                row.status, row.resolved_at = change.status, now
                session.add(row)
            return
        if row is not None:
            return  # the same message seen again: the request exists already
        asking = next((m for m in mails if m.variables.get("token") == change.token), None)
        session.add(PendingAction(
            token=change.token, action=change.action, event_id=change.event_id, email=change.email,
            requested_by=change.requested_by, source_message_key=source, created_at=now,
            request_message_id=message_id_for(asking, self.sender.domain) if asking else None,
        ))

    def _enqueue(self, session: Session, mail: Mail, reply: Reply, raw: bytes | None, source: str,
                 now: datetime) -> int:
        return enqueue(session, mail, self.catalogue, self.sender, now, reply=reply, original=raw, source=source)

    def _failed(self, session: Session, key: str, raw: bytes, exc: Exception, now: datetime) -> Outcome:
        """Record the failure; after too many, send the original to the organisers' triage."""
        error = f"{type(exc).__name__}: {exc}"[:2000]
        record = session.exec(orm_select(InboundMessage).where(InboundMessage.message_key == key)).first()
        if record is None:
            record = InboundMessage(message_key=key, received_at=now, status="failed", sender=_sender_of(raw)[:998])
        record.attempts += 1
        record.last_error = error
        if record.attempts < self.settings.mail.max_inbound_failures:
            session.add(record)
            return Outcome(key, None, f"failed (attempt {record.attempts}): {error}", sender=record.sender)
        record.status = "triage"
        record.outcome = f"failed {record.attempts} times; sent to triage: {error}"
        session.add(record)
        sender = record.sender
        mail = triage_unreadable(key, sender, self.catalogue, "failed_repeatedly")
        try:
            with session.begin_nested():  # a message we cannot even attach still reaches triage
                mails = self._enqueue(session, mail, Reply(), raw, key, now)
        except Exception:  # noqa: BLE001
            log.exception("could not attach %s to its triage forward", key)
            mails = self._enqueue(session, mail, Reply(), None, key, now)
        return Outcome(key, "triage", record.outcome, mails, sender=sender)


TOKEN = re.compile(r"\bMB-[A-Z2-7]{6}\b")


def find_earlier(session: Session, parsed: ParsedMail) -> Earlier | None:
    """Our mail that this one answers (by In-Reply-To/References), with any request waiting on it."""
    ids = (parsed.bounced_message_id, parsed.in_reply_to, *reversed(parsed.references))
    thread = [m for m in ids if m and m.startswith("<mailbot.")]
    ours = None
    if thread:
        rows = session.exec(orm_select(OutboxMail).where(col(OutboxMail.message_id).in_(thread))).all()
        by_id = {r.message_id: r for r in rows}
        ours = next((by_id[m] for m in thread if m in by_id), None)
    pending = None
    token = TOKEN.search(parsed.subject)
    if token:
        pending = session.exec(orm_select(PendingAction).where(PendingAction.token == token.group(0))).first()
    if pending is None and thread:
        pending = session.exec(orm_select(PendingAction).where(col(PendingAction.request_message_id).in_(thread))).first()
    if ours is None and pending is None:
        return None
    original = None
    if ours is not None and ours.kind == "ask_event" and ours.source_message_key:
        source = session.exec(orm_select(InboundMessage).where(InboundMessage.message_key == ours.source_message_key)).first()
        if source is not None:
            original = understanding_from_json(json.loads(source.details).get("understanding", {}))
    return Earlier(
        kind=ours.kind if ours else "cancel_request" if pending and pending.action == "cancel" else "forward",
        event_id=_event_of(ours.message_id) if ours else pending.event_id if pending else None,
        recipient=ours.recipients.split(",")[0] if ours else None,
        original=original,
        pending=PendingView(pending.token, pending.action, pending.event_id, pending.email,  # type: ignore[arg-type]
                            pending.requested_by, pending.status) if pending else None,
    )


def _event_of(message_id: str) -> str | None:
    """<mailbot.KIND.EVENT.TOKEN@domain> -> EVENT (see render.message_id_for)."""
    parts = message_id.strip("<>").split("@", 1)[0].split(".")
    return parts[2] if len(parts) >= 4 and parts[2] != "none" else None


def _view(session: Session, r: Row[Any]) -> RegView:
    position = None
    if r.status == "waitlisted":
        ahead = session.execute(AHEAD, {"event": r.event_id, "created": r.created_at}).scalar_one()
        position = int(ahead) + 1
    return RegView(r.event_id, r.email, r.name, r.status, r.created_at, r.language, position, r.registered_by)


def _replies_since(session: Session, address: str, since: datetime) -> int:
    if not address:
        return 0
    return int(session.execute(REPLIES, {"address": address.lower(), "since": since}).scalar_one())


def _folder(status: str) -> Destination:
    return "triage" if status == "triage" else "processed"


def _sender_of(raw: bytes) -> str:
    try:
        return parse(raw).from_email
    except Exception:  # noqa: BLE001 - unreadable: nobody to name
        return ""
