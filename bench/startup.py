"""Start-up: `mailbot --help`, and `mailbot run --once` on an empty mailbox (heavy modules load lazily).

    python bench/startup.py
"""

from __future__ import annotations

import statistics
import subprocess
import time

from common import ROOT, SmtpSink, child_env, mailbot_command, machine, start_dovecot, workdir, write_config

TARGETS = "targets: --help <= 0.3 s, run --once on an empty mailbox <= 1.5 s"


def timed(command: list[str], env: dict[str, str] | None, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    print(machine())
    help_time = timed(mailbot_command("--help"), child_env(), 10)
    dovecot = start_dovecot()
    sink = SmtpSink()
    sink.start()
    try:
        run = mailbot_command("run", "--once", config=write_config(workdir(), dovecot.new_mailbox("start"), sink))
        timed(run, child_env(), 1)  # the first run creates the database
        once_time = timed(run, child_env(), 5)
    finally:
        sink.stop()
        dovecot.stop()
        dovecot.cleanup()
    print(f"mailbot --help:                       {help_time:.3f} s (median of 10)")
    print(f"mailbot run --once, empty mailbox:    {once_time:.3f} s (median of 5)")
    print(TARGETS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
