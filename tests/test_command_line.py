"""The commands as a new user runs them: the demo, and `run`/`check` driven by MAILBOT_* variables."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

from tests.helpers import ROOT
from tests.servers import make_message
from tests.test_end_to_end import EVENT, SIGN_UP, future_events


def mailbot(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    clean["PYTHONPATH"] = str(ROOT)  # this checkout's mailbot, whatever is installed
    return subprocess.run([sys.executable, "-m", "mailbot", *args], cwd=cwd, env=clean | (env or {}),
                          capture_output=True, text=True, timeout=120)


def server_env(mailbox, sink, tmp_path: Path) -> dict[str, str]:
    return {
        "MAILBOT_IMAP__HOST": mailbox.host, "MAILBOT_IMAP__PORT": str(mailbox.port),
        "MAILBOT_IMAP__USERNAME": mailbox.username, "MAILBOT_IMAP__TLS": "none",
        "MAILBOT_IMAP__PASSWORD_FILE": str(_secret(tmp_path, mailbox.password)),
        "MAILBOT_SMTP__HOST": sink.host, "MAILBOT_SMTP__PORT": str(sink.port), "MAILBOT_SMTP__TLS": "none",
        "MAILBOT_SMTP__USERNAME": "", "MAILBOT_SMTP__PASSWORD": "",
        "MAILBOT_DATABASE__URL": f"sqlite:///{tmp_path / 'mailbot.db'}",
        "MAILBOT_EVENTS_FILE": str(future_events(tmp_path)),
    }


def _secret(tmp_path: Path, value: str) -> Path:
    path = tmp_path / "imap_password"
    path.write_text(value + "\n")
    return path


def test_the_demo_runs_on_a_fresh_checkout_without_any_server(tmp_path):
    shutil.copytree(ROOT / "config", tmp_path / "config")
    first = mailbot("run", "--config", "config/demo.toml", "--once", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "8 message(s) processed" in first.stdout
    assert "ellen.verhoef@bibliotheek-rivierenland.example.nl confirmed" in first.stdout
    outbox = sorted((tmp_path / "var" / "demo" / "outbox").glob("*.eml"))
    subjects = [str(message_from_bytes(p.read_bytes(), policy=policy.default)["Subject"]) for p in outbox]
    assert sum(s.startswith("Aanmelding bevestigd") for s in subjects) == 3
    assert any(s.startswith("Registration confirmed") for s in subjects)
    assert any("niet meer mogelijk" in s for s in subjects)  # the 2019 gesprekstafel is closed

    again = mailbot("run", "--config", "config/demo.toml", "--once", cwd=tmp_path)
    assert again.returncode == 0 and "0 message(s) processed" in again.stdout
    assert len(list((tmp_path / "var" / "demo" / "outbox").glob("*.eml"))) == len(outbox)

    listed = mailbot("registrations", "gesprekstafel-2027-03-16", "--format", "json", "--config", "config/demo.toml",
                     cwd=tmp_path)
    people = {r["email"]: r for r in json.loads(listed.stdout)}
    assert people["ellen.verhoef@bibliotheek-rivierenland.example.nl"]["registered_by"].startswith("a.dewit@")


def test_a_real_mailbox_configured_by_environment(mailbox, smtp_sink, tmp_path):
    env = server_env(mailbox, smtp_sink, tmp_path)
    mailbox.append(make_message(sender="Jan Jansen <jan@bieb-zuid.example.nl>", body=SIGN_UP))
    mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", subject="Out of office: Aanmelding",
                                body="I am out of the office until Monday.", headers={"Auto-Submitted": "auto-replied"}))

    check = mailbot("check", "--config", "config/mailbot.toml", env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "ok    imap:" in check.stdout and "2 message(s) waiting" in check.stdout and "ok    smtp:" in check.stdout

    run = mailbot("run", "--config", "config/mailbot.toml", "--once", env=env)
    assert run.returncode == 0, run.stderr
    (confirmation,) = smtp_sink.wait_for(1)
    assert confirmation.rcpt_tos == ["jan@bieb-zuid.example.nl"]
    assert any(p.get_content_type() == "text/calendar" for p in confirmation.message.walk())
    assert mailbox.uids("INBOX") == [] and len(mailbox.uids("mailbot-processed")) == 2

    again = mailbot("run", "--config", "config/mailbot.toml", "--once", env=env)
    assert again.returncode == 0 and len(smtp_sink.messages) == 1
    assert mailbox.password not in run.stdout + run.stderr + check.stdout

    listed = mailbot("registrations", EVENT, "--config", "config/mailbot.toml", env=env)
    assert listed.stdout.count("jan@bieb-zuid.example.nl") == 1


def test_check_names_what_fails_in_one_line(mailbox, smtp_sink, tmp_path):
    env = server_env(mailbox, smtp_sink, tmp_path)
    smtp_sink.stop()
    check = mailbot("check", "--config", "config/mailbot.toml", env=env)
    assert check.returncode == 1
    assert [line for line in check.stdout.splitlines() if line.startswith("FAIL")][0].startswith("FAIL  smtp:")
    assert "Traceback" not in check.stdout + check.stderr


def test_a_wrong_password_is_one_line(mailbox, smtp_sink, tmp_path):
    env = server_env(mailbox, smtp_sink, tmp_path) | {"MAILBOT_IMAP__USERNAME": "nobody", "MAILBOT_IMAP__PASSWORD_FILE": "",
                                                      "MAILBOT_IMAP__PASSWORD": "wrong"}
    env.pop("MAILBOT_IMAP__PASSWORD_FILE")
    run = mailbot("run", "--config", "config/mailbot.toml", "--once", env=env)
    assert run.returncode == 1 and "Traceback" not in run.stderr and "imap" in run.stderr.lower()


def test_sigterm_stops_the_worker_gracefully(mailbox, smtp_sink, tmp_path):
    import signal
    import time

    env = server_env(mailbox, smtp_sink, tmp_path)
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")} | {"PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "mailbot", "run", "--config", "config/mailbot.toml"], cwd=ROOT,
                            env=clean | env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        mailbox.append(make_message(sender="jan@bieb-zuid.example.nl", body=SIGN_UP))
        assert len(smtp_sink.wait_for(1, timeout=15)) == 1  # running and idle again
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "1 message(s) processed" in out and mailbox.uids("INBOX") == []


def test_preview_and_template_overrides(tmp_path):
    shutil.copytree(ROOT / "config", tmp_path / "config")
    override = tmp_path / "overrides" / "nl"
    override.mkdir(parents=True)
    (override / "confirmation.subject.txt").write_text("U bent erbij: {{ event.title }}\n", encoding="utf-8")
    env = {"MAILBOT_TEMPLATE_OVERRIDES": str(tmp_path / "overrides")}
    shown = mailbot("preview", "confirmation", "--config", "config/demo.toml", cwd=tmp_path, env=env)
    assert shown.returncode == 0 and "Subject: U bent erbij: Gesprekstafel voor directeuren" in shown.stdout
    english = mailbot("preview", "reminder", "--lang", "en", "--out", str(tmp_path / "r.eml"),
                      "--config", "config/demo.toml", cwd=tmp_path)
    assert english.returncode == 0 and b"Reminder:" in (tmp_path / "r.eml").read_bytes()


def test_digest_now_mails_the_organisers_with_the_csv(mailbox, smtp_sink, tmp_path):
    env = server_env(mailbox, smtp_sink, tmp_path)
    mailbox.append(make_message(sender="Jan Jansen <jan@bieb-zuid.example.nl>", body=SIGN_UP))
    assert mailbot("run", "--config", "config/mailbot.toml", "--once", env=env).returncode == 0
    dry = mailbot("digest", "--now", "--dry-run", "--config", "config/mailbot.toml", env=env)
    assert "Jan Jansen" in dry.stdout and len(smtp_sink.messages) == 1
    sent = mailbot("digest", "--now", "--config", "config/mailbot.toml", env=env)
    assert sent.returncode == 0, sent.stderr
    digest = [m.message for m in smtp_sink.wait_for(2) if "organisatie@example.org" in m.rcpt_tos][0]
    assert "Jan Jansen" in digest.get_body(("plain",)).get_content()
    assert any(p.get_content_type() == "text/csv" for p in digest.walk())
