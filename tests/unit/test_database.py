"""Database: creation, the PRAGMAs, checks before any write, transactions, encrypted copies."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3

from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.errors import NoVaultError, PlaintextDatabaseError, VaultDamagedError, VaultExistsError
from companion.storage.vault_file import PLAINTEXT_HEADER, inspect_file, shm_path, wal_path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(path: Path, key: DataKey, rows: int = 3) -> None:
    with Database.create(path, key) as database:
        database.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        with database.transaction() as connection:
            for index in range(rows):
                connection.execute("INSERT INTO notes (text) VALUES (?)", (f"note {index}",))


@pytest.fixture
def key() -> DataKey:
    return DataKey.generate()


def test_create_sets_every_pragma_and_encrypts(tmp_path: Path, key: DataKey) -> None:
    path = tmp_path / "vault.db"
    with Database.create(path, key) as database:
        def pragma(name: str) -> object:
            return database.execute(f"PRAGMA {name}").fetchone()[0]

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("secure_delete") == 1
        assert pragma("foreign_keys") == 1
        assert database.schema_version == 0
        database.execute("CREATE TABLE t (x TEXT)")
        database.execute("INSERT INTO t VALUES ('visible only when decrypted')")
        assert database.integrity_problems() == []
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = path.read_bytes()
    assert not data.startswith(PLAINTEXT_HEADER)
    assert b"visible only when decrypted" not in data


def test_create_refuses_an_existing_file(tmp_path: Path, key: DataKey) -> None:
    path = tmp_path / "vault.db"
    path.write_bytes(b"something precious")
    with pytest.raises(VaultExistsError):
        Database.create(path, key)
    assert path.read_bytes() == b"something precious"


def test_reopen_with_the_right_key_reads_the_rows(tmp_path: Path, key: DataKey) -> None:
    path = tmp_path / "vault.db"
    _make(path, key, rows=5)
    with Database.open(path, key) as database:
        assert database.execute("SELECT count(*) FROM notes").fetchone()[0] == 5
        assert database.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.db"]  # clean close removed -wal/-shm


def test_wrong_key_is_damage_and_writes_nothing(tmp_path: Path, key: DataKey) -> None:
    path = tmp_path / "vault.db"
    _make(path, key)
    before = _sha256(path)
    with pytest.raises(VaultDamagedError) as raised:
        Database.open(path, DataKey.generate())
    assert raised.value.moved_to is None
    assert _sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.db"]


def test_plaintext_sqlite_file_is_refused_untouched(tmp_path: Path, key: DataKey) -> None:
    path = tmp_path / "vault.db"
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    before = _sha256(path)
    with pytest.raises(PlaintextDatabaseError) as raised:
        Database.open(path, key)
    assert "unencrypted" in str(raised.value)
    assert _sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.db"]


def test_missing_and_empty_files(tmp_path: Path, key: DataKey) -> None:
    with pytest.raises(NoVaultError):
        Database.open(tmp_path / "absent.db", key)
    assert not (tmp_path / "absent.db").exists()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(VaultDamagedError):
        Database.open(empty, key)
    assert empty.read_bytes() == b""


def test_flipped_byte_is_detected_without_writing(tmp_path: Path, key: DataKey) -> None:
    path = tmp_path / "vault.db"
    _make(path, key, rows=200)
    data = bytearray(path.read_bytes())
    data[4096 + 50] ^= 0x01  # inside page 2
    path.write_bytes(bytes(data))
    before = _sha256(path)
    with pytest.raises(VaultDamagedError):
        Database.open(path, key)
    assert _sha256(path) == before
    problems = inspect_file(path, key).problems
    assert problems


def test_transaction_rolls_back_on_error(tmp_path: Path, key: DataKey) -> None:
    path = tmp_path / "vault.db"
    _make(path, key, rows=1)
    with Database.open(path, key) as database:
        with pytest.raises(ZeroDivisionError), database.transaction() as connection:
            connection.execute("INSERT INTO notes (text) VALUES ('lost')")
            _ = 1 / 0
        with pytest.raises(sqlcipher3.OperationalError), database.transaction() as connection:
            connection.execute("INSERT INTO notes (text) VALUES ('also lost')")
            connection.execute("INSERT INTO no_such_table VALUES (1)")
        assert database.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
        with database.transaction() as connection:
            connection.execute("INSERT INTO notes (text) VALUES ('kept')")
    with Database.open(path, key) as database:
        texts = [row[0] for row in database.execute("SELECT text FROM notes ORDER BY id")]
    assert texts == ["note 0", "kept"]


def test_foreign_keys_are_enforced(tmp_path: Path, key: DataKey) -> None:
    with Database.create(tmp_path / "vault.db", key) as database:
        database.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        database.execute("CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id))")
        with pytest.raises(Exception, match="FOREIGN KEY"):
            database.execute("INSERT INTO child VALUES (42)")


def test_export_copy_is_encrypted_complete_and_private(tmp_path: Path, key: DataKey) -> None:
    path = tmp_path / "vault.db"
    _make(path, key, rows=7)
    target = tmp_path / "copies" / "copy.db"
    target.parent.mkdir()
    with Database.open(path, key) as database:
        database.apply_script("CREATE TABLE extra (x);", user_version=3)
        database.export_copy(target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.db"]  # no temp or journal left
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not target.read_bytes().startswith(PLAINTEXT_HEADER)
    with Database.open(target, key) as copy:
        assert copy.execute("SELECT count(*) FROM notes").fetchone()[0] == 7
        assert copy.schema_version == 3
    with pytest.raises(VaultDamagedError):
        Database.open(target, DataKey.generate())


def test_apply_script_is_all_or_nothing(tmp_path: Path, key: DataKey) -> None:
    with Database.create(tmp_path / "vault.db", key) as database:
        with pytest.raises(Exception, match="no such table"):
            database.apply_script("CREATE TABLE half (x); INSERT INTO missing VALUES (1);", user_version=5)
        assert database.schema_version == 0
        tables = [row[0] for row in database.execute("SELECT name FROM sqlite_schema")]
        assert "half" not in tables


def test_crashed_vault_with_wal_opens_and_keeps_its_commits(tmp_path: Path, key: DataKey) -> None:
    """A -wal left by a crash: checked read-only in place, then opened; the commits are there."""
    live = tmp_path / "live" / "vault.db"
    live.parent.mkdir()
    crashed = tmp_path / "crashed" / "vault.db"
    crashed.parent.mkdir()
    database = Database.create(live, key)
    try:
        database.execute("PRAGMA wal_autocheckpoint = 0")
        database.execute("CREATE TABLE t (x)")
        database.execute("INSERT INTO t VALUES ('only in the wal')")
        for source in (live, wal_path(live), shm_path(live)):  # the files as a kill would leave them
            shutil.copyfile(source, crashed.parent / source.name)
    finally:
        database.close()
    hashes = {p.name: _sha256(p) for p in (crashed, wal_path(crashed))}
    with pytest.raises(VaultDamagedError):
        Database.open(crashed, DataKey.generate())
    assert {p.name: _sha256(p) for p in (crashed, wal_path(crashed))} == hashes
    with Database.open(crashed, key) as reopened:
        assert reopened.execute("SELECT x FROM t").fetchall() == [("only in the wal",)]


def test_closed_database_refuses_use(tmp_path: Path, key: DataKey) -> None:
    database = Database.create(tmp_path / "vault.db", key)
    database.close()
    database.close()  # idempotent
    with pytest.raises(RuntimeError):
        database.execute("SELECT 1")


def test_nested_transactions_commit_or_roll_back_with_the_outer_one(tmp_path: Path) -> None:
    key = DataKey.generate()
    database = Database.create(tmp_path / "nested.db", key)
    try:
        database.execute("CREATE TABLE t (v INTEGER)")
        with database.transaction():
            database.execute("INSERT INTO t VALUES (1)")
            with database.transaction():  # a savepoint of the outer block
                database.execute("INSERT INTO t VALUES (2)")
        assert [r[0] for r in database.execute("SELECT v FROM t ORDER BY v")] == [1, 2]

        with pytest.raises(RuntimeError), database.transaction():
            with database.transaction():
                database.execute("INSERT INTO t VALUES (3)")
            raise RuntimeError("the outer block fails after the inner one finished")
        assert [r[0] for r in database.execute("SELECT v FROM t ORDER BY v")] == [1, 2]

        with database.transaction():
            database.execute("INSERT INTO t VALUES (4)")
            with pytest.raises(ValueError), database.transaction():
                database.execute("INSERT INTO t VALUES (5)")
                raise ValueError("only the inner part is undone")
        assert [r[0] for r in database.execute("SELECT v FROM t ORDER BY v")] == [1, 2, 4]
    finally:
        database.close()
