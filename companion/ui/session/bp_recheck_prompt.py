"""The blood-pressure re-check at the care plan's times, and the guidance for an urgent reading."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.ui.session.session_widgets import (
    ReadingForm,
    SessionButton,
    make_heading,
    make_label,
    press_on_return,
    tr,
)


def urgent_text(plan: CarePlan, reasons: list[str]) -> str:
    clinician = plan.clinician_name.strip() or tr("the clinician")
    return tr("This blood pressure needs attention now.\n%1\n\nKeep the patient sitting quietly and call %2 "
              "on %3 now. If they have chest pain, trouble breathing, a severe headache, confusion, or "
              "weakness on one side, call %4 at once. Measure again in 5 minutes.") \
        .replace("%1", "\n".join(reasons)).replace("%2", clinician) \
        .replace("%3", plan.clinician_phone).replace("%4", plan.emergency_number)


class BpRecheckPrompt(QWidget):
    """Emits ``measured(reading)`` with a plausible reading; implausible numbers ask to measure again."""

    measured = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(tr("Time to measure blood pressure"), self)
        self.intro = make_label(tr("Sitter: please measure the patient's blood pressure and heart rate now "
                                   "and type the numbers."), self)
        self.form = ReadingForm(self, name=tr("Re-check"))
        self.message = make_label("", self, role="error")
        self.message.hide()
        self.save_button = SessionButton(tr("Save the reading"), self, role="primary")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        press_on_return(self.save_button, *self.form.fields())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (self.heading, self.intro, self.form, self.message, self.save_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def reset(self) -> None:
        self.form.clear()
        self.message.hide()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        reading, problems = self.form.reading()
        if reading is None:
            self.message.setText("\n".join(problems))
            self.message.show()
            return
        self.reset()
        self.measured.emit(reading)


class UrgentGuidance(QWidget):
    """What to do about an urgent reading; ``closed`` returns to the session."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(tr("Blood pressure: act now"), self)
        self.text = make_label("", self, factor=1.1)
        self.back_button = SessionButton(tr("Back to the session"), self, role="primary")
        self.back_button.clicked.connect(self.closed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (self.heading, self.text, self.back_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_reasons(self, plan: CarePlan, reasons: list[str]) -> None:
        self.text.setText(urgent_text(plan, reasons))
        self.text.setAccessibleName(self.text.text())
