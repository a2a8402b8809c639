"""Pre-dose blood pressure and heart rate: "measure again" for implausible numbers, then the limits.

Above a do-not-start limit the start is blocked at once (and recorded, with whom to call); in the
caution band the session may go on only after an explicit acknowledgement.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QFrame, QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.vitals import PreDoseVerdict, classify_pre_dose
from companion.ui.session.session_snapshot import Reading
from companion.ui.session.session_widgets import (
    ReadingForm,
    SessionButton,
    make_heading,
    make_label,
    press_on_return,
    tr,
)


class VitalsStep(QWidget):
    """Emits ``passed(reading, caution_acknowledged)`` or ``blocked(reading, reasons)``."""

    passed = Signal(object, bool)
    blocked = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: CarePlan | None = None
        self._caution_reading: Reading | None = None
        self.heading = make_heading(tr("Blood pressure and heart rate"), self)
        self.intro = make_label(tr(
            "Sit quietly for five minutes, then measure your blood pressure and heart rate and type the "
            "numbers from the monitor."), self)
        self.form = ReadingForm(self, name=tr("Before the dose"))
        self.form.edited.connect(self._on_form_edited)
        self.message = make_label("", self)
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setMargin(10)
        self.message.hide()
        self.acknowledge = QCheckBox(tr(
            "I have read this and want to go on. My clinician will see this reading."), self)
        self.acknowledge.setAccessibleName(tr("Acknowledge the blood pressure caution"))
        self.acknowledge.hide()
        self.acknowledge.toggled.connect(self._on_acknowledge_toggled)
        self.continue_button = SessionButton(tr("Check the reading"), self, role="primary")
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        press_on_return(self.continue_button, *self.form.fields())

        column = QWidget(self)
        column.setMaximumWidth(760)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(32, 24, 32, 24)
        column_layout.setSpacing(12)
        for widget in (self.heading, self.intro, self.form, self.message, self.acknowledge,
                       self.continue_button):
            column_layout.addWidget(widget)
        column_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column)

    def load(self, plan: CarePlan) -> None:
        self._plan = plan
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
        self.continue_button.setText(tr("Check the reading"))
        self.continue_button.setAccessibleName(tr("Check the reading"))
        self.continue_button.setEnabled(True)

    def _show_message(self, text: str, role: str) -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

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
        assessment = classify_pre_dose(reading.bp, reading.heart_rate, self._plan)
        if assessment.verdict is PreDoseVerdict.STOP:
            self.blocked.emit(reading, list(assessment.reasons))
        elif assessment.verdict is PreDoseVerdict.CAUTION:
            self._caution_reading = reading
            self._show_message("\n".join(assessment.reasons), "")
            self.acknowledge.show()
            self.continue_button.setText(tr("Continue"))
            self.continue_button.setAccessibleName(tr("Continue"))
            self.continue_button.setEnabled(False)
        else:
            self.passed.emit(reading, False)
