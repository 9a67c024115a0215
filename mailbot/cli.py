"""The `mailbot` command. Heavy modules are imported inside the commands, so `--help` stays fast.

A configuration problem prints one line (the key and the fix) and exits 2; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .understanding import Attendee

DEFAULT_CONFIG = "config/mailbot.toml"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    from .config import ConfigError

    try:
        return int(args.func(args) or 0)
    except ConfigError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mailbot", description="Registration desk for events, run by e-mail.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to every message")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    def command(name: str, func: Any, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--config", default=os.environ.get("MAILBOT_CONFIG", DEFAULT_CONFIG),
                       help=f"TOML configuration (default: $MAILBOT_CONFIG or {DEFAULT_CONFIG})")
        p.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS)
        p.set_defaults(func=func)
        return p

    run = command("run", cmd_run, "read the mailbox, register, answer; runs until stopped")
    run.add_argument("--once", action="store_true", help="process what is pending, send what is due, then exit")
    command("check", cmd_check, "validate the configuration and connect to IMAP and SMTP")
    regs = command("registrations", cmd_registrations, "print the registrations of one event")
    regs.add_argument("event_id")
    _table_options(regs)
    export = command("export", cmd_export, "write the registrations of all (or one) event(s) to a file")
    export.add_argument("--event", dest="event_id", help="only this event")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    _table_options(export)
    show = command("show", cmd_show, "what mailbot understood of one inbound message, and what it did")
    show.add_argument("message_id")
    outbox = command("outbox", cmd_outbox, "list pending and failed outgoing mail; `outbox retry ID` resends")
    outbox.add_argument("action", nargs="?", choices=("list", "retry"), default="list")
    outbox.add_argument("ids", nargs="*", type=int)
    outbox.add_argument("--all", action="store_true", help="also list mail that was sent")
    digest = command("digest", cmd_digest, "write the organisers' digest (today's, when its time has passed)")
    digest.add_argument("--now", action="store_true", help="make one now, whatever the time")
    digest.add_argument("--dry-run", action="store_true", help="print it instead of sending it")
    preview = command("preview", cmd_preview, "render one kind of mail with sample data")
    preview.add_argument("kind")
    preview.add_argument("--lang", choices=("nl", "en"), default="nl")
    preview.add_argument("--out", type=Path, help="write an .eml or .html file instead of printing the text")
    cls = command("classify", cmd_classify, "show what mailbot understands of an .eml file (or a folder of them)")
    cls.add_argument("path", type=Path)
    cls.add_argument("--json", action="store_true", help="one JSON object per message")
    cls.add_argument("--explain", action="store_true", help="say which rules fired and why")
    return parser


def _table_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--delimiter", choices=(",", ";"), default=",", help="';' for a Dutch Excel")
    p.add_argument("--no-bom", action="store_true", help="CSV without the byte-order mark Excel needs")


def _load(args: argparse.Namespace) -> tuple[Any, Any]:
    from .config import load_settings
    from .events import load_catalogue

    settings = load_settings(args.config)
    return settings, load_catalogue(settings.events_file)


# ---------------------------------------------------------------- run

def cmd_run(args: argparse.Namespace) -> int:
    import asyncio

    from .db import open_database
    from .worker import Worker

    settings, catalogue = _load(args)
    engine = open_database(settings.database.url)
    worker = Worker(settings, engine, catalogue)
    try:
        summary = asyncio.run(worker.run(once=args.once))
    except OSError as exc:
        print(f"mailbot: cannot reach the mailbox at {settings.imap.host}:{settings.imap.effective_port} ({exc}); "
              "check imap.host/imap.port/imap.tls or run `mailbot check`", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - e.g. a refused login: one line, not a traceback
        if type(exc).__module__.startswith("imapclient"):
            print(f"mailbot: IMAP error: {exc}; check imap.username/imap.password", file=sys.stderr)
            return 1
        raise
    if args.once:
        print("\n".join(summary.details))
    print(summary.line())
    if settings.transport == "file":
        print(f"outgoing mail written to {settings.file_transport.directory}/")
    return 0


# ---------------------------------------------------------------- check

def cmd_check(args: argparse.Namespace) -> int:
    import asyncio

    settings, catalogue = _load(args)
    print(f"ok    config {args.config}; {len(catalogue.events)} event(s) in {settings.events_file}")
    checks = [("database", lambda: _check_database(settings)), ("templates", lambda: _check_templates(settings, catalogue)),
              ("learned reader", _check_learned)]
    if settings.intake == "imap":
        checks.append(("imap", lambda: _check_imap(settings)))
    else:
        checks.append(("maildir", lambda: f"{settings.maildir.path}"))
    if settings.transport == "smtp":
        checks.append(("smtp", lambda: asyncio.run(_check_smtp(settings))))
    else:
        checks.append(("file transport", lambda: f"writes .eml files to {settings.file_transport.directory}"))
    failures = 0
    for name, check in checks:
        try:
            print(f"ok    {name}: {check()}")
        except Exception as exc:  # noqa: BLE001 - every failure is one line
            failures += 1
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
    return 1 if failures else 0


def _check_learned() -> str:
    from .learned import check

    return check()


def _check_database(settings: Any) -> str:
    from .db import open_database, table_names

    engine = open_database(settings.database.url)
    return f"{engine.url.render_as_string(hide_password=True)} ({len(table_names(engine))} tables, migrated)"


def _check_templates(settings: Any, catalogue: Any) -> str:
    """Render every kind in every language with sample data: StrictUndefined finds what is missing."""
    from datetime import datetime, timezone

    from .render import KINDS, LANGUAGES, Reply, Sender, compose
    from .samples import sample_mail

    now = datetime.now(timezone.utc)
    sender = Sender.from_settings(settings)
    for lang in LANGUAGES:
        for kind in KINDS:
            try:
                compose(sample_mail(kind, lang, catalogue, now), catalogue, sender, Reply("<x@example.org>"), now)
            except Exception as exc:
                raise RuntimeError(f"{lang}/{kind}: {type(exc).__name__}: {exc}") from None
    return f"{len(KINDS) * len(LANGUAGES)} kinds of mail render in {', '.join(LANGUAGES)}"


def _check_imap(settings: Any) -> str:
    from .intake.imap import ImapIntake

    intake = ImapIntake(settings.imap)
    intake.connect()
    try:
        waiting = len(intake.client.search(["NOT", "DELETED"]))  # type: ignore[union-attr]
        idle = "IDLE" if b"IDLE" in intake.capabilities else "polling"
        return (f"{settings.imap.username}@{settings.imap.host}:{settings.imap.effective_port} "
                f"({settings.imap.tls}); {waiting} message(s) waiting in {settings.imap.folder}; {idle}")
    finally:
        intake.close()


async def _check_smtp(settings: Any) -> str:
    from .transports.smtp import SmtpTransport

    transport = SmtpTransport(settings.smtp)
    client = await transport._connect()
    await client.quit()
    return f"{settings.smtp.host}:{settings.smtp.effective_port} ({settings.smtp.tls}) accepted the connection"


# ---------------------------------------------------------------- registrations

def cmd_registrations(args: argparse.Namespace) -> int:
    settings, catalogue = _load(args)
    if catalogue.event(args.event_id) is None:
        known = ", ".join(e.id for e in catalogue.events)
        print(f"mailbot: no event {args.event_id!r}; known: {known}", file=sys.stderr)
        return 2
    sys.stdout.write(_table(settings, args, args.event_id))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    settings, catalogue = _load(args)
    if args.event_id and catalogue.event(args.event_id) is None:
        print(f"mailbot: no event {args.event_id!r}", file=sys.stderr)
        return 2
    text = _table(settings, args, args.event_id)
    if args.output:
        args.output.write_text(text, encoding="utf-8", newline="")
        print(f"{args.output}: {max(0, text.count(chr(10)) - 1)} registration(s)")
    else:
        sys.stdout.write(text)
    return 0


def _table(settings: Any, args: argparse.Namespace, event_id: str | None) -> str:
    from sqlmodel import Session, select

    from .db import open_database
    from .export import records, to_csv
    from .models import Registration

    engine = open_database(settings.database.url)
    with Session(engine) as session:
        query = select(Registration)
        if event_id:
            query = query.where(Registration.event_id == event_id)
        rows = records(session.exec(query).all())
    if args.format == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    return to_csv(rows, delimiter=args.delimiter, bom=not args.no_bom)


# ---------------------------------------------------------------- audit and outbox

def cmd_show(args: argparse.Namespace) -> int:
    from sqlmodel import Session, col, or_, select

    from .db import open_database
    from .models import InboundMessage, OutboxMail

    settings, _ = _load(args)
    wanted = args.message_id.strip()
    keys = {wanted, f"mid:{wanted}", f"mid:<{wanted.strip('<>')}>"}
    engine = open_database(settings.database.url)
    with Session(engine) as session:
        record = session.exec(select(InboundMessage).where(or_(col(InboundMessage.message_key).in_(keys),
                                                                  InboundMessage.message_id == wanted))).first()
        if record is None:
            print(f"mailbot: no message {wanted!r} recorded", file=sys.stderr)
            return 1
        mails = session.exec(select(OutboxMail).where(OutboxMail.source_message_key == record.message_key)
                             .order_by(col(OutboxMail.id))).all()
    details = json.loads(record.details or "{}")
    print(f"message:    {record.message_id or record.message_key}")
    print(f"from:       {record.sender}\nsubject:    {record.subject}\nreceived:   {record.received_at:%Y-%m-%d %H:%M} UTC")
    print(f"status:     {record.status} (attempts {record.attempts}){' error: ' + record.last_error if record.last_error else ''}")
    print(f"understood: {record.intent} event={record.event_id} lang={record.language} confidence={record.confidence}")
    for line in details.get("explain", []):
        print(f"  - {line}")
    print(f"outcome:    {record.outcome}")
    for mail in mails:
        print(f"  mail #{mail.id} {mail.kind} to {mail.recipients}: {mail.status}"
              + (f" ({mail.last_error})" if mail.last_error else ""))
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    from sqlmodel import Session, col, select

    from .db import open_database
    from .models import OutboxMail

    settings, _ = _load(args)
    engine = open_database(settings.database.url)
    with Session(engine) as session:
        if args.action == "retry":
            if not args.ids:
                print("mailbot: name the ids to retry: mailbot outbox retry ID [ID …]", file=sys.stderr)
                return 2
            for row in session.exec(select(OutboxMail).where(col(OutboxMail.id).in_(args.ids))).all():
                row.status, row.attempts, row.next_attempt_at = "pending", 0, datetime.now(timezone.utc)
                session.add(row)
                print(f"#{row.id} {row.kind} to {row.recipients}: queued again")
            session.commit()
            return 0
        query = select(OutboxMail).order_by(col(OutboxMail.id))
        if not args.all:
            query = query.where(col(OutboxMail.status).in_(("pending", "failed")))
        rows = session.exec(query).all()
    for row in rows:
        when = f"next try {row.next_attempt_at:%Y-%m-%d %H:%M}" if row.status == "pending" else ""
        print(f"#{row.id:<5} {row.status:<8} {row.kind:<20} {row.recipients:<40} attempts={row.attempts} {when}"
              + (f" last error: {row.last_error}" if row.last_error else ""))
    if not rows:
        print("outbox is empty" if args.all else "nothing pending or failed")
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    import asyncio
    from datetime import datetime, timezone

    from .db import open_database
    from .scheduler import Planner

    settings, catalogue = _load(args)
    engine = open_database(settings.database.url)
    if args.dry_run:
        return _print_digests(engine, catalogue, settings)
    planner = Planner(engine, catalogue, settings, lambda: datetime.now(timezone.utc))
    plans = planner.digests(force=args.now)
    if not plans:
        print(f"not yet: the digest is due at {settings.schedule.digest_time} {settings.schedule.timezone}"
              " (use --now)")
    for plan in plans:
        print(("queued  " if plan.written else "skipped ") + plan.summary)
    from .outbox import drain
    from .transports import make_transport

    async def send() -> Any:
        transport = make_transport(settings)
        try:
            return await drain(engine, transport, planner.clock, settings.mail,
                               redirect_to=settings.devmode.redirect_to)
        finally:
            await transport.close()

    result = asyncio.run(send())
    print(f"{result.sent} sent, {result.deferred} deferred, {result.failed} failed")
    return 0


def _print_digests(engine: Any, catalogue: Any, settings: Any) -> int:
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    from sqlmodel import Session

    from .digest import plan_digests
    from .render import Reply, Sender, compose

    now = datetime.now(timezone.utc)
    with Session(engine) as session:
        plans = plan_digests(session, catalogue, now, "dry-run", send_empty=True,
                             zone=ZoneInfo(settings.schedule.timezone))
    for plan in plans:
        msg = compose(plan.mail, catalogue, Sender.from_settings(settings), Reply(), now)  # type: ignore[arg-type]
        print(f"To: {msg['To']}\nSubject: {msg['Subject']}\n")
        print(msg.get_body(("plain",)).get_content())  # type: ignore[union-attr]
    return 0


def cmd_preview(args: argparse.Namespace) -> int:
    from datetime import datetime, timezone

    from .outbox import WIRE
    from .render import Reply, Sender, compose
    from .samples import sample_mail

    config = args.config if Path(args.config).exists() or args.config != DEFAULT_CONFIG else None
    from .config import load_settings
    from .events import load_catalogue

    settings = load_settings(config)
    catalogue = load_catalogue(settings.events_file)
    now = datetime.now(timezone.utc)
    try:
        mail = sample_mail(args.kind, args.lang, catalogue, now)
    except ValueError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return 2
    msg = compose(mail, catalogue, Sender.from_settings(settings), Reply(), now)
    if args.out and args.out.suffix == ".html":
        args.out.write_text(msg.get_body(("html",)).get_content(), encoding="utf-8")  # type: ignore[union-attr]
    elif args.out:
        args.out.write_bytes(msg.as_bytes(policy=WIRE))
    else:
        print(f"Subject: {msg['Subject']}\n")
        print(msg.get_body(("plain",)).get_content())  # type: ignore[union-attr]
        return 0
    print(f"wrote {args.out}")
    return 0


# ---------------------------------------------------------------- classify

def _who(attendee: Attendee) -> str:
    who = attendee.email or f"{attendee.name} (no address)"
    return who + (" (replacement, to register)" if attendee.action == "register" else "")


def cmd_classify(args: argparse.Namespace) -> int:
    from .classify import classify
    from .config import load_settings
    from .events import load_catalogue
    from .parse import parse

    config = args.config if Path(args.config).exists() or args.config != DEFAULT_CONFIG else None
    settings = load_settings(config)
    catalogue = load_catalogue(settings.events_file)
    files = sorted(args.path.glob("*.eml")) if args.path.is_dir() else [args.path]
    for file in files:
        u = classify(parse(file.read_bytes()), catalogue, frozenset({settings.mail.from_address}))
        if args.json:
            record = ({"file": file.name} if args.path.is_dir() else {}) | u.as_json()
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"{file.name}: {u.intent} event={u.event_id} lang={u.language} confidence={u.confidence:.2f} "
                  f"attendees={', '.join(_who(a) for a in u.attendees) or '-'}")
        if args.explain:
            for hit in u.hits:
                print(f"  - {hit.rule}: {hit.why}")
    return 0
