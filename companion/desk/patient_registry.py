"""The patients the clinician confirmed (``patients.json``): their names, keys, and the exports opened.

A sealed JSON document like the key files (:mod:`companion.storage.key_file_parts`): a checksum for
damage, and an HMAC-SHA256 keyed from the unlocked desk secret (HKDF, its own purpose) over everything,
so nobody can swap a patient's key on disk unnoticed, not even with the checksum recomputed. Written
whole and atomically after each change; the object in memory changes only once the file did.

A missing or damaged list is never replaced quietly: forgetting every key would turn the next
re-keyed export into a mere "unknown key" instead of a loud "key changed". The damaged file is set
aside (never deleted) only when the clinician chooses to start a new list.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from companion.desk.clinician_key import UnlockedDesk
from companion.desk.desk_errors import (
    DeskError,
    PatientListAlteredError,
    PatientListDamagedError,
    PatientListUnreadableError,
    UnknownPatientError,
)
from companion.desk.export_facts import same_name
from companion.desk.export_status import ExportStatus
from companion.desk.patient_candidate import PatientCandidate
from companion.domain.texts import QT_TRANSLATE_NOOP, Text
from companion.storage import sshsig
from companion.storage.atomic import atomic_create_bytes, atomic_write_bytes, disk_error, fsync_directory
from companion.storage.key_file_parts import load_checked, mac_matches, read_at_most, sealed
from companion.storage.strict_json import exact_keys, hex_field

FORMAT = "companion-desk-patients"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_NAME_CHARS = 200
_MAC_PURPOSE = b"companion desk patients mac"
_WHAT = QT_TRANSLATE_NOOP("StorageNames", "the list of patients")
_RESTORE = QT_TRANSLATE_NOOP(
    "DeskErrors",
    "Restore patients.json from a copy of the desk folder, or start a new list and add each patient again.",
)

_TOP_KEYS = frozenset({"format", "version", "desk_key", "patients", "mac", "checksum"})
_PATIENT_KEYS = frozenset(
    {"id", "display_name", "public_key", "fingerprint", "confirmed_at", "name_in_exports", "former_keys",
     "exports"}
)
_EXPORT_KEYS = frozenset({"location", "export_id", "generated_at", "status", "opened_at", "imported"})


@dataclass(frozen=True)
class ExportRecord:
    """An export the clinician opened (``imported``: the copy in the desk folder is ``location``)."""

    location: str
    export_id: str | None
    generated_at: datetime | None
    status: ExportStatus
    opened_at: datetime
    imported: bool = False


@dataclass(frozen=True)
class Patient:
    """A patient whose key the clinician confirmed with them (``confirmed_at``)."""

    patient_id: str  # stable, random; also the folder name of their imported exports
    display_name: str  # what the clinician calls them
    public_key_line: str  # OpenSSH format, as in their patient.pub
    fingerprint: str  # as ssh-keygen -l prints it
    confirmed_at: datetime
    name_in_exports: str | None = None  # the name their exports give, to recognise a re-keyed one
    former_keys: tuple[str, ...] = ()  # fingerprints replaced by a newly confirmed key, oldest first
    exports: tuple[ExportRecord, ...] = ()

    @property
    def public_key(self) -> bytes:
        return sshsig.parse_public_key(self.public_key_line)

    def goes_by(self, name: str | None) -> bool:
        """Whether an export naming its patient ``name`` claims to be this patient's."""
        return same_name(name, self.name_in_exports) or same_name(name, self.display_name)


def clean_display_name(name: str) -> str:
    """A patient's name as the desk keeps it (trimmed, one line); DeskError if nothing usable is left."""
    cleaned = " ".join(name.split())
    if not cleaned or not cleaned.isprintable():
        raise DeskError(QT_TRANSLATE_NOOP(
            "DeskErrors", "Enter a name for this patient, as you would like to see it on the desk."))
    if len(cleaned) > MAX_NAME_CHARS:
        raise DeskError(QT_TRANSLATE_NOOP(
            "DeskErrors", "Shorten the patient's name to at most %1 characters.").arg(MAX_NAME_CHARS))
    return cleaned


def _already_theirs(name: str) -> Text:
    #: %1 is a patient's name, as the clinician wrote it
    return QT_TRANSLATE_NOOP("DeskErrors", "This key is already %1's; the list was left as it is.").arg(name)


def _timestamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _when(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError("a time is not text")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("a time has no UTC offset")
    return moment


def _optional_text(value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError("expected text or null")
    return value


# --- to and from JSON -------------------------------------------------------------------------------


def _export_json(record: ExportRecord) -> dict[str, Any]:
    return {
        "location": record.location,
        "export_id": record.export_id,
        "generated_at": None if record.generated_at is None else record.generated_at.isoformat(),
        "status": record.status.value,
        "opened_at": _timestamp(record.opened_at),
        "imported": record.imported,
    }


def _patient_json(patient: Patient) -> dict[str, Any]:
    return {
        "id": patient.patient_id,
        "display_name": patient.display_name,
        "public_key": patient.public_key_line,
        "fingerprint": patient.fingerprint,
        "confirmed_at": _timestamp(patient.confirmed_at),
        "name_in_exports": patient.name_in_exports,
        "former_keys": list(patient.former_keys),
        "exports": [_export_json(record) for record in patient.exports],
    }


def _export_from_json(data: object) -> ExportRecord:
    record = exact_keys(data, _EXPORT_KEYS)
    location = record["location"]
    if not isinstance(location, str) or not location or type(record["imported"]) is not bool:
        raise ValueError("bad export record")
    generated_at = record["generated_at"]
    return ExportRecord(
        location=location,
        export_id=_optional_text(record["export_id"]),
        generated_at=None if generated_at is None else _when(generated_at),
        status=ExportStatus(record["status"]),
        opened_at=_when(record["opened_at"]),
        imported=record["imported"],
    )


def _patient_from_json(data: object) -> Patient:
    entry = exact_keys(data, _PATIENT_KEYS)
    hex_field(entry, "id", 16)
    if not isinstance(entry["display_name"], str) or clean_display_name(entry["display_name"]) != entry[
        "display_name"
    ]:
        raise ValueError("bad display name")
    if not isinstance(entry["public_key"], str):
        raise ValueError("bad public key")
    key = sshsig.parse_public_key(entry["public_key"])
    if entry["public_key"] != sshsig.public_key_line(key) or entry["fingerprint"] != sshsig.fingerprint(key):
        raise ValueError("the key and its fingerprint do not match")
    former = entry["former_keys"]
    exports = entry["exports"]
    if not isinstance(former, list) or not isinstance(exports, list):
        raise ValueError("bad lists")
    if not all(isinstance(f, str) for f in former):
        raise ValueError("a former key is not text")
    return Patient(
        patient_id=entry["id"],
        display_name=entry["display_name"],
        public_key_line=entry["public_key"],
        fingerprint=entry["fingerprint"],
        confirmed_at=_when(entry["confirmed_at"]),
        name_in_exports=_optional_text(entry["name_in_exports"]),
        former_keys=tuple(former),
        exports=tuple(_export_from_json(item) for item in exports),
    )


# --- the registry -----------------------------------------------------------------------------------


class PatientRegistry:
    """The desk's list of patients, as on disk. Every change is written before it shows here."""

    def __init__(self, path: Path, desk: UnlockedDesk, patients: Iterable[Patient]) -> None:
        self._path = path
        self._mac_key = desk.mac_key(_MAC_PURPOSE)
        self._desk_key = desk.fingerprint
        self._patients: tuple[Patient, ...] = tuple(patients)

    # reading

    @classmethod
    def create(cls, path: Path, desk: UnlockedDesk) -> PatientRegistry:
        """A new, empty list at ``path``; DeskError if one is there already (it is never overwritten)."""
        registry = cls(path, desk, ())
        if not atomic_create_bytes(path, registry._document_bytes(()), what=_WHAT):
            raise DeskError(QT_TRANSLATE_NOOP(
                "DeskErrors", "The desk folder already holds a list of patients; it was left as it is."))
        return registry

    @classmethod
    def load(cls, path: Path, desk: UnlockedDesk) -> PatientRegistry:
        """The list at ``path``, once its MAC proves the desk wrote it.

        PatientListDamagedError if it is missing or damaged (PatientListUnreadableError, a subclass, when it
        could not be read at all); PatientListAlteredError if it was changed outside the desk or belongs
        to another desk key.
        """
        try:
            raw = read_at_most(path, MAX_FILE_BYTES)
        except FileNotFoundError:
            #: %1 is the list's file name; %2 says how to restore it
            raise PatientListDamagedError(QT_TRANSLATE_NOOP(
                "DeskErrors",
                "The list of patients (%1) is missing from the desk folder, so no export can be checked "
                "against a remembered key. %2",
            ).arg(path.name, _RESTORE)) from None
        except OSError:
            raise PatientListUnreadableError(QT_TRANSLATE_NOOP(
                "DeskErrors",
                "The list of patients (%1) could not be read. Check the desk folder's permissions and the "
                "drive, then try again.",
            ).arg(path.name)) from None
        #: %1 is the list's file name; %2 says how to restore it
        damaged = PatientListDamagedError(QT_TRANSLATE_NOOP(
            "DeskErrors", "The list of patients (%1) is damaged. %2").arg(path.name, _RESTORE))
        try:
            document = load_checked(raw if raw is not None else b"")
            exact_keys(document, _TOP_KEYS)
            version = document["version"]
            if document["format"] != FORMAT or version != VERSION or type(version) is not int:
                raise ValueError("not a list of patients of this version")
            hex_field(document, "mac", 32)
        except ValueError:
            raise damaged from None
        registry = cls(path, desk, ())
        if document["desk_key"] != registry._desk_key or not mac_matches(document, registry._mac_key):
            #: %1 is the list's file name; %2 says how to restore it
            raise PatientListAlteredError(QT_TRANSLATE_NOOP(
                "DeskErrors",
                "The list of patients (%1) was changed outside the desk, so the patients' keys in it cannot "
                "be trusted. %2",
            ).arg(path.name, _RESTORE))
        try:
            if not isinstance(document["patients"], list):
                raise ValueError("patients is not a list")
            patients = tuple(_patient_from_json(entry) for entry in document["patients"])
            if len({p.patient_id for p in patients}) != len(patients):
                raise ValueError("two patients share an id")
        except (ValueError, DeskError):  # a name the desk would never have written is damage too
            raise damaged from None
        registry._patients = patients
        return registry

    @classmethod
    def start_new_list(cls, path: Path, desk: UnlockedDesk, *, now: datetime) -> PatientRegistry:
        """An empty list in place of a missing or damaged one, which is set aside (renamed), never deleted."""
        if path.exists() or path.is_symlink():
            aside = path.with_name(f"{path.name}.set-aside-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}")
            try:
                path.replace(aside)
                fsync_directory(path.parent)
            except OSError as error:
                raise disk_error(error, _WHAT) from None
        return cls.create(path, desk)

    @property
    def patients(self) -> tuple[Patient, ...]:
        return self._patients

    def patient(self, patient_id: str) -> Patient:
        for patient in self._patients:
            if patient.patient_id == patient_id:
                return patient
        raise UnknownPatientError(QT_TRANSLATE_NOOP(
            "DeskErrors", "That patient is no longer on the desk's list; open the list again."))

    def by_fingerprint(self, fingerprint: str | None) -> Patient | None:
        """The patient whose current key this is, if any."""
        return next((p for p in self._patients if p.fingerprint == fingerprint), None)

    def by_former_fingerprint(self, fingerprint: str | None) -> Patient | None:
        """The patient who once had this key and has since confirmed another."""
        return next((p for p in self._patients if fingerprint in p.former_keys), None)

    def going_by(self, name: str | None) -> tuple[Patient, ...]:
        """The patients an export naming its patient ``name`` may claim to come from."""
        return tuple(p for p in self._patients if p.goes_by(name))

    # changing

    def add_patient(
        self, candidate: PatientCandidate, display_name: str, *, confirmed: bool, now: datetime
    ) -> Patient:
        """Remember ``candidate``'s key as ``display_name``'s, once the clinician confirmed the fingerprint.

        ``confirmed`` must be True: the clinician compared the fingerprint with the one the patient read
        out. DeskError otherwise, or if the key already belongs to a patient on the list.
        """
        _require_confirmation(confirmed)
        existing = self.by_fingerprint(candidate.fingerprint)
        if existing is not None:
            raise DeskError(_already_theirs(existing.display_name))
        patient = Patient(
            patient_id=uuid.uuid4().hex,
            display_name=clean_display_name(display_name),
            public_key_line=candidate.public_key_line,
            fingerprint=candidate.fingerprint,
            confirmed_at=now,
            name_in_exports=candidate.suggested_name or None,
        )
        self._save((*self._patients, patient))
        return patient

    def rename_patient(self, patient_id: str, display_name: str) -> Patient:
        return self._update(replace(self.patient(patient_id), display_name=clean_display_name(display_name)))

    def replace_key(
        self, patient_id: str, candidate: PatientCandidate, *, confirmed: bool, now: datetime
    ) -> Patient:
        """A patient's new key (a new computer, a reinstall), after the clinician confirmed it with them.

        The old fingerprint is kept in ``former_keys``; exports it signed will show as "key changed".
        """
        _require_confirmation(confirmed)
        patient = self.patient(patient_id)
        other = self.by_fingerprint(candidate.fingerprint)
        if other is not None:
            raise DeskError(_already_theirs(other.display_name))
        return self._update(
            replace(
                patient,
                public_key_line=candidate.public_key_line,
                fingerprint=candidate.fingerprint,
                confirmed_at=now,
                name_in_exports=candidate.suggested_name or patient.name_in_exports,
                former_keys=(*patient.former_keys, patient.fingerprint),
            )
        )

    def record_export(self, patient_id: str, record: ExportRecord) -> Patient:
        """Remember that this patient's export was opened or imported; one record per location, the latest."""
        patient = self.patient(patient_id)
        kept = tuple(r for r in patient.exports if r.location != record.location)
        return self._update(replace(patient, exports=(*kept, record)))

    def _update(self, changed: Patient) -> Patient:
        self._save(tuple(changed if p.patient_id == changed.patient_id else p for p in self._patients))
        return changed

    def _document_bytes(self, patients: tuple[Patient, ...]) -> bytes:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "desk_key": self._desk_key,
            "patients": [_patient_json(p) for p in patients],
        }
        return sealed(document, self._mac_key)

    def _save(self, patients: tuple[Patient, ...]) -> None:
        atomic_write_bytes(self._path, self._document_bytes(patients), what=_WHAT)
        self._patients = patients


def _require_confirmation(confirmed: bool) -> None:
    if confirmed is not True:
        raise DeskError(QT_TRANSLATE_NOOP(
            "DeskErrors",
            "Confirm the fingerprint with the patient first (they can read it from their Settings page or "
            "their export's first page); the desk remembers a key only after that.",
        ))
