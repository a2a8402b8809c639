"""Which session screen owns the content area (pure): one thing at a time, nothing replaced."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from companion.domain.care_plan import CarePlan
from companion.domain.monitoring import CheckinStatus, ReadingKind
from companion.domain.session import Session
from companion.domain.session_events import (
    BpRechecked,
    CheckinConfirmed,
    ChecklistPassed,
    ChecklistStarted,
    DoseTaken,
    EndedEarly,
    MonitoringStarted,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SitterHandedOver,
)
from companion.domain.vitals import BloodPressure
from companion.ui.session.screen_choice import Screen, calm_state, choose_screen

T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
PLAN = CarePlan(dose_mg=56.0)
PRE_DOSE = BloodPressure(120, 78)
NORMAL = {"systolic": 130, "diastolic": 80, "heart_rate": 72}


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def handed_over() -> Session:
    session = Session.new(PLAN)
    for event in (ChecklistStarted(at=at(-20)), ChecklistPassed(at=at(-10)),
                  SitterHandedOver(at=at(-5), sitter_name="Sam")):
        session = session.apply(event)
    return session


def dosed() -> Session:
    return handed_over().apply(DoseTaken(at=at(0))).apply(MonitoringStarted(at=at(0)))


def confirm(session: Session, minute: float) -> Session:
    return session.apply(CheckinConfirmed(at=at(minute), due_at=at(minute), all_well=True))


def test_before_the_dose_the_dose_screen_unless_help_is_open() -> None:
    assert choose_screen(handed_over(), None, at(-1)).screen is Screen.DOSE
    assert choose_screen(handed_over(), None, at(-1), opened=[Screen.HELP]).screen is Screen.HELP


def test_calm_then_the_check_in_then_calm_again() -> None:
    session = dosed()
    assert choose_screen(session, PRE_DOSE, at(10)).screen is Screen.CALM
    due = choose_screen(session, PRE_DOSE, at(15))
    assert due.screen is Screen.CHECKIN and due.checkin_status is CheckinStatus.IN_GRACE and not due.alert
    overdue = choose_screen(session, PRE_DOSE, at(17))
    assert overdue.screen is Screen.CHECKIN and overdue.alert
    assert choose_screen(confirm(session, 15), PRE_DOSE, at(16)).screen is Screen.CALM


def test_what_the_sitter_opened_is_never_replaced_the_check_in_waits_beside_it() -> None:
    for opened in (Screen.HELP, Screen.URGENT, Screen.END_EARLY, Screen.READING):
        choice = choose_screen(dosed(), PRE_DOSE, at(15), opened=[opened])
        assert choice.screen is opened and choice.checkin_waiting
    answering = choose_screen(dosed(), PRE_DOSE, at(15), opened=[Screen.HELP, Screen.CHECKIN])
    assert answering.screen is Screen.CHECKIN and not answering.checkin_waiting


def test_a_reading_being_typed_is_not_replaced_by_the_check_in() -> None:
    session = confirm(confirm(dosed(), 15), 30)
    assert choose_screen(session, PRE_DOSE, at(44)).screen is Screen.READING  # the 40-minute re-check
    typing = choose_screen(session, PRE_DOSE, at(45), engaged=Screen.READING)
    assert typing.screen is Screen.READING and typing.checkin_waiting
    untouched = choose_screen(session, PRE_DOSE, at(45))
    assert untouched.screen is Screen.CHECKIN  # nothing typed yet: the check-in is more pressing


def test_an_urgent_reading_is_followed_up_five_minutes_later() -> None:
    session = confirm(dosed(), 15).apply(BpRechecked(at=at(20), systolic=185, diastolic=95, heart_rate=80))
    assert choose_screen(session, PRE_DOSE, at(24)).screen is Screen.CALM
    state = calm_state(session, PRE_DOSE, at(24))
    assert state.follow_up_at == at(25)
    follow_up = choose_screen(session, PRE_DOSE, at(25))
    assert follow_up.screen is Screen.READING and follow_up.reading_kind is ReadingKind.FOLLOW_UP


def test_the_recovery_check_after_the_minimum_and_again_after_a_failure() -> None:
    session = dosed()
    for minute in range(15, 106, 15):
        if minute == 45:
            session = session.apply(BpRechecked(at=at(41), **NORMAL))
        session = confirm(session, minute)
    assert choose_screen(session, PRE_DOSE, at(119)).screen is Screen.CALM
    assert choose_screen(session, PRE_DOSE, at(120)).screen is Screen.CHECKIN
    session = confirm(session, 120)
    # The end-of-minimum re-check is the recovery check's final reading: the check comes first.
    assert choose_screen(session, PRE_DOSE, at(120)).screen is Screen.RECOVERY_READY
    checking = session.apply(RecoveryCheckStarted(at=at(121)))
    assert choose_screen(checking, PRE_DOSE, at(122)).screen is Screen.RECOVERY
    # The controller stores the check's final reading with the failure, as here.
    failed = checking.apply(BpRechecked(at=at(123), **NORMAL)).apply(
        RecoveryCheckFailed(at=at(123), reasons=("still sick",)))
    assert choose_screen(failed, PRE_DOSE, at(130)).screen is Screen.CALM
    state = calm_state(failed, PRE_DOSE, at(130))
    assert state.recovery_again_at == at(138) and state.recovery_reasons == ("still sick",)


def test_after_an_early_end_the_recovery_check_then_calm_after_a_failure() -> None:
    ended = confirm(dosed(), 15).apply(EndedEarly(at=at(20), reason="too anxious"))
    assert choose_screen(ended, PRE_DOSE, at(21)).screen is Screen.RECOVERY
    assert choose_screen(ended, PRE_DOSE, at(21), opened=[Screen.HELP]).screen is Screen.HELP
    failed = ended.apply(RecoveryCheckFailed(at=at(25), reasons=("cannot walk steadily",)))
    assert choose_screen(failed, PRE_DOSE, at(30)).screen is Screen.CALM
    assert calm_state(failed, PRE_DOSE, at(30)).recovery_again_at == at(40)
    assert choose_screen(failed, PRE_DOSE, at(40)).screen is Screen.RECOVERY
