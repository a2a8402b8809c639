"""The entry editor: title, a Markdown body with a small toolbar, tags, an optional mood, sharing.

It only shows and collects; the page decides when to save. ``edited`` fires on every change the
patient makes (never on loading), which is what restarts the autosave timer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QShowEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.journal import (
    MAX_BODY_CHARS,
    MAX_TITLE_CHARS,
    EntryContent,
    InvalidTagsError,
    SessionLink,
    clean_text,
    parse_tags,
)
from companion.domain.journal_prompts import prompt_by_id
from companion.ui.core_text import core_text
from companion.ui.formatting import day_text, time_text
from companion.ui.i18n import translate
from companion.ui.journal.format_toolbar import FormatToolbar
from companion.ui.journal.journal_display import link_text, when_text
from companion.ui.scaled_fonts import scale_font
from companion.ui.widgets.rating_scale import RatingScale
from companion.ui.widgets.scroll_area import make_scroll_area
from companion.ui.widgets.session_widgets import make_label

if TYPE_CHECKING:
    from companion.domain.journal_prompts import Prompt
    from companion.storage.journal import JournalEntry, StoredDraft

EDITOR_MAX_WIDTH = 900


class UnsavableEntryError(Exception):
    """What stops this content from being saved, in one sentence for the patient."""

    def __init__(self, sentence: str, *, shown_in_editor: bool = False) -> None:
        super().__init__(sentence)
        self.shown_in_editor = shown_in_editor  # e.g. under the tags field already


class JournalEditor(QWidget):
    edited = Signal()  # the patient changed something (never emitted while loading)
    save_requested = Signal()
    delete_requested = Signal()
    discard_draft_requested = Signal()
    share_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry_id: int | None = None
        self._open = False
        self._loading = False
        self._unsaved = False
        self._valid_tags: tuple[str, ...] = ()
        self._session_id: int | None = None
        self._session_link: SessionLink | None = None
        self._prompt_id: str | None = None

        self.notice = QFrame(self)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice_text = make_label("", self.notice)
        self.discard_button = QPushButton(translate("Journal", "Discard draft"), self.notice)
        self.discard_button.setAccessibleName(translate("Journal", "Discard the recovered draft"))
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(12, 8, 12, 8)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.discard_button)
        self.notice.hide()

        self.setMaximumWidth(EDITOR_MAX_WIDTH)  # lines a reader's eye can follow; the rest stays empty
        self.when = make_label("", self, role="muted")
        self.link_label = make_label("", self, role="muted")
        self.prompt_label = make_label("", self)
        self.prompt_label.setAccessibleName(translate("Journal", "Prompt"))

        self.title = QLineEdit(self)
        self.title.setAccessibleName(translate("Journal", "Title"))
        self.title.setPlaceholderText(translate("Journal", "Title (optional)"))
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.title.setMinimumHeight(40)

        self.body = QTextEdit(self)
        self.body.setAccessibleName(translate("Journal", "What you write"))
        self.body.setPlaceholderText(translate("Journal", "Write as much or as little as you like."))
        self.body.setAcceptRichText(False)  # pasted text arrives plain; formatting comes from the toolbar
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(220)
        self.toolbar = FormatToolbar(self.body, self)
        self.tags = QLineEdit(self)
        self.tags.setAccessibleName(translate("Journal", "Tags"))
        self.tags.setPlaceholderText(translate("Journal", "Tags, separated by commas (optional)"))
        self.tags.setMinimumHeight(36)
        self.tags_problem = make_label("", self, role="error")
        self.tags_problem.hide()
        self.mood = RatingScale(translate("Journal", "Mood (optional)"), translate("Journal", "very low"),
                                translate("Journal", "very good"), self, name=translate("Journal", "Mood"),
                                clear_text=translate("Journal", "No mood noted"), compact=True)
        details = QVBoxLayout()
        details.setSpacing(4)
        details.addWidget(make_label(translate("Journal", "Tags"), self))
        details.addWidget(self.tags)
        details.addSpacing(8)
        details.addWidget(self.mood)

        self.share = QCheckBox(translate("Journal", "Share with my clinician"), self)
        self.share.setAccessibleName(translate("Journal", "Share with my clinician"))
        self.share_note = make_label(translate(
            "Journal",
            "Off unless you turn it on. A shared entry only leaves this computer in an export you make "
            "and choose to include it in."), self, role="muted")
        self.share.setAccessibleDescription(self.share_note.text())

        self.status = make_label("", self, role="muted")
        self.status.setMinimumWidth(120)
        self.save_button = QPushButton(translate("Journal", "Save"), self)
        self.save_button.setAccessibleName(translate("Journal", "Save the entry"))
        self.save_button.setToolTip(translate("Journal", "Save (Control+S)"))
        self.save_button.setMinimumSize(120, 44)
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(translate("Journal", "Delete"), self)
        self.delete_button.setMinimumSize(120, 44)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status, 1)

        # The fields scroll when the window is short (1024 x 768 beside the list, or large text): squeezed
        # below their height they would be drawn over one another. Save and Delete stay in sight below.
        fields = self._fields = QWidget(self)
        column = QVBoxLayout(fields)
        column.setContentsMargins(0, 0, 12, 0)  # room for the scroll bar
        column.setSpacing(10)
        above: tuple[QWidget, ...] = (self.when, self.link_label, self.prompt_label, self.title, self.toolbar)
        for widget in above:
            column.addWidget(widget)
        column.addWidget(self.body, 1)
        column.addLayout(details)
        below: tuple[QWidget, ...] = (self.tags_problem, self.share, self.share_note)
        for widget in below:
            column.addWidget(widget)
        self.scroll_area = make_scroll_area(fields, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 12, 20)
        layout.setSpacing(10)
        layout.addWidget(self.notice)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

        self.title.textEdited.connect(self._on_changed)
        self.body.textChanged.connect(self._on_changed)
        self.tags.textEdited.connect(self._on_tags_text_edited)
        self.mood.changed.connect(self._on_changed)
        self.share.toggled.connect(self._on_share_toggled)
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.discard_button.clicked.connect(self.discard_draft_requested)
        self._apply_fonts()
        self.clear()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # the text size setting changed
            # After the style sheet's repolish, which puts back the font a widget had when first styled.
            QTimer.singleShot(0, self, self._apply_fonts)

    def _apply_fonts(self) -> None:
        """Writing and reading a little larger than the app's text, at every text size."""
        scale_font(self.title, 1.2)
        scale_font(self.body, 1.1)
        scale_font(self.prompt_label, 1.1)
        italic = QFont(self.prompt_label.font())
        italic.setItalic(True)
        self.prompt_label.setFont(italic)
        self._fit_scroll_area_width()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_scroll_area_width()  # the style's padding is known once the fields are polished

    def _fit_scroll_area_width(self) -> None:
        """The area as wide as its fields need (the splitter leaves the rest to the list): a scroll
        area's own minimum ignores its content, which was cut off at the right instead."""
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        self.scroll_area.setMinimumWidth(self._fields.minimumSizeHint().width() + bar)

    # --- state -------------------------------------------------------------------------------------

    def is_open(self) -> bool:
        return self._open

    def entry_id(self) -> int | None:
        return self._entry_id

    def has_unsaved_changes(self) -> bool:
        """Changed since it was opened or last saved as an entry (a draft does not count)."""
        return self._unsaved

    def is_shared(self) -> bool:
        return self.share.isChecked()

    def draft_content(self) -> EntryContent:
        """Everything in the editor as it stands, for the draft: never refuses (tags: the last good ones)."""
        return self._content(self._valid_tags, clean_text(self.body.toMarkdown()).rstrip()[:MAX_BODY_CHARS])

    def content(self) -> EntryContent:
        """The content to save as an entry; :class:`UnsavableEntryError` says what stops it."""
        try:
            tags = parse_tags(self.tags.text())
        except InvalidTagsError as error:
            self._show_tags_problem(core_text(error))
            raise UnsavableEntryError(core_text(error), shown_in_editor=True) from error
        body = clean_text(self.body.toMarkdown()).rstrip()
        if len(body) > MAX_BODY_CHARS:
            raise UnsavableEntryError(translate("Journal", "This entry is too long to keep in one piece. "
                                                           "Move part of it into a new entry, then save."))
        return self._content(tags, body)

    def _content(self, tags: tuple[str, ...], body: str) -> EntryContent:
        return EntryContent(
            title=clean_text(self.title.text()).strip()[:MAX_TITLE_CHARS], body=body, tags=tags,
            mood=self.mood.value(), session_id=self._session_id, session_link=self._session_link,
            prompt_id=self._prompt_id)

    # --- showing -----------------------------------------------------------------------------------

    def open_entry(self, entry: JournalEntry) -> None:
        self._show(entry.id, entry.content, shared=entry.shared)
        self.when.setText(self._when_text(entry))

    def open_new(self, *, prompt: Prompt | None = None, session_id: int | None = None,
                 session_link: SessionLink | None = None) -> None:
        content = EntryContent(session_id=session_id, session_link=session_link,
                               prompt_id=None if prompt is None else prompt.id)
        self._show(None, content, shared=False)
        self.when.setText(translate("Journal", "New entry"))
        self.body.setFocus()

    def open_draft(self, draft: StoredDraft, entry: JournalEntry | None) -> None:
        """A draft kept by autosave (after a lock, a crash or a restart), with a quiet notice."""
        existing = entry if draft.entry_id is not None else None
        self._show(None if existing is None else existing.id, draft.content,
                   shared=existing is not None and existing.shared)
        self.when.setText(translate("Journal", "New entry") if existing is None
                          else self._when_text(existing))
        self._unsaved = True  # the draft is not an entry yet
        self.notice_text.setText(translate("Journal", "Recovered what you were writing on %1 at %2.")
                                 .replace("%1", day_text(draft.saved_at))
                                 .replace("%2", time_text(draft.saved_at)))
        self.notice.setAccessibleName(self.notice_text.text())
        self.notice.show()

    def mark_saved(self, entry: JournalEntry, *, still_unsaved: bool) -> None:
        """The content became ``entry``; edits typed while it was saving stay unsaved."""
        self._entry_id = entry.id
        self._unsaved = still_unsaved
        if not still_unsaved:
            self.tags.setText(", ".join(entry.content.tags))  # as stored: "Sleep, sleep" became "sleep"
        self.when.setText(self._when_text(entry))
        self.notice.hide()
        self._name_delete_button(new=False)
        self.status.setText(translate("Journal", "Saved at %1.").replace("%1", time_text(entry.edited_at)))

    def hide_notice(self) -> None:
        self.notice.hide()

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def clear(self) -> None:
        """Forget everything shown (a lock, a delete): the fields, the undo history, the notice."""
        self._loading = True
        self._entry_id = None
        self._open = False
        self._unsaved = False
        self._valid_tags = ()
        self._session_id = self._session_link = self._prompt_id = None
        for label in (self.when, self.link_label, self.prompt_label, self.status, self.notice_text,
                      self.tags_problem):
            label.clear()
        self.tags_problem.hide()
        self.notice.hide()
        self.notice.setAccessibleName("")
        self.title.setText("")  # setText also drops the undo history
        self.tags.setText("")
        self.body.clear()  # text and undo history
        self.mood.reset()
        self.share.setChecked(False)
        self._name_delete_button(new=True)
        self._loading = False

    def _show(self, entry_id: int | None, content: EntryContent, *, shared: bool) -> None:
        self.clear()
        self._loading = True
        self._open = True
        self._entry_id = entry_id
        self._session_id, self._session_link = content.session_id, content.session_link
        self._prompt_id = content.prompt_id
        self._valid_tags = content.tags
        self.title.setText(content.title)
        self.body.setMarkdown(content.body)
        self.body.document().clearUndoRedoStacks()
        self.body.moveCursor(QTextCursor.MoveOperation.End)
        self.tags.setText(", ".join(content.tags))
        self.mood.choose(content.mood)
        self.share.setChecked(shared)
        prompt = None if content.prompt_id is None else prompt_by_id(content.prompt_id)
        self.prompt_label.setText("" if prompt is None else core_text(prompt.text))
        self.prompt_label.setVisible(prompt is not None)
        link = content.session_link
        self.link_label.setText(
            "" if link is None
            else translate("Journal", "Linked to a session: %1").replace("%1", link_text(link)))
        self.link_label.setVisible(link is not None)
        self._name_delete_button(new=entry_id is None)
        self._loading = False

    @staticmethod
    def _when_text(entry: JournalEntry) -> str:
        text = translate("Journal", "Written %1").replace("%1", when_text(entry.created_at))
        if entry.edited_at != entry.created_at:
            text += " · " + translate("Journal", "changed %1").replace("%1", when_text(entry.edited_at))
        return text

    def _name_delete_button(self, *, new: bool) -> None:
        """A new entry is discarded (nothing to keep in the trash); a stored one goes to the trash."""
        self.delete_button.setText(translate("Journal", "Discard") if new else translate("Journal", "Delete"))
        self.delete_button.setAccessibleName(translate("Journal", "Discard the new entry") if new
                                             else translate("Journal", "Delete the entry"))
        self.delete_button.setToolTip("" if new else translate("Journal", "Moves it to the trash, where it "
                                                                          "is kept 30 days."))

    def _show_tags_problem(self, sentence: str) -> None:
        self.tags_problem.setText(sentence)
        self.tags_problem.setVisible(bool(sentence))

    # --- slots -------------------------------------------------------------------------------------

    @Slot()
    def _on_changed(self) -> None:
        if not self._loading and self._open:
            self._unsaved = True
            self.status.clear()
            self.edited.emit()

    @Slot(str)
    def _on_tags_text_edited(self, text: str) -> None:
        try:
            self._valid_tags = parse_tags(text)
            self._show_tags_problem("")
        except InvalidTagsError as error:
            self._show_tags_problem(core_text(error))
        self._on_changed()

    @Slot(bool)
    def _on_share_toggled(self, shared: bool) -> None:
        if not self._loading and self._open:
            self.share_toggled.emit(shared)
