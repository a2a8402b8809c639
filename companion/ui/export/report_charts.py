"""Page 2 of the report: the charts, painted as vectors with QPainter (DESIGN.md §6).

The same charts as History, drawn for paper: each questionnaire over its severity bands (greys that
darken with severity, each band named beside the plot) with the session days marked along the bottom
and, for the PHQ-9, the baseline and the line 5 points below it (the minimal important difference);
mood before and after each session; blood pressure per session against the care plan's limits. Every
chart spans the report's period, so dates line up down the page. Nothing depends on colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from companion.domain.vitals import BloodPressure
from companion.export.report_scales import LimitKind, band_edges
from companion.export.report_scores import ScoreSeries
from companion.export.report_series import BpPoint, ReportCharts
from companion.ui.export.report_chart_frame import (
    LegendItem,
    Marker,
    PlotFrame,
    draw_empty,
    draw_frame,
    draw_marker,
    draw_polyline,
    draw_right_label,
    draw_time_axis,
    draw_title_and_legend,
    draw_value_axis,
    font,
    marker_size,
    pen,
)
from companion.ui.export.report_format import band_text
from companion.ui.export.report_style import mm

LEFT_GUTTER_MM = 9.0  # value labels
RIGHT_GUTTER_MM = 27.0  # band names and limit names
AXIS_MM = 6.0  # date labels under each plot
GAP_MM = 5.0  # between charts
BAND_LIGHTEST, BAND_DARKEST = 252, 170  # greys of the mildest and the most severe band
SESSION_MARK_GREY = 60
BP_LINES_UP_TO = 40  # sessions; more are drawn as markers only


def _band_grey(index: int, count: int) -> int:
    if count <= 1:
        return BAND_LIGHTEST
    return round(BAND_LIGHTEST - (BAND_LIGHTEST - BAND_DARKEST) * index / (count - 1))


def _session_marks(painter: QPainter, frame: PlotFrame, charts: ReportCharts) -> None:
    """A small upward triangle on the bottom edge for each dose."""
    size = mm(1.6) if len(charts.session_days) <= 60 else mm(1.1)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(SESSION_MARK_GREY, SESSION_MARK_GREY, SESSION_MARK_GREY)))
    for day in charts.session_days:
        x, bottom = frame.x(day), frame.rect.bottom()
        painter.drawPolygon(
            [QPointF(x, bottom - size), QPointF(x + size / 2, bottom), QPointF(x - size / 2, bottom)]
        )
    painter.restore()


def _reference_line(painter: QPainter, frame: PlotFrame, value: float, style: Qt.PenStyle) -> None:
    """A horizontal line across the plot (named in the legend, so no label covers the data)."""
    y = frame.y(value)
    painter.save()
    painter.setPen(pen(0.9, style))
    painter.drawLine(QPointF(frame.rect.left(), y), QPointF(frame.rect.right(), y))
    painter.restore()


def paint_score_chart(painter: QPainter, box: QRectF, charts: ReportCharts, series: ScoreSeries) -> None:
    items = [
        LegendItem(QCoreApplication.translate("Report", "total"), line=pen(1.3), marker=Marker.DOT),
        LegendItem(QCoreApplication.translate("Report", "session day"), marker=Marker.TRIANGLE),
    ]
    if series.baseline_total is not None:
        items.append(
            LegendItem(
                QCoreApplication.translate("Report", "baseline %1").replace("%1", str(series.baseline_total)),
                line=pen(0.9, Qt.PenStyle.DotLine),
            )
        )
    if series.mid_line is not None:
        items.append(
            LegendItem(
                QCoreApplication.translate(
                    "Report", "%1 = baseline − 5 (minimal important difference)"
                ).replace("%1", str(series.mid_line)),
                line=pen(0.9, Qt.PenStyle.DashLine),
            )
        )
    title = QCoreApplication.translate("Report", "%1 over time").replace("%1", series.name)
    frame = _frame(painter, box, charts, title, items, 0, series.total_max)
    for index, band in enumerate(series.bands):
        low, high = band_edges(band, series.total_max)
        grey = _band_grey(index, len(series.bands))
        rect = QRectF(QPointF(frame.rect.left(), frame.y(high)), QPointF(frame.rect.right(), frame.y(low)))
        painter.fillRect(rect, QColor(grey, grey, grey))
        draw_right_label(painter, frame, (low + high) / 2, band_text(band.band))
    step = next(step for step in (5, 10, 20) if series.total_max / step <= 6)  # PCL-5's 0–80 by 20
    draw_value_axis(painter, frame, range(0, series.total_max + 1, step))
    _session_marks(painter, frame, charts)
    if series.baseline_total is not None:
        _reference_line(painter, frame, series.baseline_total, Qt.PenStyle.DotLine)
    if series.mid_line is not None:
        _reference_line(painter, frame, series.mid_line, Qt.PenStyle.DashLine)
    points = [frame.point(point.at, point.total) for point in series.points]
    draw_polyline(painter, points, pen(1.3))
    for point in points:
        draw_marker(painter, point, Marker.DOT, marker_size(len(points)))
    if not points:
        draw_empty(
            painter,
            frame,
            QCoreApplication.translate("Report", "No %1 in this period.").replace("%1", series.name),
        )
    draw_frame(painter, frame)
    draw_time_axis(painter, frame)


def paint_mood_chart(painter: QPainter, box: QRectF, charts: ReportCharts) -> None:
    items = [
        LegendItem(
            QCoreApplication.translate("Report", "before the session"),
            line=pen(0.9, Qt.PenStyle.DashLine),
            marker=Marker.RING,
        ),
        LegendItem(
            QCoreApplication.translate("Report", "after it (post-session log)"),
            line=pen(1.3),
            marker=Marker.DOT,
        ),
    ]
    title = QCoreApplication.translate(
        "Report", "Mood before and after each session (0–10, higher is better)"
    )
    frame = _frame(painter, box, charts, title, items, 0, 10)
    draw_value_axis(painter, frame, range(0, 11, 2))
    moods = charts.moods  # every point is a session: no separate session marks
    size = marker_size(len(moods))
    before = [frame.point(p.at, p.before) for p in moods if p.before is not None]
    after = [frame.point(p.at, p.after) for p in moods if p.after is not None]
    for points, line, marker in (
        (before, pen(0.9, Qt.PenStyle.DashLine), Marker.RING),
        (after, pen(1.3), Marker.DOT),
    ):
        draw_polyline(painter, points, line)
        for point in points:
            draw_marker(painter, point, marker, size)
    if not moods:
        draw_empty(painter, frame, QCoreApplication.translate("Report", "No moods recorded in this period."))
    draw_frame(painter, frame)
    draw_time_axis(painter, frame)


def _limit_pen(kind: LimitKind) -> QPen:
    """Urgent: solid and heavy; do not start: dash-dot; caution: dotted — told apart without colour."""
    return {
        LimitKind.URGENT: pen(1.4),
        LimitKind.STOP: pen(1.2, Qt.PenStyle.DashDotLine),
        LimitKind.CAUTION: pen(1.0, Qt.PenStyle.DotLine),
    }[kind]


_MOMENTS: tuple[tuple[Callable[[BpPoint], BloodPressure | None], Marker], ...] = (
    (lambda p: p.before, Marker.RING),
    (lambda p: p.recheck, Marker.TRIANGLE),
    (lambda p: p.end, Marker.SQUARE),
)


def paint_bp_chart(painter: QPainter, box: QRectF, charts: ReportCharts) -> None:
    recheck = (
        QCoreApplication.translate("Report", "at %1 min").replace("%1", str(charts.recheck_minutes))
        if charts.recheck_minutes is not None
        else QCoreApplication.translate("Report", "at the re-check")
    )
    items = [
        LegendItem(QCoreApplication.translate("Report", "systolic"), line=pen(0.9, grey=90)),
        LegendItem(
            QCoreApplication.translate("Report", "diastolic"), line=pen(0.9, Qt.PenStyle.DashLine, 90)
        ),
        LegendItem(QCoreApplication.translate("Report", "before the dose"), marker=Marker.RING),
        LegendItem(recheck, marker=Marker.TRIANGLE),
        LegendItem(QCoreApplication.translate("Report", "at the end"), marker=Marker.SQUARE),
        LegendItem(QCoreApplication.translate("Report", "limits: urgent"), line=_limit_pen(LimitKind.URGENT)),
        LegendItem(QCoreApplication.translate("Report", "do not start"), line=_limit_pen(LimitKind.STOP)),
        LegendItem(QCoreApplication.translate("Report", "caution"), line=_limit_pen(LimitKind.CAUTION)),
    ]
    title = QCoreApplication.translate("Report", "Blood pressure per session (mmHg)")
    low, high = charts.bp_axis
    frame = _frame(painter, box, charts, title, items, low, high)
    first = int(low // 20 * 20 + (20 if low % 20 else 0))
    draw_value_axis(painter, frame, range(first, int(high) + 1, 20))
    for limit in charts.bp_limits:
        y = frame.y(limit.value)
        painter.save()
        painter.setPen(_limit_pen(limit.kind))
        painter.drawLine(QPointF(frame.rect.left(), y), QPointF(frame.rect.right(), y))
        painter.restore()
        name = {
            LimitKind.URGENT: QCoreApplication.translate("Report", "urgent %1"),
            LimitKind.STOP: QCoreApplication.translate("Report", "do not start %1"),
            LimitKind.CAUTION: QCoreApplication.translate("Report", "caution %1"),
        }[limit.kind].replace("%1", str(limit.value))
        draw_right_label(painter, frame, limit.value, name, bold=limit.kind is not LimitKind.CAUTION)
    readings = charts.blood_pressure
    size = marker_size(len(readings))
    for moment, marker in _MOMENTS:
        taken = [(p.at, bp) for p in readings if (bp := moment(p)) is not None]
        for values, style in (
            ([frame.point(at, bp.systolic) for at, bp in taken], Qt.PenStyle.SolidLine),
            ([frame.point(at, bp.diastolic) for at, bp in taken], Qt.PenStyle.DashLine),
        ):
            points = values
            if len(readings) <= BP_LINES_UP_TO:  # beyond, lines would only tangle: the markers say it
                draw_polyline(painter, points, pen(0.7, style, 90))
            for point in points:
                draw_marker(painter, point, marker, size)
    if not readings:
        draw_empty(
            painter, frame, QCoreApplication.translate("Report", "No blood pressure readings in this period.")
        )
    draw_frame(painter, frame)
    draw_time_axis(painter, frame)


def _frame(
    painter: QPainter,
    box: QRectF,
    charts: ReportCharts,
    title: str,
    items: Sequence[LegendItem],
    low: float,
    high: float,
) -> PlotFrame:
    top = draw_title_and_legend(painter, box.left(), box.top(), box.width(), title, items)
    rect = QRectF(
        box.left() + mm(LEFT_GUTTER_MM),
        top,
        box.width() - mm(LEFT_GUTTER_MM + RIGHT_GUTTER_MM),
        box.bottom() - top - mm(AXIS_MM),
    )
    return PlotFrame(rect, charts.start, charts.end, low, high)


def paint_charts(painter: QPainter, area: QRectF, charts: ReportCharts, heading: str) -> None:
    """Every chart, stacked in ``area`` (device pixels) under ``heading``."""
    painter.save()
    painter.setFont(font(12, bold=True))
    painter.setPen(QPen(QColor(0, 0, 0)))
    metrics = painter.fontMetrics()
    painter.drawText(QPointF(area.left(), area.top() + metrics.ascent()), heading)
    painter.restore()
    top = area.top() + metrics.height() + mm(2)
    # (relative height, chart): the questionnaires, then mood, then blood pressure (the busiest).
    stack: list[tuple[float, Callable[[QRectF], None]]] = [
        (1.0, partial(paint_score_chart, painter, charts=charts, series=series)) for series in charts.scores
    ]
    stack += [
        (0.8, partial(paint_mood_chart, painter, charts=charts)),
        (1.25, partial(paint_bp_chart, painter, charts=charts)),
    ]
    available = area.bottom() - top - mm(GAP_MM) * (len(stack) - 1)
    unit = available / sum(weight for weight, _ in stack)
    for weight, paint in stack:
        paint(QRectF(area.left(), top, area.width(), unit * weight))
        top += unit * weight + mm(GAP_MM)
