"""Widgets every session step uses: large buttons, yes/no choices, the screen frame, the dark style.

Session mode is dark, high contrast and large (DESIGN.md §2): its colours are the high-contrast
theme's (:data:`companion.ui.theme.THEMES`), applied by a style sheet on the session widgets only,
so the rest of the app keeps the user's theme.  Its text is at least 1.6 times the normal size, or
the user's own text size when that is larger (:func:`apply_session_fonts`).
"""

from __future__ import annotations

from itertools import pairwise
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.care_plan import Route
from companion.ui.i18n import translate
from companion.ui.scaled_fonts import scale_font, scaled_font
from companion.ui.theme import THEMES, base_point_size, check_mark_path
from companion.ui.widgets.flow_layout import FlowLayout
from companion.ui.widgets.scroll_area import make_scroll_area, scroll_by_page

_HC = THEMES["high_contrast"]
SESSION_FONT_FACTOR = 1.6  # session mode's text, relative to the normal (100 %) size
CLOCK_FONT_FACTOR = 2.2  # the time since the dose, relative to session text
ALERT_BACKGROUND = "#b00020"  # the flashing escalation; white text on it is 6.4:1
NO_BREAK = "\u00a0"

# Focus must be unmistakable on every control, the yellow ones too (Help, a chosen answer): every
# control keeps a 3 px black margin that focus fills with a thick ring (yellow around black
# controls, white around yellow ones), so the focused control gains a ring of at least 19:1
# against the window without changing size. The focus rules come last, so they win over the role
# rules of the same specificity.
SESSION_MODE_STYLE = f"""
QWidget#sessionMode {{ background: {_HC.window}; color: {_HC.text}; }}
QWidget#sessionMode QLabel {{ color: {_HC.text}; }}
QWidget#sessionMode QLabel[role="muted"] {{ color: {_HC.muted_text}; }}
QWidget#sessionMode QLabel[role="error"] {{ color: {_HC.error_text}; font-weight: 600; }}
QWidget#sessionMode QPushButton, QWidget#sessionMode QLineEdit, QWidget#sessionMode QPlainTextEdit {{
    background: {_HC.base}; color: {_HC.text}; border: 2px solid {_HC.border}; padding: 6px 12px;
    border-radius: 0px; }}
QWidget#sessionMode QPushButton {{ margin: 3px; }}
QWidget#sessionMode QPushButton[role="primary"] {{ border: 3px solid {_HC.text}; margin: 3px;
    font-weight: 700; }}
QWidget#sessionMode QPushButton[role="help"] {{ background: {_HC.highlight}; color: {_HC.highlighted_text};
    border: 2px solid {_HC.highlight}; font-weight: 700; }}
QWidget#sessionMode QPushButton:checked {{ background: {_HC.highlight}; color: {_HC.highlighted_text};
    border: 2px solid {_HC.highlight}; margin: 3px; }}
QWidget#sessionMode QPushButton:disabled {{ color: {_HC.disabled_text};
    border: 2px dashed {_HC.disabled_text}; margin: 3px; }}
QWidget#sessionMode QCheckBox {{ color: {_HC.text}; spacing: 12px; border: 3px solid {_HC.window};
    padding: 2px; }}
QWidget#sessionMode QCheckBox::indicator {{ width: 24px; height: 24px; border: 2px solid {_HC.border};
    background: {_HC.base}; }}
QWidget#sessionMode QCheckBox::indicator:checked {{ background: {_HC.focus};
    image: url("{check_mark_path(_HC)}"); }}
QWidget#sessionMode QFrame[role="prompt"] {{ border: 3px solid {_HC.border}; }}
QWidget#sessionMode QFrame[role="prompt"][alert="true"] {{ background: {ALERT_BACKGROUND};
    border: 3px solid {_HC.text}; }}
QWidget#sessionMode QFrame[role="topbar"] {{ border-bottom: 2px solid {_HC.border}; }}
QWidget#sessionMode QFrame[role="topbar"][alert="true"] {{ background: {ALERT_BACKGROUND}; }}
QWidget#sessionMode QScrollBar:vertical {{ background: {_HC.window}; width: 20px;
    border: 2px solid {_HC.border}; }}
QWidget#sessionMode QScrollBar::handle:vertical {{ background: {_HC.text}; min-height: 48px; }}
QWidget#sessionMode QScrollBar::add-line:vertical, QWidget#sessionMode QScrollBar::sub-line:vertical {{
    height: 0px; }}
QWidget#sessionMode QScrollBar::add-page:vertical, QWidget#sessionMode QScrollBar::sub-page:vertical {{
    background: {_HC.window}; }}
QWidget#sessionMode QPushButton:focus {{ border: 5px solid {_HC.focus}; margin: 0px; color: {_HC.focus}; }}
QWidget#sessionMode QLineEdit:focus, QWidget#sessionMode QPlainTextEdit:focus {{
    border: 6px solid {_HC.focus}; padding: 2px 8px; }}
QWidget#sessionMode QPushButton[role="primary"]:focus {{ border: 6px solid {_HC.focus}; margin: 0px; }}
QWidget#sessionMode QPushButton[role="help"]:focus, QWidget#sessionMode QPushButton:checked:focus {{
    border: 5px solid {_HC.text}; margin: 0px; color: {_HC.highlighted_text}; }}
QWidget#sessionMode QCheckBox:focus {{ border: 3px solid {_HC.focus}; }}
QWidget#sessionMode QCheckBox::indicator:focus {{ border: 4px solid {_HC.focus}; }}
"""


# A chosen answer must be unmistakable in every theme (Fusion's "checked" grey is too faint).
CHOICE_STYLE = """
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); font-weight: 600; }
"""


# The route as a word in a sentence ("… mg of ketamine (sublingual)"): the stored value, marked here.
ROUTE_WORDS: dict[Route, str] = {
    Route.SUBLINGUAL: str(QT_TRANSLATE_NOOP("Session", "sublingual")),
    Route.ORAL: str(QT_TRANSLATE_NOOP("Session", "oral")),
    Route.INTRANASAL: str(QT_TRANSLATE_NOOP("Session", "intranasal")),
    Route.INTRAMUSCULAR: str(QT_TRANSLATE_NOOP("Session", "intramuscular")),
}


def route_text(route: Route) -> str:
    return translate("Session", ROUTE_WORDS[route])


def keep_together(text: str) -> str:
    """A phone number or a name that must not break across lines ("555 / 0134")."""
    return text.strip().replace(" ", NO_BREAK)


def session_point_size(app: QApplication) -> float:
    """Session text: 1.6 times the normal size, or the user's own text size when that is larger."""
    return max(app.font().pointSizeF(), base_point_size(app) * SESSION_FONT_FACTOR)


def apply_session_fonts(root: QWidget) -> None:
    """Size the text of ``root`` and every widget in it for session mode.

    Set on each widget: a font set on a parent does not reach children styled by a style sheet.
    Each widget keeps its own factor (a heading 1.5, the clock 2.2), so this can run again after
    the text size changed or new rows were built.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size = session_point_size(app)
    for widget in [root, *root.findChildren(QWidget)]:
        font = scaled_font(widget, size)
        if font != widget.font():
            widget.setFont(font)


def make_label(
    text: str, parent: QWidget, *, role: str = "", factor: float = 0.0, bold: bool = False
) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if factor or bold:
        scale_font(label, factor or 1.0, bold=bold)
    return label


def make_heading(text: str, parent: QWidget) -> QLabel:
    label = make_label(text, parent, factor=1.4, bold=True)
    label.setAccessibleName(text)
    return label


def set_label_text(label: QLabel, text: str) -> None:
    """Change a label's text and what a screen reader says for it."""
    label.setText(text)
    label.setAccessibleName(text)


class SessionButton(QPushButton):
    """A large push button with an accessible name; Return presses it when focused."""

    def __init__(self, text: str, parent: QWidget, *, role: str = "", compact: bool = False) -> None:
        super().__init__(text, parent)
        self._extra_width = 0 if compact else 32  # compact: a row of sections that must fit one line
        self.setAutoDefault(True)
        self.setAccessibleName(text.replace("…", ""))
        if role:
            self.setProperty("role", role)

    def set_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text.replace("…", ""))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self._extra_width, max(hint.height(), 52))

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 120), self.sizeHint().height())


class YesNoChoice(QFrame):
    """A question with large Yes and No toggles; ``changed`` carries the new answer.

    Exclusive by hand rather than with an exclusive QButtonGroup: a group makes Tab skip the
    second button (as it does for radio buttons), and every answer must be reachable by Tab.
    """

    changed = Signal(bool)

    def __init__(self, question: str, parent: QWidget, *, inline: bool = False) -> None:
        super().__init__(parent)
        self.question = question
        self.question_label = make_label(question, self, bold=True)
        self.yes_button = SessionButton(translate("Session", "Yes"), self)
        self.no_button = SessionButton(translate("Session", "No"), self)
        for button, answer in ((self.yes_button, translate("Session", "Yes")),
                               (self.no_button, translate("Session", "No"))):
            button.setCheckable(True)
            button.setAccessibleName(f"{answer}: {question}")
            button.setMinimumWidth(110)
        self.yes_button.clicked.connect(lambda: self._choose(self.yes_button))
        self.no_button.clicked.connect(lambda: self._choose(self.no_button))
        self.setStyleSheet(CHOICE_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.yes_button)
        buttons.addWidget(self.no_button)
        layout: QHBoxLayout | QVBoxLayout = QHBoxLayout(self) if inline else QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.question_label, 1)
        layout.addLayout(buttons)
        if not inline:
            buttons.addStretch(1)

    def value(self) -> bool | None:
        if self.yes_button.isChecked():
            return True
        if self.no_button.isChecked():
            return False
        return None

    def set_value(self, value: bool | None) -> None:
        self.yes_button.setChecked(value is True)
        self.no_button.setChecked(value is False)

    def _choose(self, button: QPushButton) -> None:
        other = self.no_button if button is self.yes_button else self.yes_button
        button.setChecked(True)  # a second press keeps the answer rather than clearing it
        other.setChecked(False)
        self.changed.emit(button is self.yes_button)


def press_on_return(button: QPushButton, *edits: QLineEdit) -> None:
    """Return in any of ``edits`` presses ``button`` (when it is enabled): no mouse needed."""

    def press() -> None:
        if button.isEnabled() and button.isVisible():
            button.animateClick()

    for edit in edits:
        edit.returnPressed.connect(press)


# Controls that give Return a meaning of their own (a typed field presses its screen's button itself).
_TAKES_RETURN = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


class ActionScreen(QWidget):
    """A session screen: a body that scrolls if it must, and a row of actions that never scrolls.

    The main action stays on screen at any text size; the body gets a scroll bar before the
    actions are pushed out of sight.  ``main_action`` is pressed by Return when focus is on
    nothing that takes Return itself.
    """

    def __init__(self, parent: QWidget | None = None, *, width: int = 900) -> None:
        super().__init__(parent)
        self.main_action: QPushButton | None = None
        column = QWidget(self)
        column.setMaximumWidth(width)
        self.body_layout = QVBoxLayout(column)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(12)
        self.scroll_area = make_scroll_area(column, self)
        self.scroll_area.viewport().setAutoFillBackground(False)
        column.setAutoFillBackground(False)
        self.action_row = QWidget(self)
        self.actions_layout = FlowLayout(self.action_row, spacing=16)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self._layout.addWidget(self.scroll_area, 1)
        self._layout.addWidget(self.action_row)

    def add_body(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.body_layout.addWidget(widget)

    def finish_body(self) -> None:
        self.body_layout.addStretch(1)

    def add_status(self, label: QLabel) -> None:
        """A line just above the actions that says why the main action is not available yet."""
        self._layout.insertWidget(1, label)

    def add_actions(self, *buttons: QPushButton, main: QPushButton | None = None) -> None:
        for button in buttons:
            self.actions_layout.addWidget(button)
        if main is not None:
            self.main_action = main

    def say(self, label: QLabel, text: str) -> None:
        """Show ``text`` in ``label`` (a problem with what was entered) and scroll it into sight."""
        label.setText(text)
        label.show()
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(label))  # once laid out

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page Up / Page Down scroll the body from wherever focus is (the body itself takes no focus,
        so a keyboard user could otherwise not read what is below the fold); Return that nothing took
        (focus on a rating or a yes/no choice) does the main action, as it does after a typed field."""
        if scroll_by_page(self.scroll_area, event):
            return
        main = self.main_action
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and main is not None and main.isEnabled()
                and main.isVisible() and not isinstance(QApplication.focusWidget(), _TAKES_RETURN)):
            event.accept()
            if not event.isAutoRepeat():  # holding Return down must not go on to the next screen too
                main.animateClick()
            return
        super().keyPressEvent(event)

    def first_focus(self) -> QWidget | None:
        """Where focus goes when the screen appears: its first enabled control, in Tab order."""
        for widget in focus_chain(self):
            return widget
        return None


def focus_chain(root: QWidget) -> list[QWidget]:
    """The Tab-reachable, visible, enabled widgets inside ``root``, in Tab order."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and widget is not root and id(widget) not in seen:
        seen.add(id(widget))
        if (root.isAncestorOf(widget) and widget.isVisibleTo(root) and widget.isEnabled()
                and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets of ``layout`` in reading order, descending into nested layouts and widgets."""
    items = [layout.itemAt(index) for index in range(layout.count())]
    if isinstance(layout, QGridLayout):  # insertion order is not reading order in a grid
        grid = layout

        def position(index: int) -> tuple[int, int]:
            row, column, _rows, _columns = cast(tuple[int, int, int, int], grid.getItemPosition(index))
            return row, column

        items = [layout.itemAt(index) for index in sorted(range(layout.count()), key=position)]
    found: list[QWidget] = []
    for item in items:
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.extend(widgets_in_layout_order(widget))
        elif inner is not None:
            found.extend(_layout_widgets(inner))
    return found


def widgets_in_layout_order(root: QWidget) -> list[QWidget]:
    """``root`` and the widgets inside it in the order their layouts place them on screen (top to
    bottom, left to right); a scroll area's content counts where the scroll area is."""
    found = [root]
    if isinstance(root, QScrollArea):
        inner = root.widget()
        return found + ([] if inner is None else widgets_in_layout_order(inner))
    if isinstance(root, QStackedWidget):
        current = root.currentWidget()
        return found + ([] if current is None else widgets_in_layout_order(current))
    layout = root.layout()
    if layout is not None:
        found.extend(_layout_widgets(layout))
    return found


def order_tabs_by_layout(root: QWidget) -> list[QWidget]:
    """Make Tab visit the controls inside ``root`` in their visual order (hidden ones included, in
    the place they take when shown); returns that order."""
    controls = [widget for widget in widgets_in_layout_order(root)[1:]
                if widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
                and not widget.objectName().startswith("qt_")]
    for first, second in pairwise(controls):
        QWidget.setTabOrder(first, second)
    return controls
