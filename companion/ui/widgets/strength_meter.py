"""A passphrase strength bar with words beside it (colour is never the only signal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

if TYPE_CHECKING:
    from companion.domain.passphrase_policy import PassphraseVerdict

SEGMENTS = 4
# Red → amber → yellow-green → green; dark enough to read against a light window and
# paired with words, so colour-blind users lose nothing.
_SEGMENT_COLOURS = ("#c0392b", "#d35400", "#7a9a01", "#1e8449")


class _SegmentBar(QWidget):
    """Four rounded segments; ``filled`` of them are coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filled = 0
        self.setMinimumWidth(160)
        self.setFixedHeight(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(220, 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 6.0
        width = (self.width() - gap * (SEGMENTS - 1)) / SEGMENTS
        empty = self.palette().color(QPalette.ColorRole.Mid)
        colour = QColor(_SEGMENT_COLOURS[max(0, self.filled - 1)])
        for index in range(SEGMENTS):
            rect = QRectF(index * (width + gap), 0.0, width, float(self.height()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour if index < self.filled else empty)
            painter.drawRoundedRect(rect, 4.0, 4.0)
        painter.end()


class StrengthMeter(QWidget):
    """Shows a :class:`PassphraseVerdict`'s strength (0–4) as a bar and in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = _SegmentBar(self)
        self._label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._bar, 1)
        layout.addWidget(self._label)
        self.setAccessibleName(self.tr("Passphrase strength"))
        self.set_verdict(None)

    def strength_text(self) -> str:
        return self._label.text()

    def filled_segments(self) -> int:
        return self._bar.filled

    def set_verdict(self, verdict: PassphraseVerdict | None) -> None:
        """Show a verdict, or the empty state when nothing has been typed (``None``)."""
        if verdict is None:
            self._bar.filled = 0
            text = self.tr("Strength: not yet rated")
        else:
            words = (
                self.tr("very weak"),
                self.tr("weak"),
                self.tr("fair"),
                self.tr("strong"),
                self.tr("very strong"),
            )
            strength = min(max(verdict.strength, 0), SEGMENTS)
            # Zero strength still fills one red segment so "very weak" is visibly a rating.
            self._bar.filled = max(strength, 1)
            text = self.tr("Strength: %1").replace("%1", words[strength])
        self._label.setText(text)
        self.setAccessibleDescription(text)
        self._bar.update()
