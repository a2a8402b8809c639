"""The report's session summary: what a clinician reads about the period's sessions on page 1.

Sessions done against planned (the care plan's session days in the period, up to the day of the
export), dose and route, sitter check-ins confirmed, blood pressure before the dose / at its peak after
it / at the end, the lowest SpO2, sedation and dissociation, side effects and early ends. Counts come
from the session record (the Spravato REMS form shape, ``companion.domain.session_record``), so the
summary and the record table cannot disagree.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from companion.domain.care_plan import Route
from companion.domain.session import SessionState
from companion.domain.vitals import BloodPressure
from companion.storage.checkins import SIDE_EFFECT_LABELS

if TYPE_CHECKING:
    from companion.domain.care_plan import CarePlan
    from companion.export.export_data import ExportPeriod, ExportSession

SIDE_EFFECT_SEVERITIES = ("mild", "moderate", "severe")
MOST_FREQUENT_SIDE_EFFECTS = 3  # named on page 1; every one is in the appendix


@dataclass(frozen=True)
class BpFigure:
    """Readings of one kind over the period: the median (systolic and diastolic each) and the highest."""

    count: int
    median: BloodPressure | None
    highest: BloodPressure | None  # by systolic, then diastolic
    highest_at: datetime | None


@dataclass(frozen=True)
class DoseLine:
    medication: str
    dose_mg: float
    route: Route
    sessions: int


@dataclass(frozen=True)
class EarlyEnd:
    session_number: int
    at: datetime | None
    minutes: int | None
    reason: str


@dataclass(frozen=True)
class SessionOverview:
    sessions: int  # every session started in the period, dosed or not
    dosed: int
    completed: int
    ended_early: int
    not_dosed: int  # stopped before the dose (a safety check said no, or abandoned)
    in_progress: int
    planned: int | None  # the plan's session days in the period up to the export; None: no days set
    planned_weekdays: tuple[int, ...]
    doses: tuple[DoseLine, ...]  # most sessions first
    median_minutes_monitored: int | None
    checkins_confirmed: int
    checkins_missed: int
    checkins_without_code: int
    bp_before: BpFigure
    bp_peak: BpFigure  # each dosed session's highest reading after the dose
    bp_end: BpFigure
    spo2_lowest: int | None
    spo2_lowest_at: datetime | None
    spo2_limit: int | None  # the plan in force's urgent limit (each session is judged by its own)
    spo2_sessions: int  # sessions with at least one SpO2 reading
    spo2_below_limit: int  # readings below the session plan's urgent limit
    observed_sessions: int  # sessions whose check-ins recorded the sitter's observations
    sedation: int  # sessions with "very sleepy or hard to wake" at any check-in
    dissociation: int
    slow_breathing: int
    other_medicines: int  # sessions with other medicines taken that day
    post_session_logs: int
    side_effects: tuple[tuple[str, int], ...]  # (severity, count) mild, moderate, severe
    frequent_side_effects: tuple[tuple[str, int], ...]  # (name, count), most frequent first
    early_ends: tuple[EarlyEnd, ...]

    @property
    def checkins_percent(self) -> int | None:
        due = self.checkins_confirmed + self.checkins_missed
        return None if due == 0 else round(100 * self.checkins_confirmed / due)


def planned_days(plan: CarePlan | None, period: ExportPeriod, until: date,
                 since: date | None = None) -> int | None:
    """The plan's session days from the period's start (or ``since``, the day the first care plan was
    set, when later) to its end or ``until``, whichever is first. Days before any plan were not planned:
    counting them made a year's export with a plan from March read "15 dosed of 97 planned"."""
    if plan is None or not plan.planned_weekdays:
        return None
    day, last = max(period.start, since or period.start), min(period.end, until)
    count = 0
    while day <= last:
        count += day.weekday() in plan.planned_weekdays
        day += timedelta(days=1)
    return count


def _figure(readings: Sequence[tuple[BloodPressure, datetime]]) -> BpFigure:
    if not readings:
        return BpFigure(0, None, None, None)
    median = BloodPressure(round(statistics.median(bp.systolic for bp, _ in readings)),
                           round(statistics.median(bp.diastolic for bp, _ in readings)))
    highest, at = max(readings, key=lambda item: (item[0].systolic, item[0].diastolic))
    return BpFigure(len(readings), median, highest, at)


def _peak(session: ExportSession) -> tuple[BloodPressure, datetime] | None:
    after = [(BloodPressure(event.systolic, event.diastolic), event.at)
             for event in session.record.session.bp_readings]
    end = session.monitoring.bp_end
    if end is not None:
        after.append((end.bp, end.at))
    return max(after, key=lambda item: (item[0].systolic, item[0].diastolic)) if after else None


def _doses(sessions: Sequence[ExportSession]) -> tuple[DoseLine, ...]:
    counts = Counter((s.monitoring.medication, s.monitoring.dose_mg, s.monitoring.route)
                     for s in sessions if s.monitoring.dose_at is not None)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][1], item[0][0]))
    return tuple(DoseLine(medication, dose, route, count) for (medication, dose, route), count in ordered)


def _side_effects(sessions: Sequence[ExportSession]) -> tuple[Counter[str], Counter[str]]:
    by_severity: Counter[str] = Counter()
    by_name: Counter[str] = Counter()
    for session in sessions:
        log = session.post_session_log
        if log is None:
            continue
        for name, severity in log.log.reported_side_effects.items():
            by_severity[severity] += 1
            other = name == "other" and log.log.other_text
            by_name[log.log.other_text if other else SIDE_EFFECT_LABELS[name]] += 1
    return by_severity, by_name


def build_overview(sessions: Sequence[ExportSession], plan: CarePlan | None, period: ExportPeriod,
                   until: date, numbers: dict[int, int], plan_since: date | None = None) -> SessionOverview:
    """The summary of ``sessions`` (the period's, oldest first); ``numbers`` maps a session id to its
    row number in the session record; ``until`` is the day of the export."""
    records = [session.monitoring for session in sessions]
    states = Counter(record.state for record in records)
    dosed = [session for session in sessions if session.monitoring.dose_at is not None]
    minutes = [r.minutes_monitored for r in records if r.minutes_monitored is not None]
    spo2 = [(r.spo2_lowest, r.spo2_readings) for r in records if r.spo2_lowest is not None]
    lowest = min(((reading.spo2, reading.at) for _, readings in spo2 for reading in readings),
                 key=lambda item: (item[0], item[1]), default=None)
    below = sum(1 for s in sessions for reading in s.monitoring.spo2_readings
                if reading.spo2 < s.record.session.plan.spo2_urgent_below)
    peaks = [peak for peak in (_peak(session) for session in dosed) if peak is not None]
    by_severity, by_name = _side_effects(sessions)
    early = tuple(
        EarlyEnd(numbers[s.id], s.record.session.ended_at, s.monitoring.minutes_monitored,
                 s.monitoring.ended_early or "")
        for s in sessions if s.monitoring.state is SessionState.ENDED_EARLY
    )
    return SessionOverview(
        sessions=len(records),
        dosed=len(dosed),
        completed=states[SessionState.COMPLETED],
        ended_early=states[SessionState.ENDED_EARLY],
        not_dosed=sum(1 for r in records if r.dose_at is None and r.state is SessionState.ABANDONED),
        in_progress=sum(1 for s in sessions if s.record.session.is_active),
        planned=planned_days(plan, period, until, plan_since),
        planned_weekdays=() if plan is None else plan.planned_weekdays,
        doses=_doses(sessions),
        median_minutes_monitored=round(statistics.median(minutes)) if minutes else None,
        checkins_confirmed=sum(r.checkins_confirmed for r in records),
        checkins_missed=sum(r.checkins_missed for r in records),
        checkins_without_code=sum(r.checkins_without_code for r in records),
        bp_before=_figure([(r.bp_before.bp, r.bp_before.at) for r in records if r.bp_before is not None]),
        bp_peak=_figure(peaks),
        bp_end=_figure([(r.bp_end.bp, r.bp_end.at) for r in records if r.bp_end is not None]),
        spo2_lowest=None if lowest is None else lowest[0],
        spo2_lowest_at=None if lowest is None else lowest[1],
        spo2_limit=None if plan is None else plan.spo2_urgent_below,
        spo2_sessions=len(spo2),
        spo2_below_limit=below,
        observed_sessions=sum(1 for r in records
                              if any(v is not None for v in (r.sedation, r.dissociation, r.breathing))),
        sedation=sum(1 for r in records if r.sedation),
        dissociation=sum(1 for r in records if r.dissociation),
        slow_breathing=sum(1 for r in records if r.breathing),
        other_medicines=sum(1 for r in records if r.other_medicines_taken),
        post_session_logs=sum(1 for s in sessions if s.post_session_log is not None),
        side_effects=tuple((severity, by_severity[severity]) for severity in SIDE_EFFECT_SEVERITIES),
        frequent_side_effects=tuple(sorted(by_name.items(), key=lambda item: (-item[1], item[0]))
                                    [:MOST_FREQUENT_SIDE_EFFECTS]),
        early_ends=early,
    )
