"""bytes -> ParsedMail: who wrote, what is new in the text, and whether a machine wrote it.

Pure: no I/O, no clock. Any input gives a ParsedMail (defects are recorded) so the pipeline never
dies on a bad message; work is bounded by the size caps below.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from email import policy
from email.message import Message
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser, BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser

MAX_TEXT_CHARS = 200_000  # new text beyond this is not read for intent
MAX_PARTS = 500  # parts walked per message
MAX_RAW_BYTES = 5_000_000  # enough for any text part; attachments beyond it are not read


@dataclass(frozen=True)
class ParsedMail:
    message_key: str
    message_id: str | None
    subject: str
    from_name: str | None
    from_email: str
    reply_to: str | None
    to: tuple[str, ...]
    cc: tuple[str, ...]
    in_reply_to: str | None
    references: tuple[str, ...]
    text: str  # the new text: no quoted history, no signature
    signature: str
    quoted: str
    forwarded: str  # the body of a forwarded message, when the mail forwards one
    forwarded_from: tuple[str | None, str] | None  # (name, address) of the forwarded message's author
    language: str
    automated: str | None  # None | "auto_reply" | "bounce" | "bulk"
    automation_reasons: tuple[str, ...] = ()
    suppress_auto_response: bool = False
    bounced_recipients: tuple[str, ...] = ()
    bounce_permanent: bool | None = None
    bounced_message_id: str | None = None  # the Message-ID of the mail that bounced (ours, we hope)
    calendar_method: str | None = None  # METHOD of a text/calendar part: REPLY is a calendar's answer
    defects: tuple[str, ...] = field(default_factory=tuple)
    cc_names: tuple[tuple[str, str], ...] = ()  # (display name, address) of Cc'd people who have a name
    sent: datetime | None = None  # the Date header (aware), when it can be read: 'donderdag' in a mail of that week
    forwarded_to: tuple[str, ...] = ()  # the To:/Aan: line of a forwarded message, one entry a recipient as written
    # ('Vos, Michiel', 'info@example.org'): to whom the original went


# ---------------------------------------------------------------- identity

def message_key(raw: bytes) -> str:
    """The idempotency key: the Message-ID, or a hash of the bytes when there is none."""
    head = raw[:65536].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    found = _MESSAGE_ID.findall(head)
    if len(found) == 1 and found[0].isascii():  # the usual case: five times faster than the parser
        return _key(found[0].decode("ascii"), raw)
    try:
        mid = BytesHeaderParser(policy=policy.compat32).parsebytes(head).get("Message-ID")
    except Exception:  # noqa: BLE001 - a header we cannot read is a message without Message-ID
        mid = None
    return _key(mid, raw)


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)


def _key(mid: object, raw: bytes) -> str:
    clean = _clean_msgid(str(mid)) if mid else None
    return f"mid:{clean}" if clean else "sha256:" + hashlib.sha256(raw).hexdigest()


_ANGLE_ID = re.compile(r"<[^<>\s]+>")  # '<…@…>' in Message-ID, In-Reply-To and References


def _clean_msgid(value: str) -> str | None:
    value = " ".join(value.split())
    match = _ANGLE_ID.search(value)
    if match:
        return match.group(0)[:990]
    return value[:990] or None


# ---------------------------------------------------------------- parse

def parse(raw: bytes) -> ParsedMail:
    defects: list[str] = []
    original = raw
    if len(raw) > MAX_RAW_BYTES:
        defects.append(f"message of {len(raw)} bytes truncated to {MAX_RAW_BYTES}")
        raw = raw[:MAX_RAW_BYTES]
    raw, cut = _cap_parts(raw)
    if cut:
        defects.append(f"more than {MAX_PARTS} MIME parts; the rest not read")
    if b"\x00" in raw:
        defects.append("NUL bytes removed")
        raw = raw.replace(b"\x00", b"")
    # compat32 leaves headers raw: we decode only the few we read (policy.default parses every header
    # into objects, which took two thirds of the time).
    renamed, names = _usual_boundaries(raw)
    msg = _message_tree(renamed)
    defects += [type(d).__name__ for d in msg.defects][:20]

    from_name, from_email = _address(msg, "From", defects)
    body, attached, part_defects = _body_text(msg)
    body = _restore_boundaries(body, names)  # a bounce that quotes a MIME source shows it as it was
    defects += part_defects
    new, quoted, forwarded = split_quoted(body[:MAX_TEXT_CHARS])
    subject = _header(msg, "Subject", defects)
    if not forwarded and quoted and _FORWARD_SUBJECT.match(subject):
        forwarded, quoted = quoted, ""  # Outlook forwards its original as a "Van:/Verzonden:" block
    forwarded_from, forwarded_to = None, ()
    if forwarded:
        forwarded_to = forwarded_recipients(forwarded)
        forwarded_from, forwarded = forwarded_author(forwarded)
    elif attached:
        forwarded_from, forwarded = attached
    text, signature = split_signature(new)
    automated, reasons, suppress = automation_markers(msg, from_email, subject)
    recipients, permanent, bounced_id = bounce_details(msg) if automated == "bounce" else ((), None, None)
    return ParsedMail(
        message_key=_key(msg.get("Message-ID"), original),
        message_id=_clean_msgid(_header(msg, "Message-ID", defects)),
        subject=subject,
        from_name=from_name,
        from_email=from_email,
        reply_to=_address(msg, "Reply-To", defects)[1] or None,
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        cc_names=_named(msg, "Cc"),
        in_reply_to=_clean_msgid(_header(msg, "In-Reply-To", defects)),
        references=tuple(_ANGLE_ID.findall(_header(msg, "References", defects)))[-50:],
        text=text.strip(),
        signature=signature.strip(),
        quoted=quoted.strip(),
        forwarded=forwarded.strip(),
        forwarded_from=forwarded_from,
        forwarded_to=forwarded_to,
        language=detect_language(subject + "\n" + (text or forwarded)),
        automated=automated,
        automation_reasons=reasons,
        suppress_auto_response=suppress,
        bounced_recipients=recipients,
        bounce_permanent=permanent,
        bounced_message_id=bounced_id,
        calendar_method=_calendar_method(msg),
        defects=tuple(defects),
        sent=_sent(_header(msg, "Date", defects)),
    )


def _message_tree(raw: bytes, plain_walk: bool = True) -> Message:
    """The MIME tree compat32's parser builds. Mail as clients write it is read with a plain walk over
    header lines and boundaries: the email package's feed parser reads a message line by line through
    layers of generators, a seventh of parse. Anything unusual (a lone CR, a message/* part, a part
    without headers or a closing boundary line, a line that is no header) goes to the email package
    itself; a test holds both to the same ParsedMail on every corpus mail."""
    text = raw.decode("ascii", "surrogateescape")  # what BytesParser reads too
    if plain_walk and text.count("\r") == text.count("\r\n") and (msg := _walk(text)) is not None:
        return msg
    return BytesParser(_IndexedMessage, policy=policy.compat32).parsebytes(raw)


_HEAD_END = re.compile(r"\r?\n\r?\n")
_LAST_EOL = re.compile(r"\r?\n\Z")
_FIELD_LINE = re.compile(r"[\041-\071\073-\176]+:|[\t ]")  # a field name and its colon, or a folded line


def _walk(text: str, depth: int = 0) -> Message | None:
    """One part (or the message) and the parts inside it, or None: leave it to the email package."""
    end = _HEAD_END.search(text)
    if end is None or end.start() == 0 or (msg := _headers_of(text[: end.start()])) is None:
        return None
    body = text[end.end():]
    if msg.get_content_maintype() == "message" or msg.get_content_type() == "multipart/digest":
        return None  # attached mail, delivery reports: the email package reads their insides
    if msg.get_content_maintype() != "multipart":
        msg.set_payload(body)
        return msg
    boundary = msg.get_boundary()
    if not boundary or depth > 5 or str(msg.get("content-transfer-encoding", "8bit")).lower() not in ("7bit", "8bit", "binary"):
        return None
    marks = list(re.finditer(r"^--" + re.escape(boundary) + r"(--)?[ \t]*(?:\r\n|\n|\Z)", body, re.M))
    if not marks or not marks[-1].group(1) or any(m.group(1) for m in marks[:-1]):
        return None  # no closing line, or one before the last part
    parts = []
    for start, stop in zip(marks, marks[1:]):
        if start.end() == stop.start():
            continue  # two boundary lines in a row: no part between them
        part = _walk(_LAST_EOL.sub("", body[start.end(): stop.start()]), depth + 1)  # the line end before a
        if part is None:  # boundary belongs to the boundary (RFC 2046)
            return None
        parts.append(part)
    if not parts:
        return None
    msg.set_payload(parts)
    msg.preamble = _LAST_EOL.sub("", body[: marks[0].start()]) if marks[0].start() else None
    msg.epilogue = body[marks[-1].end():] or None
    return msg


def _headers_of(head: str) -> Message | None:
    """compat32's reading of a header block ('Name: value' lines, folded ones joined), or None."""
    msg = _IndexedMessage()
    name, value = None, []
    for line in head.split("\n"):
        if not _FIELD_LINE.match(line) or line.startswith("From "):
            return None
        if line[0] in " \t":
            if name is None:
                return None
            value.append(line + "\n")
            continue
        if name is not None:
            msg.set_raw(*policy.compat32.header_source_parse(value))
        name, value = line[: line.index(":")], [line + "\n"]
    if name is not None:
        msg.set_raw(*policy.compat32.header_source_parse(value))
    return msg


_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|fw|doorst|wg|tr)\s*:", re.I)


class _IndexedMessage(Message):
    """compat32's Message, but a header lookup is a dict access instead of a scan of every header:
    parse reads some fifty per mail. The index is rebuilt whenever the header count changed (the
    parser adds headers one by one, and reads Content-Type while it goes)."""

    _index: tuple[int, dict[str, list[Any]]] | None = None

    def _lookup(self) -> dict[str, list[Any]]:
        headers = self._headers  # type: ignore[attr-defined]
        if self._index is None or self._index[0] != len(headers):
            index: dict[str, list[Any]] = {}
            for key, value in headers:
                index.setdefault(key.lower(), []).append(value)
            self._index = (len(headers), index)
        return self._index[1]

    def get(self, name: str, failobj: Any = None) -> Any:  # type: ignore[override]
        values = self._lookup().get(name.lower())
        return self.policy.header_fetch_parse(name, values[0]) if values else failobj

    def get_all(self, name: str, failobj: Any = None) -> Any:  # type: ignore[override]
        values = self._lookup().get(name.lower())
        return [self.policy.header_fetch_parse(name, v) for v in values] if values else failobj

    _ctype: tuple[int, str, str] | None = None

    def get_content_type(self) -> str:
        """Cached: the parser and parse ask each part for it some twenty times per mail."""
        cached, count, default = self._ctype, len(self._headers), self.get_default_type()  # type: ignore[attr-defined]
        if cached is None or cached[0] != count or cached[1] != default:
            cached = self._ctype = (count, default, super().get_content_type())
        return cached[2]

    def _get_params_preserve(self, failobj: Any, header: str) -> Any:
        """Message's helper behind get_param, get_params and get_boundary, with the parameters of each
        distinct header value read once: Message reads them anew for every parameter asked (charset,
        format, boundary), which took a twentieth of parse, and mails carry the same few Content-Type
        values. Keyed by the value itself, so a changed header is read again."""
        values = self._lookup().get(header.lower())
        if not values:
            return failobj
        if not isinstance(values[0], str):
            return super()._get_params_preserve(failobj, header)  # type: ignore[misc]
        return list(_header_params(header, values[0]))

    def __setitem__(self, name: str, val: Any) -> None:
        super().__setitem__(name, val)
        self._index = None
        self._ctype = None

    def __delitem__(self, name: str) -> None:
        super().__delitem__(name)
        self._index = None
        self._ctype = None

    def replace_header(self, _name: str, _value: Any) -> None:
        super().replace_header(_name, _value)
        self._index = None
        self._ctype = None


@functools.lru_cache(maxsize=256)
def _header_params(name: str, value: str) -> tuple[tuple[str, Any], ...]:
    """What Message reads as the parameters of header ``name`` holding ``value`` (its own code, on a
    message holding only that header)."""
    alone = Message()
    alone.set_raw(name, value)
    return tuple(alone._get_params_preserve(None, name))  # type: ignore[attr-defined]


_SIMPLE_ADDRESS = re.compile(r'^\s*(?:"?([^"<>,;@]*?)"?\s*<([^<>\s",;]+@[^<>\s",;]+)>|([^<>\s",;]+@[^<>\s",;]+))\s*$')


_BOUNDARY = re.compile(rb'boundary\s*=\s*"?([^"\s;]{1,70})"?')  # matched on lowercased bytes


def _boundary_params(raw: bytes) -> list[bytes]:
    """The values of every 'boundary=' (any case), as written.

    A case-blind regex scans bytes three times slower than a literal one; bytes.lower() changes only
    A-Z and keeps every offset, so the spans found in the lowercased copy are those in raw."""
    return [raw[m.start(1):m.end(1)] for m in _BOUNDARY.finditer(raw.lower())]


def _usual_boundaries(raw: bytes) -> tuple[bytes, dict[str, str]]:
    """The same message with its MIME boundaries renamed to a few fixed ones.

    The email package compiles a regular expression for every boundary it meets (0.25 ms each),
    and every mail has boundaries of its own, so Python's pattern cache never helps: for an
    Outlook mail that was a third of parse. Renamed, each pattern is compiled once per process.
    Longer boundaries are renamed first (one may contain another); a mail that already holds
    one of our names, or a boundary we cannot rename safely, is left as it is."""
    found = sorted({b for b in _boundary_params(raw[:200_000])  # only those that do delimit parts
                    if len(b) >= 8 and b"\n--" + b in raw}, key=len, reverse=True)
    if not found or len(found) > 20 or b"=_mb_" in raw:
        return raw, {}
    names = {}
    for number, boundary in enumerate(found):
        name = b"=_mb_%02d_=" % number
        raw = raw.replace(boundary, name)
        names[name.decode()] = boundary.decode("latin-1")
    return raw, names


def _restore_boundaries(text: str, names: dict[str, str]) -> str:
    if "=_mb_" not in text:
        return text
    for name, boundary in names.items():
        text = text.replace(name, boundary)
    return text


def _cap_parts(raw: bytes) -> tuple[bytes, bool]:
    """Cut the bytes before the MAX_PARTS-th boundary line, so the MIME parser's work stays bounded."""
    pos = -1
    for _ in range(MAX_PARTS * 2):
        pos = raw.find(b"\n--", pos + 1)
        if pos < 0:
            return raw, False
    return raw[:pos], True


def _sent(value: str) -> datetime | None:
    """The Date header as an aware time; a date without a zone is taken as UTC, a bad one as unknown."""
    try:
        sent = parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return sent.replace(tzinfo=timezone.utc) if sent is not None and sent.tzinfo is None else sent


def _calendar_method(msg: Message) -> str | None:
    for count, part in enumerate(msg.walk()):
        if count > MAX_PARTS:
            break
        if part.get_content_type() == "text/calendar":
            method = part.get_param("method")
            if not method:
                body = (part.get_payload(decode=True) or b"")[:20000]
                found = re.search(rb"^METHOD:(\w+)", body, re.M)
                method = found.group(1).decode() if found else None
            return str(method).upper() if method else None
    return None


def _header(msg: Message, name: str, defects: list[str]) -> str:
    value = msg.get(name)
    return _decoded(value, defects, name)[:2000] if value is not None else ""


def _decoded(value: object, defects: list[str] | None = None, name: str = "") -> str:
    """RFC 2047 encoded words decoded; an undecodable one is kept as it is, and recorded."""
    text = str(value)
    if "=?" in text:
        try:
            text = str(make_header(decode_header(text)))
        except Exception as exc:  # noqa: BLE001 - a malformed encoded word: keep the raw text
            if defects is not None:
                defects.append(f"undecodable {name} header: {type(exc).__name__}")
    return " ".join(text.split())


def _raw_all(msg: Message, name: str) -> list[str]:
    return [str(v) for v in msg.get_all(name, [])][:20]


def _address(msg: Message, name: str, defects: list[str]) -> tuple[str | None, str]:
    value = " ".join(str(msg.get(name, "")).split())
    if not value:  # no such header (Reply-To mostly): what parseaddr('') gives, without its parser
        return None, ""
    simple = _SIMPLE_ADDRESS.match(value)  # 'Jan Jansen <jan@…>' or a bare address: no need for the full parser
    display, addr = (simple.group(1) or "", simple.group(2) or simple.group(3)) if simple else parseaddr(value)
    if "@" not in addr and "=?" in value:  # the whole 'Name <address>' in encoded words, as some webmail writes it
        defects.append(f"{name} header: the address itself is encoded")
        display, addr = parseaddr(_decoded(value, defects, name))
        return (display.strip(' "') or None), addr.strip().lower()
    return (_decoded(display, defects, name).strip(' "') or None), addr.strip().lower()


def _named(msg: Message, name: str) -> tuple[tuple[str, str], ...]:
    values = _raw_all(msg, name)
    if not values:  # most mails have no Cc: skip the address parser
        return ()
    return tuple((_decoded(n).strip(' "'), a.lower()) for n, a in getaddresses(values) if a and n.strip())[:100]


def _addresses(msg: Message, name: str) -> tuple[str, ...]:
    values = _raw_all(msg, name)
    simple = [_SIMPLE_ADDRESS.match(v) for v in values]  # most To: and Cc: headers hold one plain address each
    if all(simple):
        return tuple((m.group(2) or m.group(3)).strip().lower() for m in simple if m)[:100]
    return tuple(a.lower() for _, a in getaddresses(values) if a)[:100]


# ---------------------------------------------------------------- body

Forward = tuple[tuple[str | None, str] | None, str]


def _body_text(msg: Message) -> tuple[str, Forward | None, list[str]]:
    """The readable text (plain preferred, HTML converted) and any attached forwarded message."""
    defects: list[str] = []
    plain: str | None = None
    html: str | None = None
    forwarded: Forward | None = None
    for count, part in enumerate(msg.walk()):
        if count >= MAX_PARTS:
            defects.append(f"more than {MAX_PARTS} parts; the rest ignored")
            break
        ctype = part.get_content_type()
        if ctype == "message/rfc822" and not forwarded:
            inner = part.get_payload()
            if isinstance(inner, list) and inner:
                name, addr = _address(inner[0], "From", defects)
                forwarded = ((name, addr) if addr else None, _with_nested(*_body_text(inner[0])[:2]))
            continue
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        if ctype == "text/plain" and plain is None:
            plain = _decode(part, defects)
            if (part.get_param("format") or "").lower() == "flowed":
                plain = unflow(plain, delsp=(part.get_param("delsp") or "").lower() == "yes")
        elif ctype == "text/html" and html is None:
            html = _decode(part, defects)
    if plain is not None and plain.strip() and not (html and _flattened_table(plain, html)):
        return plain, forwarded, defects
    if html is not None:
        return html_to_text(html), forwarded, defects
    return plain or "", forwarded, defects


_TABLE_ROW = re.compile(r"<tr\b.*?</tr>", re.I | re.S)
_CELL = re.compile(r"<t[dh]\b.*?</t[dh]>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def _flattened_table(plain: str, html: str) -> bool:
    """Outlook's plain text puts each cell of a table on a paragraph of its own ('Naam' / 'Functie' / 'Bram Wessels' /
    'directeur'), so that no row is a line: the HTML part, whose rows become lines, is then the better text. Only
    for a table of rows with two or more cells of words, written in the plain part with no row kept on a line."""
    if "<t" not in html.lower() or "\t" in plain:
        return False
    rows = [[c for cell in _CELL.findall(row) if (c := " ".join(_TAG.sub(" ", cell).replace("&nbsp;", " ").split()))]
            for row in _TABLE_ROW.findall(html[:200_000])]
    rows = [row for row in rows if len(row) >= 2]
    return len(rows) >= 2 and all(f"{row[0]}\n\n{row[1]}" in plain for row in rows[:3])


def _with_nested(text: str, nested: Forward | None) -> str:
    """An attached message's text, with the message attached to it in turn written under it as a forward
    header block: a secretary forwards, as an attachment, her director's mail that forwards his own."""
    if nested is None:
        return text
    author, inner = nested
    who = f"{author[0] or ''} <{author[1]}>".strip() if author else ""
    return f"{text.rstrip()}\n\n---------- Forwarded message ---------\nFrom: {who}\n\n{inner}"


def unflow(text: str, delsp: bool = False) -> str:
    """RFC 3676 format=flowed: a line that ends in a space goes on in the next line (Thunderbird, Apple
    Mail and many webmails wrap at 72). Joined, 'neemt mijn plaats in' is one phrase again."""
    out: list[str] = []
    joined: str | None = None
    depth = 0
    for raw in text.replace("\r\n", "\n").split("\n"):
        level = len(raw) - len(raw.lstrip(">"))
        line = raw[level:]
        line = line[1:] if line.startswith(" ") else line  # space-stuffing
        if joined is not None and level != depth:  # a flowed line must go on at its own quote depth
            out.append(_quoted(joined, depth))
            joined = None
        joined, depth = (joined or "") + line, level
        if line.endswith(" ") and line != "-- ":
            if delsp:
                joined = joined[:-1]
            continue
        out.append(_quoted(joined, depth))
        joined = None
    if joined is not None:
        out.append(_quoted(joined, depth))
    return "\n".join(out)


def _quoted(line: str, depth: int) -> str:
    return f"{'>' * depth} {line}" if depth else line


def _decode(part: Message, defects: list[str]) -> str:
    payload = part.get_payload(decode=True) or b""
    declared = part.get_content_charset() or "utf-8"
    for charset in (declared, "utf-8", "cp1252"):
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    defects.append(f"undecodable text in charset {declared}")
    return payload.decode("latin-1")


class _TextExtractor(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "table", "blockquote", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote_depth = 0
        self.row = 0  # inside a table row: cells are separated by tabs, the row is one line
        self.table = 0
        self.row_starts: list[int] = []  # where each open row began in out

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag == "blockquote":
            self.quote_depth += 1
        if tag == "tr":
            self.row += 1
            if self.out and not self.out[-1].endswith("\n"):
                self.out.append("\n")  # one line per row, no blank line between rows
            self.row_starts.append(len(self.out))
        if tag == "table":
            self.table += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self.skip = max(0, self.skip - 1)
        if tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)
        if tag == "tr":
            self.row = max(0, self.row - 1)
            if self.row_starts:
                self._one_line(self.row_starts.pop())
            self.out.append("\n")
        if tag == "table":
            self.table = max(0, self.table - 1)
        if tag in ("td", "th") and self.row:
            self.out.append("\t")  # 'Naam<td>Functie' is not 'NaamFunctie'
        if tag in self.BLOCK:
            self.out.append("\n")

    def _one_line(self, start: int) -> None:
        """A row of short cells on one line, even when each cell holds paragraphs (Outlook writes
        '<td><p class=MsoNormal>Naam</p></td>'). A row of long cells is layout, and keeps its lines."""
        cells = "".join(self.out[start:]).rstrip("\t").split("\t")
        flat = [" ".join(cell.split()) for cell in cells]
        if sum(bool(cell) for cell in flat) >= 2 and not self.quote_depth and all(len(cell) <= 120 for cell in flat):
            self.out[start:] = ["\t".join(flat) + "\t"]

    def handle_data(self, data: str) -> None:
        if self.skip or self.table and not self.row and not data.strip():
            return  # the source's line breaks between rows: rows follow each other
        if self.row and not self.quote_depth:
            data = data.replace("\n", " ")  # the source's line breaks inside a row are spaces
        if self.quote_depth:
            data = "\n".join("> " + line for line in data.split("\n"))
        self.out.append(data)


def html_to_text(html: str) -> str:
    """Readable text from HTML: blocks become lines, quoted blocks keep a '>' marker."""
    parser = _TextExtractor()
    try:
        parser.feed(html[: MAX_TEXT_CHARS * 4])
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; this is the last resort
        return re.sub(r"<[^>]+>", " ", html)
    text = "".join(parser.out).replace("\xa0", " ")
    lines = ["\t".join(cell for cell in (" ".join(c.split()) for c in line.split("\t")) if cell)
             for line in text.split("\n")]  # table cells keep their tab
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ---------------------------------------------------------------- quotes and signatures

_FORWARD_MARKERS = re.compile(
    r"^\s*-{2,}\s*(doorgestuurd bericht|forwarded message|begin forwarded message|"
    r"oorspronkelijk bericht|original message|originele? bericht)\s*-*\s*:?\s*$"
    r"|^\s*(begin (van het )?doorgestuurde? bericht|begin forwarded message)\s*:?\s*$",
    re.IGNORECASE,
)
_QUOTE_HEADERS = (
    re.compile(r"^\s*(on|op)\b.{4,200}\b(wrote|schreef)\b.{0,80}:\s*$", re.IGNORECASE),
    re.compile(r"^\s*.{0,200}het volgende geschreven\s*:\s*$", re.IGNORECASE),
    re.compile(r"^\s*_{10,}\s*$"),
)
_ON_OP = re.compile(r"^\s*(on|op)\b", re.IGNORECASE)  # a quote header broken over two lines
_OUTLOOK_FROM = re.compile(r"^\s*\**(van|from)\s*:\**\s+\S", re.IGNORECASE)
_OUTLOOK_NEXT = re.compile(r"^\s*\**(verzonden|sent|datum|date|aan|to|onderwerp|subject)\s*:", re.IGNORECASE)
# A line can start the quote or the forward only if it matches this: each test in split_quoted
# implies one branch (a forward marker starts with '-' or 'begin', a quote header with 'on'/'op' or '_'
# or ends in ':', an Outlook block with 'van'/'from', a quote with '>'). Most lines then cost one
# regex instead of seven.
_QUOTE_CANDIDATE = re.compile(r"^\s*(?:-|_|>|begin|(?:on|op)\b|\**(?:van|from))|^.*:\s*$", re.IGNORECASE)


def split_quoted(body: str) -> tuple[str, str, str]:
    """(new text, quoted history, forwarded message) of a body."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    last_own: int | None = None  # found at the first '>' line
    for i, line in enumerate(lines):
        if not _QUOTE_CANDIDATE.match(line):
            continue
        if _FORWARD_MARKERS.match(line):
            rest = "\n".join(lines[i + 1 :])
            kind = line.lower()
            if "doorgestuurd" in kind or "forward" in kind:
                return "\n".join(lines[:i]), "", rest
            return "\n".join(lines[:i]), rest, ""
        if any(p.match(line) for p in _QUOTE_HEADERS) or (
            _ON_OP.match(line) and _QUOTE_HEADERS[0].match(" ".join(lines[i : i + 2]))
        ):
            below, quote = _below_quote(lines[i:])
            return "\n".join(lines[:i] + below), "\n".join(quote), ""
        if _OUTLOOK_FROM.match(line) and any(_OUTLOOK_NEXT.match(n) for n in lines[i + 1 : i + 4]):
            return "\n".join(lines[:i]), "\n".join(lines[i:]), ""
        if line.startswith(">"):
            if last_own is None:
                last_own = _last_own_line(lines)
            if i > last_own:  # only blank and quoted lines from here on
                return "\n".join(lines[:i]), "\n".join(lines[i:]), ""
    new = [line for line in lines if not line.startswith(">")]
    quoted = [line for line in lines if line.startswith(">")]
    return "\n".join(new), "\n".join(quoted), ""


def _last_own_line(lines: list[str]) -> int:
    """The index of the last line that is neither blank nor quoted ('>'), -1 if there is none: found once,
    so a mail of many '>' lines between lines of its own is not read again for each of them."""
    for k in range(len(lines) - 1, -1, -1):
        if lines[k].strip() and not lines[k].startswith(">"):
            return k
    return -1


def _below_quote(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the writer's lines, the quote) of a quote header and what follows it ('On … wrote:' / '> …' /
    'I'll be there on the 24th'): bottom-posting and answers inline. Lines before the first '>' line
    belong to the quote header; without '>' lines it is all quote."""
    first = next((n for n, line in enumerate(lines) if line.startswith(">")), None)
    if first is None or first > 3:
        return [], lines
    own = [line for line in lines[first:] if not line.startswith(">")]
    if not any(line.strip() for line in own):
        return [], lines
    return own, lines[:first] + [line for line in lines[first:] if line.startswith(">")]


def forwarded_author(text: str) -> tuple[tuple[str | None, str] | None, str]:
    """((name, address) from the From:/Van: line, body) of a forwarded message's text."""
    lines = text.split("\n")
    author = None
    i = 0
    while i < len(lines) and i <= 12 and (not lines[i].strip() or _HEADER_LINE.match(lines[i])):
        match = _AUTHOR_LINE.match(lines[i])
        if match and author is None:
            angle = _NAME_ANGLE_ADDRESS.match(match.group(1))  # 'Westerveld, Pim <p@…>'
            name, addr = (angle.group(1), angle.group(2)) if angle else parseaddr(match.group(1))
            author = (name.strip() or None, addr.lower()) if "@" in addr else None
        i += 1
    return author, "\n".join(lines[i:])


def forwarded_recipients(text: str) -> tuple[str, ...]:
    """The recipients on the To:/Aan: line of a forwarded message's header block, as written: 'Aan: Vos, Michiel' is one
    (Outlook parts recipients with ';'), 'To: a@x.nl, b@y.nl' two."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:13]):
        if line.strip() and not _HEADER_LINE.match(line):
            break
        if match := _RECIPIENT_LINE.match(line):
            parts = [part.strip() for part in match.group(1).split(";")]
            return tuple(piece.strip() for part in parts for piece in (part.split(",") if part.count("@") > 1 else [part]) if piece.strip())
    return ()


# (Apple Mail quotes a forwarded message's header block too: '> Van: Organisatie bijeenkomsten <…>')
_HEADER_LINE = re.compile(r"^[\s>]*\**[\w -]{2,20}\s*:\**\s")
_RECIPIENT_LINE = re.compile(r"^[\s>]*\**(?:aan|to)\s*:\**\s*(.+)$", re.IGNORECASE)
_AUTHOR_LINE = re.compile(r"^[\s>]*\**(?:van|from|afzender)\s*:\**\s*(.+)$", re.IGNORECASE)  # 'Afzender:' (Thunderbird in Dutch)
_NAME_ANGLE_ADDRESS = re.compile(r"\s*\"?([^<>\"]*?)\"?\s*<([^<>@\s]+@[^<>\s]+)>")


_CLOSINGS = re.compile(
    r"^\s*(met\s+)?(vriendelijke|hartelijke|beste|goede|collegiale|zonnige)?\s*(groet(en)?|groetjes)\b[ ,.!]*"
    r"|^\s*mei\s+(freonlike|bêste)\s+groet(nis)?\b[ ,.!]*"  # Frisian
    r"|^\s*(mvg|m\.v\.g\.|vr\.?\s*gr\.?|gr\.?|grt\.?)(\s*,?\s*$|\s+(?=[A-Z]))"
    r"|^\s*(with\s+)?(kind|best|warm|warmest|many thanks and)?\s*regards\b[ ,.!]*"
    r"|^\s*(best wishes|sincerely|yours sincerely|yours faithfully|cheers|all the best)\b[ ,.!]*"
    r"(?=$|[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,2}\s*$)"  # 'Cheers, Tom', not 'Cheers for confirming. One more …'
    r"|^\s*(best|thanks|thank you|many thanks|thanks in advance|dank|dank je wel|dank u wel|alvast (?:hartelijk )?(?:bedankt|dank)|bij voorbaat dank|bedankt)\s*[,!]\s*$"
    r"|^\s*(dank|bedankt|thanks)\s+(en|and)\s+(groet(en)?|regards)\b[ ,.!]*"  # 'Dank en groet,'
    r"|^--\s*$",
    re.IGNORECASE,
)
_INLINE_CLOSING = re.compile(r"[.!?]\s+(?:groet(?:en|jes)?|gr\.?|mvg|cheers|regards|thanks),?\s+([A-ZÀ-Ý][\w'-]+(?:\s[A-ZÀ-Ý][\w'-]+)?)\s*$",
                             re.IGNORECASE)
_FOOTER = re.compile(r"^\s*(verstuurd|verzonden|sent|get outlook|outlook voor|outlook for|download outlook)\b",
                     re.IGNORECASE)
_SIGNATURE_LINE = re.compile(r"^[A-ZÀ-Ý][\w'.()&|/,\- ]{1,70}$")
# 'Sanne Mulder, directeur Bibliotheek Vechtstreek-Noord': a name, then a role or a library.
_NAME_AND_ROLE = re.compile(r"^[A-ZÀ-Ý][\w'-]+(?:\s+(?:van|de|der|den|ter|ten|te|el|[A-ZÀ-Ý][\w'-]+)){1,3}\s*[,|/–]\s*"
                            r"(?:\w*directeu?r\w*|directrice|bestuurder|manager|hoofd|head|coördinator|coordinator|adviseur"
                            r"|(?:de\s+)?bibliothe\w*|library)\b[^.?!]{0,70}$", re.I)


def split_signature(text: str) -> tuple[str, str]:
    """(text, signature): from the closing formula on; without one, a trailing block of short
    name/role/organisation lines ('Erik Hoogland / directeur-bestuurder Bibliotheek Gooi-Oost')."""
    lines = [line for line in text.split("\n") if not _FOOTER.match(line)]
    for i, line in enumerate(lines):
        if i > 0 and _CLOSINGS.match(line):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    while lines and not lines[-1].strip():
        lines.pop()
    inline = _INLINE_CLOSING.search(lines[-1]) if lines else None
    if inline:  # 'Ik kom 24/6. Groet, Hans'
        return "\n".join(lines[:-1] + [lines[-1][: inline.start() + 1]]), "--\n" + inline.group(1)
    while lines and not lines[-1].strip():
        lines.pop()
    start = len(lines)
    while start > 1 and lines[start - 1].strip() and _SIGNATURE_LINE.match(lines[start - 1].strip()) \
            and len(lines) - start < 4:
        start -= 1
    if start < len(lines) and start > 0 and not lines[start - 1].strip():
        return "\n".join(lines[:start]), "--\n" + "\n".join(lines[start:])  # '--': as if a closing line
    if len(lines) > 1 and _NAME_AND_ROLE.match(lines[-1].strip()):  # right under the text, no blank line
        return "\n".join(lines[:-1]), "--\n" + lines[-1].strip()
    return "\n".join(lines), ""


# ---------------------------------------------------------------- language

_NL = set("de het een en van ik mij me u je wij graag voor bij met op is zijn niet ook aan dat die wil "
          "heb hebt heeft kan kom komen naar om te over uw onze ons wat wie wanneer dank".split())
_EN = set("the a an and of i me my you we please for at with on is are not also to that this would like "
          "have has can come attend about your our what who when thank thanks register".split())


_WORD = re.compile(r"[a-zà-ÿ]+")


def detect_language(text: str) -> str:
    words = _WORD.findall(text.lower()[:5000])
    nl = sum(w in _NL for w in words)
    en = sum(w in _EN for w in words)
    return "en" if en > nl else "nl"


# ---------------------------------------------------------------- automation

_OOO_SUBJECT = re.compile(
    r"^\s*(automatisch antwoord|automatic reply|auto(matic)?[- ]?reply|autoreply|afwezig(?:heids?\w*)?|"
    r"niet aanwezig|niet op kantoor|out of (the )?office|abwesenheit|absence|vakantie|on vacation|"
    r"automatische? (antwoord|reply|antwort)|r[ée]ponse automatique|respuesta autom[aá]tica|risposta automatica)\b",  # 'Réponse automatique : …'
    re.IGNORECASE,
)


_BOUNCE_SUBJECT = re.compile(r"^\s*(undeliver(?:able|ed)|onbestelbaar|niet bezorgd|delivery status notification|"
                             r"mail delivery (?:failed|failure)|returned mail|delivery failure|failure notice)", re.I)


OOO_SUBJECT_REASON = "out-of-office subject"  # the only sign, at times: classify reads the text under it
READ_RECEIPT = "read receipt (RFC 8098)"  # a reason classify looks for: the subject is the mail that was read


def automation_markers(msg: Message, from_email: str, subject: str) -> tuple[str | None, tuple[str, ...], bool]:
    """(kind, reasons, suppress): RFC 3834 and the de-facto markers of machine-written mail. ``subject``
    decoded: '=?utf-8?Q?Automatisch_antwoord=3A?=' is an out-of-office subject too."""
    reasons: list[str] = []
    kind: str | None = None

    def mark(new_kind: str, reason: str) -> None:
        nonlocal kind
        reasons.append(reason)
        rank = {"bounce": 3, "auto_reply": 2, "bulk": 1}
        if kind is None or rank[new_kind] > rank[kind]:
            kind = new_kind

    get = lambda name: str(msg.get(name, "") or "").strip().lower()  # noqa: E731
    report_type = str(msg.get_param("report-type") or "").lower() if msg.get_content_type() == "multipart/report" else ""
    if report_type == "disposition-notification":
        mark("bulk", READ_RECEIPT)
    elif msg.get_content_type() == "multipart/report" or "delivery-status" in get("Content-Type"):
        mark("bounce", "multipart/report")
    return_path = get("Return-Path")
    local = from_email.split("@", 1)[0]
    if local in ("mailer-daemon", "postmaster") or _BOUNCE_SUBJECT.match(subject):
        mark("bounce", f"sender {local}" if local in ("mailer-daemon", "postmaster") else "delivery failure subject")
    elif return_path in ("<>", "<<>>"):
        mark("auto_reply", "null return path")  # RFC 3834: automatic, whatever else it is
    auto_submitted = get("Auto-Submitted")
    if auto_submitted and auto_submitted.split(";")[0].strip() != "no":
        mark("auto_reply", f"Auto-Submitted: {auto_submitted}")  # RFC 3834 section 5
    precedence = get("Precedence")
    if precedence in ("bulk", "list", "junk"):
        mark("bulk", f"Precedence: {precedence}")
    elif precedence == "auto_reply":
        mark("auto_reply", "Precedence: auto_reply")
    if msg.get("List-Id") or msg.get("List-Unsubscribe"):
        mark("bulk", "List-Id/List-Unsubscribe")
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder"):
        if msg.get(name) and get(name) not in ("no", "false", "0"):
            mark("auto_reply", name)
    if _OOO_SUBJECT.match(subject):
        mark("auto_reply", OOO_SUBJECT_REASON)
    # X-Auto-Response-Suppress asks us not to auto-answer; it does not make this mail automatic.
    suppress = any(v in get("X-Auto-Response-Suppress") for v in ("all", "autoreply"))
    return kind, tuple(reasons), suppress


def bounce_details(msg: Message) -> tuple[tuple[str, ...], bool | None, str | None]:
    """Failed recipients of a delivery report (RFC 3464), whether the failure is permanent, and the
    Message-ID of the returned message (from its message/rfc822 or text/rfc822-headers part)."""
    recipients: list[str] = []
    permanent: bool | None = None
    returned: str | None = None
    for count, part in enumerate(msg.walk()):
        if count > MAX_PARTS:
            break
        ctype = part.get_content_type()
        if ctype == "message/delivery-status":
            payload = part.get_payload()
            for block in payload if isinstance(payload, list) else []:
                action = str(block.get("Action", "")).lower()
                status = str(block.get("Status", ""))
                final = str(block.get("Final-Recipient", "") or block.get("Original-Recipient", ""))
                if action in ("failed", "delayed") and final:
                    recipients.append(final.split(";", 1)[-1].strip().lower())
                    is_permanent = action == "failed" and not status.startswith("4")
                    permanent = is_permanent if permanent is None else (permanent and is_permanent)
        elif ctype in ("message/rfc822", "message/global") and returned is None:
            inner = part.get_payload()
            if isinstance(inner, list) and inner:
                returned = _clean_msgid(str(inner[0].get("Message-ID", "") or ""))
        elif ctype == "text/rfc822-headers" and returned is None:
            match = re.search(r"^Message-ID:\s*(<[^>\s]+>)", part.get_payload(decode=True).decode("latin-1"), re.I | re.M)
            returned = match.group(1) if match else None
    return tuple(recipients), permanent, returned
