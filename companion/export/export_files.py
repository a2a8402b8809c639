"""The files of an export as ``companion verify`` reads them: from a folder or a .zip, never unpacked.

Reading is defensive: nothing is followed, extracted or trusted by name. A symbolic link or other
special file, a zip member whose name would escape the folder (``../``, ``/``, ``C:``, ``\\``) or
appears twice, becomes a :class:`ListingProblem`; a zip with a password, one far too large, or
anything that is not a folder or a zip raises :class:`UnreadableExportError` with one sentence.
Files that operating systems add by themselves (``.DS_Store``, ``Thumbs.db``, ``__MACOSX/``) are
set aside as ignored, so browsing an export in Finder does not make it look altered.
"""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zipfile
import zlib
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO

from companion.domain.texts import QT_TRANSLATE_NOOP, Text
from companion.export.manifest import MANIFEST_NAME, is_safe_relative_path

MAX_ENTRIES = 10_000
MAX_ZIP_UNPACKED_BYTES = 1024 * 1024 * 1024
OS_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})
_CHUNK = 1024 * 1024
_SYMLINK = 0o120000
# What reading a damaged member can raise (CRC mismatch, bad header, cut short, overlapping entries).
_MEMBER_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, struct.error)


class UnreadableExportError(Exception):
    """The export cannot be checked at all; ``str()`` is one sentence, its one argument a ``Text``."""


class DamagedFileError(Exception):
    """A zip member whose stored data does not unpack to what the zip says (CRC, truncation)."""


@dataclass(frozen=True)
class ListingProblem:
    """A name found while listing that no export would hold; ``kind`` is a verify problem kind."""

    kind: str
    file: str
    message: Text


def display_name(name: str) -> str:
    """``name`` safe to print: undecodable bytes and control characters shown as escapes."""
    text = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _is_litter(path: str) -> bool:
    parts = path.split("/")
    return parts[-1] in OS_LITTER or parts[-1].startswith("._") or parts[0] == "__MACOSX"


@dataclass
class ExportFiles(ABC):
    """The regular files of an export, by relative ``/`` path (the manifest's names)."""

    name: str
    paths: list[str] = field(default_factory=list)
    problems: list[ListingProblem] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    @abstractmethod
    def read(self, path: str, limit: int) -> bytes | None:
        """The file's bytes, or None if it holds more than ``limit`` bytes. OSError, DamagedFileError."""

    @abstractmethod
    def sha256(self, path: str) -> str:
        """The file's SHA-256 hex. OSError if it cannot be read; DamagedFileError for a damaged member."""

    @abstractmethod
    def close(self) -> None:
        """Release what the reader holds open."""

    def __enter__(self) -> ExportFiles:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class _FolderFiles(ExportFiles):
    def __init__(self, root: Path) -> None:
        super().__init__(name=display_name(root.name or str(root)))
        self._root = root
        self._walk()

    def _walk(self) -> None:
        failures: list[OSError] = []
        for directory, folders, files in os.walk(self._root, followlinks=False, onerror=failures.append):
            here = Path(directory)
            relative_dir = here.relative_to(self._root).as_posix()
            prefix = "" if relative_dir == "." else relative_dir + "/"
            for name in [*folders, *files]:
                relative = prefix + name
                try:
                    mode = (here / name).lstat().st_mode
                except OSError as error:
                    raise UnreadableExportError(_folder_unreadable(error)) from None
                if stat.S_ISDIR(mode):
                    continue
                if _is_litter(relative):
                    self.ignored.append(display_name(relative))
                elif stat.S_ISREG(mode):
                    self.paths.append(relative)
                else:
                    shown = display_name(relative)
                    special = QT_TRANSLATE_NOOP(
                        "ExportChecks", "%1 is a link or a special file; an export holds plain files only."
                    ).arg(shown)
                    self.problems.append(ListingProblem("not_a_file", shown, special))
            if len(self.paths) > MAX_ENTRIES:
                raise UnreadableExportError(QT_TRANSLATE_NOOP(
                    "ExportChecks", "The folder holds far more files than any export."))
        if failures:
            raise UnreadableExportError(_folder_unreadable(failures[0]))

    def read(self, path: str, limit: int) -> bytes | None:
        with (self._root / path).open("rb") as stream:
            data = stream.read(limit + 1)
        return data if len(data) <= limit else None

    def sha256(self, path: str) -> str:
        digest = hashlib.sha256()
        with (self._root / path).open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest()

    def close(self) -> None:
        pass  # nothing is held open between reads


class _ZipFiles(ExportFiles):
    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        super().__init__(name=display_name(path.name))
        self._archive = archive
        self._members: dict[str, zipfile.ZipInfo] = {}
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise UnreadableExportError(QT_TRANSLATE_NOOP(
                "ExportChecks", "The zip holds far more files than any export."))
        if sum(info.file_size for info in infos) > MAX_ZIP_UNPACKED_BYTES:
            raise UnreadableExportError(QT_TRANSLATE_NOOP(
                "ExportChecks", "The zip unpacks to far more data than any export."))
        if any(info.flag_bits & 0x1 for info in infos):
            raise UnreadableExportError(QT_TRANSLATE_NOOP(
                "ExportChecks", "The zip has a password. Open it with 7-Zip (or a similar tool) and the "
                "password, then verify the folder it unpacks to."))
        self._list(infos)

    def _list(self, infos: list[zipfile.ZipInfo]) -> None:
        members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            shown = display_name(name)
            if not is_safe_relative_path(name.removesuffix("/")):
                unsafe = QT_TRANSLATE_NOOP(
                    "ExportChecks", "The zip holds a file named %1, which would land outside the export's "
                    "folder.").arg(shown)
                self.problems.append(ListingProblem("unsafe_name", shown, unsafe))
            elif _is_litter(name):
                self.ignored.append(shown)
            elif info.is_dir():
                continue
            elif (info.external_attr >> 16) & 0o170000 == _SYMLINK:
                link = QT_TRANSLATE_NOOP(
                    "ExportChecks", "%1 is a symbolic link in the zip; an export holds plain files only."
                ).arg(shown)
                self.problems.append(ListingProblem("not_a_file", shown, link))
            elif name in members:
                twice = QT_TRANSLATE_NOOP("ExportChecks", "The zip holds %1 twice.").arg(shown)
                self.problems.append(ListingProblem("duplicate_name", shown, twice))
            else:
                members[name] = info
        self._members = _strip_common_folder(members)
        self.paths = list(self._members)

    def _open(self, path: str) -> IO[bytes]:
        try:
            return self._archive.open(self._members[path])
        except NotImplementedError as error:  # a compression method Python does not have
            raise UnreadableExportError(QT_TRANSLATE_NOOP(
                "ExportChecks", "The zip uses a compression method that cannot be read here; unpack it with "
                "7-Zip (or a similar tool), then verify the folder.")) from error

    def read(self, path: str, limit: int) -> bytes | None:
        if self._members[path].file_size > limit:
            return None
        try:
            with self._open(path) as stream:
                return stream.read(limit + 1)
        except _MEMBER_DAMAGE as error:
            raise DamagedFileError(path) from error

    def sha256(self, path: str) -> str:
        digest = hashlib.sha256()
        try:
            with self._open(path) as stream:
                while chunk := stream.read(_CHUNK):
                    digest.update(chunk)
        except _MEMBER_DAMAGE as error:
            raise DamagedFileError(path) from error
        return digest.hexdigest()

    def close(self) -> None:
        self._archive.close()


def _strip_common_folder(members: dict[str, zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """The members relative to the export's folder: a zip may hold ``companion-export-…/`` at its top."""
    if MANIFEST_NAME in members or not members:
        return members
    tops = {name.split("/", 1)[0] for name in members}
    if len(tops) != 1 or all("/" not in name for name in members):
        return members
    prefix = next(iter(tops)) + "/"
    if prefix + MANIFEST_NAME not in members:
        return members
    return {name.removeprefix(prefix): info for name, info in members.items()}


def open_export(path: Path) -> ExportFiles:
    """The files of the export folder or zip at ``path``; UnreadableExportError if it cannot be read."""
    shown = display_name(str(path))
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise UnreadableExportError(QT_TRANSLATE_NOOP(
            "ExportChecks", "There is no file or folder at %1.").arg(shown)) from None
    except OSError as error:
        raise UnreadableExportError(unreadable_text(shown, error)) from None
    if stat.S_ISDIR(mode):
        return _FolderFiles(path)
    if not stat.S_ISREG(mode):
        raise UnreadableExportError(QT_TRANSLATE_NOOP(
            "ExportChecks", "%1 is neither a folder nor a .zip file.").arg(shown))
    try:
        archive = zipfile.ZipFile(path)
    except (*_MEMBER_DAMAGE, OverflowError, NotImplementedError):
        raise UnreadableExportError(QT_TRANSLATE_NOOP(
            "ExportChecks", "%1 is neither a folder nor a readable .zip file.").arg(shown)) from None
    except OSError as error:
        raise UnreadableExportError(unreadable_text(shown, error)) from None
    try:
        return _ZipFiles(path, archive)
    except BaseException:
        archive.close()
        raise


def unreadable_text(shown: str, error: OSError) -> Text:
    """"<name> could not be read (<the system's reason>).": said of an export and of a file in it."""
    # strerror is the system's own wording: an argument, left as it is
    return QT_TRANSLATE_NOOP("ExportChecks", "%1 could not be read (%2).").arg(shown, error.strerror)


def _folder_unreadable(error: OSError) -> Text:
    return QT_TRANSLATE_NOOP("ExportChecks", "Part of the folder could not be read (%1); check its "
                             "permissions.").arg(error.strerror)
