"""IMAP intake with imapclient: fetch by UID with BODY.PEEK[], move after commit, IDLE or poll.

imapclient is blocking; the worker runs these methods in a thread. Sockets have timeouts, and a
dropped connection is re-opened with backoff. UIDs are only trusted with the same UIDVALIDITY
(RFC 3501 2.3.1.1); the pipeline does not depend on them, it dedupes by Message-ID.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Collection, Hashable
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from ..config import ImapSettings, tls_context
from . import Destination, Inbound, UidValidityHook

log = logging.getLogger(__name__)
FETCH_CHUNK = 100
IDLE_SLICE = 1.0  # seconds per idle_check, so a stop request is noticed quickly


class ImapIntake:
    def __init__(self, settings: ImapSettings, on_uidvalidity: UidValidityHook | None = None) -> None:
        self.s = settings
        self.on_uidvalidity = on_uidvalidity
        self.client: IMAPClient | None = None
        self.capabilities: set[bytes] = set()

    # -------------------------------------------------------- connection

    def connect(self) -> None:
        s = self.s
        context = tls_context(s.ca_file) if s.tls != "none" else None
        client = IMAPClient(s.host, port=s.effective_port, ssl=s.tls == "ssl", ssl_context=context, timeout=s.timeout)
        try:
            if s.tls == "starttls":
                client.starttls(context)
            client.login(s.username, s.password.get_secret_value())
            self.capabilities = set(client.capabilities())
            for folder in (s.processed_folder, s.triage_folder):
                if not client.folder_exists(folder):
                    client.create_folder(folder)
            info = client.select_folder(s.folder)
        except Exception:
            _quietly(client.logout)
            raise
        self.client = client
        uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        if self.on_uidvalidity is not None:
            self.on_uidvalidity(s.folder, uidvalidity)

    def _ensure(self) -> IMAPClient:
        if self.client is None:
            self.connect()
        assert self.client is not None
        return self.client

    def _retrying(self, what: str, action: Any) -> Any:
        """Run ``action(client)``; on a dropped connection reconnect once and run it again."""
        try:
            return action(self._ensure())
        except (IMAPClientError, OSError, socket.timeout) as exc:
            log.warning("IMAP %s failed (%s); reconnecting", what, exc)
            self.close()
            return action(self._ensure())

    # -------------------------------------------------------- messages

    def fetch(self, limit: int, skip: Collection[Hashable] = ()) -> list[Inbound]:
        def run(client: IMAPClient) -> list[Inbound]:
            uids = sorted(u for u in client.search(["NOT", "DELETED"]) if u not in skip)[:limit]
            found: list[Inbound] = []
            for i in range(0, len(uids), FETCH_CHUNK):
                chunk = uids[i : i + FETCH_CHUNK]
                data = client.fetch(chunk, [b"BODY.PEEK[]"])  # PEEK: do not set \Seen
                found += [Inbound(uid, data[uid][b"BODY[]"]) for uid in chunk if uid in data]
            return found

        return self._retrying("fetch", run)

    def move(self, refs: Collection[Hashable], destination: Destination) -> None:
        if not refs:
            return
        folder = self.s.processed_folder if destination == "processed" else self.s.triage_folder
        uids = sorted(int(r) for r in refs)  # type: ignore[call-overload]

        def run(client: IMAPClient) -> None:
            if b"MOVE" in self.capabilities:
                client.move(uids, folder)  # RFC 6851
                return
            client.copy(uids, folder)
            client.add_flags(uids, [b"\\Deleted"])
            if b"UIDPLUS" in self.capabilities:
                client.uid_expunge(uids)  # only ours, not someone else's \Deleted mail
            else:
                client.expunge()

        self._retrying("move", run)

    # -------------------------------------------------------- waiting

    def wait(self, timeout: float, stop: threading.Event) -> None:
        """IDLE until the server reports something (RFC 2177), or poll where there is no IDLE."""
        if not self.s.idle or b"IDLE" not in self.capabilities:
            stop.wait(min(timeout, self.s.poll_interval))
            return
        client = self._ensure()
        deadline = time.monotonic() + min(timeout, self.s.idle_renew)
        try:
            client.idle()
            try:
                while not stop.is_set() and time.monotonic() < deadline:
                    if client.idle_check(timeout=min(IDLE_SLICE, max(0.01, deadline - time.monotonic()))):
                        return
            finally:
                client.idle_done()
        except (IMAPClientError, OSError, socket.timeout) as exc:
            log.warning("IMAP IDLE failed (%s); reconnecting", exc)
            self.close()

    def close(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            _quietly(client.logout)


def _quietly(fn: Any) -> None:
    try:
        fn()
    except Exception:  # noqa: BLE001 - the connection is going away anyway
        pass
