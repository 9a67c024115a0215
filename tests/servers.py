"""Real mail servers for the tests: a private Dovecot (IMAP + LMTP) and an aiosmtpd sink.

Everything here binds to and connects to loopback only: 127.0.0.1, plus 127.0.0.2 for the TLS
Dovecot's host-name check (an address that is not in its certificate).

* ``start_dovecot()`` / ``DovecotServer``: one private Dovecot per test session, started in
  the foreground (``dovecot -F -c CONF``) in its own process group, in a short 0755 folder
  under /tmp (a 0700 folder such as pytest's ``tmp_path`` is not enterable by the mail user,
  and Unix socket paths are limited to 108 bytes).
* ``Mailbox``: a fresh, empty mailbox per test: the static passdb accepts any user name with
  the password ``secret`` and ``allow_all_users=yes`` creates the Maildir on first use.
* ``SmtpSink``: an aiosmtpd server capturing what it receives, which can be stopped,
  restarted on the same port and told to refuse messages (``fail_with``).
* ``make_message()``: a simple text/plain UTF-8 message as CRLF bytes.
* TLS: ``make_test_ca()`` / ``LocalCA``: a throwaway CA (made with ``openssl``) and a
  server certificate it signed for ``DNS:localhost, IP:127.0.0.1``. ``start_dovecot(tls=...)``
  starts a Dovecot with STARTTLS on its plain port and an imaps port; ``SmtpSink`` takes
  ``starttls_context`` (STARTTLS offered and required) or ``implicit_tls_context``.

The pytest fixtures (``dovecot``, ``mailbox``, ``smtp_sink``; ``test_ca``, ``dovecot_tls``,
``mailbox_tls``, ``smtp_sink_tls``, ``smtp_sink_ssl``) are defined at the bottom and registered
by importing them into ``tests/conftest.py``.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import errno
import grp
import os
import pwd
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from pathlib import Path

import pytest
from imapclient import IMAPClient

HOST = "127.0.0.1"
# A second loopback address (Linux routes all of 127/8 to lo). The TLS Dovecot listens on it as
# well; it is not in the test certificate, so connecting to it must fail the host-name check.
UNLISTED_HOST = "127.0.0.2"
PASSWORD = "secret"
# Overridable for machines that install Dovecot elsewhere.
DOVECOT_BIN = os.environ.get("MAILBOT_TEST_DOVECOT", "/usr/sbin/dovecot")
DOVECOT_START_TIMEOUT = 10.0
DOVECOT_STOP_GRACE = 2.0
IMAP_TIMEOUT = 10
LOG_ERROR_MARKERS = ("Error:", "Fatal:", "Panic:")
MAIL_UID_AS_ROOT = 65534  # nobody/nogroup: Dovecot refuses uid 0 for mail

# --------------------------------------------------------------------------------------------
# TLS: a throwaway CA and a server certificate, made with openssl
# --------------------------------------------------------------------------------------------

OPENSSL_BIN = os.environ.get("MAILBOT_TEST_OPENSSL", "openssl")
CERT_DAYS = 3
# Names the server certificate is valid for (UNLISTED_HOST is deliberately not among them).
SERVER_CERT_SANS = ("DNS:localhost", f"IP:{HOST}")

# A self-contained openssl configuration (the system's openssl.cnf is not read). The
# extensions satisfy OpenSSL's strict X.509 checks (Python 3.13 turns VERIFY_X509_STRICT on):
# a CA with a critical keyUsage and a subject key id; a leaf with an authority key id.
_OPENSSL_CNF = """\
[req]
distinguished_name = dn
prompt = no
[dn]
CN = mailbot test
[ca_ext]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = @SANS@
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


class OpensslError(RuntimeError):
    """openssl is missing or one of its commands failed (the message has its output)."""


@dataclass(frozen=True)
class LocalCA:
    """Paths of a throwaway CA and of a server certificate it signed (PEM files).

    ``server_cert`` is valid for SERVER_CERT_SANS (localhost, 127.0.0.1) for CERT_DAYS days.
    """
    base: Path
    ca_cert: Path
    ca_key: Path
    server_cert: Path
    server_key: Path
    seconds: float = 0.0

    def server_context(self) -> ssl.SSLContext:
        """A server-side context presenting server_cert (for aiosmtpd)."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.server_cert, self.server_key)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A client-side context trusting only this CA (names and chains are checked)."""
        return ssl.create_default_context(cafile=str(self.ca_cert))

    def cleanup(self) -> None:
        shutil.rmtree(self.base, ignore_errors=True)


def _openssl(*args: str, cwd: Path) -> None:
    try:
        done = subprocess.run([OPENSSL_BIN, *args], cwd=cwd, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=30)
    except FileNotFoundError:
        raise OpensslError(f"{OPENSSL_BIN} not found: install openssl") from None
    if done.returncode != 0:
        raise OpensslError(f"openssl {' '.join(args)} failed with status {done.returncode}:\n"
                           f"{done.stdout}{done.stderr}")


def make_test_ca(days: int = CERT_DAYS, sans: tuple[str, ...] = SERVER_CERT_SANS) -> LocalCA:
    """Create a CA and a server certificate signed by it (EC P-256 keys, which are fast to
    make) in a new short folder under /tmp. The caller removes it with ``cleanup()``."""
    started = time.monotonic()
    base = Path(tempfile.mkdtemp(prefix="mbca", dir="/tmp"))
    try:
        (base / "openssl.cnf").write_text(_OPENSSL_CNF.replace("@SANS@", ", ".join(sans)))
        key_options = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
        _openssl("req", "-config", "openssl.cnf", "-x509", *key_options,
                 "-keyout", "ca.key", "-out", "ca.pem", "-days", str(days),
                 "-subj", "/CN=mailbot test CA", "-extensions", "ca_ext", cwd=base)
        _openssl("req", "-config", "openssl.cnf", "-new", *key_options,
                 "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost",
                 cwd=base)
        _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                 "-set_serial", str(int.from_bytes(os.urandom(8), "big")),
                 "-days", str(days), "-extfile", "openssl.cnf", "-extensions", "server_ext",
                 "-out", "server.pem", cwd=base)
    except BaseException:
        shutil.rmtree(base, ignore_errors=True)
        raise
    # Dovecot reads the key as root (its config process) or as the current user: no chmod.
    return LocalCA(base, base / "ca.pem", base / "ca.key", base / "server.pem",
                   base / "server.key", seconds=time.monotonic() - started)


# --------------------------------------------------------------------------------------------
# Dovecot
# --------------------------------------------------------------------------------------------

# Working configuration for Dovecot 2.3 (measured on Debian bookworm, 2.3.19.1), as root.
# Placeholders: @BASE@, @IMAP_PORT@, @LMTP_PORT@, the user/uid settings below, and the TLS
# settings (@INSTANCE@, @IMAP_ADDRESS@, @SSL@, @IMAPS_LISTENER@; see render_dovecot_conf).
_DOVECOT_CONF = """\
protocols = imap lmtp
listen = 127.0.0.1
base_dir = @BASE@/run
state_dir = @BASE@/state
instance_name = @INSTANCE@
log_path = @BASE@/dovecot.log
info_log_path = @BASE@/dovecot.log
default_login_user = @LOGIN_USER@
default_internal_user = @INTERNAL_USER@
default_internal_group = @INTERNAL_GROUP@
first_valid_uid = 1
first_valid_gid = 1
# uid 0 is refused for mail: as root, store mail as nobody (65534).
mail_uid = @MAIL_UID@
mail_gid = @MAIL_GID@
mail_location = maildir:@BASE@/mail/%n/Maildir
mail_fsync = never
# The default (10) is too low for concurrent connections from one address.
mail_max_userip_connections = 1000
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {
  driver = static
  args = password=@PASSWORD@
}
userdb {
  driver = static
  args = home=@BASE@/mail/%n allow_all_users=yes
}
@SSL@
service imap-login {
  inet_listener imap {
    address = @IMAP_ADDRESS@
    port = @IMAP_PORT@
  }
@IMAPS_LISTENER@@CHROOT@}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = @LMTP_PORT@
  }
}
@EXTRA_SERVICES@"""

# Without root Dovecot cannot chroot or change users: run every part as the current user.
_NON_ROOT_EXTRA_SERVICES = """\
service anvil {
  chroot =
}
service ipc {
  chroot =
}
"""


class DovecotUnavailable(RuntimeError):
    """The Dovecot binary is not installed."""


class DovecotStartError(RuntimeError):
    """Dovecot did not come up (the message carries the tail of its log)."""


def free_ports(count: int = 1) -> list[int]:
    """Return ``count`` distinct free TCP ports on 127.0.0.1 (bind to port 0, then release).

    All sockets are held open until every port is chosen, so the ports are distinct.
    """
    socks = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind((HOST, 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def free_port() -> int:
    return free_ports(1)[0]


def loopback_address_usable(address: str) -> bool:
    """True when a TCP socket can bind to ``address`` (127.0.0.2 on Linux: yes; macOS: no)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind((address, 0))
        return True
    except OSError:
        return False


def _log_tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError as exc:
        return f"(no dovecot log at {path}: {exc})"
    return "\n".join(text.splitlines()[-lines:]) or "(dovecot log is empty)"


def log_problems(path: Path) -> list[str]:
    """Lines of a Dovecot log with ``Error:``, ``Fatal:`` or ``Panic:``."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return []
    return [line for line in text.splitlines() if any(m in line for m in LOG_ERROR_MARKERS)]


def render_dovecot_conf(base: Path, imap_port: int, lmtp_port: int,
                        password: str = PASSWORD, *, tls: DovecotTls | None = None) -> str:
    """The configuration text. Without ``tls``: plain IMAP only (``ssl = no``). With it:
    ``ssl = yes`` with its certificate (STARTTLS on the plain port) and an imaps listener on
    ``tls.imaps_port`` (``ssl = yes`` in that listener); both listeners also bind to
    ``tls.extra_addresses``."""
    if os.geteuid() == 0:
        users = {
            "@LOGIN_USER@": "dovenull",
            "@INTERNAL_USER@": "dovecot",
            "@INTERNAL_GROUP@": "dovecot",
            "@MAIL_UID@": str(MAIL_UID_AS_ROOT),
            "@MAIL_GID@": str(MAIL_UID_AS_ROOT),
            "@CHROOT@": "",
            "@EXTRA_SERVICES@": "",
        }
    else:
        user = pwd.getpwuid(os.geteuid()).pw_name
        group = grp.getgrgid(os.getegid()).gr_name
        users = {
            "@LOGIN_USER@": user,
            "@INTERNAL_USER@": user,
            "@INTERNAL_GROUP@": group,
            "@MAIL_UID@": str(os.geteuid()),
            "@MAIL_GID@": str(os.getegid()),
            "@CHROOT@": "  chroot =\n",
            "@EXTRA_SERVICES@": _NON_ROOT_EXTRA_SERVICES,
        }
    if tls is None:
        tls_settings = {
            "@INSTANCE@": "mailbot-test",
            "@IMAP_ADDRESS@": HOST,
            "@SSL@": "ssl = no",
            "@IMAPS_LISTENER@": "  inet_listener imaps {\n    port = 0\n  }\n",
        }
    else:
        addresses = ", ".join((HOST, *tls.extra_addresses))
        tls_settings = {
            "@INSTANCE@": "mailbot-test-tls",
            "@IMAP_ADDRESS@": addresses,
            # "<path": Dovecot reads the file's content when it reads the configuration.
            "@SSL@": f"ssl = yes\nssl_cert = <{tls.cert_file}\nssl_key = <{tls.key_file}",
            "@IMAPS_LISTENER@": (f"  inet_listener imaps {{\n    address = {addresses}\n"
                                 f"    port = {tls.imaps_port}\n    ssl = yes\n  }}\n"),
        }
    conf = _DOVECOT_CONF
    for key, value in {
        **users,
        **tls_settings,
        "@BASE@": str(base),
        "@IMAP_PORT@": str(imap_port),
        "@LMTP_PORT@": str(lmtp_port),
        "@PASSWORD@": password,
    }.items():
        conf = conf.replace(key, value)
    return conf


def _imap_greets(port: int, timeout: float = 0.5) -> bool:
    """True when the port sends an IMAP ``* OK`` greeting (not merely accepts the connection:
    a broken login process keeps the port open but never greets)."""
    try:
        with socket.create_connection((HOST, port), timeout=timeout) as s:
            s.settimeout(timeout)
            return s.recv(256).startswith(b"* OK")
    except OSError:
        return False


@dataclass(frozen=True)
class DovecotTls:
    """TLS settings for render_dovecot_conf: certificate chain and key (PEM files), the imaps
    port, and further addresses both IMAP listeners bind to besides 127.0.0.1."""
    cert_file: Path
    key_file: Path
    imaps_port: int
    extra_addresses: tuple[str, ...] = ()


@dataclass
class DovecotServer:
    host: str
    port: int
    lmtp_port: int
    base: Path
    password: str = PASSWORD
    process: subprocess.Popen | None = field(default=None, repr=False)
    startup_seconds: float = 0.0
    # Only with TLS (start_dovecot(ssl_cert=..., ssl_key=...)): the port is then STARTTLS-capable.
    imaps_port: int | None = None
    # Only with TLS: a loopback address the IMAP listeners also bind to that the certificate
    # does not name (None where it cannot be bound).
    unlisted_host: str | None = None

    @property
    def log_path(self) -> Path:
        return self.base / "dovecot.log"

    @property
    def conf_path(self) -> Path:
        return self.base / "dovecot.conf"

    def log_tail(self, lines: int = 30) -> str:
        return _log_tail(self.log_path, lines)

    def log_problems(self) -> list[str]:
        return log_problems(self.log_path)

    def new_mailbox(self, prefix: str = "mb") -> Mailbox:
        """A mailbox for a user name never used before: empty, no clean-up needed."""
        return Mailbox(self.host, self.port, f"{prefix}{uuid.uuid4().hex[:12]}",
                       self.password, lmtp_port=self.lmtp_port)

    def stop(self) -> None:
        """SIGTERM the master, wait up to 2 s, then SIGKILL the whole process group."""
        proc = self.process
        if proc is None:
            return
        pgid = proc.pid  # start_new_session=True: the master leads its own process group
        if proc.poll() is None:
            try:
                proc.send_signal(signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                proc.wait(timeout=DOVECOT_STOP_GRACE)
            except subprocess.TimeoutExpired:
                pass
        # Kill whatever is left of the group (the master if it did not stop, stray children).
        # The group id cannot be reused while any member of the group is alive.
        try:
            os.killpg(pgid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.process = None

    def cleanup(self) -> None:
        shutil.rmtree(self.base, ignore_errors=True)


def dovecot_available() -> bool:
    return os.path.isfile(DOVECOT_BIN) and os.access(DOVECOT_BIN, os.X_OK)


def running_under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def start_dovecot(password: str = PASSWORD, attempts: int = 3, *,
                  ssl_cert: Path | None = None, ssl_key: Path | None = None) -> DovecotServer:
    """Start a private Dovecot and wait for its IMAP greeting.

    With ``ssl_cert`` and ``ssl_key`` (PEM files) it has TLS: STARTTLS on ``port`` and
    implicit TLS on ``imaps_port``, both also on ``unlisted_host`` (127.0.0.2) when that
    address can be bound.

    Raises DovecotUnavailable if the binary is missing, DovecotStartError if it does not
    greet within DOVECOT_START_TIMEOUT seconds (retrying with new ports a few times when a
    chosen port was taken in the meantime).
    """
    if not dovecot_available():
        raise DovecotUnavailable(f"{DOVECOT_BIN} is not installed")
    if (ssl_cert is None) != (ssl_key is None):
        raise ValueError("give both ssl_cert and ssl_key, or neither")
    extra_addresses = ()
    if ssl_cert is not None and loopback_address_usable(UNLISTED_HOST):
        extra_addresses = (UNLISTED_HOST,)
    last_error = ""
    for _ in range(attempts):
        started = time.monotonic()
        base = Path(tempfile.mkdtemp(prefix="mbdc", dir="/tmp"))
        base.chmod(0o755)
        tls = None
        if ssl_cert is None:
            imap_port, lmtp_port = free_ports(2)
        else:
            imap_port, lmtp_port, imaps_port = free_ports(3)
            tls = DovecotTls(Path(ssl_cert), Path(ssl_key), imaps_port, extra_addresses)
        server = DovecotServer(HOST, imap_port, lmtp_port, base, password)
        if tls is not None:
            server.imaps_port = tls.imaps_port
            server.unlisted_host = extra_addresses[0] if extra_addresses else None
        server.conf_path.write_text(
            render_dovecot_conf(base, imap_port, lmtp_port, password, tls=tls))
        # The mail user (nobody when root) must be able to create the users' Maildirs.
        (base / "mail").mkdir()
        if os.geteuid() == 0:
            os.chown(base / "mail", MAIL_UID_AS_ROOT, MAIL_UID_AS_ROOT)
        with open(base / "dovecot.stdio", "wb") as stdio:
            server.process = subprocess.Popen(
                [DOVECOT_BIN, "-F", "-c", str(server.conf_path)],
                stdin=subprocess.DEVNULL, stdout=stdio, stderr=subprocess.STDOUT,
                start_new_session=True, close_fds=True,
            )
        deadline = started + DOVECOT_START_TIMEOUT
        while time.monotonic() < deadline:
            if _imap_greets(imap_port):
                server.startup_seconds = time.monotonic() - started
                return server
            if server.process.poll() is not None:
                break
            time.sleep(0.02)
        exited = server.process.poll()
        server.stop()
        stdio_text = (base / "dovecot.stdio").read_text(errors="replace").strip()
        what = (f"exited with status {exited} before greeting" if exited is not None else
                f"did not send the IMAP greeting within {DOVECOT_START_TIMEOUT:.0f} s")
        ports = f"IMAP {HOST}:{imap_port}, LMTP {lmtp_port}"
        if tls is not None:
            ports += f", IMAPS {tls.imaps_port}"
        last_error = (
            f"Dovecot ({DOVECOT_BIN}, {ports}) {what}.\n"
            f"--- dovecot output ---\n{stdio_text or '(none)'}\n"
            f"--- tail of {server.log_path} ---\n{server.log_tail()}"
        )
        port_taken = "Address already in use" in last_error
        server.cleanup()
        if not port_taken:
            break
    raise DovecotStartError(last_error)


# --------------------------------------------------------------------------------------------
# Mailbox: short-lived imapclient connections
# --------------------------------------------------------------------------------------------


@dataclass
class Mailbox:
    host: str
    port: int
    username: str
    password: str
    lmtp_port: int | None = None

    def connect(self) -> IMAPClient:
        """A logged-in IMAPClient (plain IMAP); use it as a context manager to log out."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=IMAP_TIMEOUT)
        try:
            client.login(self.username, self.password)
        except BaseException:
            client.shutdown()
            raise
        return client

    def append(self, raw: bytes, folder: str = "INBOX", flags: tuple = ()) -> None:
        """APPEND a message; a folder other than INBOX is created if missing."""
        with self.connect() as c:
            if folder.upper() != "INBOX" and not c.folder_exists(folder):
                c.create_folder(folder)
            c.append(folder, raw, flags=flags)

    def deliver(self, raw: bytes) -> None:
        """Deliver through Dovecot's LMTP listener, as a real MTA would (lands in INBOX)."""
        if self.lmtp_port is None:
            raise RuntimeError("this Mailbox has no LMTP port")
        with smtplib.LMTP(self.host, self.lmtp_port, timeout=IMAP_TIMEOUT) as lmtp:
            lmtp.sendmail("sender@test.example.org", [f"{self.username}@test.example.org"], raw)

    def uids(self, folder: str = "INBOX") -> list[int]:
        """UIDs of the messages not flagged \\Deleted; [] if the folder does not exist."""
        with self.connect() as c:
            if not c.folder_exists(folder):
                return []
            c.select_folder(folder, readonly=True)
            return sorted(c.search(["NOT", "DELETED"]))

    def fetch_all(self, folder: str = "INBOX") -> list[bytes]:
        """Raw bytes (BODY.PEEK[]: \\Seen is not set) of the messages not flagged \\Deleted,
        in UID order; [] if the folder does not exist."""
        with self.connect() as c:
            if not c.folder_exists(folder):
                return []
            c.select_folder(folder, readonly=True)
            uids = sorted(c.search(["NOT", "DELETED"]))
            if not uids:
                return []
            data = c.fetch(uids, ["BODY.PEEK[]"])
            return [data[uid][b"BODY[]"] for uid in uids]

    def folders(self) -> list[str]:
        with self.connect() as c:
            return [name for _flags, _delim, name in c.list_folders()]

    def flags(self, folder: str = "INBOX") -> dict[int, tuple]:
        """UID -> flags (imapclient's bytes, e.g. b'\\\\Seen') for every message, \\Deleted ones
        included; {} if the folder does not exist. \\Recent is left out: it depends on which
        session saw the message first (and IMAP4rev2, RFC 9051, dropped it)."""
        with self.connect() as c:
            if not c.folder_exists(folder):
                return {}
            c.select_folder(folder, readonly=True)
            uids = c.search(["ALL"])
            if not uids:
                return {}
            return {uid: tuple(f for f in flags if f != b"\\Recent")
                    for uid, flags in sorted(c.get_flags(uids).items())}


# --------------------------------------------------------------------------------------------
# SMTP sink: aiosmtpd
# --------------------------------------------------------------------------------------------


@dataclass
class CapturedMessage:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    message: Message = field(repr=False)
    # The TLS version of the session that delivered it ("TLSv1.3"), None over plain SMTP.
    tls_version: str | None = None


def _tls_version(server) -> str | None:
    """The TLS version of an aiosmtpd session (after STARTTLS its transport is the TLS one)."""
    transport = getattr(server, "transport", None)
    ssl_object = transport.get_extra_info("ssl_object") if transport is not None else None
    return ssl_object.version() if ssl_object is not None else None


class _SinkHandler:
    def __init__(self, sink: SmtpSink):
        self.sink = sink

    async def handle_DATA(self, server, session, envelope):
        data = envelope.content
        if isinstance(data, str):  # only with decode_data=True, which we do not use
            data = data.encode("utf-8", "surrogateescape")
        captured = CapturedMessage(
            mail_from=envelope.mail_from,
            rcpt_tos=list(envelope.rcpt_tos),
            data=data,
            message=email.message_from_bytes(data, policy=email.policy.default),
            tls_version=_tls_version(server),
        )
        reply = self.sink.fail_with
        with self.sink._lock:
            if reply is not None:
                self.sink.rejected.append(captured)
                return reply
            self.sink.messages.append(captured)
        return "250 OK"


class SmtpSink:
    """A real SMTP server on 127.0.0.1 that captures what it receives.

    ``fail_with``: None accepts; a reply string (e.g. "451 4.3.0 Try again later") is
    returned for DATA instead (the refused message goes to ``rejected``, not ``messages``).
    ``stop()`` closes the listener (connections are refused); ``start()`` listens again on the
    same port.

    TLS (server-side contexts, e.g. LocalCA.server_context()): ``starttls_context`` offers
    STARTTLS and requires it (a MAIL before STARTTLS gets "530 Must issue a STARTTLS command
    first"); ``implicit_tls_context`` speaks TLS from the first byte (SMTPS, port-465 style).
    ``CapturedMessage.tls_version`` tells how each message came in.
    """

    def __init__(self, host: str = HOST, port: int | None = None, ready_timeout: float = 5.0,
                 *, starttls_context: ssl.SSLContext | None = None,
                 implicit_tls_context: ssl.SSLContext | None = None):
        if starttls_context is not None and implicit_tls_context is not None:
            raise ValueError("choose STARTTLS or implicit TLS, not both")
        self.host = host
        self.starttls_context = starttls_context
        self.implicit_tls_context = implicit_tls_context
        self.port = port if port is not None else free_port()
        self.ready_timeout = ready_timeout
        self.messages: list[CapturedMessage] = []
        self.rejected: list[CapturedMessage] = []
        self.fail_with: str | None = None
        self._lock = threading.Lock()
        self._handler = _SinkHandler(self)
        self._controller = None

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        """Listen on self.port (idempotent). A fresh Controller each time; asyncio sets
        SO_REUSEADDR, so the port is immediately reusable after stop(). Retries briefly if the
        port is still busy."""
        from aiosmtpd.controller import Controller

        if self._controller is not None:
            return
        tls_options: dict = {}
        if self.starttls_context is not None:
            tls_options = {"tls_context": self.starttls_context, "require_starttls": True}
        elif self.implicit_tls_context is not None:
            tls_options = {"ssl_context": self.implicit_tls_context}
        deadline = time.monotonic() + self.ready_timeout
        while True:
            controller = Controller(
                self._handler, hostname=self.host, port=self.port,
                server_hostname="localhost", ready_timeout=self.ready_timeout, **tls_options,
            )
            try:
                controller.start()
            except OSError as exc:
                controller.stop(no_assert=True)
                if exc.errno != errno.EADDRINUSE or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
                continue
            except BaseException:
                controller.stop(no_assert=True)
                raise
            self._controller = controller
            return

    def stop(self) -> None:
        """Close the listener and drop open connections (idempotent)."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def clear(self) -> None:
        with self._lock:
            self.messages.clear()
            self.rejected.clear()

    def wait_for(self, count: int, timeout: float = 5.0) -> list[CapturedMessage]:
        """Poll until at least ``count`` messages are captured; return what there is."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if len(self.messages) >= count or time.monotonic() >= deadline:
                    return list(self.messages)
            time.sleep(0.01)

    def __enter__(self) -> SmtpSink:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


# --------------------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------------------


def make_message(
    sender: str = "Jan Jansen <jan@bieb.example.org>",
    to: str = "aanmelden@example.org",
    subject: str = "Aanmelding",
    body: str = "Beste,\n\nIk meld mij graag aan.\n\nMet vriendelijke groet,\nJan Jansen\n",
    message_id: str | None = None,
    headers: dict | None = None,
) -> bytes:
    """A text/plain UTF-8 message with Date and a unique Message-ID (unless given); extra
    headers are added as given. CRLF line endings, as IMAP APPEND wants."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = email.utils.formatdate(localtime=True)
    msg["Message-ID"] = message_id or email.utils.make_msgid(domain="test.example.org")
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body, charset="utf-8")
    return msg.as_bytes(policy=email.policy.SMTP)


# --------------------------------------------------------------------------------------------
# pytest fixtures (import them into conftest.py)
# --------------------------------------------------------------------------------------------


def _skip_or_fail(reason: str) -> None:
    """Skip (a missing tool on a developer's machine), or fail when CI is set."""
    if running_under_ci():
        pytest.fail(f"{reason} (CI is set, so this is an error, not a skip)", pytrace=False)
    pytest.skip(reason)


def _session_dovecot(name: str, **start_kwargs) -> Iterator[DovecotServer]:
    """The body of the session Dovecot fixtures: start (skip if Dovecot is not installed),
    yield, stop, then fail if its log has an Error:/Fatal:/Panic: line."""
    if not dovecot_available():
        _skip_or_fail(f"{DOVECOT_BIN} not found: install dovecot-imapd and dovecot-lmtpd "
                      "to run the tests that need a real IMAP server")
    try:
        server = start_dovecot(**start_kwargs)
    except DovecotStartError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        server.stop()
        problems = server.log_problems()
        tail = server.log_tail(50)
        log_path = server.log_path
        server.cleanup()
    if problems:
        pytest.fail(
            f"{name} logged errors ({log_path}, now removed):\n"
            + "\n".join(problems) + f"\n--- log tail ---\n{tail}",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One private Dovecot for the session. Skipped if Dovecot is not installed, unless the
    CI environment variable is set (then it fails). Fails the session if its log has an
    Error:/Fatal:/Panic: line at the end."""
    yield from _session_dovecot("the test Dovecot")


@pytest.fixture
def mailbox(dovecot: DovecotServer) -> Mailbox:
    """A fresh, empty mailbox (new user name) on the session's Dovecot."""
    return dovecot.new_mailbox()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A running aiosmtpd sink on a free 127.0.0.1 port, stopped at teardown."""
    sink = SmtpSink()
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()



# --- TLS ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def test_ca() -> Iterator[LocalCA]:
    """A throwaway CA and a server certificate for localhost and 127.0.0.1 (paths ca_cert,
    server_cert, server_key), made once per session with openssl; removed at the end."""
    try:
        ca = make_test_ca()
    except OpensslError as exc:
        if "not found" in str(exc):
            _skip_or_fail(str(exc))
        pytest.fail(str(exc), pytrace=False)
    try:
        yield ca
    finally:
        ca.cleanup()


@pytest.fixture(scope="session")
def dovecot_tls(test_ca: LocalCA) -> Iterator[DovecotServer]:
    """A second private Dovecot, with TLS (test_ca's server certificate): STARTTLS on
    ``port``, implicit TLS on ``imaps_port``, both also on ``unlisted_host`` (127.0.0.2, not in
    the certificate) where it can be bound. Plaintext login stays allowed, so the Mailbox
    helpers (``new_mailbox()``, ``mailbox_tls``) use the plain port without TLS."""
    yield from _session_dovecot("the test Dovecot with TLS",
                                ssl_cert=test_ca.server_cert, ssl_key=test_ca.server_key)


@pytest.fixture
def mailbox_tls(dovecot_tls: DovecotServer) -> Mailbox:
    """A fresh, empty mailbox (new user name) on the TLS Dovecot (helpers: plain IMAP)."""
    return dovecot_tls.new_mailbox()


@pytest.fixture
def smtp_sink_tls(test_ca: LocalCA) -> Iterator[SmtpSink]:
    """An aiosmtpd sink that offers STARTTLS (test_ca's certificate) and requires it."""
    with SmtpSink(starttls_context=test_ca.server_context()) as sink:
        yield sink


@pytest.fixture
def smtp_sink_ssl(test_ca: LocalCA) -> Iterator[SmtpSink]:
    """An aiosmtpd sink speaking implicit TLS (SMTPS) with test_ca's certificate."""
    with SmtpSink(implicit_tls_context=test_ca.server_context()) as sink:
        yield sink
