"""The registration desk's rules, each end to end through the real Dovecot and SMTP servers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailbot.cli import main
from mailbot.config import DatabaseSettings, ImapSettings, Settings, SmtpSettings
from mailbot.models import PendingAction, Registration
from tests.servers import make_message
from tests.test_end_to_end import Desk

EVENTS = """
triage = "organisers"
[contacts.seher]
name = "Seher Hazinedar"
email = "seher.hazinedar@example.org"
[contacts.maaike]
name = "Maaike Toonen"
email = "maaike.toonen@example.org"
[contacts.organisers]
name = "Organisatie"
email = "organisatie@example.org"

[[event]]
id = "gesprekstafel-2030-06-24"
title = "Gesprekstafel voor directeuren"
starts = 2030-06-24T10:00:00+02:00
ends = 2030-06-24T13:00:00+02:00
location = "Opleidingshuis, Mariaplaats 3, Utrecht"
capacity = 1
aliases = ["gesprekstafel"]
registration_contact = "seher"
content_contact = "maaike"
organisers = ["organisers"]

[[event]]
id = "webinar-2030-09-10"
title = "Webinar Bibliotheek op school"
starts = 2030-09-10T15:00:00+02:00
ends = 2030-09-10T16:00:00+02:00
online_url = "https://webinar.example.org/bos"
aliases = ["webinar"]
registration_contact = "seher"
content_contact = "maaike"
organisers = ["organisers"]

[[event]]
id = "masterclass-2030-10-01"
title = "Masterclass voor directeuren"
starts = 2030-10-01T10:00:00+02:00
ends = 2030-10-01T12:00:00+02:00
location = "Den Haag"
aliases = ["masterclass"]
eligibility = "approve"
registration_contact = "seher"
content_contact = "maaike"
organisers = ["organisers"]

[[event]]
id = "gesprekstafel-2019-06-24"
title = "Gesprekstafel 2019"
starts = 2019-06-24T10:00:00+02:00
ends = 2019-06-24T13:00:00+02:00
location = "Utrecht"
aliases = ["gesprekstafel 2019"]
registration_contact = "seher"
content_contact = "maaike"
organisers = ["organisers"]
"""
GT = "gesprekstafel-2030-06-24"
JAN = "Jan Jansen <jan@bieb-zuid.example.nl>"
PIET = "Piet de Vries <piet@bieb-noord.example.nl>"


@pytest.fixture
def desk(mailbox, smtp_sink, tmp_path: Path) -> Desk:
    events = tmp_path / "events.toml"
    events.write_text(EVENTS, encoding="utf-8")
    return Desk(Settings(
        intake="imap", transport="smtp", events_file=events,
        imap=ImapSettings(host=mailbox.host, port=mailbox.port, username=mailbox.username,
                          password=mailbox.password, tls="none", timeout=10),
        smtp=SmtpSettings(host=smtp_sink.host, port=smtp_sink.port, tls="none", timeout=5),
        database=DatabaseSettings(url=f"sqlite:///{tmp_path / 'mailbot.db'}"),
    ))


def send(desk: Desk, mailbox, sender: str, body: str, subject: str = "Aanmelding", **headers: str) -> None:
    mailbox.append(make_message(sender=sender, subject=subject, body=body, headers=headers or None))
    desk.run_once()


def mails_to(sink, address: str) -> list:
    return [m.message for m in sink.messages if address in m.rcpt_tos]


def statuses(desk: Desk) -> dict[str, str]:
    return {r.email: r.status for r in desk.rows(Registration)}


def test_a_content_question_reaches_the_content_contact_with_reply_to_the_asker(desk, mailbox, smtp_sink):
    send(desk, mailbox, JAN, "Wat wordt er bedoeld met het thema preventie-curatie bij de gesprekstafel?",
         subject="Vraag over de gesprekstafel")
    (forward,) = mails_to(smtp_sink, "maaike.toonen@example.org")
    assert forward["Reply-To"].addresses[0].addr_spec == "jan@bieb-zuid.example.nl"
    assert str(forward["Subject"]).startswith("[Gesprekstafel 24 juni] Vraag van Jan Jansen")
    assert any(p.get_content_type() == "message/rfc822" for p in forward.walk())
    (ack,) = mails_to(smtp_sink, "jan@bieb-zuid.example.nl")
    assert "Maaike Toonen" in ack.get_body(("plain",)).get_content()
    assert statuses(desk) == {}


def test_a_full_event_wait_lists_and_a_repeat_adds_no_row(desk, mailbox, smtp_sink):
    send(desk, mailbox, JAN, "Graag meld ik mij aan voor de gesprekstafel.")
    send(desk, mailbox, PIET, "Ik meld mij graag aan voor de gesprekstafel.")
    send(desk, mailbox, PIET.replace("piet@", "PIET@"), "Ik wil me nogmaals aanmelden voor de gesprekstafel.")
    assert statuses(desk) == {"jan@bieb-zuid.example.nl": "confirmed", "piet@bieb-noord.example.nl": "waitlisted"}
    waitlist, again = mails_to(smtp_sink, "piet@bieb-noord.example.nl")
    assert "wachtlijst" in str(waitlist["Subject"]).lower() and "1" in waitlist.get_body(("plain",)).get_content()
    assert "al" in str(again["Subject"]).lower()  # "already registered"
    assert not any(p.get_content_type() == "text/calendar" for p in waitlist.walk())


def test_a_strangers_cancellation_waits_for_the_registered_address(desk, mailbox, smtp_sink):
    send(desk, mailbox, JAN, "Graag meld ik mij aan voor de gesprekstafel.")
    send(desk, mailbox, PIET, "Ik meld mij graag aan voor de gesprekstafel.")
    send(desk, mailbox, "Kwaadwillend <grap@example.com>",
         "Jan Jansen (jan@bieb-zuid.example.nl) meldt zich af voor de gesprekstafel.", subject="Afmelding")
    assert statuses(desk)["jan@bieb-zuid.example.nl"] == "confirmed"  # nothing changed yet
    request = [m for m in mails_to(smtp_sink, "jan@bieb-zuid.example.nl") if "MB-" in str(m["Subject"])][0]
    assert mails_to(smtp_sink, "grap@example.com")  # told that the registered address was asked

    send(desk, mailbox, JAN, "Ja", subject="Re: " + str(request["Subject"]),
         **{"In-Reply-To": request["Message-ID"], "References": request["Message-ID"]})
    assert statuses(desk) == {"jan@bieb-zuid.example.nl": "cancelled", "piet@bieb-noord.example.nl": "confirmed"}
    promoted = mails_to(smtp_sink, "piet@bieb-noord.example.nl")[-1]
    assert any(p.get_content_type() == "text/calendar" for p in promoted.walk())
    assert [p.status for p in desk.rows(PendingAction)] == ["done"]


def test_the_registrants_own_cancellation_promotes_the_waiting_list(desk, mailbox, smtp_sink, capsys, monkeypatch):
    send(desk, mailbox, JAN, "Graag meld ik mij aan voor de gesprekstafel.")
    send(desk, mailbox, PIET, "Ik meld mij graag aan voor de gesprekstafel.")
    send(desk, mailbox, JAN, "Helaas moet ik mij afmelden voor de gesprekstafel.", subject="Afmelding")
    assert statuses(desk) == {"jan@bieb-zuid.example.nl": "cancelled", "piet@bieb-noord.example.nl": "confirmed"}
    assert len(mails_to(smtp_sink, "piet@bieb-noord.example.nl")) == 2  # wait-listed, then promoted

    monkeypatch.setenv("MAILBOT_DATABASE__URL", desk.settings.database.url)
    monkeypatch.setenv("MAILBOT_EVENTS_FILE", str(desk.settings.events_file))
    assert main(["registrations", GT, "--format", "json", "--config", "config/mailbot.toml"]) == 0
    listed = {r["email"]: r["status"] for r in json.loads(capsys.readouterr().out)}
    assert listed == statuses(desk)


def test_a_secretary_registers_two_directors_for_a_full_event(desk, mailbox, smtp_sink):
    send(desk, mailbox, JAN, "Graag meld ik mij aan voor de gesprekstafel.")
    send(desk, mailbox, "Anouk de Wit <secretariaat@bieb-oost.example.nl>",
         "Namens onze directie meld ik graag twee personen aan voor de gesprekstafel:\n"
         "- Ellen Verhoef (ellen@bieb-oost.example.nl)\n- Karel Smit (karel@bieb-oost.example.nl)\n\n"
         "Met vriendelijke groet,\nAnouk de Wit\nManagementassistent")
    assert statuses(desk) == {"jan@bieb-zuid.example.nl": "confirmed", "ellen@bieb-oost.example.nl": "waitlisted",
                              "karel@bieb-oost.example.nl": "waitlisted"}
    for director in ("ellen@bieb-oost.example.nl", "karel@bieb-oost.example.nl"):
        (notice,) = mails_to(smtp_sink, director)
        assert "secretariaat@bieb-oost.example.nl" in str(notice["Cc"])
    assert "secretariaat@bieb-oost.example.nl" not in statuses(desk)


def test_an_unclear_event_is_asked_back_and_the_answer_completes_the_sign_up(desk, mailbox, smtp_sink):
    send(desk, mailbox, JAN, "Graag meld ik mij aan voor de bijeenkomst.")
    (ask,) = mails_to(smtp_sink, "jan@bieb-zuid.example.nl")
    text = ask.get_body(("plain",)).get_content()
    assert "Gesprekstafel voor directeuren" in text and "Webinar Bibliotheek op school" in text
    assert statuses(desk) == {}
    send(desk, mailbox, JAN, "Het webinar graag.", subject="Re: " + str(ask["Subject"]),
         **{"In-Reply-To": ask["Message-ID"], "References": ask["Message-ID"]})
    assert statuses(desk) == {"jan@bieb-zuid.example.nl": "confirmed"}
    assert {r.event_id for r in desk.rows(Registration)} == {"webinar-2030-09-10"}


def test_a_contact_replying_all_to_a_forward_is_not_a_new_enquiry(desk, mailbox, smtp_sink):
    send(desk, mailbox, JAN, "Is er parkeergelegenheid bij de gesprekstafel?", subject="Parkeren")
    (forward,) = mails_to(smtp_sink, "seher.hazinedar@example.org")
    before = len(smtp_sink.messages)
    send(desk, mailbox, "Seher Hazinedar <seher.hazinedar@example.org>",
         "Beste Jan, ja, er is een parkeergarage naast de deur. Heb je nog een vraag?",
         subject="Re: " + str(forward["Subject"]), **{"In-Reply-To": forward["Message-ID"]})
    assert len(smtp_sink.messages) == before  # no forward, no acknowledgement, no triage


def test_a_closed_event_gets_a_polite_reply_naming_the_contact(desk, mailbox, smtp_sink):
    send(desk, mailbox, JAN, "Graag meld ik mij aan voor de gesprekstafel 2019 van 24 juni 2019.")
    (closed,) = mails_to(smtp_sink, "jan@bieb-zuid.example.nl")
    assert "Seher Hazinedar" in closed.get_body(("plain",)).get_content()
    assert statuses(desk) == {}


def test_a_non_director_waits_until_the_registration_contact_approves(desk, mailbox, smtp_sink):
    send(desk, mailbox, "Kim Jansen <kim@bieb-west.example.nl>",
         "Graag meld ik mij aan voor de masterclass.\n\nMet vriendelijke groet,\nKim Jansen\nMedewerker collectie\n"
         "Bibliotheek West")
    assert statuses(desk) == {"kim@bieb-west.example.nl": "pending"}
    (forward,) = mails_to(smtp_sink, "seher.hazinedar@example.org")
    assert str(forward["Subject"]).startswith("[goedkeuring]") and "MB-" in str(forward["Subject"])
    assert forward["Reply-To"] is None  # the "ja" must come back to mailbot
    assert len(mails_to(smtp_sink, "kim@bieb-west.example.nl")) == 1  # told it is being reviewed

    send(desk, mailbox, "Seher Hazinedar <seher.hazinedar@example.org>", "Ja, prima.",
         subject="Re: " + str(forward["Subject"]), **{"In-Reply-To": forward["Message-ID"]})
    assert statuses(desk) == {"kim@bieb-west.example.nl": "confirmed"}
    confirmation = mails_to(smtp_sink, "kim@bieb-west.example.nl")[-1]
    assert any(p.get_content_type() == "text/calendar" for p in confirmation.walk())


def registrations(desk: Desk) -> dict[str, tuple[str | None, str, str | None]]:
    return {r.name or r.email: (r.email, r.status, r.registered_by) for r in desk.rows(Registration)}


def test_a_director_without_an_address_is_registered_through_the_secretary(desk, mailbox, smtp_sink):
    secretary = "Marian Oude Luttikhuis <secretariaat@bieb-oost.example.nl>"
    body = ("Namens de bibliotheek meld ik onze directeur, de heer ir. R.J. (Rutger) Kamphuis, aan voor het webinar.\n"
            "Correspondentie graag via het secretariaat.\n\nMet vriendelijke groet,\nMarian Oude Luttikhuis")
    send(desk, mailbox, secretary, body)
    send(desk, mailbox, secretary, body.replace("Namens", "Nogmaals: namens"))
    assert registrations(desk) == {"Rutger Kamphuis": (None, "confirmed", "secretariaat@bieb-oost.example.nl")}
    confirmation, again = mails_to(smtp_sink, "secretariaat@bieb-oost.example.nl")
    text = confirmation.get_body(("plain",)).get_content()
    assert "Rutger Kamphuis" in text and "geen e-mailadres" in text
    assert any(p.get_content_type() == "text/calendar" for p in confirmation.walk())
    assert "al" in str(again["Subject"]).lower()

    send(desk, mailbox, "Karin Bos <k.bos@bieb-oost.example.nl>",
         "Wilt u mijn collega Rutger Kamphuis afmelden voor het webinar? Hij is ziek.", subject="Afmelding")
    assert registrations(desk)["Rutger Kamphuis"][1] == "cancelled"
    (cancellation,) = mails_to(smtp_sink, "k.bos@bieb-oost.example.nl")
    assert any(p.get_content_type() == "text/calendar" for p in cancellation.walk())


def test_a_replacement_takes_the_place_of_who_cancels_not_the_waiting_list(desk, mailbox, smtp_sink):
    send(desk, mailbox, JAN, "Graag meld ik mij aan voor de gesprekstafel.")
    send(desk, mailbox, PIET, "Ik meld mij graag aan voor de gesprekstafel.")
    send(desk, mailbox, JAN, "Helaas kan ik niet naar de gesprekstafel. Mijn collega Karin Bos "
                             "(karin@bieb-zuid.example.nl) neemt mijn plaats in.", subject="Afmelding")
    assert statuses(desk) == {"jan@bieb-zuid.example.nl": "cancelled", "piet@bieb-noord.example.nl": "waitlisted",
                              "karin@bieb-zuid.example.nl": "confirmed"}
    (welcome,) = mails_to(smtp_sink, "karin@bieb-zuid.example.nl")
    assert "jan@bieb-zuid.example.nl" in str(welcome["Cc"])
    assert len(mails_to(smtp_sink, "piet@bieb-noord.example.nl")) == 1  # wait-listed, not promoted
