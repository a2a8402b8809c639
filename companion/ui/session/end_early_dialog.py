"""Ending a session before it is complete: only with a reason, which is recorded and flagged.

An in-page panel rather than a modal dialog, so the Help button and the times stay on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from companion.ui.session.session_widgets import SessionButton, make_heading, make_label, tr

_REASON_MAX = 1000


class EndEarlyPanel(QWidget):
    """Emits ``confirmed(reason)`` (never with an empty reason) or ``cancelled``."""

    confirmed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(tr("End the session early"), self)
        self.explanation = make_label(tr(
            "Ending before the session is complete is recorded, with your reason, and your clinician will "
            "see it. The sitter should still stay until the patient is fully recovered."), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(tr("Reason for ending early"))
        self.reason.setPlaceholderText(tr("Why is the session ending now? (required)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.message = make_label("", self, role="error")
        self.message.hide()
        self.end_button = SessionButton(tr("End the session now"), self)
        self.cancel_button = SessionButton(tr("Keep the session going"), self, role="primary")
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (self.heading, self.explanation, self.reason, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def reset(self) -> None:
        self.reason.clear()
        self.message.hide()

    @Slot()
    def _on_end_button_clicked(self) -> None:
        reason = self.reason.toPlainText().strip()[:_REASON_MAX]
        if not reason:
            self.message.setText(tr("Please write why the session is ending; it cannot end early without "
                                    "a reason."))
            self.message.show()
            self.reason.setFocus()
            return
        self.confirmed.emit(reason)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.reset()
        self.cancelled.emit()
