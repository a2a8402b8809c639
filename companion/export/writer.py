"""Writing an export: made and signed in memory, written beside the destination, then one rename.

The folder (or the .zip) appears under its final name only when it is complete, signed and on the
disk: a cancel, a crash, a kill or a full disk leaves no half-written export (DESIGN.md §6).  The
hidden ``.companion-export-<id>.partial`` it is written under (a folder, or the zip file itself) is
removed by the next export to the same place, unless another export still holds its lock.  Nothing
is written anywhere else — not in the system's temporary folder — and a zip's content never touches
the disk unencrypted: the PDF, the tables, the manifest and its signature are all made in memory.

Qt-free: the PDF is made by a ``render_pdf`` function the caller passes (the painter needs Qt).
Problems the person can fix (a destination that exists, is not writable, a file where a folder
should be, a name too long, a full disk) raise :class:`ExportDestinationError` with one sentence.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import stat
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.texts import QT_TRANSLATE_NOOP, Text
from companion.export.care_plan_export import CARE_PLAN_NAME, care_plan_file_bytes
from companion.export.csv_readme import csv_readme
from companion.export.csv_tables import csv_tables
from companion.export.fhir_bundle import fhir_bundle_json
from companion.export.manifest import MANIFEST_NAME, PUBLIC_KEY_NAME, SIGNATURE_NAME, format_manifest
from companion.export.report_model import Report, build_report
from companion.storage import sshsig
from companion.storage.atomic import fsync_directory

if TYPE_CHECKING:
    from companion.export.export_data import ExportData
    from companion.storage.sshsig import RawSigner

PARTIAL_SUFFIX = ".partial"
_PARTIAL_PREFIX = ".companion-export-"
ZIP_SUFFIX = ".zip"
FILE_MODE = 0o600
FOLDER_MODE = 0o700
_DEFAULT_NAME_MAX = 255
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)
Progress = Callable[[int, str], None]  # percent done, what is being done (for a progress bar)


class ExportDestinationError(Exception):
    """The export cannot be written there; ``str()`` is one sentence with a way forward (its one argument
    a ``Text``, which the export page and ``companion export`` show in the user's language)."""


class ExportCancelledError(Exception):
    """The person cancelled; nothing was left behind."""


@dataclass(frozen=True)
class ExportTarget:
    """Where the export goes: ``path`` is the export's own folder, or its .zip file."""

    path: Path
    as_zip: bool = False
    password: str | None = None  # for a zip: AES-256 (open it with 7-Zip or a similar tool)


def export_name(data: ExportData) -> str:
    """``companion-export-<YYYYMMDD>-<id>`` (no personal content in a file name)."""
    return f"companion-export-{data.generated_at:%Y%m%d}-{data.export_id}"


def export_files(data: ExportData, render_pdf: Callable[[Report], bytes]) -> dict[str, bytes]:
    """Every file of the export except the key, the manifest and its signature, by relative path."""
    files: dict[str, bytes] = {"report.pdf": render_pdf(build_report(data))}
    files.update({f"csv/{name}": content for name, content in csv_tables(data).items()})
    files["csv/README.txt"] = csv_readme(data)
    files["fhir/bundle.json"] = fhir_bundle_json(data)
    # The plan in force, for the clinician's desk to read (and pre-fill the next plan from).
    plan_file = None if data.care_plan is None else care_plan_file_bytes(data.care_plan)
    if plan_file is not None:
        files[CARE_PLAN_NAME] = plan_file
    return files


def signature_files(files: Mapping[str, bytes], signer: RawSigner) -> dict[str, bytes]:
    """``patient.pub``, ``manifest-sha256.txt`` and ``manifest.sig`` for ``files`` (relative path →
    content): the same bytes :func:`companion.export.manifest.write_signature_files` writes for a
    folder holding ``files``, made without reading anything back from the disk."""
    public_key = (sshsig.public_key_line(signer.public_key) + "\n").encode("ascii")
    listed = {**files, PUBLIC_KEY_NAME: public_key}
    manifest = format_manifest({path: hashlib.sha256(content).hexdigest()
                                for path, content in listed.items()})
    signature = sshsig.sign(signer, manifest).encode("ascii")
    return {PUBLIC_KEY_NAME: public_key, MANIFEST_NAME: manifest, SIGNATURE_NAME: signature}


def check_target(target: ExportTarget) -> None:
    """Refuse a destination before any work: one sentence, nothing written."""
    path = target.path
    parent = path.parent
    if not path.name or path.name in (".", ".."):
        raise ExportDestinationError(QT_TRANSLATE_NOOP(
            "ExportDestination", "Choose a name for the export, not only a folder."))
    if os.path.lexists(path):
        raise ExportDestinationError(QT_TRANSLATE_NOOP(
            "ExportDestination", "%1 already exists; choose another name or place, so nothing there is "
            "overwritten.").arg(path))
    if not parent.exists():
        raise ExportDestinationError(QT_TRANSLATE_NOOP(
            "ExportDestination", "The folder %1 does not exist; choose a folder that does.").arg(parent))
    if not parent.is_dir():
        raise ExportDestinationError(QT_TRANSLATE_NOOP(
            "ExportDestination", "%1 is a file, not a folder; choose a folder to save into.").arg(parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportDestinationError(_may_not_write(parent))
    if len(os.fsencode(path.name)) > _name_max(parent):
        raise ExportDestinationError(_TOO_LONG)
    if target.as_zip and path.suffix.lower() != ZIP_SUFFIX:
        raise ExportDestinationError(QT_TRANSLATE_NOOP(
            "ExportDestination", "A zip export's name must end in .zip."))


def remove_leftovers(folder: Path) -> None:
    """Remove what interrupted exports left in ``folder``: never a finished export, and never the
    partial of an export another process or thread is still writing (it holds a lock on it)."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name.startswith(_PARTIAL_PREFIX) and entry.name.endswith(PARTIAL_SUFFIX):
                _remove_if_unlocked(entry)


def write_export(
    data: ExportData,
    target: ExportTarget,
    *,
    signer: RawSigner,
    render_pdf: Callable[[Report], bytes],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Path:
    """Write the export to ``target.path`` and return it; raise ExportDestinationError,
    ExportCancelledError, or (a bug) anything else — never leaving a partial export behind."""
    report = progress or (lambda _percent, _what: None)
    check_target(target)
    remove_leftovers(target.path.parent)
    partial = target.path.parent / f"{_PARTIAL_PREFIX}{data.export_id}{PARTIAL_SUFFIX}"
    try:
        _step(report, cancelled, 5, "Making the report")
        files = export_files(data, render_pdf)
        _step(report, cancelled, 60, "Signing")
        files.update(signature_files(files, signer))
        _step(report, cancelled, 70, "Writing the files")
        if target.as_zip:
            with _partial_file(partial) as descriptor:
                _write_zip(descriptor, files, export_name(data), data.generated_at, target.password)
                _step(report, cancelled, 95, "Saving")
                _link_into_place(partial, target.path)
        else:
            with _partial_folder(partial):
                _write_folder(partial, files)
                _step(report, cancelled, 95, "Saving")
                _rename_into_place(partial, target.path)
    except OSError as error:
        raise ExportDestinationError(_disk_sentence(error, target.path)) from None
    # The export is complete under its name: a folder that cannot be synced (a failing disk) makes the
    # rename less durable, but it does not make the export "not written".
    with contextlib.suppress(OSError):
        fsync_directory(target.path.parent)
    report(100, "Done")
    return target.path


def _step(report: Progress, cancelled: Callable[[], bool], percent: int, what: str) -> None:
    if cancelled():
        raise ExportCancelledError()
    report(percent, what)


# --- writing -------------------------------------------------------------------------------------


def _create_file(path: Path) -> int:
    """A new file, owner-only before its first byte (exactly, whatever the umask)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW | getattr(os, "O_BINARY", 0),
                         FILE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(descriptor, FILE_MODE)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def _make_folder(path: Path) -> None:
    path.mkdir(mode=FOLDER_MODE)
    path.chmod(FOLDER_MODE)  # the umask may only have narrowed it; make it exact


def _write_folder(folder: Path, files: Mapping[str, bytes]) -> None:
    """Every file into ``folder`` (made by the caller), each fsynced, then every folder fsynced."""
    folders = {folder}
    for relative, content in sorted(files.items()):
        path = folder / relative
        for parent in reversed(path.relative_to(folder).parents[:-1]):
            if folder / parent not in folders:
                _make_folder(folder / parent)
                folders.add(folder / parent)
        descriptor = _create_file(path)
        with os.fdopen(descriptor, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
    for each in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        fsync_directory(each)


def _write_zip(descriptor: int, files: Mapping[str, bytes], top: str, when: datetime,
               password: str | None) -> None:
    """The zip, straight from memory into the open partial file: ``top/`` holds every file.

    With a password: AES-256 (WinZip AE-2), which 7-Zip and most archive tools open; without one,
    a plain deflated zip that ``companion verify`` reads as it is.
    """
    import pyzipper

    raw = os.fdopen(descriptor, "wb", closefd=False)
    with raw:
        archive: pyzipper.ZipFile
        if password:
            archive = pyzipper.AESZipFile(raw, "w", compression=pyzipper.ZIP_DEFLATED,
                                          encryption=pyzipper.WZ_AES)
            archive.setpassword(password.encode("utf-8"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
        else:
            archive = pyzipper.ZipFile(raw, "w", compression=pyzipper.ZIP_DEFLATED)
        stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
        with archive:
            for relative, content in sorted(files.items()):
                info = archive.zipinfo_cls(f"{top}/{relative}", date_time=stamp)
                info.compress_type = pyzipper.ZIP_DEFLATED
                info.external_attr = (stat.S_IFREG | FILE_MODE) << 16
                archive.writestr(info, content)
        raw.flush()
        os.fsync(descriptor)


# --- the partial: locked while written, renamed into place, removed when left --------------------


@contextlib.contextmanager
def _partial_file(path: Path) -> Iterator[int]:
    """The zip's partial file, created, locked and open; whatever is left of it at the end is removed
    (under the lock, so no other export takes it for a leftover): after a link into place its
    second name, and after a failure, a cancel or a bug the whole of it."""
    descriptor = _create_file(path)  # raises before anything there is this export's
    try:
        _lock(descriptor)
        yield descriptor
    finally:
        try:
            if os.path.lexists(path):
                _remove(path)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def _partial_folder(path: Path) -> Iterator[None]:
    """The folder's partial, created and locked; removed at the end unless it was renamed into place."""
    _make_folder(path)  # raises before anything there is this export's
    descriptor: int | None = None
    try:
        if os.name != "nt":  # Windows cannot open a folder: nothing to lock there
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NO_FOLLOW)
            _lock(descriptor)
        yield
    finally:
        try:
            if os.path.lexists(path):
                _remove(path)
        finally:
            if descriptor is not None:
                os.close(descriptor)


def _lock(descriptor: int, *, wait: bool = True) -> bool:
    """An exclusive advisory lock on the open partial (released by the kernel if the process dies)."""
    if sys.platform == "win32":  # pragma: no cover - no flock; leftovers are then always removed
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def _remove_if_unlocked(path: Path) -> None:
    try:
        descriptor = os.open(path, os.O_RDONLY | _NO_FOLLOW)
    except OSError:  # a symbolic link, or gone meanwhile: remove the name only
        _remove(path)
        return
    try:
        if _lock(descriptor, wait=False):
            _remove(path)
    finally:
        os.close(descriptor)


def _link_into_place(source: Path, destination: Path) -> None:
    """Give the finished zip its name without ever replacing a file that appeared meanwhile."""
    try:
        os.link(source, destination)
    except FileExistsError:
        raise
    except OSError as error:  # a file system without hard links (FAT, some network shares)
        if error.errno not in (errno.EPERM, errno.ENOSYS, errno.EXDEV, errno.EMLINK, errno.ENOTSUP,
                               errno.EOPNOTSUPP):
            raise
        if os.path.lexists(destination):
            raise FileExistsError(errno.EEXIST, "exists", str(destination)) from None
        source.replace(destination)


def _rename_into_place(source: Path, destination: Path) -> None:
    # rename() would replace an empty folder that appeared meanwhile (a non-empty one fails with
    # ENOTEMPTY, never merged): check first; the window between the two is a few microseconds.
    if os.path.lexists(destination):
        raise FileExistsError(errno.EEXIST, "exists", str(destination))
    source.rename(destination)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, onerror=_make_writable_and_retry)
        else:
            path.unlink()


def _make_writable_and_retry(function: Callable[[str], object], name: str, _info: object) -> None:
    with contextlib.suppress(OSError):
        Path(name).chmod(stat.S_IRWXU)
        function(name)


def _name_max(folder: Path) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):  # not known there (or Windows): the common limit
        return _DEFAULT_NAME_MAX


def _disk_sentence(error: OSError, path: Path) -> Text:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return QT_TRANSLATE_NOOP("ExportDestination", "The disk is full, so the export was not written; free "
                                 "some space and try again.")
    if error.errno in (errno.EEXIST, errno.ENOTEMPTY):
        return QT_TRANSLATE_NOOP("ExportDestination", "%1 appeared while the export was being written; "
                                 "nothing was overwritten.").arg(path)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _may_not_write(path.parent)
    if error.errno == errno.ENAMETOOLONG:
        return _TOO_LONG
    return QT_TRANSLATE_NOOP("ExportDestination", "The disk refused the export (%1); nothing was left "
                             "behind.").arg(os.strerror(error.errno or 0))


def _may_not_write(folder: Path) -> Text:
    return QT_TRANSLATE_NOOP("ExportDestination", "companion may not write in %1; choose a folder of "
                             "yours.").arg(folder)


_TOO_LONG = QT_TRANSLATE_NOOP(
    "ExportDestination", "That name is too long for the disk; choose a shorter one.")
