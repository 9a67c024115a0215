"""Which reminders are due now: pure, so the scheduler job and `run --once` share it.

A reminder is due from (start - offset) until the start. Each has the dedupe key
``reminder:<registration id>:<offset>``, so a job that fires twice, a restart or a second
worker writes it once. Catch-up after downtime is coalesced: when a later offset is due too,
only that one goes out. A registration made after an offset had passed gets no late reminder
for it, and an address our mail bounced from gets none at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from .classify import Attendee
from .decide import Addr, Mail, template_vars
from .events import Catalogue


@dataclass(frozen=True)
class Registered:
    id: int
    event_id: str
    email: str | None  # None: registered by name only; the reminder goes to registered_by
    name: str | None
    language: str
    created_at: datetime
    registered_by: str | None = None


def due_reminders(regs: Iterable[Registered], catalogue: Catalogue, now: datetime,
                  undeliverable: frozenset[str] = frozenset()) -> list[Mail]:
    mails: list[Mail] = []
    for reg in regs:
        event = catalogue.event(reg.event_id)
        if event is None or now >= event.starts or reg.email in undeliverable:
            continue
        due = [days for days in event.reminders
               if event.starts - timedelta(days=days) <= now and reg.created_at < event.starts - timedelta(days=days)]
        if not due:
            continue
        days = min(due)  # the latest offset that is due: earlier ones are no longer useful
        person = Attendee(reg.name, reg.email)
        to = Addr(reg.name, reg.email) if reg.email else Addr(None, reg.registered_by or "")
        if not to.email:
            continue
        mails.append(Mail("reminder", reg.language, (to,), f"reminder:{reg.id}:{days}",
                          event.id, variables=template_vars(attendee=person, days_before=days),
                          auto_submitted="auto-generated"))
    return mails
