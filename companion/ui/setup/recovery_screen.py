"""Forgotten passphrase: type the recovery key, choose a new passphrase, unlock."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from companion.storage.errors import RecoveryKeyTypoError
from companion.storage.recovery_key import KEY_SYMBOLS, RecoveryKey
from companion.ui.widgets.guided_page import GuidedPage, show_message
from companion.ui.widgets.new_passphrase_form import NewPassphraseForm

if TYPE_CHECKING:
    from companion.ui.vault_controller import VaultController


def count_key_symbols(text: str) -> int:
    """How many letters and digits were typed; spaces, dashes and dots do not count."""
    return sum(1 for character in unicodedata.normalize("NFKC", text) if character.isalnum())


class RecoveryScreen(GuidedPage):
    """Recovery key + new passphrase → ``controller.unlock_with_recovery``; Back emits ``cancelled()``."""

    cancelled = Signal()

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._recovering = False
        self._key_is_well_formed = False

        self.content.addWidget(self.make_heading(self.tr("Use your recovery key")))
        self.content.addWidget(
            self.make_body(
                self.tr(
                    "Type the recovery key you wrote down or printed when you set up companion. "
                    "Spaces, dashes and capital letters do not matter."
                )
            )
        )
        key_label = QLabel(self.tr("Recovery key"), self)
        self.key_field = QLineEdit(self)
        self.set_font_role(self.key_field, 1.2, monospace=True)
        self.key_field.setTextMargins(6, 4, 6, 4)
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        key_label.setBuddy(self.key_field)
        self.key_feedback = self.make_body("")
        self.key_feedback.setAccessibleName(self.tr("Recovery key check"))
        self.content.addWidget(key_label)
        self.content.addWidget(self.key_field)
        self.content.addWidget(self.key_feedback)

        self.content.addSpacing(8)
        self.content.addWidget(
            self.make_body(self.tr("Then choose a new passphrase. It replaces the one you forgot."))
        )
        self.form = NewPassphraseForm(parent=self)
        self.content.addWidget(self.form)
        self.busy_row = self.make_busy_row(
            self.tr("Checking your recovery key and protecting your vault — this takes a few seconds.")
        )
        self.content.addWidget(self.busy_row)
        self.message = self.make_message()
        self.content.addWidget(self.message)

        self.back_button = self.make_secondary_button(self.tr("Back"))
        self.submit_button = self.make_primary_button(self.tr("Set new passphrase and unlock"))
        self.submit_button.setEnabled(False)
        self.button_row.addWidget(self.back_button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.submit_button)
        self.set_primary(self.submit_button)
        self.set_back(self.back_button)
        self.finish_layout()
        self.setTabOrder(self.key_field, self.form.first_field.line_edit)

        self.key_field.textChanged.connect(self._on_key_text_changed)
        self.form.validity_changed.connect(self._update_submit_button)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.submit_button.clicked.connect(self._on_submit_clicked)
        controller.busy_changed.connect(self._on_controller_busy_changed)
        controller.unlocked.connect(self._on_controller_unlocked)
        controller.recovery_failed.connect(self._on_controller_recovery_failed)

    def key_feedback_text(self) -> str:
        return self.key_feedback.text()

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def reset(self) -> None:
        """Wipe the key and both passphrase fields; no message."""
        self._recovering = False
        self.key_field.setText("")
        self.form.clear()
        show_message(self.message, "")
        self._set_busy(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.key_field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.key_field.setEnabled(not busy)
        self.form.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self._update_submit_button()

    def _update_submit_button(self, _valid: bool = False) -> None:
        self.submit_button.setEnabled(
            not self.busy_row.isVisible() and self._key_is_well_formed and self.form.is_valid()
        )

    def _on_key_text_changed(self, text: str) -> None:
        count = count_key_symbols(text)
        self._key_is_well_formed = False
        if count == 0:
            feedback = ""
        elif count < KEY_SYMBOLS:
            feedback = (
                self.tr("%1 of %2 characters").replace("%1", str(count)).replace("%2", str(KEY_SYMBOLS))
            )
        elif count > KEY_SYMBOLS:
            feedback = self.tr("That is more than %1 characters. Check for an extra one.").replace(
                "%1", str(KEY_SYMBOLS)
            )
        else:
            try:
                RecoveryKey.parse(text)
            except RecoveryKeyTypoError:
                feedback = self.tr("This key has a typo. Check each group against your copy.")
            else:
                self._key_is_well_formed = True
                feedback = self.tr("This key is typed correctly.")
        self.key_feedback.setText(feedback)
        show_message(self.message, "")
        self._update_submit_button()

    def _on_back_clicked(self) -> None:
        self.reset()
        self.cancelled.emit()

    def _on_submit_clicked(self) -> None:
        if self._recovering or not (self._key_is_well_formed and self.form.is_valid()):
            return
        self._recovering = True
        show_message(self.message, "")
        self._set_busy(True)
        self._controller.unlock_with_recovery(self.key_field.text(), self.form.passphrase())

    def _on_controller_busy_changed(self, busy: bool) -> None:
        if self._recovering:
            self._set_busy(busy)

    def _on_controller_unlocked(self) -> None:
        if self._recovering:
            self.reset()

    def _on_controller_recovery_failed(self, message: str) -> None:
        self._recovering = False
        self._set_busy(False)
        show_message(self.message, message)
        self.key_field.setFocus()
