"""What classify makes of a message: the intent, the event and the people, with the rules that fired.

Plain frozen records, shared by classify (which fills them), decide (which acts on them) and the
templates (which address the people in them).
"""

from __future__ import annotations

from dataclasses import dataclass

INTENTS = ("register", "cancel", "question", "registration_question", "auto_reply", "bounce", "other")


@dataclass(frozen=True)
class Attendee:
    """One person a mail registers or cancels. ``email`` is None when the text names someone without
    an address ("onze directeur, de heer Kamphuis"): mail about them goes to whoever registered them.
    ``action`` is "register" for the replacement named in a cancellation ("mijn collega neemt mijn
    plaats in"); None means: what the intent says."""

    name: str | None
    email: str | None
    organisation: str | None = None
    role: str | None = None
    action: str | None = None

    @property
    def key(self) -> str:
        return person_key(self.email, self.name)


@dataclass(frozen=True)
class Hit:
    rule: str
    why: str


@dataclass(frozen=True)
class Understanding:
    intent: str
    event_id: str | None
    language: str
    attendees: tuple[Attendee, ...]
    confidence: float
    hits: tuple[Hit, ...] = ()
    secondary_intents: tuple[str, ...] = ()
    is_reply: bool = False
    sender: Attendee | None = None  # who wrote, with what the signature says of them
    answer: str | None = None  # "yes" / "no": a short answer to a question we asked
    doubt: str | None = None  # the intent the learned reader gives a mail whose rule it doubts (for the person who decides)

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(h.rule for h in self.hits)

    def as_json(self) -> dict[str, object]:
        return {
            "intent": self.intent,
            "secondary_intents": list(self.secondary_intents),
            "event": self.event_id,
            "language": self.language,
            "attendees": [{"name": a.name, "email": a.email, "organisation": a.organisation, "role": a.role}
                          for a in self.attendees],
            "confidence": round(self.confidence, 2),
            "rules": list(self.rules),
        }


def person_key(email: str | None, name: str | None) -> str:
    """Who a registration is, for dedupe keys and calendar UIDs: the address, or for someone known
    only by name, the name ("name:rutger kamphuis")."""
    if email:
        return email.lower()
    return "name:" + " ".join((name or "").lower().split())
