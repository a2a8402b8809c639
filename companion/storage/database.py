"""One SQLCipher connection to an encrypted vault file, opened only after it proved healthy.

Opening never writes before the file has passed every check (:func:`companion.storage.vault_file.
inspect_file`, on a separate read-only connection). Only then is the read-write connection opened.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

import sqlcipher3

from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.atomic import disk_error, fsync_directory
from companion.storage.data_key import DataKey
from companion.storage.errors import (
    DiskError,
    StorageError,
    VaultBusyError,
    VaultDamagedError,
    VaultExistsError,
)
from companion.storage.vault_file import (
    DAMAGED_SENTENCE,
    inspect_file,
    integrity_problems,
    is_damage,
    not_damage,
    sqlcipher_connect,
    wal_path,
)

# Applied to every read-write connection, in this order, after the key and journal_mode=WAL.
CONNECTION_PRAGMAS: tuple[tuple[str, str], ...] = (
    ("synchronous", "FULL"),
    ("temp_store", "MEMORY"),
    ("secure_delete", "ON"),
    ("foreign_keys", "ON"),
)



class Cursor(Protocol):
    """The parts of a DB-API cursor the app uses."""

    @property
    def lastrowid(self) -> int | None: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The parts of a sqlcipher3 connection handed out inside :meth:`Database.transaction`."""

    def execute(self, sql: str, parameters: Sequence[object] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Any, /) -> Cursor: ...


_COPY_TOKEN_BYTES = 4
_A_COPY = QT_TRANSLATE_NOOP("StorageNames", "a copy of the vault")
# export_copy's temporary file, and the companions SQLite may make beside it while it is attached.
_COPY_TEMP_NAME = re.compile(
    rf"\.(?P<target>.+)\.[0-9a-f]{{{2 * _COPY_TOKEN_BYTES}}}\.tmp(?:-journal|-wal|-shm)?", re.DOTALL
)


def copy_temp_target(name: str) -> str | None:
    """The name of the copy that ``name`` was being written for, if ``name`` is exactly the
    temporary file :meth:`Database.export_copy` makes (or its ``-journal``, ``-wal``, ``-shm``)."""
    match = _COPY_TEMP_NAME.fullmatch(name)
    return None if match is None else match.group("target")


def _remove_copy_leftovers(temporary: Path) -> None:
    """A copy's temporary file (if it was not renamed) and the journal SQLite may leave beside it."""
    for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _translate_write_error(error: sqlcipher3.Error) -> StorageError | None:
    """A full or read-only disk is the world's fault, not a bug: give it a sentence."""
    text = str(error).lower()
    if "disk is full" in text or "disk i/o error" in text:
        return DiskError(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "The disk refused to save the vault (it may be full); the last change was lost.",
        ))
    if "readonly" in text or "read-only" in text:
        return DiskError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The vault's folder cannot be written to; the last change was not saved."))
    return None


class Database:
    """An open, healthy vault database. Use it from the one thread that opened it."""

    def __init__(self, connection: Any, path: Path, key: DataKey) -> None:
        self._connection: Any = connection
        self._path = path
        self._key = key  # needed again to key the encrypted copies
        self._savepoint_depth = 0

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, key: DataKey) -> Database:
        """Open an existing vault after checking it (nothing is written before the checks pass).

        NoVaultError if there is no file; PlaintextDatabaseError for an unencrypted SQLite file;
        VaultDamagedError(moved_to=None) for a wrong key or any damage (the file is left in place).
        """
        inspection = inspect_file(path, key)
        if inspection.problems:
            raise VaultDamagedError(DAMAGED_SENTENCE)
        return cls(cls._connect_read_write(path, key), path, key)

    @classmethod
    def create(cls, path: Path, key: DataKey) -> Database:
        """A new, empty encrypted database (schema version 0); never replaces an existing file."""
        if path.exists() or wal_path(path).exists():
            raise VaultExistsError(path.parent)
        try:
            # Made by us with 0600 before SQLite writes a byte; SQLite gives -wal/-shm the same mode.
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise VaultExistsError(path.parent) from None
        except OSError as error:
            raise disk_error(error, QT_TRANSLATE_NOOP("StorageNames", "the new vault")) from None
        os.close(descriptor)
        try:
            connection = cls._connect_read_write(path, key)
        except BaseException:
            path.unlink()  # the empty file we made a moment ago; it never held anything
            raise
        fsync_directory(path.parent)
        return cls(connection, path, key)

    @staticmethod
    def _connect_read_write(path: Path, key: DataKey) -> Any:
        connection = sqlcipher_connect(str(path), key, uri=False)
        try:
            # Right after the key and before any implicit transaction; also the key's first read.
            mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise DiskError(QT_TRANSLATE_NOOP(
                    "StorageErrors", "The vault's folder does not support the journal the vault needs."))
            for name, value in CONNECTION_PRAGMAS:
                connection.execute(f"PRAGMA {name} = {value}")
        except sqlcipher3.Error as error:
            connection.close()
            if is_damage(error):
                raise VaultDamagedError(DAMAGED_SENTENCE) from None
            raise not_damage(error, path.name) from None
        except BaseException:
            connection.close()
            raise
        return connection

    # -- use -----------------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._path

    @property
    def connection(self) -> Any:
        if self._connection is None:
            raise RuntimeError("the database is closed")
        return self._connection

    @property
    def schema_version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        """One statement; outside :meth:`transaction` it commits on its own."""
        try:
            cursor: Cursor = self.connection.execute(sql, params)
        except sqlcipher3.OperationalError as error:
            translated = _translate_write_error(error)
            if translated is None:
                raise
            raise translated from None
        return cursor

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT; any exception rolls the whole block back and is re-raised.

        Nested inside another ``transaction()`` it becomes a savepoint of the outer one, so a caller
        can make several repository calls (each with its own block) commit together or not at all.
        """
        connection = self.connection
        if connection.in_transaction:
            yield from self._savepoint(connection)
            return
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if isinstance(error, sqlcipher3.OperationalError):
                translated = _translate_write_error(error)
                if translated is not None:
                    raise translated from None
            raise

    def _savepoint(self, connection: Connection) -> Iterator[Connection]:
        self._savepoint_depth += 1
        name = f"nested_{self._savepoint_depth}"
        connection.execute(f"SAVEPOINT {name}")
        try:
            yield connection
            connection.execute(f"RELEASE {name}")
        except BaseException:
            connection.execute(f"ROLLBACK TO {name}")
            connection.execute(f"RELEASE {name}")
            raise
        finally:
            self._savepoint_depth -= 1

    def apply_script(self, script: str, *, user_version: int) -> None:
        """Run a multi-statement script and set ``user_version`` in one transaction (migrations)."""
        connection = self.connection
        if connection.in_transaction:
            raise RuntimeError("apply_script cannot run inside another transaction")
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE;\n{script}\n;\nPRAGMA user_version = {int(user_version)};\nCOMMIT;"
            )
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

    def replace_key(self, new_key: DataKey) -> None:
        """Re-encrypt the database under ``new_key``: a checked copy renamed over the file.

        Not ``PRAGMA rekey``: in WAL mode it commits the new pages to the ``-wal``, and a kill
        before the checkpoint leaves ``vault.db`` under the old key and its ``-wal`` under the new
        one, which no key passes ``cipher_integrity_check`` for (found by tests/reliability/
        test_rekey_kill.py). Here the copy (``sqlcipher_export``, as for backups) is checked, the
        connection closed (the last close checkpoints and removes the ``-wal``), and the copy
        renamed into place: at every instant ``vault.db`` is wholly under one key, alone.
        """
        temporary = self._write_copy_beside(self._path, new_key)
        try:
            if inspect_file(temporary, new_key).problems:
                raise DiskError(QT_TRANSLATE_NOOP(
                    "StorageErrors",
                    "The re-encrypted copy of the vault did not read back; nothing was changed.",
                ))
            self.close()
            if wal_path(self._path).exists():
                raise VaultBusyError()  # another connection keeps the old -wal: never pair it with the copy
            temporary.replace(self._path)
            self._key = new_key
            fsync_directory(self._path.parent)
        except OSError as error:
            raise disk_error(error, QT_TRANSLATE_NOOP("StorageNames", "the re-encrypted vault")) from None
        finally:
            _remove_copy_leftovers(temporary)  # nothing is left once the rename was done
            if self._connection is None:
                self._connection = self._connect_read_write(self._path, self._key)

    def integrity_problems(self) -> list[str]:
        """cipher_integrity_check + quick_check on this connection; empty means healthy."""
        return integrity_problems(self.connection, self._path.name)

    def export_copy(self, target: Path) -> None:
        """Write an encrypted copy (same key, same schema version) to ``target``, atomically.

        SQLCipher's ``sqlcipher_export`` fills a freshly made 0600 temp file beside the target,
        which is fsynced, renamed over the target and the folder fsynced; the temp file is
        removed on failure. ``user_version`` is copied by hand (sqlcipher_export does not).
        """
        temporary = self._write_copy_beside(target, self._key)
        try:
            temporary.replace(target)
            fsync_directory(target.parent)
        except OSError as error:
            raise disk_error(error, _A_COPY) from None
        finally:
            _remove_copy_leftovers(temporary)

    def _write_copy_beside(self, target: Path, key: DataKey) -> Path:
        """An encrypted copy under ``key``, fsynced, in a fresh 0600 temporary file beside ``target``."""
        if self.connection.in_transaction:
            raise RuntimeError("a copy cannot be made inside a transaction")
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(_COPY_TOKEN_BYTES)}.tmp")
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(descriptor)
        except OSError as error:
            raise disk_error(error, _A_COPY) from None
        try:
            self._export_into(temporary, key)
            with temporary.open("rb") as handle:
                os.fsync(handle.fileno())
        except BaseException as error:
            _remove_copy_leftovers(temporary)
            if isinstance(error, OSError):
                raise disk_error(error, _A_COPY) from None
            raise
        return temporary

    def _export_into(self, temporary: Path, key: DataKey) -> None:
        connection = self.connection
        version = self.schema_version
        connection.execute("ATTACH DATABASE ? AS backup KEY ?", (str(temporary), f"x'{key.raw.hex()}'"))
        try:
            connection.execute("BEGIN")
            try:
                connection.execute("SELECT sqlcipher_export('backup')").fetchall()
                connection.execute(f"PRAGMA backup.user_version = {version}")
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        finally:
            connection.execute("DETACH DATABASE backup")

    def close(self) -> None:
        """Close the connection (a clean close checkpoints and removes -wal/-shm); idempotent."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
