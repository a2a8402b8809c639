"""Migration 2 (care plans and sessions) on the committed schema-1 vault, and the committed schema-2 vault."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from companion.domain.care_plan import CarePlan
from companion.domain.clock import FakeClock
from companion.domain.session import SessionState
from companion.domain.session_events import EndedEarly, HelpKind
from companion.domain.vitals import BloodPressure
from companion.storage.backups import PRE_MIGRATION, BackupStore
from companion.storage.care_plans import CarePlanRepository
from companion.storage.database import Database
from companion.storage.migrations import LATEST_VERSION
from companion.storage.sessions import SessionRepository
from companion.storage.vault import migrate_with_backup
from tests.fixtures import make_schema1_vault as schema1
from tests.fixtures import make_schema2_vault as schema2
from tests.fixtures.vault_rows import APPENDED_COLUMNS, columns, old_rows

NEW_TABLES = {
    "care_plans": ["id", "plan_json", "set_at", "source", "issued_by"],
    "sessions": ["id", "care_plan_id", "created_at", "state", "dose_at", "ended_at"],
    "session_events": ["id", "session_id", "seq", "at", "type", "payload_json"],
    "checklist_answers": ["id", "session_id", "item_id", "value", "names", "acknowledged", "answered_at"],
    "vital_signs": ["id", "session_id", "kind", "systolic", "diastolic", "heart_rate", "measured_at"],
    "session_baseline": ["session_id", "mood", "anxiety", "intention", "recorded_at"],
}


def _copy(source: Path, tmp_path: Path) -> Path:
    """Never open a committed file itself: opening read-write would change its bytes."""
    target = tmp_path / "vault.db"
    shutil.copyfile(source, target)
    return target


def _old_rows(database: Database) -> tuple[dict[str, str], list[tuple[object, ...]]]:
    meta = {row[0]: row[1] for row in database.execute("SELECT key, value FROM meta")}
    events = [tuple(row) for row in database.execute("SELECT id, occurred_at, kind, detail FROM app_events")]
    return meta, events


def test_schema1_vault_gains_the_session_tables_and_keeps_its_data(tmp_path: Path) -> None:
    backups = BackupStore(tmp_path / "backups", FakeClock())
    with Database.open(_copy(schema1.FIXTURE_DB, tmp_path), schema1.FIXTURE_KEY) as database:
        assert migrate_with_backup(database, backups) == list(range(2, LATEST_VERSION + 1))
        assert database.schema_version == LATEST_VERSION
        assert _old_rows(database) == (schema1.EXPECTED_META, schema1.EXPECTED_EVENTS)
        for table, names in NEW_TABLES.items():  # later schemas may append columns
            assert columns(database, table) == names + list(APPENDED_COLUMNS.get(table, {}))
            sql = database.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
            assert sql.rstrip().endswith("STRICT")
        assert database.execute("PRAGMA foreign_key_check").fetchall() == []
        assert database.integrity_problems() == []
        # The new tables are usable at once.
        plan = CarePlanRepository(database).save(CarePlan(dose_mg=50.0, clinician_phone="555-0100"),
                                                 at=FakeClock().now())
        session = SessionRepository(database).create(plan, at=FakeClock().now())
        assert SessionRepository(database).active() == session
    [backup] = backups.list()
    assert backup.kind == PRE_MIGRATION
    with Database.open(backup.path, schema1.FIXTURE_KEY) as before:
        assert before.schema_version == 1
        assert _old_rows(before) == (schema1.EXPECTED_META, schema1.EXPECTED_EVENTS)


def test_the_schema_enforces_one_active_session_and_its_foreign_keys(tmp_path: Path) -> None:
    with Database.open(_copy(schema1.FIXTURE_DB, tmp_path), schema1.FIXTURE_KEY) as database:
        migrate_with_backup(database, BackupStore(tmp_path / "backups", FakeClock()))
        with pytest.raises(sqlcipher3.IntegrityError, match="FOREIGN KEY"):
            database.execute(
                "INSERT INTO sessions (care_plan_id, created_at, state) VALUES (99, 'x', 'completed')"
            )
        database.execute("INSERT INTO care_plans (plan_json, set_at, source) VALUES ('{}', 'x', 'entered')")
        insert = "INSERT INTO sessions (care_plan_id, created_at, state) VALUES (1, 'x', ?)"
        for state in ("completed", "abandoned", "ended_early", "monitoring", "completed"):
            database.execute(insert, (state,))
        for active in ("planned", "checklist", "handed_over", "dosed", "monitoring", "recovery_check"):
            with pytest.raises(sqlcipher3.IntegrityError, match="UNIQUE"):
                database.execute(insert, (active,))
        with pytest.raises(sqlcipher3.IntegrityError, match="CHECK"):
            database.execute(insert, ("paused",))


def test_the_committed_schema2_vault_reads_back_through_the_repositories(tmp_path: Path) -> None:
    with Database.open(_copy(schema2.FIXTURE_DB, tmp_path), schema2.FIXTURE_KEY) as database:
        assert database.schema_version == schema2.SCHEMA_VERSION
        migrate_with_backup(database, BackupStore(tmp_path / "backups", FakeClock()))
        assert database.schema_version == LATEST_VERSION
        assert _old_rows(database) == (schema2.EXPECTED_META, schema2.EXPECTED_EVENTS)
        for table, rows in schema2.EXPECTED_TABLES.items():
            assert old_rows(database, table) == rows
        [plan] = CarePlanRepository(database).history()
        assert (plan.plan.dose_mg, plan.source, plan.issued_by) == (50.0, "imported", "Demo clinic")
        sessions = SessionRepository(database)
        assert sessions.active() is None
        record = sessions.get(1)
        assert record.session.state is SessionState.ENDED_EARLY
        assert isinstance(record.session.events[-1], EndedEarly)
        assert [h.kind for h in record.session.help_uses] == [HelpKind.DISTRESS]
        assert sessions.checklist_answers(1)["new_medicine_or_illness"].acknowledged
        assert [v.bp for v in sessions.vitals(1)] == [BloodPressure(146, 86), BloodPressure(128, 80)]
        baseline = sessions.baseline(1)
        assert baseline is not None and baseline.intention == "Go gently. ✓"
        [summary] = sessions.list_sessions()
        assert summary.minutes_monitored == 25
