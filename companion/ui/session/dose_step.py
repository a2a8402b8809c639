"""After the hand-over: take the dose as prescribed, then press "Dose taken" (its time is recorded)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.ui.session.help_panel import HelpPanel
from companion.ui.session.session_widgets import SessionButton, make_heading, make_label, tr


class DoseStep(QWidget):
    """Emits ``dose_taken`` or ``cancelled(reason)`` (the session is abandoned before the dose)."""

    dose_taken = Signal()
    cancelled = Signal(str)
    help_used = Signal(object)  # HelpKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: CarePlan | None = None
        self.stack = QStackedWidget(self)
        main = QWidget(self.stack)
        self.help = HelpPanel(self.stack)
        self.help.help_used.connect(self.help_used)
        self.help.closed.connect(lambda: self.stack.setCurrentIndex(0))
        self.stack.addWidget(main)
        self.stack.addWidget(self.help)
        self.help_button = SessionButton(tr("Help"), self, role="help")
        self.help_button.setMinimumSize(180, 80)
        self.help_button.clicked.connect(self._on_help_button_clicked)
        self.heading = make_heading(tr("Take the dose"), main)
        self.instructions = make_label("", main, factor=1.2)
        self.dose_button = SessionButton(tr("Dose taken"), main, role="primary")
        self.dose_button.clicked.connect(self._on_dose_button_clicked)
        self.cancel_reason = QLineEdit(self)
        self.cancel_reason.setAccessibleName(tr("Reason for not taking the dose today"))
        self.cancel_reason.setPlaceholderText(tr("If you decide not to take it today: why?"))
        self.cancel_button = SessionButton(tr("Not today"), self)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.cancel_message = make_label("", self, role="error")
        self.cancel_message.hide()
        cancel_row = QHBoxLayout()
        cancel_row.addWidget(self.cancel_reason, 1)
        cancel_row.addWidget(self.cancel_button)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.setSpacing(16)
        for widget in (self.heading, self.instructions, self.dose_button):
            main_layout.addWidget(widget)
        main_layout.addStretch(1)
        main_layout.addLayout(cancel_row)
        main_layout.addWidget(self.cancel_message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(24)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)

    def load(self, plan: CarePlan, sitter_name: str) -> None:
        self._plan = plan
        self.stack.setCurrentIndex(0)
        self.instructions.setText(tr(
            "%1 is with you as your sitter.\n\nTake %2 mg of %3 (%4), exactly as your clinician prescribed. "
            "Then press \"Dose taken\": the app records the time and starts the session timer.")
            .replace("%1", sitter_name).replace("%2", f"{plan.dose_mg:g}")
            .replace("%3", plan.medication_name).replace("%4", tr(plan.route.value)))
        self.cancel_reason.clear()
        self.cancel_message.hide()

    def clear_content(self) -> None:
        self._plan = None
        self.help.clear_content()
        self.stack.setCurrentIndex(0)
        self.instructions.clear()
        self.cancel_reason.clear()

    @Slot()
    def _on_dose_button_clicked(self) -> None:
        self.dose_taken.emit()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        reason = self.cancel_reason.text().strip()
        if not reason:
            self.cancel_message.setText(tr("Please write a short reason first."))
            self.cancel_message.show()
            return
        self.cancelled.emit(reason)

    @Slot()
    def _on_help_button_clicked(self) -> None:
        if self._plan is not None:
            self.help.open(self._plan)
            self.stack.setCurrentWidget(self.help)
