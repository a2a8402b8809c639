"""Read a **verified** export into what the clinician's desk shows (DESIGN.md §2, §6): :func:`read_export`.

The contract: the desk verifies first, reads second, and reads only what it verified.

1. The caller verifies the export with :func:`companion.export.verify.verify_export` — against the
   patient's key the desk remembers, or, for a patient's first export, with no key, after the
   clinician has confirmed the fingerprint with the patient (the desk's registry decides which).
2. It passes that :class:`~companion.export.verify.VerifyResult` with the same path to
   :func:`read_export`, which refuses a result that is not ``VALID`` (altered, signed by a different
   key than the one given, unreadable) or that was made for another path.
3. Between the two the files could change (another program, a sync client, a swapped zip), so
   :func:`read_export` does not trust what it reads either: it checks the manifest's signature again
   against the verified key (one Ed25519 check) and every file it reads — ``fhir/bundle.json``,
   ``csv/README.txt``, ``care-plan.json`` — against the manifest's SHA-256, on the very bytes it then
   parses.  Anything changed since the verification raises :class:`UnverifiedExportError`.

What it reads: the FHIR bundle (:mod:`companion.desk.bundle_reading`, plain :mod:`json`, no FHIR library);
the export's period from ``csv/README.txt`` (the bundle has no element for it; the README's
``Period:`` line is written by :func:`companion.export.csv_readme.csv_readme`); and the care plan
from ``care-plan.json`` with the strict care-plan file reader.  Folders and zips alike, through the
reader ``companion verify`` uses (:func:`companion.export.export_files.open_export`), never unpacked.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Protocol, TypeVar

from companion.desk.bundle_json import ExportContentError, content_error
from companion.desk.bundle_reading import read_bundle, session_moods
from companion.desk.export_records import DeskExport, PlanInExport, flag_order, session_order
from companion.desk.session_reading import build_session
from companion.domain.care_plan_file import MAX_FILE_BYTES as MAX_CARE_PLAN_BYTES
from companion.domain.care_plan_file import CarePlanFileError, read_care_plan_file
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.export.care_plan_export import CARE_PLAN_NAME, ENTERED_BY_PATIENT
from companion.export.export_data import ExportPeriod
from companion.export.export_files import (
    DamagedFileError,
    ExportFiles,
    UnreadableExportError,
    display_name,
    open_export,
    unreadable_text,
)
from companion.export.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    SIGNATURE_NAME,
    ManifestError,
    parse_manifest,
)
from companion.export.verify import VerifyResult
from companion.storage import sshsig

__all__ = ["BUNDLE_NAME", "CSV_FOLDER", "REPORT_PDF", "ExportContentError", "UnverifiedExportError",
           "read_export"]

BUNDLE_NAME = "fhir/bundle.json"
CSV_README_NAME = "csv/README.txt"
REPORT_PDF = "report.pdf"  # for the desk's "open the PDF" link
CSV_FOLDER = "csv"  # for its "open the tables" link
MAX_BUNDLE_BYTES = 512 * 1024 * 1024  # a two-year bundle is about 6 MB
MAX_README_BYTES = 1024 * 1024
_PERIOD_LINE = re.compile(rb"^Period: (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2}) ", re.MULTILINE)


class UnverifiedExportError(ValueError):
    """The export was not verified as valid, or changed after it was; ``str()`` is one sentence."""


def read_export(path: Path | str, verified: VerifyResult) -> DeskExport:
    """The export at ``path`` as the desk shows it; ``verified`` is ``verify_export(path, key)``'s result.

    Raises UnverifiedExportError (not verified as valid, verified for another path, or changed
    since), UnreadableExportError (it can no longer be read) or ExportContentError (verified, but
    this desk cannot read its content: a newer app's format, a bug), each with one sentence.
    """
    fingerprint = _verified_fingerprint(path, verified)
    location = Path(path)
    with open_export(location) as files:
        signed = _SignedFiles(files, fingerprint)
        bundle = signed.read(BUNDLE_NAME, MAX_BUNDLE_BYTES)
        readme = signed.read(CSV_README_NAME, MAX_README_BYTES)
        plan_file = signed.read(CARE_PLAN_NAME, MAX_CARE_PLAN_BYTES) if signed.lists(CARE_PLAN_NAME) else None
    content = read_bundle(bundle, fingerprint)
    if content.patient_key != fingerprint:
        raise content_error("it names another key than the one that signed the export")
    plan, plan_problems = _care_plan(plan_file)
    sessions = sorted((build_session(parts) for parts in content.sessions.values()), key=session_order)
    return DeskExport(
        export_id=content.export_id,
        generated_at=content.generated_at,
        period=_period(readme),
        patient_name=content.patient_name,
        key_fingerprint=fingerprint,
        app_version=content.app_version,
        location=location,
        is_zip=not location.is_dir(),
        flags=tuple(sorted(_unique(content.flags, "flag"), key=flag_order)),
        scores=tuple(sorted(_unique(content.scores, "questionnaire"), key=lambda s: (s.completed_at, s.key))),
        sessions=tuple(sessions),
        moods=tuple(sorted(session_moods(content), key=lambda m: (m.at, m.key))),
        daily_moods=tuple(sorted(_unique(content.daily_moods, "daily mood"), key=lambda m: (m.at, m.key))),
        care_plan=plan,
        care_plan_problems=plan_problems,
    )


def _verified_fingerprint(path: Path | str, verified: VerifyResult) -> str:
    if not isinstance(verified, VerifyResult):
        raise UnverifiedExportError(QT_TRANSLATE_NOOP("DeskErrors", "Verify the export before reading it."))
    if verified.export != display_name(os.fspath(path)):
        raise UnverifiedExportError(QT_TRANSLATE_NOOP(
            "DeskErrors", "The verification given is of another export; verify this one first."))
    if not verified.valid or verified.fingerprint is None:
        raise UnverifiedExportError(QT_TRANSLATE_NOOP(
            "DeskErrors", "This export was not verified as valid, so the desk does not read it."))
    return verified.fingerprint


class _SignedFiles:
    """The export's files, each read once and checked against the manifest signed by the verified key."""

    def __init__(self, files: ExportFiles, fingerprint: str) -> None:
        self._files = files
        manifest = self._bytes(MANIFEST_NAME, MAX_MANIFEST_BYTES)
        signature = self._bytes(SIGNATURE_NAME, sshsig.MAX_SIGNATURE_FILE_BYTES)
        check = sshsig.verify(signature, manifest)
        if not check.valid or check.public_key is None or sshsig.fingerprint(check.public_key) != fingerprint:
            raise _changed()
        try:
            self._listed = parse_manifest(manifest)
        except ManifestError:
            raise _changed() from None

    def lists(self, name: str) -> bool:
        return name in self._listed

    def read(self, name: str, limit: int) -> bytes:
        if name not in self._listed:
            raise content_error(f"it has no {name}")
        data = self._bytes(name, limit)
        if hashlib.sha256(data).hexdigest() != self._listed[name]:
            raise _changed()
        return data

    def _bytes(self, name: str, limit: int) -> bytes:
        if name not in self._files.paths:
            raise _changed()
        try:
            data = self._files.read(name, limit)
        except DamagedFileError:
            raise _changed() from None
        except OSError as error:
            raise UnreadableExportError(unreadable_text(name, error)) from None
        if data is None:
            raise content_error(f"{name} is too large for this desk")
        return data


def _changed() -> UnverifiedExportError:
    return UnverifiedExportError(QT_TRANSLATE_NOOP(
        "DeskErrors", "This export changed after it was verified; verify it again before reading it."))


def _period(readme: bytes) -> ExportPeriod:
    found = _PERIOD_LINE.search(readme)
    if found is None:
        raise ExportContentError(QT_TRANSLATE_NOOP(
            "DeskErrors", "This export's csv/README.txt does not give its period."))
    try:
        return ExportPeriod(date.fromisoformat(found[1].decode()), date.fromisoformat(found[2].decode()))
    except ValueError:
        raise ExportContentError(QT_TRANSLATE_NOOP(
            "DeskErrors", "This export's csv/README.txt gives a period that is not one.")) from None


def _care_plan(data: bytes | None) -> tuple[PlanInExport | None, tuple[str, ...]]:
    """The plan in care-plan.json, or why it could not be read (the rest of the export still is)."""
    if data is None:
        return None, ()
    try:
        read = read_care_plan_file(data)
    except CarePlanFileError as error:
        return None, (str(error), *error.problems)
    return PlanInExport(read.plan, read.issued_by, read.issued_at, read.issued_by == ENTERED_BY_PATIENT), ()


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


_Record = TypeVar("_Record", bound=_Keyed)


def _unique(records: Sequence[_Record], what: str) -> Iterable[_Record]:
    """``records``; ExportContentError if two have the same key (a merge could not tell them apart)."""
    keys = [record.key for record in records]
    if len(set(keys)) != len(keys):
        raise content_error(f"a {what} is in it twice")
    return records

