"""(ParsedMail, Understanding, registrations, catalogue, now) -> Decision.

Pure: it sees the registrations the pipeline loaded and says what should change and which mails
should go out; ``pipeline.apply`` makes it so in one transaction. Dedupe keys are built from the
inbound message key, so processing the same message twice can never write a second mail.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType
from typing import Any, Literal

from .classify import Attendee, Understanding
from .understanding import person_key
from .events import Catalogue, Contact, Event
from .parse import ParsedMail

LOW_CONFIDENCE = 0.5
ACTIVE = ("confirmed", "waitlisted", "pending")


@dataclass(frozen=True)
class Addr:
    name: str | None
    email: str


@dataclass(frozen=True)
class RegView:
    """What decide needs to know of a stored registration."""

    event_id: str
    email: str | None  # None: someone registered by name only; mail about them goes to registered_by
    name: str | None
    status: str
    created_at: datetime
    language: str = "nl"
    position: int | None = None  # on the waiting list; None: decide counts it from the list it has
    registered_by: str | None = None

    @property
    def key(self) -> str:
        return person_key(self.email, self.name)

    @property
    def mail_to(self) -> Addr:
        """Where mail about this registration goes: the person, or who registered them."""
        if self.email:
            return Addr(self.name, self.email)
        return Addr(None, self.registered_by or "")


@dataclass(frozen=True)
class Change:
    action: Literal["add", "cancel", "promote"]
    event_id: str
    email: str | None  # None: the registration of ``name`` that has no address
    status: str
    name: str | None = None
    organisation: str | None = None
    role: str | None = None
    language: str = "nl"
    registered_by: str | None = None
    flag: str | None = None


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
    attachments: tuple[tuple[str, str, bytes], ...] = ()  # (file name, MIME type, bytes): the digest's CSV


@dataclass(frozen=True)
class PendingView:
    """An open request waiting for a person's "ja" (see PendingAction)."""

    token: str
    action: Literal["cancel", "approve"]
    event_id: str
    email: str
    requested_by: str
    status: str = "open"


@dataclass(frozen=True)
class Earlier:
    """Our own mail that this message answers, as the pipeline found it by thread or token."""

    kind: str
    event_id: str | None
    recipient: str | None
    original: Understanding | None = None  # for ask_event: what the first mail wanted
    pending: PendingView | None = None


@dataclass(frozen=True)
class PendingChange:
    op: Literal["create", "resolve"]
    token: str
    action: str = ""
    event_id: str = ""
    email: str = ""
    requested_by: str = ""
    status: str = "open"


@dataclass(frozen=True)
class Decision:
    changes: tuple[Change, ...]
    mails: tuple[Mail, ...]
    status: Literal["done", "triage"]
    summary: str
    pending: tuple[PendingChange, ...] = ()
    undeliverable: tuple[str, ...] = ()  # addresses our own mail bounced from, permanently


@dataclass(frozen=True)
class _Ctx:
    mail: ParsedMail
    u: Understanding
    catalogue: Catalogue
    regs: Sequence[RegView]
    now: datetime
    earlier: Earlier | None = None
    counts: Mapping[tuple[str, str], int] | None = None  # (event, status) -> number, when regs is partial

    def count(self, event_id: str, status: str) -> int:
        if self.counts is not None:
            return self.counts.get((event_id, status), 0)
        return sum(1 for r in self.regs if r.event_id == event_id and r.status == status)

    @property
    def sender(self) -> Addr:
        return Addr(self.mail.from_name, self.mail.from_email)

    @property
    def lang(self) -> str:
        return self.u.language

    def key(self, kind: str, person: str = "") -> str:
        """``person``: an address or a person_key."""
        return f"{kind}:{self.mail.message_key}:{person.lower()}"

    def active(self, event_id: str, key: str) -> RegView | None:
        """The live registration of a person (an address or a person_key) for an event."""
        key = key.lower()
        return next((r for r in self.regs if r.event_id == event_id and r.key == key and r.status in ACTIVE), None)

    def token(self, key: str) -> str:
        """Deterministic per (message, person): processing the message again finds the same token."""
        raw = hashlib.sha256(f"{self.mail.message_key}\n{key.lower()}".encode()).digest()
        return "MB-" + base64.b32encode(raw).decode()[:6]


def ics_uid(event_id: str, key: str) -> str:
    """Stable per registration (address or person_key), so a later update or cancel replaces the
    same calendar entry."""
    digest = hashlib.sha256(f"{event_id}\n{key.lower()}".encode()).hexdigest()[:20]
    return f"{event_id}-{digest}@mailbot"


def decide(mail: ParsedMail, u: Understanding, regs: Sequence[RegView], catalogue: Catalogue,
           now: datetime, earlier: Earlier | None = None, replies_last_hour: int = 0,
           max_replies_per_hour: int = 10, counts: Mapping[tuple[str, str], int] | None = None) -> Decision:
    """``regs`` are the registrations that matter here: everyone's, or (with ``counts`` per event and
    status) just the people's own and the head of each waiting list. ``earlier`` is our mail this one
    answers; ``replies_last_hour`` counts our mails to this sender: above the limit we stop (loops)."""
    ctx = _Ctx(mail, u, catalogue, regs, now, earlier, counts)
    if replies_last_hour >= max_replies_per_hour:
        return Decision((), (), "done", f"no answer: {replies_last_hour} mails to {mail.from_email} in the last hour")
    if u.intent == "bounce" and earlier is not None and mail.bounced_recipients:
        gone = mail.bounced_recipients if mail.bounce_permanent else ()
        return Decision((), (), "done", f"our {earlier.kind} bounced for {', '.join(mail.bounced_recipients)}"
                        + ("" if gone else " (temporarily)"), undeliverable=gone)
    if u.intent in ("auto_reply", "bounce"):
        return Decision((), (), "done", f"no answer: {u.intent.replace('_', '-')} ({', '.join(mail.automation_reasons)})")
    followed = _follow_up(ctx)
    if followed is not None:
        return followed
    if u.intent == "other":
        if mail.automated or any(h.rule in ("thanks-only", "affirms-ours") for h in u.hits) \
                and u.confidence >= LOW_CONFIDENCE:  # a thank-you the learned reader doubts goes to a person
            return Decision((), (), "done", "no answer: " + (mail.automated or "a thank-you"))
        return triage(ctx, "other")
    if u.confidence < LOW_CONFIDENCE and not (u.doubt and u.intent in ("question", "registration_question")):
        return triage(ctx, "low_confidence")  # a doubted question goes to its contact as usual: a person reads it there
    if u.intent == "register":
        return _register(ctx)
    if u.intent == "cancel":
        return _cancel(ctx)
    return _question(ctx, u.intent)


# ---------------------------------------------------------------- answers to our own mail

def _follow_up(ctx: _Ctx) -> Decision | None:
    """A reply to a question we asked: a "ja" to a pending request, the event for an ask-back,
    a contact person answering a forward. None: handle the message as a new enquiry."""
    earlier = ctx.earlier
    if earlier is None:
        return None
    pending = earlier.pending
    if pending is not None and pending.status == "open" and ctx.u.answer:
        owner = pending.email if "@" in pending.email else earlier.recipient  # by name: who registered them
        if pending.action == "cancel" and ctx.mail.from_email == owner:
            return _confirm_cancel(ctx, pending)
        if pending.action == "approve" and _is_contact_of(ctx, pending.event_id):
            return _approve(ctx, pending)
    if earlier.kind == "forward" and ctx.mail.from_email in _contact_addresses(ctx.catalogue):
        return Decision((), (), "done", f"reply from contact {ctx.mail.from_email} to a forward: nothing to do")
    if earlier.kind == "ask_event" and earlier.original is not None and ctx.u.event_id:
        original = replace(earlier.original, event_id=ctx.u.event_id, language=earlier.original.language)
        return _register(replace(ctx, u=original))
    return None


def _contact_addresses(catalogue: Catalogue) -> set[str]:
    return {c.email.lower() for c in catalogue.contacts.values()}


def _is_contact_of(ctx: _Ctx, event_id: str) -> bool:
    event = ctx.catalogue.event(event_id)
    keys = {event.registration_contact, ctx.catalogue.triage, *event.organisers} if event else {ctx.catalogue.triage}
    return ctx.mail.from_email in {ctx.catalogue.contact(k).email.lower() for k in keys}


def _confirm_cancel(ctx: _Ctx, pending: PendingView) -> Decision:
    resolve = PendingChange("resolve", pending.token, status="done" if ctx.u.answer == "yes" else "declined")
    if ctx.u.answer == "no":
        return Decision((), (), "done", f"{pending.email} declined the cancellation {pending.token}", (resolve,))
    reg = ctx.active(pending.event_id, pending.email)
    if reg is None:
        return Decision((), (), "done", f"{pending.token}: nothing left to cancel", (resolve,))
    changes, mails, notes = _cancel_registration(ctx, reg, Attendee(reg.name, reg.email))
    return Decision(changes, mails, "done", f"confirmed {pending.token}: " + "; ".join(notes), (resolve,))


def _approve(ctx: _Ctx, pending: PendingView) -> Decision:
    resolve = PendingChange("resolve", pending.token, status="done" if ctx.u.answer == "yes" else "declined")
    reg = next((r for r in ctx.regs if r.event_id == pending.event_id and r.key == pending.email
                and r.status == "pending"), None)
    event = ctx.catalogue.event(pending.event_id)
    if reg is None or event is None:
        return Decision((), (), "done", f"{pending.token}: no registration waiting for approval", (resolve,))
    if ctx.u.answer == "no":
        change = Change("cancel", reg.event_id, reg.email, "cancelled", reg.name)
        return Decision((change,), (), "done", f"{ctx.mail.from_email} declined {reg.key} ({pending.token})",
                        (resolve,))
    person = Attendee(reg.name, reg.email)
    full = event.capacity is not None and ctx.count(event.id, "confirmed") >= event.capacity
    status = "waitlisted" if full else "confirmed"
    mail = _placed_mail(ctx, event, person, status, ctx.count(event.id, "waitlisted") + 1,
                        to=(reg.mail_to,), cc=(), language=reg.language)
    change = Change("promote", reg.event_id, reg.email, status, reg.name)
    return Decision((change,), (mail,), "done", f"{ctx.mail.from_email} approved {reg.key}: {status}", (resolve,))


def _placed_mail(ctx: _Ctx, event: Event, person: Attendee, status: str, position: int,
                 to: tuple[Addr, ...], cc: tuple[Addr, ...], language: str | None = None) -> Mail:
    """The confirmation (with an invite) or the waiting-list notice for one person."""
    if status == "waitlisted":
        return Mail("waitlist", language or ctx.lang, to, ctx.key("waitlist", person.key), event.id, cc=cc,
                    variables=template_vars(attendee=person, position=position))
    return Mail("confirmation", language or ctx.lang, to, ctx.key("confirm", person.key), event.id, cc=cc,
                variables=template_vars(attendee=person), ics="PUBLISH")


# ---------------------------------------------------------------- register

def _event_to_join(ctx: _Ctx) -> Event | Decision:
    """The event the sign-up is for, or the answer when there is none to join: which one (ask back),
    or registration closed."""
    event = ctx.catalogue.event(ctx.u.event_id)
    if event is None:
        open_events = ctx.catalogue.open_events(ctx.now)
        if len(open_events) != 1:
            ask = Mail("ask_event", ctx.lang, (ctx.sender,), ctx.key("ask_event"),  # quotes the mail: a reply carries it back
                       variables=template_vars(open_events=[e.id for e in open_events],
                                               excerpt=(ctx.mail.text or ctx.mail.forwarded)[:2000]))
            return Decision((), (ask,), "done", "asked which event (none named, "
                            f"{len(open_events)} open)")
        event = open_events[0]
    if not event.is_open(ctx.now):
        closed = Mail("registration_closed", ctx.lang, (ctx.sender,), ctx.key("closed"), event.id,
                      variables=template_vars(contact=ctx.catalogue.contact(event.registration_contact)))
        return Decision((), (closed,), "done", f"registration for {event.id} is closed: told the sender")
    return event


def _register(ctx: _Ctx, freed: int = 0) -> Decision:
    """``freed``: places given up in the same mail by someone this registration replaces."""
    event = _event_to_join(ctx)
    if isinstance(event, Decision):
        return event
    changes: list[Change] = []
    mails: list[Mail] = []
    pending: list[PendingChange] = []
    confirmed, waiting = ctx.count(event.id, "confirmed") - freed, ctx.count(event.id, "waitlisted")
    notes: list[str] = []
    for person in ctx.u.attendees:
        to, cc = _recipients(ctx, person)
        who = person.email or f"{person.name} (no address)"
        existing = ctx.active(event.id, person.key)
        if existing is not None:
            position = _position(ctx.regs, existing) if existing.status == "waitlisted" else None
            mails.append(Mail("already_registered", ctx.lang, to, ctx.key("already", person.key), event.id,
                              cc=cc, variables=template_vars(attendee=person, status=existing.status, position=position)))
            notes.append(f"{who} already {existing.status}")
            continue
        email = person.email.lower() if person.email else None
        by = ctx.mail.from_email if email != ctx.mail.from_email else None
        flag = _eligibility_flag(event, person)
        if flag and event.eligibility == "approve":
            changes.append(Change("add", event.id, email, "pending", person.name, person.organisation,
                                  person.role, ctx.lang, by, flag))
            mails += _approval_request(ctx, event, person, to, cc)
            pending.append(PendingChange("create", ctx.token(person.key), "approve", event.id, person.key,
                                         ctx.mail.from_email))
            notes.append(f"{who} waits for approval ({flag})")
            continue
        full = event.capacity is not None and confirmed >= event.capacity
        status = "waitlisted" if full else "confirmed"
        changes.append(Change("add", event.id, email, status, person.name, person.organisation,
                              person.role, ctx.lang, by, flag if event.eligibility == "flag" else None))
        waiting, confirmed = (waiting + 1, confirmed) if full else (waiting, confirmed + 1)
        mails.append(_placed_mail(ctx, event, person, status, waiting, to, cc))
        notes.append(f"{who} " + (f"wait-listed at {waiting}" if full else "confirmed")
                     + (f" (flagged: {flag})" if flag and event.eligibility == "flag" else ""))
    for extra in ctx.u.secondary_intents:
        if extra in ("question", "registration_question"):
            mails += _forward_question(ctx, event, extra, acknowledge=False)
            notes.append(f"{extra.replace('_', ' ')} forwarded")
    if any(h.rule == "moves" for h in ctx.u.hits):
        for c, m, n in _moved_from(ctx, event):
            changes, mails, notes = changes + list(c), mails + list(m), notes + n
    return Decision(tuple(changes), tuple(mails), "done", f"register for {event.id}: " + "; ".join(notes),
                    tuple(pending))


def _moved_from(ctx: _Ctx, event: Event) -> list[tuple[tuple[Change, ...], tuple[Mail, ...], list[str]]]:
    """A move to this event gives up the place the same people hold at another one still to come ('switch me
    from the webinar to the round table'), as far as the sender may cancel it without asking."""
    return [_cancel_registration(ctx, reg, person) for person in ctx.u.attendees for reg in ctx.regs
            if reg.key == person.key and reg.event_id != event.id and reg.status in ACTIVE
            and (other := ctx.catalogue.event(reg.event_id)) is not None and other.ends > ctx.now
            and (reg.email == ctx.mail.from_email or reg.email is None and _same_organisation(ctx, reg))]


def _eligibility_flag(event: Event, person: Attendee) -> str | None:
    """The events are for directors and managers: a role that says otherwise is worth a look."""
    if event.eligibility == "accept" or not person.role:
        return None
    if re.search(event.eligible_roles, person.role, re.IGNORECASE):
        return None
    return f"role: {person.role}"


def _approval_request(ctx: _Ctx, event: Event, person: Attendee, to: tuple[Addr, ...],
                      cc: tuple[Addr, ...]) -> list[Mail]:
    contact = ctx.catalogue.contact(event.registration_contact)
    token = ctx.token(person.key)
    forward = _forward(ctx, event, contact, intent="register", reason="needs_approval", token=token,
                       key_suffix=person.key)
    notice = Mail("pending_approval", ctx.lang, to, ctx.key("pending_approval", person.key), event.id, cc=cc,
                  variables=template_vars(attendee=person, contact=contact))
    return [forward, notice]


def _recipients(ctx: _Ctx, person: Attendee) -> tuple[tuple[Addr, ...], tuple[Addr, ...]]:
    """The attendee gets the mail; a sender who registered someone else is copied. Someone named
    without an address: the sender gets it, to pass on."""
    if not person.email:
        return (ctx.sender,), ()
    to = (Addr(person.name, person.email),)
    cc = (ctx.sender,) if person.email.lower() != ctx.mail.from_email else ()
    return to, cc


def _position(regs: Sequence[RegView], reg: RegView) -> int:
    if reg.position is not None:
        return reg.position
    queue = sorted((r for r in regs if r.event_id == reg.event_id and r.status == "waitlisted"),
                   key=lambda r: r.created_at)
    return next(i for i, r in enumerate(queue, 1) if r.key == reg.key)


# ---------------------------------------------------------------- cancel

def _cancel(ctx: _Ctx) -> Decision:
    """Cancel the people named; a replacement named in the same mail ("mijn collega neemt mijn plaats
    in") is registered in the place that comes free, instead of the first on the waiting list."""
    changes: list[Change] = []
    mails: list[Mail] = []
    pending: list[PendingChange] = []
    notes: list[str] = []
    replacements = tuple(a for a in ctx.u.attendees if a.action == "register")
    freed = 0
    for person in _cancel_targets(ctx):
        reg = _registration_to_cancel(ctx, person)
        if reg is None and replacements and ctx.u.event_id:  # 'Zelf kan ik niet; mijn adjunct komt in mijn plaats'
            notes.append(f"{person.email or person.name}: not registered, nothing to cancel")  # from someone never
            continue  # signed up: the replacement is the sign-up, no 'not found' for the writer
        if reg is None:
            event = ctx.catalogue.event(ctx.u.event_id)
            contact = ctx.catalogue.contact(event.registration_contact if event else ctx.catalogue.triage)
            mails.append(_forward(ctx, event, contact, reason="unmatched_cancel", key_suffix=person.key))
            mails.append(Mail("cancel_not_found", ctx.lang, (ctx.sender,), ctx.key("cancel_not_found", person.key),
                              event.id if event else None, variables=template_vars(attendee=person, contact=contact)))
            notes.append(f"{person.email or person.name}: no registration found; forwarded to {contact.email}")
        elif reg.email == ctx.mail.from_email or (reg.email is None and _same_organisation(ctx, reg)):
            c, m, n = _cancel_registration(ctx, reg, person, promote=not replacements)
            changes, mails, notes = changes + list(c), mails + list(m), notes + n
            freed += reg.status == "confirmed"
        else:  # someone else's registration: the registered address has to say "ja" first
            token = ctx.token(reg.key)
            pending.append(PendingChange("create", token, "cancel", reg.event_id, reg.key, ctx.mail.from_email))
            owner = Attendee(reg.name or person.name, reg.email)
            mails.append(Mail("cancel_request", reg.language, (reg.mail_to,),
                              ctx.key("cancel_request", reg.key), reg.event_id,
                              variables=template_vars(attendee=owner, sender=ctx.sender, token=token)))
            mails.append(Mail("cancel_request_sent", ctx.lang, (ctx.sender,), ctx.key("cancel_request_sent", reg.key),
                              reg.event_id, variables=template_vars(attendee=owner)))
            notes.append(f"{reg.key}: asked the registered address to confirm ({token})")
    event = ctx.catalogue.event(ctx.u.event_id)
    for extra in ctx.u.secondary_intents if event is not None else ():
        if extra in ("question", "registration_question"):  # 'Ik kan niet; sturen jullie me de slides?'
            mails += _forward_question(ctx, event, extra, acknowledge=False)
            notes.append(f"{extra.replace('_', ' ')} forwarded")
    decision = Decision(tuple(changes), tuple(mails), "done", "cancel: " + "; ".join(notes), tuple(pending))
    if not replacements:
        return decision
    event_id = ctx.u.event_id or next((c.event_id for c in changes), None)
    added = _register(replace(ctx, u=replace(ctx.u, intent="register", event_id=event_id, attendees=replacements,
                                             secondary_intents=())), freed=freed)
    return Decision(decision.changes + added.changes, decision.mails + added.mails, "done",
                    f"{decision.summary}; replaced by: {added.summary}", decision.pending + added.pending)


def _same_organisation(ctx: _Ctx, reg: RegView) -> bool:
    """A registration without an address may be cancelled by anyone of the organisation that made it."""
    domain = ctx.mail.from_email.rpartition("@")[2]
    return bool(reg.registered_by) and reg.registered_by.rpartition("@")[2] == domain  # type: ignore[union-attr]


def _cancel_targets(ctx: _Ctx) -> tuple[Attendee, ...]:
    """Who is cancelled: the people named, or whoever got the confirmation this mail replies to."""
    earlier = ctx.earlier
    people = tuple(a for a in ctx.u.attendees if a.action != "register")
    only_sender = all(a.email == ctx.mail.from_email for a in people)
    if earlier and earlier.recipient and only_sender and earlier.kind in (
            "confirmation", "promoted", "waitlist", "already_registered", "reminder"):
        name = people[0].name if earlier.recipient == ctx.mail.from_email and people else None
        return (Attendee(name, earlier.recipient),)
    return people


def _cancel_registration(ctx: _Ctx, reg: RegView, person: Attendee, promote: bool = True,
                         ) -> tuple[tuple[Change, ...], tuple[Mail, ...], list[str]]:
    """Cancel one registration; a freed place goes to the first on the waiting list (unless a
    replacement takes it)."""
    event = ctx.catalogue.event(reg.event_id)
    name = person.name or reg.name
    to = Addr(name, reg.email) if reg.email else ctx.sender
    changes = [Change("cancel", reg.event_id, reg.email, "cancelled", reg.name)]
    mails = [Mail("cancellation", reg.language if reg.email and person.email != ctx.mail.from_email else ctx.lang,
                  (to,), ctx.key("cancel", reg.key), reg.event_id,
                  variables=template_vars(attendee=Attendee(name, reg.email)), ics="CANCEL")]
    notes = [f"{reg.email or reg.name} cancelled for {reg.event_id}"]
    promoted = _first_waiting(ctx.regs, reg.event_id, exclude={reg.key}) if reg.status == "confirmed" else None
    if promote and promoted is not None and event is not None and event.is_open(ctx.now):
        changes.append(Change("promote", promoted.event_id, promoted.email, "confirmed", promoted.name))
        mails.append(Mail("promoted", promoted.language, (promoted.mail_to,),
                          ctx.key("promote", promoted.key), promoted.event_id,
                          variables=template_vars(attendee=Attendee(promoted.name, promoted.email)), ics="PUBLISH"))
        notes.append(f"{promoted.email or promoted.name} promoted from the waiting list")
    return tuple(changes), tuple(mails), notes


def _registration_to_cancel(ctx: _Ctx, person: Attendee) -> RegView | None:
    if ctx.u.event_id:
        return ctx.active(ctx.u.event_id, person.key)
    candidates = [r for r in ctx.regs if r.key == person.key and r.status in ACTIVE
                  and (e := ctx.catalogue.event(r.event_id)) is not None and e.ends > ctx.now]
    return candidates[0] if len(candidates) == 1 else None


def _first_waiting(regs: Sequence[RegView], event_id: str, exclude: set[str]) -> RegView | None:
    queue = sorted((r for r in regs if r.event_id == event_id and r.status == "waitlisted"
                    and r.key not in exclude), key=lambda r: r.created_at)
    return queue[0] if queue else None


# ---------------------------------------------------------------- questions and triage

def _question(ctx: _Ctx, intent: str) -> Decision:
    event = ctx.catalogue.event(ctx.u.event_id)
    if event is None:
        return triage(ctx, "unknown_event")
    wanted = event.acknowledge_questions if intent == "question" else event.acknowledge_practical
    mails = _forward_question(ctx, event, intent, acknowledge=wanted and not ctx.mail.suppress_auto_response)
    return Decision((), tuple(mails), "done", f"{intent.replace('_', ' ')} about {event.id} forwarded to {mails[0].to[0].email}")


def _forward_question(ctx: _Ctx, event: Event, intent: str, acknowledge: bool) -> list[Mail]:
    key = event.content_contact if intent == "question" else event.registration_contact
    contact = ctx.catalogue.contact(key)
    mails = [_forward(ctx, event, contact, intent=intent)]
    if acknowledge:
        mails.append(Mail("acknowledgement", ctx.lang, (ctx.sender,), ctx.key("ack"), event.id,
                          variables=template_vars(contact=contact)))
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
                variables=template_vars(contact=contact, reason=reason, sender=Addr(None, sender or "?")),
                attach_original=True, auto_submitted="auto-generated")


def _forward(ctx: _Ctx, event: Event | None, contact: Contact, intent: str | None = None,
             reason: str | None = None, token: str | None = None, key_suffix: str = "") -> Mail:
    sender = ctx.u.sender or Attendee(ctx.mail.from_name, ctx.mail.from_email)
    registered = (ctx.active(event.id, ctx.mail.from_email) is not None) if event else None
    text = ctx.mail.text or ctx.mail.forwarded
    return Mail(
        "forward", "nl", (Addr(contact.name, contact.email),),
        ctx.key("forward", contact.email + (f":{key_suffix}" if key_suffix else "")),
        event.id if event else None, attach_original=True, auto_submitted="auto-generated",
        reply_to=None if token else ctx.sender,  # a "ja" to an approval must reach mailbot, not the asker
        variables=template_vars(contact=contact, intent=intent or ctx.u.intent, reason=reason, registered=registered,
                        organisation=sender.organisation, role=sender.role, excerpt=text[:4000], doubt=ctx.u.doubt,
                        sender=ctx.sender, token=token),
    )


def template_vars(**values: Any) -> Mapping[str, Any]:
    return MappingProxyType(values)
