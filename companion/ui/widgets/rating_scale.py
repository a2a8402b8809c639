"""A question rated 0–10: the one rating widget of the app (session baseline, check-ins, journal, Today).

Eleven toggles in one row with the words for the two ends under them.  Nothing is pre-filled:
``value()`` is None until the patient chooses.  The toggles are one exclusive group, so Qt makes
them a single Tab stop (the chosen number, or the first) and the arrow keys move inside it; once a
number is chosen the choice follows the arrows, as in any group of radio buttons.  Space (or a
click) chooses the focused number.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.ui.scaled_fonts import scale_font
from companion.ui.widgets.session_widgets import CHOICE_STYLE, make_label

TOGGLE_WIDTH = 44  # px, at the least: a target a finger or an unsteady hand can hit
TOGGLE_HEIGHT = 48
# Beside the journal's entry list at 1024 px the eleven full-size toggles (524 px) do not fit; these
# are still well above the 24 px of WCAG 2.2's target size (2.5.8).
COMPACT_TOGGLE_WIDTH = 34
COMPACT_TOGGLE_HEIGHT = 40
# Narrow side padding for the compact toggles (the theme's 12 px each side, 10 px with the focus ring,
# would not leave "10" room); the theme's borders and focus ring stay.
_COMPACT_STYLE = """
QPushButton[scaleToggle="true"] { padding-left: 2px; padding-right: 2px; }
QPushButton[scaleToggle="true"]:focus { padding-left: 0px; padding-right: 0px; }
"""
HIGHEST = 10


class RatingScale(QWidget):
    """``question`` rated 0–10 with ``low`` and ``high`` under the ends (both empty: no words).

    - ``name``: what each toggle's accessible name starts with ("Mood 7"); the question by default;
    - ``clear_text``: for an optional rating, a button with this text takes the choice back (shown
      only while a number is chosen);
    - ``compact``: smaller toggles, for a rating beside other content (the journal's editor);
    - :meth:`set_before`: a muted line under the question (the value given before the dose).

    ``changed`` is emitted when a number becomes chosen (by the patient or :meth:`choose`) and when
    the patient takes the choice back; not by :meth:`reset`.
    """

    changed = Signal()

    def __init__(self, question: str, low: str, high: str, parent: QWidget | None = None, *,
                 name: str = "", clear_text: str = "", compact: bool = False) -> None:
        super().__init__(parent)
        self.question_text = name or question
        self.question = make_label(question, self, factor=1.1, bold=True)
        self.before = make_label("", self, role="muted")
        self.before.hide()
        self.group = QButtonGroup(self)
        # The eleven numbers in one row, the end words under its two ends: nothing in the row
        # grows with the words, so it fits a small window at 200 % text and the scales line up.
        scale = QGridLayout()
        scale.setHorizontalSpacing(4)
        scale.setVerticalSpacing(2)
        for number in range(HIGHEST + 1):
            button = QPushButton(str(number), self)
            button.setCheckable(True)
            button.setProperty("scaleToggle", True)
            button.setAutoDefault(False)  # Return reaches the screen first (the app's filter presses it)
            button.setAccessibleName(f"{self.question_text} {number}")
            if not compact:
                button.setMinimumSize(TOGGLE_WIDTH, TOGGLE_HEIGHT)
                scale_font(button, 1.15)
            self.group.addButton(button, number)
            scale.addWidget(button, 0, number)
        if low or high:  # without words, the question says what the ends mean
            low_label = make_label(low, self, role="muted")
            high_label = make_label(high, self, role="muted")
            high_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            scale.addWidget(low_label, 1, 0, 1, 5)
            scale.addWidget(high_label, 1, 6, 1, 5)
        row = QHBoxLayout()
        row.addLayout(scale)
        row.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.question)
        self.clear_button: QPushButton | None = None
        if clear_text:  # beside the question, not the numbers: the row stays as narrow as it is
            self.clear_button = QPushButton(clear_text, self)
            self.clear_button.setAccessibleName(clear_text)
            self.clear_button.setAutoDefault(False)
            keep_room = self.clear_button.sizePolicy()
            keep_room.setRetainSizeWhenHidden(True)  # nothing moves when it shows
            self.clear_button.setSizePolicy(keep_room)
            self.clear_button.hide()
            self.clear_button.clicked.connect(self._on_clear_button_clicked)
            top.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignBottom)
            top.addStretch(1)
        self._compact = compact
        self._fit_compact_toggles()
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.setStyleSheet(CHOICE_STYLE + (_COMPACT_STYLE if compact else ""))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.before)
        layout.addLayout(row)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            self._fit_compact_toggles()

    def _fit_compact_toggles(self) -> None:
        """Compact toggles as narrow as "10" and the style's padding allow, at the current text size."""
        if not self._compact:
            return
        width = max(COMPACT_TOGGLE_WIDTH, self.fontMetrics().horizontalAdvance("10") + 12)
        for button in self.group.buttons():
            button.setMinimumSize(width, COMPACT_TOGGLE_HEIGHT)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def choose(self, number: int | None) -> None:
        """Show ``number`` as chosen (None: nothing chosen)."""
        button = None if number is None else self.group.button(number)
        if button is None:
            self._clear_choice()
        else:
            button.setChecked(True)
        self._show_clear_button()

    def set_before(self, text: str) -> None:
        """Show ``text`` under the question (the value given earlier); an empty text hides the line."""
        self.before.setText(text)
        self.before.setAccessibleName(f"{self.question_text}: {text}" if text else "")
        self.before.setVisible(bool(text))

    def reset(self) -> None:
        """Nothing chosen and no "before" line (a new form, or a lock)."""
        self.choose(None)
        self.set_before("")

    def _clear_choice(self) -> None:
        self.group.setExclusive(False)  # an exclusive group keeps one button checked
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)

    def _show_clear_button(self) -> None:
        if self.clear_button is not None:
            self.clear_button.setVisible(self.value() is not None)

    @Slot(int, bool)
    def _on_group_id_toggled(self, _number: int, checked: bool) -> None:
        if checked:
            self._show_clear_button()
            self.changed.emit()

    @Slot()
    def _on_clear_button_clicked(self) -> None:
        focus_back = self.group.checkedButton()
        self._clear_choice()
        self._show_clear_button()
        if focus_back is not None:
            focus_back.setFocus(Qt.FocusReason.OtherFocusReason)  # not lost with the hidden button
        self.changed.emit()
