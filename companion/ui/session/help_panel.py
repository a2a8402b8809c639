"""Help during a session: emergency signs, distress, what the sitter does meanwhile, the paramedics.

Written for the sitter, in short plain sentences with the numbers from the care plan.  The chosen
section stays marked in the row of sections.  Every opening and every section emits
``help_used(kind)`` so the page records it (HelpUsed).  Each emergency sign is its own label, so a
layout test can check that every one of them is on screen without scrolling.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.session_events import HelpKind
from companion.ui.i18n import translate
from companion.ui.widgets.flow_layout import FlowLayout
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    keep_together,
    make_label,
    set_label_text,
)

EMERGENCY_SIGN_PROPERTY = "companion_emergency_sign"
EMERGENCY_SIGNS = (
    str(QT_TRANSLATE_NOOP("Session", "chest pain")),
    str(QT_TRANSLATE_NOOP("Session", "trouble breathing, or breathing slowly or shallowly")),
    str(QT_TRANSLATE_NOOP("Session", "very hard to wake, cannot be woken, or does not respond")),
    str(QT_TRANSLATE_NOOP("Session", "a seizure (fit)")),
    str(QT_TRANSLATE_NOOP("Session", "a sudden, severe headache")),
    str(QT_TRANSLATE_NOOP("Session", "a sudden change in vision")),
    str(QT_TRANSLATE_NOOP("Session", "weakness or numbness on one side of the body")),
)


def numbers_text(plan: CarePlan) -> str:
    """Every number on one line; a number or a name never breaks, only the gaps between them."""
    clinician = keep_together(plan.clinician_name) or translate("Session", "Clinician")
    parts = [
        translate("Session", "Emergency %1").replace("%1", keep_together(plan.emergency_number)),
        translate("Session", "Crisis line %1").replace("%1", keep_together(plan.crisis_line)),
        f"{clinician}\u00a0{keep_together(plan.clinician_phone)}",
    ]
    return "   ·   ".join(parts)


def distress_text(plan: CarePlan) -> str:
    clinician = plan.clinician_name.strip() or translate("Session", "the clinician")
    return translate("Session", "If the distress does not ease, or the patient talks about harming "
                                "themselves: call or text %1 now, and call %2 on %3.\n\nStrong feelings, "
                                "fear or confusion can come with this medicine and usually pass as it wears "
                                "off. Speak calmly and simply; remind the patient where they are, that you "
                                "are with them, and that it will pass. Dim the lights and lower any "
                                "noise.").replace("%1", keep_together(plan.crisis_line)) \
        .replace("%2", keep_together(clinician)).replace("%3", keep_together(plan.clinician_phone))


def sitter_guidance_text() -> str:
    return translate(
        "Session",
        "•  Stay with the patient; do not leave them alone, even for a moment.\n"
        "•  Keep them sitting or lying down. If they feel sick or are very drowsy, help them onto "
        "their side, with the bowl within reach.\n"
        "•  Give nothing to eat, and no other medicine, alcohol or drugs.\n"
        "•  Do not let them walk about alone, take a bath, or go outside.\n"
        "•  Keep your phone charged and close. Note the time of anything that worries you.")


class _EmergencySection(QWidget):
    """The signs in two columns when each fits on one line there, otherwise in one column: at large
    text one column of whole lines is shorter than two columns of wrapped ones."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.intro = make_label("", self, factor=1.1, bold=True)
        self.signs: list[QLabel] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        for sign in EMERGENCY_SIGNS:
            label = make_label(f"•  {translate('Session', sign)}", self)
            label.setProperty(EMERGENCY_SIGN_PROPERTY, True)
            self.signs.append(label)
        self._columns = 0
        self._place(2)
        self.then = make_label("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.then)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for label in self.signs:
            self.grid.removeWidget(label)
        rows = (len(self.signs) + columns - 1) // columns
        for index, label in enumerate(self.signs):
            self.grid.addWidget(label, index % rows, index // rows, Qt.AlignmentFlag.AlignTop)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        widest = max(label.fontMetrics().horizontalAdvance(label.text()) for label in self.signs)
        self._place(2 if widest + 24 <= event.size().width() // 2 else 1)

    def fill(self, plan: CarePlan) -> None:
        number = keep_together(plan.emergency_number)
        intro = translate("Session", "Call %1 now if the patient has any of these:").replace("%1", number)
        set_label_text(self.intro, intro)
        set_label_text(self.then, translate(
            "Session",
            "Say that the patient took %1 as prescribed, and when (see \"For the paramedics\"). Stay "
            "with them, and unlock the door for the ambulance crew.").replace("%1", plan.medication_name))


class _FactsSection(QWidget):
    """Label / value rows, large, to be read aloud."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.rows: list[tuple[QLabel, QLabel]] = []

    def fill(self, facts: Sequence[tuple[str, str]]) -> None:
        while len(self.rows) < len(facts):
            row = len(self.rows)
            label = make_label("", self, bold=True)
            value = make_label("", self)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(value, row, 1)
            self.rows.append((label, value))
        for (label, value), (name, text) in zip(self.rows, facts, strict=False):
            set_label_text(label, name)
            set_label_text(value, text)


class _OneSection(QWidget):
    """Shows one of its sections and takes only that one's height (a stacked widget takes the tallest
    one's, which pushed a short section down and added a scroll bar)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def addWidget(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)
        widget.setVisible(self._current is None)
        self._current = self._current or widget

    def setCurrentWidget(self, widget: QWidget) -> None:
        for index in range(self._layout.count()):
            item = self._layout.itemAt(index)
            page = None if item is None else item.widget()
            if page is not None:
                page.setVisible(page is widget)
        self._current = widget

    def currentWidget(self) -> QWidget | None:
        return self._current


class HelpPanel(ActionScreen):
    """The numbers, a row of sections (the chosen one marked), the chosen guidance, and "Back"."""

    help_used = Signal(object)  # HelpKind
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers = make_label("", self, factor=1.1, bold=True)
        self.section_buttons: dict[HelpKind, SessionButton] = {}
        self.tab_row = QWidget(self)
        tabs = FlowLayout(self.tab_row, spacing=12)
        for kind, text, name in (
            (HelpKind.EMERGENCY, translate("Session", "Emergency"), translate("Session", "Emergency signs")),
            (HelpKind.DISTRESS, translate("Session", "Distress"), translate("Session", "Distress or panic")),
            (HelpKind.SITTER_GUIDANCE, translate("Session", "Meanwhile"),
             translate("Session", "What to do meanwhile")),
            (HelpKind.PARAMEDICS, translate("Session", "Paramedics"),
             translate("Session", "For the paramedics")),
        ):
            button = SessionButton(text, self, compact=True)
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setMinimumWidth(0)
            button.clicked.connect(lambda _checked=False, k=kind: self.show_section(k))
            self.section_buttons[kind] = button
            tabs.addWidget(button)
        self.sections = _OneSection(self)
        self.chooser_hint = make_label(translate("Session", "Choose what is happening."), self.sections)
        self.emergency = _EmergencySection(self.sections)
        self.guidance = make_label("", self.sections)
        self.paramedics = _FactsSection(self.sections)
        for widget in (self.chooser_hint, self.emergency, self.guidance, self.paramedics):
            self.sections.addWidget(widget)
        self.back_button = SessionButton(translate("Session", "Back to the session"), self, role="primary")
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.add_body(self.numbers, self.tab_row, self.sections)
        self.finish_body()
        self.add_actions(self.back_button, main=self.back_button)
        self._plan: CarePlan | None = None
        self._facts: Sequence[tuple[str, str]] = ()
        self.current_kind: HelpKind | None = None

    def open(self, plan: CarePlan, kind: HelpKind | None = None,
             facts: Sequence[tuple[str, str]] = ()) -> None:
        """Show the chooser (or a section straight away, e.g. after "I'm worried")."""
        self._plan, self._facts = plan, facts
        set_label_text(self.numbers, numbers_text(plan))
        self.emergency.fill(plan)
        self.show_chooser()
        if kind is not None:
            self.show_section(kind)
        else:  # the numbers are on screen now: that is already a use of Help, recorded with its time
            self.help_used.emit(HelpKind.OPENED)

    def update_facts(self, facts: Sequence[tuple[str, str]]) -> None:
        """New readings or times for the paramedics section (called on every tick)."""
        self._facts = facts
        if self.current_kind is HelpKind.PARAMEDICS:
            self.paramedics.fill(facts)

    def show_section(self, kind: HelpKind) -> None:
        if self._plan is None:
            return
        if kind is HelpKind.EMERGENCY:
            self.sections.setCurrentWidget(self.emergency)
        elif kind is HelpKind.PARAMEDICS:
            self.paramedics.fill(self._facts)
            self.sections.setCurrentWidget(self.paramedics)
        else:
            text = distress_text(self._plan) if kind is HelpKind.DISTRESS else sitter_guidance_text()
            set_label_text(self.guidance, text)
            self.sections.setCurrentWidget(self.guidance)
        # The facts for the paramedics hold the clinician's phone, and the sitter is already calling the
        # emergency number: the numbers line gives its room to the facts.
        self.numbers.setVisible(kind is not HelpKind.PARAMEDICS)
        self._mark(kind)
        self.current_kind = kind
        self.help_used.emit(kind)

    def show_chooser(self) -> None:
        """Back to "Choose what is happening" (the numbers stay)."""
        self._mark(None)
        self.numbers.show()
        self.sections.setCurrentWidget(self.chooser_hint)

    def first_focus(self) -> QWidget | None:
        chosen = None if self.current_kind is None else self.section_buttons.get(self.current_kind)
        return chosen if chosen is not None else self.section_buttons[HelpKind.EMERGENCY]

    def _mark(self, kind: HelpKind | None) -> None:
        for button_kind, button in self.section_buttons.items():
            button.setChecked(button_kind is kind)
        if kind is None:
            self.current_kind = None

    def clear_content(self) -> None:
        self._plan, self._facts = None, ()
        self._mark(None)
        self.guidance.clear()
        self.numbers.clear()
        self.paramedics.fill([("", "")] * len(self.paramedics.rows))

    @Slot()
    def _on_back_button_clicked(self) -> None:
        self.closed.emit()
