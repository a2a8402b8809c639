"""The calm page every screen before unlock is built from.

``GuidedPage`` is a centred, scrollable column with one primary action (Return) and an
optional back action (Escape); its text inherits the app's font, so it follows the
text-size setting live, and headings and the key scale with it.  Its ``make_*`` methods
build labels and buttons.  The setup, unlock, recovery and damaged-vault screens are all
GuidedPages, so every screen before unlock looks and behaves alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.i18n import translate
from companion.ui.widgets.scroll_area import make_scroll_area

HEADING_SCALE = 1.6
SUBHEADING_SCALE = 1.15
COLUMN_MAX_WIDTH = 660


def show_message(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label``; an empty text hides it."""
    label.setText(text)
    label.setVisible(bool(text))


class PageButton(QPushButton):
    """A push button with room around its label at any text size; Return presses it when focused."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        # Outside a dialog a button ignores Return unless it is auto-default; then Return on
        # a focused secondary button presses that button, not the page's primary one.
        self.setAutoDefault(True)
        self.setAccessibleName(text.replace("…", ""))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + 32, max(hint.height(), 44))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class GuidedPage(QWidget):
    """A centred column (scrolls when the window is small) with one primary action.

    Return anywhere on the page presses the primary button when it is enabled; Escape
    presses the back button, if the page has one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._primary: QPushButton | None = None
        self._back: QPushButton | None = None
        # (widget, size factor, weight, monospace): re-applied when the page's inherited
        # font changes (the text-size setting), since a font once set no longer inherits.
        self._font_roles: list[tuple[QWidget, float, QFont.Weight, bool]] = []

        column = QWidget()
        self.content = QVBoxLayout(column)
        self.content.setContentsMargins(8, 32, 8, 32)
        self.content.setSpacing(16)

        scroll = make_scroll_area(column, self, column_width=COLUMN_MAX_WIDTH, centred=True, side_margin=24,
                                  horizontal_bar=True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(12)

    # -- building ---------------------------------------------------------------------------
    def make_heading(self, text: str) -> QLabel:
        label = self.make_body(text)
        label.setAccessibleName(text)
        self.set_font_role(label, HEADING_SCALE, weight=QFont.Weight.DemiBold)
        return label

    def make_subheading(self, text: str) -> QLabel:
        label = self.make_body(text)
        self.set_font_role(label, SUBHEADING_SCALE, weight=QFont.Weight.DemiBold)
        return label

    def make_body(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def make_bullets(self, items: Sequence[str]) -> QLabel:
        return self.make_body("\n".join(f"•  {item}" for item in items))

    def make_message(self) -> QLabel:
        """An initially hidden, framed label for a calm status or problem sentence."""
        label = self.make_body("")
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setMargin(10)
        label.setVisible(False)
        label.setAccessibleName(translate("GuidedPage", "Message"))
        return label

    def make_primary_button(self, text: str) -> PageButton:
        button = PageButton(text, self)
        button.setDefault(True)  # drawn as the default; Return on the page presses it
        self.set_font_role(button, 1.0, weight=QFont.Weight.DemiBold)
        return button

    def make_secondary_button(self, text: str) -> PageButton:
        return PageButton(text, self)

    def make_busy_row(self, text: str) -> QWidget:
        """An indeterminate progress bar with a sentence; hidden until work starts."""
        row = QWidget(self)
        bar = QProgressBar(row)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumWidth(160)
        bar.setAccessibleName(translate("GuidedPage", "Working"))
        label = self.make_body(text)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(bar)
        layout.addWidget(label, 1)
        row.setVisible(False)
        return row

    def finish_layout(self) -> None:
        """Add the button row at the bottom (call after the page's own content)."""
        self.content.addSpacing(8)
        self.content.addLayout(self.button_row)
        self.content.addStretch(1)

    def set_primary(self, button: QPushButton) -> None:
        self._primary = button

    def set_back(self, button: QPushButton) -> None:
        self._back = button

    # -- text size --------------------------------------------------------------------------
    def set_font_role(
        self,
        widget: QWidget,
        factor: float,
        *,
        weight: QFont.Weight = QFont.Weight.Normal,
        monospace: bool = False,
    ) -> None:
        """Give ``widget`` a font ``factor`` times the page's, kept in step with the text size."""
        self._font_roles.append((widget, factor, weight, monospace))
        self._apply_font_role(widget, factor, weight, monospace)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Later, once the whole theme is applied: re-polishing for a new style sheet puts
            # back the fonts the children had when the sheet was first applied.
            QTimer.singleShot(0, self, self._apply_font_roles)

    def _apply_font_roles(self) -> None:
        for role in self._font_roles:
            self._apply_font_role(*role)

    def _apply_font_role(self, widget: QWidget, factor: float, weight: QFont.Weight, monospace: bool) -> None:
        if monospace:
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        else:
            font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * factor)
        font.setWeight(weight)
        widget.setFont(font)

    # -- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._can_press(self._primary):
            assert self._primary is not None
            self._primary.click()
            event.accept()
        elif key == Qt.Key.Key_Escape and self._can_press(self._back):
            assert self._back is not None
            self._back.click()
            event.accept()
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _can_press(button: QPushButton | None) -> bool:
        return button is not None and button.isEnabled() and button.isVisibleTo(button.window())
