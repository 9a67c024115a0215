"""Reminders and digests: jobs that only write outbox rows, never send.

``Planner.run_due`` writes whatever is due now: reminders (see reminders.py) and, once the day's
digest time has passed, each organiser's digest for that day. Every row has a dedupe key, so
running it again, after a restart, or from two schedulers writes nothing twice; a digest missed
during downtime still goes out later the same day (coalesced), not days later. The long-running
worker calls it from APScheduler 3 every few minutes and at the digest time; `run --once` writes
due reminders only, and `mailbot digest` writes the day's digests when due (for cron set-ups).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from .config import Settings
from .db import unit_of_work
from .digest import DigestPlan, plan_digests
from .events import Catalogue
from .models import Registration, Undeliverable
from .outbox import enqueue
from .reminders import Registered, due_reminders
from .render import Sender

log = logging.getLogger(__name__)


class Planner:
    def __init__(self, engine: Engine, catalogue: Catalogue, settings: Settings, clock: Callable[[], datetime]) -> None:
        self.engine = engine
        self.catalogue = catalogue
        self.settings = settings
        self.clock = clock
        self.sender = Sender.from_settings(settings)
        self.zone = ZoneInfo(settings.schedule.timezone)

    def run_due(self) -> int:
        """Write every reminder and digest that is due now; returns the number of new outbox rows."""
        return self.reminders() + sum(p.written for p in self.digests())

    def reminders(self) -> int:
        now = self.clock()
        with unit_of_work(self.engine) as session:
            upcoming = [e.id for e in self.catalogue.events if e.starts > now]
            rows = session.exec(select(Registration).where(Registration.status == "confirmed",
                                                           col(Registration.event_id).in_(upcoming))).all()
            bounced = frozenset(session.exec(select(Undeliverable.email).where(Undeliverable.permanent)).all())
            regs = [Registered(r.id or 0, r.event_id, r.email, r.name, r.language, r.created_at, r.registered_by)
                    for r in rows]
            written = sum(enqueue(session, mail, self.catalogue, self.sender, now)
                          for mail in due_reminders(regs, self.catalogue, now, bounced))
        if written:
            log.info("%d reminder(s) written to the outbox", written)
        return written

    def digests(self, force: bool = False) -> list[DigestPlan]:
        """Today's digests once their time has passed; ``force`` (`mailbot digest --now`) makes one now."""
        now = self.clock()
        local = now.astimezone(self.zone)
        hour, minute = map(int, self.settings.schedule.digest_time.split(":"))
        if not force and (local.hour, local.minute) < (hour, minute):
            return []
        dedupe = local.strftime("%Y-%m-%dT%H:%M") if force else local.strftime("%Y-%m-%d")
        plans: list[DigestPlan] = []
        with unit_of_work(self.engine) as session:
            for plan in plan_digests(session, self.catalogue, now, dedupe,
                                     send_empty=force or self.settings.schedule.digest_send_empty, zone=self.zone):
                written = plan.mail is not None and bool(enqueue(session, plan.mail, self.catalogue, self.sender, now))
                plans.append(replace(plan, written=written))
        return plans


def start_scheduler(planner: Planner, wake: Callable[[], None]) -> object:
    """APScheduler 3 in a background thread: run_due every few minutes and at the digest time."""
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    schedule = planner.settings.schedule

    def job() -> None:
        try:
            if planner.run_due():
                wake()  # the worker drains the outbox now instead of at its next wake-up
        except Exception:  # noqa: BLE001 - a failed run is logged; the next one tries again
            log.exception("scheduled reminders/digests failed")

    scheduler = BackgroundScheduler(timezone=planner.zone)
    # One job store per scheduler (3.x must not share one); coalesce missed runs into one.
    scheduler.add_job(job, IntervalTrigger(minutes=schedule.check_every_minutes), id="due", coalesce=True,
                      max_instances=1, next_run_time=datetime.now(planner.zone), misfire_grace_time=None)
    hour, minute = schedule.digest_time.split(":")
    scheduler.add_job(job, CronTrigger(hour=int(hour), minute=int(minute), timezone=planner.zone), id="digest",
                      coalesce=True, max_instances=1, misfire_grace_time=6 * 3600)
    scheduler.start()
    return scheduler
