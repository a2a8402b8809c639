"""The care-plan form: one editor per CarePlan field, built from the field declarations.

Each field's widget comes from ``care_plan_field_editors``, the sentence beside it (default,
source, range) from ``care_plan_texts``, and when a problem shows from ``care_plan_problems``;
this module lays the fields out in their groups and keeps the fields that depend on others
(the country question and the numbers it fills, a follower field enabled by its check box, the
note on a caution limit that cannot act) in step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.care_plan import FIELDS_BY_NAME, PLAN_FIELDS, CarePlan, FieldKind
from companion.ui.care_plan.care_plan_field_editors import (
    WeekdaysEditor,
    build_field_editor,
    read_field,
    write_field,
)
from companion.ui.care_plan.care_plan_field_editors import parse_minutes as parse_minutes  # re-exported
from companion.ui.care_plan.care_plan_problems import FieldProblems, fields_named_in
from companion.ui.care_plan.care_plan_problems import readable_problem as readable_problem  # re-exported
from companion.ui.care_plan.care_plan_sources_dialog import SourcesWindow
from companion.ui.care_plan.care_plan_texts import (
    FIELD_GROUPS,
    NORTH_AMERICA_NUMBERS,
    FieldGroup,
    field_hint,
    group_explanation,
    group_title,
    inert_notes,
    label_text,
)
from companion.ui.care_plan.emergency_region import (
    ELSEWHERE,
    NORTH_AMERICA,
    UNANSWERED,
    EmergencyRegionChoice,
)

REGION = "emergency_region"  # the country question: a row of the form, not a care-plan field
_FOLLOWERS = (("pcl5_enabled", "pcl5_every_days"), ("kit_has_oximeter", "spo2_urgent_below"))


def region_of(plan: CarePlan) -> str:
    """The answer a saved or imported plan implies (it was chosen, or a clinician wrote it)."""
    numbers = {name: getattr(plan, name) for name in NORTH_AMERICA_NUMBERS}
    return NORTH_AMERICA if numbers == NORTH_AMERICA_NUMBERS else ELSEWHERE


class FieldLabel(QLabel):
    """A field's name: on one line when there is room, wrapped when the text is large and room is short
    (a wrapping label's own size hint would wrap it even with room to spare)."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 2
        return QSize(width, self.heightForWidth(width))


class CarePlanForm(QWidget):
    """Every CarePlan field, grouped; ``edited`` fires on every change (not on ``set_plan``)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, QWidget] = {}
        self.field_problems = FieldProblems()
        self._note_labels: dict[str, QLabel] = {}
        self._hints: dict[str, str] = {}
        self._filling = False
        self.region_problem_text = self.tr(
            "Choose where you live, so that the emergency number and the crisis line are right."
        )
        self.field_problems.add_sentence(self.region_problem_text, REGION)
        self._sources = SourcesWindow(self, on_closed=lambda: self.sources_button.setFocus())

        self.sources_button = QPushButton(self.tr("Where these numbers come from…"), self)
        self.sources_button.setAccessibleName(self.tr("Where these numbers come from"))
        self.sources_button.setAutoDefault(False)
        self.sources_button.clicked.connect(self.open_sources_dialog)
        sources_note = QLabel(self.tr("Each default below names its source."), self)
        sources_note.setWordWrap(True)
        sources_note.setProperty("role", "muted")
        sources_row = QHBoxLayout()
        sources_row.addWidget(self.sources_button)
        sources_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(sources_note)
        layout.addLayout(sources_row)
        for group in FIELD_GROUPS:
            layout.addWidget(self._build_group(group))
        self.set_plan(None)

    # --- building ------------------------------------------------------------------------------

    def _build_group(self, group: FieldGroup) -> QGroupBox:
        """A grid: label | editor, then the hint, any note and any problem under the editor."""
        box = QGroupBox(group_title(group), self)
        explanation = QLabel(group_explanation(group), box)
        explanation.setWordWrap(True)
        explanation.setProperty("role", "muted")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        row = 0
        for name in group.names:
            if name == "emergency_number":
                row = self._add_region_row(grid, row, box)
            spec = FIELDS_BY_NAME[name]
            editor = build_field_editor(spec, box)
            self._connect(name, editor)
            self._editors[name] = editor
            hint = self._muted_label(field_hint(spec), box)
            self._hints[name] = hint.text()
            note = self._muted_label("", box)
            note.setVisible(False)
            self._note_labels[name] = note
            problem = self._problem_label(box)
            first = editor.checks[0] if isinstance(editor, WeekdaysEditor) else editor
            self.field_problems.add_row(name, problem, first)
            if row:
                grid.setRowMinimumHeight(row, 10)  # air between fields
                row += 1
            # The day boxes and the routes' names are too wide beside a label at large text: they go
            # under their label; a check box carries its own label and starts at the left edge.
            below = spec.kind in (FieldKind.WEEKDAYS, FieldKind.ROUTE)
            flag = spec.kind is FieldKind.FLAG
            if spec.kind is not FieldKind.FLAG:  # a check box carries its own label
                label = FieldLabel(label_text(spec), box)  # wraps rather than push the form off screen
                label.setBuddy(first)
                grid.addWidget(label, row, 0, 1, 3 if below else 1)
            row += 1 if below else 0
            column = 0 if below or flag else 1
            wide = spec.kind in (FieldKind.TEXT, FieldKind.PHONE, FieldKind.MINUTES)
            if spec.kind is FieldKind.ROUTE:  # as wide as its longest choice, not the whole row
                grid.addWidget(editor, row, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(editor, row, column, 1, 3 - column if wide or below or flag else 1)
            for offset, under in enumerate((hint, note, problem), start=1):
                grid.addWidget(under, row + offset, column, 1, 3 - column)
            row += 4
        layout = QVBoxLayout(box)
        layout.setSpacing(10)
        layout.addWidget(explanation)
        layout.addLayout(grid)
        return box

    def _add_region_row(self, grid: QGridLayout, row: int, box: QGroupBox) -> int:
        """"Where do you live?" just above the emergency number it decides."""
        self.region = EmergencyRegionChoice(box)
        self.region.region_chosen.connect(self._on_region_region_chosen)
        label = FieldLabel(self.tr("Where do you live?"), box)
        label.setBuddy(self.region.first_button())
        problem = self._problem_label(box)
        self.field_problems.add_row(REGION, problem, self.region.first_button())
        grid.setRowMinimumHeight(row, 10)
        grid.addWidget(label, row + 1, 0, 1, 3)  # the answers go under the question, as wide as they need
        grid.addWidget(self.region, row + 2, 0, 1, 3)
        grid.addWidget(problem, row + 3, 0, 1, 3)
        return row + 4

    def _muted_label(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setProperty("role", "muted")
        label.setWordWrap(True)
        return label

    def _problem_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _connect(self, name: str, editor: QWidget) -> None:
        """Choices count as edited when changed; typed values once the person leaves the field."""
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.valueChanged.connect(lambda _value: self._on_field_changed(name, touch=False))
            editor.editingFinished.connect(lambda: self._on_field_finished(name))
        elif isinstance(editor, QLineEdit):
            editor.textChanged.connect(lambda _text: self._on_field_changed(name, touch=False))
            editor.editingFinished.connect(lambda: self._on_field_finished(name))
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(lambda _checked: self._on_field_changed(name, touch=True))
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _index: self._on_field_changed(name, touch=True))
        elif isinstance(editor, WeekdaysEditor):
            editor.toggled.connect(lambda: self._on_field_changed(name, touch=True))

    # --- reading and writing -------------------------------------------------------------------

    def editor(self, name: str) -> QWidget:
        """The widget that edits the field ``name`` (for tests and focus)."""
        return self._editors[name]

    def weekday_checks(self) -> list[QCheckBox]:
        editor = self._editors["planned_weekdays"]
        assert isinstance(editor, WeekdaysEditor)
        return list(editor.checks)

    def hint_text(self, name: str) -> str:
        return self._hints[name]

    def note_text(self, name: str) -> str:
        label = self._note_labels[name]
        return label.text() if not label.isHidden() else ""

    def set_plan(self, plan: CarePlan | None) -> None:
        """Show ``plan`` (without firing ``edited``); ``None`` is a new plan, with the country not yet
        asked, so the emergency number and crisis line are empty until the person answers."""
        region = UNANSWERED if plan is None else region_of(plan)
        if plan is None:
            plan = CarePlan(emergency_number="", crisis_line="")
        self._filling = True  # the widgets still signal (others may listen), but not as an edit
        try:
            for spec in PLAN_FIELDS:
                write_field(spec, self._editors[spec.name], getattr(plan, spec.name))
            self.region.set_region(region)
        finally:
            self._filling = False
        self.field_problems.reset()
        self._update_dependent()

    def plan(self) -> CarePlan:
        """The plan as entered; it may have problems (see :meth:`problems`)."""
        editors = self._editors
        values: dict[str, Any] = {spec.name: read_field(spec, editors[spec.name]) for spec in PLAN_FIELDS}
        return CarePlan(**values)

    def problems(self) -> list[str]:
        """Why the plan on the form cannot be saved: the plan's own problems, and the country question
        while it is unanswered (instead of the empty numbers it leaves)."""
        problems = self.plan().problems()
        if self.region.region() == UNANSWERED:
            numbers = set(NORTH_AMERICA_NUMBERS)
            problems = [p for p in problems if not numbers.intersection(fields_named_in(p))]
            problems.append(self.region_problem_text)
        return problems

    # --- problems ------------------------------------------------------------------------------

    def show_problems(self, problems: list[str]) -> None:
        """Keep ``problems`` and show those about fields already edited (all, once Save was pressed)."""
        self.field_problems.show(problems)
        self._update_descriptions()

    def reveal_all_problems(self) -> None:
        """After Save: every problem is shown from now on, until another plan is shown."""
        self.field_problems.reveal_all()
        self._update_descriptions()

    def problems_revealed(self) -> bool:
        return self.field_problems.revealed()

    def field_problem_text(self, name: str) -> str:
        return self.field_problems.text(name)

    def focus_first_problem(self) -> bool:
        """Move focus to the first field (top to bottom) that shows a problem, scrolled into view."""
        return self.field_problems.focus_first()

    def _update_descriptions(self) -> None:
        """A screen reader hears the problem and any note with the field, not only somewhere below it."""
        for name, editor in self._editors.items():
            parts = (self.field_problem_text(name), self.note_text(name), self._hints[name])
            editor.setAccessibleDescription(" ".join(part for part in parts if part))
        self.region.setAccessibleDescription(self.field_problem_text(REGION))

    # --- slots ---------------------------------------------------------------------------------

    def _on_field_changed(self, name: str, *, touch: bool) -> None:
        """A value changed; choices count as edited at once, typed values when the person leaves them."""
        if self._filling:
            return
        if touch:
            self.field_problems.touch(name)
        else:
            self.field_problems.typed(name)
        self._update_dependent()
        self.edited.emit()

    def _on_field_finished(self, name: str) -> None:
        self.field_problems.left(name)
        self._update_descriptions()

    @Slot(str)
    def _on_region_region_chosen(self, region: str) -> None:
        self._filling = True  # filled or emptied by the answer: not typed, so no problem shown yet
        try:
            for name, number in NORTH_AMERICA_NUMBERS.items():
                editor = self._editors[name]
                assert isinstance(editor, QLineEdit)
                editor.setText(number if region == NORTH_AMERICA else "")
        finally:
            self._filling = False
        self.field_problems.untouch(*NORTH_AMERICA_NUMBERS)
        self.field_problems.touch(REGION)
        self._update_dependent()
        self.edited.emit()

    @Slot()
    def open_sources_dialog(self) -> QWidget:
        """Open "Where these numbers come from" window-modally (not blocking) and return it."""
        return self._sources.open()

    @property
    def sources_dialog(self) -> QWidget | None:
        return self._sources.dialog

    def _update_dependent(self) -> None:
        """Fields that follow another (enabled only when it is on), and the notes on inert limits."""
        for switch, dependent in _FOLLOWERS:
            check = self._editors[switch]
            assert isinstance(check, QCheckBox)
            self._editors[dependent].setEnabled(check.isChecked())
        answered = self.region.region() != UNANSWERED
        for name in NORTH_AMERICA_NUMBERS:
            self._editors[name].setEnabled(answered)
        notes = inert_notes(self.plan())
        for name, label in self._note_labels.items():
            label.setText(notes.get(name, ""))
            label.setVisible(name in notes)
        self._update_descriptions()
