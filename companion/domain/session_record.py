"""The session record of DESIGN.md §3: what a clinician expects to see about one session.

It follows the Spravato REMS patient monitoring form: medication, dose, route, lot number, time of the
dose, total minutes monitored, the time the recovery check passed ("ready to be left"), whether the
vitals were acceptable before the dose and at the end, the blood pressure before / at the first
re-check (about 40 minutes) / at the end, SpO2, sedation / dissociation / breathing, and other
medicines taken today by category.

:func:`build_session_record` is pure: it reads a :class:`Session` (the events are the truth for
everything after the dose), the stored vital-sign readings (only the pre-dose reading is not an event,
and an ended-early session's final reading has no ``Completed`` to carry it) and the checklist
answers. Older sessions lack what was added later (SpO2, lot number, check-in observations, medicine
categories): those fields are None or empty, never guessed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from companion.domain.care_plan import Route
from companion.domain.checklist import OTHER_MEDICINES_ID, Answer, MedicineCategory
from companion.domain.monitoring import bp_recheck_times
from companion.domain.session import Session, SessionState
from companion.domain.session_events import BpRechecked, CheckinConfirmed, Completed, DoseTaken
from companion.domain.vitals import (
    BloodPressure,
    PreDoseVerdict,
    check_plausible,
    classify_pre_dose,
    final_reading_problems,
)

PRE_DOSE = "pre_dose"
FINAL = "final"


class VitalsReading(Protocol):
    """A stored reading as the record needs it (storage's ``VitalSignsRecord`` is one)."""

    @property
    def kind(self) -> str: ...  # "pre_dose", "recheck" or "final"

    @property
    def bp(self) -> BloodPressure: ...

    @property
    def heart_rate(self) -> int | None: ...

    @property
    def spo2(self) -> int | None: ...

    @property
    def measured_at(self) -> datetime: ...


@dataclass(frozen=True)
class RecordedReading:
    """One reading in the record, with when it was taken."""

    at: datetime
    bp: BloodPressure
    heart_rate: int | None
    spo2: int | None = None


@dataclass(frozen=True)
class Spo2Reading:
    at: datetime
    spo2: int


@dataclass(frozen=True)
class SessionMonitoringRecord:
    """One session as the monitoring form records it. None means "not recorded" (or not reached)."""

    state: SessionState
    medication: str
    dose_mg: float
    route: Route
    lot_number: str | None  # from the package, when typed in (optional)
    dose_at: datetime | None
    minutes_monitored: int | None  # whole minutes from the dose to the end, once ended
    ready_at: datetime | None  # when the recovery check passed (the session completed)
    vitals_acceptable_before: bool | None  # the pre-dose reading allowed a start (not STOP)
    vitals_acceptable_at_end: bool | None  # the final reading within the plan's limits
    bp_before: RecordedReading | None
    first_recheck_minutes: int | None  # the plan's first re-check time (40 by default): bp_40's label
    bp_40: RecordedReading | None  # the reading taken for that re-check
    bp_end: RecordedReading | None
    spo2_readings: tuple[Spo2Reading, ...]  # before the dose, at re-checks and at the end, in order
    spo2_lowest: int | None
    sedation: bool | None  # very sleepy or hard to wake at any check-in
    dissociation: bool | None  # detached or confused at any check-in
    breathing: bool | None  # breathing slowly or shallowly at any check-in
    other_medicines_taken: bool | None  # the checklist answer; None when not answered
    other_medicines: tuple[MedicineCategory, ...]  # the categories chosen (empty: none or not recorded)
    other_medicine_names: str  # as typed, optional
    checkins_confirmed: int
    checkins_missed: int
    checkins_without_code: int
    ended_early: str | None  # the reason, when the session was ended early

    @property
    def other_medicine_categories_recorded(self) -> bool:
        """False for a "yes" stored before categories were asked (only names were written then)."""
        return self.other_medicines_taken is not True or bool(self.other_medicines)


def _latest(vitals: Sequence[VitalsReading], kind: str,
            after: datetime | None = None) -> VitalsReading | None:
    """The last reading of ``kind`` in the order taken (a repeated reading replaces the earlier one)."""
    found = [v for v in vitals if v.kind == kind and (after is None or v.measured_at >= after)]
    return found[-1] if found else None


def _recorded(reading: VitalsReading | None) -> RecordedReading | None:
    if reading is None:
        return None
    return RecordedReading(reading.measured_at, reading.bp, reading.heart_rate, reading.spo2)


def _from_event(event: BpRechecked | Completed) -> RecordedReading | None:
    if event.systolic is None or event.diastolic is None:
        return None
    bp = BloodPressure(event.systolic, event.diastolic)
    return RecordedReading(event.at, bp, event.heart_rate, event.spo2)


def _plausible(reading: RecordedReading | None) -> bool:
    return reading is not None and not check_plausible(reading.bp.systolic, reading.bp.diastolic,
                                                       reading.heart_rate, reading.spo2)


def _acceptable_before(before: RecordedReading | None, session: Session) -> bool | None:
    if before is None or before.heart_rate is None or not _plausible(before):
        return None
    assessment = classify_pre_dose(before.bp, before.heart_rate, session.plan, before.spo2)
    return assessment.verdict is not PreDoseVerdict.STOP


def _acceptable_at_end(end: RecordedReading | None, before: RecordedReading | None,
                       session: Session) -> bool | None:
    if end is None or not _plausible(end):
        return None
    pre_dose = before.bp if before is not None and _plausible(before) else None
    return not final_reading_problems(end.bp, end.spo2, pre_dose, session.plan)


def _first_recheck(session: Session) -> tuple[int | None, RecordedReading | None]:
    """The plan's first re-check time, and the first reading at or after it (before the next one)."""
    if session.dose_at is None or not session.plan.bp_recheck_minutes:
        return None, None
    minutes = min(session.plan.bp_recheck_minutes)
    due_at = session.dose_at + timedelta(minutes=minutes)
    later = [t for t in bp_recheck_times(session) if t > due_at]
    until = later[0] if later else None
    for event in session.bp_readings:
        if event.at >= due_at and (until is None or event.at < until):
            return minutes, _from_event(event)
    return minutes, None


def _observed(checkins: Sequence[CheckinConfirmed], name: str) -> bool | None:
    values = [getattr(c, name) for c in checkins if getattr(c, name) is not None]
    if any(values):
        return True
    return False if values else None


def build_session_record(session: Session, vitals: Sequence[VitalsReading],
                         answers: Mapping[str, Answer]) -> SessionMonitoringRecord:
    """The record of ``session`` from its stored readings (in the order taken) and its latest
    checklist answers."""
    plan = session.plan
    before = _recorded(_latest(vitals, PRE_DOSE))
    dose = next((e for e in session.events if isinstance(e, DoseTaken)), None)
    completed = next((e for e in session.events if isinstance(e, Completed)), None)
    end = _from_event(completed) if completed is not None else None
    if end is None and session.dose_at is not None and completed is None:
        # Ended early: a final reading may still have been taken (stored, with no Completed to carry it).
        end = _recorded(_latest(vitals, FINAL, after=session.dose_at))
    first_minutes, bp_40 = _first_recheck(session)
    after_dose = [r for r in (_from_event(e) for e in session.bp_readings) if r is not None]
    spo2 = [Spo2Reading(r.at, r.spo2) for r in (before, *after_dose, end)
            if r is not None and r.spo2 is not None]
    monitored = session.monitored
    checkins = session.confirmed_checkins
    medicines = answers.get(OTHER_MEDICINES_ID)
    return SessionMonitoringRecord(
        state=session.state,
        medication=plan.medication_name,
        dose_mg=plan.dose_mg,
        route=plan.route,
        lot_number=(dose.lot_number.strip() or None) if dose is not None else None,
        dose_at=session.dose_at,
        minutes_monitored=None if monitored is None else int(monitored.total_seconds() // 60),
        ready_at=completed.at if completed is not None else None,
        vitals_acceptable_before=_acceptable_before(before, session),
        vitals_acceptable_at_end=_acceptable_at_end(end, before, session),
        bp_before=before,
        first_recheck_minutes=first_minutes,
        bp_40=bp_40,
        bp_end=end,
        spo2_readings=tuple(spo2),
        spo2_lowest=min((r.spo2 for r in spo2), default=None),
        sedation=_observed(checkins, "very_sleepy"),
        dissociation=_observed(checkins, "detached"),
        breathing=_observed(checkins, "slow_breathing"),
        other_medicines_taken=None if medicines is None else medicines.value,
        other_medicines=medicines.categories if medicines is not None and medicines.value else (),
        other_medicine_names=medicines.names.strip() if medicines is not None and medicines.value else "",
        checkins_confirmed=len(checkins),
        checkins_missed=len(session.missed_checkins),
        checkins_without_code=sum(1 for c in checkins if c.without_code),
        ended_early=session.end_reason if session.state is SessionState.ENDED_EARLY else None,
    )
