"""What happens to the entry in the editor: open, save, delete to the trash, share, drafts.

Never lose a word: :class:`DraftKeeper` writes the editor as the draft a moment after typing stops;
before the editor shows something else, what is in it is saved as an entry (:meth:`leave_then`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from companion.services import journal_actions
from companion.storage.journal import JournalRepository
from companion.ui.core_text import core_text
from companion.ui.i18n import translate
from companion.ui.journal.draft_keeper import DraftKeeper
from companion.ui.journal.journal_editor import JournalEditor, UnsavableEntryError

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.domain.journal import EntryContent, SessionLink
    from companion.domain.journal_prompts import Prompt
    from companion.storage.journal import JournalEntry
    from companion.storage.vault import OpenVault
    from companion.ui.page_jobs import PageJobs
    from companion.ui.vault_controller import VaultController


class EntryEditing(QObject):
    entry_saved = Signal(int)
    journal_changed = Signal()  # an entry was stored, trashed or (un)shared: the list and tags are stale
    shown = Signal()  # the editor shows something new (or nothing)
    closed = Signal(str)  # the editor was emptied; a note on why ("" for none)
    problem = Signal(str)  # one sentence for the patient

    def __init__(self, vault: VaultController, jobs: PageJobs, clock: Clock, editor: JournalEditor,
                 parent: QObject | None = None, *, autosave_delay_ms: int) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._clock = clock
        self.editor = editor
        self.keeper = DraftKeeper(vault, jobs, clock, self._draft_source, self, delay_ms=autosave_delay_ms)
        self._edit_serial = 0
        self._open_request = 0
        self._saving = False
        editor.edited.connect(self._on_editor_edited)
        editor.save_requested.connect(self.save)
        editor.delete_requested.connect(self._on_editor_delete_requested)
        editor.discard_draft_requested.connect(self._on_editor_discard_draft_requested)
        editor.share_toggled.connect(self._on_editor_share_toggled)

    def clear(self) -> None:
        """Forget the editor's content and any open or save on its way (a lock)."""
        self.keeper.forget()
        self._open_request += 1
        self._saving = False
        self.editor.clear()

    def stop_saving(self) -> None:
        """A job failed: a save in flight will not answer."""
        self._saving = False

    # --- opening -------------------------------------------------------------------------------------

    def open_entry(self, entry_id: int) -> None:
        """Show a stored entry (after keeping what the editor holds)."""
        self._open_request += 1
        request = self._open_request

        def done(entry: JournalEntry) -> None:
            if request == self._open_request:
                self.editor.open_entry(entry)
                self.shown.emit()

        self.leave_then(lambda: self._jobs.run(lambda vault: JournalRepository(vault.database).get(entry_id),
                                               done))

    def open_new(self, prompt: Prompt | None, session_id: int | None,
                 session_link: SessionLink | None) -> None:
        self._open_request += 1
        self.keeper.forget()
        self.editor.open_new(prompt=prompt, session_id=session_id, session_link=session_link)
        self.shown.emit()

    def leave_then(self, then: Callable[[], None]) -> None:
        """Keep what the editor holds as an entry, then ``then()``; a problem stops it with a sentence."""
        if not self.editor.is_open() or not self.editor.has_unsaved_changes():
            self.keeper.forget()
            then()
            return
        try:
            content = self.editor.content()
        except UnsavableEntryError as problem:
            if not problem.shown_in_editor:
                self.problem.emit(core_text(problem))
            return
        if not content.is_empty:
            self._save(content, then)
        elif self.editor.entry_id() is None:
            self.keeper.forget()
            self._jobs.run(lambda vault: JournalRepository(vault.database).discard_draft(),
                           lambda _none: None)
            then()
        else:
            self.problem.emit(translate("Journal", "This entry is empty now. Write something, or delete it."))

    # --- saving --------------------------------------------------------------------------------------

    def _draft_source(self) -> tuple[int | None, EntryContent] | None:
        if not self.editor.is_open() or self._saving:
            return None  # while saving, the draft waits: it would not know the new entry's id yet
        return self.editor.entry_id(), self.editor.draft_content()

    @Slot()
    def _on_editor_edited(self) -> None:
        self._edit_serial += 1
        self.keeper.note_edit()

    @Slot()
    def save(self) -> None:
        if not self.editor.is_open():
            return
        try:
            content = self.editor.content()
        except UnsavableEntryError as problem:
            if not problem.shown_in_editor:
                self.problem.emit(core_text(problem))
            return
        if content.is_empty:
            self.problem.emit(translate("Journal",
                                        "There is nothing to save yet. Write a title or a few words first."))
            return
        self._save(content)

    def _save(self, content: EntryContent, then: Callable[[], None] | None = None) -> None:
        entry_id, shared, at = self.editor.entry_id(), self.editor.is_shared(), self._clock.now()
        serial = self._edit_serial
        self.keeper.forget()
        self._saving = True

        def job(vault: OpenVault) -> JournalEntry:
            return journal_actions.save_entry(vault, entry_id, content, shared=shared, at=at)

        def done(entry: JournalEntry) -> None:
            self._saving = False
            still_unsaved = serial != self._edit_serial
            self.editor.mark_saved(entry, still_unsaved=still_unsaved)
            if still_unsaved:
                self.keeper.note_edit()  # typed while it was saving: keep that as a draft too
            self.entry_saved.emit(entry.id)
            self.journal_changed.emit()
            if then is not None:
                then()

        self._jobs.run(job, done)

    # --- delete, discard, share ----------------------------------------------------------------------

    @Slot()
    def _on_editor_delete_requested(self) -> None:
        entry_id, at = self.editor.entry_id(), self._clock.now()
        self.keeper.forget()

        def job(vault: OpenVault) -> None:
            journal_actions.trash_entry(vault, entry_id, at=at)

        def done(_none: None) -> None:
            self.editor.clear()
            self.closed.emit(translate("Journal", "Moved to the trash. It is kept there 30 days, and you can "
                                                  "restore it until then.") if entry_id is not None else "")
            self.journal_changed.emit()

        self._jobs.run(job, done)

    @Slot()
    def _on_editor_discard_draft_requested(self) -> None:
        entry_id = self.editor.entry_id()
        self.keeper.forget()

        def job(vault: OpenVault) -> JournalEntry | None:
            return journal_actions.discard_draft(vault, entry_id)

        def done(entry: JournalEntry | None) -> None:
            if entry is None:
                self.editor.clear()
                self.closed.emit("")
            else:
                self.editor.open_entry(entry)
                self.shown.emit()

        self._jobs.run(job, done)

    @Slot(bool)
    def _on_editor_share_toggled(self, shared: bool) -> None:
        entry_id = self.editor.entry_id()
        self.editor.show_status(translate("Journal", "Shared with your clinician: it can be included in an "
                                                     "export you make.")
                                if shared else translate("Journal", "Not shared."))
        if entry_id is None:
            return  # a new entry is stored shared when it is first saved
        self._jobs.run(lambda vault: JournalRepository(vault.database).set_shared(entry_id, shared),
                       lambda _none: self.journal_changed.emit())
