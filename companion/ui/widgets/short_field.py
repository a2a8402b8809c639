"""A line edit as wide as a few characters at the current text size (a code, a blood pressure).

A fixed width in pixels was right at 100 % text only: at 200 % a 4-digit code's dots scrolled out of
its field.  The size hint follows the font, so a text-size change resizes it too.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

_FRAME_AND_MARGINS = 28  # px: the theme's border (3 px when focused), padding and text margins


class ShortField(QLineEdit):
    def __init__(self, characters: int, parent: QWidget | None = None, *, at_least: int = 120) -> None:
        super().__init__(parent)
        self._characters = characters
        self._at_least = at_least
        self.setMaxLength(characters)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        # Room for one character more than it holds: the cursor and a masked field's wider dots.
        text = max(metrics.horizontalAdvance("0"), metrics.horizontalAdvance("●")) * (self._characters + 1)
        return QSize(max(self._at_least, text + _FRAME_AND_MARGINS), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
