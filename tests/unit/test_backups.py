"""Backups: naming, privacy, verification, daily backups and the rotation rule over 60 days."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.domain.clock import FakeClock
from companion.storage.backups import DAILY, MANUAL, PRE_MIGRATION, BackupInfo, BackupStore
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.migrations import apply_migrations

DAY = 86_400
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def key() -> DataKey:
    return DataKey.generate()


@pytest.fixture
def database(tmp_path: Path, key: DataKey) -> Iterator[Database]:
    database = Database.create(tmp_path / "vault.db", key)
    apply_migrations(database)
    database.execute("INSERT INTO meta VALUES ('marker', 'backed up')")
    yield database
    database.close()


def _store(tmp_path: Path, clock: FakeClock, key_file: Path | None = None) -> BackupStore:
    return BackupStore(tmp_path / "backups", clock, key_file=key_file)


def _damage(info: BackupInfo) -> None:
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    info.path.write_bytes(bytes(data))


def test_create_names_by_time_and_kind_with_private_modes(
    tmp_path: Path, database: Database, key: DataKey
) -> None:
    key_file = tmp_path / "vault.key"
    key_file.write_bytes(b'{"wrapped": "key"}')
    store = _store(tmp_path, FakeClock(START), key_file)
    info = store.create(database, MANUAL)
    assert info.path.name == "20260105T090000Z-manual.db"
    assert (info.kind, info.created_at, info.size_bytes) == (MANUAL, START, info.path.stat().st_size)
    assert stat.S_IMODE(store.directory.stat().st_mode) == 0o700
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert info.key_copy.name == "20260105T090000Z-manual.key"
    assert info.key_copy.read_bytes() == key_file.read_bytes()
    assert stat.S_IMODE(info.key_copy.stat().st_mode) == 0o600
    with Database.open(info.path, key) as copy:
        assert copy.execute("SELECT value FROM meta WHERE key = 'marker'").fetchone()[0] == "backed up"


def test_same_second_backups_get_distinct_names(tmp_path: Path, database: Database) -> None:
    store = _store(tmp_path, FakeClock(START))
    names = [store.create(database, MANUAL).path.name for _ in range(3)]
    stamp = "20260105T090000Z"
    assert names == [f"{stamp}-manual.db", f"{stamp}-manual-2.db", f"{stamp}-manual-3.db"]
    with pytest.raises(ValueError):
        store.create(database, "weekly")


def test_list_is_newest_first_and_ignores_foreign_files(tmp_path: Path, database: Database) -> None:
    clock = FakeClock(START)
    store = _store(tmp_path, clock)
    first = store.create(database, DAILY)
    clock.advance(3600)
    second = store.create(database, PRE_MIGRATION)
    (store.directory / "notes.txt").write_text("mine")
    (store.directory / "20260105T090000Z-weekly.db").write_text("not ours")
    assert [info.path for info in store.list()] == [second.path, first.path]


def test_verify_and_newest_valid(tmp_path: Path, database: Database, key: DataKey) -> None:
    clock = FakeClock(START)
    store = _store(tmp_path, clock)
    older = store.create(database, DAILY)
    clock.advance(DAY)
    newer = store.create(database, DAILY)
    assert store.verify(older, key) == [] and store.verify(newer, key) == []
    assert store.verify(newer, DataKey.generate())  # wrong key is a problem, not a crash
    assert store.newest_valid(key) == newer
    _damage(newer)
    assert store.verify(newer, key)
    assert store.newest_valid(key) == older
    older.path.write_bytes(older.path.read_bytes()[:100])
    assert store.verify(older, key)
    assert store.newest_valid(key) is None


def test_ensure_daily_makes_one_per_utc_day(tmp_path: Path, database: Database) -> None:
    clock = FakeClock(START)
    store = _store(tmp_path, clock)
    store.create(database, MANUAL)  # other kinds do not count as today's daily
    made = store.ensure_daily(database)
    assert made is not None and made.kind == DAILY
    clock.advance(3600)
    assert store.ensure_daily(database) is None
    clock.advance(DAY)
    assert store.ensure_daily(database) is not None
    assert [info.kind for info in store.list()].count(DAILY) == 2


def test_rotation_over_sixty_days_keeps_exactly_the_rule(
    tmp_path: Path, database: Database, key: DataKey
) -> None:
    """Days 0..59 from Mon 2026-01-05; the run ends Thu 2026-03-05 (ISO week 10)."""
    clock = FakeClock(START)
    store = _store(tmp_path, clock)
    extra = {10: MANUAL, 20: PRE_MIGRATION, 28: MANUAL, 29: MANUAL, 40: MANUAL, 55: MANUAL}
    (store.directory).mkdir()
    (store.directory / "README.txt").write_text("a person's note; never deleted")
    for day in range(60):
        if day:
            clock.advance(DAY)
        store.ensure_daily(database)
        if day in extra:
            store.create(database, extra[day])
        store.rotate(key)
    kept = sorted(info.path.name for info in store.list())
    expected_daily = ["0227", "0228", "0301", "0302", "0303", "0304", "0305"]  # 7 newest days
    expected_weekly = ["0215", "0222"]  # newest of ISO weeks 7 and 8 (weeks 9 and 10 are in the 7 days)
    expected_other = [  # made in the last 30 days: 2026-02-03 is exactly 30 days before 2026-03-05
        "20260203T090000Z-manual.db", "20260214T090000Z-manual.db", "20260301T090000Z-manual.db",
    ]
    expected = sorted(
        [f"2026{d}T090000Z-daily.db" for d in expected_daily + expected_weekly] + expected_other
    )
    assert kept == expected
    assert (store.directory / "README.txt").exists()
    leftover_keys = {p.name for p in store.directory.glob("*.key")}
    assert leftover_keys <= {name.replace(".db", ".key") for name in expected}


def _twenty_dailies(tmp_path: Path, database: Database) -> tuple[BackupStore, list[BackupInfo]]:
    clock = FakeClock(START)
    store = _store(tmp_path, clock)
    for day in range(20):  # 2026-01-05 .. 2026-01-24, no rotation yet
        if day:
            clock.advance(DAY)
        store.create(database, DAILY)
    return store, store.list()


def test_rotation_never_deletes_the_newest_valid_backup(
    tmp_path: Path, database: Database, key: DataKey
) -> None:
    store, backups = _twenty_dailies(tmp_path, database)
    by_day = {info.created_at.strftime("%m%d"): info for info in backups}
    rule_keeps = ["0118", "0119", "0120", "0121", "0122", "0123", "0124", "0111"]  # 7 days + week 2's newest
    for day in rule_keeps:
        _damage(by_day[day])
    store.rotate(key)
    kept = sorted(info.created_at.strftime("%m%d") for info in store.list())
    assert kept == sorted([*rule_keeps, "0117"])  # 01-17 is the newest that still verifies


def test_rotation_without_a_key_keeps_the_newest(tmp_path: Path, database: Database) -> None:
    store, _ = _twenty_dailies(tmp_path, database)
    deleted = store.rotate()
    kept = sorted(info.created_at.strftime("%m%d") for info in store.list())
    assert kept == ["0111", "0118", "0119", "0120", "0121", "0122", "0123", "0124"]
    assert len(deleted) == 12
    assert all(not info.path.exists() for info in deleted)
