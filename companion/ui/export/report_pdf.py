"""report.pdf: the report model painted with QPdfWriter (DESIGN.md §6).

Page 1: header, needs attention, scores, session summary — always one page: when a long history has
more flags than fit, page 1 keeps the most severe and the rest continue after the charts. Page 2: the
charts, as vectors. Then the flags page 1 had no room for, the session record on landscape pages
(headings repeated on each), and the appendix. Every page carries a footer with the page number, the
export id and "Patient-reported, not clinically verified".

Only QPdfWriter, QPainter, QTextDocument and fonts: no widgets, so it runs on a worker thread or in
the offscreen command line. The paper is A4 or US Letter from the locale unless a size is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from companion.export.report_model import Report
from companion.storage.atomic import atomic_write_bytes
from companion.ui.export.report_appendix_html import appendix_sections
from companion.ui.export.report_chart_frame import font
from companion.ui.export.report_charts import paint_charts
from companion.ui.export.report_front import continuation_html, front_html, period_text, title_text
from companion.ui.export.report_paging import LineExtents, draw_page, lay_out_in_steps, split_documents
from companion.ui.export.report_record_html import record_html
from companion.ui.export.report_style import (
    FOOTER_MM,
    MARGIN_MM,
    RESOLUTION_DPI,
    SMALL_PT,
    default_page_size,
    mm,
    new_document,
    page_layout,
)

CHARTS_PAGE = 2
CONTINUATION_PAGE = 3  # where the flags page 1 had no room for begin
FLOW_GAP_MM = 0.7  # between two documents that share a page, as between two tables of one document
FLOW_LIMIT = 0.95  # a document starts on a new page when less than 5 % of the last one is left


@dataclass(frozen=True)
class _Area:
    """A page's content rectangle, in device pixels, and the page's full size."""

    width: float
    height: float
    page_width: float
    page_height: float

    @property
    def rect(self) -> QRectF:
        return QRectF(mm(MARGIN_MM), mm(MARGIN_MM), self.width, self.height)


def _area(writer: QPdfWriter) -> _Area:
    page_width, page_height = float(writer.width()), float(writer.height())
    return _Area(
        page_width - 2 * mm(MARGIN_MM),
        page_height - 2 * mm(MARGIN_MM) - mm(FOOTER_MM),
        page_width,
        page_height,
    )


@dataclass(frozen=True)
class _Laid:
    """A document laid out in pages, and where its lines are (to draw it a strip at a time).

    With ``below`` > 0 its first page is the previous document's last page: a blank line that tall
    opens it, and only what comes after is drawn there.
    """

    document: QTextDocument
    lines: LineExtents
    below: float = 0.0

    def page_count(self) -> int:
        return self.document.pageCount()

    def new_pages(self) -> int:
        return self.page_count() - (1 if self.below else 0)

    def used_on_last_page(self, page_height: float) -> float:
        return self.lines.end - (self.page_count() - 1) * page_height


def _document(
    writer: QPdfWriter, area: _Area, html: str, *, condensed: bool = False, below: float = 0.0
) -> _Laid:
    document = new_document(writer, area.width, area.height, condensed=condensed)
    if below:
        html = f"<p style='margin: 0; line-height: {below * 96 / RESOLUTION_DPI:.2f}px'>&nbsp;</p>{html}"
    document.setHtml(html)
    return _Laid(document, lay_out_in_steps(document), below)


def _flowing(writer: QPdfWriter, area: _Area, sections: list[str], *, condensed: bool = False) -> list[_Laid]:
    """``sections`` as documents of bounded size (report_paging), each going on where the one before
    ended unless almost nothing of that page is left."""
    parts: list[_Laid] = []
    for html in split_documents(sections):
        below = parts[-1].used_on_last_page(area.height) + mm(FLOW_GAP_MM) if parts else 0.0
        below = below if below < FLOW_LIMIT * area.height else 0.0
        parts.append(_document(writer, area, html, condensed=condensed, below=below))
    return parts


def _fit_front(report: Report, writer: QPdfWriter, area: _Area) -> tuple[_Laid, int]:
    """Page 1 with as many flags as fit on it (all of them when they do)."""
    count = len(report.attention)
    document = _document(writer, area, front_html(report, count, None))
    if document.page_count() == 1:
        return document, count
    low, high = 0, count - 1  # the most flags that still fit, with the "continues on page 3" line
    while low < high:
        middle = (low + high + 1) // 2
        if _document(writer, area, front_html(report, middle, CONTINUATION_PAGE)).page_count() == 1:
            low = middle
        else:
            high = middle - 1
    return _document(writer, area, front_html(report, low, CONTINUATION_PAGE)), low


def _draw_pages(
    painter: QPainter, laid: _Laid, area: _Area, first: int, footer: _Footer, writer: QPdfWriter
) -> int:
    """Every page of ``laid``, each after a new page but the very first of the file (and one that goes
    on the page before, already footed); returns the number of the last page drawn."""
    page = first - 1
    for index in range(laid.page_count()):
        shared = index == 0 and laid.below > 0
        if not shared:
            page += 1
            if page > 1:
                writer.newPage()
        top = index * area.height + (laid.below if shared else 0.0)
        painter.save()
        painter.translate(mm(MARGIN_MM), mm(MARGIN_MM) - index * area.height)
        draw_page(painter, laid.document, laid.lines, area.width, top, (index + 1) * area.height - top)
        painter.restore()
        if not shared:
            footer.draw(painter, area, page)
    return page


@dataclass(frozen=True)
class _Footer:
    left: str
    total: int

    def draw(self, painter: QPainter, area: _Area, page: int) -> None:
        painter.save()
        painter.setFont(font(SMALL_PT))
        painter.setPen(QPen(QColor(0, 0, 0)))
        metrics = QFontMetricsF(painter.font())
        y = area.page_height - mm(MARGIN_MM) - mm(FOOTER_MM) / 2 + metrics.ascent()
        line_y = area.page_height - mm(MARGIN_MM) - mm(FOOTER_MM) + mm(1.5)
        painter.setPen(QPen(QColor(0, 0, 0), mm(0.15)))
        painter.drawLine(QPointF(mm(MARGIN_MM), line_y), QPointF(area.page_width - mm(MARGIN_MM), line_y))
        right = (
            QCoreApplication.translate("Report", "Page %1 of %2")
            .replace("%1", str(page))
            .replace("%2", str(self.total))
        )
        middle = QCoreApplication.translate("Report", "Patient-reported, not clinically verified")
        box = QRectF(
            mm(MARGIN_MM), y - metrics.ascent(), area.page_width - 2 * mm(MARGIN_MM), metrics.height()
        )
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), self.left)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter), middle)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight), right)
        painter.restore()


def _paint(report: Report, device: QIODevice, size: QPageSize.PageSizeId) -> int:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title_text())
    writer.setCreator("companion")
    writer.setPageLayout(page_layout(size))
    portrait = _area(writer)
    front, shown = _fit_front(report, writer, portrait)
    rest = (
        _document(writer, portrait, continuation_html(report, shown))
        if shown < len(report.attention)
        else None
    )
    appendix = _flowing(writer, portrait, appendix_sections(report))
    record: list[_Laid] = []
    landscape_layout = page_layout(size, landscape=True)
    landscape = _Area(0, 0, 0, 0)
    if report.record:
        writer.setPageLayout(landscape_layout)  # only to measure; page 1 is still portrait
        landscape = _area(writer)
        writer.setPageLayout(page_layout(size))
        record = _flowing(writer, landscape, [record_html(report)], condensed=True)
    total = (
        front.page_count()
        + 1
        + (rest.page_count() if rest else 0)
        + sum(part.new_pages() for part in record)
        + sum(part.new_pages() for part in appendix)
    )
    footer = _Footer(
        QCoreApplication.translate("Report", "Export %1").replace("%1", report.header.export_id), total
    )
    painter = QPainter(writer)
    page = _draw_pages(painter, front, portrait, 1, footer, writer)
    writer.newPage()
    page += 1
    heading = QCoreApplication.translate("Report", "Charts — %1").replace("%1", period_text(report))
    paint_charts(painter, portrait.rect, report.charts, heading)
    footer.draw(painter, portrait, page)
    if rest is not None:
        page = _draw_pages(painter, rest, portrait, page + 1, footer, writer)
    if record:
        writer.setPageLayout(landscape_layout)
        for part in record:
            page = _draw_pages(painter, part, landscape, page + 1, footer, writer)
        writer.setPageLayout(page_layout(size))
    for part in appendix:
        page = _draw_pages(painter, part, portrait, page + 1, footer, writer)
    painter.end()
    assert page == total, (page, total)
    return total


def render_report_pdf(report: Report, page_size: QPageSize.PageSizeId | None = None) -> bytes:
    """The PDF's bytes (nothing touches the disk)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _paint(report, buffer, default_page_size() if page_size is None else page_size)
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def write_report_pdf(
    report: Report, path_or_device: Path | str | QIODevice, *, page_size: QPageSize.PageSizeId | None = None
) -> int:
    """Write the report to a path (atomically, owner-only) or an open device; returns its page count.

    Raises :class:`companion.storage.errors.DiskError` when the disk refuses a path's write.
    """
    size = default_page_size() if page_size is None else page_size
    if isinstance(path_or_device, QIODevice):
        return _paint(report, path_or_device, size)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = _paint(report, buffer, size)
    data: QByteArray = buffer.data()
    buffer.close()
    atomic_write_bytes(Path(path_or_device), bytes(data.data()), what="the report")
    return pages


def render_front_page(report: Report, width: int, page_size: QPageSize.PageSizeId | None = None) -> QImage:
    """Page 1 as the PDF shows it, as an image ``width`` pixels wide (the Export page's preview).

    Laid out on a PDF writer exactly as the file is, then drawn scaled onto a white image.
    """
    size = default_page_size() if page_size is None else page_size
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout(size))
    area = _area(writer)
    front, _shown = _fit_front(report, writer, area)
    scale = width / area.page_width
    image = QImage(width, round(area.page_height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.scale(scale, scale)
    painter.translate(mm(MARGIN_MM), mm(MARGIN_MM))
    draw_page(painter, front.document, front.lines, area.width, 0, area.height)
    painter.end()
    buffer.close()
    return image
