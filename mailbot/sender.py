"""Sending the outbox from a second process while the first one reads a backlog.

Reading, deciding and rendering are CPU work in Python; sending waits on the SMTP server and costs
CPU for the protocol. In one process they take turns (one interpreter lock), so a backlog took
the sum of both. A second process sends on the machine's other core while the worker goes on
reading: a backlog takes about the longer of the two.

The guarantees stay those of ``sending.drain``, which this process runs: each outcome is committed
right after the server's 250, into a journal of its own (see ``journal``) so that it never waits
for the worker's write lock; the worker folds the journal into the outbox.

The process is `python -m mailbot.sender`, not multiprocessing: no resource-tracker process, and it
imports only what sending needs (SQLAlchemy Core, the SMTP client). The settings arrive pickled
on its stdin (secrets never in argv or the environment), then one command per line: ``wake``
after each batch the worker committed, ``finish`` (send what is committed, then stop) or ``halt``
(stop between two mails). It answers with one JSON line of totals on stdout.

Started only for a backlog (a full first batch): for a single new mail the ~0.5 s start of a
Python process would cost more than it saves.
"""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import signal
import subprocess
import sys
import threading
from datetime import datetime, timezone

from sqlalchemy.engine import Engine

from .config import Settings
from .journal import fold_journal
from .sending import DrainResult

log = logging.getLogger(__name__)
IDLE_WAIT = 0.2  # seconds between looks at an empty outbox, unless woken


class BackgroundSender:
    """The worker's handle: ``wake`` after each commit, ``finish`` to send the rest and collect."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self._engine = engine
        self._process = subprocess.Popen([sys.executable, "-m", "mailbot.sender"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE)
        payload = pickle.dumps((settings, logging.getLogger().level))
        self._tell(len(payload).to_bytes(8, "big") + payload)

    def _tell(self, data: bytes) -> None:
        try:
            self._process.stdin.write(data)  # type: ignore[union-attr]
            self._process.stdin.flush()  # type: ignore[union-attr]
        except (BrokenPipeError, ValueError):
            log.error("the sending process is gone (exit code %s)", self._process.poll())

    def wake(self) -> None:
        self._tell(b"wake\n")

    def halt(self) -> None:
        """Stop between two mails (SIGTERM): what is left goes out on the next run."""
        self._tell(b"halt\n")

    def finish(self, timeout: float = 3600.0) -> DrainResult:
        """Send everything committed so far, then stop; the totals of the whole run."""
        self._tell(b"finish\n")
        try:
            out, _ = self._process.communicate(timeout=timeout)
            sent, deferred, failed = json.loads(out.decode().strip().splitlines()[-1])
        except (subprocess.TimeoutExpired, ValueError, IndexError):
            log.error("the sending process gave no result; stopping it")
            self._process.kill()
            self._process.communicate()
            sent = deferred = failed = 0
        fold_journal(self._engine)
        if self._process.returncode:
            log.error("the sending process ended with exit code %s", self._process.returncode)
        return DrainResult(sent, deferred, failed)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)  # not worker.utcnow: importing the worker would load IMAP and all


def main() -> int:
    """The sending process: drain, wait to be woken, drain again; after ``finish``, one last drain."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the worker decides when to stop (halt)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    stdin = sys.stdin.buffer
    settings, log_level = pickle.loads(stdin.read(int.from_bytes(stdin.read(8), "big")))
    logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(name)s[sender]: %(message)s")
    finish, halt, wake = threading.Event(), threading.Event(), threading.Event()

    def listen() -> None:
        for line in stdin:
            command = line.strip()
            if command in (b"finish", b"halt"):
                (finish if command == b"finish" else halt).set()
            wake.set()
        finish.set()  # the worker is gone: send what is committed and stop
        wake.set()

    threading.Thread(target=listen, daemon=True).start()
    total = asyncio.run(_loop(settings, finish, halt, wake))
    print(json.dumps([total.sent, total.deferred, total.failed]), flush=True)
    return 0


async def _loop(settings: Settings, finish: threading.Event, halt: threading.Event,
                wake: threading.Event) -> DrainResult:
    from .db import make_engine
    from .journal import Journal, journal_path
    from .sending import drain
    from .transports import make_transport

    engine = make_engine(settings.database.url)  # the worker has migrated it already
    journal = Journal(journal_path(settings.database.url))  # type: ignore[arg-type]
    transport = make_transport(settings)
    total = DrainResult()
    try:
        while not halt.is_set():
            last = finish.is_set()  # read before draining: all the worker committed is due now
            wake.clear()
            result = await drain(engine, transport, _utcnow, settings.mail, should_stop=halt.is_set,
                                 redirect_to=settings.devmode.redirect_to, record=journal, after_id=total.last_id)
            total.sent, total.deferred, total.failed = (total.sent + result.sent, total.deferred + result.deferred,
                                                        total.failed + result.failed)
            total.last_id = result.last_id
            if last:
                break
            if result.sent == 0:  # nothing due, or the server is away: wait for the next commit
                await asyncio.to_thread(wake.wait, IDLE_WAIT if result.deferred == 0 else 5.0)
    finally:
        await transport.close()
        journal.close()
        engine.dispose()
    return total


if __name__ == "__main__":
    raise SystemExit(main())
