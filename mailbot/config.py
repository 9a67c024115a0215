"""One typed, frozen settings object: a TOML file, overridden by MAILBOT_* environment variables.

Precedence (highest first): ``MAILBOT_<KEY>_FILE`` secret files, ``MAILBOT_<KEY>`` variables,
the TOML file, the defaults below. Nested keys use ``__`` (``MAILBOT_IMAP__HOST``).
Any problem becomes a :class:`ConfigError` whose message is one line naming the key and the fix,
so the command line can print it instead of a traceback.
"""

from __future__ import annotations

import os
import ssl
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

ENV_PREFIX = "MAILBOT_"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """Certificates and host names are always checked; ca_file only changes whom we trust."""
    return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)


class ConfigError(Exception):
    """A configuration problem, worded for the person who has to fix it (one line)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


TlsMode = Literal["ssl", "starttls", "none"]


class ImapSettings(_Frozen):
    host: str = "localhost"
    port: int | None = None
    username: str = ""
    password: SecretStr = SecretStr("")
    tls: TlsMode = "ssl"
    ca_file: Path | None = Field(None, description="Trust this CA bundle instead of the system's (private CAs).")
    folder: str = "INBOX"
    processed_folder: str = "mailbot-processed"
    triage_folder: str = "mailbot-triage"
    batch_size: int = Field(200, ge=1, le=5000)
    timeout: float = Field(30.0, gt=0)
    idle: bool = True
    idle_renew: float = Field(300.0, gt=0, description="Re-issue IDLE this often (RFC 2177: < 29 min).")
    poll_interval: float = Field(30.0, gt=0)

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.tls == "ssl" else 143)


class SmtpSettings(_Frozen):
    host: str = "localhost"
    port: int | None = None
    username: str = ""
    password: SecretStr = SecretStr("")
    tls: TlsMode = "starttls"
    ca_file: Path | None = Field(None, description="Trust this CA bundle instead of the system's (private CAs).")
    timeout: float = Field(30.0, gt=0)

    @property
    def effective_port(self) -> int:
        return self.port or {"ssl": 465, "starttls": 587, "none": 25}[self.tls]


class MaildirSettings(_Frozen):
    path: Path = Path("var/Maildir")
    seed_from: Path | None = Field(
        None, description="Copy these .eml files into the Maildir when it is first created (demo)."
    )


class FileTransportSettings(_Frozen):
    directory: Path = Path("var/outbox")


class DatabaseSettings(_Frozen):
    url: str = "sqlite:///var/mailbot.db"


class MailSettings(_Frozen):
    from_address: str = "aanmelden@example.org"
    from_name: str = "Aanmeldingen"
    max_attempts: int = Field(8, ge=1, description="Outbox: give up on a mail after this many tries.")
    retry_base_seconds: float = Field(30.0, gt=0)
    max_inbound_failures: int = Field(3, ge=1)
    max_replies_per_hour: int = Field(10, ge=1, description="Stop answering one sender after this many (mail loops).")
    background_sender: Literal["auto", "always", "never"] = Field(
        "auto", description="Send from a second process while a backlog is read (auto: when a full batch waits).")


class ScheduleSettings(_Frozen):
    timezone: str = "Europe/Amsterdam"
    digest_time: str = Field("08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    digest_send_empty: bool = False
    check_every_minutes: float = Field(5.0, gt=0, description="How often due reminders and digests are written.")

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}; use a name such as Europe/Amsterdam") from None
        return value


class DevmodeSettings(_Frozen):
    redirect_to: str | None = Field(None, description="Send every mail to this address instead (trying it out).")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", frozen=True, extra="forbid"
    )

    intake: Literal["imap", "maildir"] = "imap"
    transport: Literal["smtp", "file"] = "smtp"
    events_file: Path = Path("config/events.toml")
    templates_dir: Path = PROJECT_ROOT / "templates"
    template_overrides: Path | None = None
    imap: ImapSettings = ImapSettings()
    smtp: SmtpSettings = SmtpSettings()
    maildir: MaildirSettings = MaildirSettings()
    file_transport: FileTransportSettings = FileTransportSettings()
    database: DatabaseSettings = DatabaseSettings()
    mail: MailSettings = MailSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    devmode: DevmodeSettings = DevmodeSettings()

    @field_validator("events_file", "templates_dir", mode="after")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment wins over the TOML file, which arrives as init kwargs.
        return (_SecretFileSource(settings_cls), _WithoutSecretFiles(settings_cls, env_settings), init_settings)


class _WithoutSecretFiles(PydanticBaseSettingsSource):
    """The environment, less the ``…_FILE`` variables that _SecretFileSource has read."""

    def __init__(self, settings_cls: type[BaseSettings], env: PydanticBaseSettingsSource) -> None:
        super().__init__(settings_cls)
        self.env = env

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        return _drop_file_keys(self.env(), Settings)


def _drop_file_keys(data: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key, value in data.items():
        field = model.model_fields.get(key)
        if field is None and key.endswith("_file") and key.removesuffix("_file") in model.model_fields:
            continue
        annotation = field.annotation if field else None
        if isinstance(value, dict) and isinstance(annotation, type) and issubclass(annotation, BaseModel):
            value = _drop_file_keys(value, annotation)
        cleaned[key] = value
    return cleaned


class _SecretFileSource(PydanticBaseSettingsSource):
    """``MAILBOT_IMAP__PASSWORD_FILE=/run/secrets/imap`` reads the value from that file (Docker secrets)."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for name, path in os.environ.items():
            if not (name.startswith(ENV_PREFIX) and name.endswith("_FILE")):
                continue
            keys = name[len(ENV_PREFIX) : -len("_FILE")].lower().split("__")
            if not _is_field_path(Settings, keys):
                continue  # e.g. MAILBOT_EVENTS_FILE is a setting of its own, not a secret file
            try:
                value = Path(path).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ConfigError(f"{name}: cannot read {path} ({exc.strerror}); point it at a readable file") from None
            target = found
            for key in keys[:-1]:
                target = target.setdefault(key, {})
            target[keys[-1]] = value
        return found


def _is_field_path(model: type[BaseModel], keys: list[str]) -> bool:
    for i, key in enumerate(keys):
        field = model.model_fields.get(key)
        if field is None:
            return False
        annotation = field.annotation
        if i < len(keys) - 1:
            if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
                return False
            model = annotation
    return True


def load_settings(path: str | Path | None) -> Settings:
    """Read the TOML file (if any) and the environment into a frozen Settings, or raise ConfigError."""
    data: dict[str, Any] = {}
    if path is not None:
        path = Path(path)
        try:
            with path.open("rb") as fh:
                data = tomllib.load(fh)
        except FileNotFoundError:
            raise ConfigError(f"config file {path} not found; pass --config with the path of your mailbot.toml") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}; fix the syntax at that place") from None
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc, source=str(path) if path else None)) from None


def describe_validation_error(exc: ValidationError, source: str | None) -> str:
    """The first error as one line: which key, what is wrong, where to set it."""
    err = exc.errors()[0]
    loc = [str(part) for part in err["loc"] if not isinstance(part, int)]
    key = ".".join(loc) or "(top level)"
    env = ENV_PREFIX + "__".join(loc).upper()
    what = err["msg"]
    if err["type"] == "extra_forbidden":
        return f"config key {key}: unknown key; remove it or check its spelling" + (f" in {source}" if source else "")
    if err["type"] == "literal_error":
        what = f"got {err.get('input')!r}, {what.lower()}"
    where = f"in {source}" if source else "in the config file"
    return f"config key {key}: {what}; set it {where} or as {env}"
