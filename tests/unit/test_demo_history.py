"""The demo history: realistic, deterministic, every situation the screens must show, all replayable.

Sessions first, then what the patient recorded around them (questionnaires, logs, check-ins, moods)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from companion.demo.demo_history import fill_demo_history
from companion.domain.checklist import OTHER_MEDICINES_ID, MedicineCategory
from companion.domain.clock import FakeClock
from companion.domain.flags import FlagRule, Severity
from companion.domain.instruments import Instrument, response
from companion.domain.monitoring import checkin_times
from companion.domain.session import SessionState
from companion.domain.session_events import (
    Abandoned,
    BpRechecked,
    CheckinMissed,
    ChecklistPassed,
    DoseTaken,
    EndedEarly,
    HelpUsed,
    SessionEvent,
    SitterHandedOver,
    StartBlocked,
)
from companion.paths import DataPaths
from companion.storage.attention import current_flags
from companion.storage.care_plans import CarePlanRepository
from companion.storage.checkins import CheckinRepository
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.session_codec import event_to_json
from companion.storage.sessions import SessionRecord, SessionRepository
from companion.storage.vault import OpenVault, create_vault

NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)
PASSPHRASE = "demo test passphrase, long enough"


def _filled(base: Path, seed: int = 7) -> OpenVault:
    vault, _ = create_vault(DataPaths(base), PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock(NOW))
    fill_demo_history(vault, now=NOW, seed=seed)
    return vault


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    with _filled(tmp_path_factory.mktemp("demo") / "data") as vault:
        yield vault


@pytest.fixture(scope="module")
def records(vault: OpenVault) -> list[SessionRecord]:
    repository = SessionRepository(vault.database)
    return [repository.get(summary.id) for summary in reversed(repository.list_sessions())]


def _all_events(records: list[SessionRecord]) -> list[SessionEvent]:
    return [event for record in records for event in record.session.events]


def _history(vault: OpenVault) -> list[tuple[object, ...]]:
    repository = SessionRepository(vault.database)
    checkins = CheckinRepository(vault.database)
    rows: list[tuple[object, ...]] = []
    for summary in repository.list_sessions():
        record = repository.get(summary.id)
        rows.append((summary, [event_to_json(e) for e in record.session.events],
                     repository.checklist_answer_history(summary.id), repository.vitals(summary.id),
                     repository.baseline(summary.id), checkins.post_session_log_versions(summary.id),
                     checkins.next_day_checkin(summary.id)))
    rows.append((QuestionnaireRepository(vault.database).history(), checkins.daily_moods()))
    return rows


def _dosed(records: list[SessionRecord]) -> list[SessionRecord]:
    return [r for r in records if r.session.state in (SessionState.COMPLETED, SessionState.ENDED_EARLY)]


def test_about_two_sessions_a_week_on_the_plan_days_all_ended(
    vault: OpenVault, records: list[SessionRecord]
) -> None:
    assert 14 <= len(records) <= 17
    assert SessionRepository(vault.database).active() is None
    for record in records:
        created = record.session.events[0].at
        assert NOW - timedelta(weeks=8, days=1) <= created and record.session.ended_at is not None
        assert record.session.ended_at < NOW
        assert created.weekday() in record.session.plan.planned_weekdays
    gaps = [b.session.events[0].at - a.session.events[0].at for a, b in pairwise(records)]
    assert all(timedelta(days=2) < gap < timedelta(days=5) for gap in gaps)


def test_two_plan_versions_and_each_session_keeps_its_own(
    vault: OpenVault, records: list[SessionRecord]
) -> None:
    newer, older = CarePlanRepository(vault.database).history()
    assert (older.source, older.issued_by, newer.source) == ("imported", "Demo clinic", "entered")
    assert newer.plan.dose_mg != older.plan.dose_mg
    used = [record.care_plan_id for record in records]
    assert used == sorted(used) and set(used) == {older.id, newer.id}


def test_the_situations_the_screens_must_show(records: list[SessionRecord]) -> None:
    states = [record.session.state for record in records]
    assert states.count(SessionState.ENDED_EARLY) == 1
    assert states.count(SessionState.ABANDONED) == 1
    assert states.count(SessionState.COMPLETED) == len(records) - 2
    events = _all_events(records)
    assert len([e for e in events if isinstance(e, CheckinMissed)]) == 1
    assert len([e for e in events if isinstance(e, ChecklistPassed) and e.cautions_acknowledged]) >= 2
    assert next(e.reason for e in events if isinstance(e, EndedEarly)).strip()
    abandoned = next(r for r in records if r.session.state is SessionState.ABANDONED)
    assert any(isinstance(e, StartBlocked) for e in abandoned.session.events)
    assert isinstance(abandoned.session.events[-1], Abandoned)
    assert any(isinstance(e, HelpUsed) for e in events)
    assert any(record.session.last_recovery_failure is not None for record in records)


def test_every_dosed_session_has_its_vitals_baseline_and_check_ins(
    vault: OpenVault, records: list[SessionRecord]
) -> None:
    repository = SessionRepository(vault.database)
    for record in records:
        session = record.session
        kinds = [v.kind for v in repository.vitals(record.id)]
        assert kinds[0] == "pre_dose"
        if session.dose_at is None:
            continue
        assert kinds.count("final") == 1
        baseline = repository.baseline(record.id)
        assert baseline is not None and 0 <= baseline.mood <= 10 and 0 <= baseline.anxiety <= 10
        assert baseline.intention is None or len(baseline.intention) <= 60
        rechecks = [e.at - session.dose_at for e in session.events if isinstance(e, BpRechecked)]
        assert rechecks and timedelta(minutes=40) <= rechecks[0] <= timedelta(minutes=43)
        assert kinds.count("recheck") == len(rechecks)
        sitter = session.sitter
        assert isinstance(sitter, SitterHandedOver)
        assert sitter.sitter_name in ("Sam (partner)", "Alex (friend)")
        settled = {c.due_at for c in session.confirmed_checkins} | {m.due_at for m in session.missed_checkins}
        assert set(checkin_times(session, session.ended_at or NOW)) <= settled  # none left unanswered
        if session.state is SessionState.COMPLETED:
            assert session.monitored is not None and session.monitored >= session.minimum_monitoring
        answers = repository.checklist_answers(record.id)
        assert "sitter_present" in answers and all(a.answered_at < session.dose_at for a in answers.values())


def test_same_seed_same_history_other_seed_other_history(tmp_path: Path, vault: OpenVault) -> None:
    with _filled(tmp_path / "again") as again:
        assert _history(again) == _history(vault)
    with _filled(tmp_path / "other", seed=8) as other:
        assert _history(other) != _history(vault)


def test_the_session_record_fields_the_demo_shows(vault: OpenVault, records: list[SessionRecord]) -> None:
    plan = CarePlanRepository(vault.database).current()
    assert plan is not None and plan.plan.kit_has_oximeter and plan.plan.session_problems() == []
    assert plan.plan.patient_address == "12 Example Street, Springfield"
    assert plan.plan.allergies == "none known"
    repository = SessionRepository(vault.database)
    dosed = _dosed(records)
    lots = [next(e for e in r.session.events if isinstance(e, DoseTaken)).lot_number for r in dosed]
    assert 0 < lots.count("") < len(lots) // 2  # most, not all, record the lot number
    reports = {record.id: repository.session_record(record.id) for record in records}
    for record in dosed:
        report = reports[record.id]
        assert report.spo2_lowest is not None and 95 <= report.spo2_lowest <= 99
        assert len(report.spo2_readings) >= 3  # before the dose, at 40 minutes and at the end
        assert report.sedation is False and report.breathing is False
    assert [r.dissociation for r in (reports[record.id] for record in dosed)].count(True) == 1
    categorised = [report for report in reports.values() if report.other_medicines]
    assert [report.other_medicines for report in categorised] == [(MedicineCategory.SLEEPING_PILLS,)]
    assert categorised[0].other_medicine_names and categorised[0].other_medicine_categories_recorded
    answers = [repository.checklist_answers(record.id)[OTHER_MEDICINES_ID] for record in records]
    assert sum(answer.value for answer in answers) == 1


def test_the_demo_raises_none_of_the_new_urgent_flags(vault: OpenVault) -> None:
    plan = CarePlanRepository(vault.database).current()
    assert plan is not None
    rules = {view.flag.rule for view in current_flags(vault.database, plan.plan, NOW)}
    assert not rules & {FlagRule.SPO2_LOW, FlagRule.SEDATION_OR_SLOW_BREATHING, FlagRule.CHECKIN_WITHOUT_CODE}


# -- what the patient recorded around the sessions ------------------------------------------------


def test_weekly_phq9_and_gad7_from_a_baseline_improving(
    vault: OpenVault, records: list[SessionRecord]
) -> None:
    repository = QuestionnaireRepository(vault.database)
    first_session = records[0].session.events[0].at
    for instrument, first_at_least, last_at_most in ((Instrument.PHQ9, 14, 10), (Instrument.GAD7, 10, 8)):
        history = repository.history(instrument)
        assert len(history) == 9  # the baseline and eight weekly ones
        assert history[0].completed_at < first_session and history[-1].completed_at < NOW
        gaps = [b.completed_at - a.completed_at for a, b in pairwise(history)]
        assert all(timedelta(days=6, hours=23) < gap < timedelta(days=7, hours=1) for gap in gaps)
        totals = [record.score.total for record in history]
        assert totals[0] >= first_at_least and totals[-1] <= last_at_most
        assert sum(totals[:3]) > sum(totals[-3:]) + 10  # a trend, not a straight line
        assert len(set(totals)) > 4
    baseline, latest = repository.baseline(Instrument.PHQ9), repository.latest(Instrument.PHQ9)
    assert baseline is not None and latest is not None and response(baseline.score.total, latest.score.total)
    assert repository.history(Instrument.PCL5) == []  # the demo plan does not enable it


def test_exactly_one_phq9_answers_item9_with_1_and_raises_the_urgent_flag(vault: OpenVault) -> None:
    phq9s = QuestionnaireRepository(vault.database).history(Instrument.PHQ9)
    [raised] = [record for record in phq9s if record.score.needs_crisis_resources]
    assert raised.score.item9 == 1 and all(r.score.item9 == 0 for r in phq9s if r is not raised)
    plan = CarePlanRepository(vault.database).current()
    assert plan is not None
    views = current_flags(vault.database, plan.plan, NOW)
    assert views[0].flag.severity is Severity.URGENT
    assert [v.flag.record_id for v in views if v.flag.rule is FlagRule.PHQ9_ITEM9] == [raised.id]
    assert all(v.is_open for v in views)
    ended_early = {v.session_id for v in views if v.flag.rule is FlagRule.SEVERE_SIDE_EFFECT}
    assert len(ended_early) == 1 and len([v for v in views if v.flag.rule is FlagRule.LATE_EDIT]) == 1


def test_every_dosed_session_has_a_post_session_log(vault: OpenVault, records: list[SessionRecord]) -> None:
    checkins = CheckinRepository(vault.database)
    versions = {record.id: checkins.post_session_log_versions(record.id) for record in records}
    for record in records:
        if record.session.dose_at is None:
            assert versions[record.id] == []
            continue
        stored = checkins.post_session_log(record.id)
        assert stored is not None and record.session.ended_at is not None
        assert record.session.ended_at < stored.created_at < record.session.ended_at + timedelta(minutes=30)
        if record.session.state is SessionState.ENDED_EARLY:
            assert stored.log.side_effects["nausea"] == "severe"
        else:
            assert "severe" not in stored.log.side_effects.values()
    counts = sorted(len(kept) for kept in versions.values() if kept)
    assert counts.count(2) == 2 and counts[-1] == 2  # one corrected within the day, one changed days later
    assert [v.late_edit for kept in versions.values() for v in kept].count(True) == 1
    latest = [version[-1].log for version in versions.values() if version]
    assert sum(bool(log.reported_side_effects) for log in latest) >= len(latest) // 2


def test_next_day_checkins_one_skipped_the_newest_left_for_today(
    vault: OpenVault, records: list[SessionRecord]
) -> None:
    checkins = CheckinRepository(vault.database)
    dosed = _dosed(records)
    found = [checkins.next_day_checkin(record.id) for record in dosed]
    assert found[-1] is None and all(found[:-1])
    assert checkins.sessions_needing_next_day_checkin(NOW) == [dosed[-1].id]
    kept = [c for c in found if c is not None]
    assert [c.skipped for c in kept].count(True) == 1
    for record, checkin in zip(dosed, kept, strict=False):
        assert record.session.ended_at is not None
        assert checkin.recorded_at - record.session.ended_at >= timedelta(hours=12)
        if not checkin.skipped:
            assert checkin.sleep_quality is not None and checkin.mood is not None
    for record in records:
        if record.session.dose_at is None:
            assert checkins.next_day_checkin(record.id) is None


def test_a_few_quick_moods_between_sessions(vault: OpenVault, records: list[SessionRecord]) -> None:
    moods = CheckinRepository(vault.database).daily_moods()
    session_days = {record.session.events[0].at.date() for record in records}
    assert 4 <= len(moods) <= 25
    assert all(0 <= m.mood <= 10 and m.recorded_at < NOW and m.recorded_at.date() not in session_days
               for m in moods)
    assert any(m.note for m in moods) and any(m.note is None for m in moods)
