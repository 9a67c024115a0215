"""Registrations as rows organisers trust: CSV (UTF-8 with BOM so Excel reads accents) or JSON."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from .models import Registration

FIELDS = ("event_id", "email", "name", "organisation", "role", "status", "position", "flag", "registered_by",
          "language", "created_at", "updated_at", "source_message")


def records(rows: Iterable[Registration]) -> list[dict[str, Any]]:
    """One dict per registration, oldest first, with the waiting-list position filled in."""
    ordered = sorted(rows, key=lambda r: (r.event_id, r.created_at, r.id or 0))
    positions: dict[str, int] = {}
    result = []
    for row in ordered:
        position = None
        if row.status == "waitlisted":
            position = positions[row.event_id] = positions.get(row.event_id, 0) + 1
        result.append({
            "event_id": row.event_id, "email": row.email, "name": row.name, "organisation": row.organisation,
            "role": row.role, "status": row.status, "position": position, "flag": row.flag,
            "registered_by": row.registered_by, "language": row.language,
            "created_at": row.created_at.isoformat(timespec="seconds"),
            "updated_at": row.updated_at.isoformat(timespec="seconds"),
            "source_message": (row.source_message_key or "").removeprefix("mid:"),
        })
    return result


def to_csv(rows: Sequence[dict[str, Any]], delimiter: str = ",", bom: bool = True) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" if bom else "") + out.getvalue()
