"""Reading a vault's write-ahead log (``vault.db-wal``) without SQLite, to tell damage from a torn tail.

Why: SQLite replays a ``-wal`` only up to the first frame that fails its checks, and the next
clean close checkpoints that prefix and deletes the log, so one flipped byte silently dropped
every commit after it (issue 12, finding 4). The vault therefore reads the frames itself before
opening, and a damaged log is moved aside with the vault instead (DESIGN.md §5).

The format (SQLite's file format document, §4 "The Write-Ahead Log"): a 32-byte header (magic
0x377f0682, or 0x377f0683 when the checksums use big-endian words; version 3007000; page size;
checkpoint sequence; salt-1; salt-2; checksum-1, checksum-2 of the first 24 bytes), then frames
of a 24-byte header (page number; the database size in pages after a commit, zero otherwise;
salt-1; salt-2; checksum-1, checksum-2) and one page. A frame's checksum continues the previous
one (the header's for the first) over the frame header's first 8 bytes and the page. SQLCipher
encrypts the pages before they reach the log, and the checksums cover those bytes as written
(measured: tests/unit/test_wal_frames.py), so no key is needed here.

The verdict:

- SQLite replays frames in order while each carries the header's salts, a page number and a
  checksum that continues the chain; the log ends at the last commit among them.
- **Damage**: a frame that SQLite would not replay, followed by an *intact* commit frame: the
  header's salts and a checksum that matches when continued from the previous frame's stored
  checksum, or from the one recomputed for that frame (so a flip in the previous frame's own
  checksum field cannot hide the commit). Those commits were written and synced, and opening
  would silently drop them.
- A header that fails its checks makes SQLite ignore the whole log: damage when an intact
  commit frame follows it (read with either byte order, the page size stored or any other, the
  salts matching the header's in at least one word, since the flip may be in either).
- A **torn tail** is normal: failures with no intact commit after them (a write that a crash
  interrupted, or frames left from before the log restarted, which carry other salts). One
  limit follows: a flip inside the very last commit frame looks exactly like its interrupted
  write, so SQLite's rule stands there and that one transaction is dropped.
"""

from __future__ import annotations

import array
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.errors import DiskError, VaultBusyError

WAL_HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
WAL_MAGIC = 0x377F0682  # | 1 when the checksums are computed over big-endian words
WAL_VERSION = 3007000
PAGE_SIZES = tuple(1 << shift for shift in range(9, 17))  # 512 … 65536

_MASK = 0xFFFFFFFF
_WORD = next(code for code in "IL" if array.array(code).itemsize == 4)

Checksum = tuple[int, int]
Salts = tuple[int, int]


@dataclass(frozen=True)
class WalFrame:
    index: int  # 0-based; messages count from 1 as SQLite's documentation does
    offset: int
    page_number: int
    database_size: int  # pages in the database after this frame's commit; 0 if not a commit
    salts: Salts
    checksum: Checksum

    @property
    def is_commit(self) -> bool:
        return self.database_size != 0


@dataclass(frozen=True)
class WalReading:
    """A log's frames (as its header describes them, or as read past a damaged one) and the verdict."""

    header_valid: bool
    page_size: int  # 0 when the header is too short or its page size impossible
    frames: tuple[WalFrame, ...]
    replayed: int  # frames SQLite replays: up to and including the last commit it accepts
    damage: str | None  # why opening would drop commits; None: healthy, empty or a torn tail


@dataclass(frozen=True)
class _Header:
    big_endian: bool
    magic_valid: bool
    version: int
    page_size: int
    salts: Salts
    checksum: Checksum
    computed: Checksum  # over the first 24 bytes, in ``big_endian`` word order

    @property
    def valid(self) -> bool:
        return (
            self.magic_valid
            and self.version == WAL_VERSION
            and self.page_size in PAGE_SIZES
            and self.computed == self.checksum
        )


def _checksum(data: memoryview, seed: Checksum, big_endian: bool) -> Checksum:
    words = array.array(_WORD)
    words.frombytes(data)
    if big_endian != (sys.byteorder == "big"):
        words.byteswap()
    first, second = seed
    pairs = iter(words)
    for even, odd in zip(pairs, pairs, strict=True):
        first = (first + even + second) & _MASK
        second = (second + odd + first) & _MASK
    return first, second


def _header(view: memoryview, big_endian: bool | None = None) -> _Header:
    magic, version, page_size, _sequence, salt_1, salt_2, check_1, check_2 = struct.unpack_from(">8I", view)
    if big_endian is None:
        big_endian = bool(magic & 1)
    return _Header(
        big_endian=big_endian,
        magic_valid=magic == WAL_MAGIC | big_endian,
        version=version,
        page_size=page_size,
        salts=(salt_1, salt_2),
        checksum=(check_1, check_2),
        computed=_checksum(view[:24], (0, 0), big_endian),
    )


@dataclass(frozen=True)
class _Framing:
    """The log cut into frames of ``page_size``, checked with ``header``'s byte order and seed."""

    view: memoryview
    header: _Header
    page_size: int

    def frames(self) -> tuple[WalFrame, ...]:
        """Every whole frame; one cut short by the end of the file is a torn tail, not a frame."""
        size = FRAME_HEADER_BYTES + self.page_size
        frames = []
        for index in range((len(self.view) - WAL_HEADER_BYTES) // size):
            offset = WAL_HEADER_BYTES + index * size
            page, size_after, salt_1, salt_2, check_1, check_2 = struct.unpack_from(">6I", self.view, offset)
            frames.append(WalFrame(index, offset, page, size_after, (salt_1, salt_2), (check_1, check_2)))
        return tuple(frames)

    def _continued(self, frame: WalFrame, seed: Checksum) -> Checksum:
        big_endian, page = self.header.big_endian, frame.offset + FRAME_HEADER_BYTES
        running = _checksum(self.view[frame.offset : frame.offset + 8], seed, big_endian)
        return _checksum(self.view[page : page + self.page_size], running, big_endian)

    def checksums(self, frames: tuple[WalFrame, ...]) -> Iterator[tuple[Checksum, Checksum]]:
        """For each frame: its checksum continued from the previous frame's stored one, and from
        the one recomputed for the previous frame (the header's own before the first frame)."""
        stored, recomputed = self.header.checksum, self.header.computed
        for frame in frames:
            own = self._continued(frame, stored)
            alternative = own
            if own != frame.checksum and recomputed != stored:
                alternative = self._continued(frame, recomputed)
            yield own, alternative
            stored, recomputed = frame.checksum, own


def _read_with_valid_header(view: memoryview, header: _Header) -> WalReading:
    framing = _Framing(view, header, header.page_size)
    frames = framing.frames()
    replayed, first_failure = 0, None
    for frame, (own, alternative) in zip(frames, framing.checksums(frames), strict=True):
        carries_salts = frame.salts == header.salts and frame.page_number != 0
        if first_failure is None:
            if carries_salts and own == frame.checksum:
                replayed = frame.index + 1 if frame.is_commit else replayed
                continue
            first_failure = frame
        elif carries_salts and frame.is_commit and frame.checksum in (own, alternative):
            damage = (
                f"frame {first_failure.index + 1} of {len(frames)} fails its checks, "
                f"yet frame {frame.index + 1} after it is a complete commit"
            )
            return WalReading(True, header.page_size, frames, replayed, damage)
    return WalReading(True, header.page_size, frames, replayed, None)


def _commit_after_damaged_header(framing: _Framing) -> WalFrame | None:
    frames, salts = framing.frames(), framing.header.salts

    def may_be_ours(frame: WalFrame) -> bool:  # the flip may be in either salt of the header
        one_salt_matches = frame.salts[0] == salts[0] or frame.salts[1] == salts[1]
        return frame.is_commit and frame.page_number != 0 and one_salt_matches

    if not any(map(may_be_ours, frames)):
        return None  # cheap: no frame of this size even looks like one of this log's commits
    for frame, (own, alternative) in zip(frames, framing.checksums(frames), strict=True):
        if may_be_ours(frame) and frame.checksum in (own, alternative):
            return frame
    return None


def _read_with_damaged_header(view: memoryview) -> WalReading:
    stored = _header(view)
    page_size = stored.page_size if stored.page_size in PAGE_SIZES else 0
    sizes = ([page_size] if page_size else []) + [size for size in PAGE_SIZES if size != page_size]
    for big_endian in (stored.big_endian, not stored.big_endian):
        header = _header(view, big_endian)
        for size in sizes:
            framing = _Framing(view, header, size)
            commit = _commit_after_damaged_header(framing)
            if commit is not None:
                frames = framing.frames()
                damage = (
                    f"its header fails its checks, yet frame {commit.index + 1} of {len(frames)} "
                    "is a complete commit"
                )
                return WalReading(False, size, frames, 0, damage)
    return WalReading(False, page_size, (), 0, None)


def read_wal(data: bytes) -> WalReading:
    """The frames of a log and the verdict (see the module docstring)."""
    view = memoryview(data)
    if len(view) < WAL_HEADER_BYTES:
        return WalReading(False, 0, (), 0, None)  # SQLite treats it as empty: nothing in it to lose
    header = _header(view)
    if header.valid:
        return _read_with_valid_header(view, header)
    return _read_with_damaged_header(view)


def _read_log(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        #: %1 is the name of a file, such as vault.db
        raise DiskError(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "%1 could not be read; check the data folder's permissions and the drive, then try again.",
        ).arg(path.name)) from None


def log_damage(path: Path) -> str | None:
    """Why the log at ``path`` would lose commits if opened, or None (absent, healthy, torn tail).

    Read-only. A damaged log is read a second time: one that changed meanwhile is being written
    by a live connection (``companion export`` may run beside the app), not left by a crash, so
    it is not judged, and VaultBusyError says so.
    """
    data = _read_log(path)
    if data is None:
        return None
    damage = read_wal(data).damage
    if damage is not None and _read_log(path) != data:
        raise VaultBusyError()
    return damage
