"""Temporary files left by an interrupted backup or key-file write, removed at the app's unlock.

A kill or a power cut while a backup is written leaves a partial encrypted copy in ``backups/``:
``.<backup name>.<8 hex>.tmp`` (:meth:`Database.export_copy`), perhaps with its SQLite
``-journal`` (``-wal``, ``-shm``), or a partial copy of the key file,
``.<backup stem>.key.<12 hex>.tmp`` (:func:`atomic_write_bytes`), or a complete key copy
``<backup stem>.key`` whose backup was never written (the key copy is written first). One during
a passphrase change may leave ``.vault.key.<12 hex>.tmp`` or the re-encrypted copy ``.vault.db.<8 hex>.tmp``
(:meth:`Database.replace_key`) in the data folder. Nothing reads them again; they can be
large and they keep old journal text past the rotation the README promises (DESIGN.md §5).

Only the exact names those writers make are matched (:func:`copy_temp_target`,
:func:`temp_target`), and only when written for a backup or for the key file: a real backup,
``vault.db`` or any other file is never touched, and only regular files are removed.

Who calls it, and when: the app, at unlock, once the vault has opened (nothing is removed while
the vault is in doubt, and a complete copy killed just before its rename is no longer the newest
one), holding the data folder's lock (:mod:`companion.ui.instance_lock`), so no second window
writes here. ``companion check`` is read-only and never calls it. ``companion export`` does not
call it either, because it takes no folder lock and may run beside the app, writing its own daily
backup. For that same reason the app leaves a temporary file changed within
:data:`LIVE_WRITE_GRACE_SECONDS` for a later unlock: a live write touches its file as it goes,
a killed one never again.

A file that cannot be removed is left for the next unlock; it never stops the unlock.
"""

from __future__ import annotations

import contextlib
import stat
import time
from pathlib import Path

from companion.paths import DataPaths
from companion.storage.atomic import temp_target
from companion.storage.backups import is_backup_name
from companion.storage.database import copy_temp_target

LIVE_WRITE_GRACE_SECONDS = 3600.0
_KEY_SUFFIX = ".key"
_BACKUP_SUFFIX = ".db"


def _is_backup_key_copy(name: str) -> bool:
    return name.endswith(_KEY_SUFFIX) and is_backup_name(name.removesuffix(_KEY_SUFFIX) + _BACKUP_SUFFIX)


def _is_backup_leftover(name: str, names: set[str]) -> bool:
    copy_of = copy_temp_target(name)
    if copy_of is not None and is_backup_name(copy_of):
        return True
    if _is_backup_key_copy(name):  # its backup was never written (the key copy goes first) or is gone
        return name.removesuffix(_KEY_SUFFIX) + _BACKUP_SUFFIX not in names
    key_copy_of = temp_target(name)
    return key_copy_of is not None and _is_backup_key_copy(key_copy_of)


def _names_in(folder: Path) -> list[str]:
    try:
        return [path.name for path in folder.iterdir()]
    except OSError:  # no backups yet, or a folder we cannot read: nothing to clean
        return []


def find_leftovers(paths: DataPaths) -> list[Path]:
    """The temporary files of interrupted backup and key-file writes, whatever their age."""
    names = set(_names_in(paths.backups_dir))
    found = [paths.backups_dir / name for name in names if _is_backup_leftover(name, names)]
    key_name, vault_name = paths.key_file.name, paths.vault_db.name
    found += [
        paths.base / name
        for name in _names_in(paths.base)
        if temp_target(name) == key_name or copy_temp_target(name) == vault_name
    ]
    return sorted(found)


def _stale_regular_file(path: Path, cutoff: float) -> bool:
    try:
        status = path.lstat()
    except OSError:
        return False
    return stat.S_ISREG(status.st_mode) and status.st_mtime <= cutoff


def remove_leftovers(paths: DataPaths, *, wall_time: float | None = None) -> list[Path]:
    """Remove the leftovers unchanged for :data:`LIVE_WRITE_GRACE_SECONDS`; returns those removed.

    ``wall_time`` is the file system's clock (``time.time()``), which file times are compared
    with, not the app's clock. Never raises for a file it cannot remove: the next unlock tries again.
    """
    now = time.time() if wall_time is None else wall_time
    cutoff = now - LIVE_WRITE_GRACE_SECONDS
    removed: list[Path] = []
    for path in find_leftovers(paths):
        if not _stale_regular_file(path, cutoff):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed
