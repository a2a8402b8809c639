"""A stacked widget whose size is that of the page on show, not of the largest page it holds.

QStackedWidget asks for the largest minimum size of all its pages, so one wide hidden page (the
journal's two panes at 200 % text) made the whole window wider than a 1024-pixel screen while
the patient looked at something small.  Pages not on show get the Ignored size policy, which
takes them out of the stack's size; the page on show gets its own policy back.  The height for a
width (wrapped text) is the page on show's too: QStackedLayout would take the tallest page's.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget


class CurrentPageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_policies: dict[QWidget, QSizePolicy] = {}
        self.currentChanged.connect(self._on_current_changed)

    def addWidget(self, widget: QWidget) -> int:
        self._own_policies.setdefault(widget, QSizePolicy(widget.sizePolicy()))
        index = super().addWidget(widget)  # the first page becomes current: _on_current_changed runs
        if widget is not self.currentWidget():  # only the new page leaves the size (not every page again)
            widget.setSizePolicy(QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored))
        return index

    def removeWidget(self, widget: QWidget) -> None:
        own = self._own_policies.pop(widget, None)
        if own is not None:
            widget.setSizePolicy(own)
        super().removeWidget(widget)

    def hasHeightForWidth(self) -> bool:
        current = self.currentWidget()
        return current is not None and current.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        """The page on show's height for this width (QStackedLayout takes the tallest of all pages)."""
        current = self.currentWidget()
        return -1 if current is None else current.heightForWidth(width)

    @Slot(int)
    def _on_current_changed(self, _index: int) -> None:
        current = self.currentWidget()
        ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for page, own in self._own_policies.items():
            page.setSizePolicy(own if page is current else ignored)
        self.updateGeometry()
