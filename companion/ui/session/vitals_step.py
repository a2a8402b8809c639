"""Pre-dose blood pressure and heart rate: "measure again" for implausible numbers, then the limits.

Above a do-not-start limit the start is blocked at once (and recorded, with whom to call); in the
caution band the session may go on only after an explicit acknowledgement.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.vitals import PreDoseVerdict, classify_pre_dose
from companion.services.session_snapshot import Reading
from companion.ui.core_text import core_text
from companion.ui.i18n import translate
from companion.ui.session.reading_form import ReadingForm
from companion.ui.widgets.check_row import CheckRow
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    make_heading,
    make_label,
    press_on_return,
)


class VitalsStep(ActionScreen):
    """Emits ``passed(reading, caution_acknowledged)``, ``blocked(reading, reasons, urgent reasons)``
    or ``stop_requested``."""

    passed = Signal(object, bool)
    blocked = Signal(object, object, object)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: CarePlan | None = None
        self._caution_reading: Reading | None = None
        self.heading = make_heading(translate("Session", "Blood pressure and heart rate"), self)
        self.intro = make_label(translate(
            "Session",
            "Sit quietly for five minutes, then measure your blood pressure and heart rate and type the "
            "numbers from the monitor."), self)
        self.form = ReadingForm(self, name=translate("Session", "Before the dose"))
        self.form.edited.connect(self._on_form_edited)
        self.message = make_label("", self)
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setMargin(10)
        self.message.hide()
        self.acknowledge = CheckRow(translate(
            "Session", "I have read this and want to go on. My clinician will see this reading."), self)
        self.acknowledge.box.setAccessibleName(translate("Session", "Acknowledge the blood pressure caution"))
        self.acknowledge.hide()
        self.acknowledge.toggled.connect(self._on_acknowledge_toggled)
        self.continue_button = SessionButton(translate("Session", "Check the reading"), self, role="primary")
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        self.stop_button = SessionButton(translate("Session", "Not today…"), self)
        self.stop_button.clicked.connect(self.stop_requested)
        press_on_return(self.continue_button, self.form.systolic, self.form.diastolic, self.form.heart_rate,
                        self.form.spo2)
        self.add_body(self.heading, self.intro, self.form, self.message, self.acknowledge)
        self.finish_body()
        self.add_actions(self.continue_button, self.stop_button, main=self.continue_button)

    def load(self, plan: CarePlan) -> None:
        self._plan = plan
        self.form.set_spo2_asked(plan.kit_has_oximeter)
        if plan.kit_has_oximeter:
            self.intro.setText(translate(
                "Session",
                "Sit quietly for five minutes, then measure your blood pressure, heart rate and oxygen "
                "saturation (SpO2) and type the numbers from the monitors."))
        else:
            self.intro.setText(translate(
                "Session",
                "Sit quietly for five minutes, then measure your blood pressure and heart rate and type the "
                "numbers from the monitor."))
        self.form.clear()
        self._reset_verdict()

    def clear_content(self) -> None:
        self._plan = None
        self.form.clear()
        self._reset_verdict()

    def _reset_verdict(self) -> None:
        self._caution_reading = None
        self.message.hide()
        self.acknowledge.hide()
        self.acknowledge.setChecked(False)
        self.continue_button.set_text(translate("Session", "Check the reading"))
        self.continue_button.setEnabled(True)

    def _show_message(self, text: str, role: str) -> None:
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.say(self.message, text)

    @Slot()
    def _on_form_edited(self) -> None:
        self._reset_verdict()

    @Slot(bool)
    def _on_acknowledge_toggled(self, checked: bool) -> None:
        self.continue_button.setEnabled(checked)

    @Slot()
    def _on_continue_button_clicked(self) -> None:
        if self._plan is None:
            return
        if self._caution_reading is not None:
            if self.acknowledge.isChecked():
                self.passed.emit(self._caution_reading, True)
            return
        reading, problems = self.form.reading()
        if reading is None:
            self._show_message("\n".join(problems), "error")
            return
        assert reading.heart_rate is not None
        assessment = classify_pre_dose(reading.bp, reading.heart_rate, self._plan, reading.spo2)
        if assessment.verdict is PreDoseVerdict.STOP:
            reasons, urgent = list(assessment.reasons), [*map(core_text, assessment.urgent)]  # stored; shown
            self.blocked.emit(reading, reasons, urgent)
        elif assessment.verdict is PreDoseVerdict.CAUTION:
            self._caution_reading = reading
            self._show_message("\n".join(map(core_text, assessment.reasons)), "")
            self.acknowledge.show()
            self.continue_button.set_text(translate("Session", "Continue"))
            self.continue_button.setEnabled(False)
        else:
            self.passed.emit(reading, False)
