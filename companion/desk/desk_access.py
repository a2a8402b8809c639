"""Setting up and opening the clinician's desk: its folder, the clinician's key and the list of patients.

What ``companion desk`` does before its first window (off the GUI thread: unlocking costs one Argon2id
derivation). Needs no patient vault, and refuses a folder that is a patient's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from companion.desk.clinician_key import UnlockedDesk, create_clinician_key, unlock_clinician_key
from companion.desk.desk_errors import DeskExistsError
from companion.desk.desk_paths import DeskPaths, refuse_patient_folder
from companion.desk.patient_registry import PatientRegistry
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.kdf import Argon2Params


@dataclass(frozen=True)
class OpenDesk:
    """An unlocked desk: where it lives, the clinician's key, the patients they confirmed."""

    paths: DeskPaths
    key: UnlockedDesk
    patients: PatientRegistry


def desk_exists(paths: DeskPaths) -> bool:
    """Whether the folder holds a clinician's key (so the desk asks for its passphrase, not a set-up)."""
    return paths.key_file.exists() or paths.key_file.is_symlink()


def create_desk(
    paths: DeskPaths, clinician_name: str, passphrase: str, params: Argon2Params, *, now: datetime
) -> OpenDesk:
    """A new desk in ``paths.base`` (made 0700): the clinician's key, then an empty list of patients.

    PatientFolderRefusedError for a patient's folder; DeskExistsError if a desk (or a list of patients
    left without its key) is already there, which is never overwritten.
    """
    paths.ensure_base()
    if paths.patients_file.exists() and not desk_exists(paths):
        raise DeskExistsError(QT_TRANSLATE_NOOP(
            "DeskErrors",
            "%1 holds a list of patients but no clinician key, so it was left as it is. Restore "
            "clinician.key from a copy of the desk folder, or choose another folder.",
        ).arg(paths.base))
    key = create_clinician_key(paths.key_file, clinician_name, passphrase, params, now=now)
    try:
        patients = PatientRegistry.create(paths.patients_file, key)
    except BaseException:
        paths.key_file.unlink(missing_ok=True)  # made a moment ago; it guards nothing yet
        raise
    return OpenDesk(paths, key, patients)


def unlock_desk(paths: DeskPaths, passphrase: str) -> OpenDesk:
    """The desk in ``paths.base`` opened with ``passphrase``: :func:`open_desk` of the unlocked key.

    Reads only, never writes. WrongDeskPassphraseError, NoDeskError, DeskKeyDamagedError,
    DeskKeyAlteredError, PatientFolderRefusedError; then those of :func:`open_desk`.
    """
    refuse_patient_folder(paths.base)
    return open_desk(paths, unlock_clinician_key(paths.key_file, passphrase))


def open_desk(paths: DeskPaths, key: UnlockedDesk) -> OpenDesk:
    """The desk with its list of patients, for a key already unlocked.

    PatientListDamagedError (missing, damaged; PatientListUnreadableError when it could not be read at
    all) or PatientListAlteredError (changed outside the desk): a UI that unlocked the key with
    :func:`~companion.desk.clinician_key.unlock_clinician_key` first can then offer
    :meth:`~companion.desk.patient_registry.PatientRegistry.start_new_list` without asking for the
    passphrase again.
    """
    return OpenDesk(paths, key, PatientRegistry.load(paths.patients_file, key))
