"""The two screens of a questionnaire: one question with its answers, and the saved result.

:class:`QuestionScreen` takes the keyboard as the printed form's numbers: a digit chooses that
answer, Return goes on, Backspace goes back. Its buttons never take Return for themselves
(``autoDefault`` off), so the key reaches the screen whichever of them has the focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.instruments import definition
from companion.storage.questionnaires import QuestionnaireRecord
from companion.ui.checkins.checkin_widgets import (
    TARGET_HEIGHT,
    fill_with_scrolling_column,
    format_when,
    heading,
)
from companion.ui.checkins.crisis_panel import crisis_reminder_text
from companion.ui.formatting import band_text
from companion.ui.i18n import translate
from companion.ui.scaled_fonts import scale_font
from companion.ui.widgets.flow_layout import FlowLayout
from companion.ui.widgets.session_widgets import CHOICE_STYLE, SessionButton, make_label

MAX_ANSWERS = 5  # PCL-5: 0–4
_DIGITS = {getattr(Qt.Key, f"Key_{number}"): number for number in range(10)}


class QuestionScreen(QWidget):
    """One question; emits ``chosen``, ``forward_requested``, ``back_requested`` and ``stop_requested``."""

    chosen = Signal(int)
    forward_requested = Signal()
    back_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget(self)
        self.progress = make_label("", content, role="muted")
        self.title = heading("", content)
        # Why the questions are in another language than the app's (the PCL-5 in Spanish): in that language.
        self.language_note = make_label("", content, role="muted")
        self.language_note.hide()
        self.introduction = make_label("", content)
        self.stem = make_label("", content, factor=1.05)
        self.question = make_label("", content, factor=1.4, bold=True)
        self.question.setMinimumHeight(60)
        self.group = QButtonGroup(self)
        self.answer_buttons: list[QPushButton] = []
        answers = QVBoxLayout()
        answers.setSpacing(8)
        for value in range(MAX_ANSWERS):
            button = QPushButton(content)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(TARGET_HEIGHT + 4)
            button.setStyleSheet("text-align: left; padding-left: 16px;")
            scale_font(button, 1.15)
            self.group.addButton(button, value)
            self.answer_buttons.append(button)
            answers.addWidget(button)
        self.group.idClicked.connect(self.chosen)
        self.keys_hint = make_label(
            translate("Checkins", "Press a number to choose, Return to go on, Backspace to go back."),
            content, role="muted")
        self.crisis_reminder = make_label("", content, role="error")
        self.crisis_reminder.hide()
        self.message = make_label("", content, role="error")
        self.message.hide()
        self.back_button = SessionButton(translate("Checkins", "Back"), content)
        self.forward_button = SessionButton(translate("Checkins", "Next"), content, role="primary")
        # Not "without saving": an answer above 0 to PHQ-9 question 9 is kept even when the form stops.
        self.stop_button = SessionButton(translate("Checkins", "Stop the questionnaire"), content)
        for button in (self.back_button, self.forward_button, self.stop_button):
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_requested)
        self.forward_button.clicked.connect(self.forward_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.notice = make_label("", content, role="muted")
        scale_font(self.notice, 0.85)

        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(14)
        for widget in (self.progress, self.title, self.language_note, self.introduction, self.stem,
                       self.question):
            column.addWidget(widget)
        column.addLayout(answers)
        column.addWidget(self.keys_hint)
        column.addWidget(self.crisis_reminder)
        column.addWidget(self.message)
        # A row that wraps at large text instead of running off the right edge (Spanish runs longer).
        buttons = QWidget(content)
        buttons_layout = FlowLayout(buttons, spacing=16)
        for button in (self.back_button, self.forward_button, self.stop_button):
            buttons_layout.addWidget(button)
        column.addWidget(buttons)
        column.addStretch(1)
        column.addWidget(self.notice)
        content.setStyleSheet(CHOICE_STYLE)
        self.scroll_area = fill_with_scrolling_column(self, content)

    def show_question(
        self,
        *,
        title: str,
        progress: str,
        introduction: str | None,
        stem: str,
        question: str,
        answers: Sequence[str],
        chosen: int | None,
        first: bool,
        last: bool,
        notice: str,
        language_note: str | None = None,
    ) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.language_note.setText(language_note or "")
        self.language_note.setVisible(bool(language_note))
        self.progress.setText(progress)
        self.introduction.setText(introduction or "")
        self.introduction.setVisible(bool(introduction))
        self.stem.setText(stem)
        self.stem.setVisible(bool(stem))
        self.question.setText(question)
        self.question.setAccessibleName(question)
        self.group.setExclusive(False)
        for value, button in enumerate(self.answer_buttons):
            visible = value < len(answers)
            button.setVisible(visible)
            button.setChecked(visible and value == chosen)
            if visible:
                button.setText(f"{value}   {answers[value]}")
                button.setAccessibleName(f"{answers[value]} ({value}): {question}")
        self.group.setExclusive(True)
        self.back_button.setEnabled(not first)
        self.forward_button.setText(translate("Checkins", "Finish and save") if last
                                    else translate("Checkins", "Next"))
        self.forward_button.setAccessibleName(self.forward_button.text())
        self.forward_button.setEnabled(chosen is not None)
        self.notice.setText(notice)
        self.message.hide()
        focus = self.answer_buttons[chosen] if chosen is not None else self.answer_buttons[0]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark_chosen(self, value: int) -> None:
        self.answer_buttons[value].setChecked(True)
        self.forward_button.setEnabled(True)

    def set_crisis_reminder(self, plan: CarePlan | None) -> None:
        self.crisis_reminder.setVisible(plan is not None)
        self.crisis_reminder.setText("" if plan is None else crisis_reminder_text(plan))

    def show_message(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setVisible(bool(sentence))

    def set_busy(self, busy: bool) -> None:
        for button in (*self.answer_buttons, self.back_button, self.forward_button, self.stop_button):
            button.setEnabled(not busy)

    def visible_answer_count(self) -> int:
        return sum(1 for button in self.answer_buttons if not button.isHidden())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _DIGITS and _DIGITS[key] < self.visible_answer_count():
            if self.answer_buttons[_DIGITS[key]].isEnabled():
                self.chosen.emit(_DIGITS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.forward_button.isEnabled():
                self.forward_requested.emit()
        elif key == Qt.Key.Key_Backspace:
            if self.back_button.isEnabled():
                self.back_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class QuestionnaireResultView(QWidget):
    """The saved total and band; crisis resources again when item 9 was above 0. Emits ``done``."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(translate("Checkins", "Saved"), self)
        self.total = make_label("", self, factor=1.4, bold=True)
        self.completed = make_label("", self, role="muted")
        self.meaning = make_label(translate(
            "Checkins",
            "This score is for you and your clinician to look at together; it is not a diagnosis."), self)
        self.crisis = make_label("", self, role="error", factor=1.1)
        self.crisis.hide()
        self.done_button = SessionButton(translate("Checkins", "Done"), self, role="primary")
        self.done_button.clicked.connect(self.done)
        column = QWidget(self)
        column.setMaximumWidth(760)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(32, 32, 32, 32)
        column_layout.setSpacing(16)
        for widget in (self.heading, self.total, self.completed, self.meaning, self.crisis):
            column_layout.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addStretch(1)
        column_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column)
        layout.addStretch(1)

    def show_record(self, record: QuestionnaireRecord, plan: CarePlan) -> None:
        spec = definition(record.instrument)
        result = record.score
        self.heading.setText(translate("Checkins", "%1 saved").replace("%1", spec.short_name))
        self.heading.setAccessibleName(self.heading.text())
        self.total.setText(translate("Checkins", "Total %1 of %2: %3").replace("%1", str(result.total))
                           .replace("%2", str(spec.total_max)).replace("%3", band_text(result.band)))
        self.total.setAccessibleName(self.total.text())
        self.completed.setText(translate("Checkins", "Completed %1").replace(
            "%1", format_when(record.completed_at)))
        if result.needs_crisis_resources:
            self.crisis.setText(translate(
                "Checkins",
                "Your answer about thoughts of being better off dead or of hurting yourself is marked for "
                "your clinician's attention. If you need help now: %1.")
                .replace("%1", crisis_reminder_text(plan)))
            self.crisis.show()
        else:
            self.crisis.clear()
            self.crisis.hide()
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_content(self) -> None:
        for label in (self.total, self.completed, self.crisis):
            label.clear()
        self.crisis.hide()
