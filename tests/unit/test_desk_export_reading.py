"""The desk reads a verified export: what it shows is what the vault holds (counts, a session's numbers,
the scores, the flags, the plan); a zip reads the same as the folder; an export that was not verified as
valid, or changed after it was, is refused; a validly signed export the desk cannot read says so."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from companion.desk.export_reading import ExportContentError, UnverifiedExportError, read_export
from companion.desk.export_records import DeskExport, DeskSession
from companion.domain.session import SessionState
from companion.export.export_data import ExportSession
from companion.export.manifest import write_signature_files
from companion.export.verify import VerifyStatus, verify_export
from companion.storage import sshsig
from companion.storage.care_plans import CarePlanRepository
from companion.storage.vault import OpenVault
from tests.desk_vault_exports import WrittenExport, write_vault_export
from tests.export_vault import make_vault, open_test_vault
from tests.signed_export import TestSigner

NOW = datetime(2026, 3, 20, 18, 0, tzinfo=UTC)
START, END = date(2026, 1, 20), date(2026, 3, 20)
Exports = dict[str, WrittenExport]  # "folder" and "zip": the same export


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    base = make_vault(tmp_path_factory.mktemp("vault") / "data", weeks=8, journal_entries=10, now=NOW).base
    with open_test_vault(base) as opened:
        yield opened


@pytest.fixture(scope="module")
def exports(vault: OpenVault, tmp_path_factory: pytest.TempPathFactory) -> Exports:
    out = tmp_path_factory.mktemp("exports")
    return {"folder": write_vault_export(vault, out, start=START, end=END, now=NOW, export_id="0badc0de"),
            "zip": write_vault_export(vault, out, start=START, end=END, now=NOW, export_id="0badc0de",
                                      as_zip=True)}


@pytest.fixture(scope="module")
def desk(exports: Exports) -> DeskExport:
    path = exports["folder"].path
    return read_export(path, verify_export(path))


def test_the_header_is_the_exports(desk: DeskExport, exports: Exports, vault: OpenVault) -> None:
    data = exports["folder"].data
    assert (desk.export_id, desk.generated_at, desk.period) == ("0badc0de", NOW, data.period)
    assert desk.patient_name == "Alex Example"
    assert desk.key_fingerprint == sshsig.fingerprint(vault.signer.public_key) == data.key_fingerprint
    assert desk.app_version == data.app_version
    assert (desk.location, desk.is_zip) == (exports["folder"].path, False)


def test_every_record_of_the_vault_is_there_once(desk: DeskExport, exports: Exports) -> None:
    data = exports["folder"].data
    assert len(data.sessions) >= 14 and data.flags  # the demo's situations are in the period
    assert [s.key for s in desk.sessions] == [f"session/{item.id}" for item in data.sessions]
    assert [s.key for s in desk.scores] == [f"questionnaire/{q.id}" for q in data.questionnaires]
    assert [m.key for m in desk.daily_moods] == [f"daily-mood/{m.id}" for m in data.daily_moods]
    with_mood = [item for item in data.sessions if item.baseline or item.post_session_log]
    assert [m.key for m in desk.moods] == [f"mood/{item.id}" for item in with_mood]
    assert sum(len(s.readings) for s in desk.sessions) == sum(len(item.vitals) for item in data.sessions)
    assert len(desk.bp_readings) == sum(len(item.vitals) for item in data.sessions)


def test_the_flags_are_the_vaults_in_the_same_order(desk: DeskExport, exports: Exports) -> None:
    data = exports["folder"].data
    assert [f.key for f in desk.flags] == [f"flag/{view.flag.key}" for view in data.flags]
    for shown, view in zip(desk.flags, data.flags, strict=True):
        assert (shown.rule, shown.severity, shown.title) == (view.flag.rule.value, view.flag.severity,
                                                              view.flag.title)
        assert shown.sentence == view.flag.text
        assert shown.raised_at == view.flag.raised_at and shown.is_open == view.is_open
        assert shown.session_key == (None if view.session_id is None else f"session/{view.session_id}")


def test_the_scores_are_the_totals_and_bands(desk: DeskExport, exports: Exports) -> None:
    for shown, record in zip(desk.scores, exports["folder"].data.questionnaires, strict=True):
        assert (shown.instrument, shown.completed_at, shown.total, shown.band) == (
            record.instrument, record.completed_at, record.score.total, record.score.band)
        assert shown.band_label == record.score.band.label


def _assert_session_is(shown: DeskSession, item: ExportSession) -> None:
    record = item.monitoring
    assert (shown.record_id, shown.state, shown.dose_at) == (item.id, record.state, record.dose_at)
    if record.dose_at is None:  # no MedicationAdministration: the bundle records no dose not taken
        assert (shown.medication, shown.dose_mg, shown.route, shown.lot_number) == (None, None, None, None)
    else:
        assert (shown.medication, shown.dose_mg, shown.route, shown.lot_number) == (
            record.medication, record.dose_mg, record.route, record.lot_number or None)
    assert (shown.minutes_monitored, shown.ready_at, shown.first_recheck_minutes) == (
        record.minutes_monitored, record.ready_at, record.first_recheck_minutes)
    assert shown.bp_before == (record.bp_before and record.bp_before.bp)
    assert shown.bp_recheck == (record.bp_40 and record.bp_40.bp)
    assert shown.bp_end == (record.bp_end and record.bp_end.bp)
    assert (shown.spo2_lowest, shown.sedation, shown.dissociation, shown.slow_breathing) == (
        record.spo2_lowest, record.sedation, record.dissociation, record.breathing)
    assert (shown.checkins_confirmed, shown.checkins_missed, shown.checkins_without_code) == (
        record.checkins_confirmed, record.checkins_missed, record.checkins_without_code)
    assert (shown.other_medicines_taken, shown.other_medicines) == (record.other_medicines_taken,
                                                                    record.other_medicines)
    assert shown.ended_at == item.record.session.ended_at
    assert [(r.measured_at, r.bp, r.heart_rate, r.spo2, r.kind) for r in shown.readings] == [
        (v.measured_at, v.bp, v.heart_rate, v.spo2, v.kind) for v in item.vitals]
    log = item.post_session_log
    assert {e.effect: e.severity for e in shown.side_effects} == (
        {} if log is None else dict(log.log.reported_side_effects))


def test_each_sessions_numbers_are_the_session_records(desk: DeskExport,
                                                       exports: Exports) -> None:
    for shown, item in zip(desk.sessions, exports["folder"].data.sessions, strict=True):
        _assert_session_is(shown, item)
    states = {s.state for s in desk.sessions}
    assert {SessionState.COMPLETED, SessionState.ENDED_EARLY, SessionState.ABANDONED} <= states
    early = next(s for s in desk.sessions if s.ended_early)
    assert early.end_reason and early.minutes_monitored is not None and early.minutes_monitored < 120
    assert any(s.other_medicines for s in desk.sessions) and any(s.checkins_missed for s in desk.sessions)
    assert desk.session_days == tuple(sorted({s.dose_at.date() for s in desk.sessions if s.dose_at}))


def test_mood_before_and_after_each_session(desk: DeskExport, exports: Exports) -> None:
    by_session = {f"session/{item.id}": item for item in exports["folder"].data.sessions}
    for mood in desk.moods:
        item = by_session[mood.session_key]
        assert item.baseline is not None and item.post_session_log is not None
        assert (mood.mood_before, mood.anxiety_before) == (item.baseline.mood, item.baseline.anxiety)
        assert (mood.mood_after, mood.anxiety_after) == (item.post_session_log.log.mood,
                                                         item.post_session_log.log.anxiety)


def test_the_plan_is_the_vaults_plan_in_force(desk: DeskExport, vault: OpenVault) -> None:
    current = CarePlanRepository(vault.database).current()
    assert current is not None and desk.care_plan is not None and desk.care_plan_problems == ()
    assert desk.care_plan.plan == current.plan
    assert desk.care_plan.in_force_since == current.set_at
    assert desk.care_plan.entered_by_patient is (current.source == "entered")


def test_a_zip_reads_the_same_as_the_folder(desk: DeskExport, exports: Exports) -> None:
    zipped = exports["zip"].path
    from_zip = read_export(zipped, verify_export(zipped))
    assert (from_zip.location, from_zip.is_zip) == (zipped, True)
    assert dataclasses.replace(from_zip, location=desk.location, is_zip=False) == desk


# --- refused -----------------------------------------------------------------------------------------


@pytest.fixture
def copy(exports: Exports, tmp_path: Path) -> Path:
    """A copy of the folder export this test may change."""
    return Path(shutil.copytree(exports["folder"].path, tmp_path / "copy"))


def _flip(path: Path, at: int = 300) -> None:
    content = bytearray(path.read_bytes())
    content[at] ^= 0x01
    path.write_bytes(bytes(content))


def test_an_altered_export_is_refused(copy: Path) -> None:
    _flip(copy / "fhir/bundle.json")
    result = verify_export(copy)
    assert result.status is VerifyStatus.ALTERED
    with pytest.raises(UnverifiedExportError, match="not verified as valid"):
        read_export(copy, result)


def test_an_export_signed_by_another_key_than_the_patients_is_refused(copy: Path) -> None:
    result = verify_export(copy, sshsig.fingerprint(TestSigner(bytes(32)).public_key))
    assert result.status is VerifyStatus.DIFFERENT_KEY
    with pytest.raises(UnverifiedExportError, match="not verified as valid"):
        read_export(copy, result)


def test_a_verification_of_another_export_is_refused(copy: Path, exports: Exports) -> None:
    with pytest.raises(UnverifiedExportError, match="another export"):
        read_export(copy, verify_export(exports["folder"].path))
    with pytest.raises(UnverifiedExportError, match="Verify the export"):
        read_export(copy, "valid")  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["fhir/bundle.json", "csv/README.txt", "care-plan.json",
                                  "manifest-sha256.txt", "manifest.sig"])
def test_a_file_changed_after_the_verification_is_refused(copy: Path, name: str) -> None:
    result = verify_export(copy)
    assert result.valid
    _flip(copy / name, 120)
    with pytest.raises(UnverifiedExportError, match="changed after it was verified"):
        read_export(copy, result)


def test_an_export_swapped_for_another_signed_one_after_the_verification_is_refused(copy: Path) -> None:
    """Re-signed by someone else between verify and read: every file matches its (new) manifest, but the
    manifest is not signed by the key that was verified."""
    result = verify_export(copy)
    bundle = copy / "fhir/bundle.json"
    bundle.write_bytes(bundle.read_bytes().replace(b'"valueInteger":', b'"valueInteger": ', 1))
    write_signature_files(copy, TestSigner(bytes(range(32))))
    assert verify_export(copy).valid  # intact, for another key
    with pytest.raises(UnverifiedExportError, match="changed after it was verified"):
        read_export(copy, result)


# --- verified, but not readable by this desk ---------------------------------------------------------


def _resign(vault: OpenVault, folder: Path) -> DeskExport:
    write_signature_files(folder, vault.signer)
    result = verify_export(folder)
    assert result.valid
    return read_export(folder, result)


def test_a_signed_bundle_that_is_not_a_bundle_says_so(copy: Path, vault: OpenVault) -> None:
    (copy / "fhir/bundle.json").write_bytes(b'{"resourceType": "Patient"}')
    with pytest.raises(ExportContentError, match="not a FHIR Bundle"):
        _resign(vault, copy)


@pytest.mark.parametrize(("where", "message"), [
    ("everywhere", "a record names another patient's key"),
    ("patient", "it names another key than the one that signed"),
])
def test_a_bundle_naming_another_key_than_the_signers_says_so(copy: Path, vault: OpenVault, where: str,
                                                              message: str) -> None:
    bundle = copy / "fhir/bundle.json"
    fingerprint = sshsig.fingerprint(vault.signer.public_key).encode()
    other = b"SHA256:" + b"A" * 43
    if where == "patient":  # only the Patient's identifier; every record's still names the signer
        fingerprint, other = b'"value":"' + fingerprint + b'"}', b'"value":"' + other + b'"}'
    content = bundle.read_bytes()
    assert content.count(fingerprint) >= 1
    bundle.write_bytes(content.replace(fingerprint, other))
    with pytest.raises(ExportContentError, match=message):
        _resign(vault, copy)


def test_a_session_record_of_the_wrong_type_is_one_sentence(copy: Path, vault: OpenVault) -> None:
    bundle = copy / "fhir/bundle.json"
    bundle.write_bytes(bundle.read_bytes().replace(b'"valueBoolean":false', b'"valueBoolean":"no"', 1))
    one_sentence = r"^This export's FHIR bundle cannot be read by this desk: .*\.$"
    with pytest.raises(ExportContentError, match=one_sentence):
        _resign(vault, copy)


def test_a_care_plan_the_strict_reader_refuses_leaves_the_rest_readable(copy: Path, vault: OpenVault,
                                                                        desk: DeskExport) -> None:
    plan_file = copy / "care-plan.json"
    document = json.loads(plan_file.read_bytes())
    document["care_plan"]["dose_mg"] = -5
    plan_file.write_text(json.dumps(document))
    shown = _resign(vault, copy)
    assert shown.care_plan is None
    assert shown.care_plan_problems[0].startswith("This care-plan file cannot be used")
    assert any("Dose" in problem for problem in shown.care_plan_problems)
    assert shown.sessions == desk.sessions and shown.flags == desk.flags


@pytest.mark.parametrize(("field", "value", "said"), [
    ("issued_at", "0001-01-01T00:00:00+14:00", '"issued_at"'),  # issue 12 #9: no zone can show it
    ("clinician_name", "Dr A. Lee ", "(clinician_name)"),  # #15: not the text the app would keep
])
def test_a_care_plan_with_a_time_or_text_out_of_bounds_is_not_shown(
    copy: Path, vault: OpenVault, desk: DeskExport, field: str, value: str, said: str
) -> None:
    plan_file = copy / "care-plan.json"
    document = json.loads(plan_file.read_bytes())
    (document if field == "issued_at" else document["care_plan"])[field] = value
    plan_file.write_text(json.dumps(document))
    shown = _resign(vault, copy)
    assert shown.care_plan is None  # nothing downstream converts or shows it
    assert [said in problem for problem in shown.care_plan_problems[1:]] == [True]
    assert shown.sessions == desk.sessions


def test_an_export_without_a_care_plan_file_has_no_plan(copy: Path, vault: OpenVault,
                                                        desk: DeskExport) -> None:
    (copy / "care-plan.json").unlink()
    shown = _resign(vault, copy)
    assert (shown.care_plan, shown.care_plan_problems) == (None, ())
    assert shown.scores == desk.scores


def test_a_bundle_laid_out_otherwise_reads_the_same(copy: Path, vault: OpenVault, desk: DeskExport) -> None:
    """The desk parses only the lines it reads when the bundle has the app's one-entry-a-line layout;
    any other layout of the same JSON is parsed whole, to the same records."""
    bundle = copy / "fhir/bundle.json"
    bundle.write_text(json.dumps(json.loads(bundle.read_bytes()), indent=1, ensure_ascii=False))
    assert dataclasses.replace(_resign(vault, copy), location=desk.location) == desk
