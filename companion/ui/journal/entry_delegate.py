"""Draws one entry in the list: the title, a quiet line of date and tags, and the preview or snippet.

Rows have one height (four lines: title, details, two of preview), so the view can lay out 100,000
of them without measuring each.
The preview is already escaped rich text (:data:`PREVIEW_HTML_ROLE`): only matches are bold.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from companion.ui.journal.entry_list_model import META_ROLE, PREVIEW_HTML_ROLE

PADDING = 10  # px around the three lines
LINE_GAP = 3
PREVIEW_LINES = 2


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(0)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, (2 + PREVIEW_LINES) * line + 2 * LINE_GAP + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        rect: QRect = opt.rect.adjusted(PADDING + 4, PADDING, -PADDING, -PADDING)
        base_font: QFont = opt.font
        line = QFontMetrics(base_font).height()

        painter.save()
        title_font = QFont(base_font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        title = QFontMetrics(title_font).elidedText(str(index.data()), Qt.TextElideMode.ElideRight,
                                                    rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         title)

        painter.setFont(base_font)
        painter.setPen(palette.color(muted_role))
        meta = QFontMetrics(base_font).elidedText(str(index.data(META_ROLE) or ""),
                                                  Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line + LINE_GAP, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft, meta)

        preview_top = rect.top() + 2 * (line + LINE_GAP)
        self._document.setDefaultFont(base_font)
        self._document.setHtml(str(index.data(PREVIEW_HTML_ROLE) or ""))
        self._document.setTextWidth(rect.width())  # wrapped; what does not fit in two lines is clipped
        painter.translate(rect.left(), preview_top)
        painter.setClipRect(QRect(0, 0, rect.width(), rect.bottom() - preview_top + 1))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(text_role))
        self._document.documentLayout().draw(painter, context)
        painter.restore()
