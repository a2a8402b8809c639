"""Drawing primitives for the report's charts: a plot frame with a time axis and a value axis, markers
and legend samples, painted with QPainter in device pixels (no widgets: it runs off the GUI thread).

Everything is black, white and grey; series differ by line style and marker shape, never by colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from companion.export.report_scales import MONTH_TICKS_FROM, date_ticks
from companion.ui.core_text import number_text
from companion.ui.export.report_style import FONT_FAMILY, mm, print_font, pt

LABEL_PT = 7.0
TITLE_PT = 9.0
GRID_GREY = QColor(200, 200, 200)
TEXT_BLACK = QColor(0, 0, 0)


class Marker(Enum):
    DOT = "dot"  # filled circle
    RING = "ring"  # open circle
    TRIANGLE = "triangle"  # filled, pointing up
    SQUARE = "square"  # filled


def font(size_pt: float, *, bold: bool = False) -> QFont:
    return print_font(FONT_FAMILY, size_pt, bold=bold)


def pen(width_pt: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine, grey: int = 0) -> QPen:
    result = QPen(QColor(grey, grey, grey), pt(width_pt))
    result.setStyle(style)
    result.setCapStyle(Qt.PenCapStyle.FlatCap)
    result.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return result


def draw_marker(painter: QPainter, centre: QPointF, marker: Marker, size: float) -> None:
    """A marker ``size`` device pixels across, black (a ring is white inside, so it reads over a line)."""
    half = size / 2
    painter.save()
    painter.setPen(QPen(TEXT_BLACK, max(1.0, size / 7)))
    painter.setBrush(QBrush(QColor(255, 255, 255) if marker is Marker.RING else TEXT_BLACK))
    if marker in (Marker.DOT, Marker.RING):
        painter.drawEllipse(centre, half, half)
    elif marker is Marker.SQUARE:
        painter.drawRect(QRectF(centre.x() - half * 0.85, centre.y() - half * 0.85, size * 0.85, size * 0.85))
    else:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - half),
                    QPointF(centre.x() + half, centre.y() + half * 0.8),
                    QPointF(centre.x() - half, centre.y() + half * 0.8),
                ]
            )
        )
    painter.restore()


def marker_size(count: int) -> float:
    """Large enough to see, small enough that a two-year history does not become a smear."""
    if count <= 30:
        return mm(1.8)
    return mm(1.3) if count <= 80 else mm(0.9)


@dataclass(frozen=True)
class PlotFrame:
    """The plot rectangle and its two scales: time (left → right) and value (bottom → top)."""

    rect: QRectF
    start: datetime
    end: datetime
    low: float
    high: float

    def x(self, moment: datetime) -> float:
        span = (self.end - self.start).total_seconds() or 1.0
        fraction = (moment - self.start).total_seconds() / span
        return self.rect.left() + min(1.0, max(0.0, fraction)) * self.rect.width()

    def y(self, value: float) -> float:
        fraction = (value - self.low) / ((self.high - self.low) or 1.0)
        return self.rect.bottom() - min(1.0, max(0.0, fraction)) * self.rect.height()

    def point(self, moment: datetime, value: float) -> QPointF:
        return QPointF(self.x(moment), self.y(value))


def draw_value_axis(
    painter: QPainter, frame: PlotFrame, ticks: Sequence[float], *, grid: bool = True
) -> None:
    """Value labels left of the plot, with light grid lines across it."""
    painter.save()
    painter.setFont(font(LABEL_PT))
    metrics = QFontMetricsF(painter.font())
    for value in ticks:
        y = frame.y(value)
        if grid:
            painter.setPen(pen(0.4, grey=GRID_GREY.red()))
            painter.drawLine(QPointF(frame.rect.left(), y), QPointF(frame.rect.right(), y))
        painter.setPen(QPen(TEXT_BLACK))
        label = number_text(value)  # the locale's decimal point, as in the text
        width = metrics.horizontalAdvance(label)
        painter.drawText(QPointF(frame.rect.left() - width - mm(1.2), y + metrics.capHeight() / 2), label)
    painter.restore()


def draw_time_axis(painter: QPainter, frame: PlotFrame) -> None:
    """Date labels under the plot, one per tick (months over long spans, weeks or days otherwise)."""
    painter.save()
    painter.setFont(font(LABEL_PT))
    metrics = QFontMetricsF(painter.font())
    pattern = "MMM yyyy" if frame.end - frame.start > MONTH_TICKS_FROM else "d MMM"
    last_right = -1e9
    for tick in date_ticks(frame.start, frame.end):
        x = frame.x(tick)
        painter.setPen(pen(0.5))
        painter.drawLine(QPointF(x, frame.rect.bottom()), QPointF(x, frame.rect.bottom() + mm(1.0)))
        label = QLocale().toString(QDate(tick.year, tick.month, tick.day), pattern)
        width = metrics.horizontalAdvance(label)
        left = min(max(x - width / 2, frame.rect.left() - mm(2)), frame.rect.right() + mm(2) - width)
        if left < last_right + mm(1.5):
            continue  # no overlapping labels; the tick mark stays
        painter.setPen(QPen(TEXT_BLACK))
        painter.drawText(QPointF(left, frame.rect.bottom() + mm(1.2) + metrics.ascent()), label)
        last_right = left + width
    painter.restore()


def draw_frame(painter: QPainter, frame: PlotFrame) -> None:
    painter.save()
    painter.setPen(pen(0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(frame.rect)
    painter.restore()


def draw_right_label(
    painter: QPainter, frame: PlotFrame, value: float, text: str, *, bold: bool = False
) -> None:
    """A label in the gutter right of the plot, centred on ``value``."""
    painter.save()
    painter.setFont(font(LABEL_PT, bold=bold))
    painter.setPen(QPen(TEXT_BLACK))
    metrics = QFontMetricsF(painter.font())
    painter.drawText(QPointF(frame.rect.right() + mm(1.2), frame.y(value) + metrics.capHeight() / 2), text)
    painter.restore()


def draw_polyline(painter: QPainter, points: Sequence[QPointF], line: QPen) -> None:
    if len(points) < 2:
        return
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.save()
    painter.setPen(line)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def draw_empty(painter: QPainter, frame: PlotFrame, message: str) -> None:
    painter.save()
    painter.setFont(font(LABEL_PT + 1))
    painter.setPen(QPen(TEXT_BLACK))
    painter.drawText(frame.rect, int(Qt.AlignmentFlag.AlignCenter), message)
    painter.restore()


@dataclass(frozen=True)
class LegendItem:
    text: str
    line: QPen | None = None
    marker: Marker | None = None
    fill: int | None = None  # a grey swatch (0–255)


def draw_title_and_legend(
    painter: QPainter, left: float, top: float, width: float, title: str, items: Sequence[LegendItem]
) -> float:
    """The chart's title, then its legend on the same line if it fits, else below; returns the bottom."""
    painter.save()
    painter.setFont(font(TITLE_PT, bold=True))
    painter.setPen(QPen(TEXT_BLACK))
    title_metrics = QFontMetricsF(painter.font())
    baseline = top + title_metrics.ascent()
    painter.drawText(QPointF(left, baseline), title)
    x = left + title_metrics.horizontalAdvance(title) + mm(4)
    painter.setFont(font(LABEL_PT))
    metrics = QFontMetricsF(painter.font())
    sample = mm(7)
    widths = [sample + mm(1.5) + metrics.horizontalAdvance(item.text) + mm(4) for item in items]
    if x + sum(widths) > left + width:  # the legend goes on a line of its own
        x, baseline = left, baseline + title_metrics.height()
    for item, item_width in zip(items, widths, strict=True):
        if x + item_width > left + width + mm(4):
            x, baseline = left, baseline + metrics.height() * 1.2
        middle = baseline - metrics.capHeight() / 2
        if item.fill is not None:
            painter.setPen(pen(0.4))
            painter.setBrush(QBrush(QColor(item.fill, item.fill, item.fill)))
            painter.drawRect(QRectF(x, middle - mm(1.2), sample, mm(2.4)))
        if item.line is not None:
            painter.setPen(item.line)
            painter.drawLine(QPointF(x, middle), QPointF(x + sample, middle))
        if item.marker is not None:
            draw_marker(painter, QPointF(x + sample / 2, middle), item.marker, mm(1.8))
        painter.setPen(QPen(TEXT_BLACK))
        painter.drawText(QPointF(x + sample + mm(1.5), baseline), item.text)
        x += item_width
    painter.restore()
    return baseline + metrics.descent() + mm(1.5)
