"""mailbot's TLS against real servers: it works with a private CA, and it checks certificates.

Servers (servers.py): ``dovecot_tls`` (STARTTLS on ``port``, implicit TLS on ``imaps_port``),
``smtp_sink_tls`` (STARTTLS offered and required), ``smtp_sink_ssl`` (implicit TLS), all with
``test_ca``'s certificate for DNS:localhost and IP:127.0.0.1. The TLS Dovecot also listens on
127.0.0.2 (``unlisted_host``), which the certificate does not name: the same trusted
certificate must then fail the host-name check.
"""

from __future__ import annotations

import asyncio
import ssl
import subprocess

import pytest
from imapclient.exceptions import IMAPClientError

from mailbot.config import ImapSettings, SmtpSettings
from mailbot.intake.imap import ImapIntake
from mailbot.transports import TemporaryFailure
from mailbot.transports.smtp import SmtpTransport
from servers import UNLISTED_HOST, SmtpSink, loopback_address_usable, make_message

pytestmark = pytest.mark.servers

SENDER = "aanmelden@example.org"
RECIPIENT = "jan@bieb.example.org"
NOT_TRUSTED = "unable to get local issuer certificate"  # OpenSSL: issuer not in the trust store


def _imap(mailbox, *, port, tls, ca_file, host=None) -> ImapIntake:
    return ImapIntake(ImapSettings(
        host=host or mailbox.host, port=port, username=mailbox.username,
        password=mailbox.password, tls=tls, ca_file=ca_file, timeout=5,
    ))


def _fetch_subjects(intake: ImapIntake) -> list[bytes]:
    intake.connect()
    try:
        assert intake.client is not None
        assert isinstance(intake.client.socket(), ssl.SSLSocket), "the session is not encrypted"
        return [line for inbound in intake.fetch(10) for line in inbound.raw.splitlines()
                if line.startswith(b"Subject:")]
    finally:
        intake.close()


def _cert_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The SSLCertVerificationError in exc's chain (__cause__ / __context__), if any."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, ssl.SSLCertVerificationError):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def _send(smtp_settings: SmtpSettings, raw: bytes) -> None:
    async def run() -> None:
        transport = SmtpTransport(smtp_settings)
        try:
            await transport.send(raw, SENDER, [RECIPIENT])
        finally:
            await transport.close()

    asyncio.run(run())


def _smtp(sink: SmtpSink, *, tls, ca_file, host=None) -> SmtpSettings:
    return SmtpSettings(host=host or sink.host, port=sink.port, tls=tls, ca_file=ca_file,
                        timeout=5)


# --- the fixtures themselves --------------------------------------------------------------------

def test_test_ca_server_certificate_names(test_ca):
    decoded = ssl._ssl._test_decode_cert(str(test_ca.server_cert))
    assert set(decoded["subjectAltName"]) == {("DNS", "localhost"), ("IP Address", "127.0.0.1")}
    done = subprocess.run(
        ["openssl", "verify", "-x509_strict", "-purpose", "sslserver",
         "-CAfile", str(test_ca.ca_cert), str(test_ca.server_cert)],
        capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and done.stdout.strip().endswith(": OK"), done.stdout + done.stderr


def test_dovecot_tls_is_a_separate_server(dovecot, dovecot_tls):
    assert dovecot_tls.base != dovecot.base
    assert len({dovecot.port, dovecot_tls.port, dovecot_tls.imaps_port,
                dovecot_tls.lmtp_port}) == 4
    assert dovecot.imaps_port is None


# --- IMAP -----------------------------------------------------------------------------------------

def test_imap_implicit_tls_with_private_ca(mailbox_tls, dovecot_tls, test_ca):
    mailbox_tls.append(make_message(subject="Over implicit TLS"))
    intake = _imap(mailbox_tls, port=dovecot_tls.imaps_port, tls="ssl", ca_file=test_ca.ca_cert)
    assert _fetch_subjects(intake) == [b"Subject: Over implicit TLS"]


def test_imap_starttls_with_private_ca(mailbox_tls, dovecot_tls, test_ca):
    mailbox_tls.append(make_message(subject="Over STARTTLS"))
    intake = _imap(mailbox_tls, port=dovecot_tls.port, tls="starttls", ca_file=test_ca.ca_cert)
    assert _fetch_subjects(intake) == [b"Subject: Over STARTTLS"]


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_imap_without_ca_file_rejects_the_private_certificate(mailbox_tls, dovecot_tls, tls):
    """ca_file=None means the system trust store, which does not know the test CA."""
    port = dovecot_tls.imaps_port if tls == "ssl" else dovecot_tls.port
    intake = _imap(mailbox_tls, port=port, tls=tls, ca_file=None)
    with pytest.raises(Exception) as info:
        intake.connect()
    error = _cert_error(info.value)
    assert error is not None, f"not a certificate error: {info.value!r}"
    assert NOT_TRUSTED in error.verify_message
    assert intake.client is None
    assert mailbox_tls.folders() == ["INBOX"]  # never logged in: mailbot's folders not made


def test_imap_host_name_in_certificate_is_accepted(mailbox_tls, dovecot_tls, test_ca):
    """127.0.0.1 (IP SAN) is used by the tests above; "localhost" matches the DNS SAN."""
    mailbox_tls.append(make_message(subject="Via localhost"))
    intake = _imap(mailbox_tls, host="localhost", port=dovecot_tls.imaps_port, tls="ssl",
                   ca_file=test_ca.ca_cert)
    assert _fetch_subjects(intake) == [b"Subject: Via localhost"]


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_imap_host_name_not_in_certificate_is_rejected(mailbox_tls, dovecot_tls, test_ca, tls):
    """Same server, same trusted certificate, but reached as 127.0.0.2, which it does not name."""
    if dovecot_tls.unlisted_host is None:
        pytest.skip(f"{UNLISTED_HOST} cannot be bound on this machine")
    port = dovecot_tls.imaps_port if tls == "ssl" else dovecot_tls.port
    intake = _imap(mailbox_tls, host=dovecot_tls.unlisted_host, port=port, tls=tls,
                   ca_file=test_ca.ca_cert)
    with pytest.raises(Exception) as info:
        intake.connect()
    error = _cert_error(info.value)
    assert error is not None, f"not a certificate error: {info.value!r}"
    assert "IP address mismatch" in error.verify_message
    assert mailbox_tls.folders() == ["INBOX"]


def test_imap_starttls_refuses_a_server_without_starttls(mailbox, test_ca):
    """The plain Dovecot (ssl = no) does not offer STARTTLS: no login in plaintext."""
    intake = _imap(mailbox, port=mailbox.port, tls="starttls", ca_file=test_ca.ca_cert)
    with pytest.raises(IMAPClientError, match="STARTTLS"):
        intake.connect()
    assert intake.client is None
    assert mailbox.folders() == ["INBOX"]  # the login (which creates mailbot's folders) never ran


# --- SMTP -----------------------------------------------------------------------------------------

def test_smtp_starttls_with_private_ca_delivers(smtp_sink_tls, test_ca):
    raw = make_message(subject="Bevestiging via STARTTLS")
    _send(_smtp(smtp_sink_tls, tls="starttls", ca_file=test_ca.ca_cert), raw)
    (captured,) = smtp_sink_tls.wait_for(1)
    assert captured.data.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")
    assert (captured.mail_from, captured.rcpt_tos) == (SENDER, [RECIPIENT])
    assert captured.tls_version is not None and captured.tls_version.startswith("TLS")


def test_smtp_starttls_without_ca_file_fails_temporarily(smtp_sink_tls):
    with pytest.raises(TemporaryFailure, match="CERTIFICATE_VERIFY_FAILED") as info:
        _send(_smtp(smtp_sink_tls, tls="starttls", ca_file=None), make_message())
    assert NOT_TRUSTED in str(info.value)
    assert smtp_sink_tls.wait_for(1, timeout=0.2) == []


def test_smtp_starttls_refuses_a_server_without_starttls(smtp_sink, test_ca):
    """The plain sink does not offer STARTTLS: fail, never fall back to plaintext."""
    with pytest.raises(TemporaryFailure, match="STARTTLS"):
        _send(_smtp(smtp_sink, tls="starttls", ca_file=test_ca.ca_cert), make_message())
    assert smtp_sink.wait_for(1, timeout=0.2) == []
    assert smtp_sink.rejected == []


def test_smtp_implicit_tls_with_private_ca_delivers(smtp_sink_ssl, test_ca):
    _send(_smtp(smtp_sink_ssl, tls="ssl", ca_file=test_ca.ca_cert),
          make_message(subject="Bevestiging via SMTPS"))
    (captured,) = smtp_sink_ssl.wait_for(1)
    assert captured.message["Subject"] == "Bevestiging via SMTPS"
    assert captured.tls_version is not None and captured.tls_version.startswith("TLS")


def test_smtp_implicit_tls_without_ca_file_fails_temporarily(smtp_sink_ssl):
    with pytest.raises(TemporaryFailure, match="CERTIFICATE_VERIFY_FAILED") as info:
        _send(_smtp(smtp_sink_ssl, tls="ssl", ca_file=None), make_message())
    assert NOT_TRUSTED in str(info.value)
    assert smtp_sink_ssl.wait_for(1, timeout=0.2) == []


@pytest.mark.parametrize("tls", ["starttls", "ssl"])
def test_smtp_host_name_is_checked(test_ca, tls):
    """A sink on 127.0.0.2 with the localhost/127.0.0.1 certificate: trusted, wrong name."""
    if not loopback_address_usable(UNLISTED_HOST):
        pytest.skip(f"{UNLISTED_HOST} cannot be bound on this machine")
    option = "starttls_context" if tls == "starttls" else "implicit_tls_context"
    with SmtpSink(host=UNLISTED_HOST, **{option: test_ca.server_context()}) as sink:
        with pytest.raises(TemporaryFailure, match="IP address mismatch"):
            _send(_smtp(sink, tls=tls, ca_file=test_ca.ca_cert), make_message())
        assert sink.wait_for(1, timeout=0.2) == []


def test_smtp_localhost_matches_the_dns_name(smtp_sink_tls, test_ca):
    _send(_smtp(smtp_sink_tls, host="localhost", tls="starttls", ca_file=test_ca.ca_cert),
          make_message(subject="Via localhost"))
    (captured,) = smtp_sink_tls.wait_for(1)
    assert captured.message["Subject"] == "Via localhost"
