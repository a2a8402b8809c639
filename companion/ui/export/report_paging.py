"""Laying out and drawing the report in small steps, so that the window never freezes while it is made.

The report is painted on a background thread, but every Qt call holds Python's interpreter lock until
it returns, and the GUI thread needs that lock for every event it handles in Python.  One call that
laid out a 30-page appendix (``pageCount``) held it for 0.4 s; drawing a dense page in one call, for
70 ms.  So a document is laid out block by block (Qt then lays out a page or two per call), a page is
drawn in strips cut only between lines and table rows, and a long appendix is split into documents of
bounded size (``setHtml`` too is a single call), each going on where the one before ended.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTextDocument

from companion.ui.print_document import draw_on_paper

# setHtml takes about 13 µs a table cell and Qt lays out a page or two per call: documents of 600
# cells keep every call well under 20 ms on the machines we measure.
CELLS_PER_DOCUMENT = 600
STRIPS_PER_PAGE = 4
# Qt draws every line that touches a strip (even at its edge): a cut keeps this far from any line.
CLEARANCE = 1.0
_CELL = re.compile(r"<t[dh][\s>]")
_AFTER_TABLE = re.compile(r"(?<=</table>)")


@dataclass(frozen=True)
class LineExtents:
    """Where every line of a laid-out document begins and ends, down its pages (device pixels)."""

    tops: list[float]  # sorted
    bottoms: list[float]  # in the order of tops
    tallest: float
    end: float  # the bottom of everything, table borders included

    def cut_near(self, y: float, limit: float) -> float | None:
        """The first y at or below ``y`` at least CLEARANCE away from every line, if before ``limit``."""
        cut = y
        while cut < limit:
            first = bisect.bisect_right(self.tops, cut - self.tallest - CLEARANCE)
            end = bisect.bisect_left(self.tops, cut + CLEARANCE)  # lines that begin above the cut
            blocking = [bottom for bottom in self.bottoms[first:end] if bottom + CLEARANCE > cut]
            if not blocking:
                return cut
            cut = max(blocking) + CLEARANCE
        return None


def lay_out_in_steps(document: QTextDocument) -> LineExtents:
    """Lay ``document`` out block by block (each call lays out at most a page or two) and note where
    each line lies.  A table cell counts as one tall line, so that strips are cut between rows and
    the text keeps its reading order."""
    layout = document.documentLayout()
    root = document.rootFrame()
    spans: list[tuple[float, float]] = []
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if document.frameAt(block.position()) is not root:
            spans.append((rect.top(), rect.bottom()))
        else:
            lines = block.layout()
            for index in range(lines.lineCount()):
                line = lines.lineAt(index)  # measured from the block's own top
                spans.append((rect.top() + line.y(), rect.top() + line.y() + line.height()))
        block = block.next()
    spans.sort()
    tables = [layout.frameBoundingRect(frame).bottom() for frame in root.childFrames()]
    bottoms = [bottom for _, bottom in spans]
    tallest = max((bottom - top for top, bottom in spans), default=0.0)
    return LineExtents([top for top, _ in spans], bottoms, tallest, max(bottoms + tables, default=0.0))


def page_strips(extents: LineExtents, top: float, height: float) -> Iterator[QRectF]:
    """The page from ``top`` in up to STRIPS_PER_PAGE strips (x and width to be set by the caller as
    0 and the page's width), cut only where no line of text would be split between two strips: a
    split line would be drawn in both and a PDF reader would find its text twice."""
    bottom = top + height
    start = top
    for index in range(1, STRIPS_PER_PAGE):
        cut = extents.cut_near(max(start, top + height * index / STRIPS_PER_PAGE), bottom)
        if cut is None:
            break
        if cut > start:
            yield QRectF(0, start, 0, cut - start)
            start = cut
    yield QRectF(0, start, 0, bottom - start)


def draw_page(painter: QPainter, document: QTextDocument, extents: LineExtents, width: float, top: float,
              height: float) -> None:
    """The page of ``document`` that begins at ``top``, drawn strip by strip (the painter is already
    translated so that ``top`` falls at the page's content origin)."""
    for strip in page_strips(extents, top, height):
        draw_on_paper(painter, document, QRectF(0, strip.top(), width, strip.height()))


def split_documents(sections: list[str], cells_per_document: int = CELLS_PER_DOCUMENT) -> list[str]:
    """Rich-text ``sections`` cut after each table and joined again into documents of at most about
    ``cells_per_document`` table cells (a table bigger than that is a document of its own)."""
    groups: list[str] = []
    cells = 0
    for piece in (piece for section in sections for piece in _AFTER_TABLE.split(section) if piece):
        count = len(_CELL.findall(piece))
        if groups and cells + count <= cells_per_document:
            groups[-1] += piece
            cells += count
        else:
            groups.append(piece)
            cells = count
    return groups
