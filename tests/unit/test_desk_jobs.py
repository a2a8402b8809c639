"""What the desk window's background jobs return (companion.ui.desk.desk_jobs, plain functions, no Qt):
each patient's latest export checked again for the list, an opening remembered under the patient it is
(or claims to be) from, a patient's exports read as one timeline with the unreadable ones named, and the
plan a new care plan starts from; unlocking with a list that cannot be used, and starting a new one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from companion.desk import patient_registry
from companion.desk.desk_access import OpenDesk
from companion.desk.desk_errors import PatientListUnreadableError, WrongDeskPassphraseError
from companion.desk.export_status import ExportStatus
from companion.desk.opened_export import open_export
from companion.desk.patient_candidate import candidate_from_export
from companion.ui.desk import desk_jobs
from tests.desk_trust import DESK_PASSPHRASE, NOW, make_desk, write_patient_export
from tests.fixtures.export_history import PLAN
from tests.signed_export import TestSigner


@pytest.fixture
def signer() -> TestSigner:
    return TestSigner(bytes(range(32)))


@pytest.fixture
def export(tmp_path: Path, signer: TestSigner) -> Path:
    return write_patient_export(tmp_path / "inbox", signer)


@pytest.fixture
def desk(tmp_path: Path, export: Path) -> OpenDesk:
    desk = make_desk(tmp_path / "desk")
    desk.patients.add_patient(candidate_from_export(export), "Alex", confirmed=True, now=NOW)
    return desk


def test_the_jobs_never_load_qt() -> None:
    code = "import sys, companion.ui.desk.desk_jobs; print('PySide6' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "False"


def test_a_patient_without_an_export_is_surveyed_without_reading_anything(desk: OpenDesk) -> None:
    alex = desk.patients.patients[0]
    nothing = desk_jobs.PatientSurvey(alex.patient_id, None, None, None)
    assert desk_jobs.survey_patient(alex, desk.patients) == nothing


def test_the_survey_checks_the_latest_export_again(desk: OpenDesk, export: Path, tmp_path: Path,
                                                   signer: TestSigner) -> None:
    opened = open_export(export, desk.patients)
    alex = desk_jobs.remember_opening(desk, opened, NOW)
    assert alex is not None and len(alex.exports) == 1
    survey = desk_jobs.survey_patient(alex, desk.patients)
    assert survey.status is ExportStatus.VALID_FOR_PATIENT and survey.open_flags == 4
    (export / "report.pdf").write_bytes(b"%PDF changed since it was opened")
    survey = desk_jobs.survey_patient(alex, desk.patients)
    assert survey.status is ExportStatus.ALTERED and survey.open_flags is None


def test_an_export_naming_nobody_on_the_desk_is_not_remembered(desk: OpenDesk, tmp_path: Path) -> None:
    stranger = write_patient_export(tmp_path / "stranger", TestSigner(), patient_name="Jordan Doe")
    opened = open_export(stranger, desk.patients)
    assert opened.status is ExportStatus.UNKNOWN_KEY
    before = desk.paths.patients_file.read_bytes()
    assert desk_jobs.remember_opening(desk, opened, NOW) is None
    assert desk.paths.patients_file.read_bytes() == before


def test_a_re_keyed_export_is_remembered_under_the_patient_it_claims_to_be(desk: OpenDesk,
                                                                          tmp_path: Path) -> None:
    impostor = write_patient_export(tmp_path / "rekeyed", TestSigner(), export_id="3c3c3c3c")
    opened = open_export(impostor, desk.patients)
    alex = desk_jobs.remember_opening(desk, opened, NOW)
    assert alex is not None and alex.exports[-1].status is ExportStatus.KEY_CHANGED
    checked = desk_jobs.check_patient_exports(alex, desk.patients)
    assert [c.opened.status for c in checked] == [ExportStatus.KEY_CHANGED]
    assert desk_jobs.read_patient_timeline(checked) == desk_jobs.TimelineRead(None, ())


def test_a_patients_exports_are_read_as_one_timeline(desk: OpenDesk, export: Path, tmp_path: Path,
                                                     signer: TestSigner) -> None:
    zipped = write_patient_export(tmp_path / "zips", signer, export_id="1a2b3c4d", as_zip=True)
    for path in (export, zipped):
        desk_jobs.remember_opening(desk, open_export(path, desk.patients), NOW)
    alex = desk.patients.patients[0]
    assert desk_jobs.latest_record(alex) is not None
    checked = desk_jobs.check_patient_exports(alex, desk.patients)
    assert all(c.opened.status.trusted for c in checked) and len(checked) == 2
    read = desk_jobs.read_patient_timeline(checked)
    assert read.unread == () and read.timeline is not None
    assert sorted(s.export_id for s in read.timeline.sources) == ["1a2b3c4d", "7f3a9c2e"]
    assert len(read.timeline.sessions) == 3  # the same history twice: each session once


def test_a_new_care_plan_starts_from_the_plan_in_the_patients_valid_exports(desk: OpenDesk,
                                                                            export: Path) -> None:
    alex = desk.patients.patients[0]
    assert desk_jobs.plan_to_start_from(alex, desk.patients) is None  # no export yet: the defaults
    alex = desk_jobs.remember_opening(desk, open_export(export, desk.patients), NOW)
    assert alex is not None
    assert desk_jobs.plan_to_start_from(alex, desk.patients) == PLAN
    (export / "care-plan.json").write_bytes(b"{}")  # altered since: nothing in it is trusted
    assert desk_jobs.plan_to_start_from(alex, desk.patients) is None


def test_unlocking_keeps_the_key_when_only_the_list_cannot_be_used(desk: OpenDesk,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    desk.paths.patients_file.write_bytes(b"not a list")
    unusable = desk_jobs.unlock(desk.paths, DESK_PASSPHRASE)
    assert isinstance(unusable, desk_jobs.UnusableList)
    assert unusable.key.fingerprint == desk.key.fingerprint and "is damaged" in unusable.sentence
    opened = desk_jobs.start_new_list(desk.paths, unusable.key, NOW)
    assert opened.patients.patients == ()
    assert (desk.paths.base / "patients.json.set-aside-20260502T093000Z").read_bytes() == b"not a list"
    with pytest.raises(WrongDeskPassphraseError):
        desk_jobs.unlock(desk.paths, "not the desk passphrase at all")

    def unreadable(*_args: object) -> bytes:
        raise PermissionError("no")

    monkeypatch.setattr(patient_registry, "read_at_most", unreadable)
    with pytest.raises(PatientListUnreadableError):  # nothing to start over from: try again
        desk_jobs.unlock(desk.paths, DESK_PASSPHRASE)
