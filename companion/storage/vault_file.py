"""A vault file on disk, looked at before any connection may write to it.

Opening (:meth:`companion.storage.database.Database.open`) never writes before the file has passed
every check: the header (a plaintext SQLite
file is not ours and is refused untouched), the key (SQLCipher only notices a wrong key at the
first read), ``PRAGMA cipher_integrity_check`` (every page's HMAC) and ``PRAGMA quick_check``.
Those checks run on a separate read-only connection: ``immutable=1`` when there is no ``-wal``
(nothing is created, nothing can be written), plain ``mode=ro`` when a ``-wal`` is present (after
a crash, or while another connection is open) so SQLite's locks and the journal's newest pages
are honoured; a read-only connection never checkpoints, so neither ``vault.db`` nor its ``-wal``
changes (SQLite may create the ``-shm`` index beside a ``-wal``; it holds no data). Only then is
the read-write connection opened. Only real damage (SQLITE_NOTADB, SQLITE_CORRUPT, a failed
check, an empty file) is reported as damage; a lock or an I/O error never is, so a busy or
unreadable vault is never mistaken for a damaged one and moved aside.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.data_key import DataKey
from companion.storage.errors import (
    DiskError,
    NoVaultError,
    PlaintextDatabaseError,
    StorageError,
    VaultBusyError,
)

PLAINTEXT_HEADER = b"SQLite format 3\x00"
WAL_SUFFIX = "-wal"
SHM_SUFFIX = "-shm"


# How long a connection waits for another one's lock before giving up with VaultBusyError.
BUSY_TIMEOUT_SECONDS = 5.0

DAMAGED_SENTENCE = QT_TRANSLATE_NOOP(
    "StorageErrors",
    "The vault could not be read with its key: the file is damaged or does not belong to this key file.",
)


@dataclass(frozen=True)
class FileInspection:
    """What a read-only look at a vault file found; ``problems`` empty means healthy."""

    problems: list[str]
    schema_version: int | None


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + WAL_SUFFIX)


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + SHM_SUFFIX)


def sqlcipher_connect(target: str, key: DataKey, *, uri: bool) -> Any:
    connection = sqlcipher3.connect(target, uri=uri, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {key.sqlcipher_pragma_value()}")
    except BaseException:
        connection.close()
        raise
    return connection


def _read_only_uri(path: Path, *, immutable: bool) -> str:
    suffix = "&immutable=1" if immutable else ""
    return f"file:{quote(str(path.absolute()))}?mode=ro{suffix}"


# SQLite's primary result codes that mean "these bytes are not a sound database for this key".
_DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_BUSY_CODES = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED


def is_damage(error: sqlcipher3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # older bindings: fall back on the message
        return "not a database" in str(error) or "malformed" in str(error)
    return (int(code) & 0xFF) in _DAMAGE_CODES


def not_damage(error: sqlcipher3.Error, name: str) -> StorageError:
    """Errors that say nothing about the file's bytes (locks, permissions, I/O): never move it."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and (int(code) & 0xFF) in _BUSY_CODES:
        return VaultBusyError()
    #: %1 is the name of a file, such as vault.db
    return DiskError(QT_TRANSLATE_NOOP(
        "StorageErrors",
        "%1 could not be read because the system reported a problem; nothing was changed. "
        "Check the data folder's permissions and the drive, then try again.",
    ).arg(name))


def integrity_problems(connection: Any, name: str) -> list[str]:
    """cipher_integrity_check (page HMACs) then quick_check; a damage error counts as a problem."""
    problems: list[str] = []
    for pragma in ("cipher_integrity_check", "quick_check"):
        try:
            rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
        except sqlcipher3.Error as error:
            if not is_damage(error):
                raise not_damage(error, name) from None
            rows = [f"{pragma}: {error}"]
        problems.extend(row for row in rows if row != "ok")
    return problems


def read_header(path: Path) -> bytes:
    """The first 16 bytes; OSError becomes a sentence."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAINTEXT_HEADER))
    except FileNotFoundError:
        raise NoVaultError(path.parent) from None
    except OSError:
        #: %1 is the name of a file, such as vault.db
        raise DiskError(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "%1 could not be read; check the data folder's permissions and the drive, then try again.",
        ).arg(path.name)) from None


def inspect_file(path: Path, key: DataKey) -> FileInspection:
    """Check a vault or backup file without writing to it (see the module docstring).

    Damage (wrong key, corrupt or missing pages, an empty file) is returned as problems. What
    says nothing about the bytes is raised instead: PlaintextDatabaseError (not ours),
    NoVaultError (no file), VaultBusyError (locked), DiskError (permissions, I/O errors).
    """
    header = read_header(path)
    if header.startswith(PLAINTEXT_HEADER):
        #: %1 is the name of a file, such as vault.db
        raise PlaintextDatabaseError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 is an unencrypted SQLite file, not a companion vault; it was left untouched."
        ).arg(path.name))
    if not header:
        return FileInspection(["the file is empty"], None)
    immutable = not wal_path(path).exists()
    try:
        connection = sqlcipher_connect(_read_only_uri(path, immutable=immutable), key, uri=True)
    except sqlcipher3.Error as error:
        raise not_damage(error, path.name) from None
    try:
        try:
            # The first read: a wrong key or a destroyed first page fails here.
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlcipher3.Error as error:
            if not is_damage(error):
                raise not_damage(error, path.name) from None
            return FileInspection([f"the file could not be read with this key: {error}"], None)
        return FileInspection(integrity_problems(connection, path.name), version)
    finally:
        connection.close()


def key_that_opens(path: Path, key: DataKey) -> DataKey | None:
    """The first of ``key.candidates()`` under which ``path`` passes both checks, or None.

    A wrong key fails at the first read, so trying the previous keys costs little.
    """
    for candidate in key.candidates():
        if not inspect_file(path, candidate).problems:
            return candidate
    return None
