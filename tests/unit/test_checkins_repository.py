"""Post-session logs (every save a version, late edits marked), next-day check-ins and quick moods."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3

from companion.domain.care_plan import CarePlan
from companion.domain.session_events import (
    Abandoned,
    ChecklistPassed,
    ChecklistStarted,
    DoseTaken,
    EndedEarly,
    MonitoringStarted,
    SitterHandedOver,
)
from companion.storage.care_plans import CarePlanRecord, CarePlanRepository
from companion.storage.checkins import (
    SIDE_EFFECTS,
    CheckinRepository,
    NextDayCheckinExistsError,
    PostSessionLog,
    StoredCheckinDamagedError,
)
from companion.storage.database import Database
from companion.storage.sessions import SessionNotFoundError, SessionRepository

T0 = datetime(2026, 3, 3, 15, 0, 0, 250_000, tzinfo=UTC)


@pytest.fixture
def plan(database: Database) -> CarePlanRecord:
    plan = CarePlan(dose_mg=50.0, clinician_phone="555-0100")
    return CarePlanRepository(database).save(plan, at=T0 - timedelta(days=1))


def ended_session(database: Database, plan: CarePlanRecord, ended_at: datetime) -> int:
    """A dosed session ended (early) at ``ended_at``."""
    repository = SessionRepository(database)
    dose_at = ended_at - timedelta(minutes=90)
    session_id = repository.create(plan, at=dose_at - timedelta(minutes=30)).id
    repository.append(session_id, ChecklistStarted(at=dose_at - timedelta(minutes=20)))
    repository.append(session_id, ChecklistPassed(at=dose_at - timedelta(minutes=10)))
    repository.append(session_id, SitterHandedOver(at=dose_at - timedelta(minutes=5), sitter_name="Sam"))
    repository.append(session_id, DoseTaken(at=dose_at), MonitoringStarted(at=dose_at))
    repository.append(session_id, EndedEarly(at=ended_at, reason="Felt unwell."))
    return session_id


def a_log(session_id: int, **changes: object) -> PostSessionLog:
    values: dict[str, object] = {
        "mood": 6, "anxiety": 3, "energy": 4, "peak_intensity": 7,
        "side_effects": {"nausea": "mild", "other": "moderate"}, "other_text": " jaw tension ",
        "note": " Calmer than last time. ",
    }
    values.update(changes)
    return PostSessionLog(session_id, **values)  # type: ignore[arg-type]


# -- the log itself --------------------------------------------------------------------------------


def test_a_log_holds_every_side_effect_and_trims_its_texts() -> None:
    log = a_log(1)
    assert list(log.side_effects) == list(SIDE_EFFECTS)
    assert log.side_effects["nausea"] == "mild" and log.side_effects["headache"] == "none"
    assert log.reported_side_effects == {"nausea": "mild", "other": "moderate"}
    assert (log.other_text, log.note) == ("jaw tension", "Calmer than last time.")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"mood": 11}, "mood"),
        ({"anxiety": -1}, "anxiety"),
        ({"energy": True}, "energy"),
        ({"peak_intensity": 5.0}, "peak_intensity"),
        ({"side_effects": {"sneezing": "mild"}}, "unknown side effects"),
        ({"side_effects": {"nausea": "awful"}}, "severities"),
    ],
)
def test_a_log_refuses_bad_ratings_and_unknown_effects(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        a_log(1, **changes)


def test_the_first_save_is_version_one_and_reads_back_equal(database: Database, plan: CarePlanRecord) -> None:
    session_id = ended_session(database, plan, T0)
    repository = CheckinRepository(database)
    assert repository.post_session_log(session_id) is None
    saved = repository.save_post_session_log(a_log(session_id), at=T0 + timedelta(minutes=5))
    assert (saved.version, saved.late_edit, saved.created_at, saved.updated_at) == (
        1, False, T0 + timedelta(minutes=5), T0 + timedelta(minutes=5))
    assert repository.post_session_log(session_id) == saved


def test_every_save_is_kept_and_only_an_edit_after_24_hours_is_late(
    database: Database, plan: CarePlanRecord
) -> None:
    session_id = ended_session(database, plan, T0)
    repository = CheckinRepository(database)
    first = T0 + timedelta(minutes=5)
    repository.save_post_session_log(a_log(session_id), at=first)
    on_time = repository.save_post_session_log(a_log(session_id, mood=7), at=first + timedelta(hours=24))
    assert (on_time.version, on_time.late_edit) == (2, False)  # exactly 24 h is still in the window
    late = repository.save_post_session_log(
        a_log(session_id, mood=8), at=first + timedelta(hours=24, microseconds=1)
    )
    assert (late.version, late.late_edit, late.created_at) == (3, True, first)
    stored = repository.post_session_log(session_id)
    assert stored == late and stored.log.mood == 8
    versions = repository.post_session_log_versions(session_id)
    assert [(v.version, v.log.mood, v.late_edit) for v in versions] == [
        (1, 6, False), (2, 7, False), (3, 8, True)]


def test_a_log_needs_a_stored_session(database: Database) -> None:
    with pytest.raises(SessionNotFoundError):
        CheckinRepository(database).save_post_session_log(a_log(99), at=T0)
    assert database.execute("SELECT count(*) FROM post_session_logs").fetchone()[0] == 0


def test_a_damaged_stored_log_is_reported_not_shown(database: Database, plan: CarePlanRecord) -> None:
    session_id = ended_session(database, plan, T0)
    repository = CheckinRepository(database)
    repository.save_post_session_log(a_log(session_id), at=T0)
    database.execute("UPDATE post_session_log_versions SET side_effects_json = '{\"nausea\": \"awful\"}'")
    with pytest.raises(StoredCheckinDamagedError, match="damaged") as caught:
        repository.post_session_log(session_id)
    assert "awful" not in str(caught.value)


def test_the_schema_refuses_out_of_range_ratings(database: Database, plan: CarePlanRecord) -> None:
    session_id = ended_session(database, plan, T0)
    CheckinRepository(database).save_post_session_log(a_log(session_id), at=T0)
    with pytest.raises(sqlcipher3.IntegrityError, match="CHECK"):
        database.execute("UPDATE post_session_log_versions SET mood = 11")


# -- next-day check-ins ----------------------------------------------------------------------------


def test_a_next_day_checkin_reads_back_and_is_one_per_session(
    database: Database, plan: CarePlanRecord
) -> None:
    session_id = ended_session(database, plan, T0)
    repository = CheckinRepository(database)
    assert repository.next_day_checkin(session_id) is None
    saved = repository.save_next_day_checkin(
        session_id, at=T0 + timedelta(hours=18), skipped=False, sleep_quality=7, mood=6,
        lingering="  a slight headache ", stood_out="",
    )
    answers = (saved.sleep_quality, saved.mood, saved.lingering, saved.stood_out)
    assert answers == (7, 6, "a slight headache", None)
    assert repository.next_day_checkin(session_id) == saved
    with pytest.raises(NextDayCheckinExistsError):
        repository.save_next_day_checkin(session_id, at=T0 + timedelta(hours=19), skipped=True)
    assert repository.next_day_checkin(session_id) == saved


def test_a_skipped_checkin_keeps_no_answers(database: Database, plan: CarePlanRecord) -> None:
    session_id = ended_session(database, plan, T0)
    saved = CheckinRepository(database).save_next_day_checkin(
        session_id, at=T0 + timedelta(hours=13), skipped=True, sleep_quality=3, lingering="x"
    )
    assert (saved.skipped, saved.sleep_quality, saved.lingering) == (True, None, None)
    assert CheckinRepository(database).next_day_checkin(session_id) == saved


def test_next_day_checkin_ratings_are_checked(database: Database, plan: CarePlanRecord) -> None:
    session_id = ended_session(database, plan, T0)
    with pytest.raises(ValueError, match="sleep_quality"):
        CheckinRepository(database).save_next_day_checkin(session_id, at=T0, skipped=False, sleep_quality=11)
    with pytest.raises(SessionNotFoundError):
        CheckinRepository(database).save_next_day_checkin(99, at=T0, skipped=True)


def test_sessions_needing_a_checkin_from_12_hours_until_a_week(
    database: Database, plan: CarePlanRecord
) -> None:
    repository = CheckinRepository(database)
    old = ended_session(database, plan, T0)
    recent = ended_session(database, plan, T0 + timedelta(days=3))
    abandoned = SessionRepository(database).create(plan, at=T0 + timedelta(days=4)).id
    SessionRepository(database).append(abandoned, Abandoned(at=T0 + timedelta(days=4, minutes=5), reason="x"))
    just_before = T0 + timedelta(hours=12) - timedelta(microseconds=1)
    assert repository.sessions_needing_next_day_checkin(just_before) == []
    assert repository.sessions_needing_next_day_checkin(T0 + timedelta(hours=12)) == [old]
    three_days_on = T0 + timedelta(days=3, hours=12)
    assert repository.sessions_needing_next_day_checkin(three_days_on) == [recent, old]  # newest first
    repository.save_next_day_checkin(old, at=three_days_on, skipped=True)
    assert repository.sessions_needing_next_day_checkin(three_days_on) == [recent]
    assert repository.sessions_needing_next_day_checkin(T0 + timedelta(days=10, hours=1)) == []  # too old
    ten_days_on = T0 + timedelta(days=10, hours=1)
    wider = repository.sessions_needing_next_day_checkin(ten_days_on, until=timedelta(days=8))
    assert wider == [recent]


# -- daily moods -----------------------------------------------------------------------------------


def test_daily_moods_oldest_first_and_since(database: Database) -> None:
    repository = CheckinRepository(database)
    later = repository.save_daily_mood(7, "  walked in the park ", at=T0 + timedelta(days=1))
    earlier = repository.save_daily_mood(4, "", at=T0)
    assert (later.note, earlier.note) == ("walked in the park", None)
    assert repository.daily_moods() == [earlier, later]
    assert repository.daily_moods(since=T0 + timedelta(hours=1)) == [later]
    with pytest.raises(ValueError, match="mood"):
        repository.save_daily_mood(11, None, at=T0)
    assert len(repository.daily_moods()) == 2
