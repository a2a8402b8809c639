"""The optional quick daily mood on Today: 0–10 and a short note, several a day if wanted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSlider, QVBoxLayout, QWidget

from companion.ui.formatting import time_text
from companion.ui.i18n import translate

if TYPE_CHECKING:
    from companion.storage.checkins import DailyMoodRecord

DEFAULT_MOOD = 5
NOTE_MAX_LENGTH = 500


class QuickMoodForm(QWidget):
    save_requested = Signal(int, str)  # mood 0–10, note (may be empty)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = QLabel(translate("Today", "How is your mood right now? 0 is the lowest, 10 the best."),
                             self)
        self.prompt.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(translate("Today", "Mood, 0 to 10"))
        self.value_label = QLabel(self)
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance("10 / 10") + 8)
        self.note = QLineEdit(self)
        self.note.setMaxLength(NOTE_MAX_LENGTH)
        self.note.setPlaceholderText(translate("Today", "A few words, if you like (optional)"))
        self.note.setAccessibleName(translate("Today", "Mood note"))
        self.save_button = QPushButton(translate("Today", "Save mood"), self)
        self.save_button.setAccessibleName(translate("Today", "Save mood"))
        self.saved_today = QLabel(self)
        self.saved_today.setWordWrap(True)
        self.saved_today.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_today.setProperty("role", "muted")

        slider_row = QHBoxLayout()
        slider_row.addWidget(QLabel("0", self))
        slider_row.addWidget(self.slider, 1)
        slider_row.addWidget(QLabel("10", self))
        slider_row.addSpacing(12)
        slider_row.addWidget(self.value_label)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.prompt)
        layout.addLayout(slider_row)
        layout.addLayout(note_row)
        layout.addWidget(self.saved_today)

        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.note.returnPressed.connect(self._on_save_button_clicked)
        self.reset()

    def reset(self) -> None:
        """Back to the default with no note (after a save, and on lock)."""
        self.slider.setValue(DEFAULT_MOOD)
        self._on_slider_value_changed(DEFAULT_MOOD)
        self.note.clear()
        self.saved_today.clear()
        self.saved_today.hide()

    def show_today(self, moods: Sequence[DailyMoodRecord]) -> None:
        if not moods:
            self.saved_today.clear()
            self.saved_today.hide()
            return
        entries = ", ".join(
            translate("Today", "%1 at %2").replace("%1", str(record.mood))
            .replace("%2", time_text(record.recorded_at))
            for record in moods
        )
        self.saved_today.setText(translate("Today", "Saved today: %1.").replace("%1", entries))
        self.saved_today.show()

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    @Slot(int)
    def _on_slider_value_changed(self, value: int) -> None:
        self.value_label.setText(translate("Today", "%1 / 10").replace("%1", str(value)))

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if self.save_button.isEnabled():
            self.save_requested.emit(self.slider.value(), self.note.text().strip())
