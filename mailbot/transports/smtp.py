"""SMTP with aiosmtplib: one connection kept open while the outbox drains, re-opened on failure.

TLS is explicit: ``ssl`` (implicit TLS), ``starttls`` (required, never a silent plaintext
fallback) or ``none``. Certificates are checked with the system's trust store.
"""

from __future__ import annotations

import asyncio

import aiosmtplib

from ..config import SmtpSettings, tls_context
from . import PermanentFailure, TemporaryFailure


class SmtpTransport:
    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._client: aiosmtplib.SMTP | None = None

    async def _connect(self) -> aiosmtplib.SMTP:
        s = self.settings
        client = aiosmtplib.SMTP(
            hostname=s.host,
            port=s.effective_port,
            use_tls=s.tls == "ssl",
            start_tls=s.tls == "starttls",  # True means required: fails rather than falls back
            tls_context=tls_context(s.ca_file) if s.tls != "none" else None,
            timeout=s.timeout,
        )
        await client.connect()
        if s.username:
            try:
                await client.login(s.username, s.password.get_secret_value())
            except aiosmtplib.SMTPException as exc:
                client.close()
                # A refused login is our configuration, not the recipient: keep the mail and retry.
                raise TemporaryFailure(f"SMTP login refused: {exc}; check smtp.username/smtp.password") from None
            except BaseException:
                client.close()
                raise
        return client

    async def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        for attempt in (1, 2):  # a kept connection may have been dropped by the server: retry once
            try:
                if self._client is None or not self._client.is_connected:
                    self._client = await self._connect()
                errors, _ = await self._client.sendmail(sender, recipients, raw)
                if errors:
                    codes = {code for code, _ in errors.values()}
                    raise (PermanentFailure if min(codes) >= 500 else TemporaryFailure)(
                        "; ".join(f"{r}: {c} {m}" for r, (c, m) in errors.items()))
                return
            except aiosmtplib.SMTPRecipientsRefused as exc:
                codes = [e.code for e in exc.recipients]
                kind = PermanentFailure if codes and min(codes) >= 500 else TemporaryFailure
                raise kind("; ".join(f"{e.recipient}: {e.code} {e.message}" for e in exc.recipients)) from None
            except aiosmtplib.SMTPResponseException as exc:
                await self._drop()
                if exc.code >= 500:
                    raise PermanentFailure(f"{exc.code} {exc.message}") from None
                raise TemporaryFailure(f"{exc.code} {exc.message}") from None
            except aiosmtplib.SMTPServerDisconnected as exc:
                await self._drop()
                if attempt == 2:
                    raise TemporaryFailure(f"server disconnected: {exc}") from None
            except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
                await self._drop()
                raise TemporaryFailure(f"{type(exc).__name__}: {exc}") from None

    async def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001 - already broken
                pass

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except Exception:  # noqa: BLE001 - closing anyway
                client.close()
