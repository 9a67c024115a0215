"""Reminders, digests and bounces end to end, on the real servers, with a clock the test controls."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest

from mailbot.config import DevmodeSettings
from mailbot.models import OutboxMail, Registration, Undeliverable
from mailbot.scheduler import Planner
from tests.servers import make_message
from tests.test_end_to_end import SIGN_UP, Desk, make_settings

START = datetime(2030, 6, 24, 8, 0, tzinfo=timezone.utc)  # 10:00 in Utrecht


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock(START - timedelta(days=10))


@pytest.fixture
def desk(mailbox, smtp_sink, tmp_path, clock) -> Desk:
    return Desk(make_settings(mailbox, smtp_sink, tmp_path), clock=clock)


def reminders_at_sink(sink) -> list:
    return [m.message for m in sink.messages if str(m.message["Subject"]).startswith("Herinnering")]


def test_a_registration_a_week_ahead_gets_one_week_and_one_day_reminder_across_restarts(desk, mailbox, smtp_sink,
                                                                                        clock):
    mailbox.append(make_message(sender="Jan Jansen <jan@bieb-zuid.example.nl>", body=SIGN_UP))
    desk.run_once()
    assert len(smtp_sink.wait_for(1)) == 1  # the confirmation

    for days in (6.9, 6.5, 3):  # every run is a fresh worker: a restart between runs
        clock.at = START - timedelta(days=days)
        Desk(desk.settings, clock=clock).run_once()
    assert len(reminders_at_sink(smtp_sink)) == 1

    for hours in (20, 2):
        clock.at = START - timedelta(hours=hours)
        Desk(desk.settings, clock=clock).run_once()
    reminders = reminders_at_sink(smtp_sink)
    assert len(reminders) == 2
    assert {m.dedupe_key.rsplit(":", 1)[1] for m in desk.rows(OutboxMail, OutboxMail.kind == "reminder")} == {"7", "1"}
    assert "24 juni 2030" in reminders[1].get_body(("plain",)).get_content()
    assert reminders[1]["Auto-Submitted"] == "auto-generated"

    clock.at = START + timedelta(hours=1)
    desk.run_once()
    assert len(reminders_at_sink(smtp_sink)) == 2


def test_the_scheduler_writes_a_reminder_only_once_even_when_it_fires_twice(desk, mailbox, smtp_sink, clock):
    mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", body=SIGN_UP))
    desk.run_once()
    clock.at = START - timedelta(days=6)
    planner = Planner(desk.engine, desk.catalogue, desk.settings, clock)
    assert planner.reminders() == 1
    assert planner.reminders() == 0
    assert Planner(desk.engine, desk.catalogue, desk.settings, clock).reminders() == 0  # a second scheduler


def test_the_digest_names_the_new_registrant_matches_the_database_and_has_the_csv(desk, mailbox, smtp_sink, clock):
    mailbox.append(make_message(sender="Jan Jansen <jan@bieb-zuid.example.nl>", body=SIGN_UP))
    mailbox.append(make_message(sender="Onbekend <iemand@example.com>", subject="Hallo", body="Koop onze stoelen!"))
    desk.run_once()
    smtp_sink.wait_for(2)
    clock.at = clock.at.replace(hour=7, minute=30)  # 09:30 in Amsterdam: past the 08:00 digest time
    planner = Planner(desk.engine, desk.catalogue, desk.settings, clock)
    plans = planner.digests()
    assert [p.written for p in plans] == [True]
    assert planner.digests()[0].written is False  # the day's digest is written once
    desk.run_once()

    (digest,) = [m.message for m in smtp_sink.messages if "organisatie@example.org" in m.rcpt_tos
                 and str(m.message["Subject"]).startswith("Dagoverzicht")]
    text = digest.get_body(("plain",)).get_content()
    assert "Jan Jansen" in text and "iemand@example.com" in text  # the registrant, and the mail in triage
    attachment = next(p for p in digest.walk() if p.get_content_type() == "text/csv")
    rows = list(csv.DictReader(io.StringIO(attachment.get_content().lstrip("\ufeff"))))
    stored = desk.rows(Registration)
    assert [(r["email"], r["status"]) for r in rows] == [(r.email, r.status) for r in stored]


def test_no_digest_when_nothing_happened(desk, clock):
    clock.at = clock.at.replace(hour=9)
    assert [p.written for p in Planner(desk.engine, desk.catalogue, desk.settings, clock).digests()] == [False]


def test_a_bounce_of_our_confirmation_marks_the_address_and_stops_reminders(desk, mailbox, smtp_sink, clock):
    mailbox.append(make_message(sender="Jan Jansen <jan@bieb-zuid.example.nl>", body=SIGN_UP))
    desk.run_once()
    (confirmation,) = smtp_sink.wait_for(1)
    bounce = (
        "From: MAILER-DAEMON@mx.bieb-zuid.example.nl\r\nTo: aanmelden@example.org\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\n"
        f"Message-ID: <bounce-1@mx.bieb-zuid.example.nl>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=XX\r\n\r\n"
        "--XX\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
        "--XX\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.bieb-zuid.example.nl\r\n\r\n"
        "Final-Recipient: rfc822; jan@bieb-zuid.example.nl\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        "--XX\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"Message-ID: {confirmation.message['Message-ID']}\r\nSubject: x\r\n\r\n--XX--\r\n")
    mailbox.append(bounce.encode())
    desk.run_once()
    assert [u.email for u in desk.rows(Undeliverable)] == ["jan@bieb-zuid.example.nl"]
    assert len(smtp_sink.messages) == 1  # the bounce itself is never answered
    clock.at = START - timedelta(days=6)
    desk.run_once()
    assert reminders_at_sink(smtp_sink) == []


def test_a_permanent_smtp_refusal_is_recorded_listed_and_can_be_retried(desk, mailbox, smtp_sink, capsys, monkeypatch):
    from mailbot.cli import main

    smtp_sink.fail_with = "550 5.1.1 No such user"
    mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", body=SIGN_UP))
    assert desk.run_once().outbox.failed == 1
    (row,) = desk.rows(OutboxMail)
    assert row.status == "failed" and "550" in row.last_error and row.attempts == 1

    monkeypatch.setenv("MAILBOT_DATABASE__URL", desk.settings.database.url)
    monkeypatch.setenv("MAILBOT_EVENTS_FILE", str(desk.settings.events_file))
    assert main(["outbox", "--config", "config/mailbot.toml"]) == 0
    assert f"#{row.id}" in capsys.readouterr().out
    smtp_sink.fail_with = None
    assert main(["outbox", "retry", str(row.id), "--config", "config/mailbot.toml"]) == 0
    desk.run_once()
    assert len(smtp_sink.wait_for(1)) == 1 and [r.status for r in desk.rows(OutboxMail)] == ["sent"]


def test_devmode_sends_everything_to_one_address(mailbox, smtp_sink, tmp_path, clock):
    settings = make_settings(mailbox, smtp_sink, tmp_path).model_copy(
        update={"devmode": DevmodeSettings(redirect_to="tester@example.org")})
    desk = Desk(settings, clock=clock)
    mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", body=SIGN_UP))
    desk.run_once()
    (sent,) = smtp_sink.wait_for(1)
    assert sent.rcpt_tos == ["tester@example.org"]
    assert sent.message["X-Mailbot-Devmode-Recipients"] == "jan@bieb-zuid.example.nl"


def test_the_digest_lists_someone_registered_by_name_with_who_registered_them(desk, mailbox, smtp_sink, clock):
    mailbox.append(make_message(sender="Marian Smit <secretariaat@bieb-oost.example.nl>", body=(
        "Namens de bibliotheek meld ik onze directeur, de heer ir. R.J. (Rutger) Kamphuis, aan voor de gesprekstafel.")))
    desk.run_once()
    clock.at = clock.at.replace(hour=7, minute=30)
    assert [p.written for p in Planner(desk.engine, desk.catalogue, desk.settings, clock).digests()] == [True]
    desk.run_once()
    (digest,) = [m.message for m in smtp_sink.messages if "organisatie@example.org" in m.rcpt_tos
                 and str(m.message["Subject"]).startswith("Dagoverzicht")]
    assert "Rutger Kamphuis (via secretariaat@bieb-oost.example.nl)" in digest.get_body(("plain",)).get_content()
    attachment = next(p for p in digest.walk() if p.get_content_type() == "text/csv")
    (row,) = list(csv.DictReader(io.StringIO(attachment.get_content().lstrip("\ufeff"))))
    assert (row["email"], row["name"], row["registered_by"]) == ("", "Rutger Kamphuis", "secretariaat@bieb-oost.example.nl")
