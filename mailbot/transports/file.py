"""Writes each outgoing mail as an .eml file: the demo's transport, and a safe shadow mode."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


class FileTransport:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    async def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256(raw).hexdigest()[:16] + ".eml"
        tmp = self.directory / f".{name}.tmp"
        envelope = f"X-Envelope-From: {sender}\r\nX-Envelope-To: {', '.join(recipients)}\r\n".encode()
        tmp.write_bytes(envelope + raw)
        os.replace(tmp, self.directory / name)  # a reader never sees half a file

    async def close(self) -> None:
        return None
