"""Writing an export: every file into a hidden folder beside the destination, then one rename.

The folder (or the .zip) appears under its final name only when it is complete, signed and on the
disk: a cancel, a crash, a kill or a full disk leaves no half-written export (DESIGN.md §6).  What
an interrupted write left (``.companion-export-….partial``) is removed by the next export to the
same place.  Nothing is written anywhere else — not in the system's temporary folder: the PDF and
the tables are made in memory.

Qt-free: the PDF is made by a ``render_pdf`` function the caller passes (the painter needs Qt).
Problems the person can fix (a destination that exists, is not writable, a file where a folder
should be, a full disk) raise :class:`ExportDestinationError` with one sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from companion.export.csv_readme import csv_readme
from companion.export.csv_tables import csv_tables
from companion.export.fhir_bundle import fhir_bundle_json
from companion.export.manifest import write_signature_files
from companion.export.report_model import Report, build_report

if TYPE_CHECKING:
    from companion.export.export_data import ExportData
    from companion.export.sshsig import RawSigner

PARTIAL_SUFFIX = ".partial"
_PARTIAL_PREFIX = ".companion-export-"
ZIP_SUFFIX = ".zip"
Progress = Callable[[int, str], None]  # percent done, what is being done (for a progress bar)


class ExportDestinationError(Exception):
    """The export cannot be written there; ``str()`` is one sentence with a way forward."""


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
    return files


def check_target(target: ExportTarget) -> None:
    """Refuse a destination before any work: one sentence, nothing written."""
    path = target.path
    parent = path.parent
    if os.path.lexists(path):
        raise ExportDestinationError(f"{path} already exists; choose another name or place, so nothing "
                                     "there is overwritten.")
    if not parent.exists():
        raise ExportDestinationError(f"The folder {parent} does not exist; choose a folder that does.")
    if not parent.is_dir():
        raise ExportDestinationError(f"{parent} is a file, not a folder; choose a folder to save into.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportDestinationError(f"companion may not write in {parent}; choose a folder of yours.")
    if target.as_zip and path.suffix.lower() != ZIP_SUFFIX:
        raise ExportDestinationError("A zip export's name must end in .zip.")


def remove_leftovers(folder: Path) -> None:
    """Remove what interrupted exports left in ``folder`` (never a finished export)."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name.startswith(_PARTIAL_PREFIX) and entry.name.endswith(PARTIAL_SUFFIX):
                _remove(entry)


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
        _step(report, cancelled, 5, "Gathering the report")
        files = export_files(data, render_pdf)
        _step(report, cancelled, 60, "Writing the files")
        folder = partial if not target.as_zip else partial / export_name(data)
        _write_folder(folder, files)
        _step(report, cancelled, 75, "Signing")
        write_signature_files(folder, signer)
        _sync_tree(folder)
        _step(report, cancelled, 85, "Saving")
        if target.as_zip:
            zipped = partial / "export.zip"
            _zip_folder(folder, zipped, target.password)
            _step(report, cancelled, 95, "Saving")
            zipped.replace(_final_zip_place(target))
        else:
            _rename_into_place(partial, target.path)
        _fsync_dir(target.path.parent)
        report(100, "Done")
        return target.path
    except OSError as error:
        raise ExportDestinationError(_disk_sentence(error, target.path)) from None
    finally:
        if partial.exists():
            _remove(partial)


def _final_zip_place(target: ExportTarget) -> Path:
    if os.path.lexists(target.path):  # appeared meanwhile: never overwrite
        raise FileExistsError(errno.EEXIST, "exists", str(target.path))
    return target.path


def _rename_into_place(source: Path, destination: Path) -> None:
    # rename() replaces an empty folder that appeared meanwhile; a non-empty one fails (never merged).
    if os.path.lexists(destination):
        raise FileExistsError(errno.EEXIST, "exists", str(destination))
    source.rename(destination)


def _step(report: Progress, cancelled: Callable[[], bool], percent: int, what: str) -> None:
    if cancelled():
        raise ExportCancelledError()
    report(percent, what)


def _write_folder(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(mode=0o700, parents=True)
    for relative, content in sorted(files.items()):
        path = folder / relative
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())


def _zip_folder(folder: Path, zipped: Path, password: str | None) -> None:
    import pyzipper

    files = sorted(p for p in folder.rglob("*") if p.is_file())
    base = folder.parent
    descriptor = os.open(zipped, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as raw:
        if password:
            archive = pyzipper.AESZipFile(raw, "w", compression=pyzipper.ZIP_DEFLATED,
                                          encryption=pyzipper.WZ_AES)
            archive.setpassword(password.encode("utf-8"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
        else:
            archive = pyzipper.ZipFile(raw, "w", compression=pyzipper.ZIP_DEFLATED)
        with archive:
            for path in files:
                archive.write(path, path.relative_to(base).as_posix())
        raw.flush()
        os.fsync(raw.fileno())


def _sync_tree(folder: Path) -> None:
    for directory, _dirs, _files in os.walk(folder):
        _fsync_dir(Path(directory))


def _fsync_dir(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


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


def _disk_sentence(error: OSError, path: Path) -> str:
    if error.errno == errno.ENOSPC:
        return "The disk is full, so the export was not written; free some space and try again."
    if error.errno == errno.EEXIST:
        return f"{path} appeared while the export was being written; nothing was overwritten."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"companion may not write in {path.parent}; choose a folder of yours."
    if error.errno == errno.ENAMETOOLONG:
        return "That name is too long for the disk; choose a shorter one."
    return f"The disk refused the export ({os.strerror(error.errno or 0)}); nothing was left behind."
