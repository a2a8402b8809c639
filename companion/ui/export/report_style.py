"""The report's type and page geometry: one place for sizes, fonts and greys.

Black on white with greys only: nothing in the report carries meaning by colour alone, so it reads
the same printed in black and white. DejaVu Sans is the app's print face (the sitter card's too);
where it is missing Qt picks the system's sans-serif. QPdfWriter embeds the fonts it uses.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPaintDevice, QTextDocument

RESOLUTION_DPI = 300
MARGIN_MM = 12.0  # inside any A4 or Letter printer's unprintable edge
FOOTER_MM = 6.0  # below the content: page number, export id, "patient-reported"
FONT_FAMILY = "DejaVu Sans"
CONDENSED_FAMILY = "DejaVu Sans Condensed"  # the session record's many columns
BODY_PT = 9.0
TABLE_PT = 8.0  # cells of the page-1 and appendix tables
RECORD_PT = 8.0  # the session record, in the condensed face
SMALL_PT = 7.5
SHADE_URGENT = "#d9d9d9"  # the row of an urgent flag (also labelled URGENT in bold)
SHADE_HEADER = "#eeeeee"  # table headings


def default_page_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """US Letter where the locale measures in US units, A4 everywhere else."""
    locale = QLocale() if locale is None else locale
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def page_layout(size: QPageSize.PageSizeId, landscape: bool = False) -> QPageLayout:
    """The whole sheet (no printer margins): the painter keeps its own margins and the footer."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(size), orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def mm(value: float, dpi: int = RESOLUTION_DPI) -> float:
    """Millimetres in device pixels."""
    return value / 25.4 * dpi


def pt(value: float, dpi: int = RESOLUTION_DPI) -> float:
    """Points in device pixels."""
    return value / 72 * dpi


def style_sheet(body_pt: float = BODY_PT, table_pt: float = TABLE_PT) -> str:
    """The rich text's CSS. Qt takes margins and padding in CSS pixels (1/96 inch, scaled)."""
    gap = body_pt * 0.35 * 96 / 72
    return (
        f"body {{ font-size: {body_pt:g}pt; }} "
        f"h1 {{ font-size: {body_pt * 1.45:g}pt; margin-top: 0; margin-bottom: {gap:.0f}px; }} "
        f"h2 {{ font-size: {body_pt * 1.2:g}pt; margin-top: {2.2 * gap:.0f}px; "
        f"margin-bottom: {gap:.0f}px; }} "
        f"h3 {{ font-size: {body_pt * 1.05:g}pt; margin-top: {1.6 * gap:.0f}px; "
        f"margin-bottom: {gap / 2:.0f}px; }} "
        f"p {{ margin-top: {gap / 2:.0f}px; margin-bottom: {gap / 2:.0f}px; }} "
        f"table {{ margin-top: {gap / 2:.0f}px; margin-bottom: {gap / 2:.0f}px; "
        "border-collapse: collapse; } "
        f"td {{ font-size: {table_pt:g}pt; }} "
        f"th {{ font-size: {table_pt:g}pt; background-color: {SHADE_HEADER}; text-align: left; "
        "font-weight: bold; } "
        f".small {{ font-size: {SMALL_PT:g}pt; }} "
        ".k { font-weight: bold; } "
    )


def print_font(family: str, size_pt: float, *, bold: bool = False) -> QFont:
    """The report's face at ``size_pt``, without ligatures: text copied out of the PDF (or read by
    pdftotext) keeps plain letters ("fi", not "ﬁ")."""
    font = QFont(family)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def new_document(
    device: QPaintDevice, width: float, height: float, *, condensed: bool = False
) -> QTextDocument:
    """An empty document laid out for ``device`` in pages of ``width`` × ``height`` device pixels; a
    condensed one (the session record's many columns) sets its tables in DejaVu Sans Condensed."""
    body_pt = BODY_PT
    document = QTextDocument()
    # Without this the layout uses the screen's resolution and the text prints tiny.
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(print_font(CONDENSED_FAMILY if condensed else FONT_FAMILY, body_pt))
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(style_sheet(body_pt, RECORD_PT if condensed else TABLE_PT))
    document.setPageSize(QSizeF(width, height))
    return document


# A ruled table across the page; cells take their size from the style sheet's td.
GRID_TABLE = "<table width='100%' border='1' cellspacing='0' cellpadding='1.5'>"
ROWS_PER_TABLE = 24


def grid_tables(head: str, rows: list[str]) -> str:
    """``rows`` as ruled tables of at most ROWS_PER_TABLE rows, each with ``head`` (a ``<thead>``).

    Qt lays out and draws one long table as a whole for every page it touches, so a two-year record
    in one table took seconds; tables of a page's size each are drawn only on their own page.
    """
    chunks = [rows[start:start + ROWS_PER_TABLE] for start in range(0, len(rows), ROWS_PER_TABLE)] or [[]]
    return "".join(f"{GRID_TABLE}{head}{''.join(chunk)}</table>" for chunk in chunks)
