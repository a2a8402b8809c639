"""The session table: one row per session, newest first by default, sortable on every column.

Display text is for people; :data:`SORT_ROLE` gives a value that sorts correctly (times, numbers, with
"not recorded" before every number). Sort it through a QSortFilterProxyModel with ``setSortRole``.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from companion.domain.flags import Severity
from companion.domain.session import SessionState
from companion.services.history import SessionRow
from companion.ui.formatting import (
    day_and_time_text,
    day_text,
    flag_short_text,
    session_note_text,
    state_text,
)
from companion.ui.models.row_table_model import RowTableModel

if TYPE_CHECKING:
    from companion.domain.vitals import BloodPressure

SORT_ROLE = Qt.ItemDataRole.UserRole
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NOT_RECORDED = -1  # sorts before every real value


class Column(IntEnum):
    DATE = 0
    MINUTES = 1  # monitored after the dose
    MOOD = 2  # before → after; sorts by the change
    BLOOD_PRESSURE = 3  # before the dose · re-check · end; sorts by the highest systolic
    OUTCOME = 4  # how it ended and what the clinician should see; sorts by how much there is to see


_HEADERS = {  # short: the table fits beside the navigation on a laptop screen
    Column.DATE: str(QT_TRANSLATE_NOOP("History", "Date")),
    Column.MINUTES: str(QT_TRANSLATE_NOOP("History", "Minutes")),
    Column.MOOD: str(QT_TRANSLATE_NOOP("History", "Mood\nbefore → after")),
    Column.BLOOD_PRESSURE: str(QT_TRANSLATE_NOOP("History", "Blood pressure\nbefore · re-check · end")),
    Column.OUTCOME: str(QT_TRANSLATE_NOOP("History", "What happened")),
}
_HEADER_TIPS = {
    Column.MINUTES: str(QT_TRANSLATE_NOOP("History", "Minutes monitored after the dose.")),
    Column.MOOD: str(QT_TRANSLATE_NOOP("History", "Sorts by how much the mood changed.")),
    Column.BLOOD_PRESSURE: str(QT_TRANSLATE_NOOP(
        "History", "Sorts by the highest upper (systolic) number of the session.")),
    Column.OUTCOME: str(QT_TRANSLATE_NOOP(
        "History", "Sorts by the most serious thing to mention to the clinician, then how many.")),
}
_NUMERIC = frozenset({Column.MINUTES})


def _bp_text(bp: BloodPressure | None) -> str:
    return "—" if bp is None else f"{bp.systolic}/{bp.diastolic}"


def _readings_text(row: SessionRow) -> str:
    readings = (row.pre_dose, row.recheck, row.final)
    return "" if not any(readings) else " · ".join(_bp_text(bp) for bp in readings)


def _highest_systolic(row: SessionRow) -> int:
    values = [bp.systolic for bp in (row.pre_dose, row.recheck, row.final) if bp is not None]
    return max(values, default=_NOT_RECORDED)


def _mood_text(row: SessionRow) -> str:
    if row.mood_before is None and row.mood_after is None:
        return ""
    before = "—" if row.mood_before is None else str(row.mood_before)
    after = "—" if row.mood_after is None else str(row.mood_after)
    return f"{before} → {after}"


def _mood_change(row: SessionRow) -> float:
    if row.mood_before is None or row.mood_after is None:
        return -100.0  # below every real change (-10..10)
    return float(row.mood_after - row.mood_before)


def _outcome_text(row: SessionRow) -> str:
    """How it ended, then what needs attention (most severe first), then other facts, each kind once."""
    names = [state_text(row.state)]
    parts = [flag_short_text(view.flag.rule) for view in row.attention]
    parts += [session_note_text(note) for note in row.notes]
    for text in parts:
        if text not in names and text.lower() != names[0].lower():
            names.append(text)
    if len(names) == 1:
        return names[0]
    if row.state is SessionState.COMPLETED:  # the usual ending goes without saying: room for the rest
        rest = ", ".join(names[1:])
        return rest[0].upper() + rest[1:]
    return f"{names[0]} · {', '.join(names[1:])}"


def _outcome_sort_value(row: SessionRow) -> int:
    """Sessions with the most severe open flag last in ascending order, then by how much there is to see."""
    open_flags = [view.flag for view in row.attention if view.is_open]
    worst = min((flag.severity.rank for flag in open_flags), default=len(Severity))
    weight = (len(Severity) - worst) * 10_000 + len(row.attention) * 100 + len(row.notes) * 10
    return weight + list(SessionState).index(row.state)


class SessionTableModel(RowTableModel[SessionRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([_HEADERS[column] for column in Column], "History",
                         tips={int(column): tip for column, tip in _HEADER_TIPS.items()}, parent=parent)

    def header_alignment(self, column: int) -> int:
        return self._alignment(Column(column))

    def cell(self, row: SessionRow, column: int, role: int) -> object:
        column = Column(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == SESSION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.OUTCOME:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DATE:
            return day_and_time_text(row.created_at)
        return None

    # --- values ----------------------------------------------------------------------------------

    @staticmethod
    def _alignment(column: Column) -> int:
        horizontal = Qt.AlignmentFlag.AlignRight if column in _NUMERIC else Qt.AlignmentFlag.AlignLeft
        return int((horizontal | Qt.AlignmentFlag.AlignVCenter).value)

    @staticmethod
    def _display(row: SessionRow, column: Column) -> str:
        if column == Column.DATE:
            return day_text(row.created_at)  # the time is in the detail view
        if column == Column.MINUTES:
            return "" if row.minutes_monitored is None else str(row.minutes_monitored)
        if column == Column.MOOD:
            return _mood_text(row)
        if column == Column.BLOOD_PRESSURE:
            return _readings_text(row)
        return _outcome_text(row)

    @staticmethod
    def _sort_value(row: SessionRow, column: Column) -> object:
        if column == Column.DATE:
            return row.created_at.timestamp()
        if column == Column.MINUTES:
            return _NOT_RECORDED if row.minutes_monitored is None else row.minutes_monitored
        if column == Column.MOOD:
            return _mood_change(row)
        if column == Column.BLOOD_PRESSURE:
            return _highest_systolic(row)
        return _outcome_sort_value(row)
