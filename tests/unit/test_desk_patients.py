"""The desk's list of patients: a patient added from their first export or their patient.pub only after
the clinician confirms the fingerprint; the list sealed so that no key can be swapped on disk unnoticed;
every change written atomically; a missing or damaged list never replaced quietly."""

from __future__ import annotations

import errno
import json
import os
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from companion.desk.clinician_key import unlock_clinician_key
from companion.desk.desk_access import OpenDesk, create_desk, open_desk, unlock_desk
from companion.desk.desk_errors import (
    CandidateRefusedError,
    DeskError,
    DeskExistsError,
    PatientListAlteredError,
    PatientListDamagedError,
    WrongDeskPassphraseError,
)
from companion.desk.desk_paths import DeskPaths
from companion.desk.export_status import ExportStatus
from companion.desk.patient_candidate import candidate_from_export, candidate_from_public_key
from companion.desk.patient_registry import ExportRecord, PatientRegistry
from companion.storage import key_file_parts, sshsig
from companion.storage.atomic import temp_files_for
from companion.storage.errors import DiskError
from companion.storage.kdf import LIGHT_TEST_PARAMS
from tests.desk_trust import CLINICIAN, DESK_PASSPHRASE, NOW, PATIENT_NAME, make_desk, write_patient_export
from tests.fixtures.export_history import GENERATED_AT
from tests.reliability.file_snapshot import snapshot
from tests.signed_export import TestSigner, openssh_tool


@pytest.fixture
def desk(tmp_path: Path) -> OpenDesk:
    return make_desk(tmp_path / "desk")


@pytest.fixture
def signer() -> TestSigner:
    return TestSigner(bytes(range(32)))


@pytest.fixture
def export(tmp_path: Path, signer: TestSigner) -> Path:
    return write_patient_export(tmp_path / "inbox", signer)


def _reopened(desk: OpenDesk) -> PatientRegistry:
    return unlock_desk(desk.paths, DESK_PASSPHRASE).patients


def _load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return document


def _save(path: Path, document: dict[str, Any], *, fix_checksum: bool = True) -> None:
    if fix_checksum:
        document["checksum"] = key_file_parts.checksum(document)
    path.write_text(json.dumps(document, indent=1), "utf-8")


# --- the desk's folder as made ---------------------------------------------------------------------


def test_a_new_desk_holds_its_key_and_an_empty_sealed_list_only(desk: OpenDesk) -> None:
    assert sorted(p.name for p in desk.paths.base.iterdir()) == ["clinician.key", "patients.json"]
    assert desk.patients.patients == ()
    document = _load(desk.paths.patients_file)
    assert document["format"] == "companion-desk-patients" and document["desk_key"] == desk.key.fingerprint
    assert _reopened(desk).patients == ()


def test_a_desk_is_never_made_over_another(desk: OpenDesk) -> None:
    before = snapshot(desk.paths.base)
    with pytest.raises(DeskExistsError):
        create_desk(desk.paths, CLINICIAN, DESK_PASSPHRASE, LIGHT_TEST_PARAMS, now=NOW)
    desk.paths.key_file.unlink()
    with pytest.raises(DeskExistsError, match="no clinician key"):
        create_desk(desk.paths, CLINICIAN, DESK_PASSPHRASE, LIGHT_TEST_PARAMS, now=NOW)
    assert snapshot(desk.paths.base) == {k: v for k, v in before.items() if k != "clinician.key"}


def test_a_wrong_desk_passphrase_changes_nothing_in_the_folder(desk: OpenDesk, export: Path) -> None:
    candidate = candidate_from_export(export)
    desk.patients.add_patient(candidate, "Alex", confirmed=True, now=NOW)
    before = snapshot(desk.paths.base)
    for guess in ("", DESK_PASSPHRASE[:-1], DESK_PASSPHRASE + "!", "harbour lantern velvet quarrY"):
        with pytest.raises(WrongDeskPassphraseError):
            unlock_desk(desk.paths, guess)
    assert snapshot(desk.paths.base) == before
    assert _reopened(desk).patients[0].display_name == "Alex"


# --- adding a patient ------------------------------------------------------------------------------


def test_a_patient_from_their_first_export(desk: OpenDesk, export: Path, signer: TestSigner) -> None:
    candidate = candidate_from_export(export)
    assert candidate.public_key == signer.public_key
    assert candidate.fingerprint == sshsig.fingerprint(signer.public_key)
    assert candidate.suggested_name == PATIENT_NAME
    assert candidate.facts is not None and candidate.facts.export_id == "7f3a9c2e"
    assert candidate.facts.generated_at == GENERATED_AT
    assert candidate.verification is not None and candidate.verification.valid
    # What the clinician reads out is what OpenSSH prints for the patient's own patient.pub.
    printed = subprocess.run([openssh_tool("ssh-keygen"), "-l", "-f", str(export / "patient.pub")],
                             capture_output=True, text=True, check=True).stdout.strip()
    assert candidate.fingerprint_line == printed

    patient = desk.patients.add_patient(candidate, "  Alex   Example ", confirmed=True, now=NOW)
    assert patient.display_name == "Alex Example" and patient.name_in_exports == PATIENT_NAME
    assert patient.public_key == signer.public_key and patient.public_key_line == candidate.public_key_line
    assert patient.confirmed_at == NOW and len(patient.patient_id) == 32
    assert _reopened(desk).patients == (patient,)


def test_a_patient_from_their_patient_pub(desk: OpenDesk, export: Path, signer: TestSigner) -> None:
    candidate = candidate_from_public_key(export / "patient.pub")
    assert candidate.public_key == signer.public_key and candidate.suggested_name == ""
    assert candidate.facts is None and candidate.verification is None
    patient = desk.patients.add_patient(candidate, "Sam", confirmed=True, now=NOW)
    assert patient.name_in_exports is None
    assert _reopened(desk).by_fingerprint(candidate.fingerprint) == patient


def test_a_zipped_first_export_introduces_the_patient_too(tmp_path: Path, signer: TestSigner) -> None:
    zipped = write_patient_export(tmp_path / "inbox", signer, as_zip=True)
    candidate = candidate_from_export(zipped)
    assert candidate.public_key == signer.public_key and candidate.suggested_name == PATIENT_NAME


def test_nothing_is_remembered_without_confirmation(desk: OpenDesk, export: Path) -> None:
    before = desk.paths.patients_file.read_bytes()
    with pytest.raises(DeskError, match="Confirm the fingerprint with the patient"):
        desk.patients.add_patient(candidate_from_export(export), "Alex", confirmed=False, now=NOW)
    assert desk.paths.patients_file.read_bytes() == before and desk.patients.patients == ()


def test_a_key_is_one_patients_only(desk: OpenDesk, export: Path) -> None:
    candidate = candidate_from_export(export)
    desk.patients.add_patient(candidate, "Alex", confirmed=True, now=NOW)
    before = desk.paths.patients_file.read_bytes()
    with pytest.raises(DeskError, match="already Alex's"):
        desk.patients.add_patient(candidate, "Someone else", confirmed=True, now=NOW)
    assert desk.paths.patients_file.read_bytes() == before


def test_an_altered_export_introduces_nobody(export: Path) -> None:
    sessions = export / "csv" / "sessions.csv"
    data = bytearray(sessions.read_bytes())
    data[-3] ^= 0x01
    sessions.write_bytes(bytes(data))
    with pytest.raises(CandidateRefusedError, match="does not verify") as refused:
        candidate_from_export(export)
    verification = refused.value.verification
    assert verification is not None
    assert [(p.kind, p.file) for p in verification.problems] == [("changed", "csv/sessions.csv")]


def test_what_is_not_a_key_or_an_export_is_refused_in_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello\n")
    for path, words in [(tmp_path / "notes.txt", "is not a patient's key"), (tmp_path, "is a folder"),
                        (tmp_path / "missing.pub", "could not be read")]:
        with pytest.raises(CandidateRefusedError, match=words):
            candidate_from_public_key(path)
    with pytest.raises(CandidateRefusedError, match="could not be checked"):
        candidate_from_export(tmp_path / "missing")


# --- the list sealed -------------------------------------------------------------------------------


@pytest.fixture
def listed(desk: OpenDesk, export: Path) -> OpenDesk:
    desk.patients.add_patient(candidate_from_export(export), "Alex", confirmed=True, now=NOW)
    return desk


def test_swapping_a_patients_key_on_disk_is_caught(listed: OpenDesk) -> None:
    intruder = TestSigner()
    document = _load(listed.paths.patients_file)
    document["patients"][0]["public_key"] = sshsig.public_key_line(intruder.public_key)
    document["patients"][0]["fingerprint"] = sshsig.fingerprint(intruder.public_key)
    _save(listed.paths.patients_file, document)  # checksum recomputed: only the MAC can tell
    with pytest.raises(PatientListAlteredError, match="changed outside the desk"):
        _reopened(listed)


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["patients"][0].update(display_name="Someone Else"),
        lambda d: d["patients"][0].update(confirmed_at="2020-01-01T00:00:00+00:00"),
        lambda d: d["patients"].clear(),
        lambda d: d.update(mac="0" * 64),
        lambda d: d.update(desk_key="SHA256:" + "A" * 43),
    ],
)
def test_any_edit_with_the_checksum_recomputed_is_altered(listed: OpenDesk, edit: Any) -> None:
    document = _load(listed.paths.patients_file)
    edit(document)
    _save(listed.paths.patients_file, document)
    with pytest.raises(PatientListAlteredError):
        _reopened(listed)


def test_every_single_byte_flip_is_refused(listed: OpenDesk) -> None:
    path = listed.paths.patients_file
    full = path.read_bytes()
    key = unlock_clinician_key(listed.paths.key_file, DESK_PASSPHRASE)  # derive once for the whole walk
    for index in range(len(full)):
        flipped = bytearray(full)
        flipped[index] ^= 0x01
        path.write_bytes(bytes(flipped))
        if chr(full[index]) in " \t\r\n" and chr(flipped[index]) in " \t\r\n":
            continue
        with pytest.raises((PatientListDamagedError, PatientListAlteredError)):
            PatientRegistry.load(path, key)


def test_a_list_from_another_desk_is_altered(listed: OpenDesk, tmp_path: Path) -> None:
    other = make_desk(tmp_path / "other")
    other.paths.patients_file.write_bytes(listed.paths.patients_file.read_bytes())
    with pytest.raises(PatientListAlteredError):
        unlock_desk(other.paths, DESK_PASSPHRASE)


def test_a_missing_list_is_loud_and_a_new_one_sets_the_old_aside(listed: OpenDesk) -> None:
    key = unlock_clinician_key(listed.paths.key_file, DESK_PASSPHRASE)
    damaged = listed.paths.patients_file.read_bytes()[:-40]
    listed.paths.patients_file.write_bytes(damaged)
    with pytest.raises(PatientListDamagedError, match="damaged"):
        open_desk(listed.paths, key)
    fresh = PatientRegistry.start_new_list(listed.paths.patients_file, key, now=NOW)
    assert fresh.patients == () and open_desk(listed.paths, key).patients.patients == ()
    aside = [p for p in listed.paths.base.iterdir() if ".set-aside-" in p.name]
    assert [p.read_bytes() for p in aside] == [damaged]  # kept, never deleted
    listed.paths.patients_file.unlink()
    with pytest.raises(PatientListDamagedError, match="missing"):
        open_desk(listed.paths, key)


def test_a_failed_write_leaves_the_list_on_disk_and_in_memory(listed: OpenDesk,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = listed.paths.patients_file.read_bytes()
    patients = listed.patients.patients

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(DiskError, match="list of patients"):
        listed.patients.rename_patient(patients[0].patient_id, "Alexandra")
    monkeypatch.undo()
    assert listed.paths.patients_file.read_bytes() == before and listed.patients.patients == patients
    assert temp_files_for(listed.paths.patients_file) == []


# --- changes -----------------------------------------------------------------------------------------


def test_exports_opened_are_remembered_once_per_location(listed: OpenDesk, export: Path) -> None:
    patient = listed.patients.patients[0]
    first = ExportRecord(str(export), "7f3a9c2e", GENERATED_AT, ExportStatus.VALID_FOR_PATIENT, NOW)
    listed.patients.record_export(patient.patient_id, first)
    later = ExportRecord(str(export), "7f3a9c2e", GENERATED_AT, ExportStatus.ALTERED, NOW + timedelta(days=1))
    listed.patients.record_export(patient.patient_id, later)
    assert _reopened(listed).patients[0].exports == (later,)


def test_a_new_key_confirmed_keeps_the_old_fingerprint(listed: OpenDesk, tmp_path: Path) -> None:
    patient = listed.patients.patients[0]
    new_key = TestSigner()
    candidate = candidate_from_export(write_patient_export(tmp_path / "new", new_key))
    with pytest.raises(DeskError):
        listed.patients.replace_key(patient.patient_id, candidate, confirmed=False, now=NOW)
    changed = listed.patients.replace_key(patient.patient_id, candidate, confirmed=True, now=NOW)
    assert changed.public_key == new_key.public_key and changed.former_keys == (patient.fingerprint,)
    reopened = _reopened(listed)
    assert reopened.by_fingerprint(candidate.fingerprint) == changed
    assert reopened.by_former_fingerprint(patient.fingerprint) == changed
    assert reopened.by_fingerprint(patient.fingerprint) is None


def test_renaming_a_patient_and_their_name_in_exports(listed: OpenDesk) -> None:
    patient = listed.patients.rename_patient(listed.patients.patients[0].patient_id, "A. Example")
    assert _reopened(listed).patients == (patient,)
    assert patient.goes_by("alex  EXAMPLE") and patient.goes_by("a. example") and not patient.goes_by("Alex")
    with pytest.raises(DeskError):
        listed.patients.rename_patient(patient.patient_id, "  ")


def test_the_desk_folder_holds_no_patient_data_until_an_import(listed: OpenDesk) -> None:
    names = sorted(p.relative_to(listed.paths.base).as_posix() for p in listed.paths.base.rglob("*"))
    assert names == ["clinician.key", "patients.json"]
    assert DeskPaths(listed.paths.base).exports_dir.exists() is False
