"""One flipped byte in ``vault.db-wal`` after a crash must never silently drop committed rows.

A real vault is left as a crash leaves it (the files copied while it is open, so nothing is
checkpointed): its ``-wal`` holds, in order, ``ROWS`` committed transactions, the spilled pages
of a transaction that never committed (an interrupted write), then frames left from before the
log last restarted (other salts). Each trial flips one byte of that log at a chosen offset:

- before the last commit frame (the log's header included): damage. The vault, its -wal and -shm
  are moved aside byte for byte with their hashes, the open says so, and nothing is deleted;
- in the last commit frame itself: a torn tail. An interrupted write of that frame looks the
  same, so it opens without that last transaction (SQLite's own rule; the one unavoidable loss);
- after it: a torn tail; the vault opens with every committed row.

The frame layout is read here with ``struct`` from SQLite's documented format, not with
``companion.storage.wal_frames``, so the test does not trust the code it tests.
"""

from __future__ import annotations

import hashlib
import io
import random
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import pytest

import companion.cli
from companion.cli import EXIT_OK, EXIT_PROBLEMS
from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage import app_events
from companion.storage.backups import BackupStore
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.errors import VaultDamagedError
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.quarantine import SUMS_FILE
from companion.storage.vault import VaultStatus, create_vault, open_vault, restore_backup, vault_status
from tests.reliability.conftest import ReliabilityFigure

PASSPHRASE = "flipped byte in the write ahead log"
ROWS = 40
FILLER_ROWS = 60  # the log's previous generation, left behind its restart
SPILLED_ROWS = 40  # the transaction that never commits
SEED = 20261207
RANDOM_OFFSETS = 24
VAULT_FILES = ("vault.db", "vault.db-wal", "vault.db-shm")
WRITER = Path(__file__).with_name("_writer_child.py")
KILLED_AFTER = 60  # commits the writer reported


class Outcome(Enum):
    DAMAGE = "damage"
    LAST_COMMIT_TORN = "last commit torn"
    TORN_TAIL = "torn tail"


@dataclass(frozen=True)
class FrameLayout:
    offset: int
    is_commit: bool
    current: bool  # carries the header's salts


@dataclass(frozen=True)
class CrashedVault:
    folder: Path  # vault.db, -wal, -shm, vault.key and backups/ as the crash left them
    key: DataKey
    page_size: int
    frames: tuple[FrameLayout, ...]

    @property
    def frame_bytes(self) -> int:
        return 24 + self.page_size

    def last_commit(self) -> FrameLayout:
        return [frame for frame in self.frames if frame.current and frame.is_commit][-1]

    def outcome(self, offset: int) -> Outcome:
        last = self.last_commit().offset
        if offset < last:
            return Outcome.DAMAGE
        return Outcome.LAST_COMMIT_TORN if offset < last + self.frame_bytes else Outcome.TORN_TAIL


def _layout(wal: bytes) -> tuple[int, tuple[FrameLayout, ...]]:
    page_size = struct.unpack_from(">I", wal, 8)[0]
    salts = wal[16:24]
    frames = []
    for offset in range(32, len(wal) - 24 - page_size + 1, 24 + page_size):
        database_size = struct.unpack_from(">I", wal, offset + 4)[0]
        frames.append(FrameLayout(offset, database_size != 0, wal[offset + 8 : offset + 16] == salts))
    return page_size, tuple(frames)


@pytest.fixture(scope="module")
def crashed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrashedVault]:
    paths = DataPaths(tmp_path_factory.mktemp("made") / "data")
    clock = FakeClock()
    vault, _ = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    vault.close()
    key = vault.key
    folder = tmp_path_factory.mktemp("crashed")
    with open_vault(paths, key, clock) as vault:
        database = vault.database
        for _ in range(FILLER_ROWS):
            app_events.record_event(database, "filler", clock.now(), "f" * 600)
        database.execute("PRAGMA wal_checkpoint").fetchall()  # all copied in: the next write restarts the log
        for index in range(ROWS):
            app_events.record_event(database, "test row", clock.now(), f"row {index}")
        database.execute("PRAGMA cache_size = 10")  # so the big transaction spills into the log
        database.execute("BEGIN IMMEDIATE")
        for _ in range(SPILLED_ROWS):
            database.execute(
                "INSERT INTO app_events (occurred_at, kind, detail) VALUES ('x', 'never committed', ?)",
                ("u" * 3000,),
            )
        for name in VAULT_FILES:  # as a kill now would leave them: no checkpoint, no clean close
            shutil.copyfile(paths.base / name, folder / name)
        database.execute("ROLLBACK")
    shutil.copyfile(paths.key_file, folder / paths.key_file.name)
    shutil.copytree(paths.backups_dir, folder / paths.backups_dir.name)  # today's daily backup is made
    page_size, frames = _layout((folder / "vault.db-wal").read_bytes())
    yield CrashedVault(folder, key, page_size, frames)


def _test_rows(paths: DataPaths, key: DataKey, clock: FakeClock) -> list[str]:
    with open_vault(paths, key, clock) as vault:
        rows = vault.database.execute("SELECT detail FROM app_events WHERE kind = 'test row' ORDER BY id")
        return [row[0] for row in rows]


def _copy_with_flip(crashed: CrashedVault, target: Path, offset: int | None) -> DataPaths:
    shutil.copytree(crashed.folder, target)
    if offset is not None:
        wal = target / "vault.db-wal"
        data = bytearray(wal.read_bytes())
        data[offset] ^= 0x10
        wal.write_bytes(bytes(data))
    return DataPaths(target)


def _offsets(crashed: CrashedVault) -> list[int]:
    """Every byte of the header and of six frames' headers; first, middle and last page bytes of
    those frames; and random page bytes anywhere."""
    current = [frame for frame in crashed.frames if frame.current]
    last = crashed.last_commit()
    before_last = crashed.frames[crashed.frames.index(last) - 1]
    spilled = crashed.frames[crashed.frames.index(last) + 1]
    stale_commit = next(frame for frame in crashed.frames if not frame.current and frame.is_commit)
    chosen = (current[0], current[len(current) // 4], before_last, last, spilled, stale_commit)
    offsets = list(range(32))
    for frame in chosen:
        offsets += range(frame.offset, frame.offset + 24)
        page = frame.offset + 24
        offsets += (page, page + crashed.page_size // 2, page + crashed.page_size - 1)
    wal_size = 32 + len(crashed.frames) * crashed.frame_bytes
    offsets += random.Random(SEED).sample(range(32, wal_size), RANDOM_OFFSETS)
    return sorted(set(offsets))


def test_the_crashed_log_holds_every_committed_row_and_all_three_regions(
    crashed: CrashedVault, tmp_path: Path
) -> None:
    """The undamaged log: all rows are there, and it really has a spilled tail and stale frames."""
    last = crashed.frames.index(crashed.last_commit())
    after = crashed.frames[last + 1 :]
    assert any(frame.current and not frame.is_commit for frame in after)  # the never-committed transaction
    assert any(not frame.current and frame.is_commit for frame in after)  # the previous generation
    paths = _copy_with_flip(crashed, tmp_path / "data", None)
    assert _test_rows(paths, crashed.key, FakeClock()) == [f"row {index}" for index in range(ROWS)]


def test_a_flipped_byte_is_moved_aside_or_a_torn_tail_never_a_silent_loss(
    crashed: CrashedVault, tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    counts = dict.fromkeys(Outcome, 0)
    for trial, offset in enumerate(_offsets(crashed)):
        expected = crashed.outcome(offset)
        counts[expected] += 1
        paths = _copy_with_flip(crashed, tmp_path / str(trial), offset)
        found = {name: (paths.base / name).read_bytes() for name in VAULT_FILES}
        clock = FakeClock()
        if expected is Outcome.DAMAGE:
            with pytest.raises(VaultDamagedError) as raised:
                open_vault(paths, crashed.key, clock)
            message = str(raised.value)
            assert "moved aside" in message and "nothing was deleted" in message, offset
            assert "restore a backup" in message and "\n" not in message
            folder = raised.value.moved_to
            assert folder is not None and folder.parent == paths.damaged_dir, offset
            assert {name: (folder / name).read_bytes() for name in VAULT_FILES} == found, offset
            sums = dict(reversed(line.split("  ")) for line in (folder / SUMS_FILE).read_text().splitlines())
            assert sums == {name: hashlib.sha256(data).hexdigest() for name, data in found.items()}
            assert vault_status(paths) is VaultStatus.DATABASE_MISSING
            assert sorted(p.name for p in paths.base.iterdir()) == ["backups", "damaged", "vault.key"]
        else:
            kept = ROWS - 1 if expected is Outcome.LAST_COMMIT_TORN else ROWS
            assert _test_rows(paths, crashed.key, clock) == [f"row {i}" for i in range(kept)], offset
            assert not paths.damaged_dir.exists(), offset
        shutil.rmtree(paths.base)
    assert min(counts.values()) >= 20
    reliability_figure("tampered bytes", sum(counts.values()), "single-byte flips in a crashed vault.db-wal")
    reliability_figure("damaged logs moved aside", counts[Outcome.DAMAGE], "flips before the last commit")
    reliability_figure("torn tails opened", counts[Outcome.TORN_TAIL], "flips after it, with every row")
    reliability_figure("lost rows", 0, "silently, by a flip before or after the last commit frame")
    reliability_figure(
        "dropped last commits", counts[Outcome.LAST_COMMIT_TORN],
        "flips in the last commit frame, like its interrupted write: that one transaction is dropped",
    )


def _check(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    return companion.cli.main(["check", "--data-dir", str(paths.base), "--passphrase-stdin"])


def _tree(base: Path) -> dict[str, str]:
    return {str(p.relative_to(base)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(base.rglob("*")) if p.is_file()}


def test_check_reports_a_damaged_log_and_changes_nothing(
    crashed: CrashedVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    middle = crashed.frames[len(crashed.frames) // 8]
    assert crashed.outcome(middle.offset + 100) is Outcome.DAMAGE
    paths = _copy_with_flip(crashed, tmp_path / "damaged", middle.offset + 100)
    before = _tree(paths.base)
    assert _check(paths, monkeypatch) == EXIT_PROBLEMS
    output = capsys.readouterr()
    assert "problem: vault.db-wal: " in output.out and "damaged" in output.out
    assert "Traceback" not in output.err
    assert _tree(paths.base) == before

    tail = crashed.frames[-1]
    assert crashed.outcome(tail.offset + 100) is Outcome.TORN_TAIL
    paths = _copy_with_flip(crashed, tmp_path / "torn", tail.offset + 100)
    before = _tree(paths.base)
    assert _check(paths, monkeypatch) == EXIT_OK, capsys.readouterr()
    assert _tree(paths.base) == before


def _reported_ids_then_kill(paths: DataPaths, key: DataKey) -> list[int]:
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(paths.vault_db), key.raw.hex()],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    assert child.stdout is not None
    ids: list[int] = []
    try:
        while len(ids) < KILLED_AFTER:
            line = child.stdout.readline()
            assert line, "the writer stopped on its own"
            if line != b"ready\n":
                ids.append(int(line))
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    return ids


def test_after_a_real_kill_the_moved_log_holds_every_reported_commit(tmp_path: Path) -> None:
    """SIGKILL a writer (no copy of open files this time), flip one byte early in its -wal: the
    open moves it aside, and undoing that one byte in the moved copy gives back every commit."""
    paths, clock = DataPaths(tmp_path / "data"), FakeClock()
    vault, _ = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    with vault:
        vault.database.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
    ids = _reported_ids_then_kill(paths, vault.key)
    wal = paths.base / "vault.db-wal"
    page_size = struct.unpack_from(">I", wal.read_bytes(), 8)[0]
    offset = 32 + (24 + page_size) + 24 + 100  # the second frame's page
    data = bytearray(wal.read_bytes())
    data[offset] ^= 0x10
    wal.write_bytes(bytes(data))

    with pytest.raises(VaultDamagedError) as raised:
        open_vault(paths, vault.key, clock)
    folder = raised.value.moved_to
    assert folder is not None
    moved = folder / "vault.db-wal"
    assert moved.read_bytes() == bytes(data)
    data[offset] ^= 0x10
    moved.write_bytes(bytes(data))
    with Database.open(folder / "vault.db", vault.key) as database:
        present = {row[0] for row in database.execute("SELECT id FROM rows")}
    assert set(ids) <= present and len(ids) == KILLED_AFTER


def test_a_restore_over_a_damaged_log_moves_it_aside_untouched(crashed: CrashedVault, tmp_path: Path) -> None:
    """The restore's safety copy of the current vault must not open it either: opening would replay
    the log up to the damage and delete it, losing the commits after."""
    damage_at = crashed.frames[1].offset + 24 + crashed.page_size // 2
    paths = _copy_with_flip(crashed, tmp_path / "data", damage_at)
    before = {name: hashlib.sha256((paths.base / name).read_bytes()).hexdigest() for name in VAULT_FILES}
    clock = FakeClock()
    backup = BackupStore(paths.backups_dir, clock).list()[0]
    with restore_backup(paths, crashed.key, backup, clock):
        pass
    (moved,) = paths.damaged_dir.iterdir()
    assert {name: hashlib.sha256((moved / name).read_bytes()).hexdigest() for name in VAULT_FILES} == before
