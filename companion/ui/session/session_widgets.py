"""Widgets every session step uses: large buttons, yes/no choices, a reading form, the dark style.

Session mode is dark, high contrast and large (DESIGN.md §2): its colours are the high-contrast
theme's (:data:`companion.ui.theme.THEMES`), applied by a style sheet on the session widgets only,
so the rest of the app keeps the user's theme.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QIntValidator
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.vitals import BloodPressure, check_plausible
from companion.ui.session.session_snapshot import Reading
from companion.ui.theme import THEMES

_HC = THEMES["high_contrast"]
SESSION_FONT_FACTOR = 1.6  # session mode's text, relative to the app's
CLOCK_FONT_FACTOR = 2.2  # the time since the dose
ALERT_BACKGROUND = "#b00020"  # the flashing escalation; white text on it is 6.4:1

SESSION_MODE_STYLE = f"""
QWidget#sessionMode {{ background: {_HC.window}; color: {_HC.text}; }}
QWidget#sessionMode QLabel {{ color: {_HC.text}; }}
QWidget#sessionMode QLabel[role="muted"] {{ color: {_HC.muted_text}; }}
QWidget#sessionMode QLabel[role="error"] {{ color: {_HC.error_text}; font-weight: 600; }}
QWidget#sessionMode QPushButton, QWidget#sessionMode QLineEdit, QWidget#sessionMode QPlainTextEdit {{
    background: {_HC.base}; color: {_HC.text}; border: 2px solid {_HC.border}; padding: 6px 12px; }}
QWidget#sessionMode QPushButton:focus, QWidget#sessionMode QLineEdit:focus,
QWidget#sessionMode QPlainTextEdit:focus, QWidget#sessionMode QCheckBox:focus {{
    border: 4px solid {_HC.focus}; }}
QWidget#sessionMode QPushButton:checked {{ background: {_HC.highlight}; color: {_HC.highlighted_text}; }}
QWidget#sessionMode QPushButton:disabled {{ color: {_HC.disabled_text};
    border: 2px dashed {_HC.disabled_text}; }}
QWidget#sessionMode QPushButton[role="help"] {{ background: {_HC.highlight}; color: {_HC.highlighted_text};
    border: 3px solid {_HC.text}; font-weight: 700; }}
QWidget#sessionMode QPushButton[role="primary"] {{ border: 3px solid {_HC.text}; font-weight: 700; }}
QWidget#sessionMode QCheckBox {{ color: {_HC.text}; }}
QWidget#sessionMode QCheckBox::indicator {{ width: 22px; height: 22px; border: 2px solid {_HC.border};
    background: {_HC.base}; }}
QWidget#sessionMode QCheckBox::indicator:checked {{ background: {_HC.focus}; }}
QWidget#sessionMode QFrame[role="prompt"] {{ border: 3px solid {_HC.border}; }}
QWidget#sessionMode QFrame[role="prompt"][alert="true"] {{ background: {ALERT_BACKGROUND};
    border: 3px solid {_HC.text}; }}
"""


# A chosen answer must be unmistakable in every theme (Fusion's "checked" grey is too faint).
CHOICE_STYLE = """
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); font-weight: 600; }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate("Session", text)


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Make ``widget``'s text ``factor`` times the application's size."""
    font = QFont(widget.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * factor)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)


def enlarge_fonts(root: QWidget, factor: float) -> None:
    """Scale the text of ``root`` and every widget inside it (session mode's large type).

    Set on each widget: a font set on a parent does not reach children styled by a style sheet.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        font = QFont(widget.font())
        font.setPointSizeF(font.pointSizeF() * factor)
        widget.setFont(font)


def make_label(
    text: str, parent: QWidget, *, role: str = "", factor: float = 0.0, bold: bool = False
) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if factor:
        scale_font(label, factor, bold=bold)
    return label


def make_heading(text: str, parent: QWidget) -> QLabel:
    label = make_label(text, parent, factor=1.5, bold=True)
    label.setAccessibleName(text)
    return label


class SessionButton(QPushButton):
    """A large push button with an accessible name; Return presses it when focused."""

    def __init__(self, text: str, parent: QWidget, *, role: str = "") -> None:
        super().__init__(text, parent)
        self.setAutoDefault(True)
        self.setAccessibleName(text.replace("…", ""))
        if role:
            self.setProperty("role", role)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + 32, max(hint.height(), 52))

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 120), self.sizeHint().height())


class YesNoChoice(QFrame):
    """A question with large Yes and No toggles; ``changed`` carries the new answer."""

    changed = Signal(bool)

    def __init__(self, question: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.question = question
        self.question_label = make_label(question, self, bold=True)
        self.yes_button = SessionButton(tr("Yes"), self)
        self.no_button = SessionButton(tr("No"), self)
        for button, answer in ((self.yes_button, tr("Yes")), (self.no_button, tr("No"))):
            button.setCheckable(True)
            button.setAccessibleName(f"{answer}: {question}")
            button.setMinimumWidth(110)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.addButton(self.yes_button)
        self._group.addButton(self.no_button)
        self._group.buttonToggled.connect(self._on_group_button_toggled)
        self.setStyleSheet(CHOICE_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.yes_button)
        row.addWidget(self.no_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.question_label)
        layout.addLayout(row)

    def value(self) -> bool | None:
        if self.yes_button.isChecked():
            return True
        if self.no_button.isChecked():
            return False
        return None

    def set_value(self, value: bool | None) -> None:
        if value is None:
            self._group.setExclusive(False)
            self.yes_button.setChecked(False)
            self.no_button.setChecked(False)
            self._group.setExclusive(True)
        else:
            (self.yes_button if value else self.no_button).setChecked(True)

    @Slot(QPushButton, bool)
    def _on_group_button_toggled(self, button: QPushButton, checked: bool) -> None:
        if checked:
            self.changed.emit(button is self.yes_button)


def press_on_return(button: QPushButton, *edits: QLineEdit) -> None:
    """Return in any of ``edits`` presses ``button`` (when it is enabled): no mouse needed."""

    def press() -> None:
        if button.isEnabled() and button.isVisible():
            button.animateClick()

    for edit in edits:
        edit.returnPressed.connect(press)


class ReadingForm(QWidget):
    """Upper and lower blood pressure and heart rate, typed (nothing pre-filled to accept by mistake)."""

    edited = Signal()

    def __init__(self, parent: QWidget, *, name: str) -> None:
        super().__init__(parent)
        self.systolic = self._field(tr("Upper number (systolic)"), name, 300)
        self.diastolic = self._field(tr("Lower number (diastolic)"), name, 300)
        self.heart_rate = self._field(tr("Heart rate (per minute)"), name, 300)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (caption, edit) in enumerate((
            (tr("Upper number (systolic), mmHg"), self.systolic),
            (tr("Lower number (diastolic), mmHg"), self.diastolic),
            (tr("Heart rate, beats per minute"), self.heart_rate),
        )):
            label = make_label(caption, self)
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
        grid.setColumnStretch(2, 1)

    def _field(self, accessible: str, name: str, top: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setValidator(QIntValidator(0, top, edit))
        edit.setMaxLength(3)
        edit.setFixedWidth(110)
        edit.setAccessibleName(f"{name}: {accessible}")
        edit.textChanged.connect(self.edited)
        return edit

    def fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.systolic, self.diastolic, self.heart_rate

    def set_values(self, systolic: int, diastolic: int, heart_rate: int) -> None:
        self.systolic.setText(str(systolic))
        self.diastolic.setText(str(diastolic))
        self.heart_rate.setText(str(heart_rate))

    def clear(self) -> None:
        for edit in (self.systolic, self.diastolic, self.heart_rate):
            edit.clear()

    def is_complete(self) -> bool:
        return all(edit.text().strip() for edit in (self.systolic, self.diastolic, self.heart_rate))

    def reading(self) -> tuple[Reading | None, list[str]]:
        """The typed reading, or None with the "measure again" sentences when it is not plausible."""
        if not self.is_complete():
            return None, [tr("Please fill in all three numbers.")]
        systolic, diastolic = int(self.systolic.text()), int(self.diastolic.text())
        heart_rate = int(self.heart_rate.text())
        problems = check_plausible(systolic, diastolic, heart_rate)
        if problems:
            return None, problems
        return Reading(BloodPressure(systolic, diastolic), heart_rate), []
