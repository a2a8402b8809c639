"""The journal in the real window: reached from the session page and the next-day check-in with the
right prompts and link, hidden during a session, and a draft that survives locking."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.domain.journal import SessionLink
from companion.domain.journal_prompts import PromptKind, prompts_for
from companion.storage.journal import JournalRepository
from companion.ui.journal.journal_page import JournalPage
from companion.ui.session.outcome_views import FinishedView, StartView
from tests.gui.checkins_helpers import CheckinsDriver
from tests.gui.conftest import STRONG_PASSPHRASE, Render, UnlockedWindowFactory

WAIT_MS = 30_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def driver(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock, render: Render
) -> CheckinsDriver:
    window = open_unlocked_window()
    checkins = CheckinsDriver(qtbot, window, fake_clock, render)
    checkins.save_plan()
    return checkins


def journal_of(driver: CheckinsDriver) -> JournalPage:
    page = driver.window.journal_page
    assert isinstance(page, JournalPage)
    return page


def wait_for_prompts(qtbot: QtBot, page: JournalPage, kind: PromptKind) -> None:
    # The journal first reads any stored draft (so it is never overwritten), then offers the prompts.
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.picker
                    and page.picker.prompts() == prompts_for(kind), timeout=WAIT_MS)


def write_and_save(qtbot: QtBot, page: JournalPage, text: str) -> int:
    page.picker.choose(0)
    qtbot.keyClicks(page.editor.body, text)
    with qtbot.waitSignal(page.entry_saved, timeout=WAIT_MS) as saved:
        page.editor.save_button.click()
    return int(saved.args[0])


def test_after_a_session_write_about_it_linked_to_that_session(driver: CheckinsDriver) -> None:
    session_id = driver.add_session()
    session_page = driver.window.session_page
    assert session_page is not None
    session_page.integration_journal_requested.emit(session_id)
    shell = driver.window.main_shell()
    page = journal_of(driver)
    assert shell.current_page_key() == "journal"
    wait_for_prompts(driver.qtbot, page, PromptKind.INTEGRATION)
    driver.render("journal_from_session")
    entry_id = write_and_save(driver.qtbot, page, "Quieter than I expected.")
    linked = driver.run_in_database(
        lambda vault: JournalRepository(vault.database).entries_for_session(session_id))
    assert [(entry.id, entry.session_link) for entry in linked] == [(entry_id, SessionLink.INTEGRATION)]


def test_the_next_day_check_in_leads_on_to_the_journal(driver: CheckinsDriver) -> None:
    session_id = driver.add_session()
    driver.clock.advance(timedelta(hours=13).total_seconds())
    driver.open()
    driver.page.overview.buttons[f"next_day:{session_id}"].click()
    form = driver.page.next_day_checkin
    form.sleep_quality.choose(7)
    form.mood.choose(6)
    driver.act(form.save_button.click, "next_day_checkin_saved")
    driver.wait_idle()
    assert "journal" not in driver.page.overview.status.text()  # nothing stood out to copy
    button = driver.page.overview.journal_button
    assert button.isVisible()
    button.click()
    page = journal_of(driver)
    assert driver.window.main_shell().current_page_key() == "journal"
    wait_for_prompts(driver.qtbot, page, PromptKind.NEXT_DAY)
    write_and_save(driver.qtbot, page, "Slept well.")
    linked = driver.run_in_database(
        lambda vault: JournalRepository(vault.database).entries_for_session(session_id))
    assert [entry.session_link for entry in linked] == [SessionLink.NEXT_DAY]


def test_before_a_session_an_intention_prompt(driver: CheckinsDriver) -> None:
    session_page = driver.window.session_page
    assert session_page is not None
    session_page.intention_journal_requested.emit()
    page = journal_of(driver)
    assert driver.window.main_shell().current_page_key() == "journal"
    wait_for_prompts(driver.qtbot, page, PromptKind.INTENTION)


def test_the_session_views_offer_the_journal(qtbot: QtBot) -> None:
    start, finished = StartView(), FinishedView()
    qtbot.addWidget(start)
    qtbot.addWidget(finished)
    with qtbot.waitSignal(start.intention_requested, timeout=1000):
        start.intention_button.click()
    with qtbot.waitSignal(finished.journal_requested, timeout=1000):
        finished.journal_button.click()


def test_a_draft_typed_in_the_window_survives_lock_and_unlock(driver: CheckinsDriver) -> None:
    qtbot, window = driver.qtbot, driver.window
    shell = window.main_shell()
    shell.show_page("journal")
    page = journal_of(driver)
    qtbot.waitUntil(lambda: not page.jobs.is_busy(), timeout=WAIT_MS)
    page.open_new_entry()
    page.picker.choose(0)
    qtbot.keyClicks(page.editor.body, "Words before the lock")
    window.lock_now()  # saves the draft on the database thread before the vault closes
    assert "Words before the lock" not in page.editor.body.toPlainText()
    with qtbot.waitSignal(window.controller.unlocked, timeout=WAIT_MS):
        window.controller.unlock(STRONG_PASSPHRASE)
    shell.show_page("journal")
    qtbot.waitUntil(lambda: "Words before the lock" in page.editor.body.toPlainText(), timeout=WAIT_MS)
    assert page.editor.notice.isVisible()
    assert "Recovered what you were writing" in page.editor.notice_text.text()
    driver.render("journal_draft_after_unlock")


def test_a_stored_draft_is_kept_when_an_entry_is_asked_for_while_it_is_read(driver: CheckinsDriver) -> None:
    from companion.domain.journal import EntryContent

    at = driver.clock.now()
    driver.run_in_database(lambda vault: JournalRepository(vault.database).save_draft(
        None, EntryContent(body="A draft from before"), at=at))
    page = journal_of(driver)
    page.reload()  # as after an unlock: the stored draft is on its way...
    page.open_new_entry(PromptKind.FREE)  # ...when the session flow asks for a new entry
    wait_for_prompts(driver.qtbot, page, PromptKind.FREE)
    driver.qtbot.waitUntil(lambda: not page.jobs.is_busy(), timeout=WAIT_MS)
    kept = driver.run_in_database(lambda vault: JournalRepository(vault.database).search("draft from before"))
    assert [hit.entry.preview for hit in kept] == ["A draft from before"]  # saved as an entry, not lost
