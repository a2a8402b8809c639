"""Calm pages that only explain: a section not built yet, or a problem with nothing to press."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NoticeScreen(QWidget):
    """A heading and a few sentences. Holds no personal content, so there is nothing to clear."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        heading.setAccessibleName(title)
        self.message_label = QLabel(message, self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QWidget(self)
        column.setMaximumWidth(720)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(32, 32, 32, 32)
        column_layout.setSpacing(12)
        column_layout.addWidget(heading)
        column_layout.addWidget(self.message_label)
        column_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column)

    def clear_content(self) -> None:
        """Nothing personal is shown here."""
