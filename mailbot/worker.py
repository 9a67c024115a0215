"""The long-running loop: intake -> pipeline -> move -> outbox, then wait for mail (IDLE or poll).

``once`` processes everything pending and drains the due outbox, then returns (tests, cron, the
demo). SIGTERM/SIGINT set a stop flag that is checked between messages: the message in hand is
finished (committed and moved) or left untouched in the inbox, never half-done.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy.engine import Engine

from .config import Settings
from .events import Catalogue
from .intake import Intake, make_intake
from .journal import fold_journal, journal_path
from .models import MailboxState
from .outbox import DrainResult, drain, next_due
from .pipeline import Pipeline
from .scheduler import Planner, start_scheduler
from .sender import BackgroundSender
from .transports import Transport, make_transport

log = logging.getLogger(__name__)
MAX_RECONNECT_DELAY = 300.0


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Summary:
    """What one run did, for the closing line of `mailbot run`."""

    processed: int = 0
    already_known: int = 0
    triaged: int = 0
    failed: int = 0
    queued: int = 0
    outbox: DrainResult = field(default_factory=DrainResult)
    details: list[str] = field(default_factory=list)  # the first few outcomes, for people to read

    MAX_DETAILS = 25

    def note(self, sender: str, summary: str) -> None:
        if len(self.details) < self.MAX_DETAILS:
            self.details.append(f"{sender or '?'}: {summary}")
        elif len(self.details) == self.MAX_DETAILS:
            self.details.append("…")

    def line(self) -> str:
        return (f"{self.processed} message(s) processed, {self.already_known} already known, "
                f"{self.triaged} to triage, {self.failed} failed (left in the inbox); "
                f"{self.queued} mail(s) queued, {self.outbox.sent} sent, {self.outbox.deferred} deferred, "
                f"{self.outbox.failed} failed")


class Worker:
    def __init__(self, settings: Settings, engine: Engine, catalogue: Catalogue,
                 clock: Callable[[], datetime] = utcnow, intake: Intake | None = None,
                 transport: Transport | None = None) -> None:
        self.settings = settings
        self.engine = engine
        self.clock = clock
        self.pipeline = Pipeline(engine, catalogue, settings, clock)
        self.intake = intake or make_intake(settings, self._remember_uidvalidity)
        self.transport = transport or make_transport(settings)
        # A second process may send only what it can rebuild from settings: our own transport and clock.
        self._may_start_sender = transport is None and clock is utcnow and \
            journal_path(settings.database.url) is not None and settings.mail.background_sender != "never"
        self._sender: BackgroundSender | None = None
        self.planner = Planner(engine, catalogue, settings, clock)
        self.stop = threading.Event()
        self.interrupt = threading.Event()  # wakes the wait: set on stop, and when a job wrote mail
        self.summary = Summary()

    # -------------------------------------------------------- one pass

    def process_pending(self) -> int:
        """Everything waiting in the inbox, batch by batch (one commit per batch, a savepoint per
        message). Blocking: run it in a thread."""
        tried: set[Hashable] = set()
        handled = 0
        while not self.stop.is_set():
            batch = self.intake.fetch(self.settings.imap.batch_size, skip=tried)
            if not batch:
                break
            moves: dict[str, list[Hashable]] = {"processed": [], "triage": []}
            self._start_sender(backlog=len(batch) >= self.settings.imap.batch_size)
            outcomes = self.pipeline.process_batch([item.raw for item in batch], should_stop=self.stop.is_set)
            if self._sender is not None:
                self._sender.wake()  # committed: its mail may go out while the next batch is read
                fold_journal(self.engine)  # and what it sent so far shows in the outbox
            for item, outcome in zip(batch, outcomes):  # committed: now they may leave the inbox
                tried.add(item.ref)
                self._count(outcome.destination, outcome.new, outcome.mails)
                if outcome.new:
                    self.summary.note(outcome.sender, outcome.summary)
                log.info("%s: %s", outcome.key, outcome.summary)
                if outcome.destination is not None:
                    moves[outcome.destination].append(item.ref)
                handled += 1
            for destination, refs in moves.items():  # only committed outcomes are moved
                self.intake.move(refs, destination)  # type: ignore[arg-type]
        return handled

    def _count(self, destination: str | None, new: bool, mails: int) -> None:
        s = self.summary
        s.queued += mails
        if destination is None:
            s.failed += 1
        elif not new:
            s.already_known += 1
        elif destination == "triage":
            s.triaged += 1
        else:
            s.processed += 1

    def _start_sender(self, backlog: bool) -> None:
        if self._sender is None and self._may_start_sender and (
                backlog or self.settings.mail.background_sender == "always"):
            log.info("a backlog: sending from a second process while reading")
            self._sender = BackgroundSender(self.settings, self.engine)

    async def finish_sending(self) -> None:
        """Let the background sender send what is committed, and count what it did."""
        sender, self._sender = self._sender, None
        if sender is not None:
            self._add(await asyncio.to_thread(sender.finish))

    def _add(self, result: DrainResult) -> None:
        total = self.summary.outbox
        total.sent, total.deferred, total.failed = (total.sent + result.sent, total.deferred + result.deferred,
                                                    total.failed + result.failed)

    async def drain_outbox(self) -> None:
        await self.finish_sending()
        result = await drain(self.engine, self.transport, self.clock, self.settings.mail,
                             should_stop=self.stop.is_set, redirect_to=self.settings.devmode.redirect_to)
        self._add(result)

    # -------------------------------------------------------- the loop

    async def run(self, once: bool = False) -> Summary:
        self._install_signal_handlers()
        scheduler = None
        try:
            await self._connect(once)
            if once:  # reminders that are due; digests come from the scheduler or `mailbot digest`
                self.summary.queued += await asyncio.to_thread(self.planner.reminders)
            else:
                scheduler = start_scheduler(self.planner, wake=self.interrupt.set)
            delay = 1.0
            while not self.stop.is_set():
                try:
                    await asyncio.to_thread(self.process_pending)
                except Exception as exc:  # noqa: BLE001 - the mailbox went away mid-pass
                    if once:
                        raise
                    log.warning("mailbox trouble (%s); reconnecting in %.0f s", exc, delay)
                    await asyncio.to_thread(self.intake.close)
                    await asyncio.to_thread(self.stop.wait, delay)
                    delay = min(delay * 2, MAX_RECONNECT_DELAY)
                    continue
                delay = 1.0
                await self.drain_outbox()
                if once:
                    break
                await asyncio.to_thread(self.intake.wait, self._wait_seconds(), self.interrupt)
                if not self.stop.is_set():
                    self.interrupt.clear()
        finally:
            if scheduler is not None:
                scheduler.shutdown(wait=False)  # type: ignore[attr-defined]
            if self._sender is not None:  # stopped or failed mid-pass: the sender stops between mails
                self._sender.halt()
                await self.finish_sending()
            await self.transport.close()
            await asyncio.to_thread(self.intake.close)
        return self.summary

    async def _connect(self, once: bool) -> None:
        delay = 1.0
        while True:
            try:
                await asyncio.to_thread(self.intake.connect)
                return
            except Exception as exc:  # noqa: BLE001 - any connection trouble: back off and retry
                if once or self.stop.is_set():
                    raise
                log.warning("cannot reach the mailbox (%s); retrying in %.0f s", exc, delay)
                await asyncio.to_thread(self.stop.wait, delay)
                delay = min(delay * 2, MAX_RECONNECT_DELAY)

    def _wait_seconds(self) -> float:
        """Wake up for new mail, or when the next deferred outbox row is due."""
        due = next_due(self.engine)
        if due is None:
            return self.settings.imap.idle_renew
        return max(0.05, min(self.settings.imap.idle_renew, (due - self.clock()).total_seconds()))

    def _install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(sig, self._request_stop, sig)
            except (NotImplementedError, RuntimeError, ValueError):
                pass  # not the main thread (tests): stop via worker.request_stop()

    def _request_stop(self, sig: signal.Signals) -> None:
        log.info("%s received: finishing the message in hand, then stopping", sig.name)
        self.request_stop()

    def request_stop(self) -> None:
        self.stop.set()
        self.interrupt.set()
        if self._sender is not None:
            self._sender.halt()

    def _remember_uidvalidity(self, folder: str, uidvalidity: int) -> None:
        from sqlmodel import Session

        with Session(self.engine) as session:
            state = session.get(MailboxState, folder)
            if state is not None and state.uidvalidity != uidvalidity:
                log.warning("UIDVALIDITY of %s changed (%s -> %s): old UIDs are void; Message-IDs keep us safe",
                            folder, state.uidvalidity, uidvalidity)
            if state is None or state.uidvalidity != uidvalidity:
                session.merge(MailboxState(name=folder, uidvalidity=uidvalidity))
                session.commit()

