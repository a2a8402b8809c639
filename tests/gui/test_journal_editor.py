"""Never lose a word: autosave after typing stops, on leaving the page and on lock; the recovered
draft offered after unlocking (a fresh page, as after a restart); discarding it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.domain.journal import EntryContent
from companion.storage.journal import StoredDraft
from companion.ui.formatting import day_text, time_text
from companion.ui.journal.journal_page import JournalPage
from companion.ui.vault_controller import VaultController
from tests.gui.conftest import Render, controls_without_accessible_names
from tests.gui.journal_helpers import (
    WAIT_MS,
    add_entries,
    create_vault,
    in_journal,
    lock,
    make_page,
    reload,
    unlock,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def stored_draft(qtbot: QtBot, controller: VaultController) -> StoredDraft | None:
    return in_journal(qtbot, controller, lambda journal: journal.draft())


def start_free_entry(page: JournalPage) -> None:
    page.open_new_entry()
    page.picker.chosen.emit(None)


@pytest.fixture
def page(qtbot: QtBot, controller: VaultController, fake_clock: FakeClock) -> JournalPage:
    create_vault(qtbot, controller)
    return make_page(qtbot, controller, fake_clock, autosave_delay_ms=60_000)


def test_autosave_keeps_the_draft_when_the_timer_fires(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock
) -> None:
    start_free_entry(page)
    qtbot.keyClicks(page.editor.title, "Evening")
    qtbot.keyClicks(page.editor.body, "The first lines")
    timer = page.keeper.timer
    assert timer.isActive() and timer.isSingleShot() and timer.interval() == 60_000
    assert stored_draft(qtbot, controller) is None  # not before the pause
    with qtbot.waitSignal(page.draft_saved, timeout=WAIT_MS):
        timer.timeout.emit()  # the pause after typing
    draft = stored_draft(qtbot, controller)
    assert draft is not None and draft.entry_id is None and draft.saved_at == fake_clock.now()
    assert (draft.content.title, draft.content.body) == ("Evening", "The first lines")

    # Each edit restarts the timer; nothing new is written until it fires again.
    qtbot.keyClicks(page.editor.body, " and more")
    assert timer.isActive()
    with qtbot.waitSignal(page.draft_saved, timeout=WAIT_MS):
        page.save_draft_now()
    draft = stored_draft(qtbot, controller)
    assert draft is not None and draft.content.body == "The first lines and more"
    assert not timer.isActive()


def test_a_short_delay_autosaves_by_itself(
    qtbot: QtBot, controller: VaultController, fake_clock: FakeClock
) -> None:
    create_vault(qtbot, controller)
    page = make_page(qtbot, controller, fake_clock, autosave_delay_ms=30)
    start_free_entry(page)
    with qtbot.waitSignal(page.draft_saved, timeout=WAIT_MS):
        qtbot.keyClicks(page.editor.body, "typed and left")
    draft = stored_draft(qtbot, controller)
    assert draft is not None and draft.content.body == "typed and left"


def test_leaving_the_page_keeps_the_draft_at_once(
    qtbot: QtBot, page: JournalPage, controller: VaultController
) -> None:
    start_free_entry(page)
    qtbot.keyClicks(page.editor.body, "switching screens")
    with qtbot.waitSignal(page.draft_saved, timeout=WAIT_MS):
        page.hide()
    draft = stored_draft(qtbot, controller)
    assert draft is not None and draft.content.body == "switching screens"
    generation = page.model.generation()
    page.show()  # coming back: the editor and the place in the list are as they were
    assert page.model.generation() == generation and page.editor.body.toPlainText() == "switching screens"


def test_an_edit_of_a_stored_entry_is_drafted_with_its_id(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock
) -> None:
    [entry_id] = add_entries(qtbot, controller, fake_clock, [EntryContent(title="Kept", body="Before")])
    reload(qtbot, page)
    page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.entry_id() == entry_id, timeout=WAIT_MS)
    qtbot.keyClicks(page.editor.body, " and after")
    with qtbot.waitSignal(page.draft_saved, timeout=WAIT_MS):
        page.save_draft_now()
    draft = stored_draft(qtbot, controller)
    assert draft is not None and draft.entry_id == entry_id and draft.content.body == "Before and after"
    stored = in_journal(qtbot, controller, lambda journal: journal.get(entry_id))
    assert stored.content.body == "Before"  # a draft is not a save


def test_lock_keeps_the_draft_and_unlocking_offers_it_back(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock, render: Render
) -> None:
    start_free_entry(page)
    qtbot.keyClicks(page.editor.title, "Unfinished")
    qtbot.keyClicks(page.editor.body, "Words typed just before the lock")
    assert page.keeper.timer.isActive()  # not yet autosaved

    lock(qtbot, controller, page)  # clear_content submits the draft before the vault closes
    assert page.editor.title.text() == "" and page.editor.body.toPlainText() == ""

    unlock(qtbot, controller)
    draft = stored_draft(qtbot, controller)
    assert draft is not None and draft.content.body == "Words typed just before the lock"
    reload(qtbot, page)  # the shell reloads on unlock too
    assert page.editor.is_open() and page.right.currentWidget() is page.editor
    assert page.editor.title.text() == "Unfinished"
    assert page.editor.body.toPlainText() == "Words typed just before the lock"
    assert page.editor.notice.isVisible()
    assert page.editor.notice_text.text() == (
        f"Recovered what you were writing on {day_text(draft.saved_at)} at {time_text(draft.saved_at)}.")

    # A fresh page (as after a restart) offers the same draft; saving it makes it an entry.
    fresh = make_page(qtbot, controller, fake_clock)
    assert fresh.editor.body.toPlainText() == "Words typed just before the lock"
    assert fresh.editor.notice.isVisible() and fresh.editor.has_unsaved_changes()
    assert not controls_without_accessible_names(fresh)
    render(fresh, "journal_recovered_draft")
    with qtbot.waitSignal(fresh.entry_saved, timeout=WAIT_MS) as saved:
        fresh.editor.save_button.click()
    assert stored_draft(qtbot, controller) is None
    entry = in_journal(qtbot, controller, lambda journal: journal.get(saved.args[0]))
    assert entry.content.title == "Unfinished"
    assert not fresh.editor.notice.isVisible()


def test_discarding_the_recovered_draft(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock
) -> None:
    [entry_id] = add_entries(qtbot, controller, fake_clock, [EntryContent(title="Stored", body="As saved")])
    in_journal(qtbot, controller, lambda journal: journal.save_draft(
        entry_id, EntryContent(title="Stored", body="As saved, then changed"), at=fake_clock.now()))
    fresh = make_page(qtbot, controller, fake_clock)
    assert fresh.editor.body.toPlainText() == "As saved, then changed" and fresh.editor.notice.isVisible()
    fresh.editor.discard_button.click()
    qtbot.waitUntil(lambda: fresh.editor.body.toPlainText() == "As saved", timeout=WAIT_MS)
    assert not fresh.editor.notice.isVisible() and fresh.editor.entry_id() == entry_id
    assert stored_draft(qtbot, controller) is None
