"""The recovery check, done by the sitter once the minimum monitoring time has passed.

Every answer must be "yes" and the final blood pressure within the plan's limits (below the
do-not-start limits and not urgent); otherwise monitoring goes on and the check is asked again later.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.vitals import is_urgent
from companion.ui.session.session_snapshot import Reading
from companion.ui.session.session_widgets import (
    ReadingForm,
    SessionButton,
    YesNoChoice,
    make_heading,
    make_label,
    tr,
)


def final_bp_problems(reading: Reading, pre_dose: Reading | None, plan: CarePlan) -> list[str]:
    """Why the final reading is not within limits yet (urgent reasons first); empty when it is."""
    problems = list(is_urgent(reading.bp, None if pre_dose is None else pre_dose.bp, plan))
    if reading.bp.systolic > plan.stop_systolic_above or reading.bp.diastolic > plan.stop_diastolic_above:
        problems.append(tr("The blood pressure is still above the care plan's limits (%1/%2).")
                        .replace("%1", str(plan.stop_systolic_above))
                        .replace("%2", str(plan.stop_diastolic_above)))
    return problems


class RecoveryStep(QWidget):
    """Emits ``passed(reading)`` or ``failed(reasons, reading or None, urgent reasons)``."""

    passed = Signal(object)
    failed = Signal(object, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: CarePlan | None = None
        self._pre_dose: Reading | None = None
        self.heading = make_heading(tr("Recovery check (for the sitter)"), self)
        self.questions = [
            YesNoChoice(tr("Does the patient respond normally when you talk to them?"), self),
            YesNoChoice(tr("Can the patient walk steadily, without help?"), self),
            YesNoChoice(tr("Is any nausea manageable?"), self),
        ]
        self.bp_label = make_label(tr("Final blood pressure and heart rate"), self, bold=True)
        self.form = ReadingForm(self, name=tr("Final"))
        self.message = make_label("", self, role="error")
        self.message.hide()
        self.finish_button = SessionButton(tr("Finish the recovery check"), self, role="primary")
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        for widget in (*self.questions, self.bp_label, self.form, self.message, self.finish_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def load(self, plan: CarePlan, pre_dose: Reading | None) -> None:
        self._plan, self._pre_dose = plan, pre_dose

    def reset(self) -> None:
        for question in self.questions:
            question.set_value(None)
        self.form.clear()
        self.message.hide()

    @Slot()
    def _on_finish_button_clicked(self) -> None:
        if self._plan is None:
            return
        answers = [question.value() for question in self.questions]
        if any(answer is None for answer in answers):
            self._say(tr("Please answer every question."))
            return
        reading: Reading | None = None
        if self.form.is_complete() or self._plan.bp_recheck_at_end:
            reading, problems = self.form.reading()
            if reading is None:
                self._say("\n".join(problems))
                return
        reasons = [question.question for question, answer in zip(self.questions, answers, strict=True)
                   if not answer]
        urgent: list[str] = []
        if reading is not None:
            urgent = list(is_urgent(reading.bp, None if self._pre_dose is None else self._pre_dose.bp,
                                    self._plan))
            reasons += final_bp_problems(reading, self._pre_dose, self._plan)
        self.reset()
        if reasons:
            self.failed.emit(reasons, reading, urgent)
        else:
            self.passed.emit(reading)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
