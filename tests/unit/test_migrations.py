"""Numbered migrations: from an empty vault, from the committed schema-1 vault, refusing newer ones."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.backups import PRE_MIGRATION, BackupStore
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    Migration,
    SchemaTooNewError,
    apply_migrations,
    parse_migrations,
    pending_migrations,
)
from companion.storage.vault import migrate_with_backup, open_vault
from tests.fixtures.make_schema1_vault import (
    EXPECTED_EVENTS,
    EXPECTED_META,
    FIXTURE_DB,
    FIXTURE_KEY,
    SCHEMA_VERSION,
)

ADD_MOOD = Migration(2, "add_mood", "CREATE TABLE mood (id INTEGER PRIMARY KEY, score INTEGER NOT NULL);")


def _fixture_copy(tmp_path: Path) -> Path:
    """Never open the committed file itself: opening read-write would change its bytes."""
    target = tmp_path / "vault.db"
    shutil.copyfile(FIXTURE_DB, target)
    return target


def _rows(database: Database) -> tuple[dict[str, str], list[tuple[object, ...]]]:
    meta = {row[0]: row[1] for row in database.execute("SELECT key, value FROM meta")}
    events = [tuple(row) for row in database.execute("SELECT id, occurred_at, kind, detail FROM app_events")]
    return meta, events


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert MIGRATIONS[-1].version == LATEST_VERSION
    assert MIGRATIONS[0].name == "initial"


def test_parse_rejects_gaps_and_ignores_other_files() -> None:
    found = parse_migrations([("0002_b.sql", "B"), ("README.txt", "x"), ("0001_a.sql", "A")])
    assert [(m.version, m.name, m.sql) for m in found] == [(1, "a", "A"), (2, "b", "B")]
    with pytest.raises(RuntimeError):
        parse_migrations([("0001_a.sql", "A"), ("0003_c.sql", "C")])


def test_empty_vault_reaches_the_latest_schema(tmp_path: Path) -> None:
    with Database.create(tmp_path / "vault.db", DataKey.generate()) as database:
        assert apply_migrations(database) == list(range(1, LATEST_VERSION + 1))
        assert database.schema_version == LATEST_VERSION
        meta_columns = [row[1] for row in database.execute("PRAGMA table_info(meta)")]
        event_columns = [row[1] for row in database.execute("PRAGMA table_info(app_events)")]
        assert meta_columns == ["key", "value"]
        assert event_columns == ["id", "occurred_at", "kind", "detail"]
        assert apply_migrations(database) == []  # nothing left to do


def test_committed_schema1_vault_migrates_with_its_data(tmp_path: Path) -> None:
    path = _fixture_copy(tmp_path)
    with Database.open(path, FIXTURE_KEY) as database:
        assert database.schema_version == SCHEMA_VERSION
        backups = BackupStore(tmp_path / "backups", FakeClock())
        applied = migrate_with_backup(database, backups)
        assert applied == list(range(SCHEMA_VERSION + 1, LATEST_VERSION + 1))
        assert database.schema_version == LATEST_VERSION
        meta, events = _rows(database)
        assert database.integrity_problems() == []
    assert meta == EXPECTED_META
    assert events == EXPECTED_EVENTS


def test_committed_schema1_vault_opens_through_the_facade(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.ensure_base()
    shutil.copyfile(FIXTURE_DB, paths.vault_db)
    with open_vault(paths, FIXTURE_KEY, FakeClock()) as vault:
        assert vault.database.schema_version == LATEST_VERSION
        meta, events = _rows(vault.database)
    assert events[: len(EXPECTED_EVENTS)] == EXPECTED_EVENTS
    assert {k: meta[k] for k in ("vault_id", "created_at")} == {
        k: EXPECTED_META[k] for k in ("vault_id", "created_at")
    }


def test_a_new_migration_on_the_schema1_vault_backs_up_first(tmp_path: Path) -> None:
    path = _fixture_copy(tmp_path)
    migrations = [*MIGRATIONS[:1], ADD_MOOD]
    backups = BackupStore(tmp_path / "backups", FakeClock())
    with Database.open(path, FIXTURE_KEY) as database:
        assert migrate_with_backup(database, backups, migrations) == [2]
        assert database.schema_version == 2
        database.execute("INSERT INTO mood (score) VALUES (7)")
        assert _rows(database) == (EXPECTED_META, EXPECTED_EVENTS)
    [backup] = backups.list()
    assert backup.kind == PRE_MIGRATION
    with Database.open(backup.path, FIXTURE_KEY) as before:
        assert before.schema_version == 1
        assert _rows(before) == (EXPECTED_META, EXPECTED_EVENTS)


def test_no_backup_when_nothing_is_pending_or_the_vault_is_new(tmp_path: Path) -> None:
    backups = BackupStore(tmp_path / "backups", FakeClock())
    with Database.create(tmp_path / "vault.db", DataKey.generate()) as database:
        migrate_with_backup(database, backups)  # from version 0: nothing to protect yet
        migrate_with_backup(database, backups)  # nothing pending
    assert backups.list() == []


def test_a_failing_migration_rolls_back_whole(tmp_path: Path) -> None:
    path = _fixture_copy(tmp_path)
    broken = Migration(2, "broken", "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);")
    with Database.open(path, FIXTURE_KEY) as database:
        with pytest.raises(Exception, match="no such table"):
            apply_migrations(database, [*MIGRATIONS[:1], broken])
        assert database.schema_version == 1
        tables = {row[0] for row in database.execute("SELECT name FROM sqlite_schema")}
        assert "half_done" not in tables
        assert _rows(database) == (EXPECTED_META, EXPECTED_EVENTS)


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.ensure_base()
    key = DataKey.generate()
    with Database.create(paths.vault_db, key) as database:
        apply_migrations(database)
        database.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    before = hashlib.sha256(paths.vault_db.read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNewError) as raised:
        open_vault(paths, key, FakeClock())
    message = str(raised.value)
    assert "newer version" in message and "untouched" in message
    assert hashlib.sha256(paths.vault_db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in paths.base.iterdir()) == ["vault.db"]  # not moved, no backup
    with pytest.raises(SchemaTooNewError):
        pending_migrations(LATEST_VERSION + 1)
