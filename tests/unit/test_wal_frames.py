"""companion.storage.wal_frames: a real SQLCipher log read without SQLite; damage told from a torn tail."""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from companion.storage import wal_frames
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.errors import VaultBusyError
from companion.storage.wal_frames import log_damage, read_wal

COMMITS = 30
MARKER = "plain words that must not be in the log"
FRAME_HEADER = 24


@dataclass(frozen=True)
class RealLog:
    data: bytes
    page_size: int

    @property
    def frame_bytes(self) -> int:
        return FRAME_HEADER + self.page_size

    def frame_offset(self, index: int) -> int:
        return 32 + index * self.frame_bytes

    def commit_indexes(self) -> list[int]:
        offsets = map(self.frame_offset, range(self.frame_count()))
        sizes_after = (struct.unpack_from(">I", self.data, offset + 4)[0] for offset in offsets)
        return [index for index, size_after in enumerate(sizes_after) if size_after]

    def frame_count(self) -> int:
        return (len(self.data) - 32) // self.frame_bytes


def _log_left_open(folder: Path, *, restart_after: int = 0) -> RealLog:
    """``COMMITS`` single-row commits, copied while the database is open (as a crash leaves it).

    With ``restart_after``, that many bigger commits come first and are checkpointed, so the log
    restarts under new salts and the older frames stay behind the new ones."""
    key = DataKey.generate()
    path = folder / "vault.db"
    with Database.create(path, key) as database:
        database.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
        database.execute("CREATE INDEX rows_by_payload ON rows (payload)")  # two pages per commit
    with Database.open(path, key) as database:
        for index in range(restart_after):
            database.execute("INSERT INTO rows (payload) VALUES (?)", ("older " * 200 + str(index),))
        if restart_after:
            database.execute("PRAGMA wal_checkpoint").fetchall()
        for index in range(COMMITS):
            database.execute("INSERT INTO rows (payload) VALUES (?)", (f"{MARKER} {index}",))
        data = (folder / "vault.db-wal").read_bytes()
    return RealLog(data, struct.unpack_from(">I", data, 8)[0])


@pytest.fixture(scope="module")
def real_log(tmp_path_factory: pytest.TempPathFactory) -> RealLog:
    return _log_left_open(tmp_path_factory.mktemp("wal"))


def _flipped(data: bytes, offset: int, bits: int = 0x04) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= bits
    return bytes(changed)


def test_a_real_log_reads_as_sqlite_wrote_it(real_log: RealLog) -> None:
    reading = read_wal(real_log.data)
    assert reading.header_valid and reading.page_size == 4096
    assert len(reading.frames) == real_log.frame_count() > COMMITS
    assert sum(frame.is_commit for frame in reading.frames) == COMMITS
    assert reading.replayed == len(reading.frames)  # ends on a commit: SQLite replays every frame
    assert reading.damage is None
    # SQLCipher encrypted the pages, and their checksums still verified: they cover the bytes as written.
    assert MARKER.encode() not in real_log.data


def _page_data(log: RealLog, index: int) -> int:
    return log.frame_offset(index) + FRAME_HEADER + 700


FLIPS_BEFORE_THE_LAST_COMMIT: dict[str, Callable[[RealLog], int]] = {
    "page data of the first frame": lambda log: _page_data(log, 0),
    "page data of a middle frame": lambda log: _page_data(log, log.frame_count() // 2),
    "a page number": lambda log: log.frame_offset(3) + 3,
    "a commit frame's database size": lambda log: log.frame_offset(log.commit_indexes()[2]) + 7,
    "a non-commit frame's database size": lambda log: log.frame_offset(log.commit_indexes()[2] - 1) + 7,
    "a salt": lambda log: log.frame_offset(5) + 9,
    "a stored checksum": lambda log: log.frame_offset(5) + 17,
    "the checksum just before the last commit": lambda log: log.frame_offset(log.frame_count() - 2) + 23,
    "the page just before the last commit": lambda log: _page_data(log, log.frame_count() - 2),
}


@pytest.mark.parametrize("where", list(FLIPS_BEFORE_THE_LAST_COMMIT))
def test_a_flip_before_the_last_commit_is_damage(real_log: RealLog, where: str) -> None:
    offset = FLIPS_BEFORE_THE_LAST_COMMIT[where](real_log)
    assert offset < real_log.frame_offset(real_log.commit_indexes()[-1])
    reading = read_wal(_flipped(real_log.data, offset))
    frame = (offset - 32) // real_log.frame_bytes + 1
    assert reading.damage is not None and f"frame {frame} of {real_log.frame_count()}" in reading.damage
    assert reading.replayed < frame  # what SQLite alone would keep: the commits before the flip


@pytest.mark.parametrize("offset", range(32))
def test_a_flip_anywhere_in_the_header_is_damage(real_log: RealLog, offset: int) -> None:
    """SQLite ignores a log whose header fails its checksum: every commit in it would be lost."""
    for bits in (0x01, 0x80):
        reading = read_wal(_flipped(real_log.data, offset, bits))
        assert not reading.header_valid
        assert reading.damage is not None and "header" in reading.damage


def test_a_flip_in_the_last_commit_frame_is_a_torn_tail(real_log: RealLog) -> None:
    """An interrupted write of the last frame looks the same: SQLite drops that one transaction."""
    last = real_log.frame_offset(real_log.commit_indexes()[-1])
    for offset in (
        last, last + 5, last + 12, last + 20, last + FRAME_HEADER, last + real_log.frame_bytes - 1
    ):
        assert read_wal(_flipped(real_log.data, offset)).damage is None


def test_torn_tails_and_short_logs_are_not_damage(real_log: RealLog) -> None:
    data, frame = real_log.data, real_log.frame_bytes
    torn = {
        "cut inside the last frame": data[: len(data) - 100],
        "cut inside a frame header": data[: len(data) - frame + 10],
        "a zeroed frame after the last commit": data + bytes(frame),
        "a half-written frame after the last commit": data + data[32 : 32 + FRAME_HEADER] + bytes(100),
        "the last two frames zeroed": data[: len(data) - 2 * frame] + bytes(2 * frame),
        "only a header": data[:32],
        "a cut header": data[:20],
        "empty": b"",
    }
    for name, log in torn.items():
        assert read_wal(log).damage is None, name


def test_frames_left_from_before_a_restart_are_stale_not_damage(tmp_path: Path) -> None:
    log = _log_left_open(tmp_path, restart_after=60)
    reading = read_wal(log.data)
    salts = log.data[16:24]
    stale = [f for f in reading.frames if log.data[f.offset + 8 : f.offset + 16] != salts]
    assert stale and any(f.is_commit for f in stale)  # older commits, already copied into vault.db
    assert reading.replayed == len(reading.frames) - len(stale)
    assert reading.damage is None
    first_stale = stale[0].offset
    assert read_wal(_flipped(log.data, first_stale + FRAME_HEADER + 10)).damage is None
    assert read_wal(_flipped(log.data, 40)).damage is not None  # but the current frames are still guarded


def _as_big_endian_machine_writes_it(data: bytes, page_size: int) -> bytes:
    """The same log with the magic and checksums a big-endian computer writes (an independent
    implementation of the format's checksum, so the reader is not checked against itself)."""

    def checksum(chunk: bytes, seed: tuple[int, int]) -> tuple[int, int]:
        first, second = seed
        words = struct.unpack(f">{len(chunk) // 4}I", chunk)
        for index in range(0, len(words), 2):
            first = (first + words[index] + second) % 2**32
            second = (second + words[index + 1] + first) % 2**32
        return first, second

    out = bytearray(data)
    struct.pack_into(">I", out, 0, 0x377F0683)
    running = checksum(bytes(out[:24]), (0, 0))
    struct.pack_into(">2I", out, 24, *running)
    for offset in range(32, len(out) - FRAME_HEADER - page_size + 1, FRAME_HEADER + page_size):
        running = checksum(bytes(out[offset : offset + 8]), running)
        running = checksum(bytes(out[offset + FRAME_HEADER : offset + FRAME_HEADER + page_size]), running)
        struct.pack_into(">2I", out, offset + 16, *running)
    return bytes(out)


def test_a_log_with_big_endian_checksums(real_log: RealLog) -> None:
    data = _as_big_endian_machine_writes_it(real_log.data, real_log.page_size)
    reading = read_wal(data)
    assert reading.header_valid and reading.replayed == len(reading.frames) and reading.damage is None
    assert read_wal(_flipped(data, _page_data(real_log, 2))).damage is not None
    assert read_wal(_flipped(data, 3, 0x01)).damage is not None  # the byte-order bit itself


def test_log_damage_reads_the_file_and_never_judges_a_log_being_written(
    real_log: RealLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wal = tmp_path / "vault.db-wal"
    assert log_damage(wal) is None  # no log: nothing to lose
    wal.write_bytes(real_log.data)
    assert log_damage(wal) is None
    damaged = _flipped(real_log.data, _page_data(real_log, 1))
    wal.write_bytes(damaged)
    assert log_damage(wal) is not None
    assert wal.read_bytes() == damaged  # only read

    reads = iter([damaged, real_log.data])  # another connection appended between the two reads
    monkeypatch.setattr(wal_frames, "_read_log", lambda path: next(reads))
    with pytest.raises(VaultBusyError):
        log_damage(wal)

