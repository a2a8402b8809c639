"""The trash: what was deleted, when it goes for good, and a way to bring it back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.domain.journal import TRASH_KEPT
from companion.ui.formatting import day_text
from companion.ui.i18n import translate
from companion.ui.journal.journal_display import title_text
from companion.ui.scaled_fonts import scale_font
from companion.ui.widgets.session_widgets import make_label

if TYPE_CHECKING:
    from companion.storage.journal import EntrySummary


class TrashPanel(QWidget):
    restore_requested = Signal(int)
    delete_now_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry_id: int | None = None
        self.setMaximumWidth(900)
        self.heading = make_label(translate("Journal", "Trash"), self)
        self.heading.setAccessibleName(self.heading.text())
        self.explanation = make_label(translate(
            "Journal",
            "Deleted entries are kept %1 days, then removed for good. Restore one to bring it back "
            "to your journal.").replace("%1", str(TRASH_KEPT.days)), self, role="muted")
        self.title = make_label("", self)
        self.dates = make_label("", self, role="muted")
        self.preview = make_label("", self)
        self.restore_button = QPushButton(translate("Journal", "Restore"), self)
        self.restore_button.setAccessibleName(translate("Journal", "Restore the entry"))
        self.delete_button = QPushButton(translate("Journal", "Delete now…"), self)
        self.delete_button.setAccessibleName(translate("Journal", "Delete the entry now, for good"))
        for button in (self.restore_button, self.delete_button):
            button.setMinimumSize(140, 44)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        for widget in (self.heading, self.explanation, self.title, self.dates, self.preview):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._apply_fonts()
        self.show_entry(None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # After the style sheet's repolish, which puts back the font a widget had when first styled.
            QTimer.singleShot(0, self, self._apply_fonts)

    def _apply_fonts(self) -> None:
        scale_font(self.heading, 1.45, bold=True)
        scale_font(self.title, 1.2, bold=True)

    def entry_id(self) -> int | None:
        return self._entry_id

    def show_entry(self, summary: EntrySummary | None) -> None:
        self._entry_id = None if summary is None else summary.id
        has_entry = summary is not None
        for widget in (self.title, self.dates, self.preview, self.restore_button, self.delete_button):
            widget.setVisible(has_entry)
        if summary is None:
            self.title.clear()
            self.dates.clear()
            self.preview.clear()
            return
        self.title.setText(title_text(summary))
        if summary.trashed_at is not None:
            self.dates.setText(translate("Journal", "Written %1 · deleted %2 · removed for good after %3")
                               .replace("%1", day_text(summary.created_at))
                               .replace("%2", day_text(summary.trashed_at))
                               .replace("%3", day_text(summary.trashed_at + TRASH_KEPT)))
        self.preview.setText(summary.preview)

    def clear(self) -> None:
        self.show_entry(None)

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        if self._entry_id is not None:
            self.restore_requested.emit(self._entry_id)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        if self._entry_id is not None:
            self.delete_now_requested.emit(self._entry_id)
