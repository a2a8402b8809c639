"""Every start: type the passphrase, or go to the recovery key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from companion.ui.widgets.guided_page import GuidedPage, show_message
from companion.ui.widgets.passphrase_field import PassphraseField

if TYPE_CHECKING:
    from companion.ui.vault_controller import VaultController


class UnlockScreen(GuidedPage):
    """Passphrase field (focused) and Unlock; the field is wiped after every attempt."""

    recovery_requested = Signal()

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._unlocking = False

        self.content.addWidget(self.make_heading(self.tr("Welcome back")))
        self.content.addWidget(self.make_body(self.tr("Type your passphrase to open your vault.")))
        field_label = QLabel(self.tr("Passphrase"), self)
        self.passphrase_field = PassphraseField(self.tr("Passphrase"), parent=self)
        field_label.setBuddy(self.passphrase_field.line_edit)
        self.content.addWidget(field_label)
        self.content.addWidget(self.passphrase_field)
        self.hint_label = self.make_body("")
        self.hint_label.setVisible(False)
        self.content.addWidget(self.hint_label)
        self.busy_row = self.make_busy_row(self.tr("Unlocking…"))
        self.content.addWidget(self.busy_row)
        self.message = self.make_message()
        self.content.addWidget(self.message)

        self.unlock_button = self.make_primary_button(self.tr("Unlock"))
        self.unlock_button.setEnabled(False)
        unlock_row = QHBoxLayout()
        unlock_row.addStretch(1)
        unlock_row.addWidget(self.unlock_button)
        self.content.addLayout(unlock_row)
        self.content.addSpacing(24)
        # A label and a real button rather than one long link-like button: it wraps at any
        # text size and is plainly something to press.
        self.content.addWidget(self.make_body(self.tr("Forgot your passphrase?")))
        self.recovery_button = self.make_secondary_button(self.tr("Use your recovery key"))
        recovery_row = QHBoxLayout()
        recovery_row.addWidget(self.recovery_button)
        recovery_row.addStretch(1)
        self.content.addLayout(recovery_row)
        self.content.addStretch(1)
        self.set_primary(self.unlock_button)

        self.passphrase_field.text_changed.connect(self._on_passphrase_text_changed)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.recovery_button.clicked.connect(self._on_recovery_clicked)
        controller.busy_changed.connect(self._on_controller_busy_changed)
        controller.unlocked.connect(self._on_controller_unlocked)
        controller.unlock_failed.connect(self._on_controller_unlock_failed)

    def set_hint(self, text: str) -> None:
        """A line under the field (the demo shows its passphrase here); empty hides it."""
        show_message(self.hint_label, text)

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def reset(self) -> None:
        """Empty field, no message, not busy (the hint stays)."""
        self._unlocking = False
        self.passphrase_field.wipe()
        show_message(self.message, "")
        self._set_busy(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.passphrase_field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.passphrase_field.setEnabled(not busy)
        self.recovery_button.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and bool(self.passphrase_field.text()))

    def _on_passphrase_text_changed(self, text: str) -> None:
        self.unlock_button.setEnabled(bool(text) and not self._unlocking)
        if text:
            show_message(self.message, "")

    def _on_unlock_clicked(self) -> None:
        passphrase = self.passphrase_field.text()
        if self._unlocking or not passphrase:
            return
        self._unlocking = True
        show_message(self.message, "")
        self.passphrase_field.wipe()
        self._set_busy(True)
        self._controller.unlock(passphrase)

    def _on_recovery_clicked(self) -> None:
        self.reset()
        self.recovery_requested.emit()

    def _on_controller_busy_changed(self, busy: bool) -> None:
        if self._unlocking:
            self._set_busy(busy)

    def _on_controller_unlocked(self) -> None:
        if self._unlocking:
            self.reset()

    def _on_controller_unlock_failed(self, message: str) -> None:
        # Shown even for an attempt this screen did not start: the sentence is about unlocking.
        self._unlocking = False
        self._set_busy(False)
        self.passphrase_field.wipe()
        show_message(self.message, message)
        self.passphrase_field.setFocus()
