"""Opening an export on the desk: the verification status first (DESIGN.md §2), against the keys the
clinician confirmed.

The checks themselves are :func:`companion.export.verify.verify_export`'s (manifest, every file, the
signature, and, given a key, whether ``patient.pub`` is that key); this module decides what they mean
for this clinician: whose export it is, or why it is not to be trusted. An export signed by another key
than the patient's is never reported as valid, only as a loud :attr:`ExportStatus.KEY_CHANGED`.

Reading only: nothing is written. The UI records the opening with :meth:`OpenedExport.record` and
:meth:`companion.desk.patient_registry.PatientRegistry.record_export` once it has shown the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from companion.desk.export_facts import ExportFacts, read_export_facts
from companion.desk.export_status import ExportStatus
from companion.desk.patient_candidate import PatientCandidate, candidate_from_verified
from companion.desk.patient_registry import ExportRecord, Patient, PatientRegistry
from companion.export.verify import Problem, VerifyResult, VerifyStatus, verify_export


@dataclass(frozen=True)
class OpenedExport:
    """The desk's verdict on one export, with what the UI needs to say it."""

    status: ExportStatus
    location: Path
    verification: VerifyResult
    # VALID_FOR_PATIENT: whose it is. KEY_CHANGED: the patient it was expected or claims to be from.
    patient: Patient | None = None
    # KEY_CHANGED: every patient the export may claim to be (more than one if names collide).
    claimed_by: tuple[Patient, ...] = ()
    # KEY_CHANGED: whose key did sign it, if it is another patient's (current or former) key.
    signed_by: Patient | None = None
    facts: ExportFacts = field(default_factory=ExportFacts)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """ALTERED and UNREADABLE: each finding, naming its file (``Problem.file``)."""
        return tuple(p for p in self.verification.problems if p.kind != "different_key")

    @property
    def altered_files(self) -> tuple[str, ...]:
        """The files the problems name, once each, in the order found."""
        return tuple(dict.fromkeys(p.file for p in self.problems if p.file))

    @property
    def fingerprint(self) -> str | None:
        """The fingerprint of the key that signed it (of ``patient.pub``), when it could be read."""
        return self.verification.fingerprint

    @property
    def expected_fingerprint(self) -> str | None:
        """KEY_CHANGED: the fingerprint the clinician confirmed with the patient."""
        return self.patient.fingerprint if self.status is ExportStatus.KEY_CHANGED and self.patient else None

    def candidate(self) -> PatientCandidate | None:
        """UNKNOWN_KEY: the key, to offer adding it as a new patient once confirmed. KEY_CHANGED: the new
        key, for :meth:`~companion.desk.patient_registry.PatientRegistry.replace_key` once the patient
        confirmed it. None otherwise. CandidateRefusedError if the export changed since it was checked."""
        if self.status not in (ExportStatus.UNKNOWN_KEY, ExportStatus.KEY_CHANGED):
            return None
        return candidate_from_verified(self.location, self.verification, self.facts)

    def record(self, now: datetime, *, location: Path | None = None, imported: bool = False) -> ExportRecord:
        """What the list of patients keeps about this opening."""
        return ExportRecord(
            location=str((location or self.location).absolute()),
            export_id=self.facts.export_id,
            generated_at=self.facts.generated_at,
            status=self.status,
            opened_at=now,
            imported=imported,
        )

    def summary(self) -> list[str]:
        """Plain English lines, status first (for the command line; the UI words its own by status)."""
        who = self.patient.display_name if self.patient else None
        found = self.fingerprint
        if self.status is ExportStatus.VALID_FOR_PATIENT:
            head = [f"VALID for {who}: every file matches, signed by the key you confirmed ({found})."]
        elif self.status is ExportStatus.KEY_CHANGED:
            head = [
                f"WARNING: KEY CHANGED. This export is meant to be {who}'s, but a DIFFERENT KEY signed it "
                f"({found}, not the {self.expected_fingerprint} you confirmed with them).",
                "It may not come from them: call them and compare fingerprints before trusting any of it.",
            ]
            if self.signed_by is not None:
                head.append(f"The key that signed it is {self.signed_by.display_name}'s.")
        elif self.status is ExportStatus.UNKNOWN_KEY:
            head = [
                f"UNKNOWN KEY: the export is intact, but its key ({found}) is none of your patients'.",
                "Confirm the fingerprint with the patient before adding them.",
            ]
        elif self.status is ExportStatus.UNREADABLE:
            head = ["UNREADABLE: this export could not be checked."]
        else:
            head = ["ALTERED: this export was changed after it was signed, or is not an export."]
        return [*head, *(f"  {p.message}" for p in self.problems)]


def open_export(
    path: Path, registry: PatientRegistry, expected_patient: Patient | None = None
) -> OpenedExport:
    """Verify the export folder or zip at ``path`` and say whose it is, against ``registry``'s keys.

    ``expected_patient``: the patient the clinician opened it for (from their page). Without one, the
    signing key finds the patient; failing that, an export whose patient name is a known patient's is
    KEY_CHANGED, and any other is UNKNOWN_KEY. Never raises on the export's content.
    """
    key = expected_patient.public_key_line if expected_patient is not None else None
    result = verify_export(path, key)
    if result.status is VerifyStatus.UNREADABLE:
        return OpenedExport(ExportStatus.UNREADABLE, path, result)
    if result.status is VerifyStatus.ALTERED:
        return OpenedExport(ExportStatus.ALTERED, path, result)
    facts = read_export_facts(path)
    signer = registry.by_fingerprint(result.fingerprint)
    if expected_patient is not None:
        if result.status is VerifyStatus.VALID:
            return OpenedExport(ExportStatus.VALID_FOR_PATIENT, path, result, expected_patient, facts=facts)
        return _key_changed(path, result, (expected_patient,), registry, facts)
    if signer is not None:
        return OpenedExport(ExportStatus.VALID_FOR_PATIENT, path, result, signer, facts=facts)
    claimed = registry.going_by(facts.patient_name)
    former = registry.by_former_fingerprint(result.fingerprint)
    if former is not None and former not in claimed:
        claimed = (former, *claimed)
    if claimed:
        return _key_changed(path, result, claimed, registry, facts)
    return OpenedExport(ExportStatus.UNKNOWN_KEY, path, result, facts=facts)


def _key_changed(
    path: Path,
    result: VerifyResult,
    claimed: tuple[Patient, ...],
    registry: PatientRegistry,
    facts: ExportFacts,
) -> OpenedExport:
    signer = registry.by_fingerprint(result.fingerprint) or registry.by_former_fingerprint(result.fingerprint)
    signed_by = signer if signer is not None and signer.patient_id != claimed[0].patient_id else None
    return OpenedExport(
        ExportStatus.KEY_CHANGED,
        path,
        result,
        claimed[0],
        claimed_by=claimed,
        signed_by=signed_by,
        facts=facts,
    )
