"""Shared by the benchmarks: the test servers on loopback, realistic mail, a mailbot config for them.

The servers are the tests' own (tests/servers.py): a private Dovecot and an aiosmtpd sink.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.servers import DovecotServer, Mailbox, SmtpSink, make_message, start_dovecot  # noqa: E402

EVENTS = """
triage = "organisers"
[contacts.reg]
name = "Seher Hazinedar"
email = "seher.hazinedar@example.org"
[contacts.content]
name = "Maaike Toonen"
email = "maaike.toonen@example.org"
[contacts.organisers]
name = "Organisatie"
email = "organisatie@example.org"
[defaults]
registration_contact = "reg"
content_contact = "content"
organisers = ["organisers"]
reminders = []

[[event]]
id = "gesprekstafel-2030-06-24"
title = "Gesprekstafel voor directeuren"
starts = 2030-06-24T10:00:00+02:00
ends = 2030-06-24T13:00:00+02:00
location = "Opleidingshuis, Mariaplaats 3, Utrecht"
aliases = ["gesprekstafel"]

[[event]]
id = "webinar-2030-09-10"
title = "Webinar de Bibliotheek op school"
starts = 2030-09-10T15:00:00+02:00
ends = 2030-09-10T16:30:00+02:00
online_url = "https://webinar.example.org/bos"
aliases = ["webinar", "bibliotheek op school"]

[[event]]
id = "masterclass-2030-11-05"
title = "Masterclass leesbevordering"
starts = 2030-11-05T13:00:00+01:00
ends = 2030-11-05T16:00:00+01:00
location = "Den Haag"
aliases = ["masterclass"]
"""

SIGN_UPS_NL = [
    "Goedemorgen,\n\nGraag meld ik mij aan voor de gesprekstafel van 24 juni in Utrecht.",
    "Beste organisatie,\n\nHierbij meld ik mij aan voor het webinar over de Bibliotheek op school op 10 september.",
    "Hallo,\n\nIk wil mij graag inschrijven voor de masterclass op 5 november in Den Haag.",
]
SIGN_UPS_EN = [
    "Dear organisers,\n\nI would like to register for the round table (gesprekstafel) on 24 June.",
    "Hello,\n\nPlease sign me up for the webinar on 10 September.",
]
QUESTIONS = [
    "Beste Maaike,\n\nWat wordt er bij de gesprekstafel van 24 juni bedoeld met preventie-curatie?",
    "Hallo,\n\nIs er parkeergelegenheid bij het Opleidingshuis voor de gesprekstafel?",
]
SIGNATURE = ("\n\nMet vriendelijke groet,\n\n{name}\nDirecteur\nBibliotheek {place}\nT 030 123 45 67\n\n"
             "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). ")
PLACES = ["Zuid", "Noord", "Rivierenland", "Eemland", "Waterland", "Veluwe", "Kempenland", "Delfland"]


def write_events(folder: Path) -> Path:
    path = folder / "events.toml"
    path.write_text(EVENTS, encoding="utf-8")
    return path


def backlog_messages(n: int, seed: int = 7) -> tuple[list[bytes], set[str]]:
    """n realistic mails (2-8 KB): ~85% sign-ups from distinct senders, the rest questions.
    Returns the raw mails and the addresses that should get exactly one confirmation."""
    rng = random.Random(seed)
    raws, registrants = [], set()
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        name = f"Directeur {i}"
        address = f"directeur{i}@bibliotheek-{place.lower()}.example.nl"
        if rng.random() < 0.85:
            body = rng.choice(SIGN_UPS_NL * 2 + SIGN_UPS_EN)
            registrants.add(address)
        else:
            body = rng.choice(QUESTIONS)
        padding = "Wij zijn een openbare bibliotheek met vestigingen in de regio. " * rng.randint(25, 110)
        body += SIGNATURE.format(name=name, place=place) + padding
        raws.append(make_message(sender=f"{name} <{address}>", subject="Aanmelding", body=body))
    return raws, registrants


def mailbot_env(mailbox: Mailbox, sink: SmtpSink, folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    env.update({
        "PYTHONPATH": str(ROOT),
        "MAILBOT_IMAP__HOST": mailbox.host, "MAILBOT_IMAP__PORT": str(mailbox.port),
        "MAILBOT_IMAP__USERNAME": mailbox.username, "MAILBOT_IMAP__PASSWORD": mailbox.password,
        "MAILBOT_IMAP__TLS": "none", "MAILBOT_SMTP__HOST": sink.host, "MAILBOT_SMTP__PORT": str(sink.port),
        "MAILBOT_SMTP__TLS": "none", "MAILBOT_SMTP__USERNAME": "",
        "MAILBOT_DATABASE__URL": f"sqlite:///{folder / 'mailbot.db'}",
        "MAILBOT_EVENTS_FILE": str(write_events(folder)),
    })
    return env


def workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="mailbot-bench-"))


__all__ = ["DovecotServer", "Mailbox", "SmtpSink", "backlog_messages", "mailbot_env", "start_dovecot", "workdir",
           "ROOT", "make_message"]
