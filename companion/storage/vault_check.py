"""``companion check``: an integrity report of the vault, its write-ahead log and every backup. Read-only.

Measured choice: a ``mode=ro`` URI connection is not enough with WAL, because it creates
``-wal``/``-shm`` beside the file and leaves them there. So with no ``-wal`` present (the app is
closed; the normal case) the file is read in place with ``immutable=1``, which creates and writes
nothing; if a ``-wal`` is present (the app is open, or it crashed) ``vault.db`` and its ``-wal`` are
copied into a private temporary folder and the copy is checked, so the newest commits are included
and the originals are not touched. Backups never have a ``-wal`` and are always read in place with
``immutable=1``. The keys a passphrase change replaced count too: a vault a killed change left under
the previous key, or a backup made before a change, is not damaged.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage.backups import BackupStore
from companion.storage.data_key import DataKey
from companion.storage.errors import PlaintextDatabaseError, StorageError
from companion.storage.migrations import LATEST_VERSION
from companion.storage.vault_file import FileInspection, inspect_file, wal_path
from companion.storage.wal_frames import log_damage


def _inspect_with_every_key(path: Path, key: DataKey) -> FileInspection:
    """The inspection under the first key that passes, else under ``key`` (whose problems are reported)."""
    first = inspect_file(path, key)
    for older in key.previous if first.problems else ():
        inspection = inspect_file(path, older)
        if not inspection.problems:
            return inspection
    return first


def _inspect_vault_without_writing(path: Path, key: DataKey) -> FileInspection:
    if not wal_path(path).exists():
        return _inspect_with_every_key(path, key)
    with tempfile.TemporaryDirectory(prefix="companion-check-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(wal_path(path), wal_path(copy))
        return _inspect_with_every_key(copy, key)


def check_vault(paths: DataPaths, key: DataKey) -> list[str]:
    """Integrity report of the vault and every backup; empty means all is well. Read-only."""
    problems: list[str] = []
    name = paths.vault_db.name
    if not paths.vault_db.exists():
        problems.append(f"{name}: the vault database is missing")
    else:
        problems.extend(_log_problems(paths.vault_db))
        try:
            inspection = _inspect_vault_without_writing(paths.vault_db, key)
        except PlaintextDatabaseError:
            problems.append(f"{name}: an unencrypted SQLite file, not a vault")
        except StorageError as error:
            problems.append(f"{name}: {error}")
        else:
            problems.extend(f"{name}: {problem}" for problem in inspection.problems)
            if inspection.schema_version is not None and inspection.schema_version > LATEST_VERSION:
                problems.append(f"{name}: saved by a newer version of companion")
    store = BackupStore(paths.backups_dir, SystemClock())
    try:
        backups = store.list()
    except StorageError as error:  # a file in its place, or unreadable: a problem to report, not a crash
        return [*problems, f"{paths.backups_dir.name}: {error}"]
    for info in backups:
        problems.extend(f"{paths.backups_dir.name}/{info.path.name}: {p}" for p in store.verify(info, key))
    return problems


def _log_problems(path: Path) -> list[str]:
    """What check reports of the -wal: damage that opening would move aside (read-only, see wal_frames)."""
    wal = wal_path(path)
    try:
        damage = log_damage(wal)
    except StorageError as error:
        return [f"{wal.name}: {error}"]
    if damage is None:
        return []
    return [
        f"{wal.name}: the record of the newest changes is damaged ({damage}); opening the vault will "
        "move it aside with the vault, and a backup can be restored"
    ]
