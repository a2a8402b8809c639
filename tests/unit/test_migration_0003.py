"""Migration 3 (check-ins, questionnaires, flag reviews) on the committed schema-1 and schema-2 vaults."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3

from companion.domain.care_plan import CarePlan
from companion.domain.clock import FakeClock
from companion.domain.flags import FlagRule
from companion.domain.instruments import Instrument, score
from companion.storage.attention import current_flags, mark_discussed
from companion.storage.backups import PRE_MIGRATION, BackupStore
from companion.storage.care_plans import CarePlanRepository
from companion.storage.checkins import CheckinRepository, PostSessionLog
from companion.storage.database import Database
from companion.storage.migrations import LATEST_VERSION
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.sessions import SessionRepository
from companion.storage.vault import migrate_with_backup
from tests.fixtures import make_schema1_vault as schema1
from tests.fixtures import make_schema2_vault as schema2
from tests.fixtures.vault_rows import old_rows

NEW_TABLES = {
    "questionnaire_responses": [
        "id", "instrument", "completed_at", "answers_json", "difficulty", "total", "band", "item9"],
    "post_session_logs": ["id", "session_id", "created_at", "updated_at"],
    "post_session_log_versions": [
        "log_id", "version", "saved_at", "mood", "anxiety", "energy", "peak_intensity", "note",
        "side_effects_json", "other_text"],
    "next_day_checkins": ["id", "session_id", "recorded_at", "skipped", "sleep_quality", "mood", "lingering",
                          "stood_out"],
    "daily_moods": ["id", "recorded_at", "mood", "note"],
    "flag_reviews": ["flag_key", "discussed_at"],
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


def _assert_new_tables(database: Database) -> None:
    for table, columns in NEW_TABLES.items():
        assert [row[1] for row in database.execute(f"PRAGMA table_info({table})")] == columns
        sql = database.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
        assert sql.rstrip().endswith("STRICT")
        assert database.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    assert database.integrity_problems() == []


def test_schema1_vault_reaches_the_latest_schema_with_its_data(tmp_path: Path) -> None:
    backups = BackupStore(tmp_path / "backups", FakeClock())
    with Database.open(_copy(schema1.FIXTURE_DB, tmp_path), schema1.FIXTURE_KEY) as database:
        assert migrate_with_backup(database, backups) == list(range(2, LATEST_VERSION + 1))
        assert LATEST_VERSION >= 3 and database.schema_version == LATEST_VERSION
        assert _old_rows(database) == (schema1.EXPECTED_META, schema1.EXPECTED_EVENTS)
        _assert_new_tables(database)
        at = FakeClock().now()
        CheckinRepository(database).save_daily_mood(6, None, at=at)
        QuestionnaireRepository(database).save(score(Instrument.GAD7, [0] * 7), at=at)
        assert len(CheckinRepository(database).daily_moods()) == 1


def test_schema2_vault_keeps_its_session_and_gains_checkins_and_flags(tmp_path: Path) -> None:
    backups = BackupStore(tmp_path / "backups", FakeClock())
    with Database.open(_copy(schema2.FIXTURE_DB, tmp_path), schema2.FIXTURE_KEY) as database:
        assert migrate_with_backup(database, backups) == list(range(3, LATEST_VERSION + 1))
        assert database.schema_version == LATEST_VERSION
        assert _old_rows(database) == (schema2.EXPECTED_META, schema2.EXPECTED_EVENTS)
        for table, rows in schema2.EXPECTED_TABLES.items():
            assert old_rows(database, table) == rows
        _assert_new_tables(database)
        checkins = CheckinRepository(database)
        [plan] = CarePlanRepository(database).history()
        ended = SessionRepository(database).get(1).session.ended_at
        assert ended is not None
        assert checkins.sessions_needing_next_day_checkin(ended + timedelta(hours=11)) == []
        assert checkins.sessions_needing_next_day_checkin(ended + timedelta(hours=13)) == [1]
        checkins.save_post_session_log(PostSessionLog(1, 5, 4, 3, 6, {"nausea": "severe"}), at=ended)
        checkins.save_next_day_checkin(1, at=ended + timedelta(hours=13), skipped=True)
        assert checkins.sessions_needing_next_day_checkin(ended + timedelta(hours=14)) == []
        views = current_flags(database, plan.plan, ended + timedelta(days=1))
        found = {view.flag.rule for view in views}
        expected = {FlagRule.PRE_DOSE_BP_CAUTION, FlagRule.ENDED_BEFORE_MINIMUM, FlagRule.SEVERE_SIDE_EFFECT}
        assert expected <= found
        mark_discussed(database, views[0].flag.key, ended + timedelta(days=1))
        with pytest.raises(sqlcipher3.IntegrityError, match="FOREIGN KEY"):
            database.execute(
                "INSERT INTO post_session_logs (session_id, created_at, updated_at) VALUES (9, 'x', 'x')"
            )
    [backup] = backups.list()
    assert backup.kind == PRE_MIGRATION
    with Database.open(backup.path, schema2.FIXTURE_KEY) as before:
        assert before.schema_version == schema2.SCHEMA_VERSION
        tables = [row[0] for row in before.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        assert "sessions" in tables and not set(NEW_TABLES) & set(tables)


def test_the_new_tables_refuse_what_the_app_never_writes(tmp_path: Path) -> None:
    with Database.open(_copy(schema2.FIXTURE_DB, tmp_path), schema2.FIXTURE_KEY) as database:
        migrate_with_backup(database, BackupStore(tmp_path / "backups", FakeClock()))
        refused = [
            "INSERT INTO questionnaire_responses (instrument, completed_at, answers_json, total, band) "
            "VALUES ('bdi', 'x', '[]', 0, 'minimal')",
            "INSERT INTO questionnaire_responses (instrument, completed_at, answers_json, total, band, "
            "item9) VALUES ('phq9', 'x', '[]', 0, 'minimal', 4)",
            "INSERT INTO next_day_checkins (session_id, recorded_at, skipped, mood) VALUES (1, 'x', 1, 5)",
            "INSERT INTO next_day_checkins (session_id, recorded_at, skipped, sleep_quality) "
            "VALUES (1, 'x', 0, 11)",
            "INSERT INTO daily_moods (recorded_at, mood) VALUES ('x', -1)",
            "INSERT INTO daily_moods (recorded_at, mood) VALUES ('x', 'five')",
        ]
        for statement in refused:
            with pytest.raises(sqlcipher3.IntegrityError):
                database.execute(statement)
        database.execute("INSERT INTO flag_reviews (flag_key, discussed_at) VALUES ('k', 'x')")
        with pytest.raises(sqlcipher3.IntegrityError, match="UNIQUE"):
            database.execute("INSERT INTO flag_reviews (flag_key, discussed_at) VALUES ('k', 'y')")


def test_a_new_care_plan_still_saves_after_migration(tmp_path: Path) -> None:
    with Database.open(_copy(schema2.FIXTURE_DB, tmp_path), schema2.FIXTURE_KEY) as database:
        migrate_with_backup(database, BackupStore(tmp_path / "backups", FakeClock()))
        saved = CarePlanRepository(database).save(CarePlan(dose_mg=60.0, clinician_phone="555-0100"),
                                                  at=FakeClock().now())
        assert CarePlanRepository(database).current() == saved
