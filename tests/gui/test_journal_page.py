"""The Journal page on a real vault and its database thread: write and save, the list, filters,
sharing, the trash, and a lock that leaves no word of an entry behind."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.domain.journal import EntryContent
from companion.domain.journal_prompts import PromptKind, prompts_for
from companion.storage.journal import JournalEntryNotFoundError
from companion.ui.journal.entry_list_model import META_ROLE, PREVIEW_HTML_ROLE
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
    model_texts,
    run_in_db,
    settle,
    texts_in,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: QtBot, controller: VaultController, fake_clock: FakeClock) -> JournalPage:
    create_vault(qtbot, controller)
    return make_page(qtbot, controller, fake_clock)


def wait_loaded(qtbot: QtBot, page: JournalPage) -> None:
    qtbot.waitSignal(page.loaded, timeout=WAIT_MS).wait()
    settle()


def test_an_empty_journal_says_what_to_do(qtbot: QtBot, page: JournalPage, render: Render) -> None:
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible() and "No entries yet — write the first one" in page.empty_label.text()
    assert page.right.currentWidget() is page.placeholder
    assert "start a new one" in page.placeholder_text.text()
    assert not controls_without_accessible_names(page)
    render(page, "journal_empty")


def test_write_and_save_an_entry_from_a_prompt(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock, render: Render
) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.picker, timeout=WAIT_MS)
    assert [page.picker.prompt_list.item(row).text() for row in range(page.picker.prompt_list.count())] == \
        [prompt.text for prompt in prompts_for(PromptKind.FREE)]
    assert not controls_without_accessible_names(page)
    render(page, "journal_prompts")

    page.picker.choose(1)
    chosen = prompts_for(PromptKind.FREE)[1]
    assert page.right.currentWidget() is page.editor
    editor = page.editor
    assert editor.prompt_label.text() == chosen.text
    qtbot.keyClicks(editor.title, "Morning by the river")
    qtbot.keyClicks(editor.body, "The water was calm and so was I.")
    qtbot.keyClicks(editor.tags, "River, calm")
    editor.mood.choose(7)
    assert not controls_without_accessible_names(page)
    render(page, "journal_editor")

    with qtbot.waitSignal(page.entry_saved, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    entry_id = saved.args[0]
    wait_loaded(qtbot, page)
    entry = in_journal(qtbot, controller, lambda journal: journal.get(entry_id))
    assert entry.content == EntryContent(title="Morning by the river", tags=("calm", "river"), mood=7,
                                         body="The water was calm and so was I.", prompt_id=chosen.id)
    assert entry.created_at == fake_clock.now() and not entry.shared
    assert in_journal(qtbot, controller, lambda journal: journal.draft()) is None
    assert page.model.rowCount() == 1 and page.model.index(0).data() == "Morning by the river"
    assert "#calm #river" in page.model.index(0).data(META_ROLE)
    assert editor.entry_id() == entry_id and not editor.has_unsaved_changes()
    assert "Saved at" in editor.status.text()
    assert page.filters.tag.findData("river") > 0
    render(page, "journal_saved")

    # An edit keeps the earlier version; Control+S saves.
    fake_clock.advance(60)
    qtbot.keyClicks(editor.body, " Later: rain.")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    with qtbot.waitSignal(page.entry_saved, timeout=WAIT_MS):
        qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    versions = in_journal(qtbot, controller, lambda journal: journal.versions(entry_id))
    assert [version.content.body for version in versions] == ["The water was calm and so was I."]


def test_bad_tags_are_explained_and_nothing_is_saved(qtbot: QtBot, page: JournalPage, render: Render) -> None:
    page.open_new_entry()
    page.picker.chosen.emit(None)
    qtbot.keyClicks(page.editor.body, "Words")
    qtbot.keyClicks(page.editor.tags, "good, not/ok")
    assert page.editor.tags_problem.isVisible()
    assert "letters, digits" in page.editor.tags_problem.text()
    with qtbot.assertNotEmitted(page.entry_saved, wait=200):
        page.editor.save_button.click()
    assert not page.message.isVisible()  # said once, where the tags are
    render(page, "journal_bad_tags")


def test_formatting_toolbar_writes_markdown(qtbot: QtBot, page: JournalPage) -> None:
    page.open_new_entry()
    page.picker.chosen.emit(None)
    editor = page.editor
    editor.toolbar.heading_button.click()
    qtbot.keyClicks(editor.body, "Heading")
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)  # the next line is plain again
    assert not editor.toolbar.bold_button.isChecked()
    editor.toolbar.bold_button.click()
    qtbot.keyClicks(editor.body, "strong")
    editor.toolbar.bold_button.click()
    qtbot.keyClicks(editor.body, " and ")
    editor.toolbar.italic_button.click()
    qtbot.keyClicks(editor.body, "soft")
    editor.toolbar.italic_button.click()
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    editor.toolbar.list_button.click()
    qtbot.keyClicks(editor.body, "one")
    body = editor.draft_content().body
    assert "## Heading" in body
    assert "**strong**" in body and "*soft*" in body
    assert "- one" in body
    editor.toolbar.list_button.click()  # and out of the list again
    assert "- one" not in editor.draft_content().body and "one" in editor.draft_content().body


def test_list_filters_by_tag_period_and_sharing(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock, render: Render
) -> None:
    add_entries(qtbot, controller, fake_clock, [
        EntryContent(title="Old walk", body="Long ago", tags=("walk",)),
        EntryContent(title="Sleep notes", body="Slept well", tags=("sleep",)),
        EntryContent(title="Evening walk", body="By the sea", tags=("sea", "walk")),
    ], shared=[1])
    run_in_db(qtbot, controller, lambda vault: vault.database.execute(
        "UPDATE journal_entries SET created_at = '2020-01-01T10:00:00.000000+00:00' "
        "WHERE title = 'Old walk'"))

    def titles() -> list[str]:
        return [page.model.index(row).data() for row in range(page.model.rowCount())]

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    assert titles() == ["Evening walk", "Sleep notes", "Old walk"]
    assert page.count_label.text() == "3 entries."
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.choose_tag("walk")
    assert titles() == ["Evening walk", "Old walk"]
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.period.setCurrentIndex(2)  # the last 30 days
    assert titles() == ["Evening walk"]
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.tag.setCurrentIndex(0)
    assert titles() == ["Evening walk", "Sleep notes"]
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.shared_only.setChecked(True)
    assert titles() == ["Sleep notes"]
    assert "shared with your clinician" in page.model.index(0).data(META_ROLE)
    render(page, "journal_filtered")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.tag.setCurrentIndex(page.filters.tag.findData("sea"))
    assert titles() == []
    assert "Nothing matches" in page.empty_label.text() and page.empty_label.isVisible()
    from PySide6.QtCore import QDate
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.shared_only.setChecked(False)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.set_between(QDate(2019, 12, 1), QDate(2020, 1, 31))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.tag.setCurrentIndex(0)
    assert titles() == ["Old walk"]
    assert page.filters.dates_row.isVisible()
    assert not controls_without_accessible_names(page)
    render(page, "journal_between_dates")


def test_share_toggle_is_off_by_default_and_stored(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock, render: Render
) -> None:
    [entry_id] = add_entries(qtbot, controller, fake_clock, [EntryContent(title="For Dr Quinn",
                                                                          body="Notes")])
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.entry_id() == entry_id, timeout=WAIT_MS)
    assert not page.editor.share.isChecked()
    assert "only leaves this computer in an export" in page.editor.share_note.text()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.editor.share.click()
    assert in_journal(qtbot, controller, lambda journal: journal.get(entry_id).shared)
    assert "shared with your clinician" in page.model.index(0).data(META_ROLE)
    render(page, "journal_shared")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.editor.share.click()
    assert not in_journal(qtbot, controller, lambda journal: journal.get(entry_id).shared)

    # A new entry shared before its first save is stored shared.
    page.open_new_entry()
    page.picker.chosen.emit(None)
    assert not page.editor.share.isChecked()
    qtbot.keyClicks(page.editor.body, "Also for the clinician")
    page.editor.share.click()
    with qtbot.waitSignal(page.entry_saved, timeout=WAIT_MS) as saved:
        page.editor.save_button.click()
    new_id = saved.args[0]
    assert in_journal(qtbot, controller, lambda journal: journal.get(new_id).shared)


def test_delete_goes_to_the_trash_then_restore_and_delete_now(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock, render: Render
) -> None:
    first, second = add_entries(qtbot, controller, fake_clock, [
        EntryContent(title="Keep me", body="First"), EntryContent(title="Let go", body="Second")])
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.entry_id() == second, timeout=WAIT_MS)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.editor.delete_button.click()
    assert page.right.currentWidget() is page.placeholder
    assert "Moved to the trash" in page.placeholder_text.text()
    assert [page.model.index(row).data() for row in range(page.model.rowCount())] == ["Keep me"]
    render(page, "journal_deleted")

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.trash.click()
    assert page.right.currentWidget() is page.trash_panel
    assert "kept 30 days" in page.trash_panel.explanation.text()
    assert page.model.rowCount() == 1 and page.model.index(0).data() == "Let go"
    page.list_view.setCurrentIndex(page.model.index(0))
    assert page.trash_panel.entry_id() == second
    assert "removed for good after" in page.trash_panel.dates.text()
    assert not controls_without_accessible_names(page)
    render(page, "journal_trash")

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.trash_panel.restore_button.click()
    assert page.model.rowCount() == 0 and "The trash is empty" in page.empty_label.text()
    entry = in_journal(qtbot, controller, lambda journal: journal.get(second))
    assert entry.trashed_at is None

    in_journal(qtbot, controller, lambda journal: journal.trash(first, at=fake_clock.now()))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    page.list_view.setCurrentIndex(page.model.index(0))
    asked: list[bool] = []

    def keep_it(_parent: object) -> bool:
        asked.append(True)
        return False

    page._confirm_delete_now = keep_it
    with qtbot.assertNotEmitted(page.loaded, wait=200):
        page.trash_panel.delete_button.click()
    assert asked == [True]
    page._confirm_delete_now = lambda _parent: True
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.trash_panel.delete_button.click()
    with pytest.raises(JournalEntryNotFoundError):
        in_journal(qtbot, controller, lambda journal: journal.get(first))


def test_expired_trash_is_purged_when_the_journal_opens(
    qtbot: QtBot, controller: VaultController, fake_clock: FakeClock
) -> None:
    create_vault(qtbot, controller)
    [old] = add_entries(qtbot, controller, fake_clock, [EntryContent(title="Old", body="gone")])
    in_journal(qtbot, controller, lambda journal: journal.trash(
        old, at=fake_clock.now() - timedelta(days=31)))
    make_page(qtbot, controller, fake_clock)
    with pytest.raises(JournalEntryNotFoundError):
        in_journal(qtbot, controller, lambda journal: journal.get(old))


def test_opening_another_entry_saves_the_one_being_written(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock
) -> None:
    [other] = add_entries(qtbot, controller, fake_clock, [EntryContent(title="Other", body="Earlier")])
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    page.open_new_entry()
    page.picker.chosen.emit(None)
    qtbot.keyClicks(page.editor.body, "Half a thought")
    with qtbot.waitSignal(page.entry_saved, timeout=WAIT_MS) as saved:
        page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.entry_id() == other, timeout=WAIT_MS)
    kept = in_journal(qtbot, controller, lambda journal: journal.get(saved.args[0]))
    assert kept.content.body == "Half a thought"


def test_session_flow_opens_a_linked_entry_with_the_right_prompts(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock
) -> None:
    from companion.domain.care_plan import CarePlan
    from companion.domain.journal import SessionLink
    from companion.storage.care_plans import CarePlanRepository
    from companion.storage.sessions import SessionRepository

    def make_session(vault: object) -> int:
        database = vault.database  # type: ignore[attr-defined]
        plan = CarePlanRepository(database).save(CarePlan(dose_mg=50.0, clinician_phone="555"),
                                                 at=fake_clock.now())
        return SessionRepository(database).create(plan, at=fake_clock.now()).id

    session_id = run_in_db(qtbot, controller, make_session)
    page.open_new_entry(PromptKind.INTEGRATION, session_id=session_id, session_link=SessionLink.INTEGRATION)
    assert page.picker.prompts() == prompts_for(PromptKind.INTEGRATION)
    page.picker.choose(0)
    assert "Integration after a session" in page.editor.link_label.text()
    qtbot.keyClicks(page.editor.body, "It felt like a long exhale.")
    with qtbot.waitSignal(page.entry_saved, timeout=WAIT_MS) as saved:
        page.editor.save_button.click()
    entry = in_journal(qtbot, controller, lambda journal: journal.get(saved.args[0]))
    assert (entry.content.session_id, entry.content.session_link) == (session_id, SessionLink.INTEGRATION)
    assert entry.content.prompt_id == prompts_for(PromptKind.INTEGRATION)[0].id


def test_lock_clears_the_editor_models_search_and_filters(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock
) -> None:
    add_entries(qtbot, controller, fake_clock, [
        EntryContent(title="Canary title", body="canary body words", tags=("canarytag",))])
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.title.text() == "Canary title", timeout=WAIT_MS)
    qtbot.keyClicks(page.editor.body, " more canary")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(page.filters.search, "canary")
    assert any("canary" in text.lower() for text in texts_in(page))

    lock(qtbot, controller, page)

    leftovers = [text for text in texts_in(page) if "canary" in text.lower()]
    assert leftovers == []
    assert page.model.rowCount() == 0 and model_texts(page.model) == []
    assert page.filters.search.text() == "" and page.filters.tag.count() == 1
    assert not page.editor.is_open() and not page.editor.body.document().isUndoAvailable()
    assert page.right.currentWidget() is page.placeholder
    assert PREVIEW_HTML_ROLE  # the role exists and the model has no row to give it for


def test_keyboard_new_entry_find_and_save(qtbot: QtBot, page: JournalPage) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.right.currentWidget() is page.picker and page.picker.prompt_list.hasFocus()
    qtbot.keyClick(page.picker.prompt_list, Qt.Key.Key_Down)
    qtbot.keyClick(page.picker.prompt_list, Qt.Key.Key_Return)  # begins with the highlighted prompt
    assert page.right.currentWidget() is page.editor and page.editor.body.hasFocus()
    assert page.editor.prompt_label.text() == prompts_for(PromptKind.FREE)[1].text
    qtbot.keyClicks(page.editor.body, "Typed without a mouse")
    with qtbot.waitSignal(page.entry_saved, timeout=WAIT_MS):
        qtbot.keyClick(page.editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filters.search.hasFocus()


def test_high_contrast_and_large_text(
    qtbot: QtBot, page: JournalPage, controller: VaultController, fake_clock: FakeClock, render: Render
) -> None:
    from PySide6.QtWidgets import QApplication

    from companion.ui.theme import apply_appearance

    add_entries(qtbot, controller, fake_clock, [
        EntryContent(title="Evening", body="A long quiet evening with tea and a book.", tags=("rest",),
                     mood=6)])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_appearance(app, "high_contrast", 150)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.is_open(), timeout=WAIT_MS)
    settle()
    assert not controls_without_accessible_names(page)
    render(page, "journal_high_contrast_large")
