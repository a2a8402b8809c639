"""The care-plan form: one editor per CarePlan field, built from the field declarations.

Each field's widget, range hint, unit and default come from ``care_plan.PLAN_FIELDS``; this
module only decides how fields are grouped on screen.  Spin boxes accept values outside a
field's allowed range on purpose, so the plan's own validation (``CarePlan.problems()``)
explains what is wrong instead of the widget silently changing what was typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.care_plan import FIELDS_BY_NAME, PLAN_FIELDS, CarePlan, FieldKind, PlanField, Route

_WHOLE_LIMIT = 9999  # far past every field's maximum, so an absurd value reaches the validation
_NUMBER_LIMIT = 99999.0
_FIELD_NAME_IN_SENTENCE = re.compile(r" \(([a-z0-9_]+)\)")


@dataclass(frozen=True)
class FieldGroup:
    title: str
    explanation: str
    names: tuple[str, ...]


# Untranslated here (module level); translated when the form is built.
FIELD_GROUPS: tuple[FieldGroup, ...] = (
    FieldGroup("Medication", "What your clinician prescribed. companion never suggests a dose.",
               ("medication_name", "dose_mg", "route")),
    FieldGroup("Session days", "The days of the week your sessions are planned.", ("planned_weekdays",)),
    FieldGroup("Monitoring", "How long the sitter stays after the dose, how often they check in, and when "
               "blood pressure is measured again.",
               ("minimum_monitoring_minutes", "checkin_interval_minutes", "checkin_grace_minutes",
                "bp_recheck_minutes", "bp_recheck_at_end", "kit_has_oximeter", "spo2_urgent_below")),
    FieldGroup("Blood pressure and heart-rate limits",
               "Above a do-not-start limit the session cannot begin. Above a caution limit it may begin "
               "only after you acknowledge it. An urgent level or rise during the session opens the urgent "
               "guidance.",
               ("stop_systolic_above", "stop_diastolic_above", "stop_heart_rate_above",
                "caution_systolic_above", "caution_diastolic_above", "urgent_systolic_at_least",
                "urgent_diastolic_at_least", "urgent_systolic_rise", "urgent_diastolic_rise")),
    FieldGroup("Fasting and substances", "How long before the dose to stop eating and drinking, and how long "
               "to stay free of alcohol, cannabis and non-prescribed drugs.",
               ("fasting_food_hours", "fasting_liquids_hours", "substance_window_hours")),
    FieldGroup("Sitter", "The sitter confirms each check-in; a code they choose makes sure it is them.",
               ("sitter_code_required",)),
    FieldGroup("Contacts", "Shown on the help screen during every session.",
               ("clinician_name", "clinician_phone", "emergency_number", "crisis_line")),
    FieldGroup("For the paramedics", "If the sitter calls for help, they read these out. Needed before the "
               "first session.", ("patient_address", "allergies")),
    FieldGroup("Questionnaires", "How often each questionnaire is due.",
               ("phq9_every_days", "gad7_every_days", "pcl5_enabled", "pcl5_every_days")),
)
_GROUPED = [name for group in FIELD_GROUPS for name in group.names]
assert sorted(_GROUPED) == sorted(spec.name for spec in PLAN_FIELDS), "every field in exactly one group"

_ROUTE_LABELS = {
    Route.SUBLINGUAL: "Sublingual (under the tongue)",
    Route.ORAL: "Oral (swallowed)",
    Route.INTRANASAL: "Intranasal (nasal spray)",
    Route.INTRAMUSCULAR: "Intramuscular (injection)",
}


def readable_problem(sentence: str) -> str:
    """A problem sentence without the "(field_name)" parts, which the form's labels already say."""

    def drop_known(match: re.Match[str]) -> str:
        return "" if match.group(1) in FIELDS_BY_NAME else match.group(0)

    return _FIELD_NAME_IN_SENTENCE.sub(drop_known, sentence)


def fields_named_in(sentence: str) -> list[str]:
    """The care-plan fields a problem sentence is about (one, or two for a rule between fields)."""
    return [name for name in _FIELD_NAME_IN_SENTENCE.findall(sentence) if name in FIELDS_BY_NAME]


def parse_minutes(text: str) -> tuple[Any, ...]:
    """ "40, 80" -> (40, 80), sorted and without repeats; anything not a whole number is kept as it
    is, so the plan's validation names the problem."""
    tokens = [token for token in re.split(r"[,;\s]+", text.strip()) if token]
    if all(token.isdigit() and len(token) <= 6 for token in tokens):
        return tuple(sorted({int(token) for token in tokens}))
    return tuple(tokens)


def _number_text(value: float) -> str:
    return QLocale().toString(float(value), "g", 6)


class NumberSpinBox(QDoubleSpinBox):
    """A number without trailing zeros (2 hours, 0.5 hours, 112.5 mg)."""

    def textFromValue(self, value: float) -> str:
        return _number_text(value)


class CarePlanForm(QWidget):
    """Every CarePlan field, grouped; ``edited`` fires on every change (not on ``set_plan``)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, QWidget] = {}
        self._weekday_checks: list[QCheckBox] = []
        self._problem_labels: dict[str, QLabel] = {}
        self._hints: dict[str, str] = {}
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        for group in FIELD_GROUPS:
            layout.addWidget(self._build_group(group))
        self.set_plan(CarePlan())

    # --- building ------------------------------------------------------------------------------

    def _build_group(self, group: FieldGroup) -> QGroupBox:
        """A grid: label | editor, then the hint and any problem under the editor."""
        box = QGroupBox(self.tr(group.title), self)
        explanation = QLabel(self.tr(group.explanation), box)
        explanation.setWordWrap(True)
        explanation.setProperty("role", "muted")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        row = 0
        for name in group.names:
            spec = FIELDS_BY_NAME[name]
            editor = self._build_editor(spec, box)
            self._editors[name] = editor
            hint = QLabel(self._hint(spec), box)
            hint.setProperty("role", "muted")
            hint.setWordWrap(True)
            editor.setAccessibleDescription(hint.text())
            self._hints[name] = hint.text()
            problem = QLabel(box)
            problem.setProperty("role", "error")
            problem.setWordWrap(True)
            problem.setVisible(False)
            self._problem_labels[name] = problem
            if row:
                grid.setRowMinimumHeight(row, 10)  # air between fields
                row += 1
            if spec.kind is not FieldKind.FLAG:  # a check box carries its own label
                label = QLabel(self.tr(spec.label), box)
                label.setBuddy(editor if spec.kind is not FieldKind.WEEKDAYS else self._weekday_checks[0])
                grid.addWidget(label, row, 0)
            wide = spec.kind in (FieldKind.TEXT, FieldKind.PHONE, FieldKind.MINUTES, FieldKind.WEEKDAYS,
                                 FieldKind.FLAG)
            grid.addWidget(editor, row, 1, 1, 2 if wide else 1)
            grid.addWidget(hint, row + 1, 1, 1, 2)
            grid.addWidget(problem, row + 2, 1, 1, 2)
            row += 3
        layout = QVBoxLayout(box)
        layout.setSpacing(10)
        layout.addWidget(explanation)
        layout.addLayout(grid)
        return box

    def _build_editor(self, spec: PlanField, parent: QWidget) -> QWidget:
        label = self.tr(spec.label)
        unit = f" {self.tr(spec.unit)}" if spec.unit else ""
        editor: QWidget
        if spec.kind is FieldKind.WHOLE:
            spin = QSpinBox(parent)
            spin.setRange(0, _WHOLE_LIMIT)
            spin.setSuffix(unit)
            spin.valueChanged.connect(self._on_editor_changed)
            editor = spin
        elif spec.kind is FieldKind.NUMBER:
            number = NumberSpinBox(parent)
            number.setDecimals(2)
            number.setRange(0, _NUMBER_LIMIT)
            number.setSingleStep(0.5 if spec.unit == "hours" else 1.0)
            number.setSuffix(unit)
            number.valueChanged.connect(self._on_editor_changed)
            editor = number
        elif spec.kind is FieldKind.FLAG:
            check = QCheckBox(label, parent)
            check.toggled.connect(self._on_editor_changed)
            editor = check
        elif spec.kind is FieldKind.ROUTE:
            combo = QComboBox(parent)
            for route in Route:
                combo.addItem(self.tr(_ROUTE_LABELS[route]), route.value)
            combo.currentIndexChanged.connect(self._on_editor_changed)
            editor = combo
        elif spec.kind is FieldKind.WEEKDAYS:
            editor = self._build_weekdays(parent)
        else:  # TEXT, PHONE and MINUTES are typed
            line = QLineEdit(parent)
            if spec.kind is FieldKind.MINUTES:
                line.setPlaceholderText(self.tr("for example 40, 80"))
            line.setMaxLength(200)
            line.textChanged.connect(self._on_editor_changed)
            editor = line
        editor.setAccessibleName(label)
        editor.setObjectName(spec.name)
        return editor

    def _build_weekdays(self, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        for day in range(7):  # 0 = Monday, as in the care plan; Qt counts Monday as 1
            check = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat), row)
            check.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            check.toggled.connect(self._on_editor_changed)
            self._weekday_checks.append(check)
            layout.addWidget(check)
        layout.addStretch(1)
        return row

    def _hint(self, spec: PlanField) -> str:
        unit = f" {self.tr(spec.unit)}" if spec.unit else ""
        default = CarePlan().to_json()[spec.name]
        kind = spec.kind
        if kind in (FieldKind.WHOLE, FieldKind.NUMBER):
            allowed = self.tr("allowed %1 to %2").replace("%1", _number_text(spec.minimum)).replace(
                "%2", _number_text(spec.maximum) + unit)
            if spec.required_in_file:
                return self.tr("Required; %1.").replace("%1", allowed)
            shown = _number_text(float(default)) if isinstance(default, int | float) else str(default)
            return self.tr("Default %1; %2.").replace("%1", shown + unit).replace("%2", allowed)
        if kind is FieldKind.FLAG:
            return self.tr("Default: on.") if default else self.tr("Default: off.")
        if kind is FieldKind.ROUTE:
            return self.tr("Required.")
        if kind is FieldKind.WEEKDAYS:
            return self.tr("Default: none chosen.")
        if kind is FieldKind.MINUTES:
            listed = ", ".join(str(m) for m in CarePlan().bp_recheck_minutes)
            return self.tr("Minutes after the dose, separated by commas. Default %1.").replace("%1", listed)
        if kind is FieldKind.PHONE:
            if spec.required_in_file:
                return self.tr("Required. Digits, spaces, +, - and brackets.")
            return self.tr("Default %1.").replace("%1", str(default))
        return self.tr("Required.") if spec.minimum > 0 else self.tr("Optional.")

    # --- reading and writing -------------------------------------------------------------------

    def editor(self, name: str) -> QWidget:
        """The widget that edits the field ``name`` (for tests and focus)."""
        return self._editors[name]

    def weekday_checks(self) -> list[QCheckBox]:
        return list(self._weekday_checks)

    def set_plan(self, plan: CarePlan) -> None:
        """Show ``plan`` (without firing ``edited``)."""
        self._filling = True  # the widgets still signal (others may listen), but not as an edit
        try:
            for spec in PLAN_FIELDS:
                self._write(spec, self._editors[spec.name], getattr(plan, spec.name))
        finally:
            self._filling = False
        self._update_enabled()

    def _write(self, spec: PlanField, editor: QWidget, value: Any) -> None:
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(Route(value).value)))
        elif spec.kind is FieldKind.WEEKDAYS:
            for day, check in enumerate(self._weekday_checks):
                check.setChecked(day in value)
        elif isinstance(editor, QLineEdit):
            editor.setText(", ".join(str(m) for m in value) if spec.kind is FieldKind.MINUTES else str(value))

    def plan(self) -> CarePlan:
        """The plan as entered; it may have problems (see ``CarePlan.problems()``)."""
        values: dict[str, Any] = {}
        for spec in PLAN_FIELDS:
            editor = self._editors[spec.name]
            if isinstance(editor, QSpinBox):
                values[spec.name] = editor.value()
            elif isinstance(editor, QDoubleSpinBox):
                values[spec.name] = float(editor.value())
            elif isinstance(editor, QCheckBox):
                values[spec.name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                values[spec.name] = Route(editor.currentData())
            elif spec.kind is FieldKind.WEEKDAYS:
                checks = self._weekday_checks
                values[spec.name] = tuple(day for day, check in enumerate(checks) if check.isChecked())
            elif isinstance(editor, QLineEdit):
                text = editor.text()
                values[spec.name] = parse_minutes(text) if spec.kind is FieldKind.MINUTES else text.strip()
        return CarePlan(**values)

    def show_problems(self, problems: list[str]) -> None:
        """Put each problem under the field (or both fields) it is about."""
        by_field: dict[str, list[str]] = {name: [] for name in self._problem_labels}
        for sentence in problems:
            for name in fields_named_in(sentence):
                by_field[name].append(readable_problem(sentence))
        for name, label in self._problem_labels.items():
            text = "\n".join(by_field[name])
            label.setText(text)
            label.setVisible(bool(text))
            # A screen reader hears the problem with the field, not only somewhere below it.
            self._editors[name].setAccessibleDescription(f"{text} {self._hints[name]}".strip())

    def field_problem_text(self, name: str) -> str:
        label = self._problem_labels[name]
        return label.text() if not label.isHidden() else ""

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_editor_changed(self) -> None:
        if self._filling:
            return
        self._update_enabled()
        self.edited.emit()

    def _update_enabled(self) -> None:
        pcl5 = self._editors["pcl5_enabled"]
        assert isinstance(pcl5, QCheckBox)
        self._editors["pcl5_every_days"].setEnabled(pcl5.isChecked())
