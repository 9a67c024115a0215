"""The organisers' daily digest: gathered from the database, one mail per organiser.

Each organiser gets the events they follow (``organisers`` in the events file): counts, the new
registrations and cancellations since their last digest, questions forwarded and to whom,
messages in triage and why, addresses that bounced, mail that could not be sent, and a CSV of
all registrations. Nothing happened: no mail, unless ``digest.send_empty``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlmodel import Session, col, select

from .decide import Addr, Mail, template_vars
from .events import Catalogue, Event
from .export import records, to_csv
from .models import InboundMessage, OutboxMail, Registration, Undeliverable
from .render import event_view


@dataclass(frozen=True)
class DigestPlan:
    organiser: str  # contact key
    mail: Mail | None  # None: nothing to tell
    summary: str
    written: bool = False  # a new outbox row (False: nothing to tell, or sent already)


def organisers(catalogue: Catalogue) -> dict[str, list[Event]]:
    """Contact key -> the events that organiser follows."""
    following: dict[str, list[Event]] = {}
    for event in catalogue.events:
        for key in event.organisers or (catalogue.triage,):
            following.setdefault(key, []).append(event)
    return following


def last_digest(session: Session, email: str) -> datetime | None:
    query = (select(OutboxMail.created_at).where(OutboxMail.kind == "digest", col(OutboxMail.recipients) == email)
             .order_by(col(OutboxMail.created_at).desc()).limit(1))
    return session.exec(query).first()


def plan_digests(session: Session, catalogue: Catalogue, now: datetime, dedupe: str, send_empty: bool = False,
                 zone: Any = None) -> list[DigestPlan]:
    """One digest per organiser, covering the time since their previous one (at most a week)."""
    plans = []
    for key, events in organisers(catalogue).items():
        contact = catalogue.contact(key)
        since = last_digest(session, contact.email) or now - timedelta(days=1)
        since = max(since, now - timedelta(days=7))
        digest, news = gather(session, catalogue, events, since, now, zone)
        if not news and not send_empty:
            plans.append(DigestPlan(key, None, f"{contact.email}: nothing new since {since:%Y-%m-%d %H:%M}"))
            continue
        csv = to_csv(records(session.exec(select(Registration).where(
            col(Registration.event_id).in_([e.id for e in events]))).all()))
        mail = Mail("digest", "nl", (Addr(contact.name, contact.email),), f"digest:{dedupe}:{key}",
                    variables=template_vars(contact=contact, digest=digest),
                    attachments=((digest.attachment, "text/csv", csv.encode("utf-8")),),
                    auto_submitted="auto-generated")
        plans.append(DigestPlan(key, mail, f"{contact.email}: {news} new item(s)"))
    return plans


def gather(session: Session, catalogue: Catalogue, events: list[Event], since: datetime, until: datetime,
           zone: Any = None) -> tuple[SimpleNamespace, int]:
    """The digest's content for these events, and how many new things it holds."""
    local = (lambda dt: dt.astimezone(zone)) if zone else (lambda dt: dt)
    ids = [e.id for e in events]
    regs = session.exec(select(Registration).where(col(Registration.event_id).in_(ids))).all()
    forwards = session.exec(select(OutboxMail).where(OutboxMail.kind == "forward",
                                                     col(OutboxMail.created_at) >= since)).all()
    sources = _sources(session, [f.source_message_key for f in forwards])
    sections = []
    news = 0
    for event in events:
        mine = [r for r in regs if r.event_id == event.id]
        new = [r for r in mine if r.created_at >= since and r.status != "cancelled"]
        gone = [r for r in mine if r.status == "cancelled" and r.updated_at >= since]
        asked = [_forwarded(f, sources, catalogue) for f in forwards if f".forward.{event.id}." in f.message_id]
        news += len(new) + len(gone) + len(asked)
        sections.append(SimpleNamespace(
            event=event_view(event), capacity=event.capacity,
            confirmed=sum(r.status == "confirmed" for r in mine), waitlisted=sum(r.status == "waitlisted" for r in mine),
            cancelled=sum(r.status == "cancelled" for r in mine),
            new_registrations=[SimpleNamespace(name=r.name, email=r.email, organisation=r.organisation,
                                               status=r.status, flagged=bool(r.flag), registered_by=r.registered_by)
                               for r in new],
            new_cancellations=[SimpleNamespace(name=r.name, email=r.email, organisation=r.organisation,
                                               registered_by=r.registered_by) for r in gone],
            forwarded=asked,
        ))
    triage = [SimpleNamespace(sender=m.sender, subject=m.subject, reason=_reason(m.outcome), received=local(m.received_at))
              for m in session.exec(select(InboundMessage).where(InboundMessage.status == "triage",
                                                                 col(InboundMessage.received_at) >= since))]
    bounces = [SimpleNamespace(email=u.email, reason=u.reason)
               for u in session.exec(select(Undeliverable).where(col(Undeliverable.since) >= since))]
    failed = [SimpleNamespace(to=m.recipients, kind=m.kind, error=m.last_error or "")
              for m in session.exec(select(OutboxMail).where(OutboxMail.status == "failed",
                                                             col(OutboxMail.created_at) >= since))]
    news += len(triage) + len(bounces) + len(failed)
    digest = SimpleNamespace(since=local(since), until=local(until), events=sections, triage=triage, bounces=bounces,
                             failed_mail=failed, attachment=f"registraties-{local(until):%Y-%m-%d}.csv")
    return digest, news


def _sources(session: Session, keys: list[str | None]) -> dict[str, InboundMessage]:
    wanted = [k for k in keys if k]
    if not wanted:
        return {}
    rows = session.exec(select(InboundMessage).where(col(InboundMessage.message_key).in_(wanted))).all()
    return {r.message_key: r for r in rows}


def _forwarded(row: OutboxMail, sources: dict[str, InboundMessage], catalogue: Catalogue) -> SimpleNamespace:
    source = sources.get(row.source_message_key or "")
    to = row.recipients.split(",")[0]
    contact = next((c for c in catalogue.contacts.values() if c.email.lower() == to.lower()), None)
    sender = (json.loads(source.details).get("sender") or {}) if source else {}
    return SimpleNamespace(sender_name=sender.get("name"), sender_email=source.sender if source else "?",
                           intent=source.intent if source else None, contact_name=contact.name if contact else to,
                           subject=source.subject if source else "")


def _reason(outcome: str) -> str:
    if outcome.startswith("failed"):
        return "failed_repeatedly"
    match = re.search(r"\(([a-z_]+)\)", outcome)
    return match.group(1) if match else "other"
