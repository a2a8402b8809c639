"""One editor widget per kind of care-plan field, and reading and writing its value.

Spin boxes accept values far outside a field's allowed range on purpose, so the plan's own
validation (``CarePlan.problems()``) explains what is wrong instead of the widget silently
changing what was typed.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from companion.domain.care_plan import FieldKind, PlanField, Route
from companion.ui.care_plan.care_plan_texts import ROUTE_LABELS, label_text, unit_text
from companion.ui.core_text import number_text
from companion.ui.widgets.wheel_guard import guard_wheel

_WHOLE_LIMIT = 9999  # far past every field's maximum, so an absurd value reaches the validation
_NUMBER_LIMIT = 99999.0


def parse_minutes(text: str) -> tuple[Any, ...]:
    """ "40, 80" -> (40, 80), sorted and without repeats; anything not a whole number is kept as it
    is, so the plan's validation names the problem."""
    tokens = [token for token in re.split(r"[,;\s]+", text.strip()) if token]
    if all(token.isdigit() and len(token) <= 6 for token in tokens):
        return tuple(sorted({int(token) for token in tokens}))
    return tuple(tokens)


class NumberSpinBox(QDoubleSpinBox):
    """A number without trailing zeros (2 hours, 0.5 hours, 112.5 mg)."""

    def textFromValue(self, value: float) -> str:
        return number_text(value)


class WeekdaysEditor(QWidget):
    """Seven check boxes, Monday first (0 = Monday, as in the care plan)."""

    toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        self.checks: list[QCheckBox] = []
        for day in range(7):  # Qt counts Monday as 1
            check = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat), self)
            check.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            check.toggled.connect(self.toggled)
            self.checks.append(check)
            layout.addWidget(check)
        layout.addStretch(1)

    def value(self) -> tuple[int, ...]:
        return tuple(day for day, check in enumerate(self.checks) if check.isChecked())

    def set_value(self, days: tuple[int, ...]) -> None:
        for day, check in enumerate(self.checks):
            check.setChecked(day in days)


def _placeholder(name: str) -> str:
    if name == "bp_recheck_minutes":
        return QCoreApplication.translate("CarePlanForm", "for example 40, 80")
    if name == "patient_address":
        return QCoreApplication.translate("CarePlanForm", "street, number, town: what an ambulance needs to "
                                                          "find you")
    if name == "allergies":
        return QCoreApplication.translate("CarePlanForm", "for example: penicillin; or none known")
    return ""


def build_field_editor(spec: PlanField, parent: QWidget) -> QWidget:
    """The editor for ``spec`` (not yet connected), named after the field for tests and screen readers."""
    editor: QWidget
    if spec.kind is FieldKind.WHOLE:
        whole = QSpinBox(parent)
        whole.setRange(0, _WHOLE_LIMIT)
        whole.setSuffix(unit_text(spec))
        editor = whole
    elif spec.kind is FieldKind.NUMBER:
        number = NumberSpinBox(parent)
        number.setDecimals(2)
        number.setRange(0, _NUMBER_LIMIT)
        number.setSingleStep(0.5 if spec.unit == "hours" else 1.0)
        number.setSuffix(unit_text(spec))
        editor = number
    elif spec.kind is FieldKind.FLAG:
        editor = QCheckBox(label_text(spec), parent)
    elif spec.kind is FieldKind.ROUTE:
        combo = QComboBox(parent)
        for route in Route:
            combo.addItem(QCoreApplication.translate("CarePlanForm", ROUTE_LABELS[route]), route.value)
        editor = combo
    elif spec.kind is FieldKind.WEEKDAYS:
        editor = WeekdaysEditor(parent)
    else:  # TEXT, PHONE and MINUTES are typed
        line = QLineEdit(parent)
        line.setPlaceholderText(_placeholder(spec.name))
        line.setMaxLength(200)
        editor = line
    if isinstance(editor, QAbstractSpinBox | QComboBox):
        guard_wheel(editor)  # scrolling the long form never changes a clinical number
    editor.setAccessibleName(label_text(spec))
    editor.setObjectName(spec.name)
    return editor


def write_field(spec: PlanField, editor: QWidget, value: Any) -> None:
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        editor.setValue(value)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(Route(value).value)))
    elif isinstance(editor, WeekdaysEditor):
        editor.set_value(value)
    elif isinstance(editor, QLineEdit):
        editor.setText(", ".join(str(m) for m in value) if spec.kind is FieldKind.MINUTES else str(value))


def read_field(spec: PlanField, editor: QWidget) -> Any:
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QDoubleSpinBox):
        return float(editor.value())
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return Route(editor.currentData())
    if isinstance(editor, WeekdaysEditor):
        return editor.value()
    assert isinstance(editor, QLineEdit)
    text = editor.text()
    return parse_minutes(text) if spec.kind is FieldKind.MINUTES else text.strip()
