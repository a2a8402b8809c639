"""What the care-plan editor reads and saves: the plan and its versions, a clinician's file (Qt-free).

The functions run off the GUI thread and return plain data; a refused file comes back as its
problems, an unreadable one as the ``OSError``, something that is not a file at all as
:class:`NotARegularFile`, so the editor can say which in a sentence of its own. The storage modules are
imported when first used: the setup wizard shows the editor before any vault exists (cold start).

Importing a clinician's file (DESIGN.md §2) takes three steps. :func:`read_care_plan_bytes` reads what
the patient picked, in the background but not on the database thread: a pipe, a device or a slow disk
must never hold the one writer (issue 12 #13). :func:`review_care_plan_file` (on the database thread)
reads the bytes, plain or signed, and says who signed them with which key, whether the patient confirmed
that key, and what the plan changes against the plan in force; it changes nothing. If the patient accepts,
:func:`accept_care_plan_import` stores the plan with its signer and, when the patient has confirmed
the key with the clinician, remembers the key, in one transaction. Declining is not calling it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from companion.domain.care_plan_changes import PlanChange, care_plan_changes
from companion.domain.care_plan_file import (
    FILE_TOO_LARGE,
    MAX_FILE_BYTES,
    CarePlanFile,
    CarePlanFileError,
    read_care_plan_file,
    write_care_plan_file,
)
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.errors import StorageError  # small: no database or crypto at import

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from companion.domain.care_plan import CarePlan
    from companion.storage.care_plans import CarePlanRecord
    from companion.storage.clinician_keys import ClinicianKey
    from companion.storage.vault import OpenVault


@dataclass(frozen=True)
class CarePlans:
    """The plan in force and every saved version (what the editor shows)."""

    current: CarePlanRecord | None
    history: list[CarePlanRecord]


@dataclass(frozen=True)
class CarePlanFileProblems:
    """Everything wrong with a refused care-plan file."""

    problems: list[str]


def load_care_plans(vault: OpenVault) -> CarePlans:
    from companion.storage.care_plans import CarePlanRepository

    repository = CarePlanRepository(vault.database)
    return CarePlans(repository.current(), repository.history())


def save_care_plan(vault: OpenVault, plan: CarePlan, *, at: datetime, source: str,
                   issued_by: str | None) -> tuple[CarePlanRecord, CarePlans]:
    """Save ``plan`` as the new version (``source`` "entered" or "imported"); the record and what the
    editor shows next. A plan the repository refuses raises :class:`CarePlanError`."""
    from companion.storage.care_plans import CarePlanRepository

    record = CarePlanRepository(vault.database).save(plan, at=at, source=source, issued_by=issued_by)
    return record, load_care_plans(vault)


@dataclass(frozen=True)
class NotARegularFile:
    """What the patient picked is a folder, a pipe, a device or a socket: nothing was read from it."""

    is_folder: bool


# Opening never waits: not for a pipe's writer, not for a device (O_NONBLOCK), nor makes a terminal
# this process's own (O_NOCTTY). Windows has neither flag, nor pipes among files.
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))


def read_care_plan_bytes(path: Path) -> bytes | CarePlanFileProblems | NotARegularFile | OSError:
    """The bytes of the file the patient picked, checked to be a regular file of sane size before a byte
    is read (on the opened file itself, so it cannot be swapped in between). Never more than one byte
    past the size limit, so a file that grows while read still says it is too large.

    Run it in the background, not on the database thread: a slow disk may still take its time."""
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:  # a socket cannot be opened, nor a folder on Windows: say what they are
        return _not_regular(path) or error
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            return NotARegularFile(is_folder=stat.S_ISDIR(info.st_mode))
        if info.st_size > MAX_FILE_BYTES:
            return CarePlanFileProblems([FILE_TOO_LARGE])
        os.set_blocking(descriptor, True)  # a regular file: reads wait for the disk, as they should
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            return file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return error
    finally:
        os.close(descriptor)


def _not_regular(path: Path) -> NotARegularFile | None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    return None if stat.S_ISREG(mode) else NotARegularFile(is_folder=stat.S_ISDIR(mode))


def read_care_plan_path(path: Path) -> CarePlanFile | CarePlanFileProblems | NotARegularFile | OSError:
    """Read and check a clinician's plain (unsigned) care-plan file (in the background, as above)."""
    data = read_care_plan_bytes(path)
    if not isinstance(data, bytes):
        return data
    try:
        return read_care_plan_file(data)
    except CarePlanFileError as error:
        return CarePlanFileProblems(error.problems)


def export_care_plan(record: CarePlanRecord, path: Path, *, issued_by: str, at: datetime) -> None:
    """Write the saved plan as a care-plan file at ``path`` (atomically)."""
    from companion.storage.atomic import atomic_write_bytes

    data = write_care_plan_file(record.plan, issued_by, at)
    atomic_write_bytes(path, data, what=QT_TRANSLATE_NOOP("StorageNames", "the care-plan file"))


# --- importing a clinician's file, signed or not ------------------------------------------------


class SignatureStatus(StrEnum):
    """Who vouches for a file, as far as the patient can tell."""

    UNSIGNED = "unsigned"  # anyone could have written it: say so plainly
    SIGNED_BY_CONFIRMED_KEY = "signed_by_confirmed_key"  # a key the patient confirmed with the clinician
    SIGNED_BY_NEW_KEY = "signed_by_new_key"  # no key confirmed yet: confirm this fingerprint with them
    SIGNED_BY_OTHER_KEY = "signed_by_other_key"  # a key is confirmed and this one is not it: loud


class ImportChoice(StrEnum):
    """What the patient chose; each status allows only some (:attr:`CarePlanImportReview.choices`)."""

    ACCEPT = "accept"  # signed by a confirmed key
    CONFIRM_KEY_AND_ACCEPT = "confirm_key_and_accept"  # the clinician confirmed the fingerprint: remember it
    ACCEPT_UNCONFIRMED = "accept_unconfirmed"  # use it although no confirmed key vouches for it


CHOICES: Mapping[SignatureStatus, frozenset[ImportChoice]] = {
    SignatureStatus.UNSIGNED: frozenset({ImportChoice.ACCEPT_UNCONFIRMED}),
    SignatureStatus.SIGNED_BY_CONFIRMED_KEY: frozenset({ImportChoice.ACCEPT}),
    SignatureStatus.SIGNED_BY_NEW_KEY: frozenset({ImportChoice.CONFIRM_KEY_AND_ACCEPT,
                                                  ImportChoice.ACCEPT_UNCONFIRMED}),
    SignatureStatus.SIGNED_BY_OTHER_KEY: frozenset({ImportChoice.CONFIRM_KEY_AND_ACCEPT,
                                                    ImportChoice.ACCEPT_UNCONFIRMED}),
}


@dataclass(frozen=True)
class CarePlanImportReview:
    """What the patient sees before accepting a clinician's file; nothing is stored yet."""

    plan: CarePlan
    issued_by: str  # who wrote it; for a signed file, the signer's name the signature covers
    issued_at: datetime
    status: SignatureStatus
    fingerprint: str | None  # the signing key's "SHA256:…" (None when unsigned)
    signer_public_key: bytes | None  # the signing key (None when unsigned)
    signer_key: ClinicianKey | None  # the confirmed key that signed it (SIGNED_BY_CONFIRMED_KEY only)
    confirmed_keys: tuple[ClinicianKey, ...]  # every key the patient confirmed, first one first
    current: CarePlanRecord | None  # the plan in force that the changes are against
    changes: tuple[PlanChange, ...]  # field by field; every field when there is no plan in force

    @property
    def choices(self) -> frozenset[ImportChoice]:
        return CHOICES[self.status]


class CarePlanReviewOutdatedError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "Your care plan or the clinician keys you confirmed changed while this file was open, so nothing "
            "was saved. Open the file again to see what it changes now.",
        ))


def _status(fingerprint: str | None, confirmed: tuple[ClinicianKey, ...]) -> SignatureStatus:
    if fingerprint is None:
        return SignatureStatus.UNSIGNED
    if any(key.fingerprint == fingerprint for key in confirmed):
        return SignatureStatus.SIGNED_BY_CONFIRMED_KEY
    return SignatureStatus.SIGNED_BY_OTHER_KEY if confirmed else SignatureStatus.SIGNED_BY_NEW_KEY


def review_care_plan_file(vault: OpenVault, data: bytes) -> CarePlanImportReview | CarePlanFileProblems:
    """The review of a file's bytes (plain or signed), or everything wrong with it. Reads only."""
    from companion.storage.care_plans import CarePlanRepository
    from companion.storage.clinician_keys import ClinicianKeyRepository
    from companion.storage.signed_care_plan import SignedCarePlanFile, read_imported_care_plan

    try:
        read = read_imported_care_plan(data)
    except CarePlanFileError as error:
        return CarePlanFileProblems(error.problems)
    signed = read if isinstance(read, SignedCarePlanFile) else None
    fingerprint = None if signed is None else signed.fingerprint
    current = CarePlanRepository(vault.database).current()
    confirmed = tuple(ClinicianKeyRepository(vault.database).confirmed_keys())
    return CarePlanImportReview(
        plan=read.plan, issued_by=read.issued_by, issued_at=read.issued_at,
        status=_status(fingerprint, confirmed), fingerprint=fingerprint,
        signer_public_key=None if signed is None else signed.signer_public_key,
        signer_key=next((key for key in confirmed if key.fingerprint == fingerprint), None),
        confirmed_keys=confirmed, current=current,
        changes=tuple(care_plan_changes(None if current is None else current.plan, read.plan)),
    )


def accept_care_plan_import(vault: OpenVault, review: CarePlanImportReview, choice: ImportChoice, *,
                            at: datetime) -> tuple[CarePlanRecord, CarePlans]:
    """Store the reviewed plan as the patient chose, in one transaction: the plan with who signed it and
    the key's fingerprint, and the key itself when the patient confirmed it with the clinician.

    ValueError (the caller's bug) for a choice the review's status does not allow; the known error
    :class:`CarePlanReviewOutdatedError` if the plan in force or the confirmed keys changed since the
    review, so the patient never accepts changes they were not shown. Nothing is stored on any error.
    """
    from companion.storage.care_plans import CarePlanRepository
    from companion.storage.clinician_keys import ClinicianKeyRepository

    if choice not in review.choices:
        raise ValueError(f"{choice} is not a choice for a file that is {review.status}")
    plans, keys = CarePlanRepository(vault.database), ClinicianKeyRepository(vault.database)
    with vault.database.transaction():  # the repositories' own transactions nest inside this one
        current = plans.current()
        unchanged = (None if current is None else current.id) == (None if review.current is None
                                                                  else review.current.id)
        if not unchanged or _status(review.fingerprint, tuple(keys.confirmed_keys())) is not review.status:
            raise CarePlanReviewOutdatedError()
        if choice is ImportChoice.CONFIRM_KEY_AND_ACCEPT:
            assert review.signer_public_key is not None  # only signed files offer this choice
            keys.remember(review.signer_public_key, review.issued_by, at=at)
        record = plans.save(review.plan, at=at, source="imported", issued_by=review.issued_by,
                            signer_fingerprint=review.fingerprint)
    return record, load_care_plans(vault)


def confirmed_clinician_keys(vault: OpenVault) -> list[ClinicianKey]:
    """The clinician keys the patient confirmed, first one first (for Settings)."""
    from companion.storage.clinician_keys import ClinicianKeyRepository

    return ClinicianKeyRepository(vault.database).confirmed_keys()
