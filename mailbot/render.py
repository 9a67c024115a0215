"""Mail (from decide) -> wire bytes: Jinja2 text + HTML alternatives, an .ics invite, the original.

All words users read live in templates/<lang>/; this module only fills them in. Addresses are
built with email.headerregistry, so a name with CR/LF in it cannot add a header. Message-IDs are
derived from the dedupe key (a resend after a crash keeps its Message-ID) and carry the event id,
so a reply to our mail can be traced back to its event by classify.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from . import mime
from .decide import Addr, Mail, ics_uid
from .understanding import Attendee
from .events import Catalogue, Event

KINDS = ("confirmation", "waitlist", "promoted", "cancellation", "already_registered", "registration_closed",
         "ask_event", "cancel_not_found", "acknowledgement", "forward", "cancel_request", "cancel_request_sent",
         "pending_approval", "reminder", "digest")
LANGUAGES = ("nl", "en")
VARIABLES = ("lang", "from_name", "event", "attendee", "sender", "contact", "position", "status",
             "open_events", "original_subject", "intent", "reason", "registered", "excerpt",
             "organisation", "role", "token", "days_before", "digest", "doubt")


@dataclass(frozen=True)
class Sender:
    """Who mailbot writes as, and where its templates are."""

    address: str
    name: str
    template_dirs: tuple[Path, ...]

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2] or "mailbot.invalid"

    @classmethod
    def from_settings(cls, settings: Any) -> "Sender":
        dirs = tuple(d for d in (settings.template_overrides, settings.templates_dir) if d is not None)
        return cls(settings.mail.from_address, settings.mail.from_name, dirs)


@dataclass(frozen=True)
class Reply:
    """What the mail answers: threading headers for In-Reply-To/References."""

    message_id: str | None = None
    references: tuple[str, ...] = ()
    subject: str = ""


@lru_cache(maxsize=8)
def environment(template_dirs: tuple[Path, ...]) -> Any:
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in template_dirs]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html"]),  # matches the last extension: .html is escaped
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a template is read once: checking its mtime on every use cost ~10% of composing
    )


def render_parts(kind: str, lang: str, variables: dict[str, Any], template_dirs: tuple[Path, ...]) -> tuple[str, str, str]:
    """(subject, text, html) of one kind in one language."""
    env = environment(template_dirs)
    subject = env.get_template(f"{lang}/{kind}.subject.txt").render(variables)
    text = env.get_template(f"{lang}/{kind}.txt").render(variables)
    html = env.get_template(f"{lang}/{kind}.html").render(variables)
    return " ".join(subject.split()), text, html


def event_view(event: Event | None) -> SimpleNamespace | None:
    if event is None:
        return None
    return SimpleNamespace(
        id=event.id, title=event.title, starts_local=event.starts.astimezone(event.zone),
        ends_local=event.ends.astimezone(event.zone), timezone=event.timezone, location=event.location,
        online_url=event.online_url, description=event.description, short_title=event.title.split()[0],
        is_online=event.location is None,
    )


def _person(value: Any) -> SimpleNamespace | None:
    if value is None:
        return None
    name = " ".join((getattr(value, "name", None) or "").split()) or None  # one line, wherever it is shown
    return SimpleNamespace(name=name, email=getattr(value, "email", None) or "")


def template_variables(mail: Mail, catalogue: Catalogue, sender: Sender, reply: Reply) -> dict[str, Any]:
    v = mail.variables
    to = mail.to[0]
    return {
        "lang": mail.language,
        "from_name": sender.name,
        "event": event_view(catalogue.event(mail.event_id)),
        "attendee": _person(v.get("attendee") or to),
        "recipient": _person(to),
        "sender": _person(v.get("sender") or (mail.cc[0] if mail.cc else to)),
        "contact": _person(v.get("contact")),
        "position": v.get("position"),
        "status": v.get("status"),
        "open_events": [event_view(catalogue.event(e)) for e in v.get("open_events", ())],
        "original_subject": reply.subject,
        "intent": v.get("intent"),
        "reason": v.get("reason"),
        "registered": v.get("registered"),
        "excerpt": v.get("excerpt", ""),
        "organisation": v.get("organisation"),
        "role": v.get("role"),
        "token": v.get("token"),
        "days_before": v.get("days_before"),
        "digest": v.get("digest"),
        "doubt": v.get("doubt"),
    }


def message_id_for(mail: Mail, domain: str) -> str:
    token = hashlib.sha256(mail.dedupe_key.encode()).hexdigest()[:24]
    return f"<mailbot.{mail.kind}.{mail.event_id or 'none'}.{token}@{domain}>"


def compose(mail: Mail, catalogue: Catalogue, sender: Sender, reply: Reply, now: datetime,
            original: bytes | None = None) -> EmailMessage:
    """The mail as an EmailMessage (previews, tests); the outbox stores compose_bytes directly."""
    from email import message_from_bytes, policy

    return message_from_bytes(compose_bytes(mail, catalogue, sender, reply, now, original),
                              policy=policy.default)  # type: ignore[return-value]


def compose_bytes(mail: Mail, catalogue: Catalogue, sender: Sender, reply: Reply, now: datetime,
                  original: bytes | None = None) -> bytes:
    """The wire bytes (CRLF): text and HTML alternatives, the invite, attachments, the original.

    Built by mailbot.mime: the shape is fixed, and the email package's object tree and generator
    made composing the slowest step of a backlog."""
    subject, text, html = render_parts(mail.kind, mail.language, template_variables(mail, catalogue, sender, reply),
                                       sender.template_dirs)
    # Our own boundaries: "=_" never occurs in quoted-printable or base64 bodies.
    token = hashlib.sha256(mail.dedupe_key.encode()).hexdigest()[:24]
    body = mime.multipart("alternative", f"=_alt_{token}", (mime.text_part("plain", text), mime.text_part("html", html)))
    parts: list[bytes] = []
    event = catalogue.event(mail.event_id)
    if mail.ics and event is not None:
        person = mail.variables.get("attendee")
        who = person.key if isinstance(person, Attendee) else mail.to[0].email  # the person, not who receives it
        ics = invite(event, who, mail.ics, now, organiser=Addr(sender.name, sender.address))
        parts.append(mime.text_part("calendar", ics.decode(), params=(("method", mail.ics),), filename="invite.ics"))
    parts.extend(mime.binary_part(mimetype, data, name) for name, mimetype, data in mail.attachments)
    if mail.attach_original and original is not None:
        parts.append(mime.message_part(original, "original.eml"))
    if parts:
        body = mime.multipart("mixed", f"=_mix_{token}", (body, *parts))
    headers = [("From", _header_address(Addr(sender.name, sender.address))),
               ("To", ", ".join(_header_address(a) for a in mail.to))]
    if mail.cc:
        headers.append(("Cc", ", ".join(_header_address(a) for a in mail.cc)))
    if mail.reply_to:
        headers.append(("Reply-To", _header_address(mail.reply_to)))
    headers += [("Subject", mime.unstructured(subject)), ("Date", format_datetime(now)),
                ("Message-ID", message_id_for(mail, sender.domain))]
    if reply.message_id:
        thread = [m for m in (*reply.references[-20:], reply.message_id) if _usable_id(m)]
        if _usable_id(reply.message_id):
            headers.append(("In-Reply-To", reply.message_id))
        if thread:
            headers.append(("References", mime.fold_ids(thread)))
    headers += [("Auto-Submitted", mail.auto_submitted),  # RFC 3834: so that other robots do not answer us
                ("X-Auto-Response-Suppress", "All"), ("Content-Language", mail.language)]
    return mime.message(headers, body)


def _usable_id(message_id: str | None) -> bool:
    """Ids from inbound mail go into our headers only when they are plain ASCII <...> tokens."""
    return bool(message_id) and len(message_id) < 900 and _PLAIN_ID.fullmatch(message_id) is not None


_PLAIN_ID = re.compile(r"<[!-~]+>", re.ASCII)  # printable ASCII, no spaces


def _header_address(addr: Addr) -> str:
    from email.utils import formataddr

    checked = _address(addr)  # refuses what is not an address
    return formataddr((checked.display_name, checked.addr_spec), charset="utf-8")


def _address(addr: Addr) -> Address:
    name = " ".join((addr.name or "").split())  # no CR/LF can reach a header
    local, _, domain = addr.email.strip().rpartition("@")
    if not local or not domain or any(c in addr.email for c in "\r\n<>,;\"() "):
        raise ValueError(f"not a usable address: {addr.email!r}")
    return Address(display_name=name, username=local, domain=domain)


def invite(event: Event, person: str, method: str, now: datetime, organiser: Addr) -> bytes:
    """An iCalendar object: PUBLISH for a confirmation, CANCEL to withdraw it (same UID).

    Only UID, DTSTAMP and SEQUENCE differ between attendees: the rest is made once per event by
    icalendar (see _invite_template) and these three lines are filled in. ``person``: an address or a
    person_key, so two people whose invites both go to one secretary get two calendar entries."""
    stamp = now.astimezone(timezone.utc)
    lines = {
        "UID": _ics_fold(f"UID:{ics_uid(event.id, person)}"),
        "DTSTAMP": f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        # SEQUENCE must grow with every update of the same UID; minutes since the epoch always do.
        "SEQUENCE": f"SEQUENCE:{int(now.timestamp() // 60)}",
    }
    text = _invite_template(event, method, organiser)
    for name, line in lines.items():
        text = text.replace(f"{name}:{_PLACEHOLDER}".encode(), line.encode("utf-8"), 1)
    return text


_PLACEHOLDER = "MAILBOT-FILL-IN"


def _ics_fold(line: str, limit: int = 75) -> str:
    """RFC 5545 3.1: lines of at most 75 octets, continued after CRLF + space, never inside a character."""
    chunks, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append(current)
            current, size = " ", 1
        current += char
        size += width
    return "\r\n".join([*chunks, current])


@lru_cache(maxsize=64)
def _invite_template(event: Event, method: str, organiser: Addr) -> bytes:
    from icalendar import Alarm, Calendar, vCalAddress, vText
    from icalendar import Event as VEvent

    cal = Calendar()
    cal.add("prodid", "-//mailbot//registrations//NL")
    cal.add("version", "2.0")
    cal.add("method", method)
    vevent = VEvent()
    for name in ("uid", "dtstamp", "sequence"):
        vevent.add(name, vText(_PLACEHOLDER))
    vevent.add("dtstart", event.starts.astimezone(event.zone))
    vevent.add("dtend", event.ends.astimezone(event.zone))
    vevent.add("summary", event.title)
    vevent.add("location", event.location or event.online_url or "")
    if event.online_url:
        vevent.add("url", event.online_url)
    if event.description:
        vevent.add("description", event.description)
    organizer = vCalAddress(f"mailto:{organiser.email}")
    organizer.params["cn"] = organiser.name or ""
    vevent.add("organizer", organizer)
    if method == "CANCEL":
        vevent.add("status", "CANCELLED")
    else:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event.title)
        alarm.add("trigger", timedelta(hours=-1))
        vevent.add_component(alarm)
    cal.add_component(vevent)
    text = cal.to_ical()
    # The VTIMEZONE (the event's years, not 1970-2038) is the same for every attendee.
    cut = text.index(b"BEGIN:VEVENT")
    return text[:cut] + _vtimezone(event.timezone, event.starts.year) + text[cut:]


@lru_cache(maxsize=64)
def _vtimezone(tzid: str, year: int) -> bytes:
    from icalendar import Timezone

    return Timezone.from_tzid(tzid, first_date=date(year - 1, 1, 1), last_date=date(year + 2, 1, 1)).to_ical()

