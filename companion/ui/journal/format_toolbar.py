"""The editor's small formatting toolbar: bold, italic, a heading, a list (what Markdown keeps).

Control+B and Control+I work in the text as well. The text edit writes Markdown through
``toMarkdown()``; only these four formats are offered, so what is saved stays simple to read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QToolButton, QWidget

from companion.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QTextList

HEADING_LEVEL = 2


def _tool_button(text: str, name: str, tip: str, parent: QWidget, *, checkable: bool = False) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setCheckable(checkable)
    button.setMinimumSize(44, 40)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


def _heading_format(level: int) -> QTextCharFormat:
    char = QTextCharFormat()
    char.setProperty(QTextFormat.Property.FontSizeAdjustment, 1 if level else 0)
    char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    return char


class FormatToolbar(QWidget):
    def __init__(self, body: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self.bold_button = _tool_button(translate("Journal", "B"), translate("Journal", "Bold"),
                                        translate("Journal", "Bold (Control+B)"), self,
                                        checkable=True)
        self.italic_button = _tool_button(translate("Journal", "I"), translate("Journal", "Italic"),
                                          translate("Journal", "Italic (Control+I)"), self,
                                          checkable=True)
        self.heading_button = _tool_button(translate("Journal", "Heading"), translate("Journal", "Heading"),
                                           translate("Journal", "Make this line a heading"),
                                           self)
        self.list_button = _tool_button(translate("Journal", "• List"), translate("Journal", "List"),
                                        translate("Journal", "Make this line part of a list"),
                                        self)
        bold_font = QFont(self.bold_button.font())
        bold_font.setWeight(QFont.Weight.Bold)
        self.bold_button.setFont(bold_font)
        italic_font = QFont(self.italic_button.font())
        italic_font.setItalic(True)
        self.italic_button.setFont(italic_font)
        toolbar = QHBoxLayout(self)
        toolbar.setContentsMargins(0, 0, 0, 0)
        toolbar.setSpacing(6)
        for button in (self.bold_button, self.italic_button, self.heading_button, self.list_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)

        for key, slot in (("Ctrl+B", self.bold_button.click), ("Ctrl+I", self.italic_button.click)):
            action = QAction(self.body)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.body.addAction(action)

        self.bold_button.clicked.connect(self._on_bold_button_clicked)
        self.italic_button.clicked.connect(self._on_italic_button_clicked)
        self.heading_button.clicked.connect(self._on_heading_button_clicked)
        self.list_button.clicked.connect(self._on_list_button_clicked)
        body.currentCharFormatChanged.connect(self._on_body_current_char_format_changed)
        body.cursorPositionChanged.connect(self._on_body_cursor_position_changed)

    @Slot()
    def _on_bold_button_clicked(self) -> None:
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold if self.bold_button.isChecked() else QFont.Weight.Normal)
        self.body.mergeCurrentCharFormat(char)
        self.body.setFocus()

    @Slot()
    def _on_italic_button_clicked(self) -> None:
        char = QTextCharFormat()
        char.setFontItalic(self.italic_button.isChecked())
        self.body.mergeCurrentCharFormat(char)
        self.body.setFocus()

    @Slot()
    def _on_heading_button_clicked(self) -> None:
        cursor = self.body.textCursor()
        block = cursor.blockFormat()
        level = 0 if block.headingLevel() else HEADING_LEVEL
        cursor.beginEditBlock()
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        char = _heading_format(level)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(char)
        cursor.endEditBlock()
        self.body.mergeCurrentCharFormat(char)
        self.body.setFocus()

    @Slot()
    def _on_list_button_clicked(self) -> None:
        cursor = self.body.textCursor()
        current = cast("QTextList | None", cursor.currentList())  # None outside a list (not in the stubs)
        if current is not None:
            current.remove(cursor.block())
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        self.body.setFocus()

    @Slot()
    def _on_body_cursor_position_changed(self) -> None:
        # Return after a heading starts a plain line, but Qt carries the heading's big bold type over.
        cursor = self.body.textCursor()
        size = cursor.charFormat().property(QTextFormat.Property.FontSizeAdjustment)
        if cursor.blockFormat().headingLevel() == 0 and isinstance(size, int) and size > 0 \
                and cursor.block().length() <= 1:
            self.body.mergeCurrentCharFormat(_heading_format(0))

    @Slot(QTextCharFormat)
    def _on_body_current_char_format_changed(self, char: QTextCharFormat) -> None:
        self.bold_button.setChecked(char.fontWeight() >= QFont.Weight.DemiBold.value)
        self.italic_button.setChecked(char.fontItalic())
