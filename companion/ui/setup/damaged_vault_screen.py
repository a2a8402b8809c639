"""The vault could not be read: it was moved aside (never deleted); offer the newest good backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QHBoxLayout, QWidget

from companion.ui.widgets.guided_page import GuidedPage, show_message
from companion.ui.widgets.restore_confirmation import RestoreConfirmer, ask_to_confirm_restore_after_damage

if TYPE_CHECKING:
    from companion.storage.backups import BackupInfo
    from companion.ui.vault_controller import VaultController



def local_date_time_text(moment: datetime, locale: QLocale | None = None) -> str:
    """E.g. "Monday, 5 January 2026 at 10:00" in the computer's time zone and language."""
    locale = QLocale() if locale is None else locale
    local = moment.astimezone()
    date_text = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return (
        QCoreApplication.translate("DamagedVaultScreen", "%1 at %2")
        .replace("%1", date_text)
        .replace("%2", time_text)
    )


class DamagedVaultScreen(GuidedPage):
    """Explains what happened and offers the way forward; see :meth:`show_problem`."""

    def __init__(
        self,
        controller: VaultController,
        parent: QWidget | None = None,
        *,
        data_dir: Path | None = None,
        confirm_restore: RestoreConfirmer = ask_to_confirm_restore_after_damage,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._data_dir = data_dir
        self._confirm_restore = confirm_restore
        self._backup: BackupInfo | None = None
        self._restoring = False

        self.content.addWidget(self.make_heading(self.tr("Your vault could not be opened")))
        self.content.addWidget(
            self.make_body(
                self.tr(
                    "companion could not open your vault. Nothing has been deleted; here is what happened "
                    "and how to go on."
                )
            )
        )
        self.details_label = self.make_body("")
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content.addWidget(self.details_label)

        self.backup_text = self.make_body("")
        self.content.addWidget(self.backup_text)
        self.no_backup_intro = self.make_body(
            self.tr("There is no backup that passed its checks. Here is what you can do:")
        )
        self.no_backup_text = self.make_bullets(
            [
                self.tr(
                    "Keep your data folder as it is, including any file that was moved aside: it may "
                    "still be possible to repair it."
                ),
                self.tr(
                    "Contact support and tell them the vault could not be read. Never share your "
                    "passphrase or recovery key with anyone."
                ),
            ]
        )
        self.content.addWidget(self.no_backup_intro)
        self.content.addWidget(self.no_backup_text)
        self.data_dir_label = self.make_body("")
        self.data_dir_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.data_dir_label.setAccessibleName(self.tr("Data folder"))
        self.content.addWidget(self.data_dir_label)

        self.busy_row = self.make_busy_row(self.tr("Checking and restoring the backup…"))
        self.content.addWidget(self.busy_row)
        self.message = self.make_message()
        self.content.addWidget(self.message)

        self.restore_button = self.make_primary_button(self.tr("Restore the backup"))
        self.close_button = self.make_secondary_button(self.tr("Close companion"))
        self.close_button.setAccessibleName(self.tr("Close companion"))
        # The restore label holds a full date, so each action gets a row of its own.
        self.button_row.addWidget(self.restore_button)
        self.button_row.addStretch(1)
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_button)
        close_row.addStretch(1)
        self.set_primary(self.restore_button)
        self.finish_layout()
        self.content.insertLayout(self.content.count() - 1, close_row)

        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)
        controller.busy_changed.connect(self._on_controller_busy_changed)
        controller.backup_restored.connect(self._on_controller_backup_restored)
        controller.operation_failed.connect(self._on_controller_operation_failed)
        self.show_problem("", None)

    def show_problem(self, message: str, backup: BackupInfo | None) -> None:
        """Show what happened (``message``, a calm sentence) and the newest good backup, if any."""
        self._backup = backup
        self._restoring = False
        self._set_busy(False)
        show_message(self.message, "")
        show_message(self.details_label, message)
        has_backup = backup is not None
        self.backup_text.setVisible(has_backup)
        self.restore_button.setVisible(has_backup)
        self.no_backup_intro.setVisible(not has_backup)
        self.no_backup_text.setVisible(not has_backup)
        # With a backup the restore button is the one way forward; without, closing is.
        self.close_button.setDefault(not has_backup)
        if backup is not None:
            when = local_date_time_text(backup.created_at)
            self.backup_text.setText(
                self.tr(
                    "A backup from %1 passed its checks. Restoring it brings back everything up to that "
                    "time; anything entered after it is not in the backup."
                ).replace("%1", when)
            )
            label = self.tr("Restore the backup from %1").replace("%1", when)
            self.restore_button.setText(label)
            self.restore_button.setAccessibleName(label)
        folder = self._data_dir
        show_message(
            self.data_dir_label,
            self.tr("Your data folder is: %1").replace("%1", str(folder)) if folder is not None else "",
        )

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def _set_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.restore_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _on_restore_clicked(self) -> None:
        backup = self._backup
        if backup is None or self._restoring:
            return
        when = local_date_time_text(backup.created_at)
        question = self.tr("Restore the backup from %1?").replace("%1", when)
        details = self.tr(
            "Anything entered after that time is not in the backup. The damaged file, if any, is kept "
            "where it was moved."
        )
        if not self._confirm_restore(self, question, details):
            return
        self._restoring = True
        show_message(self.message, "")
        self._set_busy(True)
        self._controller.restore_backup(backup)

    def _on_close_clicked(self) -> None:
        self.window().close()

    def _on_controller_busy_changed(self, busy: bool) -> None:
        if self._restoring:
            self._set_busy(busy)

    def _on_controller_backup_restored(self) -> None:
        if self._restoring:
            self._restoring = False
            self._set_busy(False)

    def _on_controller_operation_failed(self, message: str) -> None:
        if not self._restoring:
            return
        self._restoring = False
        self._set_busy(False)
        show_message(self.message, message)
