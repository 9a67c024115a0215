"""Database tables. Changing one means a new Alembic migration in mailbot/migrations/versions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, LargeBinary, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class InboundMessage(SQLModel, table=True):
    """Every message mailbot has seen, keyed by Message-ID (or a hash of the bytes): the idempotency anchor."""

    __tablename__ = "inbound_message"

    id: int | None = Field(default=None, primary_key=True)
    message_key: str = Field(unique=True, index=True, max_length=998)
    message_id: str | None = Field(default=None, max_length=998)
    sender: str = Field(default="", max_length=998)
    subject: str = Field(default="", max_length=998)
    received_at: datetime
    status: str = Field(default="done", max_length=16)  # done | triage | failed
    intent: str | None = Field(default=None, max_length=32)
    event_id: str | None = Field(default=None, max_length=128)
    language: str | None = Field(default=None, max_length=8)
    confidence: float | None = None
    outcome: str = Field(default="", description="Human-readable summary of what was done.")
    details: str = Field(default="{}", description="JSON: the understanding and the rules that fired.")
    attempts: int = 0
    last_error: str | None = None


class Registration(SQLModel, table=True):
    __tablename__ = "registration"
    __table_args__ = (UniqueConstraint("event_id", "email", name="uq_registration_event_email"),
                      Index("ix_registration_event_status_created", "event_id", "status", "created_at"),
                      Index("ix_registration_email", "email"),
                      # 'is this person registered?' for people registered by name only (a secretary's director):
                      # without it that lookup reads every such row, once per message (O(N) per mail in a backlog)
                      Index("ix_registration_name_without_address", text("lower(name)"), sqlite_where=text("email IS NULL")))

    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(index=True, max_length=128)
    email: str | None = Field(default=None, max_length=320,
                              description="Lower-cased: addresses compare case-insensitively. None: someone "
                                          "registered by name only; mail about them goes to registered_by.")
    name: str | None = Field(default=None, max_length=320)
    organisation: str | None = Field(default=None, max_length=320)
    role: str | None = Field(default=None, max_length=320)
    status: str = Field(default="confirmed", max_length=16)  # confirmed | waitlisted | pending | cancelled
    flag: str | None = Field(default=None, max_length=320, description="Why organisers should look (eligibility).")
    language: str = Field(default="nl", max_length=8)
    registered_by: str | None = Field(default=None, max_length=320)
    created_at: datetime
    updated_at: datetime
    source_message_key: str | None = Field(default=None, max_length=998)


class OutboxMail(SQLModel, table=True):
    """A rendered mail waiting to be sent. The unique dedupe_key keeps logic from ever writing it twice."""

    __tablename__ = "outbox_mail"

    id: int | None = Field(default=None, primary_key=True)
    dedupe_key: str = Field(unique=True, index=True, max_length=998)
    kind: str = Field(max_length=64)
    message_id: str = Field(index=True, max_length=998)
    sender: str = Field(max_length=320)
    recipients: str = Field(description="Envelope recipients, comma-separated.")
    to_address: str = Field(default="", index=True, max_length=320, description="The first To: the per-sender limit.")
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    status: str = Field(default="pending", index=True, max_length=16)  # pending | sent | failed
    attempts: int = 0
    next_attempt_at: datetime
    last_error: str | None = None
    created_at: datetime
    sent_at: datetime | None = None
    source_message_key: str | None = Field(default=None, max_length=998)


class MailboxState(SQLModel, table=True):
    """UIDVALIDITY per mailbox folder (RFC 3501: UIDs mean nothing across a change of it)."""

    __tablename__ = "mailbox_state"

    name: str = Field(primary_key=True, max_length=998)
    uidvalidity: int


class PendingAction(SQLModel, table=True):
    """Something waiting for a person's "ja": a cancellation asked by another address, an approval."""

    __tablename__ = "pending_action"

    id: int | None = Field(default=None, primary_key=True)
    token: str = Field(unique=True, index=True, max_length=32)
    action: str = Field(max_length=16)  # cancel | approve
    event_id: str = Field(max_length=128)
    email: str = Field(max_length=320, description="The registration it is about: its address or person_key.")
    requested_by: str = Field(max_length=320)
    request_message_id: str | None = Field(default=None, index=True, max_length=998)
    source_message_key: str = Field(max_length=998)
    status: str = Field(default="open", max_length=16)  # open | done | declined
    created_at: datetime
    resolved_at: datetime | None = None


class Undeliverable(SQLModel, table=True):
    """Addresses our mail bounced from: no more reminders there; shown in the digest."""

    __tablename__ = "undeliverable"

    email: str = Field(primary_key=True, max_length=320)
    reason: str = Field(default="", max_length=2000)
    permanent: bool = True
    since: datetime
    source_message_key: str | None = Field(default=None, max_length=998)
