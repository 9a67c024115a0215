"""Where inbound mail comes from: an IMAP mailbox, or a local Maildir (the embedded default).

Both are blocking; the worker calls them from a thread. A message stays in the inbox until the
pipeline has committed its outcome; only then is it moved to the processed (or triage) folder.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from ..config import Settings

Destination = Literal["processed", "triage"]


@dataclass(frozen=True)
class Inbound:
    ref: Hashable  # IMAP UID or Maildir key: meaningful only to the intake that made it
    raw: bytes


class Intake(Protocol):
    def connect(self) -> None: ...

    def fetch(self, limit: int, skip: Collection[Hashable] = ()) -> list[Inbound]:
        """Up to ``limit`` messages waiting in the inbox, oldest first, leaving out ``skip``."""

    def move(self, refs: Collection[Hashable], destination: Destination) -> None: ...

    def wait(self, timeout: float, stop: threading.Event) -> None:
        """Block until new mail may have arrived, ``timeout`` passed or ``stop`` is set."""

    def close(self) -> None: ...


def make_intake(settings: "Settings", on_uidvalidity: "UidValidityHook | None" = None) -> Intake:
    if settings.intake == "maildir":
        from .maildir import MaildirIntake

        return MaildirIntake(settings.maildir.path, settings.maildir.seed_from)
    from .imap import ImapIntake

    return ImapIntake(settings.imap, on_uidvalidity)


class UidValidityHook(Protocol):
    def __call__(self, folder: str, uidvalidity: int) -> None: ...
