"""Configuration: TOML + MAILBOT_* environment, secret files, and one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.config import ConfigError, load_settings
from mailbot.events import load_catalogue
from tests.helpers import ROOT


def write(tmp_path: Path, text: str, name: str = "mailbot.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_configs_load():
    assert load_settings(ROOT / "config" / "mailbot.toml").imap.tls == "ssl"
    demo = load_settings(ROOT / "config" / "demo.toml")
    assert (demo.intake, demo.transport) == ("maildir", "file")


def test_the_two_real_events_are_shipped_with_their_contacts():
    cat = load_catalogue(ROOT / "config" / "events.toml")
    gt = cat.event("gesprekstafel-2019-06-24")
    assert gt is not None and gt.starts.isoformat() == "2019-06-24T10:00:00+02:00"
    assert gt.location and "Mariaplaats 3" in gt.location
    assert cat.contact(gt.registration_contact).name == "Seher Hazinedar"
    assert cat.contact(gt.content_contact).name == "Maaike Toonen"
    webinar = cat.event("webinar-bos-po-2024-03-28")
    assert webinar is not None and webinar.online_url and webinar.starts.date().isoformat() == "2024-03-28"


def test_environment_overrides_the_file(tmp_path, monkeypatch):
    path = write(tmp_path, '[imap]\nhost = "file.example.org"\nport = 993\n')
    monkeypatch.setenv("MAILBOT_IMAP__HOST", "env.example.org")
    monkeypatch.setenv("MAILBOT_IMAP__PORT", "1143")
    monkeypatch.setenv("MAILBOT_IMAP__TLS", "none")
    monkeypatch.setenv("MAILBOT_SMTP__PASSWORD", "s3cret")
    monkeypatch.setenv("MAILBOT_DATABASE__URL", "sqlite:////tmp/x.db")
    monkeypatch.setenv("MAILBOT_EVENTS_FILE", "/tmp/events.toml")
    s = load_settings(path)
    assert (s.imap.host, s.imap.port, s.imap.tls) == ("env.example.org", 1143, "none")
    assert s.smtp.password.get_secret_value() == "s3cret"
    assert "s3cret" not in repr(s)  # secrets never show up in logs
    assert s.database.url == "sqlite:////tmp/x.db" and str(s.events_file) == "/tmp/events.toml"


def test_secrets_can_come_from_files(tmp_path, monkeypatch):
    secret = write(tmp_path, "from-a-file\n", "imap_password")
    monkeypatch.setenv("MAILBOT_IMAP__PASSWORD_FILE", str(secret))
    assert load_settings(None).imap.password.get_secret_value() == "from-a-file"


def test_tls_is_on_by_default():
    s = load_settings(None)
    assert s.imap.tls == "ssl" and s.smtp.tls == "starttls"


@pytest.mark.parametrize(("text", "env", "expected"), [
    ('[imap]\ntls = "yes"\n', {}, "config key imap.tls: got 'yes'"),
    ('[imap]\nhots = "x"\n', {}, "config key imap.hots: unknown key"),
    ("[imap\n", {}, "is not valid TOML"),
    ("", {"MAILBOT_SMTP__PORT": "many"}, "config key smtp.port"),
])
def test_a_bad_config_is_one_line_naming_the_key(tmp_path, monkeypatch, text, env, expected):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, text))
    message = str(info.value)
    assert expected in message and "\n" not in message


def test_a_bad_events_file_names_the_event_and_key(tmp_path):
    events = write(tmp_path, '[contacts.a]\nname = "A"\nemail = "a@example.org"\n[[event]]\nid = "x"\ntitle = "X"\n'
                   'starts = 2027-01-01T10:00:00+01:00\nends = 2027-01-01T12:00:00+01:00\nlocation = "here"\n'
                   'registration_contact = "a"\ncontent_contact = "nobody"\n', "events.toml")
    with pytest.raises(ConfigError, match="nobody"):
        load_catalogue(events)


def test_the_command_line_prints_one_line_and_no_traceback(tmp_path):
    path = write(tmp_path, '[smtp]\ntls = "maybe"\n')
    result = subprocess.run([sys.executable, "-m", "mailbot", "check", "--config", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "smtp.tls" in result.stderr and "Traceback" not in result.stderr


def test_events_take_their_contacts_from_defaults(tmp_path):
    events = write(tmp_path, '[defaults]\nregistration_contact = "a"\ncontent_contact = "a"\nreminders = [3]\n'
                   '[contacts.a]\nname = "A"\nemail = "a@example.org"\n[contacts.organisers]\nname = "O"\n'
                   'email = "o@example.org"\n[[event]]\nid = "x"\ntitle = "X"\nstarts = 2027-01-01T10:00:00+01:00\n'
                   'ends = 2027-01-01T12:00:00+01:00\nlocation = "here"\n', "events.toml")
    event = load_catalogue(events).event("x")
    assert (event.registration_contact, event.content_contact, event.reminders) == ("a", "a", (3,))
