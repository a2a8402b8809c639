"""Ending a session before it is complete: only with a reason, which is recorded and flagged.

A screen in the session's content area rather than a modal dialog, so the Help button stays on
screen.  Focus goes to the reason; "Keep the session going" comes first, as it is the safe choice.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from companion.ui.i18n import translate
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    make_heading,
    make_label,
    set_label_text,
)

_REASON_MAX = 1000


class EndEarlyPanel(ActionScreen):
    """Emits ``confirmed(reason)`` (never with an empty reason) or ``cancelled``."""

    confirmed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(translate("Session", "End the session early"), self)
        self._after_dose_text = translate(
            "Session",
            "Ending before the session is complete is recorded, with your reason, and your clinician will "
            "see it. The sitter still stays until the patient passes the recovery check.")
        self.explanation = make_label(self._after_dose_text, self)
        self.reason_label = make_label(translate("Session", "Why is the session ending now? (required)"),
                                       self, bold=True)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(translate("Session", "Reason for ending early"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(120)
        self.reason_label.setBuddy(self.reason)
        self.message = make_label("", self, role="error")
        self.message.hide()
        self.cancel_button = SessionButton(translate("Session", "Keep the session going"), self,
                                           role="primary")
        self.end_button = SessionButton(translate("Session", "End the session now"), self)
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.add_body(self.heading, self.explanation, self.reason_label, self.reason, self.message)
        self.finish_body()
        self.add_actions(self.cancel_button, self.end_button, main=self.cancel_button)

    def set_before_dose(self, before_dose: bool) -> None:
        """Before the dose this closes today's session (nothing was taken); after it, it ends early."""
        if before_dose:
            set_label_text(self.heading, translate("Session", "Stop today's session"))
            self.explanation.setText(translate("Session", "Nothing has been taken yet. Stopping now closes "
                                                          "today's session; your reason is kept with it."))
            self.reason_label.setText(translate("Session", "Why not today? (required)"))
            self.end_button.set_text(translate("Session", "Stop for today"))
        else:
            set_label_text(self.heading, translate("Session", "End the session early"))
            self.explanation.setText(self._after_dose_text)
            self.reason_label.setText(translate("Session", "Why is the session ending now? (required)"))
            self.end_button.set_text(translate("Session", "End the session now"))

    def first_focus(self) -> QWidget | None:
        return self.reason

    def in_progress(self) -> bool:
        return bool(self.reason.toPlainText().strip())

    def reset(self) -> None:
        self.reason.clear()
        self.message.hide()

    def clear_content(self) -> None:
        self.reset()

    @Slot()
    def _on_end_button_clicked(self) -> None:
        reason = self.reason.toPlainText().strip()[:_REASON_MAX]
        if not reason:
            self.say(self.message, translate("Session", "Please write the reason first; it is required."))
            self.reason.setFocus()
            return
        self.confirmed.emit(reason)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.reset()
        self.cancelled.emit()
