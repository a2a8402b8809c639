"""The backups list in Settings: see them, make one now, restore one (after a confirmation)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.ui.formatting import local_time_text
from companion.ui.widgets.restore_confirmation import RestoreConfirmer, ask_to_confirm_restore

if TYPE_CHECKING:

    from companion.storage.backups import BackupInfo
    from companion.ui.vault_controller import VaultController

# (parent, question, details) -> True to go ahead; injectable so tests need no real message box.

_KIND_LABELS = {
    "daily": str(QT_TRANSLATE_NOOP("BackupsPanel", "Daily")),
    "pre-migration": str(QT_TRANSLATE_NOOP("BackupsPanel", "Before an update")),
    "manual": str(QT_TRANSLATE_NOOP("BackupsPanel", "Made by you")),
    "before-restore": str(QT_TRANSLATE_NOOP("BackupsPanel", "Before a restore")),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("BackupsPanel", _KIND_LABELS[kind]) if kind in _KIND_LABELS else kind


class BackupsPanel(QGroupBox):
    """Lists backups (date, kind, size) when shown; "Back up now"; "Restore…" with confirmation."""

    def __init__(
        self,
        controller: VaultController,
        parent: QWidget | None = None,
        *,
        confirm_restore: RestoreConfirmer = ask_to_confirm_restore,
    ) -> None:
        super().__init__(self.tr("Backups"), parent)
        self._controller = controller
        self._confirm_restore = confirm_restore
        self._backups: list[BackupInfo] = []
        self._pending: str | None = None  # "list" | "backup" | "restore": ours, so messages are ours

        explanation = QLabel(
            self.tr(
                "companion keeps encrypted copies of your vault: one a day (the last 7 days and 4 "
                "weeks) and one before every update. They open with the same passphrase."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Backups"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(160)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        self.back_up_button = QPushButton(self.tr("Back up now"), self)
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        self.status.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(explanation)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.back_up_button.clicked.connect(self._on_back_up_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        controller.backups_listed.connect(self._on_controller_backups_listed)
        controller.backup_created.connect(self._on_controller_backup_created)
        controller.backup_restored.connect(self._on_controller_backup_restored)
        controller.operation_failed.connect(self._on_controller_operation_failed)

    # --- public ------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._controller.is_unlocked() and self._pending is None:
            self._pending = "list"
            self._update_buttons()
            self._controller.list_backups()

    def backups(self) -> list[BackupInfo]:
        return list(self._backups)

    def status_text(self) -> str:
        return self.status.text() if not self.status.isHidden() else ""

    def clear_content(self) -> None:
        self._backups = []
        self.tree.clear()
        self._show_status("")
        self._pending = None
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- internals ---------------------------------------------------------------------------

    def _selected(self) -> BackupInfo | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        index = items[0].data(0, Qt.ItemDataRole.UserRole)
        return self._backups[index] if isinstance(index, int) and index < len(self._backups) else None

    def _update_buttons(self) -> None:
        idle = self._pending is None
        self.back_up_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self._selected() is not None)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    @Slot()
    def _on_back_up_clicked(self) -> None:
        if self._pending is not None:
            return
        self._pending = "backup"
        self._show_status(self.tr("Making a backup…"))
        self._update_buttons()
        self._controller.back_up_now()

    @Slot()
    def _on_restore_clicked(self) -> None:
        backup = self._selected()
        if backup is None or self._pending is not None:
            return
        when = local_time_text(backup.created_at)
        question = self.tr("Restore the backup from %1?").replace("%1", when)
        details = self.tr(
            "Your current vault will be kept aside as a safety copy, so nothing is lost. "
            "Anything entered after %1 will not be in the restored vault."
        ).replace("%1", when)
        if not self._confirm_restore(self, question, details):
            return
        self._pending = "restore"
        self._show_status(self.tr("Checking and restoring the backup…"))
        self._update_buttons()
        self._controller.restore_backup(backup)

    @Slot(list)
    def _on_controller_backups_listed(self, backups: list[BackupInfo]) -> None:
        if self._pending == "list":
            self._pending = None
        self._backups = list(backups)
        self.tree.clear()
        locale = QLocale()
        for index, info in enumerate(self._backups):
            size = locale.formattedDataSize(info.size_bytes)
            item = QTreeWidgetItem([local_time_text(info.created_at), kind_label(info.kind), size])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        if not self._backups:
            self._show_status(self.tr("There are no backups yet."))
        elif self.status_text() == self.tr("There are no backups yet."):
            self._show_status("")
        self._update_buttons()

    @Slot(object)
    def _on_controller_backup_created(self, _info: object) -> None:
        if self._pending == "backup":
            self._pending = None
            self._show_status(self.tr("A backup was made."))
            self._update_buttons()

    @Slot()
    def _on_controller_backup_restored(self) -> None:
        if self._pending == "restore":
            self._pending = None
            self._show_status(self.tr("The backup was restored. Your previous vault was kept aside."))
            self._update_buttons()
            self.refresh()

    @Slot(str)
    def _on_controller_operation_failed(self, message: str) -> None:
        if self._pending is None:
            return
        self._pending = None
        self._show_status(message)
        self._update_buttons()
