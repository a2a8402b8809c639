"""Before the dose: how the patient feels now (mood and anxiety 0–10) and an optional intention."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from companion.ui.i18n import translate
from companion.ui.widgets.rating_scale import RatingScale
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    make_heading,
    make_label,
    press_on_return,
)

_INTENTION_MAX = 500


class BaselineStep(ActionScreen):
    """Emits ``completed(mood, anxiety, intention or None)`` or ``stop_requested``."""

    completed = Signal(int, int, object)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(translate("Session", "How are you feeling right now?"), self)
        self.mood = RatingScale(translate("Session", "Mood"), translate("Session", "very low"),
                                translate("Session", "very good"), self)
        self.anxiety = RatingScale(translate("Session", "Anxiety"), translate("Session", "calm"),
                                   translate("Session", "very anxious"), self)
        self.intention_label = make_label(translate("Session", "An intention for today (optional)"), self,
                                          bold=True)
        self.intention = QLineEdit(self)
        self.intention.setMaxLength(_INTENTION_MAX)
        self.intention.setAccessibleName(translate("Session", "Intention for today (optional)"))
        self.intention_label.setBuddy(self.intention)
        self.continue_button = SessionButton(translate("Session", "Continue to the sitter's hand-over"), self,
                                             role="primary")
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        self.stop_button = SessionButton(translate("Session", "Not today…"), self)
        self.stop_button.clicked.connect(self.stop_requested)
        press_on_return(self.continue_button, self.intention)
        self.mood.changed.connect(self._update)
        self.anxiety.changed.connect(self._update)
        self.add_body(self.heading, self.mood, self.anxiety, self.intention_label, self.intention)
        self.finish_body()
        self.add_actions(self.continue_button, self.stop_button, main=self.continue_button)

    def clear_content(self) -> None:
        self.mood.reset()
        self.anxiety.reset()
        self.intention.clear()
        self._update()

    @Slot()
    def _update(self) -> None:
        self.continue_button.setEnabled(self.mood.value() is not None and self.anxiety.value() is not None)

    @Slot()
    def _on_continue_button_clicked(self) -> None:
        mood, anxiety = self.mood.value(), self.anxiety.value()
        if mood is None or anxiety is None:
            return
        intention = self.intention.text().strip()
        self.completed.emit(mood, anxiety, intention or None)
