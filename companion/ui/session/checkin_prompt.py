"""The check-in prompt: the sitter answers "I'm here — all well" or "I'm worried", with their code."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from companion.domain.monitoring import CheckinStatus
from companion.ui.session.session_widgets import SessionButton, make_heading, make_label, press_on_return, tr


class CheckinPrompt(QWidget):
    """The sitter's answer: "I'm here — all well" or "I'm worried", with their code when required."""

    answered = Signal(bool, object)  # all_well, code or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(tr("Check-in"), self)
        self.text = make_label("", self, factor=1.2)
        self.code = QLineEdit(self)
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setMaxLength(4)
        self.code.setFixedWidth(160)
        self.code.setAccessibleName(tr("Sitter's 4-digit code"))
        self.code.setPlaceholderText(tr("Your code"))
        self.message = make_label("", self, role="error")
        self.message.hide()
        self.well_button = SessionButton(tr("I'm here — all well"), self, role="primary")
        self.worried_button = SessionButton(tr("I'm worried"), self)
        for button in (self.well_button, self.worried_button):
            button.setMinimumHeight(72)
        self.well_button.clicked.connect(lambda: self._answer(True))
        self.worried_button.clicked.connect(lambda: self._answer(False))
        press_on_return(self.well_button, self.code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.well_button, 2)
        buttons.addWidget(self.worried_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (self.heading, self.text, self.code, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_status(self, status: CheckinStatus, code_required: bool) -> None:
        if status is CheckinStatus.ESCALATE:
            self.text.setText(tr("The check-in is overdue. Sitter: please answer now."))
        else:
            self.text.setText(tr("Sitter: please look at the patient and answer."))
        self.code.setVisible(code_required)

    def refuse_code(self) -> None:
        self.message.setText(tr("That code is not right. Please try again."))
        self.message.show()
        self.code.clear()
        self.code.setFocus()

    def _answer(self, all_well: bool) -> None:
        code = self.code.text() if self.code.isVisible() else None
        if code is not None and len(code) != 4:
            self.message.setText(tr("Please type your 4-digit code first."))
            self.message.show()
            return
        self.message.hide()
        self.code.clear()
        self.answered.emit(all_well, code)
