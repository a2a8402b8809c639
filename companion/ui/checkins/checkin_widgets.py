"""Controls the check-in forms share: big 0–10 scales, a severity choice, headings and dates.

Sized for someone still a little foggy after a session: large targets, a chosen answer that is
unmistakable in every theme (:data:`CHOICE_STYLE`), and nothing chosen for them by accident.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.ui.i18n import translate
from companion.ui.scaled_fonts import scale_font
from companion.ui.time_format import weekday_date_format, weekday_date_time_format
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


class ScaleRating(QWidget):
    """A question with eleven toggles 0–10, words at both ends and an optional "before" value.

    ``value()`` is None until the patient chooses: ratings are never pre-filled.
    """

    changed = Signal()

    def __init__(self, question: str, low: str, high: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.question_text = question
        self.question = make_label(question, self, factor=1.1, bold=True)
        self.before = make_label("", self, role="muted")
        self.before.hide()
        self.group = QButtonGroup(self)
        # The eleven numbers in one row, the end words under its two ends: nothing in the row
        # grows with the words, so it fits a small window at 200 % text and the scales line up.
        scale = QGridLayout()
        scale.setHorizontalSpacing(4)
        scale.setVerticalSpacing(2)
        for number in range(11):
            button = QPushButton(str(number), self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumSize(44, TARGET_HEIGHT)
            button.setAccessibleName(f"{question} {number}")
            scale_font(button, 1.15)
            self.group.addButton(button, number)
            scale.addWidget(button, 0, number)
        low_label = make_label(low, self, role="muted")
        high_label = make_label(high, self, role="muted")
        high_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        scale.addWidget(low_label, 1, 0, 1, 5)
        scale.addWidget(high_label, 1, 6, 1, 5)
        row = QHBoxLayout()
        row.addLayout(scale)
        row.addStretch(1)
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.setStyleSheet(CHOICE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.before)
        layout.addLayout(row)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def choose(self, number: int) -> None:
        button = self.group.button(number)
        if button is not None:
            button.setChecked(True)

    def set_before(self, value: int | None) -> None:
        """Show the pre-session value under the question (hidden when there is none)."""
        if value is None:
            self.before.clear()
            self.before.hide()
            return
        self.before.setText(translate("Checkins", "Before the session: %1").replace("%1", str(value)))
        self.before.setAccessibleName(f"{self.question_text}: {self.before.text()}")
        self.before.show()

    def reset(self) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.set_before(None)

    @Slot(int, bool)
    def _on_group_id_toggled(self, _number: int, checked: bool) -> None:
        if checked:
            self.changed.emit()


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
    area = scrolling_column(content, owner)
    layout.addWidget(area)
    return area


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """The buttons side by side, left aligned."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def scrolling_column(content: QWidget, parent: QWidget, *, width: int = 880) -> QScrollArea:
    """``content`` in a vertically scrolling area, at most ``width`` px wide, left aligned."""
    content.setMaximumWidth(width)
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    holder = QWidget(area)
    holder_layout = QHBoxLayout(holder)
    holder_layout.setContentsMargins(0, 0, 0, 0)
    holder_layout.addWidget(content, 10)  # up to ``width``; the rest of a wide window stays empty
    holder_layout.addStretch(1)
    area.setWidget(holder)
    return area
