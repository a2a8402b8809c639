"""The desk's known errors: each ``str()`` is one calm sentence with a way forward, and no patient data.

They are :class:`~companion.storage.errors.StorageError` subclasses, so the UI's split between a known
error (shown as a sentence) and a bug (the crash dialog) treats them as known without a new rule.
"""

from __future__ import annotations

from companion.domain.texts import QT_TRANSLATE_NOOP, Text
from companion.export.verify import VerifyResult
from companion.storage.errors import StorageError


class DeskError(StorageError):
    """A known problem of the clinician's desk."""


class PatientFolderRefusedError(DeskError):
    """The folder chosen for the desk holds (or is) a patient's data folder."""


class NoDeskError(DeskError):
    """The desk folder has no clinician key yet: the desk must be set up first."""


class DeskExistsError(DeskError):
    """A clinician key already exists where a new one was to be made; it was left as it is."""


class WrongDeskPassphraseError(DeskError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "DeskErrors", "That passphrase did not open the desk. Check it and try again."))


class DeskPassphraseRefusedError(DeskError):
    """A new desk passphrase the passphrase policy refuses; the reasons are in the sentence."""


class DeskKeyDamagedError(DeskError):
    """The clinician key file cannot be read or does not match its own checksum."""


class DeskKeyAlteredError(DeskError):
    """The clinician key file was changed after the desk wrote it."""


class PatientListDamagedError(DeskError):
    """The list of patients is missing or damaged: restore it from a copy, or start a new list."""


class PatientListUnreadableError(PatientListDamagedError):
    """The list of patients is there but could not be read (permissions, the drive): try again, nothing
    to start over from."""


class PatientListAlteredError(DeskError):
    """The list of patients was changed outside the desk (its MAC does not match): no key in it is trusted."""


class UnknownPatientError(DeskError):
    """A patient id the list does not hold (the UI held a stale one)."""


class CandidateRefusedError(DeskError):
    """An export or public key that cannot introduce a patient (altered, unreadable, not a key).

    ``verification`` is the export's check, when there was one, so the UI can list its problems.
    """

    def __init__(self, message: Text | str, verification: VerifyResult | None = None) -> None:
        super().__init__(message)
        self.verification = verification


class ImportRefusedError(DeskError):
    """An export that cannot be copied into the desk (not valid for a known patient, or already there)."""
