"""Proof that the real-server fixtures (servers.py) work."""

import asyncio
import socket

import aiosmtplib
import pytest

from servers import HOST, make_message

pytestmark = pytest.mark.servers


def _send(sink, raw: bytes, sender="bot@example.org", recipients=("jan@bieb.example.org",)):
    return asyncio.run(aiosmtplib.send(
        raw, sender=sender, recipients=list(recipients), hostname=sink.host, port=sink.port,
        start_tls=False, use_tls=False, timeout=5,
    ))


# --- Dovecot / mailbox ------------------------------------------------------------------------

def test_dovecot_listens_on_loopback_only(dovecot):
    assert dovecot.host == HOST == "127.0.0.1"
    assert dovecot.port != dovecot.lmtp_port
    assert dovecot.password == "secret"
    assert dovecot.base.is_dir() and len(str(dovecot.base)) < 40
    with socket.create_connection((dovecot.host, dovecot.port), timeout=5) as s:
        assert s.recv(256).startswith(b"* OK")


def test_append_two_then_two_uids(mailbox):
    assert mailbox.uids() == []
    mailbox.append(make_message(subject="een"))
    mailbox.append(make_message(subject="twee"))
    uids = mailbox.uids()
    assert len(uids) == 2 and uids == sorted(uids)


def test_fetch_all_returns_raw_bytes_and_does_not_set_seen(mailbox):
    mailbox.append(make_message(subject="Aanmelding lezing Ä€"))
    mailbox.append(make_message(subject="Tweede bericht"))
    raws = mailbox.fetch_all()
    assert len(raws) == 2
    assert b"Subject: Aanmelding lezing" in raws[0]
    assert b"Subject: Tweede bericht" in raws[1]
    assert all(b"\\Seen" not in f for f in mailbox.flags().values())


def test_missing_folder_gives_empty_results(mailbox):
    assert mailbox.uids("Bestaat-niet") == []
    assert mailbox.fetch_all("Bestaat-niet") == []
    assert mailbox.flags("Bestaat-niet") == {}


def test_append_to_other_folder_and_flags(mailbox):
    mailbox.append(make_message(), folder="Verwerkt", flags=(b"\\Seen",))
    assert "Verwerkt" in mailbox.folders() and "INBOX" in mailbox.folders()
    assert mailbox.uids() == []
    (uid,) = mailbox.uids("Verwerkt")
    assert mailbox.flags("Verwerkt") == {uid: (b"\\Seen",)}


def test_deleted_messages_are_not_listed(mailbox):
    mailbox.append(make_message(subject="blijft"))
    mailbox.append(make_message(subject="weg"))
    first, second = mailbox.uids()
    with mailbox.connect() as c:
        c.select_folder("INBOX")
        c.add_flags([second], [b"\\Deleted"])
    assert mailbox.uids() == [first]
    assert len(mailbox.fetch_all()) == 1
    assert b"\\Deleted" in mailbox.flags()[second]


def test_lmtp_delivery(mailbox):
    mailbox.deliver(make_message(subject="via LMTP"))
    (raw,) = mailbox.fetch_all()
    assert b"Subject: via LMTP" in raw


@pytest.mark.parametrize("run", [1, 2])
def test_each_mailbox_starts_empty(mailbox, run):
    assert mailbox.uids() == []
    assert mailbox.folders() == ["INBOX"]
    mailbox.append(make_message(subject=f"run {run}"))
    assert len(mailbox.uids()) == 1


def test_two_mailboxes_are_independent(dovecot, mailbox):
    other = dovecot.new_mailbox()
    assert other.username != mailbox.username
    mailbox.append(make_message())
    assert other.uids() == []


# --- make_message -----------------------------------------------------------------------------

def test_make_message_headers_and_crlf():
    raw = make_message(subject="Aanmelding", body="Hé, ik kom!\n",
                       headers={"Auto-Submitted": "auto-replied", "X-Test": "1"})
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    a = make_message()
    b = make_message()
    import email, email.policy
    ma = email.message_from_bytes(a, policy=email.policy.default)
    mb = email.message_from_bytes(b, policy=email.policy.default)
    assert ma["Message-ID"] != mb["Message-ID"] and ma["Message-ID"].endswith("@test.example.org>")
    assert ma["Date"] and ma.get_content_type() == "text/plain"
    m = email.message_from_bytes(raw, policy=email.policy.default)
    assert m["Auto-Submitted"] == "auto-replied" and m["X-Test"] == "1"
    assert m.get_content_charset() == "utf-8" and m.get_content().replace("\r\n", "\n") == "Hé, ik kom!\n"
    assert email.message_from_bytes(make_message(message_id="<x@y>"))["Message-ID"] == "<x@y>"


# --- SMTP sink --------------------------------------------------------------------------------

def test_smtp_sink_receives_message(smtp_sink):
    raw = make_message(to="jan@bieb.example.org", subject="Bevestiging")
    _send(smtp_sink, raw, recipients=["jan@bieb.example.org", "cc@example.org"])
    (msg,) = smtp_sink.wait_for(1)
    assert msg.mail_from == "bot@example.org"
    assert msg.rcpt_tos == ["jan@bieb.example.org", "cc@example.org"]
    assert msg.message["Subject"] == "Bevestiging"
    assert isinstance(msg.data, bytes) and b"Bevestiging" in msg.data


def test_smtp_sink_send_email_message_object(smtp_sink):
    import email, email.policy
    msg = email.message_from_bytes(make_message(), policy=email.policy.default)
    asyncio.run(aiosmtplib.send(msg, hostname=smtp_sink.host, port=smtp_sink.port,
                                start_tls=False, use_tls=False, timeout=5))
    (captured,) = smtp_sink.wait_for(1)
    assert captured.rcpt_tos == ["aanmelden@example.org"]


def test_smtp_sink_stop_then_start_on_same_port(smtp_sink):
    port = smtp_sink.port
    smtp_sink.stop()
    with pytest.raises(aiosmtplib.SMTPConnectError):
        _send(smtp_sink, make_message(subject="verloren"))
    smtp_sink.start()
    assert smtp_sink.port == port
    _send(smtp_sink, make_message(subject="later bezorgd"))
    assert [m.message["Subject"] for m in smtp_sink.wait_for(1)] == ["later bezorgd"]


def test_smtp_sink_fail_with(smtp_sink):
    smtp_sink.fail_with = "451 4.3.0 Try again later"
    with pytest.raises(aiosmtplib.SMTPResponseException) as info:
        _send(smtp_sink, make_message())
    assert info.value.code == 451
    assert smtp_sink.messages == [] and len(smtp_sink.rejected) == 1
    smtp_sink.fail_with = None
    _send(smtp_sink, make_message())
    assert len(smtp_sink.wait_for(1)) == 1


def test_wait_for_returns_what_there_is(smtp_sink):
    assert smtp_sink.wait_for(1, timeout=0.1) == []
