"""The session state machine: each transition, each refusal, and invariants under random event sequences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as event_note
from hypothesis import strategies as st

from companion.domain.care_plan import CarePlan
from companion.domain.session import (
    AFTER_DOSE_STATES,
    BEFORE_DOSE_STATES,
    FINAL_STATES,
    RECOVERY_RECHECK_MINUTES,
    InvalidTransition,
    Session,
    SessionState,
    is_checkin_time,
)
from companion.domain.session_events import (
    Abandoned,
    BpRechecked,
    CheckinConfirmed,
    CheckinMissed,
    ChecklistPassed,
    ChecklistStarted,
    Completed,
    DoseTaken,
    EndedEarly,
    HelpKind,
    HelpUsed,
    MonitoringStarted,
    RecoveredAfterEnd,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SessionEvent,
    SitterHandedOver,
    StartBlocked,
    hash_sitter_code,
    sitter_code_matches,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PLAN = CarePlan(dose_mg=56.0)


def minutes(n: float) -> datetime:
    return T0 + timedelta(minutes=n)


def monitoring_session(plan: CarePlan = PLAN, dose_minute: float = 10) -> Session:
    """A session that reached MONITORING with the dose taken at ``minutes(dose_minute)``."""
    return Session.replay(
        plan,
        [
            ChecklistStarted(at=minutes(0)),
            ChecklistPassed(at=minutes(5)),
            SitterHandedOver(at=minutes(8), sitter_name="Sam", relationship="partner", phone="555-0100"),
            DoseTaken(at=minutes(dose_minute)),
            MonitoringStarted(at=minutes(dose_minute)),
        ],
    )


VITALS = {"systolic": 130, "diastolic": 80, "heart_rate": 72}


# -- the happy path and each step ------------------------------------------------------------------


def test_whole_session_walks_through_every_state_in_order() -> None:
    session = Session.new(PLAN)
    seen = [session.state]
    dose = minutes(10)
    for event in [
        ChecklistStarted(at=minutes(0)),
        ChecklistPassed(at=minutes(5), cautions_acknowledged=("new medicine since last session",)),
        SitterHandedOver(
            at=minutes(8), sitter_name="Sam", code_hash=hash_sitter_code("4821", salt=b"s" * 16)
        ),
        DoseTaken(at=dose),
        MonitoringStarted(at=dose),
        CheckinConfirmed(at=dose + timedelta(minutes=15), due_at=dose + timedelta(minutes=15), all_well=True),
        BpRechecked(at=dose + timedelta(minutes=41), **VITALS),
        RecoveryCheckStarted(at=dose + timedelta(minutes=120)),
        Completed(at=dose + timedelta(minutes=125), **VITALS),
    ]:
        session = session.apply(event)
        seen.append(session.state)
    assert seen == [
        SessionState.PLANNED,
        SessionState.CHECKLIST,
        SessionState.CHECKLIST,
        SessionState.HANDED_OVER,
        SessionState.DOSED,
        SessionState.MONITORING,
        SessionState.MONITORING,
        SessionState.MONITORING,
        SessionState.RECOVERY_CHECK,
        SessionState.COMPLETED,
    ]
    assert session.dose_at == dose
    assert session.ended_at == dose + timedelta(minutes=125)
    assert session.monitored == timedelta(minutes=125)
    assert not session.is_active and session.is_final and not session.ended_before_minimum
    assert len(session.events) == 9


def test_apply_returns_a_new_session_and_leaves_the_old_one_alone() -> None:
    before = Session.new(PLAN)
    after = before.apply(ChecklistStarted(at=T0))
    assert before.state is SessionState.PLANNED and before.events == ()
    assert after.state is SessionState.CHECKLIST
    with pytest.raises(FrozenInstanceError):
        after.state = SessionState.PLANNED  # type: ignore[misc]


def test_replay_of_stored_events_gives_the_same_session() -> None:
    session = monitoring_session().apply(HelpUsed(at=minutes(20), kind=HelpKind.DISTRESS))
    assert Session.replay(PLAN, session.events) == session


def test_events_are_normalised_to_utc_and_refuse_naive_times() -> None:
    plus_two = timezone(timedelta(hours=2))
    event = DoseTaken(at=datetime(2026, 3, 2, 11, 0, tzinfo=plus_two))
    assert event.at == datetime(2026, 3, 2, 9, 0, tzinfo=UTC) and event.at.tzinfo is UTC
    with pytest.raises(ValueError, match="timezone-aware"):
        DoseTaken(at=datetime(2026, 3, 2, 9, 0))
    with pytest.raises(ValueError, match="timezone-aware"):
        CheckinMissed(at=T0, due_at=datetime(2026, 3, 2, 9, 0))


def test_blocked_start_is_recorded_and_the_checklist_may_be_passed_later() -> None:
    session = Session.new(PLAN).apply(ChecklistStarted(at=minutes(0)))
    session = session.apply(StartBlocked(at=minutes(1), reasons=("Blood pressure 165/85 is above 160.",)))
    assert session.state is SessionState.CHECKLIST and not session.checklist_passed
    with pytest.raises(InvalidTransition):
        session.apply(SitterHandedOver(at=minutes(2), sitter_name="Sam"))
    session = session.apply(ChecklistPassed(at=minutes(15)))
    assert session.checklist_passed
    with pytest.raises(InvalidTransition, match="already been passed"):
        session.apply(StartBlocked(at=minutes(16), reasons=("late",)))


@pytest.mark.parametrize(
    "make",
    [
        lambda: StartBlocked(at=T0, reasons=()),
        lambda: StartBlocked(at=T0, reasons=(" ",)),
        lambda: RecoveryCheckFailed(at=T0, reasons=()),
        lambda: EndedEarly(at=T0, reason=""),
        lambda: EndedEarly(at=T0, reason="   "),
        lambda: Abandoned(at=T0, reason=""),
        lambda: SitterHandedOver(at=T0, sitter_name=" "),
        lambda: SitterHandedOver(at=T0, sitter_name="Sam", code_hash="4821"),
        lambda: BpRechecked(at=T0, systolic=0, diastolic=80, heart_rate=70),
        lambda: BpRechecked(at=T0, systolic=True, diastolic=80, heart_rate=70),
        lambda: Completed(at=T0, systolic=120, diastolic=None, heart_rate=70),
    ],
)
def test_events_that_cannot_exist_are_refused_when_made(make: object) -> None:
    with pytest.raises(ValueError):
        make()  # type: ignore[operator]


def test_dose_only_after_hand_over_and_only_once() -> None:
    session = Session.new(PLAN).apply(ChecklistStarted(at=minutes(0))).apply(ChecklistPassed(at=minutes(1)))
    with pytest.raises(InvalidTransition):
        session.apply(DoseTaken(at=minutes(2)))
    session = monitoring_session()
    with pytest.raises(InvalidTransition):
        session.apply(DoseTaken(at=minutes(30)))
    assert session.dose_at == minutes(10)


def test_events_earlier_than_the_previous_one_are_refused() -> None:
    session = Session.new(PLAN).apply(ChecklistStarted(at=minutes(5)))
    with pytest.raises(InvalidTransition, match="earlier"):
        session.apply(ChecklistPassed(at=minutes(4)))
    assert session.apply(ChecklistPassed(at=minutes(5))).checklist_passed  # the same instant is fine


def test_abandon_only_before_the_dose_and_end_early_only_after() -> None:
    before = Session.new(PLAN).apply(ChecklistStarted(at=minutes(0)))
    with pytest.raises(InvalidTransition):
        before.apply(EndedEarly(at=minutes(1), reason="changed my mind"))
    abandoned = before.apply(Abandoned(at=minutes(1), reason="sitter could not come"))
    assert abandoned.state is SessionState.ABANDONED and abandoned.end_reason == "sitter could not come"
    assert abandoned.monitored is None and not abandoned.is_active

    after = monitoring_session()
    with pytest.raises(InvalidTransition):
        after.apply(Abandoned(at=minutes(20), reason="too late for that"))
    ended = after.apply(EndedEarly(at=minutes(40), reason="patient felt unwell, went to hospital"))
    assert ended.state is SessionState.ENDED_EARLY
    assert ended.end_reason == "patient felt unwell, went to hospital"
    assert ended.monitored == timedelta(minutes=30) and ended.ended_before_minimum


@pytest.mark.parametrize(
    "event",
    [
        ChecklistStarted(at=minutes(300)),
        EndedEarly(at=minutes(300), reason="again"),
        RecoveryCheckStarted(at=minutes(300)),
        Completed(at=minutes(300), **VITALS),
    ],
)
def test_ended_states_are_final(event: SessionEvent) -> None:
    ended = monitoring_session().apply(EndedEarly(at=minutes(30), reason="hospital"))
    with pytest.raises(InvalidTransition, match="already ended"):
        ended.apply(event)


def test_after_an_early_end_the_sitter_stays_until_the_recovery_check_passes() -> None:
    ended = monitoring_session().apply(EndedEarly(at=minutes(30), reason="felt very sick"))
    assert ended.awaiting_recovery and ended.recovered_at is None
    later = ended.apply(HelpUsed(at=minutes(31), kind=HelpKind.EMERGENCY))
    later = later.apply(BpRechecked(at=minutes(35), **VITALS))
    later = later.apply(RecoveryCheckFailed(at=minutes(40), reasons=("still sick",)))
    with pytest.raises(InvalidTransition, match="final vitals"):
        later.apply(RecoveredAfterEnd(at=minutes(55)))
    recovered = later.apply(RecoveredAfterEnd(at=minutes(55), **VITALS))
    # Still ended early at minute 30: the record says when the patient could be left, nothing more.
    assert recovered.state is SessionState.ENDED_EARLY and recovered.ended_at == minutes(30)
    assert recovered.monitored == timedelta(minutes=20) and recovered.recovered_at == minutes(55)
    assert not recovered.awaiting_recovery
    for event in (HelpUsed(at=minutes(60), kind=HelpKind.OPENED), BpRechecked(at=minutes(60), **VITALS),
                  RecoveredAfterEnd(at=minutes(60), **VITALS)):
        with pytest.raises(InvalidTransition, match="already ended"):
            recovered.apply(event)


def test_recovered_after_end_follows_only_an_early_end() -> None:
    checking = monitoring_session().apply(RecoveryCheckStarted(at=minutes(130)))
    with pytest.raises(InvalidTransition, match="only an early end"):
        checking.apply(RecoveredAfterEnd(at=minutes(131), **VITALS))
    abandoned = Session.new(CarePlan(dose_mg=56.0)).apply(ChecklistStarted(at=minutes(0))).apply(
        Abandoned(at=minutes(1), reason="not today"))
    assert not abandoned.awaiting_recovery
    with pytest.raises(InvalidTransition, match="already ended"):
        abandoned.apply(RecoveredAfterEnd(at=minutes(2), **VITALS))


def test_completion_before_the_minimum_time_is_impossible() -> None:
    session = monitoring_session()  # dose at minute 10, minimum 120 → ends at minute 130
    with pytest.raises(InvalidTransition):
        session.apply(Completed(at=minutes(60), **VITALS))
    with pytest.raises(InvalidTransition, match="minimum monitoring"):
        session.apply(RecoveryCheckStarted(at=minutes(129)))
    checking = session.apply(RecoveryCheckStarted(at=minutes(130)))
    assert checking.state is SessionState.RECOVERY_CHECK
    with pytest.raises(InvalidTransition, match="final vitals"):
        checking.apply(Completed(at=minutes(131)))
    done = checking.apply(Completed(at=minutes(131), **VITALS))
    assert done.monitored == timedelta(minutes=121)


def test_final_vitals_are_optional_when_the_plan_does_not_recheck_at_the_end() -> None:
    plan = CarePlan(dose_mg=56.0, bp_recheck_at_end=False)
    session = monitoring_session(plan).apply(RecoveryCheckStarted(at=minutes(130)))
    assert session.apply(Completed(at=minutes(131))).state is SessionState.COMPLETED


def test_failed_recovery_check_extends_monitoring_and_asks_again_after_the_wait() -> None:
    session = monitoring_session().apply(RecoveryCheckStarted(at=minutes(130)))
    session = session.apply(RecoveryCheckFailed(at=minutes(132), reasons=("cannot walk steadily",)))
    assert session.state is SessionState.MONITORING
    again = minutes(132 + RECOVERY_RECHECK_MINUTES)
    with pytest.raises(InvalidTransition, match="waiting time"):
        session.apply(RecoveryCheckStarted(at=again - timedelta(seconds=1)))
    assert session.apply(RecoveryCheckStarted(at=again)).state is SessionState.RECOVERY_CHECK


def test_checkins_only_while_monitoring_and_only_on_the_schedule() -> None:
    handed_over = Session.replay(
        PLAN,
        [
            ChecklistStarted(at=minutes(0)),
            ChecklistPassed(at=minutes(1)),
            SitterHandedOver(at=minutes(2), sitter_name="Sam"),
        ],
    )
    with pytest.raises(InvalidTransition):
        handed_over.apply(CheckinConfirmed(at=minutes(20), due_at=minutes(20), all_well=True))

    session = monitoring_session()  # dose at 10: check-ins at 25, 40, 55, …
    with pytest.raises(InvalidTransition, match="no check-in is scheduled"):
        session.apply(CheckinConfirmed(at=minutes(26), due_at=minutes(26), all_well=True))
    with pytest.raises(InvalidTransition, match="not due yet"):
        session.apply(CheckinConfirmed(at=minutes(22.9), due_at=minutes(25), all_well=True))
    early = session.apply(CheckinConfirmed(at=minutes(23), due_at=minutes(25), all_well=True))
    with pytest.raises(InvalidTransition, match="already been confirmed"):
        early.apply(CheckinConfirmed(at=minutes(25), due_at=minutes(25), all_well=True))
    with pytest.raises(InvalidTransition, match="already been confirmed"):
        early.apply(CheckinMissed(at=minutes(30), due_at=minutes(25)))


def test_missed_checkin_only_after_grace_once_and_may_still_be_answered_late() -> None:
    session = monitoring_session()
    with pytest.raises(InvalidTransition, match="grace"):
        session.apply(CheckinMissed(at=minutes(26.9), due_at=minutes(25)))
    missed = session.apply(CheckinMissed(at=minutes(27), due_at=minutes(25)))
    with pytest.raises(InvalidTransition, match="already been recorded"):
        missed.apply(CheckinMissed(at=minutes(28), due_at=minutes(25)))
    late = missed.apply(CheckinConfirmed(at=minutes(29), due_at=minutes(25), all_well=False))
    assert [c.due_at for c in late.confirmed_checkins] == [minutes(25)]
    assert [m.due_at for m in late.missed_checkins] == [minutes(25)]
    answered_later = late.apply(CheckinConfirmed(at=minutes(55), due_at=minutes(55), all_well=True))
    with pytest.raises(InvalidTransition, match="later check-in"):
        answered_later.apply(CheckinConfirmed(at=minutes(56), due_at=minutes(40), all_well=True))


def test_help_is_recorded_in_every_state_where_the_button_shows() -> None:
    assert monitoring_session().apply(HelpUsed(at=minutes(12), kind=HelpKind.EMERGENCY)).help_uses
    with pytest.raises(InvalidTransition):
        Session.new(PLAN).apply(HelpUsed(at=T0, kind=HelpKind.EMERGENCY))


def test_is_checkin_time_is_the_dose_plus_whole_intervals() -> None:
    dose = minutes(10)
    assert is_checkin_time(PLAN, dose, minutes(25)) and is_checkin_time(PLAN, dose, minutes(160))
    assert not is_checkin_time(PLAN, dose, dose)
    assert not is_checkin_time(PLAN, dose, minutes(25) + timedelta(microseconds=1))


def test_sitter_code_is_stored_only_as_a_salted_hash() -> None:
    first = hash_sitter_code("0427")
    second = hash_sitter_code("0427")
    assert "0427" not in first.split("$", 2)[2] and first != second  # salted
    assert sitter_code_matches("0427", first) and sitter_code_matches("0427", second)
    assert not sitter_code_matches("0428", first)
    for bad in ("123", "12345", "12a4", "١٢٣٤"):
        with pytest.raises(ValueError):
            hash_sitter_code(bad)


# -- random event sequences ------------------------------------------------------------------------

SMALL_PLANS = [
    PLAN,
    CarePlan(
        dose_mg=56.0, minimum_monitoring_minutes=30, checkin_interval_minutes=5, checkin_grace_minutes=1
    ),
    CarePlan(
        dose_mg=56.0, minimum_monitoring_minutes=60, checkin_interval_minutes=10, bp_recheck_at_end=False
    ),
]
reasons = st.lists(st.sampled_from(["", " ", "dizzy", "BP 190/100"]), max_size=2).map(tuple)
reason = st.sampled_from(["", "  ", "sitter had to leave", "patient unwell"])


VITALS_DRAWN = st.fixed_dictionaries(
    {"systolic": st.integers(90, 200), "diastolic": st.integers(50, 120), "heart_rate": st.integers(40, 140)}
)
GRID_STEPS = st.integers(-2, 1)
OFF_GRID_MINUTES = st.integers(-30, 30)


def draw_due_at(data: st.DataObject, session: Session, at: datetime) -> datetime:
    """A due time near ``at``: mostly on the check-in grid, sometimes off it."""
    base = session.dose_at or at
    interval = timedelta(minutes=session.plan.checkin_interval_minutes)
    if data.draw(st.booleans()):
        return at + timedelta(minutes=data.draw(OFF_GRID_MINUTES))
    return base + interval * (max(1, (at - base) // interval) + data.draw(GRID_STEPS))


Builder = Callable[[st.DataObject, Session, datetime], SessionEvent]
BUILDERS: dict[str, Builder] = {
    "ChecklistStarted": lambda d, s, at: ChecklistStarted(at=at),
    "StartBlocked": lambda d, s, at: StartBlocked(at=at, reasons=d.draw(reasons)),
    "ChecklistPassed": lambda d, s, at: ChecklistPassed(at=at),
    "SitterHandedOver": lambda d, s, at: SitterHandedOver(at=at, sitter_name="Sam"),
    "DoseTaken": lambda d, s, at: DoseTaken(at=at),
    "MonitoringStarted": lambda d, s, at: MonitoringStarted(at=at),
    "CheckinConfirmed": lambda d, s, at: CheckinConfirmed(
        at=at, due_at=draw_due_at(d, s, at), all_well=d.draw(st.booleans())
    ),
    "CheckinMissed": lambda d, s, at: CheckinMissed(at=at, due_at=draw_due_at(d, s, at)),
    "BpRechecked": lambda d, s, at: BpRechecked(at=at, **d.draw(VITALS_DRAWN)),
    "HelpUsed": lambda d, s, at: HelpUsed(at=at, kind=d.draw(st.sampled_from(HelpKind))),
    "RecoveryCheckStarted": lambda d, s, at: RecoveryCheckStarted(at=at),
    "RecoveryCheckFailed": lambda d, s, at: RecoveryCheckFailed(at=at, reasons=d.draw(reasons)),
    "Completed": lambda d, s, at: Completed(at=at, **(d.draw(VITALS_DRAWN) if d.draw(st.booleans()) else {})),
    "EndedEarly": lambda d, s, at: EndedEarly(at=at, reason=d.draw(reason)),
    "RecoveredAfterEnd": lambda d, s, at: RecoveredAfterEnd(
        at=at, **(d.draw(VITALS_DRAWN) if d.draw(st.booleans()) else {})),
    "Abandoned": lambda d, s, at: Abandoned(at=at, reason=d.draw(reason)),
}
ALL_KINDS = st.sampled_from(sorted(BUILDERS))
NATURAL_NEXT = {
    SessionState.PLANNED: st.just("ChecklistStarted"),
    SessionState.CHECKLIST: st.sampled_from(["ChecklistPassed", "SitterHandedOver"]),
    SessionState.HANDED_OVER: st.just("DoseTaken"),
    SessionState.DOSED: st.just("MonitoringStarted"),
    SessionState.MONITORING: st.sampled_from(["CheckinConfirmed", "CheckinMissed", "RecoveryCheckStarted"]),
    SessionState.RECOVERY_CHECK: st.sampled_from(["Completed", "RecoveryCheckFailed"]),
    SessionState.ENDED_EARLY: st.sampled_from(["RecoveredAfterEnd", "RecoveryCheckFailed", "HelpUsed"]),
}


def draw_event(data: st.DataObject, session: Session, at: datetime) -> SessionEvent:
    """Any kind of event half of the time; otherwise one of the kinds that would move this state along."""
    natural = NATURAL_NEXT.get(session.state)
    kinds = natural if natural is not None and data.draw(st.booleans()) else ALL_KINDS
    return BUILDERS[data.draw(kinds)](data, session, at)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_event_sequences_keep_the_invariants(data: st.DataObject) -> None:
    plan = data.draw(st.sampled_from(SMALL_PLANS))
    session = Session.new(plan)
    at = T0
    for _ in range(data.draw(st.integers(0, 60))):
        at += timedelta(minutes=data.draw(st.integers(-3, 40)), seconds=data.draw(st.integers(0, 59)))
        try:
            event = draw_event(data, session, at)
        except ValueError:
            continue  # an event that cannot be made (empty reason, half the vitals): never reaches apply
        try:
            after = session.apply(event)
        except InvalidTransition:
            continue
        event_note(f"reached {after.state}")
        check_invariants(session, event, after)
        session = after
    assert Session.replay(plan, session.events) == session


def check_invariants(before: Session, event: SessionEvent, after: Session) -> None:
    assert after.events == (*before.events, event)
    # Every applied event's time ≥ the previous one's.
    assert all(a.at <= b.at for a, b in zip(after.events, after.events[1:], strict=False))
    # Never dosed twice; dose time fixed once set.
    assert sum(isinstance(e, DoseTaken) for e in after.events) <= 1
    if before.dose_at is not None:
        assert after.dose_at == before.dose_at
    assert (after.dose_at is None) == (
        after.state in BEFORE_DOSE_STATES or after.state is SessionState.ABANDONED
    )
    # Ended states are final: after them only the "until recovered" events of an early end.
    if before.is_final:
        assert before.awaiting_recovery and isinstance(
            event, RecoveredAfterEnd | RecoveryCheckFailed | HelpUsed | BpRechecked)
        assert (after.state, after.ended_at, after.dose_at) == (before.state, before.ended_at, before.dose_at)
        return
    assert after.is_active == (after.state not in FINAL_STATES)
    assert (after.ended_at is not None) == after.is_final
    # Abandoned never after the dose; ended early only after it, with a reason.
    if after.state is SessionState.ABANDONED:
        assert after.dose_at is None and after.end_reason
    if after.state is SessionState.ENDED_EARLY:
        assert after.dose_at is not None and after.end_reason and after.end_reason.strip()
        assert before.state in AFTER_DOSE_STATES
    # Completed implies the minimum monitoring time elapsed (otherwise it had to be EndedEarly with a reason).
    if after.state is SessionState.COMPLETED:
        assert after.monitored is not None and after.monitored >= after.minimum_monitoring
    if after.ended_before_minimum:
        assert after.state is SessionState.ENDED_EARLY
    # Check-ins only while monitoring.
    if isinstance(event, CheckinConfirmed | CheckinMissed):
        assert before.state is SessionState.MONITORING and after.state is SessionState.MONITORING
        assert after.dose_at is not None and is_checkin_time(after.plan, after.dose_at, event.due_at)
