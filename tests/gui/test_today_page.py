"""The Today page in the real window: next session, what is due, flags kept when discussed, mood, lock."""

from __future__ import annotations

from datetime import timedelta
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.demo.demo_history import fill_demo_history
from companion.domain.clock import FakeClock
from companion.domain.instruments import Instrument, progress
from companion.domain.preferences import TEXT_SCALE, Preferences
from companion.paths import DataPaths
from companion.storage.attention import FlagView, current_flags
from companion.storage.care_plans import CarePlanRepository
from companion.storage.checkins import CheckinRepository, DailyMoodRecord
from companion.storage.preferences_file import PreferencesFile
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.vault import OpenVault
from companion.ui.formatting import weekday_text
from companion.ui.main_window import AppWindow
from companion.ui.today.today_page import TodayPage
from tests.gui.conftest import Render, UnlockedWindowFactory, controls_without_accessible_names
from tests.gui.database_helpers import run_in_db
from tests.gui.session_screens import outside_viewport

T = TypeVar("T")
TIMEOUT_MS = 60_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")




def today_of(qtbot: QtBot, window: AppWindow) -> TodayPage:
    page = window.today_page
    assert isinstance(page, TodayPage)
    qtbot.waitUntil(lambda: page.data() is not None, timeout=TIMEOUT_MS)
    return page


def reload(qtbot: QtBot, page: TodayPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT_MS):
        page.reload()
    settle()


def settle() -> None:
    # New rows are shown and laid out over two turns of the event loop.
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def demo_window(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock
) -> AppWindow:
    window = open_unlocked_window()
    today_of(qtbot, window)
    now = fake_clock.now()
    run_in_db(qtbot, window.controller, lambda vault: fill_demo_history(vault, weeks=8, now=now))
    return window


def _flags(qtbot: QtBot, window: AppWindow, fake_clock: FakeClock) -> list[FlagView]:
    now = fake_clock.now()

    def job(vault: OpenVault) -> list[FlagView]:
        plan = CarePlanRepository(vault.database).current()
        assert plan is not None
        return current_flags(vault.database, plan.plan, now)

    return run_in_db(qtbot, window.controller, job)


def test_empty_vault_says_there_is_no_plan_and_nothing_is_due(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, render: Render
) -> None:
    window = open_unlocked_window()
    page = today_of(qtbot, window)
    settle()
    assert window.main_shell().current_page_key() == "today"
    assert "no care plan" in page.next_text.text()
    assert page.due_text.text() == "Nothing is due today."
    assert page.flag_list.rows == []
    assert page.flag_list.summary.text() == "Nothing needs attention right now."
    assert page.scores_text.text() == "No questionnaires yet."
    assert not controls_without_accessible_names(page)
    render(window, "today_empty")


def test_next_session_scores_and_due_questionnaires(
    qtbot: QtBot, demo_window: AppWindow, fake_clock: FakeClock, render: Render
) -> None:
    page = today_of(qtbot, demo_window)
    reload(qtbot, page)
    now = fake_clock.now()
    today = now.astimezone().date()
    days = [today + timedelta(days=offset) for offset in range(8)]
    data = page.data()
    assert data is not None and data.plan is not None
    session_today = data.session_today
    expected_day = next(day for day in days[1 if session_today else 0:]
                        if day.weekday() in data.plan.planned_weekdays)
    assert weekday_text(expected_day) in page.next_text.text()

    latest = run_in_db(qtbot, demo_window.controller, lambda vault: {
        instrument: QuestionnaireRepository(vault.database).latest(instrument)
        for instrument in (Instrument.PHQ9, Instrument.GAD7)})
    for instrument, name in ((Instrument.PHQ9, "PHQ-9"), (Instrument.GAD7, "GAD-7")):
        record = latest[instrument]
        assert record is not None, "the demo history has weekly questionnaires"
        line = next(line for line in page.scores_text.text().splitlines() if line.startswith(name))
        assert f"{record.score.total} of " in line and record.score.band.label.lower() in line
        due = record.completed_at + timedelta(days=7) <= now
        assert (f"{name}:" in page.due_text.text()) is due
    # The demo's PHQ-9 falls from 16 to about 8: compared with the first one, with the clinical words.
    baseline = run_in_db(qtbot, demo_window.controller,
                         lambda vault: QuestionnaireRepository(vault.database).baseline(Instrument.PHQ9))
    phq9 = latest[Instrument.PHQ9]
    assert baseline is not None and phq9 is not None
    moved = progress(Instrument.PHQ9, baseline.score.total, phq9.score.total)
    lines = page.scores_text.text().splitlines()
    comparison = lines[lines.index(next(line for line in lines if line.startswith("PHQ-9"))) + 1]
    assert f"than the first one ({baseline.score.total} on " in comparison
    assert ("a response" in comparison) is bool(moved.response)
    assert ("remission" in comparison) is bool(moved.remission)
    render(demo_window, "today_demo")
    page.scroll_area.ensureWidgetVisible(page.scores_box)
    render(demo_window, "today_scores")

    # A week and a day later every questionnaire is due again.
    fake_clock.advance(8 * 24 * 3600)
    reload(qtbot, page)
    assert "PHQ-9: last one on" in page.due_text.text()
    assert "GAD-7: last one on" in page.due_text.text()
    assert page.checkins_button.isVisible()
    qtbot.mouseClick(page.checkins_button, Qt.MouseButton.LeftButton)
    assert demo_window.main_shell().current_page_key() == "checkins"


def test_flags_are_shown_and_marking_one_discussed_keeps_it(
    qtbot: QtBot, demo_window: AppWindow, fake_clock: FakeClock, render: Render
) -> None:
    page = today_of(qtbot, demo_window)
    reload(qtbot, page)
    flags = _flags(qtbot, demo_window, fake_clock)
    assert flags and all(view.is_open for view in flags)
    assert [row.key for row in page.flag_list.rows] == [view.flag.key for view in flags]
    assert not any(row.is_discussed for row in page.flag_list.rows)
    assert str(len(flags)) in page.flag_list.summary.text() or len(flags) == 1
    first = page.flag_list.rows[0]
    assert first.text.text() == flags[0].flag.text
    render(demo_window, "today_flags")

    key = first.key
    assert first.discussed_button is not None
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT_MS):
        qtbot.mouseClick(first.discussed_button, Qt.MouseButton.LeftButton)
    settle()

    row = page.flag_list.row_for(key)  # still there
    assert row.is_discussed
    assert "Discussed with your clinician on" in row.status.text()
    assert len(page.flag_list.rows) == len(flags)
    assert page.flag_list.discussed_heading.isVisible()
    stored = {view.flag.key: view for view in _flags(qtbot, demo_window, fake_clock)}
    assert stored[key].discussed_at == fake_clock.now()
    assert all(view.is_open for other, view in stored.items() if other != key)
    page.scroll_area.ensureWidgetVisible(row)
    render(demo_window, "today_flag_discussed")


def test_a_flag_about_a_session_opens_that_session_in_history(
    qtbot: QtBot, demo_window: AppWindow, fake_clock: FakeClock, render: Render
) -> None:
    page = today_of(qtbot, demo_window)
    reload(qtbot, page)
    about_sessions = [view for view in _flags(qtbot, demo_window, fake_clock) if view.session_id is not None]
    assert about_sessions, "the demo history has flags about sessions"
    wanted = about_sessions[-1]
    row = page.flag_list.row_for(wanted.flag.key)
    assert row.session_button is not None
    history = demo_window.history_page
    assert history is not None
    with qtbot.waitSignal(history.detail_loaded, timeout=TIMEOUT_MS) as shown:
        qtbot.mouseClick(row.session_button, Qt.MouseButton.LeftButton)
    assert shown.args == [wanted.session_id]
    assert demo_window.main_shell().current_page_key() == "history"
    detail = history.detail.toPlainText()
    assert "To mention to your clinician" in detail and wanted.flag.text in detail
    render(demo_window, "today_flag_opens_session")
    # Flags about a questionnaire have no session to open.
    for view in _flags(qtbot, demo_window, fake_clock):
        if view.session_id is None:
            assert page.flag_list.row_for(view.flag.key).session_button is None


def test_quick_mood_is_saved_and_shown(
    qtbot: QtBot, demo_window: AppWindow, fake_clock: FakeClock, render: Render
) -> None:
    page = today_of(qtbot, demo_window)
    reload(qtbot, page)
    form = page.mood_form
    assert not form.save_button.isEnabled()  # nothing pre-filled: a mood first
    form.rating.choose(7)
    assert form.save_button.isEnabled()
    qtbot.keyClicks(form.note, "Walked by the river")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT_MS):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle()

    since = fake_clock.now() - timedelta(minutes=1)
    moods: list[DailyMoodRecord] = run_in_db(
        qtbot, demo_window.controller,
        lambda vault: CheckinRepository(vault.database).daily_moods(since=since))
    assert [(m.mood, m.note, m.recorded_at) for m in moods] == [(7, "Walked by the river", fake_clock.now())]
    assert form.note.text() == "" and form.rating.value() is None  # ready for another
    assert form.saved_today.isVisible() and "7 at" in form.saved_today.text()
    page.scroll_area.ensureWidgetVisible(form)
    render(demo_window, "today_mood_saved")


def test_lock_clears_today(qtbot: QtBot, demo_window: AppWindow) -> None:
    page = today_of(qtbot, demo_window)
    reload(qtbot, page)
    page.mood_form.note.setText("private words")
    assert page.flag_list.rows and page.scores_text.text()

    demo_window.lock_now()

    assert page.data() is None
    assert page.flag_list.rows == []
    assert page.scores_text.text() == "" and page.due_text.text() == "" and page.next_text.text() == ""
    assert page.mood_form.note.text() == ""


def test_flags_fit_sideways_at_200_percent_text(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, data_paths: DataPaths, fake_clock: FakeClock,
    render: Render,
) -> None:
    """At 200 % text in a 1024×768 window the page scrolls only up and down; every flag button is whole."""
    data_paths.base.mkdir(parents=True, exist_ok=True)
    PreferencesFile(data_paths.preferences_file).save(Preferences().with_value(TEXT_SCALE, 200))
    window = open_unlocked_window()
    window.resize(1024, 768)
    page = today_of(qtbot, window)
    now = fake_clock.now()
    run_in_db(qtbot, window.controller, lambda vault: fill_demo_history(vault, weeks=8, now=now))
    reload(qtbot, page)
    assert page.flag_list.rows, "the demo history raises flags"
    assert not page.scroll_area.horizontalScrollBar().isVisible()
    assert window.minimumSizeHint().width() <= 1024
    for row in page.flag_list.rows:
        page.scroll_area.ensureWidgetVisible(row)
        settle()
        for button in (row.discussed_button, row.session_button):
            if button is not None:
                assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut"
                assert not outside_viewport(button), f"{button.text()!r} is outside the page"
    page.scroll_area.ensureWidgetVisible(page.flag_list.rows[0])
    render(window, "today_flags_200")
    page.scroll_area.ensureWidgetVisible(page.mood_form.save_button)
    settle()
    assert not outside_viewport(page.mood_form.save_button)
    render(window, "today_mood_200")
