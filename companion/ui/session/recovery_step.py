"""The recovery check, done by the sitter once the minimum monitoring time has passed.

Every answer must be "yes" and the final reading within the plan's limits (below the do-not-start
limits, not urgent, SpO2 not below the plan's limit); otherwise monitoring goes on, the screen says
why, and the check is asked again later.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.domain.vitals import final_reading_problems, is_urgent, spo2_urgent
from companion.services.session_snapshot import Reading
from companion.ui.i18n import translate
from companion.ui.session.reading_form import ReadingForm
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    YesNoChoice,
    make_heading,
    make_label,
    press_on_return,
)


class RecoveryStep(ActionScreen):
    """Emits ``passed(reading)`` or ``failed(reasons, reading or None, urgent reasons)``."""

    passed = Signal(object)
    failed = Signal(object, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: CarePlan | None = None
        self._pre_dose: Reading | None = None
        self.heading = make_heading(translate("Session", "Recovery check (for the sitter)"), self)
        self.intro = make_label("", self)
        # Each "not yet" is kept as a sentence with its parts (it is stored as a reason and shown again,
        # translated, on resuming and in the record).
        asked = (
            (translate("Session", "Does the patient respond normally when you talk to them?"),
             QT_TRANSLATE_NOOP("Session", "The patient does not respond normally yet.")),
            (translate("Session", "Can the patient walk steadily, without help?"),
             QT_TRANSLATE_NOOP("Session", "The patient cannot walk steadily without help yet.")),
            (translate("Session", "Is the patient free of sickness, or is it mild and easing?"),
             QT_TRANSLATE_NOOP("Session", "The patient still feels sick.")),
        )
        self.questions = [YesNoChoice(question, self, inline=True) for question, _ in asked]
        self._not_yet = [sentence for _, sentence in asked]
        self.bp_label = make_label(translate("Session", "Final reading"), self, bold=True)
        self.form = ReadingForm(self, name=translate("Session", "Final"))
        self.message = make_label("", self, role="error")
        self.message.hide()
        self.finish_button = SessionButton(translate("Session", "Finish the recovery check"), self,
                                           role="primary")
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        press_on_return(self.finish_button, self.form.systolic, self.form.diastolic, self.form.heart_rate,
                        self.form.spo2)
        self.add_body(self.heading, self.intro, *self.questions, self.bp_label, self.form, self.message)
        self.finish_body()
        self.add_actions(self.finish_button, main=self.finish_button)

    def load(self, plan: CarePlan, pre_dose: Reading | None, *, after_early_end: bool = False) -> None:
        self._plan, self._pre_dose = plan, pre_dose
        self.form.set_spo2_asked(plan.kit_has_oximeter)
        if after_early_end:
            self.intro.setText(translate(
                "Session",
                "The session was ended early. Sitter: stay with the patient until this check passes; the "
                "patient must not be left alone before."))
        else:
            self.intro.setText(translate(
                "Session", "When the patient seems recovered, answer these and take a last reading."))

    def in_progress(self) -> bool:
        return self.form.has_input() or any(question.value() is not None for question in self.questions)

    def reset(self) -> None:
        for question in self.questions:
            question.set_value(None)
        self.form.clear()
        self.message.hide()

    def clear_content(self) -> None:
        self.reset()
        self._plan, self._pre_dose = None, None

    @Slot()
    def _on_finish_button_clicked(self) -> None:
        if self._plan is None:
            return
        answers = [question.value() for question in self.questions]
        if any(answer is None for answer in answers):
            self._say(translate("Session", "Please answer every question."))
            return
        reading: Reading | None = None
        if self.form.is_complete() or self._plan.bp_recheck_at_end or self._plan.kit_has_oximeter:
            reading, problems = self.form.reading()
            if reading is None:
                self._say("\n".join(problems))
                return
        reasons: list[str] = [sentence for sentence, answer in zip(self._not_yet, answers, strict=True)
                              if not answer]
        urgent: list[str] = []
        if reading is not None:
            pre_dose = None if self._pre_dose is None else self._pre_dose.bp
            urgent = list(is_urgent(reading.bp, pre_dose, self._plan))
            if reading.spo2 is not None:
                urgent += spo2_urgent(reading.spo2, self._plan)
            reasons += final_reading_problems(reading.bp, reading.spo2, pre_dose, self._plan)
        self.reset()
        if reasons:
            self.failed.emit(reasons, reading, urgent)
        else:
            self.passed.emit(reading)

    def _say(self, text: str) -> None:
        self.say(self.message, text)
