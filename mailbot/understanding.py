"""What classify makes of a message: the intent, the event and the people, with the rules that fired.

Plain frozen records, shared by classify (which fills them), decide (which acts on them) and the
templates (which address the people in them).
"""

from __future__ import annotations

from dataclasses import dataclass

INTENTS = ("register", "cancel", "question", "registration_question", "auto_reply", "bounce", "other")


@dataclass(frozen=True)
class Attendee:
    name: str | None
    email: str
    organisation: str | None = None
    role: str | None = None


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

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(h.rule for h in self.hits)

    def as_json(self) -> dict[str, object]:
        return {
            "intent": self.intent,
            "secondary_intents": list(self.secondary_intents),
            "event": self.event_id,
            "language": self.language,
            "attendees": [a.__dict__.copy() for a in self.attendees],
            "confidence": round(self.confidence, 2),
            "rules": list(self.rules),
        }
