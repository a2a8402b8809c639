"""Migration 7 (the exports made) on the committed schema-6 vault: the table arrives empty, refuses what
the app never writes, and the repository remembers exports there; the history begins where it did."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from companion.domain.clock import FakeClock
from companion.storage.backups import BackupStore
from companion.storage.database import Database
from companion.storage.exports import ExportKind, ExportRepository, first_record_at
from companion.storage.migrations import LATEST_VERSION, MIGRATIONS
from companion.storage.vault import migrate_with_backup
from tests.fixtures import make_schema6_vault as schema6
from tests.fixtures.vault_rows import columns

AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _migrated(tmp_path: Path) -> tuple[Database, BackupStore]:
    path = tmp_path / "vault.db"
    shutil.copyfile(schema6.FIXTURE_DB, path)  # never open the committed file itself
    backups = BackupStore(tmp_path / "backups", FakeClock())
    database = Database.open(path, schema6.FIXTURE_KEY)
    assert migrate_with_backup(database, backups) == list(range(7, LATEST_VERSION + 1))
    return database, backups


def test_migration_7_is_numbered_after_the_session_record() -> None:
    assert (MIGRATIONS[6].version, MIGRATIONS[6].name) == (7, "exports")


def test_the_table_arrives_empty_and_the_old_vault_is_backed_up(tmp_path: Path) -> None:
    database, backups = _migrated(tmp_path)
    with database:
        assert columns(database, "exports") == ["id", "created_at", "period_start", "period_end",
                                                "patient_name", "kind"]
        assert ExportRepository(database).last_export() is None
    [backup] = backups.list()
    with Database.open(backup.path, schema6.FIXTURE_KEY) as before:
        assert before.schema_version == 6 and columns(before, "exports") == []


@pytest.mark.parametrize("values", [
    ("a", "t", "2026-03-02", "2026-03-01", "", "zip"),  # ends before it starts
    ("a", "t", "2026-3-1", "2026-03-02", "", "zip"),  # not a day
    ("a", "t", "2026-03-01", "2026-03-02", "", "pdf"),  # no such kind
    ("", "t", "2026-03-01", "2026-03-02", "", "zip"),  # no id
    ("a", "t", "2026-03-01", "2026-03-02", None, "zip"),  # no name is "", not NULL
])
def test_the_table_refuses_what_the_app_never_writes(tmp_path: Path, values: tuple[object, ...]) -> None:
    database, _ = _migrated(tmp_path)
    with database, pytest.raises(sqlcipher3.IntegrityError):
        database.execute("INSERT INTO exports VALUES (?, ?, ?, ?, ?, ?)", values)


def test_exports_are_remembered_and_the_last_one_is_the_newest(tmp_path: Path) -> None:
    database, _ = _migrated(tmp_path)
    with database:
        repository = ExportRepository(database)
        first = repository.record_export("k3x9q2", created_at=AT, period_start=date(2026, 1, 5),
                                         period_end=date(2026, 2, 28), patient_name="Jo", kind=ExportKind.ZIP)
        assert repository.last_export() == first
        later = repository.record_export("p7m4w1", created_at=AT + timedelta(days=14),
                                         period_start=date(2026, 3, 1), period_end=date(2026, 3, 14),
                                         patient_name="", kind=ExportKind.FOLDER)
        assert repository.last_export() == later and repository.exports() == [later, first]
        with pytest.raises(ValueError, match="already recorded"):
            repository.record_export("k3x9q2", created_at=AT, period_start=date(2026, 1, 5),
                                     period_end=date(2026, 1, 5), patient_name="", kind=ExportKind.ZIP)
        with pytest.raises(ValueError, match="starts after"):
            repository.record_export("z", created_at=AT, period_start=date(2026, 1, 6),
                                     period_end=date(2026, 1, 5), patient_name="", kind=ExportKind.ZIP)
        # The fixture's history begins with its first session (the earliest record of all).
        assert first_record_at(database) == datetime(2026, 1, 13, 15, 2, tzinfo=UTC)
