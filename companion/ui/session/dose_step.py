"""After the hand-over: take the dose as prescribed, then press "Dose taken" (its time is recorded).

The lot number from the package is optional (DESIGN.md §3 session record).  "Not today…" opens the
screen that asks for a reason and closes the session before the dose.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.session_events import LOT_NUMBER_MAX
from companion.ui.core_text import number_text
from companion.ui.i18n import translate
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    make_heading,
    make_label,
    press_on_return,
    route_text,
)


def _labelled(parent: QWidget, caption: str, edit: QLineEdit) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = make_label(caption, row)
    label.setWordWrap(False)
    label.setBuddy(edit)
    edit.setParent(row)
    layout.addWidget(label)
    layout.addWidget(edit, 1)
    return row


class DoseStep(ActionScreen):
    """Emits ``dose_taken(lot_number)`` or ``stop_requested`` (close the session before the dose)."""

    dose_taken = Signal(str)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(translate("Session", "Take the dose"), self)
        self.instructions = make_label("", self, factor=1.1)
        self.lot_number = QLineEdit(self)
        self.lot_number.setMaxLength(LOT_NUMBER_MAX)
        self.lot_number.setMaximumWidth(360)
        self.lot_number.setAccessibleName(translate("Session", "Lot number from the package (optional)"))
        lot_row = _labelled(self, translate("Session", "Lot number from the package (optional):"),
                            self.lot_number)
        self.dose_button = SessionButton(translate("Session", "Dose taken"), self, role="primary")
        self.stop_button = SessionButton(translate("Session", "Not today…"), self)
        self.dose_button.clicked.connect(self._on_dose_button_clicked)
        self.stop_button.clicked.connect(self.stop_requested)
        press_on_return(self.dose_button, self.lot_number)
        self.add_body(self.heading, self.instructions, lot_row)
        self.finish_body()
        self.add_actions(self.dose_button, self.stop_button, main=self.dose_button)
        self._loaded_for: tuple[CarePlan, str] | None = None

    def load(self, plan: CarePlan, sitter_name: str) -> None:
        """What to take and who the sitter is; loading the same again keeps a lot number being typed."""
        if self._loaded_for == (plan, sitter_name):
            return
        self._loaded_for = (plan, sitter_name)
        self.instructions.setText(translate(
            "Session",
            "%1 is with you as your sitter.\n\nTake %2 mg of %3 (%4), exactly as your clinician prescribed. "
            "Then press \"Dose taken\": the app records the time and starts the session timer.")
            .replace("%1", sitter_name).replace("%2", number_text(plan.dose_mg))
            .replace("%3", plan.medication_name).replace("%4", route_text(plan.route)))
        self.lot_number.clear()

    def clear_content(self) -> None:
        self._loaded_for = None
        self.instructions.clear()
        self.lot_number.clear()

    @Slot()
    def _on_dose_button_clicked(self) -> None:
        self.dose_taken.emit(self.lot_number.text().strip())
