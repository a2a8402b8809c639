"""The session record as a table: one row per session, in the shape of the Spravato REMS monitoring form.

The columns follow DESIGN.md §3's session record: medication, dose and route, lot, time of dose,
minutes monitored (against the plan's minimum), when the recovery check passed, vital signs acceptable
before and at the end, blood pressure before / at the first re-check / at the end, the lowest SpO2,
sedation / dissociation / slow breathing, other medicines today, the sitter's check-ins, and how it
ended. Nothing is left blank: a field a session did not record says so. Oldest first, as the export.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from companion.desk.export_records import DeskSession
from companion.domain.care_plan import Route
from companion.domain.checklist import MedicineCategory
from companion.ui.core_text import number_text
from companion.ui.desk.desk_texts import bp_text, day_and_time_text, yes_no_text
from companion.ui.formatting import state_text
from companion.ui.i18n import translate
from companion.ui.models.row_table_model import RowTableModel
from companion.ui.time_format import clock_text

SESSION_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    DATE = 0
    MEDICATION = 1
    LOT = 2
    MONITORED = 3
    READY = 4
    VITALS_OK = 5
    BLOOD_PRESSURE = 6
    SPO2 = 7
    OBSERVED = 8
    MEDICINES = 9
    CHECKINS = 10
    OUTCOME = 11


_HEADERS = {
    Column.DATE: str(QT_TRANSLATE_NOOP("Desk", "Time of dose")),
    Column.MEDICATION: str(QT_TRANSLATE_NOOP("Desk", "Medication,\ndose, route")),
    Column.LOT: str(QT_TRANSLATE_NOOP("Desk", "Lot")),
    Column.MONITORED: str(QT_TRANSLATE_NOOP("Desk", "Minutes\nmonitored")),
    Column.READY: str(QT_TRANSLATE_NOOP("Desk", "Ready to\nbe left")),
    Column.VITALS_OK: str(QT_TRANSLATE_NOOP("Desk", "Vitals acceptable\nbefore · end")),
    Column.BLOOD_PRESSURE: str(QT_TRANSLATE_NOOP("Desk", "Blood pressure\nbefore · re-check · end")),
    Column.SPO2: str(QT_TRANSLATE_NOOP("Desk", "SpO2\nlowest")),
    Column.OBSERVED: str(QT_TRANSLATE_NOOP("Desk", "Sedation · dissociation\n· slow breathing")),
    Column.MEDICINES: str(QT_TRANSLATE_NOOP("Desk", "Other medicines\ntoday")),
    Column.CHECKINS: str(QT_TRANSLATE_NOOP("Desk", "Check-ins\nconfirmed · missed")),
    Column.OUTCOME: str(QT_TRANSLATE_NOOP("Desk", "How it ended")),
}
_HEADER_TIPS = {
    Column.MONITORED: str(QT_TRANSLATE_NOOP("Desk", "Minutes monitored after the dose, of the minimum.")),
    Column.READY: str(QT_TRANSLATE_NOOP("Desk", "When the recovery check passed (ready to be left).")),
    Column.BLOOD_PRESSURE: str(QT_TRANSLATE_NOOP(
        "Desk", "Before the dose, at the care plan's first re-check (40 minutes by default), at the end.")),
    Column.OBSERVED: str(QT_TRANSLATE_NOOP("Desk", "What the sitter recorded at any check-in.")),
}
_ROUTES = {
    Route.SUBLINGUAL: str(QT_TRANSLATE_NOOP("Desk", "sublingual")),
    Route.ORAL: str(QT_TRANSLATE_NOOP("Desk", "oral")),
    Route.INTRANASAL: str(QT_TRANSLATE_NOOP("Desk", "intranasal")),
    Route.INTRAMUSCULAR: str(QT_TRANSLATE_NOOP("Desk", "intramuscular")),
}
_MEDICINES = {
    MedicineCategory.BENZODIAZEPINES: str(QT_TRANSLATE_NOOP("Desk", "benzodiazepines")),
    MedicineCategory.SLEEPING_PILLS: str(QT_TRANSLATE_NOOP("Desk", "other sleeping pills")),
    MedicineCategory.STIMULANTS: str(QT_TRANSLATE_NOOP("Desk", "stimulants")),
    MedicineCategory.MAOIS: str(QT_TRANSLATE_NOOP("Desk", "MAOIs")),
    MedicineCategory.OPIOIDS: str(QT_TRANSLATE_NOOP("Desk", "opioids")),
}
assert set(_ROUTES) == set(Route) and set(_MEDICINES) == set(MedicineCategory)


def _medication(session: DeskSession) -> str:
    if session.medication is None and session.dose_mg is None:
        return translate("Desk", "no dose taken")
    parts = [session.medication or translate("Desk", "not recorded")]
    if session.dose_mg is not None:
        parts.append(translate("Desk", "%1 mg").replace("%1", number_text(session.dose_mg)))
    if session.route is not None:
        parts.append(translate("Desk", _ROUTES[session.route]))
    return " ".join(parts)


def _monitored(session: DeskSession) -> str:
    if session.minutes_monitored is None:
        return translate("Desk", "not recorded")
    if session.minimum_monitoring_minutes is None:
        return str(session.minutes_monitored)
    return translate("Desk", "%1 of %2").replace("%1", str(session.minutes_monitored)).replace(
        "%2", str(session.minimum_monitoring_minutes))


def _medicines(session: DeskSession) -> str:
    if session.other_medicines_taken is None:
        return translate("Desk", "not recorded")
    if not session.other_medicines_taken:
        return translate("Desk", "None")
    names = [translate("Desk", _MEDICINES[category]) for category in session.other_medicines]
    if session.other_medicine_names:
        names.append(session.other_medicine_names)
    return ", ".join(names) or translate("Desk", "Yes")


def _count(value: int | None) -> str:
    return "–" if value is None else str(value)


def _outcome(session: DeskSession) -> str:
    state = state_text(session.state)
    return state if not session.end_reason else f"{state}: {session.end_reason}"


def cell_text(session: DeskSession, column: Column) -> str:
    """What a cell shows (also its accessible text)."""
    if column is Column.DATE:
        moment = session.dose_at or session.at
        return translate("Desk", "not recorded") if moment is None else day_and_time_text(moment)
    if column is Column.MEDICATION:
        return _medication(session)
    if column is Column.LOT:
        return session.lot_number or translate("Desk", "not recorded")
    if column is Column.MONITORED:
        return _monitored(session)
    if column is Column.READY:
        return translate("Desk", "not recorded") if session.ready_at is None else clock_text(session.ready_at)
    if column is Column.VITALS_OK:
        return " · ".join(yes_no_text(v) for v in (session.vitals_acceptable_before,
                                                    session.vitals_acceptable_at_end))
    if column is Column.BLOOD_PRESSURE:
        return " · ".join(bp_text(bp) for bp in (session.bp_before, session.bp_recheck, session.bp_end))
    if column is Column.SPO2:
        if session.spo2_lowest is None:
            return translate("Desk", "not measured")
        return f"{session.spo2_lowest}\u00a0%"
    if column is Column.OBSERVED:
        observed = (session.sedation, session.dissociation, session.slow_breathing)
        return " · ".join(yes_no_text(value) for value in observed)
    if column is Column.MEDICINES:
        return _medicines(session)
    if column is Column.CHECKINS:
        return f"{_count(session.checkins_confirmed)} · {_count(session.checkins_missed)}"
    return _outcome(session)


class SessionRecordModel(RowTableModel[DeskSession]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([_HEADERS[column] for column in Column], "Desk",
                         tips={int(column): tip for column, tip in _HEADER_TIPS.items()}, parent=parent)

    def set_sessions(self, sessions: Sequence[DeskSession]) -> None:
        self.set_rows(sessions)

    def session_at(self, row: int) -> DeskSession:
        return self.row_at(row)

    def cell(self, row: DeskSession, column: int, role: int) -> object:
        column = Column(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.header_text(column).replace(chr(10), ' ')}: {cell_text(row, column)}"
        if role == SESSION_KEY_ROLE:
            return row.key
        return None
