"""The events and the people behind them, read from their own TOML file into frozen values.

The pure core (classify, decide, render) receives a :class:`Catalogue`; only :func:`load_catalogue`
touches the disk. An events file may ``include = ["other.toml"]`` so that the demo can add
upcoming events to the two real ones without copying them.
"""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .config import ConfigError


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Contact(_Frozen):
    name: str
    email: str


class Event(_Frozen):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    starts: datetime
    ends: datetime
    timezone: str = "Europe/Amsterdam"
    location: str | None = None
    online_url: str | None = None
    capacity: int | None = Field(None, ge=0)
    registration_closes: datetime | None = None
    language: str = Field("nl", pattern="^(nl|en)$")
    aliases: tuple[str, ...] = ()
    themes: tuple[str, ...] = Field((), description="Words of its themes: two of them point to the event, one alone does not.")
    registration_contact: str
    content_contact: str
    organisers: tuple[str, ...] = ()
    organiser: str = ""
    description: str = ""
    audience: str = ""
    eligibility: Literal["accept", "flag", "approve"] = "flag"
    eligible_roles: str = Field(
        r"direct|bestuurder|manager|hoofd|head|leiding|chief|ceo|adjunct",
        description="Regular expression: roles the event is meant for (others follow `eligibility`).")
    acknowledge_questions: bool = Field(True, description="Tell the asker who will answer a content question.")
    acknowledge_practical: bool = Field(True, description="The same for questions forwarded to the registration contact.")
    reminders: tuple[int, ...] = Field((7, 1), description="Days before the start that attendees are reminded.")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}; use a name such as Europe/Amsterdam") from None
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "Event":
        for name in ("starts", "ends", "registration_closes"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValueError(f"{name} needs an offset, e.g. 2019-06-24T10:00:00+02:00")
        if self.ends <= self.starts:
            raise ValueError("ends must be after starts")
        if not (self.location or self.online_url):
            raise ValueError("give a location or an online_url")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def closes(self) -> datetime:
        return self.registration_closes or self.starts

    @field_validator("eligible_roles")
    @classmethod
    def _valid_pattern(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return value

    def is_open(self, now: datetime) -> bool:
        return now < self.closes


class Catalogue(_Frozen):
    events: tuple[Event, ...]
    contacts: dict[str, Contact]
    triage: str = Field(description="Contact key of the organisers' triage address.")

    @model_validator(mode="after")
    def _keys_exist(self) -> "Catalogue":
        seen: set[str] = set()
        for event in self.events:
            if event.id in seen:
                raise ValueError(f"event id {event.id} appears twice")
            seen.add(event.id)
            for key in (event.registration_contact, event.content_contact, *event.organisers):
                if key not in self.contacts:
                    raise ValueError(f"event {event.id} names contact {key!r}, which has no [contacts.{key}] table")
        if self.triage not in self.contacts:
            raise ValueError(f"triage names contact {self.triage!r}, which has no [contacts.{self.triage}] table")
        return self

    def event(self, event_id: str | None) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)

    def contact(self, key: str) -> Contact:
        return self.contacts[key]

    def open_events(self, now: datetime) -> tuple[Event, ...]:
        return tuple(e for e in self.events if e.is_open(now))


def load_catalogue(path: Path) -> Catalogue:
    """Read the events file (and its includes) or raise a one-line ConfigError."""
    data = _read_with_includes(Path(path), seen=())
    try:
        return Catalogue(
            events=tuple(data.get("event", [])),
            contacts=data.get("contacts", {}),
            triage=data.get("triage", "organisers"),
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = err["loc"]
        if loc[:1] == ("events",) and len(loc) > 1 and isinstance(loc[1], int):
            events = data.get("event", [])
            ident = events[loc[1]].get("id", f"#{loc[1] + 1}") if loc[1] < len(events) else "?"
            where = f"[[event]] {ident}" + (f", key {'.'.join(map(str, loc[2:]))}" if loc[2:] else "")
        else:
            where = ".".join(map(str, loc)) or "events file"
        msg = err["msg"].removeprefix("Value error, ")
        raise ConfigError(f"events file {path}: {where}: {msg}; fix it there") from None


def _read_with_includes(path: Path, seen: tuple[Path, ...]) -> dict[str, Any]:
    if path.resolve() in seen:
        raise ConfigError(f"events file {path} includes itself; remove the loop from include")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(
            f"events file {path} not found; set events_file in the config or MAILBOT_EVENTS_FILE"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"events file {path} is not valid TOML: {exc}; fix the syntax there") from None
    merged: dict[str, Any] = {"event": [], "contacts": {}}
    for inc in data.pop("include", []):
        sub = _read_with_includes(path.parent / inc, seen + (path.resolve(),))
        merged["event"] += sub.get("event", [])
        merged["contacts"].update(sub.get("contacts", {}))
        if "triage" in sub:
            merged["triage"] = sub["triage"]
    defaults = data.pop("defaults", {})  # [defaults] registration_contact = "…" etc. for every event
    merged["event"] += [defaults | event for event in data.pop("event", [])]
    merged["contacts"].update(data.pop("contacts", {}))
    merged.update(data)
    return merged
