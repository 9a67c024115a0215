"""Shared by the benchmarks: the test servers on loopback, a light SMTP sink, a generated config.

The servers are the tests' own (tests/servers.py): a private Dovecot (with `mail_fsync = never`)
and an aiosmtpd sink, both on 127.0.0.1. mailbot itself always runs as a subprocess with a
generated TOML file, the way an operator runs it, so its start-up and memory are its own.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.servers import DovecotServer, Mailbox, SmtpSink, start_dovecot  # noqa: E402

# Three future events with room for everyone, so every sign-up is confirmed (no waiting list).
EVENTS = """\
triage = "organisers"

[contacts.seher]
name = "Seher Hazinedar"
email = "seher.hazinedar@example.org"
[contacts.maaike]
name = "Maaike Toonen"
email = "maaike.toonen@example.org"
[contacts.organisers]
name = "Organisatie bijeenkomsten"
email = "organisatie@example.org"

[defaults]
registration_contact = "seher"
content_contact = "maaike"
organisers = ["organisers"]
capacity = 100000

[[event]]
id = "gesprekstafel-2030-06-24"
title = "Gesprekstafel voor directeuren"
starts = 2030-06-24T10:00:00+02:00
ends = 2030-06-24T13:00:00+02:00
location = "Opleidingshuis, Mariaplaats 3, Utrecht"
aliases = ["gesprekstafel", "round table"]

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
location = "Koninklijke Bibliotheek, Den Haag"
aliases = ["masterclass", "leesbevordering"]
"""


@dataclass
class Arrival:
    """One mail as the sink received it: envelope, bytes, and when (time.perf_counter())."""

    rcpt_tos: list[str]
    data: bytes
    at: float

    def headers(self) -> Message:
        return BytesHeaderParser(policy=compat32).parsebytes(self.data)

    def message_id(self) -> str:
        """Unfolded (ours are long enough to be folded onto a second line)."""
        return "".join(str(self.headers()["Message-ID"] or "").split())


class _LightHandler:
    def __init__(self, sink: BenchSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: ANN001 - aiosmtpd's API
        self.sink.arrived(Arrival(list(envelope.rcpt_tos), envelope.content, time.perf_counter()))
        return "250 OK"


class BenchSink(SmtpSink):
    """The tests' aiosmtpd sink, but it keeps raw bytes and does not parse each mail on arrival.

    The tests' handler parses every message with `policy.default`, which costs more CPU than the
    SMTP exchange itself; in a benchmark that would make the sink, not the sender, the limit.
    ``watch(address)`` gives an Event that is set when a mail for that address arrives.
    """

    def __init__(self) -> None:
        super().__init__()
        self._handler = _LightHandler(self)
        self.arrivals: list[Arrival] = []
        self._watchers: dict[str, tuple[threading.Event, list[float]]] = {}

    def arrived(self, arrival: Arrival) -> None:
        with self._lock:
            self.arrivals.append(arrival)
            for rcpt in arrival.rcpt_tos:
                watcher = self._watchers.pop(rcpt.lower(), None)
                if watcher is not None:
                    watcher[1].append(arrival.at)
                    watcher[0].set()

    def watch(self, address: str) -> tuple[threading.Event, list[float]]:
        """An Event set at the first mail to ``address``, and a list that then holds its arrival time."""
        watcher = (threading.Event(), [])
        with self._lock:
            self._watchers[address.lower()] = watcher
        return watcher


@contextmanager
def servers() -> Iterator[tuple[DovecotServer, BenchSink]]:
    """A private Dovecot and a BenchSink for the duration; reports Dovecot log errors at the end."""
    dovecot = start_dovecot()
    sink = BenchSink()
    sink.start()
    try:
        yield dovecot, sink
    finally:
        sink.stop()
        dovecot.stop()
        for line in dovecot.log_problems()[:5]:
            print(f"dovecot log: {line}", file=sys.stderr)
        dovecot.cleanup()


def workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="mailbot-bench-"))


def write_config(folder: Path, mailbox: Mailbox, sink: SmtpSink, **imap: object) -> Path:
    """A mailbot.toml for the test servers, with its events file and SQLite database in ``folder``."""
    events = folder / "events.toml"
    events.write_text(EVENTS, encoding="utf-8")
    extra = "".join(f"{key} = {_toml(value)}\n" for key, value in imap.items())
    config = folder / "mailbot.toml"
    config.write_text(f"""\
intake = "imap"
transport = "smtp"
events_file = {_toml(str(events))}

[imap]
host = {_toml(mailbox.host)}
port = {mailbox.port}
username = {_toml(mailbox.username)}
password = {_toml(mailbox.password)}
tls = "none"
{extra}
[smtp]
host = {_toml(sink.host)}
port = {sink.port}
tls = "none"

[database]
url = {_toml(f"sqlite:///{folder / 'mailbot.db'}")}
""", encoding="utf-8")
    return config


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def mailbot_command(*args: str, config: Path | None = None) -> list[str]:
    """`python -m mailbot ARGS [--config FILE]` with this interpreter."""
    return [sys.executable, "-m", "mailbot", *args, *(["--config", str(config)] if config else [])]


def child_env() -> dict[str, str]:
    """This environment without MAILBOT_* overrides, with the checkout on PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def machine() -> str:
    """Cores and load average: another busy process on a 2-core machine halves these figures."""
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"] * 3
    note = f"machine: {os.cpu_count()} cores, load average {' '.join(load)} (1, 5, 15 min)"
    if load[0] != "?" and float(load[0]) > 0.5:
        note += " - something else is busy: expect lower, noisier figures"
    return note


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100): with 50 values, p99 is the largest."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]
