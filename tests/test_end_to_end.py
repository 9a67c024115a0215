"""One inbound mail through the whole pipeline, on a real Dovecot and a real SMTP server."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlmodel import Session, select

from mailbot.config import DatabaseSettings, ImapSettings, Settings, SmtpSettings
from mailbot.db import open_database
from mailbot.events import load_catalogue
from mailbot.intake.imap import ImapIntake
from mailbot.models import InboundMessage, OutboxMail, Registration
from mailbot.worker import Worker, utcnow
from tests.helpers import ROOT
from tests.servers import make_message

EVENT = "gesprekstafel-2019-06-24"
SIGN_UP = "Goedemorgen,\n\nGraag meld ik mij aan voor de gesprekstafel van 24 juni.\n\nMet vriendelijke groet,\nJan Jansen\nDirecteur Bibliotheek Zuid"


def future_events(tmp_path: Path) -> Path:
    """The shipped events file with the gesprekstafel moved into the future (same id)."""
    text = (ROOT / "config" / "events.toml").read_text(encoding="utf-8").replace("2019-06-24T", "2030-06-24T")
    path = tmp_path / "events.toml"
    path.write_text(text, encoding="utf-8")
    return path


def make_settings(mailbox, sink, tmp_path: Path) -> Settings:
    return Settings(
        intake="imap", transport="smtp", events_file=future_events(tmp_path),
        imap=ImapSettings(host=mailbox.host, port=mailbox.port, username=mailbox.username,
                          password=mailbox.password, tls="none", timeout=10, idle_renew=60),
        smtp=SmtpSettings(host=sink.host, port=sink.port, tls="none", timeout=5),
        database=DatabaseSettings(url=f"sqlite:///{tmp_path / 'mailbot.db'}"),
    )


class Desk:
    """A mailbot on the test servers; ``run_once`` is `mailbot run --once` in-process."""

    def __init__(self, settings: Settings, clock=lambda: datetime.now(timezone.utc)) -> None:
        self.settings = settings
        self.engine = open_database(settings.database.url)
        self.catalogue = load_catalogue(settings.events_file)
        self.clock = clock

    def worker(self, intake=None) -> Worker:
        return Worker(self.settings, self.engine, self.catalogue, clock=self.clock, intake=intake)

    def run_once(self, intake=None):
        return asyncio.run(self.worker(intake).run(once=True))

    def rows(self, model, *where):
        with Session(self.engine) as session:
            return list(session.exec(select(model).where(*where)))


@pytest.fixture
def desk(mailbox, smtp_sink, tmp_path) -> Desk:
    return Desk(make_settings(mailbox, smtp_sink, tmp_path))


def invite_of(message) -> Calendar:
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    return Calendar.from_ical(part.get_content())


def test_a_dutch_sign_up_is_registered_confirmed_and_moved(desk, mailbox, smtp_sink):
    mailbox.append(make_message(sender="Jan Jansen <Jan.Jansen@bieb-zuid.example.nl>", subject="Aanmelding",
                                body=SIGN_UP))
    summary = desk.run_once()

    regs = desk.rows(Registration)
    assert [(r.event_id, r.email, r.status) for r in regs] == [(EVENT, "jan.jansen@bieb-zuid.example.nl", "confirmed")]
    sent = smtp_sink.wait_for(1)
    assert len(sent) == 1 and sent[0].rcpt_tos == ["jan.jansen@bieb-zuid.example.nl"]
    confirmation = sent[0].message
    text = confirmation.get_body(("plain",)).get_content()
    assert "24 juni 2030" in text and "Mariaplaats 3" in text
    assert confirmation["Auto-Submitted"] == "auto-replied" and confirmation["In-Reply-To"]
    vevent = invite_of(confirmation).walk("VEVENT")[0]
    assert vevent.decoded("dtstart").astimezone(timezone.utc) == datetime(2030, 6, 24, 8, 0, tzinfo=timezone.utc)
    assert mailbox.uids("INBOX") == [] and len(mailbox.uids("mailbot-processed")) == 1
    assert summary.processed == 1 and summary.outbox.sent == 1

    again = desk.run_once()  # nothing pending: nothing more is sent
    assert again.processed == 0 and len(smtp_sink.messages) == 1 and len(desk.rows(Registration)) == 1


def test_the_same_mail_delivered_twice_is_handled_once(desk, mailbox, smtp_sink):
    raw = make_message(sender="jan@bieb-zuid.example.nl", body=SIGN_UP)
    mailbox.append(raw)
    mailbox.append(raw)
    summary = desk.run_once()
    assert (summary.processed, summary.already_known) == (1, 1)
    assert len(smtp_sink.wait_for(1)) == 1 and len(desk.rows(Registration)) == 1
    assert mailbox.uids("INBOX") == []


class CrashingIntake(ImapIntake):
    """Dies right after the commit, before the message leaves the inbox."""

    def move(self, refs, destination):
        raise SystemExit("simulated crash between commit and move")


def test_a_crash_between_commit_and_move_duplicates_nothing(desk, mailbox, smtp_sink):
    mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", body=SIGN_UP))
    with pytest.raises(SystemExit):
        desk.run_once(intake=CrashingIntake(desk.settings.imap))
    assert len(mailbox.uids("INBOX")) == 1 and len(desk.rows(OutboxMail)) == 1  # committed, not moved

    summary = desk.run_once()
    assert summary.already_known == 1 and summary.processed == 0
    assert len(desk.rows(Registration)) == 1
    assert len(smtp_sink.wait_for(1)) == 1
    assert mailbox.uids("INBOX") == [] and len(mailbox.uids("mailbot-processed")) == 1


def test_an_out_of_office_gets_no_answer(desk, mailbox, smtp_sink):
    mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", subject="Afwezig: Aanmelding gesprekstafel",
                                body="Ik ben afwezig tot en met 1 juli. Uw bericht wordt niet doorgestuurd.",
                                headers={"Auto-Submitted": "auto-replied"}))
    desk.run_once()
    time.sleep(0.2)
    assert smtp_sink.messages == [] and desk.rows(OutboxMail) == [] and desk.rows(Registration) == []
    (record,) = desk.rows(InboundMessage)
    assert record.intent == "auto_reply" and record.status == "done"
    assert mailbox.uids("INBOX") == []


def test_with_smtp_down_the_outbox_keeps_the_confirmation_until_it_is_back(mailbox, smtp_sink, tmp_path):
    now = [datetime.now(timezone.utc)]
    desk = Desk(make_settings(mailbox, smtp_sink, tmp_path), clock=lambda: now[0])
    smtp_sink.stop()
    mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", body=SIGN_UP))
    summary = desk.run_once()
    assert summary.outbox.deferred == 1
    (row,) = desk.rows(OutboxMail)
    assert (row.status, row.attempts) == ("pending", 1) and row.next_attempt_at > now[0]
    assert mailbox.uids("INBOX") == []  # the inbound side is done: the outbox owns the reply now

    smtp_sink.start()
    assert desk.run_once().outbox.sent == 0  # not due yet: backoff is respected
    now[0] += timedelta(minutes=5)
    assert desk.run_once().outbox.sent == 1
    assert len(smtp_sink.wait_for(1)) == 1
    now[0] += timedelta(hours=1)
    desk.run_once()
    assert len(smtp_sink.messages) == 1
    assert [r.status for r in desk.rows(OutboxMail)] == ["sent"]


def test_a_message_that_keeps_failing_goes_to_triage_with_the_original(desk, mailbox, smtp_sink):
    # No domain in the sender's address: the confirmation cannot be addressed, so processing fails.
    mailbox.append(make_message(sender="Jan <jan>", body=SIGN_UP))
    for _attempt in (1, 2):
        summary = desk.run_once()
        assert summary.failed == 1 and len(mailbox.uids("INBOX")) == 1
    summary = desk.run_once()
    assert (summary.failed, summary.triaged) == (0, 1)
    assert mailbox.uids("INBOX") == [] and len(mailbox.uids("mailbot-triage")) == 1
    (forward,) = smtp_sink.wait_for(1)
    assert forward.rcpt_tos == ["organisatie@example.org"]
    assert any(p.get_content_type() == "message/rfc822" for p in forward.message.walk())
    (record,) = desk.rows(InboundMessage)
    assert record.status == "triage" and record.attempts == 3 and "not a usable address" in record.last_error


def test_the_idle_worker_answers_new_mail_and_stops_on_request(desk, mailbox, smtp_sink):
    worker = desk.worker()
    thread = threading.Thread(target=lambda: asyncio.run(worker.run()), daemon=True)
    thread.start()
    time.sleep(1.0)  # the worker is connected and idling
    mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", body=SIGN_UP))
    assert len(smtp_sink.wait_for(1, timeout=10)) == 1
    worker.request_stop()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert mailbox.uids("INBOX") == []


def test_registrations_command_lists_them(desk, mailbox, smtp_sink, capsys, monkeypatch, tmp_path):
    mailbox.append(make_message(sender="Jan Jansen <jan@bieb-zuid.example.nl>", body=SIGN_UP))
    desk.run_once()
    from mailbot.cli import main

    monkeypatch.setenv("MAILBOT_DATABASE__URL", desk.settings.database.url)
    monkeypatch.setenv("MAILBOT_EVENTS_FILE", str(desk.settings.events_file))
    assert main(["registrations", EVENT, "--format", "csv", "--config", str(ROOT / "config" / "mailbot.toml")]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("\ufeffevent_id,email,name")  # the BOM makes Excel read UTF-8
    assert re.match(rf"{EVENT},jan@bieb-zuid\.example\.nl,Jan Jansen,.*,confirmed,", lines[1])


class NoMoveIntake(ImapIntake):
    """A server without MOVE (RFC 6851): COPY + \\Deleted + UID EXPUNGE instead."""

    def connect(self):
        super().connect()
        self.capabilities.discard(b"MOVE")


def test_without_move_mail_is_copied_and_expunged(desk, mailbox, smtp_sink):
    mailbox.append(make_message(sender="someone@x.example.nl", subject="Other", body="Unrelated, keep me"),
                   flags=[b"\\Deleted"])  # someone else's deleted mail must survive our UID EXPUNGE
    mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", body=SIGN_UP))
    desk.run_once(intake=NoMoveIntake(desk.settings.imap))
    assert len(smtp_sink.wait_for(1)) == 1
    assert mailbox.uids("INBOX") == [] and len(mailbox.uids("mailbot-processed")) == 1
    assert len(mailbox.flags("INBOX")) == 1  # the other \\Deleted message was not expunged by us


class FlakyIntake(ImapIntake):
    """The connection drops on the first fetch."""

    failures = 1

    def fetch(self, limit, skip=()):
        if self.failures:
            self.failures -= 1
            raise ConnectionResetError("connection dropped")
        return super().fetch(limit, skip)


def test_the_worker_reconnects_after_the_mailbox_drops(desk, mailbox, smtp_sink):
    mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", body=SIGN_UP))
    worker = desk.worker(intake=FlakyIntake(desk.settings.imap))
    thread = threading.Thread(target=lambda: asyncio.run(worker.run()), daemon=True)
    thread.start()
    try:
        assert len(smtp_sink.wait_for(1, timeout=10)) == 1
    finally:
        worker.request_stop()
        thread.join(timeout=5)
    assert mailbox.uids("INBOX") == []


def test_replying_afmelden_to_the_confirmation_cancels_with_a_calendar_cancel(desk, mailbox, smtp_sink):
    mailbox.append(make_message(sender="Jan Jansen <jan@bieb-zuid.example.nl>", body=SIGN_UP))
    desk.run_once()
    (confirmation,) = smtp_sink.wait_for(1)
    quoted = "\n".join("> " + line for line in confirmation.message.get_body(("plain",)).get_content().splitlines())
    reply = make_message(
        sender="Jan Jansen <jan@bieb-zuid.example.nl>", subject="Re: " + str(confirmation.message["Subject"]),
        body=f"afmelden\n\nOp 2 nov. 2026 om 10:00 schreef Aanmeldingen <aanmelden@example.org>:\n{quoted}",
        headers={"In-Reply-To": confirmation.message["Message-ID"], "References": confirmation.message["Message-ID"]})
    mailbox.append(reply)
    desk.run_once()

    assert [r.status for r in desk.rows(Registration)] == ["cancelled"]
    cancellation = smtp_sink.wait_for(2)[1].message
    invite = invite_of(cancellation)
    assert invite["method"] == "CANCEL"
    assert invite.walk("VEVENT")[0]["uid"] == invite_of(confirmation.message).walk("VEVENT")[0]["uid"]


def test_a_backlog_is_sent_from_a_second_process_once_each(mailbox, smtp_sink, tmp_path):
    """background_sender = "always": the sending process records its outcomes in the journal and
    the worker folds them into the outbox; every confirmation arrives once."""
    from mailbot.journal import journal_path

    settings = make_settings(mailbox, smtp_sink, tmp_path)
    settings = settings.model_copy(update={"mail": settings.mail.model_copy(update={"background_sender": "always"})})
    desk = Desk(settings, clock=utcnow)  # the sending process has the real clock only
    people = [f"p{i}@bieb-{i}.example.nl" for i in range(12)]
    for address in people:
        mailbox.append(make_message(sender=address, subject="Aanmelding", body=SIGN_UP))
    summary = desk.run_once()
    assert summary.outbox.sent == len(people)
    assert sorted(r for m in smtp_sink.wait_for(len(people)) for r in m.rcpt_tos) == sorted(people)
    assert {o.status for o in desk.rows(OutboxMail)} == {"sent"}
    path = journal_path(settings.database.url)
    assert path is not None and path.exists()  # the second process did the sending
    assert sqlite3.connect(path).execute("SELECT count(*) FROM sent").fetchone() == (0,)  # folded


def test_what_the_sending_process_sent_is_not_sent_again_after_a_crash(mailbox, smtp_sink, tmp_path):
    """A crash after the journal's commit, before the fold: the next drain folds first and sends nothing twice."""
    from mailbot.journal import Journal, journal_path
    from mailbot.pipeline import Pipeline

    desk = Desk(make_settings(mailbox, smtp_sink, tmp_path))
    raw = make_message(sender="Jan Jansen <jan@bieb-zuid.example.nl>", subject="Aanmelding", body=SIGN_UP)
    Pipeline(desk.engine, desk.catalogue, desk.settings, desk.clock).process(raw)  # read and committed, not sent
    (row,) = desk.rows(OutboxMail)
    Journal(journal_path(desk.settings.database.url))(None, row.id, {  # sent by the process that then died
        "attempts": 1, "last_error": None, "status": "sent", "sent_at": datetime.now(timezone.utc)})
    summary = desk.run_once()
    assert summary.outbox.sent == 0 and smtp_sink.messages == []
    assert [(o.status, o.attempts) for o in desk.rows(OutboxMail)] == [("sent", 1)]
