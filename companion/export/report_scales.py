"""Scales shared by the History charts and the report's charts (Qt-free, so both can use them).

History draws with QtCharts widgets and the report paints vectors on a PDF page off the GUI thread, so
they cannot share drawing code; they share what the drawing means instead: where a severity band
starts and ends, which care-plan limits are drawn on the blood pressure chart and what each is
called, how the blood pressure axis is rounded, and where the date ticks fall.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.domain.care_plan import CarePlan
    from companion.domain.instruments import BandRange

BP_AXIS_STEP = 10  # the blood pressure axis starts and ends on a multiple of 10 mmHg...
BP_AXIS_ROOM = 10  # ...at least this far beyond the lowest and highest value or limit
MONTH_TICKS_FROM = timedelta(days=150)  # longer spans are ticked by month, shorter ones by week
DAY_TICKS_UNTIL = timedelta(days=15)  # and the shortest by day


class LimitKind(StrEnum):
    STOP = "stop"  # do not start above this
    CAUTION = "caution"  # start only with an acknowledgement above this
    URGENT = "urgent"  # at or above this during or after a session: urgent


@dataclass(frozen=True)
class LimitLine:
    """One horizontal line on the blood pressure chart: a care-plan limit in mmHg."""

    value: int
    kind: LimitKind


def band_edges(band: BandRange, total_max: int) -> tuple[float, float]:
    """The band's shaded span on a totals axis: half a point beyond its whole-number ends, so the
    bands touch and a total on a boundary sits inside its own band."""
    return max(0.0, band.low - 0.5), min(float(total_max), band.high + 0.5)


def bp_limit_lines(plan: CarePlan | None, *, urgent: bool = False) -> tuple[LimitLine, ...]:
    """The plan's do-not-start and caution limits (systolic and diastolic), lowest first, each value
    once: where a do-not-start limit equals a caution one (the default diastolic 90), it is drawn as
    the do-not-start limit. With ``urgent``, the urgent levels too (the report draws them; a
    re-check's reading is judged against them, not against the limits for starting)."""
    if plan is None:
        return ()
    kinds: dict[int, LimitKind] = {}
    for value in (plan.caution_diastolic_above, plan.caution_systolic_above):
        kinds[value] = LimitKind.CAUTION
    for value in (plan.stop_diastolic_above, plan.stop_systolic_above):
        kinds[value] = LimitKind.STOP
    if urgent:
        for value in (plan.urgent_diastolic_at_least, plan.urgent_systolic_at_least):
            kinds[value] = LimitKind.URGENT
    return tuple(LimitLine(value, kinds[value]) for value in sorted(kinds))


def bp_axis_range(values: Iterable[float], limits: Iterable[LimitLine]) -> tuple[float, float]:
    """The blood pressure axis: every value and limit with room around them, on multiples of 10."""
    every = [*values, *(float(limit.value) for limit in limits)]
    if not every:
        return 40.0, 200.0
    low = min(every) - BP_AXIS_ROOM
    high = max(every) + BP_AXIS_ROOM
    return float(int(low // BP_AXIS_STEP) * BP_AXIS_STEP), float(int(high // BP_AXIS_STEP + 1) * BP_AXIS_STEP)


def date_ticks(start: datetime, end: datetime) -> tuple[datetime, ...]:
    """Midnights (in ``start``'s zone) to label a time axis from ``start`` to ``end``: the first of each
    month over long spans, each Monday over a few weeks, each day over a fortnight or less."""
    zone = start.tzinfo
    span = end - start
    day = start.date()
    days: list[date] = []
    if span > MONTH_TICKS_FROM:
        month = date(day.year, day.month, 1)
        while month <= end.date():
            days.append(month)
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        if span > timedelta(days=700):  # two years and more: every third month, or the labels crowd
            days = [d for d in days if (d.month - 1) % 3 == 0]
    else:
        step = timedelta(days=1) if span <= DAY_TICKS_UNTIL else timedelta(days=7)
        if step.days == 7:
            day += timedelta(days=(7 - day.weekday()) % 7)
        while day <= end.date():
            days.append(day)
            day += step
    moments = (datetime(d.year, d.month, d.day, tzinfo=zone) for d in days)
    return tuple(moment for moment in moments if start <= moment < end)
