"""Rotating encrypted backups of the vault.

Each backup is an encrypted copy made with the vault's own data key (``Database.export_copy``),
named ``<UTC timestamp>-<kind>.db`` (for example ``20260105T090000Z-daily.db``; ``-2``, ``-3``…
is added if two of one kind fall in the same second), so names carry no personal content and
sort by time. The folder is 0700, every file 0600.

Beside each backup lies a copy of the key file, ``<same name>.key``, since a backup is useless
without a key file. That copy opens with the passphrase current when the backup was made (or
with the recovery key). Restoring uses the *current* key file all the same: a passphrase change
re-keys the vault, but the current data key keeps the keys it replaced (``DataKey.previous``), so
every backup opens with today's key file, and :meth:`BackupStore.verify` tries them all.

Rotation (:meth:`BackupStore.rotate`) keeps:

- **daily**: the newest ``daily`` backup of each of the 7 most recent UTC dates that have one;
- **weekly**: the newest ``daily`` backup of each of the 4 most recent ISO weeks that have one
  (counted by weeks that hold a backup, not by the calendar, so a month away from the app does
  not empty the folder);
- every ``pre-migration``, ``manual`` and ``before-restore`` backup made in the last 30 days;
- always the newest backup that passes both integrity checks (with no key given: the newest).

Anything else of ours is deleted with its ``.key``; files we did not name are never touched.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlcipher3

from companion.domain.clock import Clock
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.atomic import atomic_write_bytes, disk_error
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.errors import BackupError, PlaintextDatabaseError, StorageError
from companion.storage.vault_file import inspect_file

DAILY = "daily"
PRE_MIGRATION = "pre-migration"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
KINDS = (DAILY, PRE_MIGRATION, MANUAL, BEFORE_RESTORE)

DAILY_KEPT = 7
WEEKLY_KEPT = 4
OTHER_KINDS_KEPT_FOR = timedelta(days=30)

_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_BACKUPS_FOLDER = QT_TRANSLATE_NOOP("StorageNames", "the backups folder")
_KEY_FILE_COPY = QT_TRANSLATE_NOOP("StorageNames", "the key file's copy")
_NAME = re.compile(r"^(\d{8}T\d{6}Z)-(" + "|".join(map(re.escape, KINDS)) + r")(?:-(\d+))?\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    kind: str  # "daily" | "pre-migration" | "manual" | "before-restore"
    size_bytes: int

    @property
    def key_copy(self) -> Path:
        """The key file copied beside this backup when it was made."""
        return self.path.with_suffix(".key")


# Aliases: inside BackupStore the name ``list`` is the method of that name.
BackupList = list[BackupInfo]
Problems = list[str]


def is_backup_name(name: str) -> bool:
    """Whether ``name`` is exactly a backup's name as :meth:`BackupStore.create` makes it."""
    return _NAME.fullmatch(name) is not None


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created_at = datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created_at, match.group(2), size)


class BackupStore:
    """The backups folder. ``key_file``, when given, is copied beside every new backup."""

    def __init__(self, directory: Path, clock: Clock, *, key_file: Path | None = None) -> None:
        self.directory = directory
        self._clock = clock
        self._key_file = key_file

    # -- making --------------------------------------------------------------------------------

    def _ensure_directory(self) -> None:
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.directory.chmod(0o700)
        except OSError as error:
            raise disk_error(error, _BACKUPS_FOLDER) from None

    def _free_name(self, created_at: datetime, kind: str) -> Path:
        stamp = created_at.strftime(_STAMP_FORMAT)
        for attempt in range(1, 10_000):
            name = f"{stamp}-{kind}.db" if attempt == 1 else f"{stamp}-{kind}-{attempt}.db"
            candidate = self.directory / name
            if not candidate.exists() and not candidate.with_suffix(".key").exists():
                return candidate
        raise BackupError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Too many backups were made in one second; try again in a moment."))

    def create(self, database: Database, kind: str) -> BackupInfo:
        """An encrypted copy of ``database`` (and of the key file beside it)."""
        if kind not in KINDS:
            raise ValueError(f"unknown backup kind {kind!r}")
        self._ensure_directory()
        created_at = self._clock.now().astimezone(UTC).replace(microsecond=0)
        target = self._free_name(created_at, kind)
        if self._key_file is not None:
            try:
                key_bytes: bytes | None = self._key_file.read_bytes()
            except FileNotFoundError:
                key_bytes = None  # the backup is still worth making; restore uses the live key file
            except OSError as error:
                raise disk_error(error, _KEY_FILE_COPY) from None
            if key_bytes is not None:
                atomic_write_bytes(target.with_suffix(".key"), key_bytes, what=_KEY_FILE_COPY)
        try:
            database.export_copy(target)
        except BaseException as error:
            with contextlib.suppress(OSError):
                target.with_suffix(".key").unlink(missing_ok=True)  # no backup, so no key copy beside it
            if isinstance(error, sqlcipher3.OperationalError):  # SQLite's write failed: a full disk, say
                raise BackupError(QT_TRANSLATE_NOOP(
                    "StorageErrors",
                    "The backup could not be written; check the free space on the drive and the "
                    "backups folder.",
                )) from None
            raise
        info = _parse(target)
        if info is None:  # pragma: no cover - we just wrote it under a name we parse
            raise BackupError(
                QT_TRANSLATE_NOOP("StorageErrors", "A backup was written but cannot be found; try again."))
        return info

    def ensure_daily(self, database: Database) -> BackupInfo | None:
        """Make today's (UTC) daily backup unless there already is one."""
        today = self._clock.now().astimezone(UTC).date()
        if any(info.kind == DAILY and info.created_at.date() == today for info in self.list()):
            return None
        return self.create(database, DAILY)

    # -- reading -------------------------------------------------------------------------------

    def list(self) -> BackupList:
        """Every backup of ours in the folder, newest first."""
        try:
            entries = list(self.directory.iterdir())
        except FileNotFoundError:
            return []
        except NotADirectoryError:
            raise BackupError(QT_TRANSLATE_NOOP(
                "StorageErrors",
                "%1 is a file, not the backups folder; move it elsewhere so backups can be made.",
            ).arg(self.directory)) from None
        except OSError as error:
            raise BackupError(QT_TRANSLATE_NOOP(
                "StorageErrors", "The backups folder could not be read; check its permissions.")) from error
        found = [info for info in map(_parse, entries) if info is not None]
        found.sort(key=lambda info: (info.created_at, info.path.name), reverse=True)
        return found

    def verify(self, info: BackupInfo, key: DataKey) -> Problems:
        """Problems found by both integrity checks (read-only); empty means the backup is good.

        A backup made before a passphrase change is under one of ``key.previous``: good if one opens it.
        """
        problems = self._verify_with(info, key)
        if problems and any(not self._verify_with(info, older) for older in key.previous):
            return []
        return problems

    def _verify_with(self, info: BackupInfo, key: DataKey) -> Problems:
        try:
            inspection = inspect_file(info.path, key)
        except PlaintextDatabaseError:
            return ["the backup is an unencrypted SQLite file"]
        except StorageError as error:
            return [str(error)]
        problems = list(inspection.problems)
        if not problems and not inspection.schema_version:
            problems.append("the backup holds no vault schema")
        return problems

    def newest_valid(self, key: DataKey) -> BackupInfo | None:
        for info in self.list():
            if not self.verify(info, key):
                return info
        return None

    # -- rotation ------------------------------------------------------------------------------

    def kept_by_rule(self, backups: BackupList) -> set[Path]:
        """The backups the rotation rule (see the module docstring) keeps, ignoring validity."""
        now = self._clock.now()
        keep: set[Path] = set()
        newest_per_day: dict[date, BackupInfo] = {}
        newest_per_week: dict[tuple[int, int], BackupInfo] = {}
        for info in backups:  # newest first, so the first seen per day/week is the newest
            if info.kind == DAILY:
                newest_per_day.setdefault(info.created_at.date(), info)
                iso = info.created_at.isocalendar()
                newest_per_week.setdefault((iso.year, iso.week), info)
            elif now - info.created_at <= OTHER_KINDS_KEPT_FOR:
                keep.add(info.path)
        for day in sorted(newest_per_day, reverse=True)[:DAILY_KEPT]:
            keep.add(newest_per_day[day].path)
        for week in sorted(newest_per_week, reverse=True)[:WEEKLY_KEPT]:
            keep.add(newest_per_week[week].path)
        return keep

    def rotate(self, key: DataKey | None = None) -> BackupList:
        """Delete the backups the rule does not keep; returns what was deleted.

        With ``key`` the newest backup that passes both integrity checks is always kept; without
        one, validity cannot be checked, so the newest backup is kept.
        """
        backups = self.list()
        if not backups:
            return []
        keep = self.kept_by_rule(backups)
        protected = self.newest_valid(key) if key is not None else backups[0]
        if protected is not None:
            keep.add(protected.path)
        deleted: BackupList = []
        for info in backups:
            if info.path not in keep and self.delete(info):
                deleted.append(info)
        return deleted

    def delete(self, info: BackupInfo) -> bool:
        """Delete one backup and its key copy; False if it was already gone."""
        try:
            info.path.unlink()
            with contextlib.suppress(FileNotFoundError):
                info.key_copy.unlink()
        except FileNotFoundError:
            return False
        except OSError as error:
            raise disk_error(error, _BACKUPS_FOLDER) from None
        return True
