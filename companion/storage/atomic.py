"""Atomic file writes: a reader sees the old file or the new one, never a mix.

The recipe (Electrum's): write a temporary file in the same folder, created with a
restrictive mode before the first byte, fsync it, ``os.replace`` it over the target, then
fsync the folder so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from pathlib import Path

from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.errors import DiskError

_TEMP_SUFFIX = ".tmp"
_TOKEN_BYTES = 6
_TEMP_NAME = re.compile(
    rf"\.(?P<target>.+)\.[0-9a-f]{{{2 * _TOKEN_BYTES}}}{re.escape(_TEMP_SUFFIX)}", re.DOTALL
)
_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_NO_PERMISSION = frozenset({errno.EACCES, errno.EPERM})
# Linking is how we create without ever overwriting; some file systems cannot do it.
_LINK_UNSUPPORTED = frozenset(
    {
        errno.EPERM,
        errno.ENOSYS,
        errno.EXDEV,
        errno.EMLINK,
        getattr(errno, "ENOTSUP", errno.EPERM),
        getattr(errno, "EOPNOTSUPP", errno.EPERM),
    }
)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def temp_files_for(path: Path) -> list[Path]:
    """Leftovers of interrupted writes of ``path`` (for example after a crash or a kill)."""
    prefix = _temp_prefix(path)
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return []
    return sorted(p for p in entries if p.name.startswith(prefix) and p.name.endswith(_TEMP_SUFFIX))


def temp_target(name: str) -> str | None:
    """The name of the file that ``name`` was being written for, if ``name`` is exactly a
    temporary name this module makes (``.<target>.<12 hex>.tmp``); otherwise None."""
    match = _TEMP_NAME.fullmatch(name)
    return None if match is None else match.group("target")


def disk_error(error: OSError, what: str) -> DiskError:
    """A calm sentence for an OSError met while saving ``what`` (no paths with personal content).

    ``what`` names the thing, "the key file": a Text in the ``StorageNames`` context translates.
    """
    if error.errno in _DISK_FULL:
        #: %1 names what was being saved, e.g. "the key file" (context StorageNames).
        sentence = QT_TRANSLATE_NOOP(
            "StorageErrors", "The disk is full, so %1 could not be saved. Free some space and try again.")
    elif error.errno == errno.EROFS:
        #: %1 names what was being saved, e.g. "the key file" (context StorageNames).
        sentence = QT_TRANSLATE_NOOP(
            "StorageErrors",
            "The disk is read-only, so %1 could not be saved. Check the drive and try again.",
        )
    elif error.errno in _NO_PERMISSION:
        #: %1 names what was being saved, e.g. "the key file" (context StorageNames).
        sentence = QT_TRANSLATE_NOOP(
            "StorageErrors",
            "Companion is not allowed to write %1. Check the data folder's permissions and try again.")
    else:
        #: %1 names what was being saved, e.g. "the key file" (context StorageNames).
        sentence = QT_TRANSLATE_NOOP(
            "StorageErrors", "The disk reported a problem while saving %1. Check the drive and try again.")
    return DiskError(sentence.arg(what))


def fsync_directory(path: Path) -> None:
    """Make a rename inside ``path`` durable. A no-op where folders cannot be opened (Windows)."""
    if os.name == "nt":  # pragma: no cover - NTFS journals renames; folders cannot be opened
        return
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    except OSError as error:
        # Some file systems (and some network mounts) do not support fsync on a folder.
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _remove_leftovers(path: Path) -> None:
    for leftover in temp_files_for(path):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _write_temp(path: Path, data: bytes, mode: int) -> Path:
    """A fully written, fsynced temporary sibling of ``path``."""
    temp = path.with_name(f"{_temp_prefix(path)}{secrets.token_hex(_TOKEN_BYTES)}{_TEMP_SUFFIX}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(temp, flags, mode)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)  # the umask may only have narrowed it; make it exact
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


_THE_FILE = QT_TRANSLATE_NOOP("StorageNames", "the file")


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o600, what: str = _THE_FILE) -> None:
    """Replace ``path`` with ``data`` atomically; DiskError if the disk refuses.

    Leftover temporary files of an interrupted earlier write of the same file are removed
    first: only one writer per file is expected, so they can belong to no live write.
    """
    try:
        _remove_leftovers(path)
        temp = _write_temp(path, data, mode)
        try:
            temp.replace(path)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        fsync_directory(path.parent)
    except OSError as error:
        raise disk_error(error, what) from error


def atomic_create_bytes(path: Path, data: bytes, *, mode: int = 0o600, what: str = _THE_FILE) -> bool:
    """Like :func:`atomic_write_bytes`, but never overwrites: returns False if ``path`` exists.

    The complete temporary file is hard-linked to its final name, which fails if the name is
    taken, so two racing creators cannot both win. Where links are unsupported it falls back
    to a check then a rename.
    """
    try:
        if path.exists() or path.is_symlink():
            return False
        _remove_leftovers(path)
        temp = _write_temp(path, data, mode)
        try:
            try:
                os.link(temp, path)
            except FileExistsError:
                return False
            except OSError as error:
                if error.errno not in _LINK_UNSUPPORTED:
                    raise
                if path.exists():
                    return False
                temp.replace(path)
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        fsync_directory(path.parent)
    except OSError as error:
        raise disk_error(error, what) from error
    return True
