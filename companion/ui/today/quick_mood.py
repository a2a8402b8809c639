"""The optional quick daily mood on Today: 0–10 and a short note, several a day if wanted.

Nothing is pre-filled: Save is offered once a mood is chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from companion.ui.formatting import time_text
from companion.ui.i18n import translate
from companion.ui.widgets.rating_scale import RatingScale

if TYPE_CHECKING:
    from companion.storage.checkins import DailyMoodRecord

NOTE_MAX_LENGTH = 500


class QuickMoodForm(QWidget):
    save_requested = Signal(int, str)  # mood 0–10, note (may be empty)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.rating = RatingScale(
            translate("Today", "How is your mood right now? 0 is the lowest, 10 the best."), "", "", self,
            name=translate("Today", "Mood"))  # the prompt says what the ends mean
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

        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.rating)
        layout.addLayout(note_row)
        layout.addWidget(self.saved_today)

        self.rating.changed.connect(self._update_save_button)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.note.returnPressed.connect(self._on_save_button_clicked)
        self.reset()

    def reset(self) -> None:
        """No mood chosen and no note (after a save, and on lock)."""
        self.rating.reset()
        self.note.clear()
        self.saved_today.clear()
        self.saved_today.hide()
        self._update_save_button()

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
        self._busy = busy
        self._update_save_button()

    @Slot()
    def _update_save_button(self) -> None:
        self.save_button.setEnabled(not self._busy and self.rating.value() is not None)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        mood = self.rating.value()
        if self.save_button.isEnabled() and mood is not None:
            self.save_requested.emit(mood, self.note.text().strip())
