"""Search as you type: snippets with the matches in bold (and nothing the patient wrote read as markup),
results that arrive after newer typing are dropped, and clearing the field brings the list back."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.domain.journal import EntryContent
from companion.storage.journal import EntryFilter
from companion.ui.journal.entry_list_model import ENTRY_ID_ROLE, PREVIEW_HTML_ROLE
from companion.ui.journal.journal_page import JournalPage
from companion.ui.vault_controller import VaultController
from tests.gui.conftest import Render, controls_without_accessible_names
from tests.gui.journal_helpers import WAIT_MS, add_entries, create_vault, make_page, reload

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: QtBot, controller: VaultController, fake_clock: FakeClock) -> JournalPage:
    create_vault(qtbot, controller)
    page = make_page(qtbot, controller, fake_clock)
    add_entries(qtbot, controller, fake_clock, [
        EntryContent(title="Café by the harbour", body="Sat with a coffee and watched the boats."),
        EntryContent(title="Walk", body="A calm walk in the woods <b>not bold</b> & quiet."),
        EntryContent(title="Sleep", body="Slept badly; calmer in the afternoon.", tags=("sleep",)),
    ])
    reload(qtbot, page)
    return page


def titles(page: JournalPage) -> list[str]:
    return [page.model.index(row).data() for row in range(page.model.rowCount())]


def test_typing_searches_and_shows_safe_highlighted_snippets(
    qtbot: QtBot, page: JournalPage, render: Render
) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(page.filters.search, "calm")
    assert sorted(titles(page)) == ["Sleep", "Walk"]
    html = {page.model.index(row).data(): page.model.index(row).data(PREVIEW_HTML_ROLE)
            for row in range(page.model.rowCount())}
    assert "<b>calm</b>" in html["Walk"]
    assert "<b>calmer</b>" in html["Sleep"]  # every word is a prefix
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html["Walk"] and "&amp;" in html["Walk"]
    assert page.count_label.text() == "2 entries found."
    assert not controls_without_accessible_names(page)
    render(page, "journal_search")

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.choose_tag("sleep")  # combined with a filter
    assert titles(page) == ["Sleep"]

    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filters.search.clear()  # back to the list (with the tag still chosen)
    assert titles(page) == ["Sleep"]
    assert all(page.model.row_at(row).snippet is None for row in range(page.model.rowCount()))


def test_diacritics_are_folded_and_nothing_found_says_so(
    qtbot: QtBot, page: JournalPage, render: Render
) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(page.filters.search, "cafe")
    assert titles(page) == ["Café by the harbour"]
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(page.filters.search, " zebra")
    assert titles(page) == [] and page.empty_label.isVisible()
    assert "Nothing matches" in page.empty_label.text()
    render(page, "journal_search_nothing")


def test_a_result_for_older_text_is_dropped(qtbot: QtBot, page: JournalPage) -> None:
    shown: list[str] = []
    page.search.results_ready.connect(lambda text, _hits: shown.append(text))
    page.search.set_query("coffee", EntryFilter())
    page.search.run_now()  # on its way to the database thread
    assert page.search.is_running()
    page.search.set_query("walk", EntryFilter())  # typed more before it came back
    page.search.run_now()  # waits for the first, then runs once with the newest text
    qtbot.waitUntil(lambda: bool(shown) and not page.search.is_running(), timeout=WAIT_MS)
    qtbot.wait(50)
    assert shown == ["walk"]
    assert titles(page) == ["Walk"]


def test_a_search_on_its_way_when_the_vault_locks_is_never_shown(
    qtbot: QtBot, page: JournalPage, controller: VaultController
) -> None:
    page.search.set_query("coffee", EntryFilter())
    page.search.run_now()
    page.clear_content()
    with qtbot.assertNotEmitted(page.search.results_ready, wait=300):
        pass
    assert page.model.rowCount() == 0


def test_choosing_a_hit_opens_the_entry(qtbot: QtBot, page: JournalPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(page.filters.search, "boats")
    entry_id = page.model.index(0).data(ENTRY_ID_ROLE)
    page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.entry_id() == entry_id, timeout=WAIT_MS)
    assert "watched the boats" in page.editor.body.toPlainText()
