"""A local Maildir as the inbox: the embedded default that needs no server.

Processed mail moves to the Maildir++ sub-folder ``.processed``, triage to ``.triage``. With
``seed_from`` set (the demo), a newly created Maildir is filled with those .eml files once.
"""

from __future__ import annotations

import mailbox
import threading
from collections.abc import Collection, Hashable
from pathlib import Path

from . import Destination, Inbound


class MaildirIntake:
    def __init__(self, path: Path, seed_from: Path | None = None) -> None:
        self.path = Path(path)
        self.seed_from = seed_from
        self.box: mailbox.Maildir | None = None

    def connect(self) -> None:
        fresh = not self.path.exists()
        self.box = mailbox.Maildir(self.path, create=True)
        if fresh and self.seed_from is not None:
            for eml in sorted(Path(self.seed_from).glob("*.eml")):
                self.box.add(eml.read_bytes())

    def _inbox(self) -> mailbox.Maildir:
        if self.box is None:
            self.connect()
        assert self.box is not None
        return self.box

    def fetch(self, limit: int, skip: Collection[Hashable] = ()) -> list[Inbound]:
        box = self._inbox()
        keys = sorted(k for k in box.iterkeys() if k not in skip)  # Maildir names start with the time
        return [Inbound(k, box.get_bytes(k)) for k in keys[:limit]]

    def move(self, refs: Collection[Hashable], destination: Destination) -> None:
        box = self._inbox()
        folder = self._folder(destination)
        for ref in refs:
            key = str(ref)
            if key in box:
                folder.add(box.get_message(key))
                box.discard(key)

    def _folder(self, name: str) -> mailbox.Maildir:
        box = self._inbox()
        return box.get_folder(name) if name in box.list_folders() else box.add_folder(name)

    def count(self, destination: Destination) -> int:
        return len(self._folder(destination))

    def wait(self, timeout: float, stop: threading.Event) -> None:
        stop.wait(timeout)  # a Maildir has no push: poll

    def close(self) -> None:
        self.box = None
