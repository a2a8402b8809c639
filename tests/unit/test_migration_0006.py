"""Migration 6 (SpO2 with each reading, medicine categories with the checklist answer) on the committed
schema-5 vault: the columns arrive with their defaults, refuse what the app never writes, and the old
session gains new readings and answers beside its old ones."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from companion.domain.checklist import OTHER_MEDICINES_ID, Answer, MedicineCategory
from companion.domain.clock import FakeClock
from companion.domain.vitals import BloodPressure
from companion.storage.backups import BackupStore
from companion.storage.database import Database
from companion.storage.migrations import LATEST_VERSION, MIGRATIONS
from companion.storage.sessions import SessionRepository
from companion.storage.vault import migrate_with_backup
from tests.fixtures import make_schema5_vault as schema5
from tests.fixtures.vault_rows import columns

AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _migrated(tmp_path: Path) -> tuple[Database, BackupStore]:
    path = tmp_path / "vault.db"
    shutil.copyfile(schema5.FIXTURE_DB, path)  # never open the committed file itself
    backups = BackupStore(tmp_path / "backups", FakeClock())
    database = Database.open(path, schema5.FIXTURE_KEY)
    assert migrate_with_backup(database, backups) == list(range(6, LATEST_VERSION + 1))
    return database, backups


def test_migration_6_is_numbered_after_the_journal() -> None:
    assert (MIGRATIONS[5].version, MIGRATIONS[5].name) == (6, "spo2_and_medicine_categories")


def test_the_columns_arrive_with_their_defaults_and_the_old_vault_is_backed_up(tmp_path: Path) -> None:
    database, backups = _migrated(tmp_path)
    with database:
        assert columns(database, "vital_signs")[-1] == "spo2"
        assert columns(database, "checklist_answers")[-1] == "categories"
        assert database.execute("SELECT DISTINCT spo2 FROM vital_signs").fetchall() == [(None,)]
        assert database.execute("SELECT DISTINCT categories FROM checklist_answers").fetchall() == [("",)]
        for statement in ("UPDATE vital_signs SET spo2 = 0", "UPDATE vital_signs SET spo2 = 101",
                          "UPDATE vital_signs SET spo2 = 'x'",
                          "UPDATE checklist_answers SET categories = NULL"):
            with pytest.raises(sqlcipher3.IntegrityError):
                database.execute(statement)
    [backup] = backups.list()
    with Database.open(backup.path, schema5.FIXTURE_KEY) as before:
        assert before.schema_version == 5 and "spo2" not in columns(before, "vital_signs")


def test_an_old_session_reads_beside_new_readings_and_answers(tmp_path: Path) -> None:
    database, _ = _migrated(tmp_path)
    with database:
        sessions = SessionRepository(database)
        old = sessions.session_record(2)
        assert old.other_medicines_taken is True and not old.other_medicine_categories_recorded
        assert old.other_medicine_names == "lorazepam 0.5 mg last night"
        # The same session gains a reading with SpO2 and a categorised answer (as a correction would).
        sessions.save_vitals(2, "final", BloodPressure(126, 80), 70, AT, spo2=96)
        answer = Answer(True, names="lorazepam 0.5 mg last night", acknowledged=True, answered_at=AT,
                        categories=(MedicineCategory.BENZODIAZEPINES,))
        sessions.save_checklist_answer(2, OTHER_MEDICINES_ID, answer)
        assert sessions.vitals(2)[-1].spo2 == 96 and sessions.vitals(2)[0].spo2 is None
        history = [a for item, a in sessions.checklist_answer_history(2) if item == OTHER_MEDICINES_ID]
        assert [a.categories for a in history] == [(), (MedicineCategory.BENZODIAZEPINES,)]
        record = sessions.session_record(2)
        assert record.other_medicines == (MedicineCategory.BENZODIAZEPINES,)
        assert record.other_medicine_categories_recorded
