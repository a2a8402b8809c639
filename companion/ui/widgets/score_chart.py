"""History charts over time (QtCharts): the common view, and PHQ-9 / GAD-7 with shaded severity bands.

Series are filled in one ``replace()`` call each (a two-year history is a few hundred points, drawn
without animation). Colours follow the app's palette so the charts read in every theme; band tints are
translucent so a score line over them stays clear. The bands come from the instrument definitions in
``companion.domain.instruments``, never from numbers written here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCharts import (
    QAbstractSeries,
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from companion.domain.instruments import Instrument, definition
from companion.export.report_scales import band_edges
from companion.ui.formatting import BAND_COLOURS, band_text, epoch_ms, to_qdatetime
from companion.ui.i18n import translate

BAND_ALPHA = 70  # of 255: visible in light and dark themes, quiet under the score line
LONG_SPAN = timedelta(days=150)  # beyond this the time axis shows months, not days
PADDING = timedelta(days=3)
SINGLE_POINT_PADDING = timedelta(days=7)
SESSION_MARK_COLOUR = "#8a6fc0"  # reads on light and dark backgrounds
DENSE_POINTS = 60  # more points than this: no point markers, thinner session marks (a two-year history)


def accent_colour() -> str:
    """The theme's highlight: dark blue on light, light blue on dark, yellow in high contrast."""
    return QApplication.palette().color(QPalette.ColorRole.Highlight).name()


def time_range(moments: Sequence[datetime]) -> tuple[datetime, datetime]:
    """The x range that shows every moment, a little padded (a week each side of a single one)."""
    first, last = min(moments), max(moments)
    padding = SINGLE_POINT_PADDING if last - first < timedelta(days=1) else PADDING
    return first - padding, last + padding


class HistoryChartView(QChartView):
    """A chart with a time axis and a value axis, coloured from the palette, with a message when empty."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setAccessibleName(accessible_name)
        self.viewport().setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing here to operate with the keys
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        chart = self.chart_
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.x_axis = QDateTimeAxis()
        self.y_axis = QValueAxis()
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.hide()
        self._apply_palette()

    def _apply_palette(self) -> None:
        palette = QApplication.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        self.chart_.setBackgroundBrush(QBrush(base))
        self.chart_.setBackgroundRoundness(0)
        self.chart_.legend().setLabelColor(text)
        self.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Window)))
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(text)
            axis.setTitleBrush(QBrush(text))
            axis.setGridLineColor(grid)
            axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))

    def attach(self, series: QAbstractSeries, *, in_legend: bool = True) -> None:
        self.chart_.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        if not in_legend:
            for marker in self.chart_.legend().markers(series):
                marker.setVisible(False)

    def remove_all_series(self) -> None:
        self.chart_.removeAllSeries()

    def set_time_range(self, start: datetime, end: datetime) -> None:
        self.x_axis.setRange(to_qdatetime(start), to_qdatetime(end))
        if end - start > LONG_SPAN:
            self.x_axis.setFormat("MMM yyyy")
        else:  # days; with the year when the range crosses one
            self.x_axis.setFormat("d MMM" if start.year == end.year else "d MMM yy")
        self.x_axis.setTickCount(7)

    def show_empty(self, message: str) -> None:
        """No data: a calm sentence over an empty plot, axes hidden."""
        self.remove_all_series()
        self.empty_label.setText(message)
        self.empty_label.show()
        self._place_empty_label()
        self.chart_.legend().hide()
        for axis in self.chart_.axes():
            axis.hide()

    def show_data(self) -> None:
        self.empty_label.hide()
        self.chart_.legend().show()
        for axis in self.chart_.axes():
            axis.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty_label()

    def _place_empty_label(self) -> None:
        self.empty_label.setGeometry(24, 0, max(0, self.width() - 48), self.height())


def line_series(name: str, colour: str, points: Sequence[QPointF], *, width: float = 2.5,
                style: Qt.PenStyle = Qt.PenStyle.SolidLine, markers: bool = True) -> QLineSeries:
    """A line filled in one call; point markers only while there are few enough to tell apart."""
    series = QLineSeries()
    series.setName(name)
    pen = QPen(QColor(colour), width)
    pen.setStyle(style)
    series.setPen(pen)
    series.setPointsVisible(markers and len(points) <= DENSE_POINTS)
    series.replace(list(points))
    return series


def session_marks(name: str, days: Sequence[datetime], y: float) -> QScatterSeries:
    marks = QScatterSeries()
    marks.setName(name)
    marks.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
    marks.setMarkerSize(7.0 if len(days) <= DENSE_POINTS else 4.0)
    marks.setColor(QColor(SESSION_MARK_COLOUR))
    marks.setBorderColor(QColor(SESSION_MARK_COLOUR))
    marks.replace([QPointF(epoch_ms(day), y) for day in days])
    return marks


class ScoreChart(HistoryChartView):
    """One instrument's totals over time over its severity bands, with a mark on each session day."""

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        self.instrument = instrument
        self.spec = definition(instrument)
        super().__init__(translate("History", "%1 over time").replace("%1", self.spec.short_name), parent)
        self.y_axis.setRange(0, self.spec.total_max)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setTickInterval(5)
        self.band_axis = QCategoryAxis()
        self.band_axis.setRange(0, self.spec.total_max)
        self.band_axis.setStartValue(0)
        for band_range in self.spec.bands:
            self.band_axis.append(band_text(band_range.band), min(band_range.high + 0.5, self.spec.total_max))
        self.band_axis.setGridLineVisible(False)
        self.band_axis.setLabelsColor(QApplication.palette().color(QPalette.ColorRole.Text))
        self.band_axis.setLinePenColor(QApplication.palette().color(QPalette.ColorRole.Mid))
        self.chart_.addAxis(self.band_axis, Qt.AlignmentFlag.AlignRight)
        self.score_series: QLineSeries | None = None
        self.session_series: QScatterSeries | None = None
        self.band_series: list[QAreaSeries] = []
        self._band_edges: list[QLineSeries] = []

    def set_history(self, scores: Sequence[tuple[datetime, int]], session_days: Sequence[datetime]) -> None:
        """``scores`` (completed_at, total) oldest first; ``session_days`` when each dosed session was."""
        self.remove_all_series()
        self.score_series = self.session_series = None
        self.band_series = []
        self._band_edges = []
        if not scores:
            self.show_empty(translate("History", "No %1 answers yet. Your scores appear here, over your "
                                                 "severity bands, once you have answered it.")
                            .replace("%1", self.spec.short_name))
            return
        self.show_data()
        start, end = time_range([moment for moment, _total in scores] + list(session_days))
        left, right = epoch_ms(start), epoch_ms(end)
        top = self.spec.total_max
        for band_range in self.spec.bands:
            low, high = band_edges(band_range, top)  # the same edges as the report's chart
            upper = line_series("", "#000000", [QPointF(left, high), QPointF(right, high)], markers=False)
            lower = line_series("", "#000000", [QPointF(left, low), QPointF(right, low)], markers=False)
            area = QAreaSeries(upper, lower)
            area.setName(band_text(band_range.band))
            colour = QColor(BAND_COLOURS[band_range.band])
            colour.setAlpha(BAND_ALPHA)
            area.setBrush(QBrush(colour))
            area.setPen(QPen(Qt.PenStyle.NoPen))
            self.attach(area, in_legend=False)
            self.band_series.append(area)
            self._band_edges += [upper, lower]  # the area draws from them: keep them alive
        self.session_series = session_marks(translate("History", "Session day"), session_days, top * 0.02)
        self.attach(self.session_series)
        points = [QPointF(epoch_ms(moment), float(total)) for moment, total in scores]
        name = translate("History", "%1 total").replace("%1", self.spec.short_name)
        self.score_series = line_series(name, accent_colour(), points)
        self.attach(self.score_series)
        self.set_time_range(start, end)
