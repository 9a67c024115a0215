"""A backlog after a weekend: N mails waiting. How fast does mailbot clear them, next to the raw limits?

    python bench/backlog.py --messages 10000 [--profile]

Seeds N realistic sign-ups and questions (bench/mails.py) into a fresh Dovecot mailbox with
MULTIAPPEND, then measures in one run, against the same servers:
  raw IMAP   imapclient fetching all N with BODY.PEEK[], 500 UIDs a command;
  raw SMTP   aiosmtplib sending small mails over one reused connection to the sink, from its own
             process (as mailbot is), so the sink's CPU is not shared with the sender's;
  mailbot    `python -m mailbot run --once --config <generated toml>` as a subprocess clearing
             the whole backlog (SQLite in a temp folder); its peak RSS from the kernel (wait4).
Then checks that nothing was lost or doubled: N inbound rows, INBOX empty and N in the processed
folder, exactly one confirmation per registrant, no Message-ID sent twice, every outbox row sent.
Prints figures and PASS/FAIL; asserts nothing, exits 1 only when a correctness check fails.

--profile runs mailbot in this process under cProfile instead (intake, pipeline and outbox in the
main thread, where cProfile can see them: `Worker.run` hands them to worker threads) and prints the
top 25 functions by cumulative and by own time.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from common import (BenchSink, Mailbox, child_env, machine, mailbot_command, percentile, servers,
                    workdir, write_config)
from mails import backlog

SEED_BATCH = 200  # messages per MULTIAPPEND command
FETCH_BATCH = 500  # UIDs per raw FETCH
SMTP_ROUNDS = 5  # raw SMTP: median of this many sending processes
BIG_LINES = 100  # lines of the raw SMTP round with mails of mailbot's size (5.2 KB)
RSS_INTERVAL = 0.05  # seconds between VmRSS samples
TARGET_SMTP_SHARE = 0.5
TARGET_RSS_MB = 150


@dataclass
class Run:
    """What one mailbot run took: wall time, when the sink saw the first and last mail, memory."""

    seconds: float
    first_mail: float | None = None  # seconds after the start; processing ends, sending begins
    last_mail: float | None = None
    peak_rss_mb: float | None = None
    rss_samples: list[tuple[float, float]] = field(default_factory=list)  # (seconds, MB): worker and sender
    worker_peak_mb: float = 0.0  # sampled, the worker alone
    sender_peak_mb: float = 0.0  # sampled, the sending process alone
    worker_peak_at: float = 0.0  # seconds into the run
    cpu_seconds: float = 0.0  # user + system of the worker and the sender it waited for (wait4)
    sink_cpu_seconds: float = 0.0  # this process during the run: mostly the SMTP sink's thread
    sender_cpu_seconds: float = 0.0  # the sending process, last sampled from /proc (just before it ended)
    output: str = ""
    ok: bool = True


# ------------------------------------------------------------------ the raw limits

def seed(mailbox: Mailbox, raws: list[bytes]) -> float:
    """Put the backlog in the INBOX with MULTIAPPEND (RFC 3502); returns seconds."""
    start = time.perf_counter()
    with mailbox.connect() as client:
        for i in range(0, len(raws), SEED_BATCH):
            client.multiappend("INBOX", raws[i:i + SEED_BATCH])
    return time.perf_counter() - start


def raw_imap(mailbox: Mailbox) -> float:
    """messages/s of a plain fetch of the whole INBOX (the most any IMAP reader can do here)."""
    with mailbox.connect() as client:
        start = time.perf_counter()
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        for i in range(0, len(uids), FETCH_BATCH):
            client.fetch(uids[i:i + FETCH_BATCH], [b"BODY.PEEK[]"])
        return len(uids) / (time.perf_counter() - start)


def smtp_client(host: str, port: int, count: int, lines: int = 20) -> tuple[float, float]:
    """Runs in a child process: send ``count`` small mails over one connection; (messages/s, CPU
    seconds per mail of this client)."""
    import aiosmtplib

    raw = ("From: Aanmeldingen <aanmelden@example.org>\r\nTo: jan@bieb.example.nl\r\n"
           "Subject: Aanmelding bevestigd\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           + "Uw aanmelding voor de gesprekstafel is bevestigd.\r\n" * lines).encode()

    async def send() -> tuple[float, float]:
        client = aiosmtplib.SMTP(hostname=host, port=port, use_tls=False, start_tls=False)
        await client.connect()
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(count):
            await client.sendmail("aanmelden@example.org", ["jan@bieb.example.nl"], raw)
        rate, cpu = count / (time.perf_counter() - start), (time.process_time() - cpu) / count
        await client.quit()
        return rate, cpu

    return asyncio.run(send())


@dataclass
class RawSmtp:
    rate: float  # median messages/s
    low: float
    high: float
    client_cpu: float  # CPU seconds per mail: the sending process
    sink_cpu: float  # CPU seconds per mail: this process, which runs the sink
    rate_5kb: float  # one round with mails of mailbot's size (the sink reads them line by line)


def raw_smtp(sink: BenchSink, count: int) -> RawSmtp:
    """messages/s to the sink from separate processes (spawned: no threads are forked), as
    (median, lowest, highest) of SMTP_ROUNDS rounds: one connection's rate is bound by wake-up
    latency between two processes, which varies from process to process by up to 2x here."""
    rounds, sink_cpu, each = [], 0.0, max(1, count // SMTP_ROUNDS)
    with multiprocessing.get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        for _ in range(SMTP_ROUNDS):
            cpu = time.process_time()
            rounds.append(pool.apply(smtp_client, (sink.host, sink.port, each)))
            sink_cpu += time.process_time() - cpu
        rate_5kb, _ = pool.apply(smtp_client, (sink.host, sink.port, each, BIG_LINES))
    with sink._lock:
        sink.arrivals.clear()  # the raw mails are not mailbot's
    rates = [rate for rate, _ in rounds]
    return RawSmtp(statistics.median(rates), min(rates), max(rates),
                   statistics.median(cpu for _, cpu in rounds), sink_cpu / (each * SMTP_ROUNDS), rate_5kb)


# ------------------------------------------------------------------ mailbot

def run_mailbot(config: Path, sink: BenchSink, folder: Path) -> Run:
    """`mailbot run --once` as a subprocess; peak RSS from wait4, RSS samples from /proc."""
    stdout, stderr = (folder / "stdout.txt").open("w+"), (folder / "stderr.txt").open("w+")
    start, cpu = time.perf_counter(), time.process_time()
    proc = subprocess.Popen(mailbot_command("run", "--once", config=config), env=child_env(),
                            cwd=folder, stdout=stdout, stderr=stderr)
    samples: list[tuple[float, float]] = []
    peaks = [0.0, 0.0, 0.0]
    child_cpu: dict[int, float] = {}
    sampler = threading.Thread(target=sample_rss, args=(proc.pid, start, samples, peaks, child_cpu), daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)  # the child's own rusage, not Dovecot's or ours
    seconds, sink_cpu = time.perf_counter() - start, time.process_time() - cpu
    proc.returncode = os.waitstatus_to_exitcode(status)
    sampler.join()
    stdout.seek(0), stderr.seek(0)
    run = Run(seconds, peak_rss_mb=usage.ru_maxrss / 1024, rss_samples=samples, ok=proc.returncode == 0,
              worker_peak_mb=peaks[0], sender_peak_mb=peaks[1], worker_peak_at=peaks[2],
              cpu_seconds=usage.ru_utime + usage.ru_stime, sink_cpu_seconds=sink_cpu,
              sender_cpu_seconds=sum(child_cpu.values()),
              output=stdout.read() + (stderr.read()[-3000:] if proc.returncode else ""))
    return with_mail_times(run, sink, start)


def sample_rss(pid: int, start: float, samples: list[tuple[float, float]], peaks: list[float],
               child_cpu: dict[int, float]) -> None:
    """VmRSS of ``pid`` and its children (the background sender) every RSS_INTERVAL until it exits:
    shows whether memory grows during the run. Also the children's CPU seconds so far."""
    while True:
        own = _rss_mb(pid)
        if own is None:  # gone, or a zombie with no memory left to report
            return
        children: list[str] = []  # the sender is started from a worker thread: look in every task
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            try:
                children += task.read_text().split()
            except OSError:
                pass
        child = sum(_rss_mb(int(c)) or 0 for c in children)
        for c in children:
            child_cpu[int(c)] = max(child_cpu.get(int(c), 0.0), _cpu_seconds(int(c)))
        samples.append((time.perf_counter() - start, own + child))
        hwm = _rss_mb(pid, "VmHWM:") or own  # the kernel's high-water mark: no spike between samples is lost
        if hwm > peaks[0]:
            peaks[2] = time.perf_counter() - start  # when the worker alone reached its largest
        peaks[0], peaks[1] = max(peaks[0], hwm), max(peaks[1], max((_rss_mb(int(c), "VmHWM:") or 0 for c in children), default=0))
        time.sleep(RSS_INTERVAL)


def _cpu_seconds(pid: int) -> float:
    """utime + stime from /proc/PID/stat (fields 14 and 15, after the command name in parentheses)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int, field: str = "VmRSS:") -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    line = next((ln for ln in status.splitlines() if ln.startswith(field)), None)
    return int(line.split()[1]) / 1024 if line else None


def with_mail_times(run: Run, sink: BenchSink, start: float) -> Run:
    times = [a.at for a in sink.arrivals]
    if times:
        run.first_mail, run.last_mail = min(times) - start, max(times) - start
    return run


def profile_mailbot(config: Path, sink: BenchSink, folder: Path) -> Run:
    """mailbot in this process under cProfile: `run --once` done step by step in the main thread."""
    import cProfile
    import pstats

    from mailbot.config import load_settings
    from mailbot.db import open_database
    from mailbot.events import load_catalogue
    from mailbot.worker import Worker

    async def once(worker: Worker) -> None:
        worker.intake.connect()
        worker.process_pending()  # Worker.run does this in a thread, out of cProfile's sight
        await worker.drain_outbox()
        await worker.transport.close()
        worker.intake.close()

    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    settings = load_settings(config)
    worker = Worker(settings, open_database(settings.database.url), load_catalogue(settings.events_file))
    asyncio.run(once(worker))
    profiler.disable()
    run = with_mail_times(Run(time.perf_counter() - start, output=worker.summary.line()), sink, start)
    stats = pstats.Stats(profiler)
    stats.dump_stats(folder / "mailbot.pstats")
    for order in ("cumulative", "tottime"):
        print(f"\n--- profile: top 25 by {order} (saved in {folder / 'mailbot.pstats'}) ---")
        stats.sort_stats(order).print_stats(25)
    return run


# ------------------------------------------------------------------ checks and report

def check(folder: Path, mailbox: Mailbox, sink: BenchSink, n: int, registrants: set[str]) -> list[str]:
    """What went wrong, if anything: recorded, moved, confirmed once each, nothing sent twice."""
    problems = []
    with sqlite3.connect(folder / "mailbot.db") as db:
        statuses = dict(db.execute("SELECT status, count(*) FROM inbound_message GROUP BY status").fetchall())
        outbox = dict(db.execute("SELECT status, count(*) FROM outbox_mail GROUP BY status").fetchall())
    if sum(statuses.values()) != n or statuses.get("done", 0) != n:
        problems.append(f"inbound_message rows by status {statuses}, expected {n} done")
    inbox, moved, triage = (len(mailbox.uids(f)) for f in ("INBOX", "mailbot-processed", "mailbot-triage"))
    if (inbox, moved, triage) != (0, n, 0):
        problems.append(f"{inbox} left in INBOX, {moved} in processed, {triage} in triage; expected 0, {n}, 0")
    ids = Counter(a.message_id() for a in sink.arrivals)
    confirmed = Counter(a.rcpt_tos[0].lower() for a in sink.arrivals
                        if a.message_id().startswith("<mailbot.confirmation."))
    missing, extra = registrants - set(confirmed), set(confirmed) - registrants
    doubled = [a for a, c in confirmed.items() if c > 1]
    if missing or extra or doubled:
        problems.append(f"confirmations: {len(missing)} registrants without, {len(doubled)} twice, "
                        f"{len(extra)} to non-registrants")
    if any(c > 1 for c in ids.values()) or outbox != {"sent": len(sink.arrivals)}:
        problems.append(f"outbox rows by status {outbox}, {len(sink.arrivals)} mails at the sink, "
                        f"{sum(c > 1 for c in ids.values())} Message-IDs received more than once")
    return problems


def report(n: int, imap_rate: float, smtp: RawSmtp, run: Run, mails_out: int, profiled: bool) -> None:
    rate, smtp_rate = n / run.seconds, smtp.rate
    how = "in-process under cProfile (slower than real)" if profiled else "subprocess, incl. start-up"
    print(f"\nraw IMAP fetch (BODY.PEEK[], {FETCH_BATCH}/command): {imap_rate:9,.0f} messages/s")
    print(f"raw SMTP send (one connection):             {smtp_rate:9,.0f} messages/s "
          f"(median of {SMTP_ROUNDS} processes, {smtp.low:,.0f}-{smtp.high:,.0f}; "
          f"{smtp.rate_5kb:,.0f}/s with 5.2 KB mails, the size of mailbot's)")
    print(f"mailbot run --once:                         {rate:9,.1f} messages/s ({run.seconds:.1f} s, {how})")
    if run.first_mail is not None and run.last_mail is not None:
        sending = run.last_mail - run.first_mail
        print(f"  first mail out after {run.first_mail:.1f} s, last after {run.last_mail:.1f} s "
              f"({mails_out / max(sending, 1e-9):.0f} mails/s between; sending overlaps reading in a backlog), "
              f"exit {run.seconds - run.last_mail:.1f} s later")
    print(f"mailbot / raw IMAP: {rate / imap_rate:6.1%}")
    share = rate / smtp_rate
    print(f"mailbot / raw SMTP: {share:6.1%}   target >= {TARGET_SMTP_SHARE:.0%}: "
          f"{'met' if share >= TARGET_SMTP_SHARE else 'NOT met'}")
    if not profiled:
        cpu_budget(n, smtp, run, mails_out)
    if run.peak_rss_mb is not None:
        worker = run.worker_peak_mb or run.peak_rss_mb
        print(f"peak RSS mailbot:   {worker:6.0f} MB   target <= {TARGET_RSS_MB} MB at N=50,000 and flat "
              f"in N: {'met' if worker <= TARGET_RSS_MB else 'NOT met'} at N={n:,} (the worker's VmHWM)")
        tree = max((mb for _, mb in run.rss_samples), default=0.0)
        print(f"  wait4's ru_maxrss says {run.peak_rss_mb:.0f} MB, but that counts this script's own pages at the fork "
              f"before exec (it holds all N mails), so it grows with N; VmHWM is per process and starts at exec.")
        print(f"  High-water marks: "
              f"worker {run.worker_peak_mb:.0f} MB (reached at {run.worker_peak_at:.1f} s), sender {run.sender_peak_mb:.0f} MB, together {tree:.0f} MB")
        print("  RSS during the run: " + rss_course(run))
    print(f"mailbot said: {run.output.strip().splitlines()[-1] if run.output.strip() else '(nothing)'}")


def cpu_budget(n: int, smtp: RawSmtp, run: Run, mails_out: int) -> None:
    """Where the machine's CPU goes per message, next to what the target leaves: at half the raw SMTP
    rate, all cores together have cores/rate seconds per message for mailbot, the sink and Dovecot."""
    cores = len(os.sched_getaffinity(0))
    target = TARGET_SMTP_SHARE * smtp.rate
    per_mail_out = mails_out / n
    worker = run.cpu_seconds - run.sender_cpu_seconds
    print(f"CPU per message ({cores} cores): mailbot {run.cpu_seconds / n * 1000:.2f} ms (worker "
          f"{worker / n * 1000:.2f} ms incl. start-up, sender {run.sender_cpu_seconds / n * 1000:.2f} ms; user+system), "
          f"the sink {run.sink_cpu_seconds / n * 1000:.2f} ms ({per_mail_out:.2f} mails out each); "
          f"raw SMTP: client {smtp.client_cpu * 1000:.2f} ms, sink {smtp.sink_cpu * 1000:.2f} ms per mail")
    print(f"  the target ({target:,.0f} messages/s) leaves {cores / target * 1000:.2f} ms of CPU per message on all "
          f"{cores} cores together, for mailbot, the sink and Dovecot")


def rss_course(run: Run) -> str:
    """RSS at a quarter, half, three quarters and the end of the run: flat, or growing?"""
    if not run.rss_samples:
        return "(no samples)"
    points = []
    for share in (0.25, 0.5, 0.75, 1.0):
        at = share * run.seconds
        mb = max((m for t, m in run.rss_samples if t <= at), default=run.rss_samples[0][1])
        points.append(f"{share:.0%} {mb:.0f} MB")
    return ", ".join(points)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000, help="backlog size N (default 10,000)")
    parser.add_argument("--smtp-messages", type=int, default=5_000, help="raw SMTP sample (default min(N, 5,000))")
    parser.add_argument("--profile", action="store_true", help="run mailbot in-process under cProfile")
    args = parser.parse_args()
    n = args.messages
    start = time.perf_counter()
    samples = backlog(n)
    registrants = {s.sender for s in samples if s.intent == "register"}
    sizes = [len(s.raw) for s in samples]
    print(f"backlog: {n:,} mails ({len(registrants):,} sign-ups, {n - len(registrants):,} questions), "
          f"{min(sizes) / 1024:.1f}-{max(sizes) / 1024:.1f} KB, mean {sum(sizes) / n / 1024:.1f} KB; "
          f"made in {time.perf_counter() - start:.1f} s")
    print(machine())
    with servers() as (dovecot, sink):
        mailbox, folder = dovecot.new_mailbox("backlog"), workdir()
        print(f"seeded with MULTIAPPEND in {seed(mailbox, [s.raw for s in samples]):.1f} s; work folder {folder}")
        imap_rate = raw_imap(mailbox)
        smtp = raw_smtp(sink, min(n, args.smtp_messages))
        config = write_config(folder, mailbox, sink)
        run = (profile_mailbot if args.profile else run_mailbot)(config, sink, folder)
        if not run.ok:
            print(f"mailbot failed:\n{run.output}", file=sys.stderr)
        out = [len(a.data) for a in sink.arrivals]
        report(n, imap_rate, smtp, run, len(out), args.profile)
        if out:
            print(f"mail out: {len(out):,} mails, mean {sum(out) / len(out) / 1024:.1f} KB "
                  f"(p95 {percentile(out, 95) / 1024:.1f} KB)")
        problems = check(folder, mailbox, sink, n, registrants)
    print("correctness: " + ("PASS (all recorded, all moved, one confirmation per registrant, nothing sent twice)"
                             if not problems else "FAIL: " + "; ".join(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
