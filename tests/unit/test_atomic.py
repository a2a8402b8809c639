"""Atomic writes: restrictive mode from the start, fsync, replace, nothing left behind."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from companion.storage import atomic
from companion.storage.atomic import (
    atomic_create_bytes,
    atomic_write_bytes,
    fsync_directory,
    temp_files_for,
)
from companion.storage.errors import DiskError

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def test_writes_new_file_with_exact_bytes(tmp_path: Path) -> None:
    target = tmp_path / "file.bin"
    atomic_write_bytes(target, b"\x00hello\xff")
    assert target.read_bytes() == b"\x00hello\xff"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.bin"]


def test_replaces_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "file.bin"
    target.write_bytes(b"old contents that are longer")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"


def test_writes_large_data_completely(tmp_path: Path) -> None:
    target = tmp_path / "big.bin"
    data = os.urandom(3 * 1024 * 1024 + 17)
    atomic_write_bytes(target, data)
    assert target.read_bytes() == data


@posix_only
def test_mode_is_0600_even_with_a_permissive_umask(tmp_path: Path) -> None:
    target = tmp_path / "secret"
    old_umask = os.umask(0)
    try:
        atomic_write_bytes(target, b"x")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@posix_only
def test_mode_is_restrictive_before_the_first_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    modes_at_write: list[int] = []
    real_write = os.write

    def spying_write(fd: int, data: bytes | memoryview) -> int:
        modes_at_write.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", spying_write)
    old_umask = os.umask(0)
    try:
        atomic_write_bytes(tmp_path / "secret", b"payload")
    finally:
        os.umask(old_umask)
    assert modes_at_write and set(modes_at_write) == {0o600}


@posix_only
def test_custom_mode_is_applied(tmp_path: Path) -> None:
    target = tmp_path / "shared"
    atomic_write_bytes(target, b"x", mode=0o640)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_file_and_folder_are_fsynced_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    real_fsync, real_replace, real_fsync_dir = os.fsync, Path.replace, atomic.fsync_directory

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(self: Path, target: str | os.PathLike[str]) -> Path:
        events.append("replace")
        return real_replace(self, target)

    def fsync_dir(path: Path) -> None:
        events.append(f"fsync-dir:{path == tmp_path}")
        real_fsync_dir(path)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(Path, "replace", replace)
    monkeypatch.setattr(atomic, "fsync_directory", fsync_dir)
    atomic_write_bytes(tmp_path / "f", b"data")
    # The file's data is durable before the rename; the folder (its own fsync) after it.
    assert events == ["fsync", "replace", "fsync-dir:True", "fsync"]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "disk is full"),
        (errno.EDQUOT, "disk is full"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "not allowed"),
        (errno.EIO, "reported a problem"),
    ],
)
def test_disk_errors_become_a_sentence_and_leave_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    target = tmp_path / "file"
    target.write_bytes(b"precious")

    def failing_fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(DiskError, match=words) as caught:
        atomic_write_bytes(target, b"new contents", what="the key file")
    assert "the key file" in str(caught.value)
    assert target.read_bytes() == b"precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_failed_replace_removes_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "file"
    target.write_bytes(b"precious")

    def failing_replace(self: Path, other: str | os.PathLike[str]) -> Path:
        raise OSError(errno.EXDEV, "cross-device")

    monkeypatch.setattr(Path, "replace", failing_replace)
    with pytest.raises(DiskError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"precious"
    assert temp_files_for(target) == []


def test_missing_folder_is_a_disk_error(tmp_path: Path) -> None:
    with pytest.raises(DiskError):
        atomic_write_bytes(tmp_path / "no-such-folder" / "file", b"x")


def test_leftover_temp_files_of_an_interrupted_write_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    leftover = tmp_path / ".vault.key.0123456789ab.tmp"
    leftover.write_bytes(b"half a file")
    unrelated = tmp_path / ".other.0123456789ab.tmp"
    unrelated.write_bytes(b"someone else's")
    assert temp_files_for(target) == [leftover]
    atomic_write_bytes(target, b"complete")
    assert not leftover.exists()
    assert unrelated.read_bytes() == b"someone else's"
    assert target.read_bytes() == b"complete"


def test_create_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "vault.key"
    assert atomic_create_bytes(target, b"first") is True
    assert atomic_create_bytes(target, b"second") is False
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.key"]


def test_create_falls_back_when_links_are_unsupported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_link(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "links not supported here")

    monkeypatch.setattr(os, "link", no_link)
    target = tmp_path / "vault.key"
    assert atomic_create_bytes(target, b"first") is True
    assert atomic_create_bytes(target, b"second") is False
    assert target.read_bytes() == b"first"
    assert temp_files_for(target) == []


def test_create_lost_race_leaves_winner_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "vault.key"
    real_link = os.link

    def racing_link(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        Path(dst).write_bytes(b"the other writer")  # someone else created it in between
        real_link(src, dst)

    monkeypatch.setattr(os, "link", racing_link)
    assert atomic_create_bytes(target, b"mine") is False
    assert target.read_bytes() == b"the other writer"
    assert temp_files_for(target) == []


def test_fsync_directory_runs_on_a_real_folder(tmp_path: Path) -> None:
    fsync_directory(tmp_path)  # must not raise
    with pytest.raises(OSError):
        fsync_directory(tmp_path / "missing")
