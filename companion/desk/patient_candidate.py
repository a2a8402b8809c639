"""A patient the desk could remember: a key read from a first export (or a ``patient.pub``), its
fingerprint, and a suggested name, waiting for the clinician to confirm the fingerprint with the patient.

Nothing is remembered here: :meth:`companion.desk.patient_registry.PatientRegistry.add_patient` does that,
and only once the clinician says the fingerprint matched what the patient read out. An export must
verify (intact and signed by the key in its own ``patient.pub``) before its key is offered at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.desk.desk_errors import CandidateRefusedError
from companion.desk.export_facts import ExportFacts, read_export_facts
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.export.export_files import DamagedFileError, UnreadableExportError, display_name, open_export
from companion.export.manifest import PUBLIC_KEY_NAME
from companion.export.verify import VerifyResult, VerifyStatus, verify_export
from companion.storage import sshsig


@dataclass(frozen=True)
class PatientCandidate:
    """A key to confirm with the patient before it is remembered."""

    public_key: bytes
    source: Path  # the export or public-key file it came from
    suggested_name: str  # the name the export gives its patient; "" when it gives none
    facts: ExportFacts | None = None  # None for a patient.pub
    verification: VerifyResult | None = None  # None for a patient.pub

    @property
    def fingerprint(self) -> str:
        """``SHA256:…``: what the patient reads from their Settings page, or the export's page 1."""
        return sshsig.fingerprint(self.public_key)

    @property
    def fingerprint_line(self) -> str:
        """Exactly what ``ssh-keygen -l -f patient.pub`` prints."""
        return sshsig.fingerprint_line(self.public_key)

    @property
    def public_key_line(self) -> str:
        return sshsig.public_key_line(self.public_key)


def candidate_from_export(path: Path) -> PatientCandidate:
    """The key that signed the export at ``path`` (folder or zip), once the export verified.

    CandidateRefusedError (with the verification, to list its problems) if the export is altered,
    unreadable or otherwise not valid: an export that does not check out cannot introduce anyone.
    """
    result = verify_export(path)
    shown = display_name(str(path))
    if result.status is VerifyStatus.UNREADABLE:
        reason = result.problems[0].message if result.problems else QT_TRANSLATE_NOOP(
            "DeskErrors", "It could not be read.")
        #: %1 is the export's name, %2 the reason (a sentence)
        raise CandidateRefusedError(
            QT_TRANSLATE_NOOP("DeskErrors", "%1 could not be checked: %2").arg(shown, reason), result)
    if result.status is not VerifyStatus.VALID:
        raise CandidateRefusedError(
            QT_TRANSLATE_NOOP(
                "DeskErrors",
                "%1 does not verify (it was altered after it was signed, or is not an export), so its key "
                "cannot be trusted. Ask the patient for a new export.",
            ).arg(shown),
            result,
        )
    return candidate_from_verified(path, result, read_export_facts(path))


def candidate_from_verified(path: Path, result: VerifyResult, facts: ExportFacts) -> PatientCandidate:
    """The candidate of an export already verified as valid (``result``), without checking it twice."""
    if result.status is not VerifyStatus.VALID and result.status is not VerifyStatus.DIFFERENT_KEY:
        raise ValueError("only an intact, signed export can introduce a patient")
    key = _key_verify_saw(path, result)
    return PatientCandidate(key, path, facts.patient_name or "", facts, result)


def _key_verify_saw(path: Path, result: VerifyResult) -> bytes:
    """The key in the export's ``patient.pub``, confirmed to be the one ``verify_export`` checked with.

    The result names the key by fingerprint only; the desk must remember the key itself, so it reads
    ``patient.pub`` again through the same reader. Had the export changed in between, it says so.
    """
    sentence = QT_TRANSLATE_NOOP("DeskErrors", "%1 changed while it was being read; open it again.")
    changed = CandidateRefusedError(sentence.arg(display_name(str(path))), result)
    try:
        with open_export(path) as files:
            data = files.read(PUBLIC_KEY_NAME, sshsig.MAX_PUBLIC_KEY_FILE_BYTES)
        key = sshsig.parse_public_key(data if data is not None else b"")
    except (UnreadableExportError, DamagedFileError, OSError, KeyError, sshsig.MalformedError):
        raise changed from None
    if sshsig.fingerprint(key) != result.fingerprint:
        raise changed
    return key


def candidate_from_public_key(path: Path) -> PatientCandidate:
    """The key in a ``patient.pub`` the patient gave (OpenSSH format), or CandidateRefusedError."""
    shown = display_name(str(path))
    try:
        with path.open("rb") as stream:
            data = stream.read(sshsig.MAX_PUBLIC_KEY_FILE_BYTES + 1)
    except IsADirectoryError:
        raise CandidateRefusedError(QT_TRANSLATE_NOOP(
            "DeskErrors",
            "%1 is a folder; choose the patient's patient.pub file, or add them from their export.",
        ).arg(shown)) from None
    except OSError as error:
        #: %2 is the system's reason, in English
        raise CandidateRefusedError(
            QT_TRANSLATE_NOOP(
                "DeskErrors", "%1 could not be read (%2).").arg(shown, error.strerror)) from None
    try:
        key = sshsig.parse_public_key(data)
    except sshsig.MalformedError as error:
        #: %2 is the technical reason, in English
        raise CandidateRefusedError(QT_TRANSLATE_NOOP(
            "DeskErrors", "%1 is not a patient's key: %2. Choose the patient.pub file from their export.",
        ).arg(shown, str(error))) from None
    return PatientCandidate(key, path, "")
