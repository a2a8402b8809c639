"""Adding a patient: their key's fingerprint, large, to confirm with them before the desk remembers it.

The fingerprint is shown exactly as ``ssh-keygen -l`` prints it (what the patient's Settings page and
their export's first page show), in a fixed-width font so l and I, 0 and O differ, and again in groups
of four to read aloud group by group. Nothing is remembered until the clinician presses the explicit
confirm button; Cancel or Escape leaves the list as it was. The same dialog confirms a known patient's
new key (a new computer), which then replaces the old one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.desk.patient_candidate import PatientCandidate
from companion.desk.patient_registry import Patient
from companion.export.export_files import display_name
from companion.ui.care_plan.care_plan_review import grouped_fingerprint  # as the patient's app groups it
from companion.ui.desk.desk_texts import breakable
from companion.ui.scaled_fonts import scale_font

FINGERPRINT_FACTOR = 1.35
_NAME_MAX = 200


def _fixed(label: QLabel, factor: float) -> None:
    font = QFont(label.font())
    font.setFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    label.setFont(font)
    scale_font(label, factor)  # keeps the family, follows the text size


class AddPatientDialog(QDialog):
    """The candidate's fingerprint, a name (pre-filled) and an explicit confirmation."""

    def __init__(self, candidate: PatientCandidate, parent: QWidget | None = None, *,
                 replacing: Patient | None = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        self.replacing = replacing
        self.setWindowTitle(self.tr("Add a patient") if replacing is None else self.tr("A patient's new key"))
        self.setMinimumWidth(580)

        if replacing is None:
            heading_text = self.tr("Add a patient")
        else:
            heading_text = self.tr("Confirm %1's new key").replace("%1", replacing.display_name)
        heading = QLabel(heading_text, self)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        source = QLabel(self.tr("The key in %1 has this fingerprint:").replace(
            "%1", display_name(candidate.source.name)), self)
        source.setWordWrap(True)
        source.setTextFormat(Qt.TextFormat.PlainText)

        self.fingerprint_label = QLabel(breakable(candidate.fingerprint_line), self)
        self.fingerprint_label.setWordWrap(True)  # not selectable: a copy would carry the break chances
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint, as ssh-keygen -l prints it"))
        self.fingerprint_label.setAccessibleDescription(candidate.fingerprint_line)
        self.fingerprint_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.fingerprint_label.setMargin(10)
        _fixed(self.fingerprint_label, FINGERPRINT_FACTOR)
        self.grouped_label = QLabel(self.tr("In groups, to read aloud: %1").replace(
            "%1", grouped_fingerprint(candidate.fingerprint)), self)
        self.grouped_label.setWordWrap(True)
        self.grouped_label.setAccessibleName(self.tr("The fingerprint in groups of four"))
        _fixed(self.grouped_label, 1.0)

        self.instruction = QLabel(self.tr(
            "Confirm this fingerprint with the patient (read aloud on a call, or from their Settings) "
            "before you add them."), self)
        self.instruction.setWordWrap(True)
        bold = QFont(self.instruction.font())
        bold.setBold(True)
        self.instruction.setFont(bold)
        if replacing is not None:
            self.instruction.setText(self.tr(
                "Confirm this fingerprint with %1 (read aloud on a call, or from their Settings) before you "
                "use it. Their exports signed by the old key will then show as signed by a different key.")
                .replace("%1", replacing.display_name))

        name_label = QLabel(self.tr("Name on your desk"), self)
        self.name_field = QLineEdit(self)
        self.name_field.setMaxLength(_NAME_MAX)
        self.name_field.setAccessibleName(self.tr("Name on your desk"))
        self.name_field.setText(candidate.suggested_name if replacing is None else replacing.display_name)
        self.name_field.setTextMargins(6, 4, 6, 4)
        name_label.setBuddy(self.name_field)
        name_label.setVisible(replacing is None)
        self.name_field.setVisible(replacing is None)

        buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(
            self.tr("The fingerprints match: add the patient") if replacing is None
            else self.tr("The fingerprints match: use this key"), self)
        self.confirm_button.setAccessibleName(self.confirm_button.text())
        self.confirm_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(source)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.grouped_label)
        layout.addWidget(self.instruction)
        layout.addWidget(name_label)
        layout.addWidget(self.name_field)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.confirm_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.name_field.textChanged.connect(self._on_name_field_text_changed)
        self._on_name_field_text_changed(self.name_field.text())
        (self.name_field if replacing is None else self.cancel_button).setFocus()

    def chosen_name(self) -> str:
        return " ".join(self.name_field.text().split())

    def _on_name_field_text_changed(self, _text: str) -> None:
        self.confirm_button.setEnabled(bool(self.chosen_name()))
