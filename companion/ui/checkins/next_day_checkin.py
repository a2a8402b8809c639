"""The morning after: sleep quality, mood, anything still lingering and what stood out.

One per session, offered from 12 h after it ended. It can be skipped; a skip is recorded (so it is
not asked again and the clinician sees it was skipped). "Not now" leaves it due.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.ui.checkins.checkin_widgets import (
    NoteField,
    button_row,
    fill_with_scrolling_column,
    format_when,
    heading,
)
from companion.ui.i18n import translate
from companion.ui.widgets.rating_scale import RatingScale
from companion.ui.widgets.session_widgets import SessionButton, make_label


class NextDayCheckinForm(QWidget):
    """Emits ``save_requested(session_id, sleep, mood, lingering, stood_out)``, ``skip_requested(session_id)``
    or ``cancelled``."""

    save_requested = Signal(int, int, int, str, str)
    skip_requested = Signal(int)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_id: int | None = None
        content = QWidget(self)
        self.heading = heading(translate("Checkins", "The day after your session"), content)
        self.intro = make_label("", content)
        self.sleep_quality = RatingScale(translate("Checkins", "How well did you sleep?"),
                                         translate("Checkins", "very badly"),
                                         translate("Checkins", "very well"), content)
        self.mood = RatingScale(translate("Checkins", "Mood"), translate("Checkins", "very low"),
                                translate("Checkins", "very good"), content)
        self.lingering = NoteField(translate("Checkins", "Anything still lingering (optional)"),
                                   translate("Checkins", "For example a headache, tiredness, or feeling far "
                                                         "away (optional)"),
                                   content)
        self.stood_out = NoteField(translate("Checkins", "What stood out from the session (optional)"),
                                   translate("Checkins", "A thought, an image, a feeling you want to keep "
                                                         "(optional)"), content)
        self.message = make_label("", content, role="error")
        self.message.hide()
        self.missing = make_label(translate("Checkins", "Choose a number for sleep and mood to save."),
                                  content, role="muted")
        self.save_button = SessionButton(translate("Checkins", "Save"), content, role="primary")
        self.skip_button = SessionButton(translate("Checkins", "Skip this check-in"), content)
        self.skip_button.setToolTip(translate("Checkins", "Recorded as skipped; it is not asked again."))
        self.cancel_button = SessionButton(translate("Checkins", "Not now"), content)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.cancel_button.clicked.connect(self.cancelled)
        self.sleep_quality.changed.connect(self._update)
        self.mood.changed.connect(self._update)

        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(14)
        for widget in (self.heading, self.intro, self.sleep_quality, self.mood):
            column.addWidget(widget)
        column.addWidget(make_label(translate("Checkins", "Anything still lingering?"), content, factor=1.1,
                                    bold=True))
        column.addWidget(self.lingering)
        column.addWidget(make_label(translate("Checkins", "What stood out?"), content, factor=1.1, bold=True))
        column.addWidget(self.stood_out)
        column.addWidget(self.message)
        column.addWidget(self.missing)
        column.addLayout(button_row(self.save_button, self.skip_button, self.cancel_button))
        column.addStretch(1)
        self.scroll_area = fill_with_scrolling_column(self, content)
        self._update()

    def session_id(self) -> int | None:
        return self._session_id

    def load(self, session_id: int, ended_at: datetime) -> None:
        self.clear_content()
        self._session_id = session_id
        self.intro.setText(translate("Checkins", "About the session that ended on %1. Sleep and mood are all "
                                                 "that is needed.")
                           .replace("%1", format_when(ended_at)))

    def show_error(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()
        self._set_buttons_enabled(True)

    def clear_content(self) -> None:
        self._session_id = None
        self.sleep_quality.reset()
        self.mood.reset()
        self.lingering.clear()
        self.stood_out.clear()
        self.intro.clear()
        self.message.hide()
        self._set_buttons_enabled(True)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        self.skip_button.setEnabled(enabled)
        self.cancel_button.setEnabled(True)
        self._update()
        if not enabled:
            self.save_button.setEnabled(False)

    @Slot()
    def _update(self) -> None:
        ready = self.sleep_quality.value() is not None and self.mood.value() is not None
        self.save_button.setEnabled(ready and self.skip_button.isEnabled())
        self.missing.setVisible(not ready)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        sleep, mood = self.sleep_quality.value(), self.mood.value()
        if self._session_id is None or sleep is None or mood is None:
            return
        self.message.hide()
        self._set_buttons_enabled(False)  # until the save answers: one check-in per session
        self.save_requested.emit(self._session_id, sleep, mood, self.lingering.text(), self.stood_out.text())

    @Slot()
    def _on_skip_button_clicked(self) -> None:
        if self._session_id is None:
            return
        self.message.hide()
        self._set_buttons_enabled(False)
        self.skip_requested.emit(self._session_id)
