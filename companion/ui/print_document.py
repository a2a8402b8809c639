"""Drawing a QTextDocument on paper: black text on white, whatever the screen's theme.

``QTextDocument.drawContents`` colours text with the application's palette, so with the dark or
the high-contrast theme every PDF came out white on white (the report, the sitter card, the recovery
key).  Paper is always black on white: every document printed by the app is drawn through here.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument


def paper_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor(Qt.GlobalColor.black))
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, QColor(Qt.GlobalColor.white))
    palette.setColor(QPalette.ColorRole.Link, QColor(Qt.GlobalColor.black))
    return palette


def draw_on_paper(painter: QPainter, document: QTextDocument, clip: QRectF | None = None) -> None:
    """Like ``document.drawContents(painter, clip)``, with black text."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    painter.save()
    if clip is not None:
        painter.setClipRect(clip)
        context.clip = clip
    document.documentLayout().draw(painter, context)
    painter.restore()
