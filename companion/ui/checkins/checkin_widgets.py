"""Controls the check-in forms share: a severity choice, a note field, headings and dates.

The 0–10 scales are the app's one rating widget, :class:`companion.ui.widgets.rating_scale.RatingScale`.

Sized for someone still a little foggy after a session: large targets, a chosen answer that is
unmistakable in every theme (:data:`CHOICE_STYLE`), and nothing chosen for them by accident.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.ui.i18n import translate
from companion.ui.time_format import weekday_date_format, weekday_date_time_format
from companion.ui.widgets.scroll_area import make_scroll_area
from companion.ui.widgets.session_widgets import CHOICE_STYLE, make_label

NOTE_MAX_CHARACTERS = 4000
TARGET_HEIGHT = 48  # px: every choice is at least this tall
MIN_CHOICE_WIDTH = 104  # px: none / mild / moderate / severe, at the least
CHOICE_PADDING = 32  # px: the theme's button padding and border on both sides, with a little room


def format_when(moment: datetime) -> str:
    """A stored UTC time as the patient's local day and time, in their locale's words."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, weekday_date_time_format())


def format_day(moment: datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, weekday_date_format())


def heading(text: str, parent: QWidget) -> QLabel:
    label = make_label(text, parent, factor=1.45, bold=True)
    label.setAccessibleName(text)
    return label


class SeverityChoice(QWidget):
    """One side effect with none / mild / moderate / severe; "none" is the easy default."""

    SEVERITIES = ("none", "mild", "moderate", "severe")

    def __init__(self, name: str, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.name = name
        self.label = make_label(label, self)
        self.group = QButtonGroup(self)
        captions = (translate("Checkins", "None"), translate("Checkins", "Mild"),
                    translate("Checkins", "Moderate"), translate("Checkins", "Severe"))
        # The name above its four choices: beside them it left too little room at 200 % text.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 2)
        column.setSpacing(2)
        column.addWidget(self.label)
        row = QHBoxLayout()
        column.addLayout(row)
        for index, caption in enumerate(captions):
            button = QPushButton(caption, self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(TARGET_HEIGHT - 4)
            button.setAccessibleName(f"{label}: {caption}")
            self.group.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        self.setStyleSheet(CHOICE_STYLE)
        self._fit_buttons()
        self.reset()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting
            self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Each choice wide enough for its caption in bold (a chosen one is bold): at 200 % text
        "Moderate" no longer fits a fixed width."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        for button in self.group.buttons():
            caption = metrics.horizontalAdvance(button.text())
            button.setMinimumWidth(max(MIN_CHOICE_WIDTH, caption + CHOICE_PADDING))

    def value(self) -> str:
        checked = self.group.checkedId()
        return self.SEVERITIES[checked if checked >= 0 else 0]

    def set_value(self, severity: str) -> None:
        index = self.SEVERITIES.index(severity) if severity in self.SEVERITIES else 0
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)

    def reset(self) -> None:
        self.set_value("none")


class NoteField(QPlainTextEdit):
    """A few lines of free text; Tab moves on (a note never needs a tab character)."""

    def __init__(self, accessible_name: str, placeholder: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(72)
        self.setMaximumHeight(120)

    def text(self) -> str:
        return self.toPlainText()[:NOTE_MAX_CHARACTERS]

    def sizeHint(self) -> QSize:
        return QSize(480, 88)


def fill_with_scrolling_column(owner: QWidget, content: QWidget) -> QScrollArea:
    """Make ``content`` the whole of ``owner``, scrolling vertically (every check-in screen is built so)."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    area = make_scroll_area(content, owner, column_width=880)
    layout.addWidget(area)
    return area


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """The buttons side by side, left aligned."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


