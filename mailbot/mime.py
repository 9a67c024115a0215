"""Wire bytes for the mail mailbot writes: MIME parts built directly, not through email.message.

Composing every confirmation through the email package (objects per header, a generator walking
the tree, folding in Python) was the slowest step of clearing a backlog. What mailbot sends has a
fixed shape (text and HTML alternatives, an invite, attachments, the original message), so the
bytes are built here with C-speed encoders (binascii). Any MIME parser reads them back the same;
tests/test_render.py checks that with the email package.
"""

from __future__ import annotations

import binascii
from collections.abc import Iterable, Sequence
from email.header import Header

CRLF = b"\r\n"
MAX_LINE = 998  # RFC 5322: longer lines may be cut by servers on the way


def text_part(subtype: str, text: str, params: Sequence[tuple[str, str]] = (), filename: str | None = None) -> bytes:
    """text/* in UTF-8, quoted-printable: readable in "view source" and safe for long lines."""
    extra = "".join(f'; {key}="{value}"' for key, value in params)
    head = [f'Content-Type: text/{subtype}; charset="utf-8"{extra}', "MIME-Version: 1.0",
            "Content-Transfer-Encoding: quoted-printable"]
    if filename:
        head.append(f'Content-Disposition: attachment; filename="{filename}"')
    return _part(head, quoted_printable(text))


def quoted_printable(text: str) -> bytes:
    """RFC 2045 quoted-printable of UTF-8 text with CRLF line ends (hard breaks kept, soft at 76)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    return binascii.b2a_qp(lines, quotetabs=False, istext=True, header=False).replace(b"\n", CRLF)


def binary_part(mimetype: str, data: bytes, filename: str) -> bytes:
    """Any attachment, base64 in 76-character lines."""
    encoded = b"".join(binascii.b2a_base64(data[i:i + 57]) for i in range(0, len(data), 57))
    head = [f"Content-Type: {mimetype}", "MIME-Version: 1.0", "Content-Transfer-Encoding: base64",
            f'Content-Disposition: attachment; filename="{filename}"']
    return _part(head, encoded.replace(b"\n", CRLF))


def message_part(original: bytes, filename: str) -> bytes:
    """The original mail as message/rfc822, byte for byte (line ends made CRLF), so whoever gets a
    forward can open it as the sender wrote it. A message/rfc822 part may not be base64-encoded
    (RFC 2046 5.2.1): when the original has lines no server would carry, or NUL bytes, it goes as
    an opaque attachment instead."""
    body = original.replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\n", CRLF)
    if b"\0" in body or any(len(line) > MAX_LINE for line in body.split(CRLF)):
        return binary_part("application/octet-stream", original, filename)
    head = ["Content-Type: message/rfc822", "MIME-Version: 1.0",
            f'Content-Disposition: attachment; filename="{filename}"']
    if not body.isascii():
        head.append("Content-Transfer-Encoding: 8bit")
    return _part(head, body)


def multipart(subtype: str, boundary: str, parts: Iterable[bytes]) -> bytes:
    """multipart/SUBTYPE of the parts. The boundary must not occur in them: ours contain "=_", which
    quoted-printable and base64 never produce, and a token unlikely in an attached original."""
    delimiter = b"--" + boundary.encode("ascii")
    body = b"".join(delimiter + CRLF + part + CRLF for part in parts) + delimiter + b"--" + CRLF
    head = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"', "MIME-Version: 1.0"]
    return _part(head, body)


def message(headers: Sequence[tuple[str, str]], body: bytes) -> bytes:
    """Top-level headers (values already safe: one line each, non-ASCII encoded) before a part."""
    return "".join(f"{name}: {value}\r\n" for name, value in headers).encode("ascii") + body


def unstructured(value: str) -> str:
    """A header text on one line; RFC 2047 encoded-words when not ASCII."""
    value = " ".join(value.split())  # no CR/LF can start a header of its own
    return value if value.isascii() else Header(value, "utf-8").encode(linesep="\r\n")


def fold_ids(ids: Sequence[str]) -> str:
    """Message-ID lists (References) folded between ids, so no line grows past the limit."""
    return "\r\n ".join(ids)


def _part(head: list[str], body: bytes) -> bytes:
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body
