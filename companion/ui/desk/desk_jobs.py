"""What the desk window's background jobs do, as plain functions over :mod:`companion.desk` (no Qt here).

Each runs on a worker thread (the window submits it through :class:`~companion.ui.desk.desk_controller.
DeskController`) and returns frozen data. Opening an export is two jobs so the verdict is on screen
before the content is read: :func:`check_export` (verify, whose export) then :func:`read_checked`
(read what verified, as a one-export timeline). A patient's page is the same two steps over every
export the desk remembers for them: :func:`check_patient_exports`, then :func:`read_patient_timeline`;
the care-plan writer starts from that timeline's plan (:func:`plan_to_start_from`). Unlocking keeps
the opened key when only the list of patients cannot be used (:func:`unlock`), so a new list can be
started without the passphrase again (:func:`start_new_list`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from companion.desk.bundle_json import ExportContentError
from companion.desk.clinician_key import UnlockedDesk, unlock_clinician_key
from companion.desk.desk_access import OpenDesk, open_desk
from companion.desk.desk_errors import (
    PatientListAlteredError,
    PatientListDamagedError,
    PatientListUnreadableError,
)
from companion.desk.desk_paths import DeskPaths, refuse_patient_folder
from companion.desk.export_reading import UnverifiedExportError, read_export
from companion.desk.export_records import DeskExport
from companion.desk.export_status import ExportStatus
from companion.desk.opened_export import OpenedExport, open_export
from companion.desk.patient_candidate import PatientCandidate
from companion.desk.patient_registry import ExportRecord, Patient, PatientRegistry
from companion.desk.timeline import PatientTimeline, merge_exports
from companion.domain.care_plan import CarePlan
from companion.export.export_files import UnreadableExportError
from companion.storage.errors import StorageError

# Known problems of a verified export's reading: each is one sentence for the clinician.
READ_ERRORS = (UnverifiedExportError, UnreadableExportError, ExportContentError)
KNOWN_ERRORS = (StorageError, *READ_ERRORS)


@dataclass(frozen=True)
class PatientSurvey:
    """What the list of patients shows of one patient's latest export, checked again now."""

    patient_id: str
    latest: ExportRecord | None  # None: no export opened for them yet
    status: ExportStatus | None  # of the latest export, checked now (None without one)
    open_flags: int | None  # in the latest export, when it is valid and could be read


@dataclass(frozen=True)
class CheckedSource:
    """One remembered export of a patient, verified again against their key."""

    record: ExportRecord
    opened: OpenedExport


@dataclass(frozen=True)
class TimelineRead:
    """A patient's valid exports read as one timeline; those that verified but could not be read."""

    timeline: PatientTimeline | None  # None: no valid export could be read
    unread: tuple[tuple[Path, str], ...] = ()  # (location, one sentence)


@dataclass(frozen=True)
class UnusableList:
    """The desk's key opened with its passphrase, but its list of patients is missing, damaged or was
    changed outside the desk (``sentence`` says which, with the ways forward)."""

    key: UnlockedDesk
    sentence: str


def unlock(paths: DeskPaths, passphrase: str) -> OpenDesk | UnusableList:
    """The desk opened, or its key with the reason its list cannot be used (only the clinician may choose
    to start a new one). A list that could not be read at all raises, like a wrong passphrase."""
    refuse_patient_folder(paths.base)
    key = unlock_clinician_key(paths.key_file, passphrase)
    try:
        return open_desk(paths, key)
    except PatientListUnreadableError:
        raise
    except (PatientListDamagedError, PatientListAlteredError) as error:
        return UnusableList(key, _sentence(error))


def start_new_list(paths: DeskPaths, key: UnlockedDesk, now: datetime) -> OpenDesk:
    """An empty list of patients in place of the unusable one, which is set aside (renamed), never deleted:
    called only from the clinician's explicit confirmation."""
    return OpenDesk(paths, key, PatientRegistry.start_new_list(paths.patients_file, key, now=now))


def latest_record(patient: Patient) -> ExportRecord | None:
    """The patient's newest export (by when it was made, else when it was opened)."""
    return max(patient.exports, key=lambda r: (r.generated_at or r.opened_at, r.opened_at), default=None)


def survey_patient(patient: Patient, registry: PatientRegistry) -> PatientSurvey:
    """The latest export's status, checked now against the patient's key, and its open flags."""
    latest = latest_record(patient)
    if latest is None:
        return PatientSurvey(patient.patient_id, None, None, None)
    opened = open_export(Path(latest.location), registry, patient)
    if not opened.status.trusted:
        return PatientSurvey(patient.patient_id, latest, opened.status, None)
    try:
        shown = read_export(opened.location, opened.verification)
    except READ_ERRORS:
        return PatientSurvey(patient.patient_id, latest, ExportStatus.UNREADABLE, None)
    return PatientSurvey(patient.patient_id, latest, opened.status, sum(flag.is_open for flag in shown.flags))


def check_export(path: Path, registry: PatientRegistry, expected: Patient | None = None) -> OpenedExport:
    """Verify the export at ``path`` and say whose it is (never raises on its content)."""
    return open_export(path, registry, expected)


def read_checked(opened: OpenedExport) -> PatientTimeline:
    """A valid export's content, as a timeline of one export (one way to show one export or several)."""
    return merge_exports([read_export(opened.location, opened.verification)])


def remember_opening(desk: OpenDesk, opened: OpenedExport, now: datetime) -> Patient | None:
    """Record the opening under the patient it is (or claims to be) from; None when it names nobody."""
    recorded = (ExportStatus.VALID_FOR_PATIENT, ExportStatus.KEY_CHANGED)
    if opened.patient is None or opened.status not in recorded:
        return None
    return desk.patients.record_export(opened.patient.patient_id, opened.record(now))


def check_patient_exports(patient: Patient, registry: PatientRegistry) -> tuple[CheckedSource, ...]:
    """Every export remembered for ``patient``, oldest first, each verified against their key now."""
    records = sorted(patient.exports, key=lambda r: (r.generated_at or r.opened_at, r.location))
    return tuple(CheckedSource(record, open_export(Path(record.location), registry, patient))
                 for record in records)


def read_patient_timeline(checked: Sequence[CheckedSource]) -> TimelineRead:
    """The valid ones read and merged; one that cannot be read is named, the others still shown."""
    exports: list[DeskExport] = []
    unread: list[tuple[Path, str]] = []
    for source in checked:
        if not source.opened.status.trusted:
            continue
        try:
            exports.append(read_export(source.opened.location, source.opened.verification))
        except READ_ERRORS as error:
            unread.append((source.opened.location, _sentence(error)))
    return TimelineRead(merge_exports(exports) if exports else None, tuple(unread))


def plan_to_start_from(patient: Patient, registry: PatientRegistry) -> CarePlan | None:
    """The plan a new care plan for ``patient`` starts from: their valid exports read as one timeline, as
    their page reads them, and the plan of the newest one carrying a plan; None when none does."""
    timeline = read_patient_timeline(check_patient_exports(patient, registry)).timeline
    return None if timeline is None or timeline.care_plan is None else timeline.care_plan.plan


def add_patient(desk: OpenDesk, candidate: PatientCandidate, name: str, now: datetime) -> Patient:
    """Remember the candidate's key as ``name``'s: called only from the clinician's explicit confirmation."""
    return desk.patients.add_patient(candidate, name, confirmed=True, now=now)


def replace_key(desk: OpenDesk, patient: Patient, candidate: PatientCandidate, now: datetime) -> Patient:
    """The patient's new key, once the clinician confirmed its fingerprint with them."""
    return desk.patients.replace_key(patient.patient_id, candidate, confirmed=True, now=now)


def _sentence(error: Exception) -> str:
    """The error's sentence as the core made it: a ``Text``, which the window shows with ``core_text``
    (these jobs never load Qt, so they never translate)."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, str) else str(error)
