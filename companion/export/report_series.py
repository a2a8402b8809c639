"""What the report's charts show (page 2), as data: the painter only draws it.

The same charts as History (DESIGN.md §2, §6): PHQ-9 / GAD-7 (and PCL-5) totals over their severity
bands with the session days marked and, for the PHQ-9, the line 5 points below the baseline (the
minimal important difference); mood before and after each session; blood pressure per session against
the care plan's limits. Every chart spans the report's period, so their dates line up on the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from companion.export.report_scales import LimitLine, bp_axis_range, bp_limit_lines

if TYPE_CHECKING:
    from companion.domain.care_plan import CarePlan
    from companion.domain.vitals import BloodPressure
    from companion.export.export_data import ExportSession
    from companion.export.report_scores import ScoreSeries


@dataclass(frozen=True)
class MoodPoint:
    at: datetime  # the session's day (the dose, or its start when there was none)
    before: int | None  # 0–10, recorded before the dose
    after: int | None  # 0–10, from the post-session log


@dataclass(frozen=True)
class BpPoint:
    at: datetime
    before: BloodPressure | None  # the pre-dose reading
    recheck: BloodPressure | None  # at the plan's first re-check (40 minutes by default)
    end: BloodPressure | None


@dataclass(frozen=True)
class ReportCharts:
    start: datetime  # the period's first instant
    end: datetime  # the period's last instant (exclusive)
    session_days: tuple[datetime, ...]  # each dose, oldest first
    scores: tuple[ScoreSeries, ...]
    moods: tuple[MoodPoint, ...]
    blood_pressure: tuple[BpPoint, ...]
    bp_limits: tuple[LimitLine, ...]  # from the care plan in force, the urgent levels included
    bp_axis: tuple[float, float]  # low, high in mmHg
    recheck_minutes: int | None  # the first re-check's minute, to name it ("at 40 min")


def session_moment(session: ExportSession) -> datetime | None:
    """When a session happened: its dose, else its first event, else its baseline."""
    record = session.record.session
    if record.dose_at is not None:
        return record.dose_at
    if record.events:
        return record.events[0].at
    return None if session.baseline is None else session.baseline.recorded_at


def build_charts(sessions: Sequence[ExportSession], scores: tuple[ScoreSeries, ...], plan: CarePlan | None,
                 bounds: tuple[datetime, datetime]) -> ReportCharts:
    moods: list[MoodPoint] = []
    pressures: list[BpPoint] = []
    for session in sessions:
        at = session_moment(session)
        if at is None:
            continue
        before = None if session.baseline is None else session.baseline.mood
        after = None if session.post_session_log is None else session.post_session_log.log.mood
        if before is not None or after is not None:
            moods.append(MoodPoint(at, before, after))
        record = session.monitoring
        readings = [None if r is None else r.bp for r in (record.bp_before, record.bp_40, record.bp_end)]
        if any(reading is not None for reading in readings):
            pressures.append(BpPoint(at, *readings))
    limits = bp_limit_lines(plan, urgent=True)
    values = [float(v) for p in pressures for bp in (p.before, p.recheck, p.end) if bp is not None
              for v in (bp.systolic, bp.diastolic)]
    recheck = next((s.monitoring.first_recheck_minutes for s in sessions
                    if s.monitoring.first_recheck_minutes is not None), None)
    if recheck is None and plan is not None and plan.bp_recheck_minutes:
        recheck = min(plan.bp_recheck_minutes)
    days = tuple(s.record.session.dose_at for s in sessions if s.record.session.dose_at is not None)
    return ReportCharts(
        start=bounds[0], end=bounds[1], session_days=days, scores=scores, moods=tuple(moods),
        blood_pressure=tuple(pressures), bp_limits=limits, bp_axis=bp_axis_range(values, limits),
        recheck_minutes=recheck,
    )
