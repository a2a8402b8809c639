"""Every start: type the passphrase, or go to the recovery key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from companion.ui.widgets.guided_page import show_message
from companion.ui.widgets.passphrase_unlock_page import PassphraseUnlockPage

if TYPE_CHECKING:
    from companion.ui.vault_controller import VaultController


class UnlockScreen(PassphraseUnlockPage):
    """Passphrase field (focused) and Unlock; the field is wiped after every attempt."""

    recovery_requested = Signal()

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller

        self.content.addWidget(self.make_heading(self.tr("Welcome back")))
        self.content.addWidget(self.make_body(self.tr("Type your passphrase to open your vault.")))
        self.add_passphrase_field(self.tr("Passphrase"))
        self.hint_label = self.make_body("")
        self.hint_label.setVisible(False)
        self.content.addWidget(self.hint_label)
        self.add_busy_row_and_message(self.tr("Unlocking…"))

        unlock_row = QHBoxLayout()
        unlock_row.addStretch(1)
        unlock_row.addWidget(self.make_unlock_button(self.tr("Unlock")))
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

        self.recovery_button.clicked.connect(self._on_recovery_clicked)
        controller.busy_changed.connect(self._on_controller_busy_changed)
        controller.unlocked.connect(self._on_controller_unlocked)
        controller.unlock_failed.connect(self._on_controller_unlock_failed)

    def set_hint(self, text: str) -> None:
        """A line under the field (the demo shows its passphrase here); empty hides it."""
        show_message(self.hint_label, text)

    def reset(self) -> None:
        """Empty field, no message, not busy (the hint stays)."""
        self._unlocking = False
        self.passphrase_field.wipe()
        show_message(self.message, "")
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.recovery_button.setEnabled(not busy)

    def start_unlock(self, passphrase: str) -> None:
        self._controller.unlock(passphrase)

    def _on_recovery_clicked(self) -> None:
        self.reset()
        self.recovery_requested.emit()

    def _on_controller_busy_changed(self, busy: bool) -> None:
        if self._unlocking:
            self.set_busy(busy)

    def _on_controller_unlocked(self) -> None:
        if self._unlocking:
            self.reset()

    def _on_controller_unlock_failed(self, message: str) -> None:
        # Shown even for an attempt this screen did not start: the sentence is about unlocking.
        self.show_unlock_failure(message)
