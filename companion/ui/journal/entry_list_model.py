"""The entry list: newest first, loaded a page at a time as the view scrolls, or ranked search hits.

``canFetchMore``/``fetchMore`` never block: ``fetchMore`` only emits :attr:`EntryListModel.more_wanted`
with the cursor to continue from; the page runs that read on the database worker and hands the rows
back through :meth:`EntryListModel.append_page`. A page that arrives after the model was reset (a new
filter, a search, a lock) carries an old generation and is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from companion.ui.journal.journal_display import meta_text, snippet_html, snippet_plain, title_text

if TYPE_CHECKING:
    from companion.storage.journal import EntryPage, EntrySummary, PageCursor, SearchHit

ModelIndex = QModelIndex | QPersistentModelIndex
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2  # date, mood, tags, shared: one line
PREVIEW_HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # escaped preview, or a snippet with matches in bold


@dataclass(frozen=True)
class EntryRow:
    summary: EntrySummary
    snippet: str | None = None  # a search hit's snippet (with highlight markers); None in the plain list


class EntryListModel(QAbstractListModel):
    more_wanted = Signal(int, object)  # generation, PageCursor: read the next page and call append_page

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EntryRow] = []
        self._next: PageCursor | None = None
        self._fetching = False
        self._generation = 0

    # --- content -----------------------------------------------------------------------------------

    def generation(self) -> int:
        """Changes on every reset: a page asked for under an older generation is not shown."""
        return self._generation

    def show_page(self, page: EntryPage) -> None:
        """Start over with a first page (a new filter, a reload)."""
        self._reset([EntryRow(summary) for summary in page.entries], page.next_cursor)

    def show_hits(self, hits: Sequence[SearchHit]) -> None:
        """Search results, best first; there is nothing more to fetch."""
        self._reset([EntryRow(hit.entry, hit.snippet) for hit in hits], None)

    def append_page(self, generation: int, page: EntryPage) -> None:
        """The page ``more_wanted`` asked for; ignored if the model was reset since."""
        if generation != self._generation or not self._fetching:
            return
        self._fetching = False
        self._next = page.next_cursor
        if page.entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._rows.extend(EntryRow(summary) for summary in page.entries)
            self.endInsertRows()

    def fetch_failed(self, generation: int) -> None:
        """The read failed: allow another try when the view asks again."""
        if generation == self._generation:
            self._fetching = False

    def clear(self) -> None:
        self._reset([], None)

    def row_at(self, row: int) -> EntryRow:
        return self._rows[row]

    def row_of(self, entry_id: int) -> int:
        """The row showing ``entry_id``, or -1 (only among the rows loaded so far)."""
        return next((number for number, row in enumerate(self._rows) if row.summary.id == entry_id), -1)

    def is_fetching(self) -> bool:
        return self._fetching

    def has_more(self) -> bool:
        return self._next is not None

    def _reset(self, rows: list[EntryRow], next_cursor: PageCursor | None) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows = rows
        self._next = next_cursor
        self._fetching = False
        self.endResetModel()

    # --- QAbstractListModel ------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and self._next is not None and not self._fetching

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self.more_wanted.emit(self._generation, self._next)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        summary = row.summary
        if role == Qt.ItemDataRole.DisplayRole:
            return title_text(summary)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = summary.preview if row.snippet is None else snippet_plain(row.snippet)
            return f"{title_text(summary)}. {meta_text(summary)}. {text}"
        if role == META_ROLE:
            return meta_text(summary)
        if role == PREVIEW_HTML_ROLE:
            return snippet_html(summary.preview if row.snippet is None else row.snippet)
        if role == ENTRY_ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
