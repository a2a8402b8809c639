"""Moving a damaged vault aside, never deleting it.

The database and its ``-wal``/``-shm`` are renamed (same file system, so nothing is copied and
no byte changes) into ``damaged/<UTC timestamp>/``, with a ``SHA256SUMS`` file in
``sha256sum`` format beside them so anyone can later show the files are exactly what was found.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.atomic import atomic_write_bytes, disk_error, fsync_directory
from companion.storage.vault_file import shm_path, wal_path

SUMS_FILE = "SHA256SUMS"
_CHUNK = 1024 * 1024
_CHECKSUM_NOTE = QT_TRANSLATE_NOOP("StorageNames", "the checksum note")
_NEW_PLACE = QT_TRANSLATE_NOOP("StorageNames", "the damaged vault's new place")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sums_text(files: Iterable[Path]) -> str:
    """``sha256sum`` format: ``<hex>  <name>`` per line (two spaces: binary-agnostic text mode)."""
    return "".join(f"{sha256_of(path)}  {path.name}\n" for path in files)


def _fresh_folder(damaged_dir: Path, now: datetime) -> Path:
    damaged_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    for attempt in range(1, 1000):
        folder = damaged_dir / (stamp if attempt == 1 else f"{stamp}-{attempt}")
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        return folder
    raise FileExistsError(damaged_dir)


def move_aside(database_path: Path, damaged_dir: Path, now: datetime) -> Path:
    """Move the database and its -wal/-shm into a new timestamped folder; returns that folder."""
    present = [p for p in (database_path, wal_path(database_path), shm_path(database_path)) if p.exists()]
    try:
        folder = _fresh_folder(damaged_dir, now)
        moved: list[Path] = []
        for source in present:
            target = folder / source.name
            source.replace(target)
            moved.append(target)
        fsync_directory(folder)
        fsync_directory(database_path.parent)
        atomic_write_bytes(folder / SUMS_FILE, sums_text(moved).encode("ascii"), what=_CHECKSUM_NOTE)
    except OSError as error:
        raise disk_error(error, _NEW_PLACE) from None
    return folder
