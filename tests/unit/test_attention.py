"""Needs-attention flags from stored records, and "discussed with my clinician" kept across evaluations."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.care_plan import CarePlan
from companion.domain.flags import FlagRule, Severity
from companion.domain.instruments import Instrument, score
from companion.domain.vitals import BloodPressure
from companion.storage.attention import (
    RECORD_POST_SESSION_LOG,
    FlagView,
    current_flags,
    mark_discussed,
    side_effect_from_record_id,
    side_effect_record_id,
)
from companion.storage.care_plans import CarePlanRecord, CarePlanRepository
from companion.storage.checkins import SIDE_EFFECTS, CheckinRepository, PostSessionLog
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.migrations import apply_migrations
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.sessions import SessionRepository
from tests.unit.test_checkins_repository import ended_session

T0 = datetime(2026, 3, 3, 15, 0, 0, 250_000, tzinfo=UTC)
PLAN = CarePlan(dose_mg=50.0, clinician_name="Dr. Rowan", clinician_phone="555-0100")
NOW = T0 + timedelta(days=20)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with Database.create(tmp_path / "vault.db", DataKey.generate()) as database:
        apply_migrations(database)
        yield database


@pytest.fixture
def plan(database: Database) -> CarePlanRecord:
    return CarePlanRepository(database).save(PLAN, at=T0 - timedelta(days=1))


def rules(views: list[FlagView]) -> list[tuple[FlagRule, str, int]]:
    return [(v.flag.rule, v.flag.record_kind, v.flag.record_id) for v in views]


def test_an_empty_vault_has_no_flags(database: Database) -> None:
    assert current_flags(database, PLAN, NOW) == []


def test_phq9_item9_above_zero_is_urgent_whatever_the_total(database: Database) -> None:
    repository = QuestionnaireRepository(database)
    repository.save(score(Instrument.PHQ9, [0] * 9), at=T0)
    low_total = repository.save(score(Instrument.PHQ9, [0] * 8 + [1]), at=T0 + timedelta(days=7))
    [view] = current_flags(database, PLAN, NOW)
    assert rules([view]) == [(FlagRule.PHQ9_ITEM9, "questionnaire", low_total.id)]
    assert (view.flag.severity, view.session_id, view.is_open) == (Severity.URGENT, None, True)
    assert "555-0100" in view.flag.text


def test_the_latest_pre_dose_reading_of_a_session_counts(database: Database, plan: CarePlanRecord) -> None:
    sessions = SessionRepository(database)
    caution = ended_session(database, plan, T0)
    sessions.save_vitals(caution, "pre_dose", BloodPressure(120, 76), 70, T0 - timedelta(hours=2))
    sessions.save_vitals(caution, "pre_dose", BloodPressure(146, 86), 84, T0 - timedelta(hours=2))
    fine = ended_session(database, plan, T0 + timedelta(days=3))
    sessions.save_vitals(fine, "pre_dose", BloodPressure(146, 86), 84, T0 + timedelta(days=3, hours=-2))
    sessions.save_vitals(fine, "pre_dose", BloodPressure(122, 78), 72, T0 + timedelta(days=3, hours=-2))
    views = current_flags(database, PLAN, NOW)
    caution_flags = [v for v in views if v.flag.rule is FlagRule.PRE_DOSE_BP_CAUTION]
    assert [(v.flag.record_id, v.session_id) for v in caution_flags] == [(caution, caution)]
    assert "146/86" in caution_flags[0].flag.text
    # Both sessions ended before the minimum: the session facts reach every session rule.
    early = {v.flag.record_id for v in views if v.flag.rule is FlagRule.ENDED_BEFORE_MINIMUM}
    assert early == {caution, fine}


def test_each_severe_side_effect_of_the_latest_version_is_its_own_flag(
    database: Database, plan: CarePlanRecord
) -> None:
    session_id = ended_session(database, plan, T0)
    checkins = CheckinRepository(database)
    effects = {"vomiting": "severe", "other": "severe", "headache": "moderate"}
    log = PostSessionLog(session_id, 4, 5, 3, 8, effects, other_text="ringing ears")
    record = checkins.save_post_session_log(log, at=T0 + timedelta(minutes=10))
    views = [v for v in current_flags(database, PLAN, NOW) if v.flag.rule is FlagRule.SEVERE_SIDE_EFFECT]
    assert sorted(v.flag.record_id for v in views) == sorted(
        side_effect_record_id(record.id, name) for name in ("vomiting", "other"))
    assert {v.session_id for v in views} == {session_id}
    texts = " ".join(v.flag.text for v in views)
    assert "vomiting" in texts and "ringing ears" in texts and "headache" not in texts
    assert all(v.flag.raised_at == T0 + timedelta(minutes=10) for v in views)
    # Corrected within the day: vomiting was moderate after all; "other" stays severe since its first report.
    corrected = dict(effects, vomiting="moderate")
    corrected_log = PostSessionLog(session_id, 4, 5, 3, 8, corrected, other_text="ringing ears")
    checkins.save_post_session_log(corrected_log, at=T0 + timedelta(hours=2))
    [view] = [v for v in current_flags(database, PLAN, NOW) if v.flag.rule is FlagRule.SEVERE_SIDE_EFFECT]
    assert side_effect_from_record_id(view.flag.record_id) == (record.id, "other")
    assert view.flag.raised_at == T0 + timedelta(minutes=10)
    assert all(v.flag.rule is not FlagRule.LATE_EDIT for v in current_flags(database, PLAN, NOW))


def test_side_effect_record_ids_round_trip() -> None:
    for log_id in (1, 7, 12345):
        for effect in SIDE_EFFECTS:
            assert side_effect_from_record_id(side_effect_record_id(log_id, effect)) == (log_id, effect)


def test_an_edit_after_24_hours_is_flagged_once_per_log(database: Database, plan: CarePlanRecord) -> None:
    session_id = ended_session(database, plan, T0)
    checkins = CheckinRepository(database)
    log = PostSessionLog(session_id, 5, 3, 4, 6)
    first = checkins.save_post_session_log(log, at=T0)
    checkins.save_post_session_log(log, at=T0 + timedelta(hours=23))
    assert all(v.flag.rule is not FlagRule.LATE_EDIT for v in current_flags(database, PLAN, NOW))
    checkins.save_post_session_log(log, at=T0 + timedelta(days=2))
    checkins.save_post_session_log(log, at=T0 + timedelta(days=3))
    [view] = [v for v in current_flags(database, PLAN, NOW) if v.flag.rule is FlagRule.LATE_EDIT]
    assert (view.flag.record_kind, view.flag.record_id, view.session_id) == (
        RECORD_POST_SESSION_LOG, first.id, session_id)
    assert view.flag.raised_at == T0 + timedelta(days=2) and "2 times" in view.flag.text


def test_discussed_is_kept_with_its_first_time_and_never_deleted(database: Database) -> None:
    repository = QuestionnaireRepository(database)
    repository.save(score(Instrument.GAD7, [3] * 7), at=T0)
    repository.save(score(Instrument.PHQ9, [1] * 9), at=T0)
    gad7, phq9 = sorted(current_flags(database, PLAN, NOW), key=lambda v: v.flag.rule.value)
    assert gad7.flag.rule is FlagRule.GAD7_SEVERE and phq9.flag.rule is FlagRule.PHQ9_ITEM9
    mark_discussed(database, gad7.flag.key, NOW)
    mark_discussed(database, gad7.flag.key, NOW + timedelta(days=1))
    views = {v.flag.key: v for v in current_flags(database, PLAN, NOW + timedelta(days=2))}
    assert views[gad7.flag.key].discussed_at == NOW and not views[gad7.flag.key].is_open
    assert views[phq9.flag.key].is_open
    # The mark outlives the record it was about and can never be removed through the API.
    database.execute("DELETE FROM questionnaire_responses")
    assert current_flags(database, PLAN, NOW) == []
    assert database.execute("SELECT flag_key FROM flag_reviews").fetchall() == [(gad7.flag.key,)]
    with pytest.raises(ValueError, match="flag_key"):
        mark_discussed(database, "", NOW)
