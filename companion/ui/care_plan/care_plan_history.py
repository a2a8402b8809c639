"""The care-plan editor's list of saved versions, newest first, and who vouches for the plan in force.

A plan imported from a signed file keeps who signed it and the fingerprint of the key (issue 11); the
line above the list says so for the plan in force, and each signed version carries its fingerprint as
its description (a screen reader reads it; the column would be too wide to show it whole).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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

from companion.ui.care_plan.care_plan_review import grouped_fingerprint
from companion.ui.formatting import local_time_text
from companion.ui.scaled_fonts import scale_fixed_width_font

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
        self.in_force_label = QLabel(self)
        self.in_force_label.setTextFormat(Qt.TextFormat.PlainText)  # names come from the clinician's file
        self.in_force_label.setWordWrap(True)
        self.in_force_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.in_force_label.setAccessibleName(self.tr("Who vouches for the plan in force"))
        self.in_force_label.setVisible(False)
        self.in_force_key_label = QLabel(self)
        self.in_force_key_label.setWordWrap(True)
        self.in_force_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.in_force_key_label.setAccessibleName(self.tr("The fingerprint of the key that signed it"))
        scale_fixed_width_font(self.in_force_key_label, 1.0)
        self.in_force_key_label.setVisible(False)
        note = QLabel(
            self.tr("Every saved version is kept, so each session shows the plan that applied to it."), self
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.in_force_label)
        layout.addWidget(self.in_force_key_label)
        layout.addWidget(note)
        layout.addWidget(self.tree)

    def fill(self, history: list[CarePlanRecord]) -> None:
        self.tree.clear()
        for record in history:
            when = local_time_text(record.set_at)
            item = QTreeWidgetItem([when, self._how(record), record.issued_by or "—"])
            if record.signer_fingerprint is not None:
                described = self.tr("Signed with the key %1").replace("%1", record.signer_fingerprint)
                for column in range(3):
                    item.setToolTip(column, described)
                    item.setData(column, Qt.ItemDataRole.AccessibleDescriptionRole, described)
            self.tree.addTopLevelItem(item)
        current = history[0] if history else None  # newest first: the plan in force
        text = "" if current is None else self._in_force_text(current)
        self.in_force_label.setText(text)
        self.in_force_label.setVisible(bool(text))
        key = None if current is None else current.signer_fingerprint
        self.in_force_key_label.setText("" if key is None else grouped_fingerprint(key))
        self.in_force_key_label.setVisible(key is not None)

    def _how(self, record: CarePlanRecord) -> str:
        if record.source != "imported":
            return self.tr("Entered")
        if record.signer_fingerprint is not None:
            return self.tr("Imported from a signed file")
        return self.tr("Imported from an unsigned file")

    def _in_force_text(self, record: CarePlanRecord) -> str:
        if record.signed_by is not None:
            return self.tr("The plan in force was signed by %1 with the key:").replace("%1", record.signed_by)
        if record.source == "imported":
            return self.tr("The plan in force came from an unsigned file that names %1; nobody vouches for "
                           "it.").replace("%1", record.issued_by or self.tr("nobody"))
        return self.tr("You entered the plan in force yourself.")
