"""A backlog after a weekend: N mails waiting. How fast does mailbot clear them, next to the raw limits?

    python bench/backlog.py --messages 10000 [--profile]

Seeds N realistic mails into a fresh Dovecot mailbox (MULTIAPPEND), then measures in one run:
the raw IMAP fetch rate (imapclient, BODY.PEEK[], 500 UIDs a command), the raw SMTP rate
(aiosmtplib, one connection, to the aiosmtpd sink), and `mailbot run --once` clearing the whole
backlog as a subprocess (its peak RSS from the kernel). Then it checks that nothing was lost or
doubled: N messages recorded, N moved, exactly one confirmation per registrant.
Prints figures; exit code 1 only when a correctness check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from email.message import EmailMessage

from common import ROOT, SmtpSink, backlog_messages, mailbot_env, start_dovecot, workdir

TARGETS = "targets: mailbot >= 50% of raw SMTP; peak RSS <= 150 MB, flat in N"


def seed(mailbox, raws: list[bytes]) -> float:
    start = time.perf_counter()
    with mailbox.connect() as client:
        for i in range(0, len(raws), 200):
            client.multiappend("INBOX", raws[i:i + 200])
    return time.perf_counter() - start


def raw_imap(mailbox, n: int) -> float:
    """messages/s for a plain fetch of everything with BODY.PEEK[] in batches of 500."""
    with mailbox.connect() as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        start = time.perf_counter()
        for i in range(0, len(uids), 500):
            client.fetch(uids[i:i + 500], [b"BODY.PEEK[]"])
        return len(uids) / (time.perf_counter() - start)


def raw_smtp(n: int) -> float:
    """messages/s over one reused aiosmtplib connection to a fresh sink."""
    import aiosmtplib

    sink = SmtpSink()
    sink.start()

    async def send() -> float:
        client = aiosmtplib.SMTP(hostname=sink.host, port=sink.port, start_tls=False, use_tls=False)
        await client.connect()
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "aanmelden@example.org", "x@example.org", "raw"
        msg.set_content("Bevestiging van uw aanmelding. " * 20)
        start = time.perf_counter()
        for _ in range(n):
            await client.send_message(msg)
        rate = n / (time.perf_counter() - start)
        await client.quit()
        return rate

    try:
        return asyncio.run(send())
    finally:
        sink.stop()


def run_mailbot(mailbox, sink, folder, profile: bool) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, output) of `mailbot run --once` clearing the backlog."""
    env = mailbot_env(mailbox, sink, folder)
    command = [sys.executable, "-m", "mailbot", "run", "--once", "--config", str(ROOT / "config" / "mailbot.toml")]
    if profile:
        command = [sys.executable, "-m", "cProfile", "-s", "tottime", "-m", "mailbot", *command[3:]]
    start = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if result.returncode != 0:
        print(result.stderr[-3000:], file=sys.stderr)
    return elapsed, peak, result.stdout


def check(mailbox, sink, folder, n: int, registrants: set[str]) -> list[str]:
    """What went wrong, if anything: counts of recorded, moved and confirmed."""
    problems = []
    db = sqlite3.connect(folder / "mailbot.db")
    recorded = db.execute("SELECT count(*) FROM inbound_message WHERE status = 'done'").fetchone()[0]
    if recorded != n:
        problems.append(f"{recorded} of {n} messages recorded")
    if mailbox.uids("INBOX") or len(mailbox.uids("mailbot-processed")) != n:
        problems.append(f"{len(mailbox.uids('INBOX'))} left in the inbox, "
                        f"{len(mailbox.uids('mailbot-processed'))} moved")
    confirmations = Counter(m.rcpt_tos[0] for m in sink.messages
                            if str(m.message["Subject"]).startswith(("Aanmelding bevestigd", "Registration confirmed")))
    doubled = [a for a, c in confirmations.items() if c > 1]
    missing = registrants - set(confirmations)
    if doubled or missing:
        problems.append(f"{len(doubled)} registrants confirmed twice, {len(missing)} not confirmed")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true", help="run mailbot under cProfile and print the top")
    args = parser.parse_args()
    n = args.messages
    raws, registrants = backlog_messages(n)
    print(f"backlog of {n} messages, mean {sum(map(len, raws)) / n / 1024:.1f} KB, {len(registrants)} registrants")
    dovecot = start_dovecot()
    sink = SmtpSink()
    sink.start()
    try:
        mailbox, folder = dovecot.new_mailbox("bench"), workdir()
        print(f"seeded in {seed(mailbox, raws):.1f} s (MULTIAPPEND)")
        imap_rate = raw_imap(mailbox, n)
        smtp_rate = raw_smtp(min(n, 5000))
        seconds, peak, output = run_mailbot(mailbox, sink, folder, args.profile)
        sink.wait_for(len(registrants) + (n - len(registrants)) * 2, timeout=10)
        rate = n / seconds
        print(f"raw IMAP fetch:   {imap_rate:8,.0f} messages/s")
        print(f"raw SMTP send:    {smtp_rate:8,.0f} messages/s")
        print(f"mailbot --once:   {rate:8,.0f} messages/s ({seconds:.1f} s, incl. start-up)")
        print(f"ratio to IMAP:    {rate / imap_rate:8.1%}")
        print(f"ratio to SMTP:    {rate / smtp_rate:8.1%}")
        print(f"peak RSS mailbot: {peak:8.0f} MB")
        print(TARGETS)
        if args.profile:
            print("\n".join(output.splitlines()[:45]))
        problems = check(mailbox, sink, folder, n, registrants)
        print("correctness: " + ("PASS (all recorded, all moved, one confirmation each)" if not problems
                                 else "FAIL: " + "; ".join(problems)))
        return 1 if problems else 0
    finally:
        sink.stop()
        dovecot.stop()
        dovecot.cleanup()


if __name__ == "__main__":
    raise SystemExit(main())
