"""The post-session log on the Check-ins page: due after a session, saved next to the baseline,
corrected within 24 h, and kept as a flagged new version when changed later."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.storage.checkins import CheckinRepository, PostSessionLogRecord
from companion.ui.session.outcome_views import FinishedView
from tests.gui.checkins_helpers import CheckinsDriver
from tests.gui.conftest import Render, UnlockedWindowFactory


@pytest.fixture
def driver(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock, render: Render
) -> CheckinsDriver:
    window = open_unlocked_window()
    checkins = CheckinsDriver(qtbot, window, fake_clock, render)
    checkins.save_plan()
    return checkins


def _open_log(driver: CheckinsDriver, key: str) -> None:
    driver.act(driver.page.overview.buttons[key].click, "post_session_context_loaded")
    assert driver.page.stack.currentWidget() is driver.page.post_session_log


def _stored(driver: CheckinsDriver, session_id: int) -> PostSessionLogRecord:
    record = driver.run_in_database(
        lambda vault: CheckinRepository(vault.database).post_session_log(session_id))
    assert record is not None
    return record


def test_a_log_is_due_saved_and_shown_next_to_the_baseline(driver: CheckinsDriver) -> None:
    driver.open()
    assert "post_session_log" not in driver.page.overview.buttons  # no session yet: nothing to log
    session_id = driver.add_session(mood=5, anxiety=6)
    driver.reload()
    assert "post_session_log" in driver.page.overview.buttons
    driver.render("checkins_overview_due")

    _open_log(driver, "post_session_log")
    form = driver.page.post_session_log
    assert form.mood.before.text() == "Before the session: 5"
    assert form.anxiety.before.text() == "Before the session: 6"
    assert form.energy.before.isHidden() and form.peak_intensity.before.isHidden()
    assert all(choice.value() == "none" for choice in form.side_effects.values())  # the easy default
    assert not form.save_button.isEnabled() and form.missing.isVisible()  # only the ratings are needed
    driver.render("checkins_post_session_log_empty")

    form.mood.choose(7)
    form.anxiety.choose(3)
    form.energy.choose(4)
    assert not form.save_button.isEnabled()
    form.peak_intensity.choose(8)
    form.side_effects["nausea"].set_value("mild")
    form.side_effects["other"].set_value("moderate")
    form.other_text.setText("tingling hands")
    form.note.setPlainText("Calm afterwards; a little wobbly on my feet.")
    assert form.save_button.isEnabled() and not form.missing.isVisible()
    driver.render("checkins_post_session_log_filled")
    scroll_bar = form.scroll_area.verticalScrollBar()
    scroll_bar.setValue(scroll_bar.maximum())
    driver.render("checkins_post_session_log_filled_end")

    (record,) = driver.act(form.save_button.click, "post_session_log_saved")
    assert isinstance(record, PostSessionLogRecord) and record.version == 1 and not record.late_edit
    driver.wait_idle()
    stored = _stored(driver, session_id)
    log = stored.log
    assert (log.mood, log.anxiety, log.energy, log.peak_intensity) == (7, 3, 4, 8)
    assert log.reported_side_effects == {"nausea": "mild", "other": "moderate"}
    assert log.other_text == "tingling hands" and log.note.startswith("Calm afterwards")

    overview = driver.page.overview
    assert driver.page.stack.currentWidget() is overview
    assert overview.status.text() == "Your post-session log is saved."
    assert "post_session_log" not in overview.buttons  # no longer due
    summary = "\n".join(overview.row_texts())
    assert "Mood 7 (before: 5)" in summary and "Anxiety 3 (before: 6)" in summary
    assert "Energy 4" in summary and "Peak intensity 8" in summary and "2 side effects" in summary
    driver.render("checkins_overview_after_log")


def test_changes_within_24_hours_and_after_are_kept_as_versions(driver: CheckinsDriver) -> None:
    session_id = driver.add_session()
    driver.open()
    _open_log(driver, "post_session_log")
    form = driver.page.post_session_log
    for rating, value in zip(form.ratings(), (6, 4, 5, 7), strict=True):
        rating.choose(value)
    driver.act(form.save_button.click, "post_session_log_saved")

    driver.clock.advance(timedelta(hours=3).total_seconds())
    driver.reload()
    _open_log(driver, "edit_post_session_log")
    assert form.mood.value() == 6 and form.peak_intensity.value() == 7  # the saved log, to correct
    assert form.save_button.text() == "Save changes" and form.save_button.isEnabled()
    assert "You can correct this log until" in form.edit_note.text()
    form.mood.choose(8)
    (record,) = driver.act(form.save_button.click, "post_session_log_saved")
    assert isinstance(record, PostSessionLogRecord)
    assert (record.version, record.late_edit, record.log.mood) == (2, False, 8)
    assert driver.page.overview.status.text() == "Your post-session log is saved."

    driver.clock.advance(timedelta(hours=30).total_seconds())
    driver.reload()
    _open_log(driver, "edit_post_session_log")
    assert form.mood.value() == 8
    assert "more than a day" in form.edit_note.text() and form.edit_note.property("role") == "error"
    driver.render("checkins_post_session_log_late_edit")
    form.side_effects["headache"].set_value("severe")
    (record,) = driver.act(form.save_button.click, "post_session_log_saved")
    assert isinstance(record, PostSessionLogRecord) and (record.version, record.late_edit) == (3, True)
    assert "clinician will see both versions" in driver.page.overview.status.text()

    versions = driver.run_in_database(
        lambda vault: CheckinRepository(vault.database).post_session_log_versions(session_id))
    assert [(v.version, v.late_edit, v.log.mood) for v in versions] == [
        (1, False, 6), (2, False, 8), (3, True, 8)]
    assert versions[-1].log.side_effects["headache"] == "severe"
    assert "(changed 2 times)" in "\n".join(driver.page.overview.row_texts())


def test_not_now_leaves_the_log_due_and_stores_nothing(driver: CheckinsDriver) -> None:
    session_id = driver.add_session()
    driver.open()
    _open_log(driver, "post_session_log")
    driver.page.post_session_log.mood.choose(3)
    driver.act(driver.page.post_session_log.cancel_button.click, "overview_loaded")
    assert "post_session_log" in driver.page.overview.buttons
    stored = driver.run_in_database(lambda v: CheckinRepository(v.database).post_session_log(session_id))
    assert stored is None


def test_the_session_page_opens_the_log_of_the_session_that_just_ended(
    qtbot: QtBot, driver: CheckinsDriver
) -> None:
    session_id = driver.add_session(mood=2, anxiety=8)
    session_page = driver.window.session_page
    assert session_page is not None
    with qtbot.waitSignal(driver.page.controller.post_session_context_loaded, timeout=10_000):
        session_page.post_session_log_requested.emit(session_id)
    driver.wait_idle()
    shell = driver.window.main_shell()
    assert shell.current_page_key() == "checkins"
    assert driver.page.stack.currentWidget() is driver.page.post_session_log
    assert driver.page.post_session_log.session_id() == session_id
    assert driver.page.post_session_log.mood.before.text() == "Before the session: 2"


def test_the_finished_view_offers_the_log(qtbot: QtBot) -> None:
    view = FinishedView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.log_requested, timeout=1000):
        view.log_button.click()
    assert view.log_button.accessibleName() == "Log how you feel now"
