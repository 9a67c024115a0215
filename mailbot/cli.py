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
from typing import Any

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
    regs.add_argument("--format", choices=("csv", "json"), default="csv")
    cls = command("classify", cmd_classify, "show what mailbot understands of an .eml file (or a folder of them)")
    cls.add_argument("path", type=Path)
    cls.add_argument("--json", action="store_true", help="one JSON object per message")
    cls.add_argument("--explain", action="store_true", help="say which rules fired and why")
    return parser


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
    checks = [("database", lambda: _check_database(settings)), ("templates", lambda: _check_templates(settings))]
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


def _check_database(settings: Any) -> str:
    from .db import open_database, table_names

    engine = open_database(settings.database.url)
    return f"{engine.url.render_as_string(hide_password=True)} ({len(table_names(engine))} tables, migrated)"


def _check_templates(settings: Any) -> str:
    from .render import KINDS, LANGUAGES, environment

    dirs = tuple(d for d in (settings.template_overrides, settings.templates_dir) if d is not None)
    env = environment(dirs)
    names = [f"{lang}/{kind}{ext}" for lang in LANGUAGES for kind in KINDS for ext in (".subject.txt", ".txt", ".html")]
    for name in names:
        env.get_template(name)
    return f"{len(names)} templates found and compiled"


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
    import csv

    from sqlmodel import Session, col, select

    from .db import open_database
    from .models import Registration

    settings, catalogue = _load(args)
    if catalogue.event(args.event_id) is None:
        known = ", ".join(e.id for e in catalogue.events)
        print(f"mailbot: no event {args.event_id!r}; known: {known}", file=sys.stderr)
        return 2
    engine = open_database(settings.database.url)
    with Session(engine) as session:
        rows = session.exec(select(Registration).where(Registration.event_id == args.event_id)
                            .order_by(col(Registration.created_at), col(Registration.id))).all()
    fields = ["email", "name", "organisation", "role", "status", "position", "registered_by", "language",
              "created_at", "updated_at", "source_message_key"]
    records, position = [], 0
    for row in rows:
        position += row.status == "waitlisted"
        record = {f: getattr(row, f, None) for f in fields}
        record["position"] = position if row.status == "waitlisted" else None
        record["created_at"], record["updated_at"] = row.created_at.isoformat(), row.updated_at.isoformat()
        records.append(record)
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    return 0


# ---------------------------------------------------------------- classify

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
                  f"attendees={', '.join(a.email for a in u.attendees) or '-'}")
        if args.explain:
            for hit in u.hits:
                print(f"  - {hit.rule}: {hit.why}")
    return 0
