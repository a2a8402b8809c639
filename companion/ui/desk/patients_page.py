"""The desk's home: the patients the clinician confirmed, and the ways in — open an export, add a patient.

An export is a folder or a .zip, and no one file dialog picks both, so there are two buttons; adding a
patient takes a first export (either kind) or the patient's ``patient.pub``, from the menu of "Add a
patient…". Activating a patient (Return, a double click, or "Show their exports") opens their
exports as one timeline; "Write a care plan…" opens the care-plan writer for them. "Display…", beside
the heading, sets the desk's text size and theme. Buttons wrap at large text sizes instead of widening
the window.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.desk.patient_registry import Patient
from companion.ui.desk.desk_jobs import PatientSurvey
from companion.ui.desk.desk_texts import breakable
from companion.ui.desk.patient_list_model import Column, PatientListModel
from companion.ui.widgets.flow_layout import FlowLayout


def _button(text: str, parent: QWidget, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(text.replace("…", ""))
    button.setAutoDefault(True)  # Return presses the focused button (not a dialog: no default to take it)
    if primary:
        button.setProperty("role", "primary")
    return button


class PatientsPage(QWidget):
    open_folder_requested = Signal()
    open_zip_requested = Signal()
    add_from_folder_requested = Signal()
    add_from_zip_requested = Signal()
    add_from_public_key_requested = Signal()
    patient_chosen = Signal(str)  # patient id: show their exports
    care_plan_requested = Signal(str)  # patient id: write a care plan for them
    display_requested = Signal()  # text size and theme

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Your patients"), self)
        self.heading.setProperty("role", "heading")
        self.display_button = _button(self.tr("Display…"), self)
        self.display_button.setAccessibleDescription(self.tr("The desk's text size and theme"))
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.display_button, 0, Qt.AlignmentFlag.AlignTop)
        self.owner_label = QLabel(self)
        self.owner_label.setWordWrap(True)
        self.owner_label.setProperty("role", "muted")

        self.open_folder_button = _button(self.tr("Open an export folder…"), self, primary=True)
        self.open_zip_button = _button(self.tr("Open a zipped export…"), self)
        self.add_button = _button(self.tr("Add a patient…"), self)
        menu = QMenu(self.add_button)
        self.add_from_folder_action = QAction(self.tr("From their first export (a folder)…"), menu)
        self.add_from_zip_action = QAction(self.tr("From their first export (a .zip)…"), menu)
        self.add_from_key_action = QAction(self.tr("From their patient.pub file…"), menu)
        for action in (self.add_from_folder_action, self.add_from_zip_action, self.add_from_key_action):
            menu.addAction(action)
        self.add_button.setMenu(menu)
        actions = QWidget(self)
        actions_row = FlowLayout(actions)
        for button in (self.open_folder_button, self.open_zip_button, self.add_button):
            actions_row.addWidget(button)

        self.busy_row = QWidget(self)
        bar = QProgressBar(self.busy_row)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumWidth(160)
        bar.setAccessibleName(self.tr("Working"))
        self.busy_label = QLabel(self.tr("Checking…"), self.busy_row)
        busy_layout = QVBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(bar)
        self.busy_row.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.notice = QLabel(self)  # what was just done (a care plan saved): plain, not an error
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("What was done"))
        self.notice.hide()

        self.model = PatientListModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Patients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.empty_label = QLabel(self.tr(
            "No patients yet. Add a patient from their first export or their patient.pub file, after you "
            "have confirmed its fingerprint with them (they read it from their Settings page)."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "muted")

        self.show_button = _button(self.tr("Show their exports"), self)
        self.care_plan_button = _button(self.tr("Write a care plan…"), self)
        self.care_plan_button.setAccessibleDescription(self.tr(
            "A care-plan file for the selected patient, signed with your key"))
        self.below = below = QWidget(self)
        below_row = FlowLayout(below)
        below_row.addWidget(self.show_button)
        below_row.addWidget(self.care_plan_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(heading_row)
        layout.addWidget(self.owner_label)
        layout.addWidget(actions)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(below)
        layout.addStretch(0)  # takes the height while the table is hidden (no patients yet)

        self.display_button.clicked.connect(self.display_requested)
        self.open_folder_button.clicked.connect(self.open_folder_requested)
        self.open_zip_button.clicked.connect(self.open_zip_requested)
        self.add_from_folder_action.triggered.connect(self.add_from_folder_requested)
        self.add_from_zip_action.triggered.connect(self.add_from_zip_requested)
        self.add_from_key_action.triggered.connect(self.add_from_public_key_requested)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.care_plan_button.clicked.connect(self._on_care_plan_clicked)
        self._refresh_buttons()

    # --- what the main view asks ------------------------------------------------------------------

    def set_owner(self, clinician_name: str, fingerprint: str) -> None:
        self.owner_label.setText(self.tr("Desk of %1 · your signing key %2").replace("%1", clinician_name)
                                 .replace("%2", fingerprint))

    def set_patients(self, patients: tuple[Patient, ...]) -> None:
        """The list as written; keeps the selected patient selected (the first one when none was)."""
        chosen = self.selected_patient()
        self.model.set_patients(patients)
        self.empty_label.setVisible(not patients)
        self.table.setVisible(bool(patients))
        self.below.setVisible(bool(patients))
        if chosen is not None:
            self.select_patient(chosen.patient_id)
        elif patients:
            # The first patient chosen, so the buttons below act at once: a keyboard user otherwise met a
            # highlighted but unselected row and two greyed-out buttons until pressing Space.
            self.table.selectRow(0)
        self._refresh_buttons()

    def set_survey(self, survey: PatientSurvey) -> None:
        self.model.set_survey(survey)

    def select_patient(self, patient_id: str) -> None:
        row = self.model.row_of(patient_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected_patient(self) -> Patient | None:
        rows = self.table.selectionModel().selectedRows()
        return None if not rows else self.model.patient_at(rows[0].row())

    def set_busy(self, text: str) -> None:
        """A sentence with a progress bar while a job runs; empty hides it."""
        self.busy_label.setText(text)
        self.busy_row.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        """A problem in one sentence (empty hides it); it replaces any notice."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._show_notice("", "")

    def show_care_plan_saved(self, patient_name: str, path: str) -> None:
        """Where the care plan just signed for ``patient_name`` was saved."""
        self.show_message("")
        self._show_notice(self.tr("%1's signed care plan was saved as %2").replace("%1", patient_name)
                          .replace("%2", breakable(path)), path)

    def notice_text(self) -> str:
        return self.notice.text().replace("\u200b", "") if not self.notice.isHidden() else ""

    def _show_notice(self, text: str, description: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleDescription(description)
        self.notice.setVisible(bool(text))

    def clear_content(self) -> None:
        self.model.clear()
        self.owner_label.clear()
        self.show_message("")
        self.set_busy("")

    # --- slots -------------------------------------------------------------------------------------

    def _refresh_buttons(self) -> None:
        chosen = self.selected_patient() is not None
        self.show_button.setEnabled(chosen)
        self.care_plan_button.setEnabled(chosen)

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._refresh_buttons()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.patient_chosen.emit(self.model.patient_at(index.row()).patient_id)

    def _on_show_clicked(self) -> None:
        patient = self.selected_patient()
        if patient is not None:
            self.patient_chosen.emit(patient.patient_id)

    def _on_care_plan_clicked(self) -> None:
        patient = self.selected_patient()
        if patient is not None:
            self.care_plan_requested.emit(patient.patient_id)
