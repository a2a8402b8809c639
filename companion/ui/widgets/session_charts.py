"""Per-session charts: mood before vs after, and blood pressure (before the dose, re-check, end).

The blood pressure chart draws the current care plan's limits as dashed lines, named on the right
axis, so a reading near a limit is seen against it. Sessions that lack a value simply have no point.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCharts import QCategoryAxis, QLineSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from companion.export.report_scales import LimitKind, bp_axis_range, bp_limit_lines
from companion.ui.formatting import epoch_ms
from companion.ui.i18n import translate
from companion.ui.widgets.score_chart import HistoryChartView, accent_colour, line_series, time_range

if TYPE_CHECKING:
    from companion.domain.care_plan import CarePlan
    from companion.domain.vitals import BloodPressure
    from companion.services.history import SessionRow

MOOD_BEFORE_COLOUR = "#7a7f86"
# Re-check and end: one colour each (before the dose is the theme's accent); systolic solid, diastolic dashed.
RECHECK_COLOUR, END_COLOUR = "#8a5fb8", "#4a9a68"  # apart from the limits' red and orange
LIMIT_COLOUR = "#a4262c"
CAUTION_COLOUR = "#c0722a"


def _points(rows: Sequence[SessionRow], value: Callable[[SessionRow], float | None]) -> list[QPointF]:
    points: list[QPointF] = []
    for row in rows:
        y = value(row)
        if y is not None:
            points.append(QPointF(epoch_ms(row.created_at), y))
    return points


class MoodChart(HistoryChartView):
    """Mood 0–10 before the session (the baseline) and after it (the post-session log)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("History", "Mood before and after each session"), parent)
        self.y_axis.setRange(0, 10)
        self.y_axis.setTickCount(6)
        self.y_axis.setLabelFormat("%d")
        self.before_series: QLineSeries | None = None
        self.after_series: QLineSeries | None = None

    def set_sessions(self, rows: Sequence[SessionRow]) -> None:
        self.remove_all_series()
        self.before_series = self.after_series = None
        rated = [row for row in rows if row.mood_before is not None or row.mood_after is not None]
        if not rated:
            self.show_empty(translate("History", "No moods recorded yet. Each session's mood before the dose "
                                                 "and after it (from the post-session log) appears here."))
            return
        self.show_data()
        self.before_series = line_series(translate("History", "Before the session"), MOOD_BEFORE_COLOUR,
                                         _points(rated, lambda row: row.mood_before),
                                         style=Qt.PenStyle.DashLine, width=2.0)
        self.after_series = line_series(translate("History", "After the session"), accent_colour(),
                                        _points(rated, lambda row: row.mood_after))
        self.attach(self.before_series)
        self.attach(self.after_series)
        self.set_time_range(*time_range([row.created_at for row in rated]))


def _systolic(bp: BloodPressure | None) -> float | None:
    return None if bp is None else float(bp.systolic)


def _diastolic(bp: BloodPressure | None) -> float | None:
    return None if bp is None else float(bp.diastolic)


class BloodPressureChart(HistoryChartView):
    """Systolic and diastolic per session at three moments, against the plan's limits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("History", "Blood pressure per session"), parent)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(translate("History", "mmHg"))
        self.limit_axis = QCategoryAxis()
        self.limit_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.limit_axis.setGridLineVisible(False)
        self.limit_axis.setLabelsColor(QApplication.palette().color(QPalette.ColorRole.Text))
        self.limit_axis.setLinePenColor(QApplication.palette().color(QPalette.ColorRole.Mid))
        self.chart_.addAxis(self.limit_axis, Qt.AlignmentFlag.AlignRight)
        self._key = translate("History",
                              "Solid lines: systolic (upper number) · dashed lines: diastolic (lower number)")
        self.chart_.setTitleFont(QApplication.font())
        self.chart_.setTitleBrush(QBrush(QApplication.palette().color(QPalette.ColorRole.Text)))
        self.reading_series: list[QLineSeries] = []
        self.limit_series: list[QLineSeries] = []

    def set_sessions(self, rows: Sequence[SessionRow], plan: CarePlan | None) -> None:
        self.remove_all_series()
        self.reading_series, self.limit_series = [], []
        for label in self.limit_axis.categoriesLabels():
            self.limit_axis.remove(label)
        measured = [row for row in rows if row.pre_dose or row.recheck or row.final]
        self.chart_.setTitle(self._key if measured else "")
        if not measured:
            self.show_empty(translate("History", "No blood pressure readings yet. The readings before the "
                                                 "dose, at the re-check and at the end of each session "
                                                 "appear here."))
            return
        self.show_data()
        moments: tuple[tuple[str, Callable[[SessionRow], BloodPressure | None]], ...] = (
            (translate("History", "Before the dose"), lambda row: row.pre_dose),
            (translate("History", "Re-check"), lambda row: row.recheck),
            (translate("History", "End"), lambda row: row.final),
        )
        values: list[float] = []
        colours = (accent_colour(), RECHECK_COLOUR, END_COLOUR)
        for (moment, reading), colour in zip(moments, colours, strict=True):
            for part, pick, style in (("", _systolic, Qt.PenStyle.SolidLine),
                                      (translate("History", "diastolic"), _diastolic, Qt.PenStyle.DashLine)):
                points = _points(measured, lambda row, r=reading, p=pick: p(r(row)))  # type: ignore[misc]
                values += [point.y() for point in points]
                name = f"{moment}, {part}" if part else moment
                series = line_series(name, colour, points, style=style, width=1.8)
                self.attach(series, in_legend=pick is _systolic)  # one legend entry per moment
                self.reading_series.append(series)
        start, end = time_range([row.created_at for row in measured])
        low, high = bp_axis_range(values, bp_limit_lines(plan))  # the same scale as the report's chart
        self.y_axis.setRange(low, high)
        self.y_axis.setTickType(self.y_axis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setTickInterval(20)
        self._draw_limits(plan, epoch_ms(start), epoch_ms(end), low, high)
        self.set_time_range(start, end)

    def _draw_limits(self, plan: CarePlan | None, left: float, right: float, low: float, high: float) -> None:
        self.limit_axis.setRange(low, high)
        self.limit_axis.setStartValue(low)
        if plan is None:
            return
        names = {LimitKind.STOP: translate("History", "do not start %1"),
                 LimitKind.CAUTION: translate("History", "caution %1")}
        colours = {LimitKind.STOP: LIMIT_COLOUR, LimitKind.CAUTION: CAUTION_COLOUR}
        # Each value once; a stop limit equal to a caution one wins (companion.export.report_scales).
        named = {line.value: names[line.kind].replace("%1", str(line.value)) for line in bp_limit_lines(plan)}
        colour_of = {line.value: colours[line.kind] for line in bp_limit_lines(plan)}
        for value in sorted(named):
            self.limit_axis.append(named[value], float(value))
            series = line_series(named[value], colour_of[value],
                                 [QPointF(left, value), QPointF(right, value)],
                                 style=Qt.PenStyle.DotLine, width=1.5, markers=False)
            self.attach(series, in_legend=False)
            self.limit_series.append(series)
