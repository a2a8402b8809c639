"""Every start of the desk: whose desk this is (name and key fingerprint), then its passphrase.

The name and fingerprint come from ``read_clinician_key_info`` (read in the background), so the
clinician sees which desk they are opening before typing; they are "what the file says" until the
passphrase opens it. A wrong passphrase is one sentence and changes nothing on disk.

When the passphrase is right but the list of patients is missing, damaged or was changed outside the
desk, the sentence says so and offers the way the desk allows: restore ``patients.json`` from a copy
and unlock again, or "Start a new list of patients…", which first asks (saying that the list is set
aside, not deleted, and that every patient must be confirmed again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from companion.ui.desk.desk_texts import breakable
from companion.ui.widgets.guided_page import show_message
from companion.ui.widgets.passphrase_unlock_page import PassphraseUnlockPage

if TYPE_CHECKING:
    from companion.desk.clinician_key import ClinicianKeyInfo
    from companion.ui.desk.desk_controller import DeskController

NewListConfirmer = Callable[[QWidget], bool]  # (parent) -> True to set the list aside and start anew


def new_list_question(parent: QWidget) -> tuple[QMessageBox, QPushButton]:
    """The question before a new list, and its button that goes ahead (Cancel is the default)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "companion",
                      QCoreApplication.translate("DeskUnlockScreen", "Start a new list of patients?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "DeskUnlockScreen",
        "The list that cannot be used stays in the desk folder, renamed to patients.json.set-aside- with "
        "today's date and time; nothing is deleted. The new list is empty.\n\n"
        "Every patient must then be confirmed again: add each one from their export or their patient.pub, "
        "after checking the fingerprint with them. Until you do, their exports show as from an unknown "
        "key, and the desk cannot warn you that a patient's key changed.\n\n"
        "If you have a copy of the desk folder, you can instead put its patients.json back and unlock "
        "again."))
    start = box.addButton(QCoreApplication.translate("DeskUnlockScreen", "Set it aside and start a new list"),
                          QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # Return does not start over: it takes a deliberate choice
    box.setEscapeButton(cancel)
    return box, start


def ask_to_start_new_list(parent: QWidget) -> bool:
    box, start = new_list_question(parent)
    box.exec()
    return box.clickedButton() is start


class DeskUnlockScreen(PassphraseUnlockPage):
    """The clinician's name and key, the passphrase field (focused) and Unlock."""

    def __init__(self, controller: DeskController, parent: QWidget | None = None, *,
                 confirm_new_list: NewListConfirmer = ask_to_start_new_list) -> None:
        super().__init__(parent)
        self._controller = controller
        self._confirm_new_list = confirm_new_list

        self.heading = self.make_heading(self.tr("Open your desk"))
        self.content.addWidget(self.heading)
        self.owner_label = self.make_body(self.tr("Reading whose desk this is…"))
        self.owner_label.setAccessibleName(self.tr("Whose desk this is"))
        self.content.addWidget(self.owner_label)
        self.fingerprint_label = self.make_body("")
        self.fingerprint_label.setAccessibleName(self.tr("Your signing key's fingerprint"))
        self.set_font_role(self.fingerprint_label, 1.1, monospace=True)  # l and I, 0 and O apart
        self.fingerprint_label.setVisible(False)
        self.content.addWidget(self.fingerprint_label)
        self.add_passphrase_field(self.tr("Desk passphrase"))
        self.add_busy_row_and_message(self.tr("Opening the desk…"))
        self.message.setProperty("role", "error")
        self.new_list_button = self.make_secondary_button(self.tr("Start a new list of patients…"))
        self.new_list_button.setAccessibleName(self.tr("Start a new list of patients"))
        self.new_list_button.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.new_list_button)
        row.addStretch(1)
        row.addWidget(self.make_unlock_button(self.tr("Unlock")))
        self.content.addLayout(row)
        self.content.addStretch(1)
        self.setFocusProxy(self.passphrase_field)

        self.new_list_button.clicked.connect(self._on_new_list_clicked)
        controller.key_info_read.connect(self._on_controller_key_info_read)
        controller.key_info_failed.connect(self._on_controller_key_info_failed)
        controller.unlock_failed.connect(self._on_controller_unlock_failed)
        controller.patient_list_unusable.connect(self._on_controller_patient_list_unusable)
        controller.desk_opened.connect(self._on_controller_desk_opened)

    def start_unlock(self, passphrase: str) -> None:
        self.new_list_button.setVisible(False)
        self._controller.unlock(passphrase)

    def _on_controller_key_info_read(self, info: ClinicianKeyInfo) -> None:
        self.owner_label.setText(self.tr("This desk belongs to %1. Its signing key's fingerprint is:")
                                 .replace("%1", info.clinician_name))
        self.fingerprint_label.setText(breakable(info.fingerprint))
        self.fingerprint_label.setAccessibleDescription(info.fingerprint)
        self.fingerprint_label.setVisible(True)

    def _on_controller_key_info_failed(self, message: str) -> None:
        self.owner_label.setText(message)
        self.fingerprint_label.setVisible(False)

    def _on_controller_unlock_failed(self, message: str) -> None:
        self.show_unlock_failure(message)

    def _on_controller_patient_list_unusable(self, message: str) -> None:
        self._on_controller_unlock_failed(message)
        self.new_list_button.setVisible(True)
        self.new_list_button.setEnabled(True)

    def _on_new_list_clicked(self) -> None:
        if self._unlocking or not self._confirm_new_list(self.window()):
            return
        self._unlocking = True
        show_message(self.message, "")
        self.new_list_button.setEnabled(False)
        self.set_busy(True)
        self._controller.start_new_patient_list()

    def _on_controller_desk_opened(self) -> None:
        if self._unlocking:
            self._unlocking = False
            self.set_busy(False)
