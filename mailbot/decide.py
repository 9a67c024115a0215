"""(ParsedMail, Understanding, registrations, catalogue, now) -> Decision.

Pure: it sees the registrations the pipeline loaded and says what should change and which mails
should go out; ``pipeline.apply`` makes it so in one transaction. Dedupe keys are built from the
inbound message key, so processing the same message twice can never write a second mail.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any, Literal

from .classify import Attendee, Understanding
from .events import Catalogue, Contact, Event
from .parse import ParsedMail

LOW_CONFIDENCE = 0.5
ACTIVE = ("confirmed", "waitlisted")


@dataclass(frozen=True)
class Addr:
    name: str | None
    email: str


@dataclass(frozen=True)
class RegView:
    """What decide needs to know of a stored registration."""

    event_id: str
    email: str
    name: str | None
    status: str
    created_at: datetime
    language: str = "nl"


@dataclass(frozen=True)
class Change:
    action: Literal["add", "cancel", "promote"]
    event_id: str
    email: str
    status: str
    name: str | None = None
    organisation: str | None = None
    role: str | None = None
    language: str = "nl"
    registered_by: str | None = None


@dataclass(frozen=True)
class Mail:
    """One mail to render and put in the outbox."""

    kind: str
    language: str
    to: tuple[Addr, ...]
    dedupe_key: str
    event_id: str | None = None
    cc: tuple[Addr, ...] = ()
    reply_to: Addr | None = None
    variables: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    ics: Literal["PUBLISH", "CANCEL"] | None = None
    attach_original: bool = False
    auto_submitted: str = "auto-replied"


@dataclass(frozen=True)
class Decision:
    changes: tuple[Change, ...]
    mails: tuple[Mail, ...]
    status: Literal["done", "triage"]
    summary: str


@dataclass(frozen=True)
class _Ctx:
    mail: ParsedMail
    u: Understanding
    catalogue: Catalogue
    regs: Sequence[RegView]
    now: datetime

    @property
    def sender(self) -> Addr:
        return Addr(self.mail.from_name, self.mail.from_email)

    @property
    def lang(self) -> str:
        return self.u.language

    def key(self, kind: str, email: str = "") -> str:
        return f"{kind}:{self.mail.message_key}:{email.lower()}"

    def active(self, event_id: str, email: str) -> RegView | None:
        return next((r for r in self.regs if r.event_id == event_id and r.email == email.lower()
                     and r.status in ACTIVE), None)


def ics_uid(event_id: str, email: str) -> str:
    """Stable per registration, so a later update or cancel replaces the same calendar entry."""
    digest = hashlib.sha256(f"{event_id}\n{email.lower()}".encode()).hexdigest()[:20]
    return f"{event_id}-{digest}@mailbot"


def decide(mail: ParsedMail, u: Understanding, regs: Sequence[RegView], catalogue: Catalogue,
           now: datetime, replies_last_hour: int = 0, max_replies_per_hour: int = 10) -> Decision:
    """``replies_last_hour`` counts our mails to this sender: above the limit we stop answering (loops)."""
    ctx = _Ctx(mail, u, catalogue, regs, now)
    if replies_last_hour >= max_replies_per_hour:
        return Decision((), (), "done", f"no answer: {replies_last_hour} mails to {mail.from_email} in the last hour")
    if u.intent in ("auto_reply", "bounce"):
        return Decision((), (), "done", f"no answer: {u.intent.replace('_', '-')} ({', '.join(mail.automation_reasons)})")
    if u.intent == "other":
        if mail.automated or any(h.rule == "thanks-only" for h in u.hits):
            return Decision((), (), "done", "no answer: " + (mail.automated or "a thank-you"))
        return triage(ctx, "other")
    if u.confidence < LOW_CONFIDENCE:
        return triage(ctx, "low_confidence")
    if u.intent == "register":
        return _register(ctx)
    if u.intent == "cancel":
        return _cancel(ctx)
    return _question(ctx, u.intent)


# ---------------------------------------------------------------- register

def _register(ctx: _Ctx) -> Decision:
    event = ctx.catalogue.event(ctx.u.event_id)
    if event is None:
        open_events = ctx.catalogue.open_events(ctx.now)
        if len(open_events) != 1:
            ask = Mail("ask_event", ctx.lang, (ctx.sender,), ctx.key("ask_event"),
                       variables=_vars(open_events=[e.id for e in open_events]))
            return Decision((), (ask,), "done", "asked which event (none named, "
                            f"{len(open_events)} open)")
        event = open_events[0]
    reg_contact = ctx.catalogue.contact(event.registration_contact)
    if not event.is_open(ctx.now):
        closed = Mail("registration_closed", ctx.lang, (ctx.sender,), ctx.key("closed"), event.id,
                      variables=_vars(contact=reg_contact))
        return Decision((), (closed,), "done", f"registration for {event.id} is closed: told the sender")

    changes: list[Change] = []
    mails: list[Mail] = []
    confirmed = sum(1 for r in ctx.regs if r.event_id == event.id and r.status == "confirmed")
    waiting = sum(1 for r in ctx.regs if r.event_id == event.id and r.status == "waitlisted")
    notes: list[str] = []
    for person in ctx.u.attendees:
        to, cc = _recipients(ctx, person)
        existing = ctx.active(event.id, person.email)
        if existing is not None:
            position = _position(ctx.regs, existing) if existing.status == "waitlisted" else None
            mails.append(Mail("already_registered", ctx.lang, to, ctx.key("already", person.email), event.id,
                              cc=cc, variables=_vars(attendee=person, status=existing.status, position=position)))
            notes.append(f"{person.email} already {existing.status}")
            continue
        full = event.capacity is not None and confirmed >= event.capacity
        status = "waitlisted" if full else "confirmed"
        changes.append(Change("add", event.id, person.email.lower(), status, person.name, person.organisation,
                              person.role, ctx.lang, ctx.mail.from_email if person.email != ctx.mail.from_email else None))
        if full:
            waiting += 1
            mails.append(Mail("waitlist", ctx.lang, to, ctx.key("waitlist", person.email), event.id, cc=cc,
                              variables=_vars(attendee=person, position=waiting)))
            notes.append(f"{person.email} wait-listed at {waiting}")
        else:
            confirmed += 1
            mails.append(Mail("confirmation", ctx.lang, to, ctx.key("confirm", person.email), event.id, cc=cc,
                              variables=_vars(attendee=person), ics="PUBLISH"))
            notes.append(f"{person.email} confirmed")
    for extra in ctx.u.secondary_intents:
        mails += _forward_question(ctx, event, extra, acknowledge=False)
        notes.append(f"{extra.replace('_', ' ')} forwarded")
    return Decision(tuple(changes), tuple(mails), "done", f"register for {event.id}: " + "; ".join(notes))


def _recipients(ctx: _Ctx, person: Attendee) -> tuple[tuple[Addr, ...], tuple[Addr, ...]]:
    """The attendee gets the mail; a sender who registered someone else is copied."""
    to = (Addr(person.name, person.email),)
    cc = (ctx.sender,) if person.email.lower() != ctx.mail.from_email else ()
    return to, cc


def _position(regs: Sequence[RegView], reg: RegView) -> int:
    queue = sorted((r for r in regs if r.event_id == reg.event_id and r.status == "waitlisted"),
                   key=lambda r: r.created_at)
    return next(i for i, r in enumerate(queue, 1) if r.email == reg.email)


# ---------------------------------------------------------------- cancel

def _cancel(ctx: _Ctx) -> Decision:
    changes: list[Change] = []
    mails: list[Mail] = []
    notes: list[str] = []
    for person in ctx.u.attendees:
        reg = _registration_to_cancel(ctx, person.email)
        if reg is None or person.email.lower() != ctx.mail.from_email:
            # Not found, or someone cancelling for another address: a person decides (never blindly).
            reason = "unmatched_cancel"
            event = ctx.catalogue.event(reg.event_id if reg else ctx.u.event_id)
            contact = ctx.catalogue.contact(event.registration_contact if event else ctx.catalogue.triage)
            mails.append(_forward(ctx, event, contact, reason=reason))
            mails.append(Mail("cancel_not_found", ctx.lang, (ctx.sender,), ctx.key("cancel_not_found", person.email),
                              event.id if event else None, variables=_vars(attendee=person, contact=contact)))
            notes.append(f"{person.email}: no registration of the sender's own to cancel; forwarded to {contact.email}")
            continue
        event = ctx.catalogue.event(reg.event_id)
        assert event is not None
        changes.append(Change("cancel", reg.event_id, reg.email, "cancelled"))
        mails.append(Mail("cancellation", ctx.lang, (Addr(person.name or reg.name, reg.email),),
                          ctx.key("cancel", reg.email), reg.event_id, variables=_vars(attendee=person), ics="CANCEL"))
        notes.append(f"{reg.email} cancelled for {reg.event_id}")
        if reg.status == "confirmed":
            promoted = _first_waiting(ctx.regs, reg.event_id, exclude={c.email for c in changes})
            if promoted is not None and event.is_open(ctx.now):
                changes.append(Change("promote", promoted.event_id, promoted.email, "confirmed"))
                person_p = Attendee(promoted.name, promoted.email)
                mails.append(Mail("promoted", promoted.language, (Addr(promoted.name, promoted.email),),
                                  ctx.key("promote", promoted.email), promoted.event_id,
                                  variables=_vars(attendee=person_p), ics="PUBLISH"))
                notes.append(f"{promoted.email} promoted from the waiting list")
    status = "done"
    return Decision(tuple(changes), tuple(mails), status, "cancel: " + "; ".join(notes))


def _registration_to_cancel(ctx: _Ctx, email: str) -> RegView | None:
    if ctx.u.event_id:
        return ctx.active(ctx.u.event_id, email)
    candidates = [r for r in ctx.regs if r.email == email.lower() and r.status in ACTIVE
                  and (e := ctx.catalogue.event(r.event_id)) is not None and e.ends > ctx.now]
    return candidates[0] if len(candidates) == 1 else None


def _first_waiting(regs: Sequence[RegView], event_id: str, exclude: set[str]) -> RegView | None:
    queue = sorted((r for r in regs if r.event_id == event_id and r.status == "waitlisted"
                    and r.email not in exclude), key=lambda r: r.created_at)
    return queue[0] if queue else None


# ---------------------------------------------------------------- questions and triage

def _question(ctx: _Ctx, intent: str) -> Decision:
    event = ctx.catalogue.event(ctx.u.event_id)
    if event is None:
        return triage(ctx, "unknown_event")
    mails = _forward_question(ctx, event, intent, acknowledge=not ctx.mail.suppress_auto_response)
    return Decision((), tuple(mails), "done", f"{intent.replace('_', ' ')} about {event.id} forwarded to {mails[0].to[0].email}")


def _forward_question(ctx: _Ctx, event: Event, intent: str, acknowledge: bool) -> list[Mail]:
    key = event.content_contact if intent == "question" else event.registration_contact
    contact = ctx.catalogue.contact(key)
    mails = [_forward(ctx, event, contact, intent=intent)]
    if acknowledge:
        mails.append(Mail("acknowledgement", ctx.lang, (ctx.sender,), ctx.key("ack"), event.id,
                          variables=_vars(contact=contact)))
    return mails


def triage(ctx: _Ctx, reason: str) -> Decision:
    """Send what mailbot cannot place to the organisers, with the reason on top."""
    contact = ctx.catalogue.contact(ctx.catalogue.triage)
    event = ctx.catalogue.event(ctx.u.event_id)
    return Decision((), (_forward(ctx, event, contact, reason=reason),), "triage",
                    f"sent to triage ({reason})")


def triage_unreadable(message_key: str, sender: str, catalogue: Catalogue, reason: str) -> Mail:
    """For a message that could not be parsed or processed at all: the original goes to the organisers."""
    contact = catalogue.contact(catalogue.triage)
    return Mail("forward", "nl", (Addr(contact.name, contact.email),), f"triage:{message_key}:", None,
                reply_to=Addr(None, sender) if "@" in sender else None,
                variables=_vars(contact=contact, reason=reason, sender=Addr(None, sender or "?")),
                attach_original=True, auto_submitted="auto-generated")


def _forward(ctx: _Ctx, event: Event | None, contact: Contact, intent: str | None = None,
             reason: str | None = None) -> Mail:
    sender = ctx.u.sender or Attendee(ctx.mail.from_name, ctx.mail.from_email)
    registered = (ctx.active(event.id, ctx.mail.from_email) is not None) if event else None
    text = ctx.mail.text or ctx.mail.forwarded
    return Mail(
        "forward", "nl", (Addr(contact.name, contact.email),), ctx.key("forward", contact.email),
        event.id if event else None, reply_to=ctx.sender, attach_original=True, auto_submitted="auto-generated",
        variables=_vars(contact=contact, intent=intent or ctx.u.intent, reason=reason, registered=registered,
                        organisation=sender.organisation, role=sender.role, excerpt=text[:4000],
                        sender=ctx.sender),
    )


def _vars(**values: Any) -> Mapping[str, Any]:
    return MappingProxyType(values)
