"""The monitoring schedule: elapsed time, check-ins, BP re-checks and recovery, driven by a FakeClock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from companion.domain.care_plan import CarePlan
from companion.domain.clock import FakeClock
from companion.domain.monitoring import (
    URGENT_RECHECK_MINUTES,
    CheckinStatus,
    ReadingDue,
    ReadingKind,
    SessionClock,
    bp_recheck_times,
    bp_rechecks_due,
    checkin_status,
    checkin_times,
    checkin_to_confirm,
    effective_now,
    elapsed_since_dose,
    followup_recheck_at,
    next_checkin_due,
    overdue_checkins,
    readings_due,
    recovery_check_due,
    remaining_minimum,
    unanswered_checkins,
)
from companion.domain.session import (
    RECOVERY_RECHECK_MINUTES,
    Session,
)
from companion.domain.session_events import (
    BpRechecked,
    CheckinConfirmed,
    CheckinMissed,
    ChecklistPassed,
    ChecklistStarted,
    Completed,
    DoseTaken,
    EndedEarly,
    MonitoringStarted,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SessionEvent,
    SitterHandedOver,
)
from companion.domain.vitals import BloodPressure

START = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)  # the night European clocks go forward
PLAN = CarePlan(dose_mg=56.0)  # minimum 120, check-in every 15 with 2 grace, BP at 40 and at the end
VITALS = {"systolic": 128, "diastolic": 82, "heart_rate": 76}
MINUTE = 60.0


def m(n: float) -> timedelta:
    return timedelta(minutes=n)


class Run:
    """The app's side of a session: a clock, a SessionClock on it, and events stamped with its time."""

    def __init__(self, clock: FakeClock, session: Session | None = None) -> None:
        self.clock = clock
        self.session = session or Session.new(PLAN)
        self.time = SessionClock(clock, not_before=self.session.last_event_at)

    def now(self) -> datetime:
        return self.time.now()

    def record(self, make: type[SessionEvent], **fields: object) -> None:
        self.session = self.session.apply(make(at=self.now(), **fields))

    def dose(self) -> datetime:
        for make, fields in [
            (ChecklistStarted, {}),
            (ChecklistPassed, {}),
            (SitterHandedOver, {"sitter_name": "Sam"}),
            (DoseTaken, {}),
            (MonitoringStarted, {}),
        ]:
            self.record(make, **fields)
        assert self.session.dose_at is not None
        return self.session.dose_at

    def status(self) -> CheckinStatus:
        return checkin_status(self.session, self.now())

    def elapsed(self) -> timedelta:
        return elapsed_since_dose(self.session, self.now())

    def record_overdue(self) -> list[datetime]:
        overdue = overdue_checkins(self.session, self.now())
        for due_at in overdue:
            self.record(CheckinMissed, due_at=due_at)
        return overdue

    def confirm(self, all_well: bool = True) -> datetime:
        due_at = checkin_to_confirm(self.session, self.now())
        assert due_at is not None
        self.record(CheckinConfirmed, due_at=due_at, all_well=all_well)
        return due_at


def dosed_run() -> tuple[Run, datetime]:
    run = Run(FakeClock(START))
    return run, run.dose()


# -- elapsed and remaining -------------------------------------------------------------------------


def test_before_the_dose_nothing_has_elapsed_and_nothing_is_due() -> None:
    run = Run(FakeClock(START))
    run.record(ChecklistStarted)
    run.clock.advance(30 * MINUTE)
    assert run.elapsed() == timedelta(0)
    assert remaining_minimum(run.session, run.now()) == m(120)
    assert run.status() is CheckinStatus.NOT_DUE
    assert next_checkin_due(run.session, run.now()) is None
    assert overdue_checkins(run.session, run.now()) == []
    assert bp_recheck_times(run.session) == [] and bp_rechecks_due(run.session, run.now()) == []


def test_elapsed_and_remaining_follow_the_stored_dose_time_and_stop_at_the_end() -> None:
    run, _ = dosed_run()
    run.clock.advance(47 * MINUTE + 30)
    assert run.elapsed() == m(47.5)
    assert remaining_minimum(run.session, run.now()) == m(72.5)
    run.record(EndedEarly, reason="patient asked to stop")
    run.clock.advance(60 * MINUTE)
    assert run.elapsed() == m(47.5)  # frozen at the end
    assert remaining_minimum(run.session, run.now()) == m(72.5)
    assert run.status() is CheckinStatus.NOT_DUE and next_checkin_due(run.session, run.now()) is None


def test_time_zones_do_not_matter() -> None:
    run, _ = dosed_run()
    run.clock.advance(50 * MINUTE)
    now_utc = run.now()
    now_tokyo = now_utc.astimezone(timezone(timedelta(hours=9)))
    assert elapsed_since_dose(run.session, now_tokyo) == elapsed_since_dose(run.session, now_utc) == m(50)
    assert overdue_checkins(run.session, now_tokyo) == overdue_checkins(run.session, now_utc)


# -- check-ins ---------------------------------------------------------------------------------------


def test_checkins_come_every_interval_with_grace_then_escalation() -> None:
    run, dose = dosed_run()
    assert run.status() is CheckinStatus.NOT_DUE
    assert next_checkin_due(run.session, run.now()) == dose + m(15)

    run.clock.advance(12 * MINUTE)
    assert run.status() is CheckinStatus.NOT_DUE and checkin_to_confirm(run.session, run.now()) is None
    run.clock.advance(1 * MINUTE)  # 13: within grace before it falls due
    assert run.status() is CheckinStatus.DUE
    assert checkin_to_confirm(run.session, run.now()) == dose + m(15)
    run.clock.advance(2 * MINUTE)  # 15: due
    assert run.status() is CheckinStatus.IN_GRACE
    run.clock.advance(2 * MINUTE - 1)  # 16:59
    assert run.status() is CheckinStatus.IN_GRACE and overdue_checkins(run.session, run.now()) == []
    assert run.confirm() == dose + m(15)
    assert run.status() is CheckinStatus.NOT_DUE
    assert next_checkin_due(run.session, run.now()) == dose + m(30)

    run.clock.advance(13 * MINUTE + 1)  # 30: the next one falls due and goes unanswered
    assert run.status() is CheckinStatus.IN_GRACE
    run.clock.advance(2 * MINUTE)  # 32: grace over
    assert run.status() is CheckinStatus.ESCALATE
    assert run.record_overdue() == [dose + m(30)]
    assert run.status() is CheckinStatus.ESCALATE  # recording it does not silence the escalation
    assert overdue_checkins(run.session, run.now()) == []

    assert unanswered_checkins(run.session, run.now()) == [dose + m(30)]
    run.clock.advance(13 * MINUTE)  # 45: the next falls due while still escalated — no calming down
    assert run.status() is CheckinStatus.ESCALATE
    assert checkin_to_confirm(run.session, run.now()) == dose + m(45)
    assert unanswered_checkins(run.session, run.now()) == [dose + m(30), dose + m(45)]
    assert run.confirm(all_well=False) == dose + m(45)  # the sitter answers the latest one
    assert run.status() is CheckinStatus.NOT_DUE
    assert [c.due_at for c in run.session.missed_checkins] == [dose + m(30)]
    assert unanswered_checkins(run.session, run.now()) == []


def test_an_early_answer_counts_for_the_coming_checkin() -> None:
    run, dose = dosed_run()
    run.clock.advance(14 * MINUTE)
    assert run.confirm() == dose + m(15)
    run.clock.advance(3 * MINUTE)  # 17: past the grace of the one answered early
    assert run.status() is CheckinStatus.NOT_DUE
    assert overdue_checkins(run.session, run.now()) == []
    assert next_checkin_due(run.session, run.now()) == dose + m(30)


def test_checkins_that_fell_due_while_the_app_was_closed_are_returned_as_missed() -> None:
    run, dose = dosed_run()
    run.clock.advance(16 * MINUTE)
    run.confirm()
    stored = run.session.events  # what the database holds when the process dies

    run.clock.advance(42 * MINUTE)  # closed until minute 58
    resumed = Run(run.clock, Session.replay(PLAN, stored))
    assert resumed.elapsed() == m(58)
    assert resumed.status() is CheckinStatus.ESCALATE
    assert resumed.record_overdue() == [dose + m(30), dose + m(45)]
    assert resumed.record_overdue() == []  # recorded once
    again = Session.replay(PLAN, resumed.session.events)
    assert [c.due_at for c in again.missed_checkins] == [dose + m(30), dose + m(45)]
    assert overdue_checkins(again, resumed.now()) == []


def test_a_checkin_still_in_grace_at_restart_is_not_yet_missed() -> None:
    run, dose = dosed_run()
    run.clock.advance(31 * MINUTE)  # closed from the dose until 31: 15 missed, 30 in grace
    resumed = Run(run.clock, Session.replay(PLAN, run.session.events))
    assert resumed.record_overdue() == [dose + m(15)]
    assert resumed.status() is CheckinStatus.ESCALATE  # the sitter has not shown up since the dose
    assert resumed.confirm() == dose + m(30)
    assert resumed.status() is CheckinStatus.NOT_DUE


# -- BP re-checks --------------------------------------------------------------------------------


def test_bp_rechecks_at_40_minutes_and_at_the_end() -> None:
    run, dose = dosed_run()
    assert bp_recheck_times(run.session) == [dose + m(40), dose + m(120)]
    run.clock.advance(39 * MINUTE)
    assert bp_rechecks_due(run.session, run.now()) == []
    run.clock.advance(1 * MINUTE)
    assert bp_rechecks_due(run.session, run.now()) == [dose + m(40)]
    run.clock.advance(2 * MINUTE)
    run.record(BpRechecked, **VITALS)
    assert bp_rechecks_due(run.session, run.now()) == []

    run.clock.advance(78 * MINUTE)  # 120
    assert bp_rechecks_due(run.session, run.now()) == [dose + m(120)]
    run.record(RecoveryCheckStarted)
    assert bp_rechecks_due(run.session, run.now()) == [dose + m(120)]  # the end reading is part of it
    run.clock.advance(3 * MINUTE)
    run.record(Completed, **VITALS)
    assert bp_rechecks_due(run.session, run.now()) == []


def test_bp_recheck_times_follow_the_care_plan() -> None:
    plan = CarePlan(dose_mg=56.0, bp_recheck_minutes=(30, 60), bp_recheck_at_end=False)
    run = Run(FakeClock(START), Session.new(plan))
    dose = run.dose()
    assert bp_recheck_times(run.session) == [dose + m(30), dose + m(60)]
    run.clock.advance(70 * MINUTE)  # both missed; one reading now covers both
    assert bp_rechecks_due(run.session, run.now()) == [dose + m(30), dose + m(60)]
    run.record(BpRechecked, **VITALS)
    assert bp_rechecks_due(run.session, run.now()) == []


# -- urgent reading follow-up (DESIGN.md §3) ---------------------------------------------------

PRE_DOSE = BloodPressure(120, 78)
URGENT = {"systolic": 182, "diastolic": 90, "heart_rate": 88}  # at the urgent systolic level


def test_an_urgent_reading_is_followed_up_five_minutes_later() -> None:
    assert URGENT_RECHECK_MINUTES == 5
    run, dose = dosed_run()
    run.clock.advance(40 * MINUTE)
    assert readings_due(run.session, PRE_DOSE, run.now()) == ReadingDue(ReadingKind.SCHEDULED, dose + m(40))
    run.record(BpRechecked, **URGENT)
    assert followup_recheck_at(run.session, PRE_DOSE) == dose + m(45)
    assert readings_due(run.session, PRE_DOSE, run.now()) is None  # the scheduled one is covered
    run.clock.advance(5 * MINUTE - 1)
    assert readings_due(run.session, PRE_DOSE, run.now()) is None
    run.clock.advance(1)
    assert readings_due(run.session, PRE_DOSE, run.now()) == ReadingDue(ReadingKind.FOLLOW_UP, dose + m(45))
    run.clock.advance(3 * MINUTE)  # still due until a reading is taken
    assert readings_due(run.session, PRE_DOSE, run.now()) == ReadingDue(ReadingKind.FOLLOW_UP, dose + m(45))
    run.record(BpRechecked, **URGENT)  # urgent again at 48: a new follow-up 5 minutes after it
    assert followup_recheck_at(run.session, PRE_DOSE) == dose + m(53)
    assert readings_due(run.session, PRE_DOSE, run.now()) is None
    run.clock.advance(5 * MINUTE)
    run.record(BpRechecked, **VITALS)  # settled
    assert followup_recheck_at(run.session, PRE_DOSE) is None
    assert readings_due(run.session, PRE_DOSE, run.now()) is None


def test_a_rise_from_the_pre_dose_reading_and_a_low_spo2_are_urgent_too() -> None:
    run, dose = dosed_run()
    run.clock.advance(40 * MINUTE)
    run.record(BpRechecked, systolic=160, diastolic=80, heart_rate=80)  # +40 systolic since before the dose
    assert followup_recheck_at(run.session, PRE_DOSE) == dose + m(45)
    assert followup_recheck_at(run.session, None) is None  # without the pre-dose reading: levels only
    assert followup_recheck_at(run.session, BloodPressure(300, 80)) is None  # an implausible one is ignored
    run.clock.advance(MINUTE)
    run.record(BpRechecked, **VITALS, spo2=93)
    assert followup_recheck_at(run.session, PRE_DOSE) is None
    run.clock.advance(MINUTE)
    run.record(BpRechecked, **VITALS, spo2=92)  # below the default limit of 93 %
    assert followup_recheck_at(run.session, PRE_DOSE) == dose + m(47)
    run.clock.advance(MINUTE)
    run.record(BpRechecked, **VITALS, spo2=65)  # implausible: "measure again", never classified
    assert followup_recheck_at(run.session, PRE_DOSE) is None


def test_a_follow_up_comes_first_and_carries_into_the_recovery_check_not_beyond() -> None:
    run, dose = dosed_run()
    for _ in range(7):  # answer every check-in up to 105
        run.clock.advance(15 * MINUTE)
        run.confirm()
    run.clock.advance(13 * MINUTE)  # 118
    run.record(BpRechecked, **URGENT)
    run.clock.advance(5 * MINUTE)  # 123: the follow-up (123) and the end re-check (120) are both due
    assert bp_rechecks_due(run.session, run.now()) == [dose + m(120)]
    assert readings_due(run.session, PRE_DOSE, run.now()) == ReadingDue(ReadingKind.FOLLOW_UP, dose + m(123))
    run.record(RecoveryCheckStarted)
    assert readings_due(run.session, PRE_DOSE, run.now()) == ReadingDue(ReadingKind.FOLLOW_UP, dose + m(123))
    run.record(EndedEarly, reason="went to hospital")
    assert followup_recheck_at(run.session, PRE_DOSE) is None
    assert readings_due(run.session, PRE_DOSE, run.now()) is None


def test_no_follow_up_before_any_reading_or_before_the_dose() -> None:
    run = Run(FakeClock(START))
    assert followup_recheck_at(run.session, PRE_DOSE) is None
    assert readings_due(run.session, PRE_DOSE, run.now()) is None
    run.dose()
    run.clock.advance(10 * MINUTE)
    assert followup_recheck_at(run.session, PRE_DOSE) is None
    assert readings_due(run.session, PRE_DOSE, run.now()) is None


# -- recovery check ----------------------------------------------------------------------------


def test_recovery_check_covers_its_checkins_and_a_failure_asks_again_after_the_wait() -> None:
    run, dose = dosed_run()
    for _ in range(8):  # answer every check-in up to 120
        run.clock.advance(15 * MINUTE)
        run.confirm()
    assert recovery_check_due(run.session) == dose + m(120)
    run.clock.advance(1 * MINUTE)
    run.record(RecoveryCheckStarted)
    assert recovery_check_due(run.session) is None
    run.clock.advance(15 * MINUTE)  # 136: the 135 check-in fell due during the recovery check
    assert run.status() is CheckinStatus.NOT_DUE
    run.record(RecoveryCheckFailed, reasons=("cannot walk steadily",))
    assert recovery_check_due(run.session) == dose + m(136 + RECOVERY_RECHECK_MINUTES)
    assert overdue_checkins(run.session, run.now()) == []  # covered by the sitter's recovery check
    assert dose + m(135) not in checkin_times(run.session, run.now())
    assert next_checkin_due(run.session, run.now()) == dose + m(150)
    run.clock.advance(17 * MINUTE)  # 153: the 150 check-in missed
    assert run.record_overdue() == [dose + m(150)]


# -- clock jumps and suspend -------------------------------------------------------------------


def test_wall_clock_set_back_an_hour_keeps_elapsed_and_schedule_running() -> None:
    run, _ = dosed_run()
    run.clock.advance(20 * MINUTE)
    run.confirm()
    run.clock.jump_wall_clock(-3600)
    assert run.elapsed() == m(20)  # never shrinks
    run.clock.advance(10 * MINUTE)
    assert run.elapsed() == m(30)  # keeps running at the monotonic rate
    assert run.status() is CheckinStatus.IN_GRACE  # the 30-minute check-in is due, not postponed an hour
    run.confirm()
    run.clock.jump_wall_clock(+3600)  # the clock is corrected: no hour counted twice
    run.clock.advance(5 * MINUTE)
    assert run.elapsed() == m(35)
    assert overdue_checkins(run.session, run.now()) == []


def test_wall_clock_set_forward_an_hour_counts_as_time_passed() -> None:
    run, dose = dosed_run()
    run.clock.advance(10 * MINUTE)
    run.clock.jump_wall_clock(+3600)
    assert run.elapsed() == m(70)  # the documented trade-off: indistinguishable from a suspend
    assert run.record_overdue() == [dose + m(15), dose + m(30), dose + m(45), dose + m(60)]
    assert run.status() is CheckinStatus.ESCALATE
    assert remaining_minimum(run.session, run.now()) == m(50)
    run.clock.jump_wall_clock(-3600)  # set back again: elapsed does not go backwards
    run.clock.advance(1 * MINUTE)
    assert run.elapsed() == m(71)


def test_three_hour_suspend_shows_every_checkin_in_between_as_missed() -> None:
    run, dose = dosed_run()
    run.clock.advance(16 * MINUTE)
    run.confirm()
    run.clock.jump_wall_clock(3 * 3600)  # suspended: wall time passes, the monotonic clock does not
    assert run.elapsed() == m(196)
    assert remaining_minimum(run.session, run.now()) == timedelta(0)
    overdue = run.record_overdue()
    assert overdue == [dose + m(15 * k) for k in range(2, 13)]  # 30 … 180; 195 is still in grace
    assert run.status() is CheckinStatus.ESCALATE
    assert bp_rechecks_due(run.session, run.now()) == [dose + m(40), dose + m(120)]
    assert recovery_check_due(run.session) == dose + m(120)
    assert run.confirm() == dose + m(195)
    assert run.status() is CheckinStatus.NOT_DUE


def test_suspend_where_the_monotonic_clock_keeps_counting_gives_the_same_answer() -> None:
    run, dose = dosed_run()
    run.clock.advance(3 * 3600)
    assert run.elapsed() == m(180)
    assert overdue_checkins(run.session, run.now()) == [dose + m(15 * k) for k in range(1, 12)]
    assert run.status() is CheckinStatus.ESCALATE  # 180 is in grace, but 165 and earlier were missed


def test_clock_set_back_while_closed_resumes_from_the_last_stored_event() -> None:
    run, dose = dosed_run()
    run.clock.advance(50 * MINUTE)
    run.record(BpRechecked, **VITALS)  # last stored event at 50
    run.clock.jump_wall_clock(-3600)  # the app is closed and the clock set back an hour
    run.clock.advance(5 * MINUTE)
    resumed = Run(run.clock, Session.replay(PLAN, run.session.events))
    assert resumed.elapsed() == m(50)  # the 5 closed minutes are lost, nothing more
    resumed.clock.advance(10 * MINUTE)
    assert resumed.elapsed() == m(60)
    assert resumed.session.last_event_at is not None
    resumed.record(CheckinMissed, due_at=dose + m(45))  # stamped after the last event despite the clock
    assert resumed.session.events[-1].at >= run.session.events[-1].at


def test_effective_now_never_goes_before_the_last_stored_event() -> None:
    run, dose = dosed_run()
    run.clock.advance(20 * MINUTE)
    run.record(BpRechecked, **VITALS)
    earlier = dose + m(5)
    assert effective_now(run.session, earlier) == dose + m(20)
    assert elapsed_since_dose(run.session, earlier) == m(20)
    assert elapsed_since_dose(run.session, dose - m(60)) == m(20)


def test_session_clock_never_goes_back() -> None:
    clock = FakeClock(START)
    time = SessionClock(clock, not_before=START + m(30))
    assert time.now() == START + m(30)
    seen = [time.now()]
    for step in (60, -3600, 60, 7200, -7200, 1, -1):
        if step > 0 and step < 3600:
            clock.advance(step)
        else:
            clock.jump_wall_clock(step)
        seen.append(time.now())
    assert seen == sorted(seen)
    assert time.monotonic() == clock.monotonic()
