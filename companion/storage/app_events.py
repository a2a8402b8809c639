"""The vault's audit log of vault-level events. Never personal content: kinds and counts only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from companion.storage.database import Database

CREATED = "created"
UNLOCKED = "unlocked"
PASSPHRASE_CHANGED = "passphrase changed"  # noqa: S105 - an event name, not a secret
BACKUP_RESTORED = "backup restored"
MIGRATED = "migrated"


@dataclass(frozen=True)
class AppEvent:
    id: int
    occurred_at: datetime
    kind: str
    detail: str | None


def record_event(database: Database, kind: str, occurred_at: datetime, detail: str | None = None) -> int:
    """Append one event; returns its id. ``detail`` must never hold personal content."""
    cursor = database.execute(
        "INSERT INTO app_events (occurred_at, kind, detail) VALUES (?, ?, ?)",
        (occurred_at.isoformat(), kind, detail),
    )
    return int(cursor.lastrowid or 0)


def recent_events(database: Database, limit: int = 50) -> list[AppEvent]:
    """Newest first."""
    rows = database.execute(
        "SELECT id, occurred_at, kind, detail FROM app_events ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    return [AppEvent(int(row[0]), datetime.fromisoformat(row[1]), str(row[2]), row[3]) for row in rows]


def read_meta(database: Database) -> dict[str, str]:
    rows = database.execute("SELECT key, value FROM meta").fetchall()
    return {str(row[0]): str(row[1]) for row in rows}


def write_meta(database: Database, values: dict[str, str]) -> None:
    with database.transaction() as connection:
        for key, value in values.items():
            connection.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
