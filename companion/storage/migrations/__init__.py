"""Numbered schema migrations, loaded from the ``NNNN_name.sql`` files beside this module.

Each file moves the schema from version N-1 to N. It runs in one transaction that also sets
``PRAGMA user_version = N``, so a migration is either wholly applied or not at all. A migration,
once released, is never edited: a change is a new file (tests migrate a real schema-1 vault).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Protocol

from companion.storage.errors import SchemaTooNewError

_FILE_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


class MigratableDatabase(Protocol):
    """What the runner needs from :class:`companion.storage.database.Database`."""

    @property
    def schema_version(self) -> int: ...

    def apply_script(self, script: str, *, user_version: int) -> None: ...


def parse_migrations(files: Iterable[tuple[str, str]]) -> list[Migration]:
    """Migrations from ``(file name, SQL text)`` pairs; other names are ignored.

    Raises RuntimeError (a packaging bug, not the user's) unless numbered 1, 2, 3… without gaps.
    """
    found: list[Migration] = []
    for name, text in files:
        match = _FILE_NAME.match(name)
        if match is not None:
            found.append(Migration(int(match.group(1)), match.group(2), text))
    found.sort(key=lambda migration: migration.version)
    versions = [migration.version for migration in found]
    if not found or versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..N without gaps, found {versions}")
    return found


def load_migrations() -> list[Migration]:
    """Every ``NNNN_name.sql`` shipped in this package."""
    entries = resources.files(__name__).iterdir()
    return parse_migrations(
        (entry.name, entry.read_text(encoding="utf-8")) for entry in entries if entry.name.endswith(".sql")
    )


MIGRATIONS: list[Migration] = load_migrations()
LATEST_VERSION: int = MIGRATIONS[-1].version


def pending_migrations(current_version: int, migrations: Sequence[Migration] = MIGRATIONS) -> list[Migration]:
    """The migrations still to run on a database at ``current_version``.

    Raises :class:`SchemaTooNewError` if the database is newer than anything listed.
    """
    latest = migrations[-1].version if migrations else 0
    if current_version > latest:
        raise SchemaTooNewError(current_version, latest)
    return [migration for migration in migrations if migration.version > current_version]


def apply_migrations(
    database: MigratableDatabase,
    migrations: Sequence[Migration] = MIGRATIONS,
    *,
    before_first: Callable[[], object] | None = None,
) -> list[int]:
    """Bring ``database`` up to the newest schema; returns the versions applied.

    ``before_first`` runs once, only if there is something to apply (the vault uses it for the
    pre-migration backup). A failing migration rolls back whole and stops the run.
    """
    pending = pending_migrations(database.schema_version, migrations)
    if pending and before_first is not None:
        before_first()
    applied: list[int] = []
    for migration in pending:
        database.apply_script(migration.sql, user_version=migration.version)
        applied.append(migration.version)
    return applied
