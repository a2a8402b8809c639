"""The list of patients as a table: name, latest export, its status, open flags.

The status starts as the one recorded when the export was last opened; the background survey checks the
latest export again (it may have been moved or changed since) and counts its open flags, and the row
follows. A status that is not "verified" is never shown in the words of "verified".
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QFont

from companion.desk.export_status import ExportStatus
from companion.desk.patient_registry import Patient
from companion.ui.desk.desk_jobs import PatientSurvey, latest_record
from companion.ui.desk.desk_texts import day_text, status_text
from companion.ui.i18n import translate
from companion.ui.models.row_table_model import RowTableModel

PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    NAME = 0
    LATEST = 1
    STATUS = 2
    OPEN_FLAGS = 3


_HEADERS = {
    Column.NAME: str(QT_TRANSLATE_NOOP("Desk", "Patient")),
    Column.LATEST: str(QT_TRANSLATE_NOOP("Desk", "Latest export")),
    Column.STATUS: str(QT_TRANSLATE_NOOP("Desk", "Its status")),
    Column.OPEN_FLAGS: str(QT_TRANSLATE_NOOP("Desk", "Open flags")),
}
_HEADER_TIPS = {
    Column.LATEST: str(QT_TRANSLATE_NOOP("Desk", "When the newest export you opened for them was made.")),
    Column.STATUS: str(QT_TRANSLATE_NOOP(
        "Desk", "The newest export, checked again against the key you confirmed with the patient.")),
    Column.OPEN_FLAGS: str(QT_TRANSLATE_NOOP(
        "Desk", "Needs-attention flags in the newest export that the patient has not marked discussed.")),
}


class PatientListModel(RowTableModel[Patient]):
    """Rows of the registry's patients in name order, with what the survey found for each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([_HEADERS[column] for column in Column], "Desk",
                         tips={int(column): tip for column, tip in _HEADER_TIPS.items()}, parent=parent)
        self._surveys: dict[str, PatientSurvey] = {}

    def set_patients(self, patients: Sequence[Patient]) -> None:
        known = {p.patient_id for p in patients}
        self._surveys = {pid: s for pid, s in self._surveys.items() if pid in known}
        self.set_rows(sorted(patients, key=lambda p: (p.display_name.casefold(), p.patient_id)))

    def set_survey(self, survey: PatientSurvey) -> None:
        """What the background check found; ignored when the patient's latest export changed meanwhile."""
        for row, patient in enumerate(self.rows()):
            if patient.patient_id == survey.patient_id and latest_record(patient) == survey.latest:
                self._surveys[survey.patient_id] = survey
                self.dataChanged.emit(self.index(row, Column.LATEST), self.index(row, Column.OPEN_FLAGS))
                return

    def clear(self) -> None:
        self._surveys = {}
        self.set_rows(())

    def patient_at(self, row: int) -> Patient:
        return self.row_at(row)

    def row_of(self, patient_id: str) -> int:
        return next((row for row, p in enumerate(self.rows()) if p.patient_id == patient_id), -1)

    def status_of(self, patient: Patient) -> ExportStatus | None:
        survey = self._surveys.get(patient.patient_id)
        if survey is not None:
            return survey.status
        latest = latest_record(patient)
        return None if latest is None else latest.status

    def cell(self, row: Patient, column: int, role: int) -> object:
        patient, column = row, Column(column)
        if role == PATIENT_ID_ROLE:
            return patient.patient_id
        if role == STATUS_ROLE:
            status = self.status_of(patient)
            return None if status is None else status.value
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(patient, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.header_text(column)}: {self._text(patient, column)}"
        if role == Qt.ItemDataRole.FontRole and column is Column.STATUS:
            status = self.status_of(patient)
            if status is not None and status.is_warning:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            return translate("Desk", "Key %1, confirmed on %2").replace("%1", patient.fingerprint).replace(
                "%2", day_text(patient.confirmed_at))
        return None

    def _text(self, patient: Patient, column: Column) -> str:
        if column is Column.NAME:
            return patient.display_name
        latest = latest_record(patient)
        if column is Column.LATEST:
            if latest is None:
                return translate("Desk", "none yet")
            return day_text(latest.generated_at or latest.opened_at)
        if column is Column.STATUS:
            return status_text(self.status_of(patient))
        survey = self._surveys.get(patient.patient_id)
        if latest is None:
            return "–"
        if survey is None:
            return translate("Desk", "checking…")
        return "–" if survey.open_flags is None else str(survey.open_flags)
