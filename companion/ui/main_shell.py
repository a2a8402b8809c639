"""The unlocked app: side navigation on the left, one page at a time on the right.

Pages that hold decrypted content implement :class:`ContentHolder`; on lock the shell
calls ``clear_content()`` on every one of them so nothing personal stays in memory
models or widgets behind the unlock screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets.current_page_stack import CurrentPageStack

_ITEM_VERTICAL_PADDING = 18  # matches the style sheet's 8 px above and below, plus the 1 px margins


@runtime_checkable
class ContentHolder(Protocol):
    """A page that shows decrypted content and must forget it when the vault locks."""

    def clear_content(self) -> None:
        """Drop every piece of personal content (models, fields, caches); called on lock."""


@dataclass(frozen=True)
class ShellPage:
    key: str  # stable identifier, e.g. "journal"
    title: str  # translated navigation label
    widget: QWidget


_RESIZING_EVENTS = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ApplicationFontChange)


class MainShell(QWidget):
    """Side navigation (arrow keys or Ctrl+1…Ctrl+9) and a stack of pages."""

    page_changed = Signal(str)  # the key of the page now shown

    def __init__(
        self, pages: Sequence[ShellPage], lock_action: QAction | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._pages: list[ShellPage] = []

        self._page_actions: dict[str, QAction] = {}
        navigation_column = QWidget(self)
        self.navigation_column = navigation_column
        navigation_column.setObjectName("navigationColumn")
        navigation_column.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.navigation = QListWidget(navigation_column)
        self.navigation.setObjectName("sideNavigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setAccessibleDescription(
            self.tr("Use the arrow keys, or Control with a number, to move between sections.")
        )
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = CurrentPageStack(self)

        self.lock_button = QPushButton(self.tr("Lock now"), navigation_column)
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.lock_button.setToolTip(self.tr("Lock the vault (Control+L)"))
        if lock_action is not None:
            self.lock_button.clicked.connect(lock_action.trigger)

        column_layout = QVBoxLayout(navigation_column)
        column_layout.setContentsMargins(0, 0, 1, 12)  # 1 px: room for the border line
        column_layout.setSpacing(8)
        column_layout.addWidget(self.navigation, 1)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(12, 0, 12, 0)
        button_row.addWidget(self.lock_button)
        column_layout.addLayout(button_row)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(navigation_column)
        layout.addWidget(self.stack, 1)

        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        for page in pages:
            self.add_page(page)

    def add_page(self, page: ShellPage) -> None:
        """One more page, last in the navigation (the first one added is shown).

        The app's pages are added one at a time, each after it is built (``ShellBuilder``): moving a
        built page into the shell is most of its cost (Qt resolves fonts, palette and style again for
        every widget in it), too long for one turn of the event loop with all seven at once.
        """
        self._pages.append(page)
        number = len(self._pages)
        item = QListWidgetItem(page.title, self.navigation)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, page.title)
        item.setData(Qt.ItemDataRole.UserRole, page.key)
        if number <= 9:
            item.setToolTip(self.tr("Control+%1").replace("%1", str(number)))
            self._add_page_shortcut(number, page)
        self.stack.addWidget(page.widget)
        self._fit_navigation()
        if number == 1:
            self.navigation.setCurrentRow(0)

    def _add_page_shortcut(self, number: int, page: ShellPage) -> None:
        action = QAction(page.title, self)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        # Window-wide, but only while the shell is the visible screen (hidden widgets' shortcuts are off).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, key=page.key: self.show_page(key))
        self.addAction(action)
        self._page_actions[page.key] = action

    def _fit_navigation(self) -> None:
        """Size the items and the column from the current font.

        Explicit item heights: under a style sheet, a list moved into a new parent after its
        items were laid out drew them at stale sizes (labels on top of each other).
        """
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(page.title) for page in self._pages)
        # Item padding and margin (36), the list's own margin (16) and a focus border on each side.
        width = max(widest + 72, self.lock_button.sizeHint().width() + 24, 160)
        self.navigation.setFixedWidth(width)
        item_height = metrics.height() + _ITEM_VERTICAL_PADDING
        for row in range(self.navigation.count()):
            self.navigation.item(row).setSizeHint(QSize(width - 16, item_height))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _RESIZING_EVENTS:
            self._fit_navigation()

    # --- pages -------------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [page.key for page in self._pages]

    def page(self, key: str) -> QWidget:
        for page in self._pages:
            if page.key == key:
                return page.widget
        raise KeyError(key)

    def current_page_key(self) -> str:
        return self._pages[self.stack.currentIndex()].key

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self.page_keys().index(key))

    def set_page_hidden(self, key: str, hidden: bool) -> None:
        """Hide a page's navigation entry and shortcut (e.g. the journal during a session)."""
        row = self.page_keys().index(key)
        self.navigation.item(row).setHidden(hidden)
        action = self._page_actions.get(key)
        if action is not None:
            action.setEnabled(not hidden)
        if hidden and self.current_page_key() == key:
            self.show_page(self._pages[0].key)

    def is_page_hidden(self, key: str) -> bool:
        return self.navigation.item(self.page_keys().index(key)).isHidden()

    def set_navigation_visible(self, visible: bool) -> None:
        """Full-window mode (an active session) hides the navigation column and its shortcuts."""
        self.navigation_column.setVisible(visible)
        for key, action in self._page_actions.items():
            action.setEnabled(visible and not self.is_page_hidden(key))

    def clear_content(self) -> None:
        """Call ``clear_content()`` on every page that holds content (the vault is locking)."""
        for page in self._pages:
            if isinstance(page.widget, ContentHolder):
                page.widget.clear_content()

    @Slot(int)
    def _on_navigation_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.stack.setCurrentIndex(row)
            self.page_changed.emit(self._pages[row].key)
