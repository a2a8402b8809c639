"""The care-plan editor in its own window, opened from Settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from companion.ui.care_plan.care_plan_editor import CarePlanEditor
from companion.ui.widgets.scroll_area import make_scroll_area

if TYPE_CHECKING:
    from companion.ui.vault_controller import VaultController


class CarePlanDialog(QDialog):
    """The editor in its own window (from Settings); closes on lock with its content cleared."""

    def __init__(self, controller: VaultController, parent: QWidget | None = None, **options: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Care plan"))
        self.resize(760, 720)
        self.editor = CarePlanEditor(controller, **options)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(20, 16, 20, 16)
        holder_layout.addWidget(self.editor)
        scroll = make_scroll_area(holder, self, horizontal_bar=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def force_close(self) -> None:
        """On lock: forget everything shown, then close."""
        self.editor.clear_content()
        self.reject()
