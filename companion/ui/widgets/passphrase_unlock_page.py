"""The passphrase-unlock form the patient's vault and the clinician's desk both open with.

A labelled passphrase field (focused when the page shows), a busy row, a message and Unlock. The
field is wiped after every attempt; Unlock is offered only with something typed and nothing on its
way. Each screen adds what is its own around the form (the vault's hint and recovery key, the
desk's owner and fingerprint) and says how to unlock (:meth:`PassphraseUnlockPage.start_unlock`).
The texts come from the screen, so they stay in its translation context.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from companion.ui.widgets.guided_page import GuidedPage, show_message
from companion.ui.widgets.passphrase_field import PassphraseField


class PassphraseUnlockPage(GuidedPage):
    """A guided page with a passphrase form; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unlocking = False

    def add_passphrase_field(self, label: str) -> None:
        """The field under its ``label`` (also its accessible name), next in the page's column."""
        field_label = QLabel(label, self)
        self.passphrase_field = PassphraseField(label, parent=self)
        field_label.setBuddy(self.passphrase_field.line_edit)
        self.content.addWidget(field_label)
        self.content.addWidget(self.passphrase_field)

    def add_busy_row_and_message(self, busy_text: str) -> None:
        self.busy_row = self.make_busy_row(busy_text)
        self.content.addWidget(self.busy_row)
        self.message = self.make_message()
        self.content.addWidget(self.message)

    def make_unlock_button(self, text: str) -> QWidget:
        """The primary button, disabled until something is typed; the caller places it."""
        self.unlock_button = self.make_primary_button(text)
        self.unlock_button.setEnabled(False)
        self.set_primary(self.unlock_button)
        self.passphrase_field.text_changed.connect(self._on_passphrase_field_text_changed)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        return self.unlock_button

    def start_unlock(self, passphrase: str) -> None:
        """Ask the controller to unlock with ``passphrase`` (the field is already wiped)."""
        raise NotImplementedError

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.passphrase_field.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.passphrase_field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and bool(self.passphrase_field.text()))

    def show_unlock_failure(self, message: str) -> None:
        """The attempt failed: not busy, field wiped and focused, ``message`` shown."""
        self._unlocking = False
        self.set_busy(False)
        self.passphrase_field.wipe()
        show_message(self.message, message)
        self.passphrase_field.setFocus()

    def _on_passphrase_field_text_changed(self, text: str) -> None:
        self.unlock_button.setEnabled(bool(text) and not self._unlocking)
        if text:
            show_message(self.message, "")

    def _on_unlock_button_clicked(self) -> None:
        passphrase = self.passphrase_field.text()
        if self._unlocking or not passphrase:
            return
        self._unlocking = True
        show_message(self.message, "")
        self.passphrase_field.wipe()
        self.set_busy(True)
        self.start_unlock(passphrase)
