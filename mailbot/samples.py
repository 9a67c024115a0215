"""Sample mails of every kind, for `mailbot preview` and for `mailbot check` to render each template.

The sample event is the catalogue's first upcoming event (else its first), so organisers see
their own event in the preview.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace

from .classify import Attendee
from .decide import Addr, Mail, template_vars
from .events import Catalogue
from .render import KINDS, event_view


def sample_mail(kind: str, lang: str, catalogue: Catalogue, now: datetime) -> Mail:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    event = next((e for e in catalogue.events if e.starts > now), catalogue.events[0])
    contact = catalogue.contact(event.registration_contact)
    director = Attendee("Ellen de Vries", "e.devries@bibliotheek-voorbeeld.example.nl", "Bibliotheek Voorbeeld",
                        "directeur")
    secretary = Addr("Anouk de Wit", "secretariaat@bibliotheek-voorbeeld.example.nl")
    variables = template_vars(
        attendee=director, sender=secretary if kind in ("confirmation", "cancel_request", "cancel_request_sent")
        else Addr(director.name, director.email), contact=contact, position=2, status="confirmed",
        open_events=[e.id for e in catalogue.open_events(now)] or [event.id], intent="question",
        reason="needs_approval" if kind == "forward" else None, registered=True,
        excerpt="Wat wordt er bij het thema bedoeld met preventie-curatie?", organisation=director.organisation,
        role=director.role, token="MB-SAMPLE", days_before=7, digest=sample_digest(catalogue, now, director),
    )
    ics = {"confirmation": "PUBLISH", "promoted": "PUBLISH", "cancellation": "CANCEL"}.get(kind)
    return Mail(kind, lang, (Addr(director.name, director.email),), f"preview:{kind}:{lang}", event.id,
                variables=variables, ics=ics)  # type: ignore[arg-type]


def sample_digest(catalogue: Catalogue, now: datetime, person: Attendee) -> SimpleNamespace:
    new = SimpleNamespace(name=person.name, email=person.email, organisation=person.organisation,
                          status="confirmed", flagged=False)
    events = [SimpleNamespace(event=event_view(e), capacity=e.capacity, confirmed=12, waitlisted=1, cancelled=2,
                              new_registrations=[new], new_cancellations=[],
                              forwarded=[SimpleNamespace(sender_name=person.name, sender_email=person.email,
                                                         intent="question", subject="Vraag over het thema",
                                                         contact_name=catalogue.contact(e.content_contact).name)])
              for e in catalogue.events[:2]]
    return SimpleNamespace(since=now - timedelta(days=1), until=now, events=events,
                           triage=[SimpleNamespace(sender="onbekend@example.org", subject="Vraagje",
                                                   reason="unknown_event", received=now)],
                           bounces=[], failed_mail=[], attachment=f"registraties-{now:%Y-%m-%d}.csv")
