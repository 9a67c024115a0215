"""Sending the outbox from a second process while the first one reads a backlog.

Reading, deciding and rendering are CPU work in Python; sending waits on the SMTP server and costs
CPU for the protocol. In one process they take turns (one interpreter lock), so a backlog took
the sum of both. A second process sends on the machine's other core while the worker goes on
reading: a backlog takes about the longer of the two.

The guarantees stay those of ``outbox.drain``, which this process runs: each outcome is committed
right after the server's 250, into a journal of its own (see ``journal``) so that it never waits
for the worker's write lock; the worker folds the journal into the outbox when this one is done.

Started only for a backlog (a full first batch): for a single new mail the ~0.5 s start of a
Python process would cost more than it saves.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import queue
import signal
from datetime import datetime, timezone
from dataclasses import astuple
from typing import Any

from sqlalchemy.engine import Engine

from .config import Settings
from .journal import fold_journal
from .sending import DrainResult

log = logging.getLogger(__name__)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)  # not worker.utcnow: importing the worker would load IMAP and all
IDLE_WAIT = 0.2  # seconds between looks at an empty outbox, unless woken


class BackgroundSender:
    """The parent's handle: ``wake`` after each commit, ``finish`` to send the rest and collect."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self._engine = engine
        ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited connections
        self._finish, self._halt, self._wake = ctx.Event(), ctx.Event(), ctx.Event()
        self._results: Any = ctx.Queue()
        self._process = ctx.Process(target=serve, name="mailbot-sender", daemon=True,
                                    args=(settings, self._finish, self._halt, self._wake, self._results,
                                          logging.getLogger().level))
        self._process.start()

    def wake(self) -> None:
        self._wake.set()

    def halt(self) -> None:
        """Stop between two mails (SIGTERM): what is left goes out on the next run."""
        self._halt.set()
        self._wake.set()

    def finish(self, timeout: float = 3600.0) -> DrainResult:
        """Send everything committed so far, then stop; the totals of the whole run."""
        self._finish.set()
        self._wake.set()
        try:
            sent, deferred, failed, _ = self._results.get(timeout=timeout)
        except queue.Empty:
            log.error("the sending process gave no result in %.0f s; stopping it", timeout)
            self._process.terminate()
            sent = deferred = failed = 0
        self._process.join(timeout=10)
        fold_journal(self._engine)
        if self._process.exitcode not in (0, None):
            log.error("the sending process ended with exit code %s", self._process.exitcode)
        return DrainResult(sent, deferred, failed)


def serve(settings: Settings, finish: Any, halt: Any, wake: Any, results: Any, log_level: int) -> None:
    """The child process: drain, wait to be woken, drain again; after ``finish``, one last drain."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop (via halt)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(name)s[sender]: %(message)s")
    total = DrainResult()
    try:
        total = asyncio.run(_loop(settings, finish, halt, wake))
    finally:
        results.put(astuple(total))


async def _loop(settings: Settings, finish: Any, halt: Any, wake: Any) -> DrainResult:
    from .db import make_engine
    from .journal import Journal, journal_path
    from .sending import drain
    from .transports import make_transport

    engine = make_engine(settings.database.url)  # the parent has migrated it already
    journal = Journal(journal_path(settings.database.url))  # type: ignore[arg-type]
    transport = make_transport(settings)
    total = DrainResult()
    try:
        while not halt.is_set():
            last = finish.is_set()  # read before draining: all the parent committed is due now
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
