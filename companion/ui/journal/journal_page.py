"""The Journal page: the entry list with search and filters on the left, the editor (or the prompts,
or the trash) on the right.

Calm and private (DESIGN.md §2): large fields, no counts to live up to, nothing that shouts. Every
read and write is a job on the database worker; the list loads a page at a time as it scrolls.
Never lose a word: the editor is kept as a draft a moment after typing stops, on leaving the page,
on lock and on close; opening another entry first saves the one being written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.journal_prompts import PromptKind
from companion.services import journal_actions
from companion.services.journal_actions import JournalSide
from companion.storage.journal import EntryFilter, JournalRepository
from companion.ui.i18n import translate
from companion.ui.jobs import BugReporter, report_to_excepthook
from companion.ui.journal.entry_delegate import EntryDelegate
from companion.ui.journal.entry_list_model import EntryListModel
from companion.ui.journal.journal_editing import EntryEditing
from companion.ui.journal.journal_editor import JournalEditor
from companion.ui.journal.journal_filters import JournalFilterBar
from companion.ui.journal.journal_search import SEARCH_LIMIT, JournalSearch
from companion.ui.journal.prompt_picker import PromptPicker
from companion.ui.journal.trash_view import TrashPanel
from companion.ui.page_jobs import PageJobs
from companion.ui.widgets.session_widgets import make_label

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.domain.journal import SessionLink
    from companion.domain.journal_prompts import Prompt
    from companion.storage.journal import EntryPage, PageCursor, SearchHit
    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController

FIRST_PAGE = 60  # enough to fill a tall window; the rest comes as the list scrolls
PAGE_SIZE = 200
ConfirmDeleteNow = Callable[[QWidget], bool]


def ask_delete_now(parent: QWidget) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, translate("Journal", "Delete for good?"), translate(
        "Journal", "This entry and its earlier versions will be removed for good. This cannot be undone."),
        QMessageBox.StandardButton.NoButton, parent)
    delete = box.addButton(translate("Journal", "Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Journal", "Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


class JournalPage(QWidget):
    loaded = Signal()  # the list (or search results) on screen
    draft_saved = Signal()  # a draft write landed
    entry_saved = Signal(int)  # the entry id

    def __init__(self, vault: VaultController, clock: Clock, parent: QWidget | None = None, *,
                 report_bug: BugReporter = report_to_excepthook, autosave_delay_ms: int = 2000,
                 confirm_delete_now: ConfirmDeleteNow = ask_delete_now) -> None:
        super().__init__(parent)
        self._vault = vault
        self._clock = clock
        self._confirm_delete_now = confirm_delete_now
        self._list_filter = EntryFilter()  # the filter of the rows in the model (fetchMore continues it)
        self._list_request = 0  # bumped by each list read asked for: an older answer is dropped
        self._side_pending = False  # ``loaded`` waits for the tags and the draft too
        self._loaded_waiting = False
        self._after_side: Callable[[], None] | None = None  # open_new_entry waiting for the draft
        self._purge_due = True
        self._stale = True  # nothing read since the page was built or the vault unlocked
        self._new_link: tuple[int | None, SessionLink | None] = (None, None)
        self.jobs = PageJobs(vault, self, report_bug=report_bug)
        self.search = JournalSearch(vault, report_bug, self)
        self.model = EntryListModel(self)

        left = QWidget(self)
        left.setMinimumWidth(360)
        left.setMaximumWidth(480)
        self.heading = QLabel(translate("Journal", "Journal"), left)
        self.heading.setProperty("role", "heading")
        self.new_button = QPushButton(translate("Journal", "New entry"), left)
        self.new_button.setAccessibleName(translate("Journal", "New entry"))
        self.new_button.setToolTip(translate("Journal", "Start a new entry (Control+N)"))
        self.new_button.setMinimumHeight(44)
        self.filters = JournalFilterBar(left)
        self.count_label = make_label("", left, role="muted")
        self.message = make_label("", left, role="error")
        self.message.hide()
        self.list_view = QListView(left)
        self.list_view.setAccessibleName(translate("Journal", "Entries"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)  # one height: 100,000 rows lay out without measuring
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.empty_label = make_label("", left, factor=1.1)
        self.empty_label.hide()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(24, 20, 12, 16)
        left_layout.setSpacing(10)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addStretch(0)

        self.placeholder = QWidget(self)
        self.placeholder_text = make_label("", self.placeholder, factor=1.1, role="muted")
        placeholder_layout = QVBoxLayout(self.placeholder)
        placeholder_layout.setContentsMargins(32, 40, 32, 32)
        placeholder_layout.addWidget(self.placeholder_text)
        placeholder_layout.addStretch(1)
        self.picker = PromptPicker(self)
        self.editor = JournalEditor(self)
        self.editing = EntryEditing(vault, self.jobs, clock, self.editor, self,
                                    autosave_delay_ms=autosave_delay_ms)
        self.keeper = self.editing.keeper
        self.trash_panel = TrashPanel(self)
        self.right = QStackedWidget(self)
        for widget in (self.placeholder, self.picker, self.editor, self.trash_panel):
            self.right.addWidget(widget)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 800])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        shortcuts = (("Ctrl+N", self._on_new_action_triggered), ("Ctrl+S", self._on_save_action_triggered),
                     ("Ctrl+F", self._on_find_action_triggered))
        for key, slot in shortcuts:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this page is shown
            action.triggered.connect(slot)
            self.addAction(action)

        self.new_button.clicked.connect(self._on_new_action_triggered)
        self.filters.search_changed.connect(self._on_filters_search_changed)
        self.filters.filter_changed.connect(self._on_filters_filter_changed)
        self.model.more_wanted.connect(self._on_model_more_wanted)
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.search.results_ready.connect(self._on_search_results_ready)
        self.search.failed.connect(self._show_problem)
        self.jobs.failed.connect(self._show_problem)
        self.keeper.draft_saved.connect(self.draft_saved)
        self.editing.entry_saved.connect(self.entry_saved)
        self.editing.journal_changed.connect(self._on_editing_journal_changed)
        self.editing.shown.connect(self._show_right)
        self.editing.closed.connect(self._show_right)
        self.editing.problem.connect(self._show_problem)
        self.picker.chosen.connect(self._on_picker_chosen)
        self.picker.cancelled.connect(self._show_right)
        self.trash_panel.restore_requested.connect(self._on_trash_panel_restore_requested)
        self.trash_panel.delete_now_requested.connect(self._on_trash_panel_delete_now_requested)
        vault.unlocked.connect(self.reload)
        self._show_right()

    # --- what the shell and the session flow ask ---------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the list and the tags again; a stored draft opens in a free editor with a quiet notice."""
        if not self._vault.is_unlocked():
            return
        self._stale = False
        self._request_list()  # first: the list paints without waiting for the tags
        self._request_side(want_draft=not self.editor.is_open())

    def open_new_entry(self, kind: PromptKind = PromptKind.FREE, *, session_id: int | None = None,
                       session_link: SessionLink | None = None) -> None:
        """Offer the prompts of ``kind``; the entry is linked to the session when one is given."""
        def start() -> None:
            self._new_link = (session_id, session_link)
            if self.filters.in_trash():
                self.filters.trash.setChecked(False)
            self.picker.show_prompts(kind)
            self.right.setCurrentWidget(self.picker)

        if self._side_pending:
            # A stored draft may be on its way: let it reach the editor (and be kept) first.
            self._after_side = lambda: self.editing.leave_then(start)
            return
        self.editing.leave_then(start)

    def save_draft_now(self) -> None:
        self.keeper.save_now()

    def clear_content(self) -> None:
        """The vault is locking: keep the draft (it lands before the close), then forget everything."""
        self.keeper.save_now()
        self.jobs.clear()
        self.search.clear()
        self.editing.clear()
        self._list_request += 1
        self._purge_due = self._stale = True
        self._side_pending = self._loaded_waiting = False
        self._after_side = None
        self._list_filter = EntryFilter()
        self.model.clear()
        self.picker.show_prompts(PromptKind.FREE)
        self.trash_panel.clear()
        self.filters.clear()
        for label in (self.count_label, self.message, self.empty_label, self.placeholder_text):
            label.clear()
        self.message.hide()
        self._show_right()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:  # only this page changes the journal: coming back keeps the place in the list
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        self.keeper.save_now()  # switching screens keeps the draft at once
        super().hideEvent(event)

    # --- reading -----------------------------------------------------------------------------------

    def _request_side(self, *, want_draft: bool) -> None:
        purge, now = self._purge_due, self._clock.now()
        self._purge_due = False
        self._side_pending = True

        purge_at = now if purge else None  # the trash keeps entries 30 days, then they go

        def job(vault: OpenVault) -> JournalSide:
            return journal_actions.load_side(vault, want_draft=want_draft, purge_trash_at=purge_at)

        self.jobs.run(job, self._on_side_loaded)

    def _on_side_loaded(self, side: JournalSide) -> None:
        self._side_pending = False
        self.filters.set_tags(side.tags)
        if side.draft is not None and not self.editor.is_open():
            self.editor.open_draft(side.draft, side.draft_entry)
            self._show_right()
        if self._loaded_waiting:
            self._loaded_waiting = False
            self.loaded.emit()
        then, self._after_side = self._after_side, None
        if then is not None:
            then()

    def _request_list(self) -> None:
        if not self._vault.is_unlocked():
            return
        self._list_request += 1
        request, entry_filter = self._list_request, self.filters.entry_filter(self._clock.now())
        if self.filters.search_text().strip():
            self.search.set_query(self.filters.search_text(), entry_filter)
            self.search.run_now()
            return

        def job(vault: OpenVault) -> tuple[EntryPage, int]:
            return journal_actions.first_page(vault, entry_filter, limit=FIRST_PAGE)

        def done(result: tuple[EntryPage, int]) -> None:
            if request == self._list_request:
                self._list_filter = entry_filter
                self.model.show_page(result[0])
                self._after_list_shown(self._count_text(result[1]))

        self.jobs.run(job, done)

    @Slot(str, list)
    def _on_search_results_ready(self, _text: str, hits: list[SearchHit]) -> None:
        self.model.show_hits(hits)
        count = len(hits)
        text = (translate("Journal", "The %1 best matches.") if count >= SEARCH_LIMIT
                else self._count_text(count, found=True))
        self._after_list_shown(text.replace("%1", str(count)))

    @staticmethod
    def _count_text(count: int, *, found: bool = False) -> str:
        if count == 0:
            return ""
        # %Ln: the count in the language's plural form, written the locale's way ("2,000" where it groups
        # digits so).
        if found:
            if count == 1:
                return translate("Journal", "One entry found.")
            return translate("Journal", "%Ln entries found.", "", count)
        if count == 1:
            return translate("Journal", "One entry.")
        return translate("Journal", "%Ln entries.", "", count)

    def _after_list_shown(self, count_text: str) -> None:
        self.count_label.setText(count_text)
        empty = self.model.rowCount() == 0
        if self.filters.in_trash():
            empty_text = translate("Journal", "The trash is empty. Deleted entries stay here for 30 days.")
        elif self.filters.is_narrowed():
            empty_text = translate("Journal", "Nothing matches. Try other words, or clear the filters.")
        else:
            empty_text = translate("Journal", "No entries yet — write the first one. “New entry” (Control+N) "
                                              "offers a few prompts to begin with.")
        self.empty_label.setText(empty_text if empty else "")
        self.empty_label.setVisible(empty)
        self.list_view.setVisible(not empty)
        row = self.model.row_of(self.editor.entry_id() or -1) if not self.filters.in_trash() else -1
        # Follow the entry being edited; not while prompts are offered (selecting it would reopen it).
        if row >= 0 and self.right.currentWidget() is not self.picker:
            self.list_view.setCurrentIndex(self.model.index(row))
        if self._side_pending:
            self._loaded_waiting = True  # the list is on screen; ``loaded`` once the draft is too
        else:
            self.loaded.emit()

    @Slot(int, object)
    def _on_model_more_wanted(self, generation: int, cursor: PageCursor) -> None:
        entry_filter = self._list_filter

        def job(vault: OpenVault) -> EntryPage:
            return JournalRepository(vault.database).list_page(entry_filter, after=cursor, limit=PAGE_SIZE)

        self.jobs.run(job, lambda page: self.model.append_page(generation, page))

    # --- the editor --------------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        summary = self.model.row_at(current.row()).summary
        if self.filters.in_trash():
            self.trash_panel.show_entry(summary)
        elif summary.id == self.editor.entry_id() and self.editor.is_open():
            self._show_right()
        else:
            self.editing.open_entry(summary.id)

    @Slot()
    def _on_editing_journal_changed(self) -> None:
        self.message.hide()
        self._request_side(want_draft=False)
        self._request_list()

    @Slot(object)
    def _on_picker_chosen(self, prompt: Prompt | None) -> None:
        session_id, session_link = self._new_link
        self._new_link = (None, None)
        self.list_view.clearSelection()
        self.editing.open_new(prompt, session_id, session_link)

    # --- actions -----------------------------------------------------------------------------------

    @Slot()
    def _on_new_action_triggered(self) -> None:
        self.open_new_entry(PromptKind.FREE)

    @Slot()
    def _on_save_action_triggered(self) -> None:
        if self.right.currentWidget() is self.editor:
            self.editing.save()

    @Slot()
    def _on_find_action_triggered(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    @Slot(str)
    def _on_filters_search_changed(self, text: str) -> None:
        if text.strip():
            self.search.set_query(text, self.filters.entry_filter(self._clock.now()))
        else:
            self.search.clear()
            self._request_list()

    @Slot()
    def _on_filters_filter_changed(self) -> None:
        self.trash_panel.clear()
        self._show_right()
        self._request_list()

    @Slot(int)
    def _on_trash_panel_restore_requested(self, entry_id: int) -> None:
        def done(_none: None) -> None:
            self.trash_panel.clear()
            self._request_side(want_draft=False)
            self._request_list()

        self.jobs.run(lambda vault: JournalRepository(vault.database).restore(entry_id), done)

    @Slot(int)
    def _on_trash_panel_delete_now_requested(self, entry_id: int) -> None:
        if not self._confirm_delete_now(self):
            return

        def done(_none: None) -> None:
            self.trash_panel.clear()
            self._request_list()

        self.jobs.run(lambda vault: JournalRepository(vault.database).purge(entry_id), done)

    # --- showing -----------------------------------------------------------------------------------

    def _show_right(self, placeholder_note: str = "") -> None:
        """The trash panel in the trash, else the editor when open, else a word on what to do."""
        if self.filters.in_trash():
            self.right.setCurrentWidget(self.trash_panel)
        elif self.editor.is_open():
            self.right.setCurrentWidget(self.editor)
        else:
            hint = translate("Journal", "Choose an entry on the left, or start a new one (Control+N).")
            self.placeholder_text.setText(f"{placeholder_note}\n\n{hint}" if placeholder_note else hint)
            self.right.setCurrentWidget(self.placeholder)

    @Slot(str)
    def _show_problem(self, sentence: str) -> None:
        self.editing.stop_saving()
        self._side_pending = False  # a failed read will not answer: do not wait for it
        if self._loaded_waiting:
            self._loaded_waiting = False
            self.loaded.emit()
        then, self._after_side = self._after_side, None
        if then is not None:
            then()
        self.message.setText(sentence)
        self.message.setVisible(bool(sentence))
