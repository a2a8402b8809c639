"""Before the dose: how the patient feels now (mood and anxiety 0–10) and an optional intention."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from companion.ui.i18n import translate
from companion.ui.widgets.session_widgets import (
    CHOICE_STYLE,
    ActionScreen,
    SessionButton,
    make_heading,
    make_label,
    press_on_return,
)

_INTENTION_MAX = 500


class ScaleChoice(QWidget):
    """Eleven toggles 0–10 with words at both ends; ``value()`` is None until one is chosen."""

    changed = Signal()

    def __init__(self, question: str, low: str, high: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.question = make_label(question, self, bold=True)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        row.addWidget(make_label(low, self, role="muted"))
        for number in range(11):
            button = QPushButton(str(number), self)
            button.setCheckable(True)
            button.setAutoDefault(True)
            button.setMinimumSize(40, 44)
            button.setAccessibleName(f"{question} {number}")
            self.group.addButton(button, number)
            row.addWidget(button)
        row.addWidget(make_label(high, self, role="muted"))
        row.addStretch(1)
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.setStyleSheet(CHOICE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def choose(self, number: int) -> None:
        button = self.group.button(number)
        if button is not None:
            button.setChecked(True)

    def reset(self) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)

    @Slot(int, bool)
    def _on_group_id_toggled(self, _number: int, checked: bool) -> None:
        if checked:
            self.changed.emit()


class BaselineStep(ActionScreen):
    """Emits ``completed(mood, anxiety, intention or None)`` or ``stop_requested``."""

    completed = Signal(int, int, object)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(translate("Session", "How are you feeling right now?"), self)
        self.mood = ScaleChoice(translate("Session", "Mood"), translate("Session", "very low"),
                                translate("Session", "very good"), self)
        self.anxiety = ScaleChoice(translate("Session", "Anxiety"), translate("Session", "calm"),
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
