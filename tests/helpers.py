"""Small builders shared by the pure tests (no I/O beyond reading the repo's own config)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from mailbot.classify import Attendee, Understanding
from mailbot.events import Catalogue, load_catalogue
from mailbot.parse import ParsedMail

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)


def demo_catalogue() -> Catalogue:
    return load_catalogue(ROOT / "config" / "demo-events.toml")


def parsed(sender: str = "jan@bieb.example.nl", name: str | None = "Jan Jansen", key: str = "mid:<1@x>",
           text: str = "", **kw: object) -> ParsedMail:
    values: dict[str, object] = dict(
        message_key=key, message_id=key.removeprefix("mid:"), subject="Aanmelding", from_name=name,
        from_email=sender, reply_to=None, to=("aanmelden@example.org",), cc=(), in_reply_to=None, references=(),
        text=text, signature="", quoted="", forwarded="", forwarded_from=None, language="nl", automated=None,
    )
    values.update(kw)
    return ParsedMail(**values)  # type: ignore[arg-type]


def understood(intent: str, event: str | None, *people: tuple[str | None, str], confidence: float = 0.9,
               language: str = "nl", secondary: tuple[str, ...] = ()) -> Understanding:
    return Understanding(intent=intent, event_id=event, language=language,
                         attendees=tuple(Attendee(n, e) for n, e in people), confidence=confidence,
                         secondary_intents=secondary)
