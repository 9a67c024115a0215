"""One new sign-up while the worker idles: how long until the confirmation is at the SMTP server?

    python bench/latency.py --trials 50

Starts the worker (`mailbot run`, IMAP IDLE) against the test servers, appends one sign-up at a
time and times APPEND -> confirmation accepted by the sink. Alongside, the raw IDLE notification
latency of the same Dovecot (a second connection in IDLE). Prints p50/p95/p99 for both.
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import time

from common import SmtpSink, child_env, mailbot_command, machine, start_dovecot, workdir, write_config

from tests.servers import make_message

TARGETS = "targets: p50 <= 0.8 s, p99 <= 1.5 s (Dovecot delays IDLE notices by ~0.5 s)"


def quantiles(values: list[float]) -> str:
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return f"p50 {pick(0.50):.3f} s, p95 {pick(0.95):.3f} s, p99 {pick(0.99):.3f} s"


def wait_for(sink: SmtpSink, count: int, timeout: float = 20.0) -> bool:
    deadline = time.perf_counter() + timeout
    while len(sink.messages) < count:
        if time.perf_counter() > deadline:
            return False
        time.sleep(0.001)
    return True


def mailbot_latency(mailbox, sink: SmtpSink, trials: int) -> list[float]:
    folder = workdir()
    worker = subprocess.Popen(mailbot_command("run", config=write_config(folder, mailbox, sink)), env=child_env(),
                              cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    times = []
    try:
        with mailbox.connect() as client:
            client.append("INBOX", make_message(sender="warm@bieb.example.nl", body=SIGN_UP))
            if not wait_for(sink, 1, timeout=30):
                raise SystemExit("the worker did not answer the warm-up sign-up")
            for i in range(trials):
                time.sleep(0.3)  # let the worker settle back into IDLE
                before = len(sink.messages)
                start = time.perf_counter()
                client.append("INBOX", make_message(sender=f"d{i}@bieb.example.nl", body=SIGN_UP))
                if wait_for(sink, before + 1):
                    times.append(time.perf_counter() - start)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=15)
    return times


def raw_idle(mailbox, trials: int) -> list[float]:
    times = []
    with mailbox.connect() as watcher, mailbox.connect() as writer:
        watcher.select_folder("INBOX")
        for i in range(trials):
            watcher.idle()
            time.sleep(0.05)
            start = time.perf_counter()
            writer.append("INBOX", make_message(sender=f"raw{i}@example.nl", body="idle"))
            if watcher.idle_check(timeout=5):
                times.append(time.perf_counter() - start)
            watcher.idle_done()
    return times


SIGN_UP = "Goedemorgen,\n\nGraag meld ik mij aan voor de gesprekstafel van 24 juni.\n\nMet vriendelijke groet,\nJan"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    args = parser.parse_args()
    print(machine())
    dovecot = start_dovecot()
    sink = SmtpSink()
    sink.start()
    try:
        worker_times = mailbot_latency(dovecot.new_mailbox("lat"), sink, args.trials)
        idle_times = raw_idle(dovecot.new_mailbox("idle"), min(args.trials, 30))
        print(f"mailbot APPEND -> confirmation at the sink ({len(worker_times)} trials): {quantiles(worker_times)}")
        print(f"raw IDLE notification ({len(idle_times)} trials):                 {quantiles(idle_times)}")
        print(TARGETS)
        return 0
    finally:
        sink.stop()
        dovecot.stop()
        dovecot.cleanup()


if __name__ == "__main__":
    raise SystemExit(main())
