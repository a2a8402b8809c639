"""The check-in: three things the sitter looks at, their code, and "all well" or "I'm worried".

Sedation, dissociation and breathing (DESIGN.md §3): one tap each when all is well.  "Hard to
wake" or "breathing slowly" is an emergency sign: answering Yes records the check-in at once and
opens the emergency guidance.  "I'm worried" always works, with or without the code (it opens Help
and is recorded).  A sitter who forgot the code can still confirm: the check-in is recorded as
"confirmed without the code", which the clinician sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from companion.domain.monitoring import CheckinStatus
from companion.services.session_actions import CheckinAnswer
from companion.ui.i18n import translate
from companion.ui.time_format import clock_text
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    YesNoChoice,
    keep_together,
    make_heading,
    make_label,
    press_on_return,
    set_label_text,
)
from companion.ui.widgets.short_field import ShortField


class CheckinPrompt(ActionScreen):
    """Emits ``answered(CheckinAnswer)``; the page calls :meth:`refuse_code` when the code was wrong."""

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code_required = True
        self.heading = make_heading(translate("Session", "Check-in"), self)
        self.text = make_label("", self, factor=1.1)
        self.alone = make_label("", self, role="muted")
        self.sleepy = YesNoChoice(translate("Session", "Is the patient very sleepy or hard to wake?"), self,
                                  inline=True)
        self.detached = YesNoChoice(translate("Session", "Does the patient seem detached or confused?"), self,
                                    inline=True)
        self.breathing = YesNoChoice(translate("Session", "Is the patient breathing slowly or shallowly?"),
                                     self, inline=True)
        self.questions = (self.sleepy, self.detached, self.breathing)
        self.sleepy.changed.connect(self._on_emergency_question_changed)
        self.breathing.changed.connect(self._on_emergency_question_changed)
        self.code_label = make_label(translate("Session", "Sitter, your 4-digit code:"), self, bold=True)
        self.code = ShortField(4, self, at_least=160)
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setAccessibleName(translate("Session", "Sitter's 4-digit code"))
        self.code_label.setBuddy(self.code)
        self.code_row = QWidget(self)
        row = QHBoxLayout(self.code_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.code_label)
        row.addWidget(self.code)
        row.addStretch(1)
        self.message = make_label("", self, role="error")
        self.message.hide()
        self.well_button = SessionButton(translate("Session", "I'm here — all well"), self, role="primary")
        self.worried_button = SessionButton(translate("Session", "I'm worried"), self)
        self.forgot_button = SessionButton(translate("Session", "I forgot my code"), self)
        self.forgot_button.hide()
        self.well_button.setMinimumHeight(64)
        self.worried_button.setMinimumHeight(64)
        self.well_button.clicked.connect(self._on_well_button_clicked)
        self.worried_button.clicked.connect(self._on_worried_button_clicked)
        self.forgot_button.clicked.connect(self._on_forgot_button_clicked)
        press_on_return(self.well_button, self.code)
        self.add_body(self.heading, self.text, self.alone, *self.questions, self.code_row, self.message)
        self.finish_body()
        self.add_actions(self.well_button, self.worried_button, self.forgot_button, main=self.well_button)

    def show_status(self, status: CheckinStatus, due_at: datetime | None, *, code_required: bool,
                    sitter_phone: str, emergency_number: str, missed: Sequence[datetime] = ()) -> None:
        """Fill the prompt for the check-in due at ``due_at`` (called on every tick: keeps answers).

        ``missed``: earlier check-ins nobody answered, which the sitter should know of when back.
        """
        self._code_required = code_required
        when = "" if due_at is None else clock_text(due_at)
        set_label_text(self.heading, translate("Session", "Check-in (%1)").replace("%1", when) if when
                       else translate("Session", "Check-in"))
        if status is CheckinStatus.ESCALATE:
            text = translate("Session",
                             "The check-in is overdue. Sitter: look at the patient and answer now.")
            if missed:
                earlier = (translate("Session",
                                     "Nobody answered the check-in at %1: it is recorded as missed.")
                           if len(missed) == 1
                           else translate("Session", "Nobody answered the check-ins at %1: they are recorded "
                                                     "as missed."))
                times = ", ".join(clock_text(moment) for moment in missed)
                text = earlier.replace("%1", times) + " " + text
            self.text.setText(text)
            if sitter_phone.strip():
                alone = translate("Session", "Patient: if your sitter is not with you, call them on %1. If "
                                             "you feel unwell, call %2.")
            else:
                alone = translate("Session", "Patient: if your sitter is not with you, call them. If you "
                                             "feel unwell, call %2.")
            self.alone.setText(alone.replace("%1", keep_together(sitter_phone))
                               .replace("%2", keep_together(emergency_number)))
            self.alone.show()
        else:
            self.text.setText(translate("Session", "Sitter: look at the patient now, then answer."))
            self.alone.hide()
        self.code_row.setVisible(code_required)

    def reset(self) -> None:
        for question in self.questions:
            question.set_value(None)
        self.code.clear()
        self.message.hide()
        self.forgot_button.hide()

    def clear_content(self) -> None:
        self.reset()

    def in_progress(self) -> bool:
        return bool(self.code.text()) or any(q.value() is not None for q in self.questions)

    def refuse_code(self) -> None:
        self._say(translate("Session",
                            "That code is not right. Type it again, or press \"I forgot my code\"."))
        self.forgot_button.show()
        self.code.clear()
        self.code.setFocus()

    # --- answering -------------------------------------------------------------------------------

    def _answer(self, *, all_well: bool, forgot: bool = False) -> None:
        code = self.code.text() if self._code_required and len(self.code.text()) == 4 else None
        answer = CheckinAnswer(all_well, code, forgot, self.sleepy.value(), self.detached.value(),
                               self.breathing.value())
        # The answers stay until the check-in is recorded (a wrong code must not wipe them); the
        # session screen resets the prompt when it goes.
        self.message.hide()
        self.answered.emit(answer)

    def _unanswered(self) -> bool:
        if any(question.value() is None for question in self.questions):
            self._say(translate("Session", "Please answer the three questions first (one tap each)."))
            focus = next(q for q in self.questions if q.value() is None)
            focus.yes_button.setFocus()
            return True
        return False

    @Slot()
    def _on_well_button_clicked(self) -> None:
        if self._unanswered():
            return
        if self._code_required and len(self.code.text()) != 4:
            self._say(translate("Session", "Please type your 4-digit code. If you forgot it, press \"I "
                                           "forgot my code\"."))
            self.forgot_button.show()
            self.code.setFocus()
            return
        self._answer(all_well=True)

    @Slot()
    def _on_worried_button_clicked(self) -> None:
        self._answer(all_well=False)  # always works: no code, no questions needed

    @Slot()
    def _on_forgot_button_clicked(self) -> None:
        if not self._unanswered():
            self._answer(all_well=True, forgot=True)

    @Slot(bool)
    def _on_emergency_question_changed(self, yes: bool) -> None:
        if yes:  # an emergency sign: record it and open the emergency guidance at once
            self._answer(all_well=False)

    def _say(self, text: str) -> None:
        self.say(self.message, text)
