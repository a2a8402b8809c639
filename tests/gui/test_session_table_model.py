"""The History session table model: Qt's model checks, what each column shows, and how it sorts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from companion.domain.flags import RULES_BY_ID, Flag, FlagRule
from companion.domain.session import SessionState
from companion.domain.vitals import BloodPressure
from companion.services.history import SessionRow
from companion.storage.attention import FlagView
from companion.ui.formatting import FLAG_SHORT_TEXTS
from companion.ui.history.session_table_model import (
    SESSION_ID_ROLE,
    SORT_ROLE,
    Column,
    SessionTableModel,
)

START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def _view(session_id: int, rule: FlagRule, *, discussed: bool = False) -> FlagView:
    flag = Flag(rule, RULES_BY_ID[rule].severity, "The engine's sentence.", "session", session_id, START)
    return FlagView(flag, START if discussed else None, session_id)


def _row(session_id: int, *, day: int, mood: tuple[int | None, int | None] = (None, None),
         bp: tuple[BloodPressure | None, ...] = (None, None, None), minutes: int | None = None,
         state: SessionState = SessionState.COMPLETED, flags: tuple[FlagRule, ...] = (),
         notes: tuple[str, ...] = (), discussed: bool = False) -> SessionRow:
    created = START + timedelta(days=day)
    dosed = minutes is not None
    return SessionRow(
        session_id, created, state, created + timedelta(minutes=20) if dosed else None,
        created + timedelta(minutes=20 + (minutes or 0)) if dosed else None, minutes, notes,
        tuple(_view(session_id, rule, discussed=discussed) for rule in flags),
        mood[0], mood[1], *bp,
    )


def _rows() -> list[SessionRow]:
    bp = BloodPressure
    return [
        _row(1, day=0, mood=(4, 7), bp=(bp(120, 80), bp(134, 84), bp(122, 79)), minutes=125),
        _row(2, day=3, mood=(5, 4), bp=(bp(146, 86), bp(150, 88), bp(141, 85)), minutes=121,
             flags=(FlagRule.CHECKIN_MISSED, FlagRule.CAUTION_ACKNOWLEDGED), notes=("sitter_worried",)),
        _row(3, day=7, bp=(bp(166, 96), None, None), state=SessionState.ABANDONED,
             flags=(FlagRule.START_BLOCKED,)),
        _row(4, day=10, mood=(3, None), bp=(bp(118, 76), bp(128, 80), None), minutes=77,
             state=SessionState.ENDED_EARLY, flags=(FlagRule.URGENT_BP,), discussed=True),
        _row(5, day=14, mood=(6, 9), bp=(bp(112, 70), bp(126, 75), bp(115, 72)), minutes=122),
    ]


@pytest.fixture
def model() -> SessionTableModel:
    table = SessionTableModel()
    table.set_rows(_rows())
    return table


def _column(proxy: QSortFilterProxyModel, column: Column,
            role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    return [proxy.index(row, column).data(role) for row in range(proxy.rowCount())]


def _sorted(model: SessionTableModel, column: Column, order: Qt.SortOrder) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(column, order)
    return proxy


def test_model_passes_qt_model_checks(qtmodeltester: ModelTester, model: SessionTableModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_empty_model_and_proxy_pass_qt_model_checks(qtmodeltester: ModelTester) -> None:
    empty = SessionTableModel()
    qtmodeltester.check(empty, force_py=True)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(empty)
    qtmodeltester.check(proxy, force_py=True)


def test_resetting_rows_keeps_the_model_consistent(qtmodeltester: ModelTester) -> None:
    table = SessionTableModel()
    qtmodeltester.check(table, force_py=True)  # observes the resets below
    table.set_rows(_rows())
    table.set_rows(_rows()[:2])
    table.clear()
    assert table.rowCount() == 0


def test_columns_show_what_was_recorded(model: SessionTableModel) -> None:
    def text(row: int, column: Column) -> object:
        return model.index(row, column).data()

    assert text(0, Column.MOOD) == "4 → 7"
    assert text(3, Column.MOOD) == "3 → —"
    assert text(2, Column.MOOD) == ""
    assert text(0, Column.BLOOD_PRESSURE) == "120/80 · 134/84 · 122/79"
    assert text(2, Column.BLOOD_PRESSURE) == "166/96 · — · —"
    assert text(0, Column.MINUTES) == "125"
    assert text(2, Column.MINUTES) == ""
    assert text(0, Column.OUTCOME) == "Completed"
    assert text(2, Column.OUTCOME) == "Not started · start blocked"
    assert text(3, Column.OUTCOME) == "Ended early · urgent blood pressure"
    # Flags in the engine's order (most severe first), then the other facts; "completed" goes without saying.
    assert text(1, Column.OUTCOME) == "Check-in missed, caution acknowledged, sitter worried"
    assert model.index(4, Column.DATE).data(SESSION_ID_ROLE) == 5


def test_sorting_by_date_newest_first(model: SessionTableModel) -> None:
    proxy = _sorted(model, Column.DATE, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, Column.DATE, SESSION_ID_ROLE) == [5, 4, 3, 2, 1]


def test_sorting_by_blood_pressure_uses_the_highest_systolic(model: SessionTableModel) -> None:
    proxy = _sorted(model, Column.BLOOD_PRESSURE, Qt.SortOrder.DescendingOrder)
    # 166 (blocked), 150 (re-check), 134, 128, 126.
    assert _column(proxy, Column.DATE, SESSION_ID_ROLE) == [3, 2, 1, 4, 5]


def test_sorting_by_mood_uses_the_change_and_puts_unrated_last(model: SessionTableModel) -> None:
    proxy = _sorted(model, Column.MOOD, Qt.SortOrder.DescendingOrder)
    ids = _column(proxy, Column.DATE, SESSION_ID_ROLE)
    assert set(ids[:2]) == {1, 5} and ids[2] == 2  # +3, +3, then -1
    assert set(ids[3:]) == {3, 4}  # no change to measure


def test_sorting_by_minutes_monitored_and_by_outcome(model: SessionTableModel) -> None:
    by_minutes = _sorted(model, Column.MINUTES, Qt.SortOrder.AscendingOrder)
    assert _column(by_minutes, Column.MINUTES) == ["", "77", "121", "122", "125"]
    by_outcome = _sorted(model, Column.OUTCOME, Qt.SortOrder.DescendingOrder)
    ids = _column(by_outcome, Column.DATE, SESSION_ID_ROLE)
    # Open flags by their severity first (HIGH, then INFO); a flag already discussed with the clinician
    # no longer leads, but still outranks a session with nothing to see.
    assert ids[:3] == [2, 3, 4] and set(ids[3:]) == {1, 5}


def test_every_flag_rule_has_a_short_name_for_the_table() -> None:
    assert set(FLAG_SHORT_TEXTS) == set(FlagRule)


def test_header_names_the_columns(model: SessionTableModel) -> None:
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in Column]
    assert headers[Column.DATE] == "Date"
    assert "before" in str(headers[Column.MOOD]) and "after" in str(headers[Column.MOOD])
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(len(Column), Qt.Orientation.Horizontal) is None
