"""A reading during the session: at the care plan's times, 5 minutes after an urgent one, or at will.

The form asks for SpO2 too when the kit has a pulse oximeter.  A reading taken at will can be
cancelled; a scheduled or follow-up one cannot (it stays due until it is taken).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.monitoring import ReadingKind
from companion.ui.i18n import translate
from companion.ui.session.reading_form import ReadingForm
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    make_heading,
    make_label,
    press_on_return,
    set_label_text,
)


class ReadingPrompt(ActionScreen):
    """Emits ``measured(reading)`` with a plausible reading, or ``cancelled`` (at will only)."""

    measured = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: ReadingKind | None = None
        self.heading = make_heading(translate("Session", "Time to measure blood pressure"), self)
        self.intro = make_label("", self)
        self.form = ReadingForm(self, name=translate("Session", "Reading"))
        self.message = make_label("", self, role="error")
        self.message.hide()
        self.save_button = SessionButton(translate("Session", "Save the reading"), self, role="primary")
        self.cancel_button = SessionButton(translate("Session", "Cancel"), self)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        press_on_return(self.save_button, self.form.systolic, self.form.diastolic, self.form.heart_rate,
                        self.form.spo2)
        self.add_body(self.heading, self.intro, self.form, self.message)
        self.finish_body()
        self.add_actions(self.save_button, self.cancel_button, main=self.save_button)

    def load(self, plan: CarePlan, kind: ReadingKind) -> None:
        """Prepare for ``kind``; typed numbers are kept when the kind does not change."""
        if kind is not self.kind:
            self.reset()
        self.kind = kind
        self.form.set_spo2_asked(plan.kit_has_oximeter)
        what = (translate("Session", "blood pressure, heart rate and SpO2") if plan.kit_has_oximeter
                else translate("Session", "blood pressure and heart rate"))
        if kind is ReadingKind.FOLLOW_UP:
            heading = translate("Session", "Measure again now")
            intro = translate("Session", "The last reading needed attention. Sitter: measure the patient's "
                                         "%1 again now.")
        elif kind is ReadingKind.SCHEDULED:
            heading = translate("Session", "Time to measure")
            intro = translate("Session", "Sitter: please measure the patient's %1 now and type the numbers.")
        else:
            heading = translate("Session", "Enter a reading")
            intro = translate("Session", "Type the patient's %1 from the monitor.")
        set_label_text(self.heading, heading)
        self.intro.setText(intro.replace("%1", what))
        self.cancel_button.setVisible(kind is ReadingKind.AT_WILL)

    def in_progress(self) -> bool:
        return self.form.has_input()

    def reset(self) -> None:
        self.form.clear()
        self.message.hide()

    def clear_content(self) -> None:
        self.reset()
        self.kind = None

    @Slot()
    def _on_save_button_clicked(self) -> None:
        reading, problems = self.form.reading()
        if reading is None:
            self.say(self.message, "\n".join(problems))
            return
        self.reset()
        self.measured.emit(reading)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.reset()
        self.cancelled.emit()
