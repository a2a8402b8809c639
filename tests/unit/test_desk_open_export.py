"""Opening an export on the desk: the verification status first, against the keys the clinician confirmed.

Valid for the patient, altered (naming the file), an unknown key, a known patient's export signed by
another key (loud, never "valid"), unreadable; and importing a valid export into the desk folder.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from companion.desk.desk_access import OpenDesk, unlock_desk
from companion.desk.desk_errors import ImportRefusedError
from companion.desk.export_copies import import_export, leftover_partials
from companion.desk.export_status import ExportStatus
from companion.desk.opened_export import open_export
from companion.desk.patient_candidate import candidate_from_export
from companion.desk.patient_registry import Patient
from companion.export.verify import VerifyStatus, verify_export
from companion.storage import sshsig
from companion.storage.errors import DiskError
from tests.desk_trust import (
    DESK_PASSPHRASE,
    NOW,
    PATIENT_NAME,
    export_from_vault,
    make_desk,
    write_patient_export,
)
from tests.fixtures.export_history import GENERATED_AT
from tests.reliability.file_snapshot import snapshot
from tests.signed_export import TestSigner


@pytest.fixture
def signer() -> TestSigner:
    return TestSigner(bytes(range(32)))


@pytest.fixture
def export(tmp_path: Path, signer: TestSigner) -> Path:
    return write_patient_export(tmp_path / "inbox", signer)


@pytest.fixture
def desk(tmp_path: Path, export: Path) -> OpenDesk:
    """A desk that knows the patient of ``export`` (Alex), confirmed from that first export."""
    desk = make_desk(tmp_path / "desk")
    desk.patients.add_patient(candidate_from_export(export), "Alex", confirmed=True, now=NOW)
    return desk


def _alex(desk: OpenDesk) -> Patient:
    return desk.patients.patients[0]


def _flip(path: Path, index: int) -> None:
    data = bytearray(path.read_bytes())
    data[index] ^= 0x01
    path.write_bytes(bytes(data))


# --- the five verdicts -------------------------------------------------------------------------------


def test_an_export_signed_by_the_patients_key_is_valid_for_them(desk: OpenDesk, export: Path,
                                                                tmp_path: Path, signer: TestSigner) -> None:
    later = write_patient_export(tmp_path / "later", signer, export_id="1a2b3c4d")
    for path, expected in [(export, None), (later, None), (later, _alex(desk))]:
        opened = open_export(path, desk.patients, expected)
        assert opened.status is ExportStatus.VALID_FOR_PATIENT and opened.status.trusted
        assert opened.patient == _alex(desk) and opened.problems == () and opened.candidate() is None
        assert opened.fingerprint == sshsig.fingerprint(signer.public_key)
        assert opened.summary()[0].startswith("VALID for Alex")
    assert opened.facts.export_id == "1a2b3c4d" and opened.facts.generated_at == GENERATED_AT
    assert opened.facts.patient_name == PATIENT_NAME


def test_a_zipped_export_is_valid_for_the_patient(desk: OpenDesk, tmp_path: Path, signer: TestSigner) -> None:
    zipped = write_patient_export(tmp_path / "zips", signer, as_zip=True)
    opened = open_export(zipped, desk.patients)
    assert opened.status is ExportStatus.VALID_FOR_PATIENT and opened.facts.export_id == "7f3a9c2e"


def test_a_byte_flipped_in_a_csv_is_altered_naming_that_file(desk: OpenDesk, export: Path) -> None:
    _flip(export / "csv" / "vitals.csv", 40)
    for expected in (None, _alex(desk)):
        opened = open_export(export, desk.patients, expected)
        assert opened.status is ExportStatus.ALTERED and opened.status.is_warning
        assert opened.altered_files == ("csv/vitals.csv",)
        assert [p.kind for p in opened.problems] == ["changed"]
        assert "csv/vitals.csv" in opened.problems[0].message
        assert opened.summary()[0].startswith("ALTERED") and opened.candidate() is None


def test_each_altered_file_is_named(desk: OpenDesk, export: Path) -> None:
    _flip(export / "report.pdf", 12)
    (export / "fhir" / "bundle.json").unlink()
    (export / "csv" / "extra.csv").write_text("a,b\r\n")
    opened = open_export(export, desk.patients)
    assert opened.status is ExportStatus.ALTERED
    assert sorted(opened.altered_files) == ["csv/extra.csv", "fhir/bundle.json", "report.pdf"]


def test_an_intact_export_signed_by_a_key_nobody_confirmed_is_unknown(desk: OpenDesk, tmp_path: Path) -> None:
    stranger = TestSigner()
    path = write_patient_export(tmp_path / "stranger", stranger, patient_name="Jordan Doe")
    opened = open_export(path, desk.patients)
    assert opened.status is ExportStatus.UNKNOWN_KEY and opened.status.is_warning
    assert opened.patient is None and opened.fingerprint == sshsig.fingerprint(stranger.public_key)
    assert opened.summary()[0].startswith("UNKNOWN KEY")
    candidate = opened.candidate()  # offered for adding, after the clinician confirms it
    assert candidate is not None and candidate.public_key == stranger.public_key
    assert candidate.suggested_name == "Jordan Doe"
    added = desk.patients.add_patient(candidate, "Jordan", confirmed=True, now=NOW)
    assert open_export(path, desk.patients).patient == added


def test_a_known_patients_export_signed_by_another_key_is_key_changed(desk: OpenDesk, tmp_path: Path) -> None:
    impostor = TestSigner()
    path = write_patient_export(tmp_path / "rekeyed", impostor)  # names Alex Example, as Alex's do
    opened = open_export(path, desk.patients)
    assert opened.status is ExportStatus.KEY_CHANGED and not opened.status.trusted
    assert opened.patient == _alex(desk) and opened.claimed_by == (_alex(desk),)
    assert opened.expected_fingerprint == _alex(desk).fingerprint
    assert opened.fingerprint == sshsig.fingerprint(impostor.public_key) != opened.expected_fingerprint
    summary = " ".join(opened.summary())
    assert "KEY CHANGED" in summary and "DIFFERENT KEY" in summary and "valid" not in summary.lower()
    assert opened.candidate() is not None  # for replace_key, once the patient confirmed the new key


def test_an_export_opened_for_a_patient_but_signed_by_another_key(desk: OpenDesk, tmp_path: Path) -> None:
    other = TestSigner()
    path = write_patient_export(tmp_path / "nameless", other, patient_name="")
    assert open_export(path, desk.patients).status is ExportStatus.UNKNOWN_KEY  # names nobody
    opened = open_export(path, desk.patients, expected_patient=_alex(desk))
    assert opened.status is ExportStatus.KEY_CHANGED and opened.patient == _alex(desk)
    assert opened.verification.status is VerifyStatus.DIFFERENT_KEY
    assert opened.problems == ()  # the files are intact: the key is the whole story
    # Signed by another patient on the desk: it says whose key it is.
    jordan = desk.patients.add_patient(candidate_from_export(path), "Jordan", confirmed=True, now=NOW)
    opened = open_export(path, desk.patients, expected_patient=_alex(desk))
    assert opened.status is ExportStatus.KEY_CHANGED and opened.signed_by == jordan
    assert "Jordan's" in opened.summary()[2]


def test_an_export_signed_by_a_patients_former_key_is_key_changed(desk: OpenDesk, export: Path,
                                                                  tmp_path: Path) -> None:
    new_install = write_patient_export(tmp_path / "new-computer", TestSigner(), patient_name="Alex E.")
    desk.patients.replace_key(_alex(desk).patient_id, candidate_from_export(new_install), confirmed=True,
                              now=NOW)
    assert open_export(new_install, desk.patients).status is ExportStatus.VALID_FOR_PATIENT
    old = open_export(export, desk.patients)
    assert old.status is ExportStatus.KEY_CHANGED and old.patient == _alex(desk)


def test_what_cannot_be_checked_is_unreadable(desk: OpenDesk, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not an export")
    for path in (tmp_path / "missing", tmp_path / "notes.txt"):
        opened = open_export(path, desk.patients)
        assert opened.status is ExportStatus.UNREADABLE and opened.problems
        assert opened.problems[0].kind == "unreadable"


def test_opening_writes_nothing_and_the_ui_records_it(desk: OpenDesk, export: Path) -> None:
    before = snapshot(desk.paths.base), snapshot(export)
    opened = open_export(export, desk.patients)
    assert (snapshot(desk.paths.base), snapshot(export)) == before
    record = opened.record(NOW)
    desk.patients.record_export(_alex(desk).patient_id, record)
    remembered = unlock_desk(desk.paths, DESK_PASSPHRASE).patients.patients[0].exports
    assert remembered == (record,) and record.location == str(export) and not record.imported
    assert record.export_id == "7f3a9c2e" and record.status is ExportStatus.VALID_FOR_PATIENT


def test_an_export_from_a_real_vault(tmp_path: Path) -> None:
    """The patient's app end to end: a vault's export introduces the patient, then opens as theirs."""
    path = export_from_vault(tmp_path / "patient-data", tmp_path / "inbox", patient_name="Robin Vault")
    desk = make_desk(tmp_path / "desk")
    candidate = candidate_from_export(path)
    assert candidate.suggested_name == "Robin Vault" and candidate.facts is not None
    assert candidate.facts.export_id == "0badc0de"
    robin = desk.patients.add_patient(candidate, candidate.suggested_name, confirmed=True, now=NOW)
    assert open_export(path, desk.patients).patient == robin
    _flip(path / "fhir" / "bundle.json", 100)
    assert open_export(path, desk.patients).altered_files == ("fhir/bundle.json",)


# --- importing ---------------------------------------------------------------------------------------


def test_a_valid_export_is_copied_into_the_desk_and_remembered(desk: OpenDesk, export: Path,
                                                               tmp_path: Path, signer: TestSigner) -> None:
    opened = open_export(export, desk.patients)
    copy = import_export(opened, desk.paths, desk.patients, now=NOW)
    assert copy == desk.paths.exports_dir / _alex(desk).patient_id / export.name
    assert verify_export(copy, _alex(desk).public_key_line).status is VerifyStatus.VALID
    assert snapshot(export)  # the original stays where it was
    if os.name != "nt":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o700
        assert stat.S_IMODE((copy / "report.pdf").stat().st_mode) == 0o600
    record = unlock_desk(desk.paths, DESK_PASSPHRASE).patients.patients[0].exports[-1]
    assert record.imported and record.location == str(copy)
    assert open_export(copy, desk.patients).status is ExportStatus.VALID_FOR_PATIENT
    with pytest.raises(ImportRefusedError, match="already in the desk"):
        import_export(open_export(copy, desk.patients), desk.paths, desk.patients, now=NOW)
    with pytest.raises(ImportRefusedError, match="already imported"):
        import_export(opened, desk.paths, desk.patients, now=NOW)
    zipped = write_patient_export(tmp_path / "zips", signer, as_zip=True, export_id="99aa88bb")
    zipped_copy = import_export(open_export(zipped, desk.patients), desk.paths, desk.patients, now=NOW)
    assert zipped_copy.read_bytes() == zipped.read_bytes()


def test_only_a_valid_export_is_imported(desk: OpenDesk, export: Path, tmp_path: Path) -> None:
    stranger = write_patient_export(tmp_path / "stranger", TestSigner(), patient_name="Jordan")
    _flip(export / "csv" / "scores.csv", 30)
    for path in (export, stranger):
        with pytest.raises(ImportRefusedError, match="Only an export that is valid"):
            import_export(open_export(path, desk.patients), desk.paths, desk.patients, now=NOW)
    assert not desk.paths.exports_dir.exists()


def test_an_import_that_fails_midway_leaves_nothing(desk: OpenDesk, export: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    opened = open_export(export, desk.patients)
    before = desk.paths.patients_file.read_bytes()
    calls = 0
    real_fsync = os.fsync

    def fails_on_the_fourth_file(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 4:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fails_on_the_fourth_file)
    with pytest.raises(DiskError, match="disk is full"):
        import_export(opened, desk.paths, desk.patients, now=NOW)
    monkeypatch.undo()
    folder = desk.paths.patient_exports_dir(_alex(desk).patient_id)
    assert list(folder.iterdir()) == [] and leftover_partials(desk.paths) == []
    assert desk.paths.patients_file.read_bytes() == before


def test_a_copy_that_does_not_verify_is_not_imported(desk: OpenDesk, export: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from companion.desk import export_copies

    opened = open_export(export, desk.patients)
    real_copy = export_copies._copy_file

    def corrupting_copy(source: Path, target: Path) -> None:
        real_copy(source, target)
        if source.name == "sessions.csv":
            _flip(target, 5)  # as if the export changed while it was copied

    monkeypatch.setattr(export_copies, "_copy_file", corrupting_copy)
    with pytest.raises(ImportRefusedError, match="did not verify"):
        import_export(opened, desk.paths, desk.patients, now=NOW)
    assert list(desk.paths.patient_exports_dir(_alex(desk).patient_id).iterdir()) == []
