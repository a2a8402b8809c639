"""The next-day check-in: offered from 12 h after a session, saved, or skipped (and recorded as skipped)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.domain.journal import SessionLink
from companion.storage.checkins import CheckinRepository, NextDayCheckinRecord
from companion.storage.journal import JournalRepository
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


def _stored(driver: CheckinsDriver, session_id: int) -> NextDayCheckinRecord | None:
    return driver.run_in_database(
        lambda vault: CheckinRepository(vault.database).next_day_checkin(session_id))


def test_offered_from_12_hours_after_the_session_and_saved(driver: CheckinsDriver) -> None:
    session_id = driver.add_session()  # the clock is now a minute or so after the session ended
    driver.clock.advance(timedelta(hours=11).total_seconds())
    driver.open()
    key = f"next_day:{session_id}"
    assert key not in driver.page.overview.buttons  # not yet: under 12 h since the end
    driver.clock.advance(timedelta(hours=1).total_seconds())
    driver.reload()
    assert key in driver.page.overview.buttons
    driver.render("checkins_overview_next_day_due")

    driver.page.overview.buttons[key].click()
    form = driver.page.next_day_checkin
    assert driver.page.stack.currentWidget() is form and form.session_id() == session_id
    assert not form.save_button.isEnabled() and form.skip_button.isEnabled()
    driver.render("checkins_next_day_empty")
    form.sleep_quality.choose(6)
    form.mood.choose(7)
    form.lingering.setPlainText("A slight headache in the morning.")
    form.stood_out.setPlainText("The music, and feeling my shoulders drop.")
    assert form.save_button.isEnabled()
    driver.render("checkins_next_day_filled")

    (record,) = driver.act(form.save_button.click, "next_day_checkin_saved")
    assert isinstance(record, NextDayCheckinRecord) and not record.skipped
    driver.wait_idle()
    stored = _stored(driver, session_id)
    assert stored is not None and not stored.skipped
    assert (stored.sleep_quality, stored.mood) == (6, 7)
    assert stored.lingering == "A slight headache in the morning."
    assert stored.stood_out == "The music, and feeling my shoulders drop."
    assert driver.page.stack.currentWidget() is driver.page.overview
    assert driver.page.overview.status.text() == (
        "Your next-day check-in is saved. What stood out is in your journal too.")
    assert key not in driver.page.overview.buttons  # one per session
    # What stood out went to the journal too, linked to the session as its next-day note.
    entries = driver.run_in_database(
        lambda vault: JournalRepository(vault.database).entries_for_session(session_id))
    assert [(entry.session_link, entry.preview) for entry in entries] == [
        (SessionLink.NEXT_DAY, "The music, and feeling my shoulders drop.")]
    assert driver.page.overview.journal_button.isVisible()
    driver.render("checkins_overview_next_day_saved")


def test_skipped_is_recorded_as_skipped_and_not_asked_again(driver: CheckinsDriver) -> None:
    session_id = driver.add_session()
    driver.clock.advance(timedelta(hours=13).total_seconds())
    driver.open()
    key = f"next_day:{session_id}"
    driver.page.overview.buttons[key].click()
    form = driver.page.next_day_checkin
    form.mood.choose(4)  # answers given before a skip are not kept
    (record,) = driver.act(form.skip_button.click, "next_day_checkin_saved")
    assert isinstance(record, NextDayCheckinRecord) and record.skipped
    driver.wait_idle()
    stored = _stored(driver, session_id)
    assert stored is not None and stored.skipped and stored.mood is None and stored.sleep_quality is None
    assert "skipped" in driver.page.overview.status.text()
    assert key not in driver.page.overview.buttons
    driver.render("checkins_overview_next_day_skipped")


def test_not_now_keeps_it_due(driver: CheckinsDriver) -> None:
    session_id = driver.add_session()
    driver.clock.advance(timedelta(hours=14).total_seconds())
    driver.open()
    key = f"next_day:{session_id}"
    driver.page.overview.buttons[key].click()
    driver.page.next_day_checkin.sleep_quality.choose(2)
    driver.act(driver.page.next_day_checkin.cancel_button.click, "overview_loaded")
    assert key in driver.page.overview.buttons
    assert _stored(driver, session_id) is None
