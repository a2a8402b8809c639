"""A sentence across the top of the window that stops nobody: read it, then dismiss it.

For what the person should know but need not act on at once, such as a daily backup that could not
be made while the vault itself opened normally. A modal box would stand between a patient and a
session; this waits, and goes on lock (it may name the backups folder, never content).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text_label = QLabel(self)
        self.text_label.setWordWrap(True)  # at 200 % text it must not push the window wider
        self.text_label.setAccessibleName(self.tr("Notice"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the notice"))
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.dismiss_button)
        self.setVisible(False)

    @Slot(str)
    def show_notice(self, text: str) -> None:
        self.text_label.setText(text)
        self.setVisible(True)

    @Slot()
    def dismiss(self) -> None:
        self.text_label.clear()
        self.setVisible(False)
