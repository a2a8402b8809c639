"""What a passphrase change leaves to decide: a new recovery key to keep, older backups to delete.

A change re-keys the vault (DESIGN.md §5), so the old passphrase no longer opens it; but each backup
made before keeps its own copy of the key file, which still opens with the old passphrase. If
someone may know it, those backups should go: this dialog says so and offers it, keeping them
unless the person chooses otherwise (a new backup under the new key was made with the change).
A key file from an older companion also got a new recovery key, shown once here first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from companion.ui.widgets.guided_page import GuidedPage
from companion.ui.widgets.recovery_key_pages import PdfPathChooser, RecoveryKeyPage, ask_for_pdf_path

if TYPE_CHECKING:
    from companion.storage.backups import BackupInfo
    from companion.storage.vault import PassphraseChanged


def needs_a_decision(outcome: PassphraseChanged) -> bool:
    return outcome.new_recovery_key is not None or bool(outcome.older_backups)


class OlderBackupsPage(GuidedPage):
    """The change is done; the backups from before still open with the old passphrase."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content.addWidget(self.make_heading(self.tr("Your passphrase is changed")))
        self.content.addWidget(
            self.make_body(
                self.tr(
                    "Your vault is now encrypted with a new key, so the old passphrase no longer opens it. "
                    "A new backup was made just now with the new passphrase."
                )
            )
        )
        self.older_backups_text = self.make_body(
            self.tr(
                "One backup made before this change still opens with the old passphrase. If someone may "
                "know the old passphrase, delete it."
            )
            if count == 1
            else self.tr(
                "%n backups made before this change still open with the old passphrase. If someone may "
                "know the old passphrase, delete them.",
                "",
                count,
            )
        )
        self.older_backups_text.setVisible(count > 0)
        self.content.addWidget(self.older_backups_text)
        self.delete_button = self.make_secondary_button(self.tr("Delete the older backups"))
        self.delete_button.setAccessibleName(self.tr("Delete the backups made before this change"))
        self.delete_button.setVisible(count > 0)
        self.done_button = self.make_primary_button(self.tr("Keep them") if count else self.tr("Done"))
        self.button_row.addWidget(self.delete_button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.done_button)
        self.set_primary(self.done_button)  # Return keeps them: deleting is never the default
        self.finish_layout()


class AfterPassphraseChangeDialog(QDialog):
    """The new recovery key (if one was issued), then the older backups. ``delete_requested`` is
    called with the backups to delete when the person chooses to."""

    def __init__(
        self,
        outcome: PassphraseChanged,
        now: datetime,
        delete_requested: Callable[[list[BackupInfo]], None],
        parent: QWidget | None = None,
        *,
        choose_pdf_path: PdfPathChooser = ask_for_pdf_path,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("companion")
        self._outcome = outcome
        self._delete_requested = delete_requested
        self.stack = QStackedWidget(self)
        self.key_page: RecoveryKeyPage | None = None
        if outcome.new_recovery_key is not None:
            self.key_page = RecoveryKeyPage(self.stack)
            why = self.key_page.make_body(
                self.tr(
                    "Your vault was made by an earlier version of companion, so with the new passphrase it "
                    "also has a new recovery key. The old recovery key now opens only the older backups."
                )
            )
            self.key_page.content.insertWidget(1, why)
            self.key_page.show_key(outcome.new_recovery_key)
            self.key_page.save_pdf_button.clicked.connect(
                lambda: self._save_key(choose_pdf_path, now)
            )
            self.key_page.next_button.clicked.connect(self._show_backups_page)
            self.stack.addWidget(self.key_page)
        self.backups_page = OlderBackupsPage(len(outcome.older_backups), self.stack)
        self.backups_page.delete_button.clicked.connect(self._on_delete_clicked)
        self.backups_page.done_button.clicked.connect(self.accept)
        self.stack.addWidget(self.backups_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.resize(640, 660 if self.key_page is not None else 360)  # the key page needs the room

    def _save_key(self, choose_pdf_path: PdfPathChooser, now: datetime) -> None:
        if self.key_page is not None:
            self.key_page.save_as_pdf(choose_pdf_path, now)

    @Slot()
    def _show_backups_page(self) -> None:
        if self.key_page is not None:
            self.key_page.clear()  # shown once, then gone from memory and screen
        self.stack.setCurrentWidget(self.backups_page)
        self.backups_page.done_button.setFocus()

    @Slot()
    def _on_delete_clicked(self) -> None:
        self._delete_requested(list(self._outcome.older_backups))
        self.accept()

    def force_close(self) -> None:
        """On lock: nothing of the key stays on screen or in memory (Escape's refusal does not apply)."""
        if self.key_page is not None:
            self.key_page.clear()
        super().reject()

    def reject(self) -> None:
        if self.stack.currentWidget() is self.key_page:
            return  # the key is shown once: Escape must not lose it before "I have written it down"
        super().reject()
