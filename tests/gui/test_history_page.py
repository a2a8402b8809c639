"""The History page in the real window: charts with one point per record, the table, the detail, lock.

Expected counts come from the repositories, read through the same database thread, never from
numbers written here: the demo history may change and these tests still say whether the page shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.demo.demo_history import fill_demo_history
from companion.domain.clock import FakeClock
from companion.domain.instruments import Instrument, definition, progress
from companion.storage.checkins import CheckinRepository
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.sessions import SessionRepository
from companion.storage.vault import OpenVault
from companion.ui.history.history_page import HistoryPage
from companion.ui.history.session_table_model import SESSION_ID_ROLE, SORT_ROLE, Column
from companion.ui.main_window import AppWindow
from tests.gui.conftest import Render, UnlockedWindowFactory, controls_without_accessible_names
from tests.gui.database_helpers import run_in_db

T = TypeVar("T")
TIMEOUT_MS = 60_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")




@dataclass(frozen=True)
class Expected:
    """What the vault holds, counted straight from the repositories."""

    sessions: int
    dosed: int
    phq9: int
    gad7: int
    mood_before: int
    mood_after: int
    pre_dose: int
    recheck: int
    final: int
    highest_systolic: int


def expected(vault: OpenVault) -> Expected:
    sessions = SessionRepository(vault.database)
    checkins = CheckinRepository(vault.database)
    questionnaires = QuestionnaireRepository(vault.database)
    summaries = sessions.list_sessions()
    kinds: dict[str, int] = {"pre_dose": 0, "recheck": 0, "final": 0}
    highest = 0
    for summary in summaries:
        readings = sessions.vitals(summary.id)
        for kind in kinds:
            kinds[kind] += any(reading.kind == kind for reading in readings)
        highest = max([highest, *(reading.bp.systolic for reading in readings)])
    return Expected(
        sessions=len(summaries),
        dosed=sum(summary.dose_at is not None for summary in summaries),
        phq9=len(questionnaires.history(Instrument.PHQ9)),
        gad7=len(questionnaires.history(Instrument.GAD7)),
        mood_before=sum(sessions.baseline(summary.id) is not None for summary in summaries),
        mood_after=sum(checkins.post_session_log(summary.id) is not None for summary in summaries),
        pre_dose=kinds["pre_dose"], recheck=kinds["recheck"], final=kinds["final"],
        highest_systolic=highest,
    )


def open_history(qtbot: QtBot, window: AppWindow) -> HistoryPage:
    page = window.history_page
    assert isinstance(page, HistoryPage)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT_MS):
        window.main_shell().show_page("history")
    settle()
    return page


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def show_tab(page: HistoryPage, widget: QWidget) -> None:
    page.tabs.setCurrentWidget(widget)
    settle()


@pytest.fixture
def filled(qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock,
           request: pytest.FixtureRequest) -> tuple[AppWindow, Expected]:
    weeks: int = request.param
    window = open_unlocked_window()
    now = fake_clock.now()

    def fill(vault: OpenVault) -> Expected:
        fill_demo_history(vault, weeks=weeks, now=now)
        return expected(vault)

    return window, run_in_db(qtbot, window.controller, fill)


def test_empty_history_renders_calmly(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, render: Render
) -> None:
    window = open_unlocked_window()
    page = open_history(qtbot, window)
    assert page.model.rowCount() == 0
    assert "No sessions yet" in page.summary.text()
    for chart in (page.score_charts[Instrument.PHQ9], page.score_charts[Instrument.GAD7]):
        assert chart.isVisibleTo(page) and chart.empty_label.isVisibleTo(page)
        assert chart.score_series is None and chart.chart_.series() == []
    assert not page.score_charts[Instrument.PCL5].isVisibleTo(page)  # not in any plan, never answered
    assert not page.progress_label.isVisibleTo(page)  # nothing to compare
    assert page.mood_chart.before_series is None and page.bp_chart.reading_series == []
    assert not controls_without_accessible_names(page)
    render(window, "history_empty_scores")
    show_tab(page, page.bp_chart)
    assert page.bp_chart.empty_label.isVisible()
    render(window, "history_empty_bp")
    show_tab(page, page.sessions_split)
    render(window, "history_empty_sessions")


@pytest.mark.parametrize(("filled", "name"), [(8, "history"), (104, "history_long")], indirect=["filled"])
def test_charts_have_a_point_per_record(
    qtbot: QtBot, filled: tuple[AppWindow, Expected], name: str, render: Render
) -> None:
    window, counts = filled
    assert counts.phq9 and counts.gad7 and counts.mood_after, "the demo history has questionnaires and logs"
    page = open_history(qtbot, window)
    assert page.model.rowCount() == counts.sessions

    for instrument, total in ((Instrument.PHQ9, counts.phq9), (Instrument.GAD7, counts.gad7)):
        chart = page.score_charts[instrument]
        assert chart.score_series is not None and chart.session_series is not None
        assert chart.score_series.count() == total
        assert chart.session_series.count() == counts.dosed  # a mark on each session day
        assert len(chart.band_series) == len(chart.spec.bands)
        assert chart.band_axis.categoriesLabels() == [
            band.band.label for band in chart.spec.bands]
        assert not chart.empty_label.isVisible()
    data = page.data()
    assert data is not None
    for instrument in (Instrument.PHQ9, Instrument.GAD7):  # first → latest, in the engine's words
        points = data.scores[instrument]
        moved = progress(instrument, points[0].total, points[-1].total)
        line = next(line for line in page.progress_label.text().splitlines()
                    if line.startswith(definition(instrument).short_name))
        assert f"now {points[-1].total}:" in line and f"the first one ({points[0].total} on" in line
        assert ("a response" in line) is bool(moved.response)
    render(window, f"{name}_scores")

    show_tab(page, page.mood_chart)
    assert page.mood_chart.before_series is not None and page.mood_chart.after_series is not None
    assert page.mood_chart.before_series.count() == counts.mood_before
    assert page.mood_chart.after_series.count() == counts.mood_after
    render(window, f"{name}_mood")

    show_tab(page, page.bp_chart)
    series = page.bp_chart.reading_series
    # Systolic and diastolic for before the dose, the re-check and the end.
    assert [s.count() for s in series] == [counts.pre_dose] * 2 + [counts.recheck] * 2 + [counts.final] * 2
    data = page.data()
    assert data is not None and data.plan is not None
    limits = {data.plan.stop_systolic_above, data.plan.caution_systolic_above,
              data.plan.stop_diastolic_above, data.plan.caution_diastolic_above}
    assert len(page.bp_chart.limit_series) == len(limits)
    assert page.bp_chart.y_axis.max() > counts.highest_systolic
    render(window, f"{name}_bp")

    show_tab(page, page.sessions_split)
    render(window, f"{name}_sessions")


@pytest.mark.parametrize("filled", [8], indirect=True)
def test_table_sorts_and_shows_a_session_in_full(
    qtbot: QtBot, filled: tuple[AppWindow, Expected], render: Render
) -> None:
    window, counts = filled
    page = open_history(qtbot, window)
    show_tab(page, page.sessions_split)
    proxy = page.proxy
    ids = [proxy.index(row, 0).data(SESSION_ID_ROLE) for row in range(proxy.rowCount())]
    starts = [proxy.index(row, Column.DATE).data(SORT_ROLE) for row in range(proxy.rowCount())]
    assert starts == sorted(starts, reverse=True)  # newest first by default
    assert len(ids) == counts.sessions

    page.table.sortByColumn(Column.BLOOD_PRESSURE, Qt.SortOrder.DescendingOrder)
    top = proxy.index(0, Column.BLOOD_PRESSURE).data()
    assert str(counts.highest_systolic) in str(top)
    page.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)

    # The session where the sitter was worried and help was used.
    row = next(r for r in range(proxy.rowCount())
               if "help used" in str(proxy.index(r, Column.OUTCOME).data()))
    session_id = proxy.index(row, 0).data(SESSION_ID_ROLE)
    with qtbot.waitSignal(page.detail_loaded, timeout=TIMEOUT_MS) as blocker:
        page.table.selectRow(row)
    assert blocker.args == [session_id]
    settle()

    details = run_in_db(qtbot, window.controller, lambda vault: (
        SessionRepository(vault.database).vitals(session_id),
        SessionRepository(vault.database).checklist_answers(session_id),
        CheckinRepository(vault.database).post_session_log(session_id),
        SessionRepository(vault.database).session_record(session_id)))
    vitals, answers, log, record = details
    text = page.detail.toPlainText()
    # The session record (DESIGN.md §3), as the export reads it (the demo kit has an oximeter).
    assert record.spo2_lowest is not None
    assert f"Lot number\n{record.lot_number or 'not recorded'}" in text
    assert f"Oxygen level (SpO2), lowest\n{record.spo2_lowest} %" in text
    for heading in ("Session record", "Before the session", "Blood pressure and heart rate",
                    "Sitter check-ins", "Help used", "After the session", "Next-day check-in"):
        assert heading in text
    assert "sitter worried" in text and "Distress" in text
    assert "Is your sitter with you now" in text and len(answers) > 3
    for reading in vitals:
        assert f"{reading.bp.systolic}/{reading.bp.diastolic}" in text
    if log is not None:
        assert f"Mood {log.log.mood}, anxiety {log.log.anxiety}" in text
    render(window, "history_detail")


@pytest.mark.parametrize("filled", [8], indirect=True)
def test_lock_clears_history(qtbot: QtBot, filled: tuple[AppWindow, Expected]) -> None:
    window, _counts = filled
    page = open_history(qtbot, window)
    show_tab(page, page.sessions_split)
    with qtbot.waitSignal(page.detail_loaded, timeout=TIMEOUT_MS):
        page.table.selectRow(0)
    assert page.model.rowCount() and "Session of" in page.detail.toPlainText()

    window.lock_now()

    assert page.data() is None
    assert page.model.rowCount() == 0
    assert "Session of" not in page.detail.toPlainText()
    assert page.score_charts[Instrument.PHQ9].score_series is None
    assert page.score_charts[Instrument.PHQ9].chart_.series() == []
    assert page.mood_chart.chart_.series() == [] and page.bp_chart.chart_.series() == []
    assert page.summary.text() == ""
