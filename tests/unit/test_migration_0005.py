"""Migration 5 (the journal) on a vault made at schema 4 and on the committed schema-2 vault."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3

from companion.domain.care_plan import CarePlan
from companion.domain.clock import FakeClock
from companion.domain.journal import EntryContent, SessionLink
from companion.storage.backups import PRE_MIGRATION, BackupStore
from companion.storage.care_plans import plan_to_text
from companion.storage.checkins import CheckinRepository
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.journal import JournalRepository
from companion.storage.migrations import LATEST_VERSION, MIGRATIONS, apply_migrations
from companion.storage.session_codec import format_time
from companion.storage.vault import migrate_with_backup
from tests.fixtures import make_schema2_vault as schema2
from tests.fixtures.vault_rows import old_rows

T0 = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
NEW_TABLES = {
    "journal_entries": ["id", "created_at", "edited_at", "trashed_at", "shared", "version", "mood",
                        "session_id", "session_link", "prompt_id", "title", "preview", "tags", "body"],
    "journal_entry_versions": ["entry_id", "version", "saved_at", "mood", "session_id", "session_link",
                               "prompt_id", "title", "tags", "body"],
    "journal_entry_tags": ["entry_id", "tag"],
    "journal_draft": ["id", "entry_id", "saved_at", "mood", "session_id", "session_link", "prompt_id",
                      "title", "tags", "body"],
}


def _tables(database: Database) -> set[str]:
    return {str(row[0]) for row in database.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}


def _schema4_vault(path: Path, key: DataKey) -> tuple[int, list[tuple[object, ...]]]:
    """A vault as schema 4 left it, with a care plan, an ended session and quick moods."""
    with Database.create(path, key) as database:
        assert apply_migrations(database, MIGRATIONS[:4]) == [1, 2, 3, 4]
        # A raw row, as schema 4 held it: today's repository writes columns later schemas added.
        plan = database.execute(
            "INSERT INTO care_plans (plan_json, set_at, source) VALUES (?, ?, 'entered')",
            (plan_to_text(CarePlan(dose_mg=50.0, clinician_phone="555-0100")), format_time(T0)),
        )
        cursor = database.execute(
            "INSERT INTO sessions (care_plan_id, created_at, state, dose_at, ended_at) "
            "VALUES (?, ?, 'completed', ?, ?)",
            (plan.lastrowid, T0.isoformat(), T0.isoformat(), (T0 + timedelta(hours=2)).isoformat()),
        )
        CheckinRepository(database).save_daily_mood(6, "Quiet day.", at=T0)
        moods = [tuple(row) for row in database.execute("SELECT * FROM daily_moods")]
        return int(cursor.lastrowid or 0), moods


def _assert_journal_schema(database: Database) -> None:
    for table, columns in NEW_TABLES.items():
        assert [row[1] for row in database.execute(f"PRAGMA table_info({table})")] == columns
        sql = database.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
        assert "STRICT" in sql
        assert database.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    config = dict(database.execute("SELECT k, v FROM journal_fts_config").fetchall())
    assert config["secure-delete"] == 1 and "bm25" in config["rank"]
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []
    assert database.integrity_problems() == []


def test_a_schema4_vault_gains_the_journal(tmp_path: Path) -> None:
    key = DataKey.generate()
    path = tmp_path / "vault.db"
    session_id, moods = _schema4_vault(path, key)
    backups = BackupStore(tmp_path / "backups", FakeClock())
    with Database.open(path, key) as database:
        assert database.schema_version == 4 and "journal_entries" not in _tables(database)
        assert migrate_with_backup(database, backups) == list(range(5, LATEST_VERSION + 1))
        assert database.schema_version == LATEST_VERSION >= 5
        _assert_journal_schema(database)
        assert [tuple(row) for row in database.execute("SELECT * FROM daily_moods")] == moods
        journal = JournalRepository(database)
        entry = journal.create(EntryContent("After", "Café and rain", ("calm",), session_id=session_id,
                                            session_link=SessionLink.INTEGRATION), at=T0 + timedelta(hours=3))
        assert [summary.id for summary in journal.entries_for_session(session_id)] == [entry.id]
        assert [hit.entry.id for hit in journal.search("cafe")] == [entry.id]
    [backup] = backups.list()
    assert backup.kind == PRE_MIGRATION
    with Database.open(backup.path, key) as before:
        assert before.schema_version == 4
        assert not set(NEW_TABLES) & _tables(before)


def test_the_committed_schema2_vault_reaches_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    shutil.copyfile(schema2.FIXTURE_DB, path)  # never open the committed file itself
    with Database.open(path, schema2.FIXTURE_KEY) as database:
        migrate_with_backup(database, BackupStore(tmp_path / "backups", FakeClock()))
        assert database.schema_version == LATEST_VERSION
        _assert_journal_schema(database)
        for table, rows in schema2.EXPECTED_TABLES.items():
            assert old_rows(database, table) == rows
        journal = JournalRepository(database)
        linked = EntryContent(body="Go gently.", session_id=1, session_link=SessionLink.NEXT_DAY)
        entry = journal.create(linked, at=T0)
        assert journal.get(entry.id).content.session_id == 1


def test_the_new_tables_refuse_what_the_app_never_writes(tmp_path: Path) -> None:
    key = DataKey.generate()
    path = tmp_path / "vault.db"
    session_id, _ = _schema4_vault(path, key)
    with Database.open(path, key) as database:
        apply_migrations(database)
        database.execute("INSERT INTO journal_entries (id, created_at, edited_at) VALUES (1, 'x', 'x')")
        database.execute(
            "INSERT INTO journal_draft (id, saved_at, title, tags, body) VALUES (1, 'x', '', '', '')"
        )
        refused = [
            "INSERT INTO journal_entries (created_at, edited_at, mood) VALUES ('x', 'x', 11)",
            "INSERT INTO journal_entries (created_at, edited_at, shared) VALUES ('x', 'x', 2)",
            "INSERT INTO journal_entries (created_at, edited_at, version) VALUES ('x', 'x', 0)",
            "INSERT INTO journal_entries (created_at, edited_at, session_id) "
            f"VALUES ('x', 'x', {session_id})",
            "INSERT INTO journal_entries (created_at, edited_at, session_id, session_link) "
            f"VALUES ('x', 'x', {session_id}, 'later')",
            "INSERT INTO journal_entries (created_at, edited_at, session_id, session_link) "
            "VALUES ('x', 'x', 99, 'intention')",  # no such session
            "INSERT INTO journal_entries (created_at, edited_at, title) VALUES ('x', 'x', x'00')",  # STRICT
            "INSERT INTO journal_entry_tags (entry_id, tag) VALUES (2, 'x')",  # no such entry
            "INSERT INTO journal_draft (id, saved_at, title, tags, body) VALUES (2, 'x', '', '', '')",
            "INSERT INTO journal_entry_versions (entry_id, version, saved_at, title, tags, body) "
            "VALUES (1, 0, 'x', '', '', '')",
        ]
        for statement in refused:
            with pytest.raises(sqlcipher3.IntegrityError):
                database.execute(statement)
        database.execute("INSERT INTO journal_entry_tags (entry_id, tag) VALUES (1, 'x')")
        with pytest.raises(sqlcipher3.IntegrityError, match="UNIQUE"):
            database.execute("INSERT INTO journal_entry_tags (entry_id, tag) VALUES (1, 'x')")
