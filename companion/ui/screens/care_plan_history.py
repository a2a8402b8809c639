"""The care-plan editor's list of saved versions, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.ui.screens.backups_panel import local_time_text

if TYPE_CHECKING:
    from companion.storage.care_plans import CarePlanRecord


class CarePlanHistoryBox(QGroupBox):
    """Every saved version: when, how (entered or imported) and who issued it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Saved versions, newest first"), parent)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Care plan versions"))
        self.tree.setHeaderLabels([self.tr("Saved"), self.tr("How"), self.tr("Issued by")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setMinimumHeight(120)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        note = QLabel(
            self.tr("Every saved version is kept, so each session shows the plan that applied to it."), self
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tree)

    def fill(self, history: list[CarePlanRecord]) -> None:
        self.tree.clear()
        for record in history:
            how = self.tr("Imported from a file") if record.source == "imported" else self.tr("Entered")
            item = QTreeWidgetItem([local_time_text(record.set_at), how, record.issued_by or "—"])
            self.tree.addTopLevelItem(item)
