"""Every committed fixture vault (one per released schema) migrates to the latest schema with its data.

The rows each fixture was made with are still there (later columns hold their defaults), and everything
reads back through today's repositories: sessions replay, their vitals, checklist answers and session
record, questionnaires, post-session logs, journal entries where the schema had them, and the flags.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from companion.domain.checklist import OTHER_MEDICINES_ID, MedicineCategory
from companion.domain.clock import FakeClock
from companion.domain.session import SessionState
from companion.storage.attention import current_flags
from companion.storage.backups import PRE_MIGRATION, BackupStore
from companion.storage.care_plans import CarePlanRepository
from companion.storage.checkins import CheckinRepository
from companion.storage.clinician_keys import ClinicianKeyRepository
from companion.storage.database import Database
from companion.storage.exports import ExportRepository
from companion.storage.journal import JournalRepository
from companion.storage.migrations import LATEST_VERSION
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.sessions import SessionRepository
from companion.storage.vault import migrate_with_backup
from tests.fixtures import (
    make_schema1_vault,
    make_schema2_vault,
    make_schema3_vault,
    make_schema4_vault,
    make_schema5_vault,
    make_schema6_vault,
    make_schema7_vault,
)
from tests.fixtures.vault_rows import old_rows

FIXTURES = [make_schema1_vault, make_schema2_vault, make_schema3_vault, make_schema4_vault,
            make_schema5_vault, make_schema6_vault, make_schema7_vault]


def _tables(fixture: ModuleType) -> dict[str, list[tuple[object, ...]]]:
    tables: dict[str, list[tuple[object, ...]]] = getattr(fixture, "EXPECTED_TABLES", {})
    return tables


def _ids(fixture: ModuleType, table: str) -> list[int]:
    return [int(str(row[0])) for row in _tables(fixture).get(table, [])]


def test_there_is_a_fixture_for_every_schema_before_the_latest() -> None:
    assert [fixture.SCHEMA_VERSION for fixture in FIXTURES] == list(range(1, LATEST_VERSION))
    assert all(fixture.FIXTURE_DB.is_file() for fixture in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f"schema{f.SCHEMA_VERSION}" for f in FIXTURES])
def test_a_fixture_vault_migrates_to_the_latest_schema_with_its_data(
    fixture: ModuleType, tmp_path: Path
) -> None:
    path = tmp_path / "vault.db"
    shutil.copyfile(fixture.FIXTURE_DB, path)  # never open the committed file itself
    backups = BackupStore(tmp_path / "backups", FakeClock())
    with Database.open(path, fixture.FIXTURE_KEY) as database:
        assert database.schema_version == fixture.SCHEMA_VERSION
        applied = migrate_with_backup(database, backups)
        assert applied == list(range(fixture.SCHEMA_VERSION + 1, LATEST_VERSION + 1))
        assert database.schema_version == LATEST_VERSION
        assert database.integrity_problems() == []
        assert database.execute("PRAGMA foreign_key_check").fetchall() == []
        meta = {str(row[0]): str(row[1]) for row in database.execute("SELECT key, value FROM meta")}
        events = [tuple(row) for row in database.execute("SELECT * FROM app_events ORDER BY id")]
        assert (meta, events) == (fixture.EXPECTED_META, fixture.EXPECTED_EVENTS)
        for table, rows in _tables(fixture).items():
            # Each fixture lists them by their first two columns, as its own schema wrote them.
            assert old_rows(database, table, fixture.SCHEMA_VERSION) == rows
        _reads_back(database, fixture)
    [backup] = backups.list()
    assert backup.kind == PRE_MIGRATION


def _reads_back(database: Database, fixture: ModuleType) -> None:
    sessions = SessionRepository(database)
    session_ids = _ids(fixture, "sessions")
    assert sorted(summary.id for summary in sessions.list_sessions()) == session_ids
    assert sessions.active() is None
    stored_states = {int(str(row[0])): str(row[3]) for row in _tables(fixture).get("sessions", [])}
    with_record_fields = set(getattr(fixture, "SESSIONS_WITH_RECORD_FIELDS", ()))
    for session_id in session_ids:
        record = sessions.get(session_id)  # replays every stored event
        assert record.session.state is SessionState(stored_states[session_id])
        if session_id in with_record_fields:
            _reads_back_record_fields(sessions, session_id)
        else:
            _reads_back_from_before_the_record_fields(sessions, session_id)
    questionnaires = QuestionnaireRepository(database)
    assert [q.id for q in questionnaires.history()] == _ids(fixture, "questionnaire_responses")
    unfinished = [row for row in _tables(fixture).get("phq9_item9_answers", []) if row[3] is None]
    assert [a[0] for a in questionnaires.unfinished_item9_answers()] == [row[0] for row in unfinished]
    checkins = CheckinRepository(database)
    for log in _tables(fixture).get("post_session_logs", []):
        assert checkins.post_session_log(int(str(log[1]))) is not None
    journal = JournalRepository(database)
    entries = _ids(fixture, "journal_entries")
    for entry_id in entries:
        assert journal.get(entry_id).id == entry_id
    if entries:
        assert [hit.entry.id for hit in journal.search("cafe")] == [1]  # the search index came along
        assert len(journal.versions(2)) == 1
    assert sorted(e.id for e in ExportRepository(database).exports()) == [
        str(row[0]) for row in _tables(fixture).get("exports", [])]
    plans = CarePlanRepository(database)
    assert [p.id for p in plans.history()] == sorted(_ids(fixture, "care_plans"), reverse=True)
    assert all(p.signer_fingerprint is None for p in plans.history())  # none was signed before schema 8
    assert ClinicianKeyRepository(database).confirmed_keys() == []
    plan = plans.current()
    if plan is not None:
        current_flags(database, plan.plan, FakeClock().now())  # every stored record is a valid fact


def _reads_back_from_before_the_record_fields(sessions: SessionRepository, session_id: int) -> None:
    """A session stored before schema 6: no SpO2, no categories, no lot number, no observations."""
    vitals = sessions.vitals(session_id)
    assert vitals[0].kind == "pre_dose" and all(v.spo2 is None for v in vitals)
    answers = sessions.checklist_answers(session_id)
    assert answers and all(answer.categories == () for answer in answers.values())
    report = sessions.session_record(session_id)
    assert report.bp_before is not None and report.spo2_readings == () and report.lot_number is None
    assert (report.sedation, report.dissociation, report.breathing) == (None, None, None)
    medicines = answers[OTHER_MEDICINES_ID]
    assert report.other_medicines_taken is medicines.value
    # A "yes" from before categories existed reads as "categories not recorded", its names kept.
    assert report.other_medicine_categories_recorded is (not medicines.value)
    assert report.other_medicine_names == (medicines.names if medicines.value else "")
    if report.state is SessionState.COMPLETED:
        assert report.bp_40 is not None and report.ready_at is not None
        assert report.vitals_acceptable_at_end is True and report.minutes_monitored is not None


def _reads_back_record_fields(sessions: SessionRepository, session_id: int) -> None:
    """The schema-6 session of its fixture: every field of the session record as it was stored."""
    assert [(v.kind, v.spo2) for v in sessions.vitals(session_id)] == [
        ("pre_dose", 97), ("recheck", 95), ("final", 98)]
    medicines = sessions.checklist_answers(session_id)[OTHER_MEDICINES_ID]
    assert medicines.categories == (MedicineCategory.BENZODIAZEPINES,) and medicines.acknowledged
    report = sessions.session_record(session_id)
    assert report.state is SessionState.COMPLETED
    assert (report.lot_number, report.minutes_monitored) == ("KX-2291", 124)
    assert [reading.spo2 for reading in report.spo2_readings] == [97, 95, 98] and report.spo2_lowest == 95
    assert (report.sedation, report.dissociation, report.breathing) == (False, True, False)
    assert report.other_medicines == (MedicineCategory.BENZODIAZEPINES,)
    assert report.other_medicine_names == "lorazepam 0.5 mg this morning"
    assert (report.checkins_confirmed, report.checkins_missed, report.checkins_without_code) == (7, 1, 1)
    assert report.bp_40 is not None and report.ready_at is not None and report.vitals_acceptable_at_end
