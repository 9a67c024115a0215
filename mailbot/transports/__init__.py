"""Where outgoing mail goes: a real SMTP server, or .eml files (demo and shadow mode)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..config import Settings


class TemporaryFailure(Exception):
    """Try again later (4xx replies, connection trouble)."""


class PermanentFailure(Exception):
    """Do not try again (5xx replies): recorded and shown to the organisers."""


class Transport(Protocol):
    async def send(self, raw: bytes, sender: str, recipients: list[str]) -> None: ...

    async def close(self) -> None: ...


def make_transport(settings: "Settings") -> Transport:
    if settings.transport == "file":
        from .file import FileTransport

        return FileTransport(settings.file_transport.directory)
    from .smtp import SmtpTransport

    return SmtpTransport(settings.smtp)
