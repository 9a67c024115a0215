"""due_reminders(): which reminder goes out when, with no I/O."""

from __future__ import annotations

from datetime import timedelta

from mailbot.reminders import Registered, due_reminders
from tests.helpers import demo_catalogue

CAT = demo_catalogue()
EVENT = CAT.event("gesprekstafel-2027-03-16")
START = EVENT.starts


def reg(days_before_start: float, rid: int = 1) -> Registered:
    return Registered(rid, EVENT.id, "jan@bieb.example.nl", "Jan", "nl", START - timedelta(days=days_before_start))


def keys(now_days_before: float, registered_days_before: float = 30, bounced: frozenset[str] = frozenset()) -> list[str]:
    mails = due_reminders([reg(registered_days_before)], CAT, START - timedelta(days=now_days_before), bounced)
    return [m.dedupe_key for m in mails]


def test_nothing_is_due_before_the_first_offset():
    assert keys(8) == []


def test_the_week_reminder_then_the_day_reminder():
    assert keys(6.9) == ["reminder:1:7"]
    assert keys(0.5) == ["reminder:1:1"]


def test_after_the_start_nothing_is_sent():
    assert keys(-0.01) == []


def test_a_late_registration_gets_no_late_reminder_for_a_passed_offset():
    assert keys(5, registered_days_before=6) == []  # registered after the 7-day mark
    assert keys(0.9, registered_days_before=6) == ["reminder:1:1"]


def test_missed_runs_are_coalesced_to_the_latest_useful_reminder():
    assert keys(0.2) == ["reminder:1:1"]  # the 7-day one is no longer useful


def test_no_reminders_to_an_address_that_bounced():
    assert keys(0.5, bounced=frozenset({"jan@bieb.example.nl"})) == []


def test_a_reminder_says_how_many_days_are_left():
    (mail,) = due_reminders([reg(30)], CAT, START - timedelta(days=6))
    assert mail.kind == "reminder" and mail.variables["days_before"] == 7 and mail.auto_submitted == "auto-generated"


def test_someone_registered_by_name_only_is_reminded_through_who_registered_them():
    kamphuis = Registered(2, EVENT.id, None, "Rutger Kamphuis", "nl", START - timedelta(days=30),
                          registered_by="secretariaat@bieb.example.nl")
    (mail,) = due_reminders([kamphuis], CAT, START - timedelta(days=0.5))
    assert mail.to[0].email == "secretariaat@bieb.example.nl"
    assert mail.variables["attendee"].name == "Rutger Kamphuis"
    nobody = Registered(3, EVENT.id, None, "Onbekend", "nl", START - timedelta(days=30))
    assert due_reminders([nobody], CAT, START - timedelta(days=0.5)) == []  # no address at all: nothing to send
