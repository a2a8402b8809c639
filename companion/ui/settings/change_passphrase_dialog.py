"""Change the passphrase: the current one, then a new one the policy accepts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets.passphrase_field import PassphraseField
from companion.ui.widgets.scroll_area import make_scroll_area

if TYPE_CHECKING:
    from companion.storage.vault import PassphraseChanged
    from companion.ui.vault_controller import VaultController
    from companion.ui.widgets.new_passphrase_form import NewPassphraseForm

NewPassphraseFormFactory = Callable[[QWidget], "NewPassphraseForm"]


def _default_form(parent: QWidget) -> NewPassphraseForm:
    from companion.ui.widgets.new_passphrase_form import NewPassphraseForm

    return NewPassphraseForm(parent=parent)


class ChangePassphraseDialog(QDialog):
    """Runs the change through the controller; calm messages; every field wiped when it closes."""

    def __init__(
        self,
        controller: VaultController,
        parent: QWidget | None = None,
        *,
        form_factory: NewPassphraseFormFactory = _default_form,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("companion")
        self.setMinimumWidth(480)
        self._controller = controller
        self._changing = False
        self._form_valid = False
        self.outcome: PassphraseChanged | None = None  # once the change is done

        # The form grows as reasons and messages appear; a scroll area means it is never squeezed
        # (a top-level window does not grow by itself for word-wrapped text).
        content = QWidget()
        heading = QLabel(self.tr("Change your passphrase"), content)
        heading.setProperty("role", "heading")
        intro = QLabel(
            self.tr(
                "Your vault is encrypted again with a new key, so the old passphrase no longer opens it. "
                "Your recovery key keeps working."
            ),
            content,
        )
        intro.setWordWrap(True)
        current_label = QLabel(self.tr("Current passphrase"), content)
        self.current_field = PassphraseField(self.tr("Current passphrase"), parent=content)
        current_label.setBuddy(self.current_field.line_edit)
        self.form = form_factory(content)

        self.progress = QProgressBar(content)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Changing the passphrase"))
        self.progress.setVisible(False)
        self.message = QLabel(content)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.change_button = QPushButton(self.tr("Change passphrase"), self)
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.setDefault(True)
        self.change_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        column = QVBoxLayout(content)
        column.setSpacing(10)
        column.setContentsMargins(20, 20, 20, 8)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(4)
        column.addWidget(current_label)
        column.addWidget(self.current_field)
        column.addSpacing(8)
        column.addWidget(self.form)
        column.addWidget(self.progress)
        column.addWidget(self.message)
        column.addStretch(1)
        scroll = make_scroll_area(content, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 20, 16)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(580, 660)

        self.current_field.text_changed.connect(self._on_current_text_changed)
        self.current_field.return_pressed.connect(self.form.setFocus)
        self.form.validity_changed.connect(self._on_form_validity_changed)
        self.change_button.clicked.connect(self._on_change_clicked)
        self.cancel_button.clicked.connect(self.reject)
        controller.passphrase_changed.connect(self._on_controller_passphrase_changed)
        controller.passphrase_change_failed.connect(self._on_controller_passphrase_change_failed)
        self.current_field.setFocus()

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def _update_button(self) -> None:
        self.change_button.setEnabled(
            not self._changing and self._form_valid and bool(self.current_field.text())
        )

    def _set_busy(self, busy: bool) -> None:
        self._changing = busy
        self.progress.setVisible(busy)
        self.current_field.setEnabled(not busy)
        self.form.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_button()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _wipe(self) -> None:
        self.current_field.wipe()
        self.form.clear()

    @Slot(str)
    def _on_current_text_changed(self, _text: str) -> None:
        self._update_button()

    @Slot(bool)
    def _on_form_validity_changed(self, valid: bool) -> None:
        self._form_valid = valid
        self._update_button()

    @Slot()
    def _on_change_clicked(self) -> None:
        current, new = self.current_field.text(), self.form.passphrase()
        if self._changing or not current or not self._form_valid:
            return
        self._show_message("")
        self._set_busy(True)
        self._controller.change_passphrase(current, new)

    @Slot(object)
    def _on_controller_passphrase_changed(self, outcome: PassphraseChanged) -> None:
        if not self._changing:
            return
        self.outcome = outcome
        self._set_busy(False)
        self.accept()

    @Slot(str)
    def _on_controller_passphrase_change_failed(self, message: str) -> None:
        if not self._changing:
            return
        self._set_busy(False)
        self.current_field.wipe()
        self._show_message(message)
        self.current_field.setFocus()

    def done(self, result: int) -> None:
        if self._changing:  # the change is running; closing now would hide its outcome
            return
        self._wipe()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._changing:
            event.ignore()
            return
        super().closeEvent(event)

    def force_close(self) -> None:
        """Close even while busy (the app is locking); the outcome still reaches the controller."""
        self._changing = False
        self.done(QDialog.DialogCode.Rejected)
