"""EntryListModel: Qt's model checks with lazy fetching, pages that arrive late or after a reset,
search hits, and a 2,000-entry vault that the list view fetches page by page as it scrolls."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.domain.journal import HIGHLIGHT_END, HIGHLIGHT_START
from companion.storage.journal import EntryPage, EntrySummary, PageCursor, SearchHit
from companion.ui.journal.entry_list_model import (
    ENTRY_ID_ROLE,
    META_ROLE,
    PREVIEW_HTML_ROLE,
    SUMMARY_ROLE,
    EntryListModel,
)
from companion.ui.journal.journal_page import FIRST_PAGE, PAGE_SIZE
from companion.ui.vault_controller import VaultController
from tests.gui.conftest import Render
from tests.gui.journal_helpers import WAIT_MS, create_vault, make_page, run_in_db, settle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def summary(entry_id: int) -> EntrySummary:
    at = START - timedelta(hours=entry_id)
    return EntrySummary(entry_id, f"Entry {entry_id}", f"Preview <{entry_id}>", at, at, ("walk",), 5, None,
                        None, entry_id % 7 == 0, None)


class FakeJournal:
    """Pages of ``total`` entries, newest first, answered when asked (or later)."""

    def __init__(self, total: int, page_size: int) -> None:
        self.total, self.page_size = total, page_size
        self.asked: list[tuple[int, PageCursor | None]] = []

    def page(self, after: PageCursor | None) -> EntryPage:
        first = 0 if after is None else after.id
        last = min(first + self.page_size, self.total)
        entries = [summary(entry_id) for entry_id in range(first + 1, last + 1)]
        more = PageCursor(entries[-1].created_at.isoformat(), last) if last < self.total else None
        return EntryPage(entries, more)


def test_model_checks_pass_with_pages_answered_at_once(qtmodeltester: ModelTester) -> None:
    journal = FakeJournal(total=25, page_size=10)
    model = EntryListModel()
    model.more_wanted.connect(lambda generation, cursor: model.append_page(generation, journal.page(cursor)))
    model.show_page(journal.page(None))
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 25 and not model.has_more()  # the tester checked every insertion
    assert [model.index(row).data(ENTRY_ID_ROLE) for row in range(25)] == list(range(1, 26))


def test_model_checks_pass_with_pages_answered_later(qtmodeltester: ModelTester) -> None:
    journal = FakeJournal(total=30, page_size=10)
    model = EntryListModel()
    model.more_wanted.connect(lambda generation, cursor: journal.asked.append((generation, cursor)))
    model.show_page(journal.page(None))
    qtmodeltester.check(model, force_py=True)  # asks for a page; it is not there yet
    assert len(journal.asked) == 1 and model.is_fetching() and model.rowCount() == 10
    model.fetchMore(QModelIndex())
    assert len(journal.asked) == 1  # one request at a time
    generation, cursor = journal.asked.pop()
    model.append_page(generation, journal.page(cursor))
    assert model.rowCount() == 20  # the tester, still connected, checked the insertion

    # A page asked for before a reset is dropped.
    model.fetchMore(QModelIndex())
    assert model.is_fetching()
    stale_generation, stale_cursor = journal.asked.pop()
    model.show_page(journal.page(None))
    model.append_page(stale_generation, journal.page(stale_cursor))
    assert model.rowCount() == 10  # (the tester, watching the reset, may have asked for page two again)


def test_roles_and_search_hits() -> None:
    model = EntryListModel()
    snippet = f"a {HIGHLIGHT_START}calm{HIGHLIGHT_END} <walk>"
    model.show_hits([SearchHit(summary(7), snippet, -1.0)])
    index = model.index(0)
    assert index.data() == "Entry 7"
    assert index.data(PREVIEW_HTML_ROLE) == "a <b>calm</b> &lt;walk&gt;"
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith("a calm <walk>")
    assert "mood 5" in index.data(META_ROLE) and "#walk" in index.data(META_ROLE)
    assert "shared with your clinician" in index.data(META_ROLE)
    assert index.data(SUMMARY_ROLE) == summary(7)
    assert not model.canFetchMore(QModelIndex())
    model.clear()
    assert model.rowCount() == 0


def test_a_2000_entry_journal_fetches_more_as_the_list_scrolls(
    qtbot: QtBot, controller: VaultController, fake_clock: FakeClock, render: Render
) -> None:
    from companion.demo.demo_journal import fill_demo_journal

    create_vault(qtbot, controller)
    now = fake_clock.now()
    run_in_db(qtbot, controller, lambda vault: fill_demo_journal(vault, count=2000, now=now))
    page = make_page(qtbot, controller, fake_clock)
    model = page.model
    assert model.rowCount() == FIRST_PAGE and model.has_more()
    assert page.count_label.text() == f"{QLocale().toString(2000)} entries."
    render(page, "journal_2000_entries")

    view = page.list_view
    while model.rowCount() < 2000:
        rows = model.rowCount()
        view.scrollToBottom()  # the view asks for more when it reaches the end
        settle()
        qtbot.waitUntil(lambda rows=rows: model.rowCount() > rows, timeout=WAIT_MS)
        assert model.rowCount() - rows <= PAGE_SIZE
    view.scrollToBottom()
    settle()
    assert model.rowCount() == 2000 and not model.has_more()
    ids = [model.index(row).data(ENTRY_ID_ROLE) for row in range(model.rowCount())]
    assert len(set(ids)) == 2000  # no page twice, none missed
    created = [model.row_at(row).summary.created_at for row in range(model.rowCount())]
    assert created == sorted(created, reverse=True)
