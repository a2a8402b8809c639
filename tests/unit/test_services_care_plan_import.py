"""Importing a clinician's care-plan file (DESIGN.md §2): the review says who signed it with which key
and what changes, field by field; accepting stores the plan with its signer and remembers a key the
patient confirmed, in one transaction; unsigned files and other keys need their own explicit choice;
a refused, declined or outdated import stores nothing."""

from __future__ import annotations

import contextlib
import json
import os
import socket
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.care_plan import CarePlan
from companion.domain.care_plan_file import MAX_FILE_BYTES, write_care_plan_file
from companion.services.care_plan_actions import (
    CarePlanFileProblems,
    CarePlanImportReview,
    CarePlanReviewOutdatedError,
    ImportChoice,
    NotARegularFile,
    SignatureStatus,
    accept_care_plan_import,
    confirmed_clinician_keys,
    load_care_plans,
    read_care_plan_bytes,
    review_care_plan_file,
    save_care_plan,
)
from companion.storage import sshsig
from companion.storage.care_plans import CarePlanRepository
from companion.storage.clinician_keys import ClinicianKeyRepository
from companion.storage.signed_care_plan import write_signed_care_plan
from companion.storage.signing_key import SigningKey
from companion.storage.vault import OpenVault

IN_FORCE = CarePlan(dose_mg=50.0, clinician_phone="555-0100", planned_weekdays=(1,))
ISSUED_BY = "Dr. Rowan, Example Clinic"
ISSUED_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CLINICIAN = SigningKey.generate()
FINGERPRINT = sshsig.fingerprint(CLINICIAN.public_key)


def _signed(plan: CarePlan, signer: sshsig.RawSigner = CLINICIAN, issued_by: str = ISSUED_BY) -> bytes:
    return write_signed_care_plan(plan, issued_by, ISSUED_AT, signer)


def _review(vault: OpenVault, data: bytes) -> CarePlanImportReview:
    review = review_care_plan_file(vault, data)
    assert isinstance(review, CarePlanImportReview), review
    return review


def review_care_plan_import(vault: OpenVault, path: Path) -> object:
    """What the editor does in two steps (reading in the background, reviewing on the database thread)."""
    data = read_care_plan_bytes(path)
    return review_care_plan_file(vault, data) if isinstance(data, bytes) else data


def _stored(vault: OpenVault) -> tuple[object, ...]:
    """Everything an import may change: every plan version and every confirmed key."""
    return tuple(load_care_plans(vault).history), tuple(confirmed_clinician_keys(vault))


@pytest.fixture
def in_force(open_vault: OpenVault) -> OpenVault:
    save_care_plan(open_vault, IN_FORCE, at=open_vault.clock.now(), source="entered", issued_by=None)
    return open_vault


def test_the_patient_confirms_the_first_key_then_plans_signed_with_it_are_recognised(
    in_force: OpenVault,
) -> None:
    vault = in_force
    at = vault.clock.now() + timedelta(hours=1)
    first = replace(IN_FORCE, dose_mg=62.5, planned_weekdays=(1, 4), kit_has_oximeter=True)
    before = _stored(vault)
    review = _review(vault, _signed(first))
    assert _stored(vault) == before  # a review stores nothing
    assert (review.plan, review.issued_by, review.issued_at) == (first, ISSUED_BY, ISSUED_AT)
    assert (review.status, review.fingerprint, review.signer_public_key) == (
        SignatureStatus.SIGNED_BY_NEW_KEY, FINGERPRINT, CLINICIAN.public_key)
    assert review.signer_key is None and review.confirmed_keys == ()
    assert review.choices == {ImportChoice.CONFIRM_KEY_AND_ACCEPT, ImportChoice.ACCEPT_UNCONFIRMED}
    assert [(c.name, c.old_text, c.new_text) for c in review.changes] == [
        ("dose_mg", "50 mg", "62.5 mg"), ("planned_weekdays", "Tuesday", "Tuesday, Friday"),
        ("kit_has_oximeter", "no", "yes")]

    record, shown = accept_care_plan_import(vault, review, ImportChoice.CONFIRM_KEY_AND_ACCEPT, at=at)
    assert (record.plan, record.source, record.issued_by, record.signed_by, record.signer_fingerprint) == (
        first, "imported", ISSUED_BY, ISSUED_BY, FINGERPRINT)
    assert shown.current == record and CarePlanRepository(vault.database).current() == record
    [key] = confirmed_clinician_keys(vault)
    assert (key.fingerprint, key.public_key, key.signer_name, key.confirmed_at) == (
        FINGERPRINT, CLINICIAN.public_key, ISSUED_BY, at)

    second = replace(first, fasting_food_hours=4.0)
    review = _review(vault, _signed(second))
    assert (review.status, review.signer_key, review.confirmed_keys) == (
        SignatureStatus.SIGNED_BY_CONFIRMED_KEY, key, (key,))
    assert review.choices == {ImportChoice.ACCEPT} and review.current == record
    assert [(c.name, c.old_text, c.new_text) for c in review.changes] == [
        ("fasting_food_hours", "2 hours", "4 hours")]
    later, _ = accept_care_plan_import(vault, review, ImportChoice.ACCEPT, at=at + timedelta(days=7))
    assert (later.plan, later.signer_fingerprint) == (second, FINGERPRINT)
    assert confirmed_clinician_keys(vault) == [key]


def test_a_plan_signed_by_another_key_is_loud_and_needs_its_own_choice(in_force: OpenVault) -> None:
    vault = in_force
    at = vault.clock.now()
    first = _review(vault, _signed(IN_FORCE))
    accept_care_plan_import(vault, first, ImportChoice.CONFIRM_KEY_AND_ACCEPT, at=at)
    [confirmed] = confirmed_clinician_keys(vault)
    stranger = SigningKey.generate()
    review = _review(vault, _signed(replace(IN_FORCE, dose_mg=500.0), stranger, issued_by=ISSUED_BY))
    assert review.status is SignatureStatus.SIGNED_BY_OTHER_KEY
    assert review.fingerprint == sshsig.fingerprint(stranger.public_key) != FINGERPRINT
    assert review.signer_key is None and review.confirmed_keys == (confirmed,)
    assert review.choices == {ImportChoice.CONFIRM_KEY_AND_ACCEPT, ImportChoice.ACCEPT_UNCONFIRMED}
    before = _stored(vault)
    with pytest.raises(ValueError, match="not a choice"):
        accept_care_plan_import(vault, review, ImportChoice.ACCEPT, at=at)
    assert _stored(vault) == before
    record, _ = accept_care_plan_import(vault, review, ImportChoice.ACCEPT_UNCONFIRMED, at=at)
    assert record.signer_fingerprint == review.fingerprint and record.signed_by == ISSUED_BY
    assert confirmed_clinician_keys(vault) == [confirmed]  # not remembered: the patient did not confirm it
    assert _review(vault, _signed(IN_FORCE, stranger)).status is SignatureStatus.SIGNED_BY_OTHER_KEY
    # Confirmed with the clinician later (a new clinic computer): both keys are then recognised.
    again = _review(vault, _signed(IN_FORCE, stranger))
    accept_care_plan_import(vault, again, ImportChoice.CONFIRM_KEY_AND_ACCEPT, at=at)
    assert len(confirmed_clinician_keys(vault)) == 2
    for signer in (CLINICIAN, stranger):
        assert _review(vault, _signed(IN_FORCE, signer)).status is SignatureStatus.SIGNED_BY_CONFIRMED_KEY


def test_an_unsigned_file_says_so_and_is_stored_without_a_signer(in_force: OpenVault) -> None:
    vault = in_force
    changed = replace(IN_FORCE, clinician_name="Dr. Rowan")
    review = _review(vault, write_care_plan_file(changed, ISSUED_BY, ISSUED_AT))
    assert (review.status, review.fingerprint, review.signer_public_key) == (
        SignatureStatus.UNSIGNED, None, None)
    assert review.choices == {ImportChoice.ACCEPT_UNCONFIRMED}
    assert [c.name for c in review.changes] == ["clinician_name"]
    for wrong in (ImportChoice.ACCEPT, ImportChoice.CONFIRM_KEY_AND_ACCEPT):
        with pytest.raises(ValueError, match="not a choice"):
            accept_care_plan_import(vault, review, wrong, at=vault.clock.now())
    record, _ = accept_care_plan_import(vault, review, ImportChoice.ACCEPT_UNCONFIRMED, at=vault.clock.now())
    assert (record.source, record.issued_by, record.signer_fingerprint, record.signed_by) == (
        "imported", ISSUED_BY, None, None)
    assert confirmed_clinician_keys(vault) == []


def test_with_no_plan_in_force_the_whole_plan_is_shown(open_vault: OpenVault) -> None:
    review = _review(open_vault, _signed(IN_FORCE))
    assert review.current is None and len(review.changes) == len(CarePlan.__dataclass_fields__)
    assert all(change.old_text is None for change in review.changes)
    record, shown = accept_care_plan_import(open_vault, review, ImportChoice.CONFIRM_KEY_AND_ACCEPT,
                                            at=open_vault.clock.now())
    assert shown.history == [record] and record.signer_fingerprint == FINGERPRINT


def test_the_same_plan_signed_is_a_new_version_that_records_the_signer(in_force: OpenVault) -> None:
    review = _review(in_force, _signed(IN_FORCE))
    assert review.changes == ()
    record, shown = accept_care_plan_import(in_force, review, ImportChoice.CONFIRM_KEY_AND_ACCEPT,
                                            at=in_force.clock.now())
    assert len(shown.history) == 2 and record.signed_by == ISSUED_BY


def test_declining_stores_nothing(in_force: OpenVault, tmp_path: Path) -> None:
    before = _stored(in_force)
    path = tmp_path / "care-plan.signed.json"
    path.write_bytes(_signed(replace(IN_FORCE, dose_mg=75.0)))
    review = review_care_plan_import(in_force, path)
    assert isinstance(review, CarePlanImportReview) and review.status is SignatureStatus.SIGNED_BY_NEW_KEY
    assert _stored(in_force) == before  # the patient closed the review: nothing else is called


def _refused_files() -> dict[str, bytes]:
    signed = _signed(replace(IN_FORCE, dose_mg=75.0))
    flipped = bytearray(signed)
    flipped[signed.index(b"75.0")] ^= 0x01  # "65.0": a tampered dose, still well-formed JSON
    document = json.loads(signed)
    # An export's signature (namespace companion-export) over the very same care-plan file.
    document["signature"] = sshsig.sign(CLINICIAN, document["care_plan_file"].encode(), "companion-export")
    return {
        "tampered": bytes(flipped),
        "wrong namespace": json.dumps(document, indent=2).encode(),
        "truncated": signed[: len(signed) // 2],
        "not UTF-8": signed.replace(b"Dr. Rowan", b"Dr. R\xf6wan"),
        "oversized": signed[:-2] + b" " * MAX_FILE_BYTES + b"}\n",
        "not a care plan": b"%PDF-1.7\n",
    }


def test_refused_files_list_their_problems_and_store_nothing(in_force: OpenVault, tmp_path: Path) -> None:
    before = _stored(in_force)
    for name, data in _refused_files().items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(data)
        outcome = review_care_plan_import(in_force, path)
        assert isinstance(outcome, CarePlanFileProblems) and outcome.problems, name
        assert all(problem.endswith(".") and "\n" not in problem for problem in outcome.problems), name
        if name == "tampered":
            assert outcome.problems[0].startswith("The clinician's signature does not match this care plan")
        if name == "wrong namespace":
            assert outcome.problems[0].startswith("The signature in this file was made for something else")
    assert isinstance(review_care_plan_import(in_force, tmp_path / "missing.json"), OSError)
    assert _stored(in_force) == before


def test_a_review_made_before_the_plan_or_the_keys_changed_is_refused(in_force: OpenVault) -> None:
    vault = in_force
    review = _review(vault, _signed(replace(IN_FORCE, dose_mg=75.0)))
    save_care_plan(vault, replace(IN_FORCE, dose_mg=55.0), at=vault.clock.now(), source="entered",
                   issued_by=None)
    before = _stored(vault)
    with pytest.raises(CarePlanReviewOutdatedError, match="nothing was saved"):
        accept_care_plan_import(vault, review, ImportChoice.CONFIRM_KEY_AND_ACCEPT, at=vault.clock.now())
    assert _stored(vault) == before
    review = _review(vault, _signed(replace(IN_FORCE, dose_mg=75.0)))  # NEW_KEY: nothing confirmed yet
    other = _review(vault, _signed(IN_FORCE, SigningKey.generate()))
    accept_care_plan_import(vault, other, ImportChoice.CONFIRM_KEY_AND_ACCEPT, at=vault.clock.now())
    review = replace(review, current=CarePlanRepository(vault.database).current())  # only the keys differ now
    before = _stored(vault)
    with pytest.raises(CarePlanReviewOutdatedError):
        accept_care_plan_import(vault, review, ImportChoice.CONFIRM_KEY_AND_ACCEPT, at=vault.clock.now())
    assert _stored(vault) == before


def test_the_key_and_the_plan_are_stored_together_or_not_at_all(
    in_force: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = _review(in_force, _signed(replace(IN_FORCE, dose_mg=75.0)))
    before = _stored(in_force)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        assert ClinicianKeyRepository(in_force.database).find(FINGERPRINT) is not None  # remembered first
        raise OSError("disk full")

    monkeypatch.setattr(CarePlanRepository, "save", disk_full)
    with pytest.raises(OSError, match="disk full"):
        accept_care_plan_import(in_force, review, ImportChoice.CONFIRM_KEY_AND_ACCEPT,
                                at=in_force.clock.now())
    monkeypatch.undo()
    assert _stored(in_force) == before  # the key remembered a moment before was rolled back too


# --- Issue 12 #13: what the patient picked is checked before a byte of it is read ---------------------


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    """A FIFO once held the database thread forever: opening it waited for a writer that never came."""
    pipe = tmp_path / "care-plan.json"
    os.mkfifo(pipe)
    with ThreadPoolExecutor(max_workers=1) as pool:
        reading = pool.submit(read_care_plan_bytes, pipe)
        try:
            # A guard so that a regression fails instead of hanging the run; not a measure of speed.
            outcome = reading.result(timeout=60)
        finally:
            # A reader stuck waiting for a writer gets one, and the end of the file; with nobody
            # waiting (the pipe was refused), opening it fails, as it should.
            with contextlib.suppress(OSError):
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    assert outcome == NotARegularFile(is_folder=False)


def test_a_folder_a_device_or_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    assert read_care_plan_bytes(tmp_path) == NotARegularFile(is_folder=True)
    assert read_care_plan_bytes(Path("/dev/zero")) == NotARegularFile(is_folder=False)
    with socket.socket(socket.AF_UNIX) as listening:  # cannot even be opened
        listening.bind(str(tmp_path / "socket.json"))
        assert read_care_plan_bytes(tmp_path / "socket.json") == NotARegularFile(is_folder=False)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as file:
        file.truncate(4 * 1024**3)  # sparse: 4 GiB that take no room on the disk
    assert read_care_plan_bytes(huge) == CarePlanFileProblems(
        ["The file is larger than 256 KiB; a care-plan file is only a few KiB. Check that this is the right "
         "file."])


def test_an_ordinary_file_is_read_whole_and_a_missing_one_is_the_oserror(tmp_path: Path) -> None:
    path = tmp_path / "care-plan.json"
    path.write_bytes(_signed(IN_FORCE))
    assert read_care_plan_bytes(path) == _signed(IN_FORCE)
    assert isinstance(read_care_plan_bytes(tmp_path / "missing.json"), FileNotFoundError)
