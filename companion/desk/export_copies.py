"""Importing an export: a copy in the desk folder (``exports/<patient id>/<export name>``), by choice.

Only an export that is valid for a known patient is copied. The copy is made under a hidden temporary
name beside its destination (folders 0700, files 0600, each file fsynced), verified again against the
patient's key, and only then renamed into place, so a crash, a full disk or an export that changed
while it was copied leaves nothing that looks imported. Otherwise the desk remembers only the path.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
from datetime import datetime
from pathlib import Path

from companion.desk.desk_errors import ImportRefusedError
from companion.desk.desk_paths import FOLDER_MODE, DeskPaths
from companion.desk.export_status import ExportStatus
from companion.desk.opened_export import OpenedExport
from companion.desk.patient_registry import PatientRegistry
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.export.export_files import display_name
from companion.export.verify import VerifyStatus, verify_export
from companion.storage.atomic import disk_error, fsync_directory

FILE_MODE = 0o600
_PARTIAL_PREFIX = ".import-"
_PARTIAL_SUFFIX = ".partial"
_CHUNK = 1024 * 1024
_WHAT = QT_TRANSLATE_NOOP("StorageNames", "the imported export")


def _copy_file(source: Path, target: Path) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(target, flags, FILE_MODE)
    try:
        with source.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_tree(source: Path, target: Path) -> None:
    """Plain files and folders only; anything else is refused (a valid export holds nothing else)."""
    target.mkdir(mode=FOLDER_MODE)
    for entry in sorted(source.iterdir()):
        mode = entry.lstat().st_mode
        if stat.S_ISDIR(mode):
            _copy_tree(entry, target / entry.name)
        elif stat.S_ISREG(mode):
            _copy_file(entry, target / entry.name)
        else:
            raise ImportRefusedError(QT_TRANSLATE_NOOP(
                "DeskErrors", "%1 in the export is not a plain file, so it was not imported.",
            ).arg(display_name(entry.name)))
    fsync_directory(target)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def leftover_partials(paths: DeskPaths) -> list[Path]:
    """Hidden copies left by an import that was interrupted (a crash); safe to remove at the next start."""
    if not paths.exports_dir.is_dir():
        return []
    return sorted(
        p
        for folder in paths.exports_dir.iterdir()
        if folder.is_dir()
        for p in folder.iterdir()
        if p.name.startswith(_PARTIAL_PREFIX) and p.name.endswith(_PARTIAL_SUFFIX)
    )


def import_export(
    opened: OpenedExport, paths: DeskPaths, registry: PatientRegistry, *, now: datetime
) -> Path:
    """Copy an export that is valid for its patient into the desk folder; the copy's path.

    ImportRefusedError if it is not valid for a patient on the list, is already in the desk folder, or
    did not verify once copied; DiskError if the disk refused. The list of patients records the copy.
    """
    patient = opened.patient
    if opened.status is not ExportStatus.VALID_FOR_PATIENT or patient is None:
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "DeskErrors",
            "Only an export that is valid for one of your patients can be imported; this one was left where "
            "it is.",
        ))
    source = opened.location.absolute()
    if source.is_relative_to(paths.exports_dir.absolute()):
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "DeskErrors", "This export is already in the desk folder."))
    folder = paths.patient_exports_dir(patient.patient_id)
    target = folder / source.name
    if target.exists() or target.is_symlink():
        raise ImportRefusedError(QT_TRANSLATE_NOOP(
            "DeskErrors", "An export named %1 is already imported for %2.",
        ).arg(display_name(source.name), patient.display_name))
    partial = folder / f"{_PARTIAL_PREFIX}{secrets.token_hex(6)}{_PARTIAL_SUFFIX}"
    try:
        paths.ensure_base()
        for missing in (paths.exports_dir, folder):
            missing.mkdir(mode=FOLDER_MODE, exist_ok=True)
        if source.is_dir():
            _copy_tree(source, partial)
        else:
            _copy_file(source, partial)
        check = verify_export(partial, patient.public_key_line)
        if check.status is not VerifyStatus.VALID:
            raise ImportRefusedError(QT_TRANSLATE_NOOP(
                "DeskErrors",
                "The copy did not verify (the export changed while it was being copied); nothing was "
                "imported. Open the export again.",
            ))
        if target.exists() or target.is_symlink():  # one desk at a time: only a second window races here
            raise ImportRefusedError(QT_TRANSLATE_NOOP(
                "DeskErrors", "%1 was imported meanwhile; nothing changed.").arg(display_name(source.name)))
        partial.rename(target)
        fsync_directory(folder)
    except OSError as error:
        _remove(partial)
        raise disk_error(error, _WHAT) from None
    except BaseException:
        _remove(partial)
        raise
    registry.record_export(patient.patient_id, opened.record(now, location=target, imported=True))
    return target
