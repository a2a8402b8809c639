"""A check box whose text wraps: a QCheckBox's own text is one line, cut off at the window's edge.

The label is the box's buddy: clicking it toggles the box, and a screen reader hears the whole text
as the box's name.  It behaves like a QCheckBox where the app uses one (checked state, ``toggled``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class CheckRow(QWidget):
    """A check box whose text wraps (a QCheckBox's text is cut off at the window's edge).

    The label is the box's buddy: clicking it toggles the box, and a screen reader hears the whole
    text as the box's name.  It behaves like a QCheckBox where the session steps use one.
    """

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setBuddy(self.box)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.toggled = self.box.toggled
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(12)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)

    def setToolTip(self, text: str) -> None:
        self.box.setToolTip(text)
        self.label.setToolTip(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)
