"""The desk's first run: the clinician's name and a passphrase of their own, then the key is made.

The passphrase follows the patient app's policy (the same form, and ``check_new_passphrase`` again in
the job, with the clinician's name among the words it must not lean on). The key derivation and the
writing run on the desk's writer thread; the screen only shows that it is working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from companion.ui.widgets.guided_page import GuidedPage, show_message
from companion.ui.widgets.new_passphrase_form import NewPassphraseForm

if TYPE_CHECKING:
    from companion.ui.desk.desk_controller import DeskController

_NAME_MAX = 200


class DeskSetupScreen(GuidedPage):
    """Name, new passphrase (twice, with the strength meter), and "Create the desk"."""

    def __init__(self, controller: DeskController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._creating = False

        self.content.addWidget(self.make_heading(self.tr("Set up your clinician's desk")))
        self.content.addWidget(self.make_body(self.tr(
            "The desk keeps the patients whose keys you confirmed, checks every export against them, and "
            "signs the care plans you write. It needs no patient vault and sends nothing anywhere.")))
        name_label = QLabel(self.tr("Your name, as patients know you"), self)
        self.name_field = QLineEdit(self)
        self.name_field.setMaxLength(_NAME_MAX)
        self.name_field.setPlaceholderText(self.tr("for example, Dr. Ana Ruiz"))
        self.name_field.setAccessibleName(self.tr("Your name, as patients know you"))
        self.name_field.setTextMargins(6, 4, 6, 4)
        name_label.setBuddy(self.name_field)
        self.content.addWidget(name_label)
        self.content.addWidget(self.name_field)
        self.content.addWidget(self.make_body(self.tr(
            "Choose a passphrase for the desk. It protects your signing key and the list of your "
            "patients' keys; nobody can recover it for you.")))
        self.form = NewPassphraseForm(("companion", "ketamine", "desk", "clinician"), self)
        self.content.addWidget(self.form)
        self.busy_row = self.make_busy_row(self.tr("Making your key… this takes a moment."))
        self.content.addWidget(self.busy_row)
        self.message = self.make_message()
        self.message.setProperty("role", "error")
        self.content.addWidget(self.message)
        self.create_button = self.make_primary_button(self.tr("Create the desk"))
        self.create_button.setEnabled(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        self.content.addLayout(row)
        self.content.addStretch(1)
        self.set_primary(self.create_button)
        self.setTabOrder(self.name_field, self.form.first_field.line_edit)
        self.setFocusProxy(self.name_field)

        self.name_field.textChanged.connect(self._on_name_field_text_changed)
        self.form.validity_changed.connect(self._refresh)
        self.form.submitted.connect(self._on_create_clicked)
        self.create_button.clicked.connect(self._on_create_clicked)
        controller.create_failed.connect(self._on_controller_create_failed)
        controller.desk_opened.connect(self._on_controller_desk_opened)

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def _name(self) -> str:
        return " ".join(self.name_field.text().split())

    def _refresh(self) -> None:
        ready = bool(self._name()) and self.form.is_valid() and not self._creating
        self.create_button.setEnabled(ready)

    def _on_name_field_text_changed(self, _text: str) -> None:
        self.form.set_context_words(("companion", "ketamine", "desk", "clinician", *self._name().split()))
        show_message(self.message, "")
        self._refresh()

    def _on_create_clicked(self) -> None:
        if not self.create_button.isEnabled():
            return
        passphrase = self.form.passphrase()
        self._creating = True
        self.form.clear()
        show_message(self.message, "")
        self._set_busy(True)
        self._controller.create(self._name(), passphrase)

    def _set_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.name_field.setEnabled(not busy)
        self.form.setEnabled(not busy)
        self._refresh()

    def _on_controller_create_failed(self, message: str) -> None:
        self._creating = False
        self._set_busy(False)
        show_message(self.message, message)
        self.form.setFocus()

    def _on_controller_desk_opened(self) -> None:
        if self._creating:
            self._creating = False
            self._set_busy(False)
