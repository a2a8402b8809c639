"""What a new care plan changes against the plan in force, field by field (DESIGN.md §2).

Before the patient accepts a clinician's file they see each field that differs, its value now and its
value in the file, side by side. The fields, their labels, kinds and units come from the one list of
declarations, :data:`companion.domain.care_plan.PLAN_FIELDS`; nothing here names a field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from companion.domain.care_plan import PLAN_FIELDS, CarePlan, FieldKind, PlanField, Route
from companion.domain.texts import QT_TRANSLATE_NOOP, Text, joined, untranslated

# Each value word is a sentence of the ``CarePlanValues`` context: English as a ``str`` (the tests, the
# exact-text comparison below), the patient's language through ``core_text`` (the review, the desk's list
# of changes, the report's "care plan in force").
WEEKDAY_NAMES: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("CarePlanValues", "Monday"),
    QT_TRANSLATE_NOOP("CarePlanValues", "Tuesday"),
    QT_TRANSLATE_NOOP("CarePlanValues", "Wednesday"),
    QT_TRANSLATE_NOOP("CarePlanValues", "Thursday"),
    QT_TRANSLATE_NOOP("CarePlanValues", "Friday"),
    QT_TRANSLATE_NOOP("CarePlanValues", "Saturday"),
    QT_TRANSLATE_NOOP("CarePlanValues", "Sunday"),
)
ROUTE_NAMES: Mapping[Route, Text] = {
    Route.SUBLINGUAL: QT_TRANSLATE_NOOP("CarePlanValues", "sublingual"),
    Route.ORAL: QT_TRANSLATE_NOOP("CarePlanValues", "oral"),
    Route.INTRANASAL: QT_TRANSLATE_NOOP("CarePlanValues", "intranasal"),
    Route.INTRAMUSCULAR: QT_TRANSLATE_NOOP("CarePlanValues", "intramuscular"),
}
assert all(ROUTE_NAMES[route] == route.value for route in Route), "a route reads as the file spells it"
_YES = QT_TRANSLATE_NOOP("CarePlanValues", "yes")
_NO = QT_TRANSLATE_NOOP("CarePlanValues", "no")
_NO_DAYS = QT_TRANSLATE_NOOP("CarePlanValues", "none set")
_NO_MINUTES = QT_TRANSLATE_NOOP("CarePlanValues", "none")
_NOT_FILLED_IN = QT_TRANSLATE_NOOP("CarePlanValues", "(not filled in)")
_WITH_UNIT = QT_TRANSLATE_NOOP("CarePlanValues", "%1 %2")  # a value and its unit: "120 minutes"


class _Number(float):
    """A value's number as an argument: English ``f"{value:g}"`` ("50", "62.5") as a ``str``, and a
    number to ``core_text``, which writes it the locale's way ("62,5") with the same 6 digits."""

    def __str__(self) -> str:
        return format(float(self), "g")


@dataclass(frozen=True)
class PlanChange:
    """One field that differs. The texts are English with the unit as a ``str`` (each a
    :class:`~companion.domain.texts.Text` that ``core_text`` shows in the patient's language, or the
    value spelled out exactly); the values are there for a UI that words them itself."""

    name: str  # the field's key, as in the care-plan file
    label: str  # the field's label, as the care-plan editor shows it
    old_text: str | None  # None: there was no plan in force
    new_text: str
    old_value: object  # None when there was no plan in force
    new_value: object


def _with_unit(spec: PlanField, value: object) -> Text:
    return _WITH_UNIT.arg(value, spec.unit) if spec.unit else Text("", "%1", (value,))


def field_value_text(spec: PlanField, value: object) -> Text:
    """A care-plan value in words, with its unit: "120 minutes", "yes", "Tuesday, Friday".

    A :class:`Text`: ``str()`` is the English; ``core_text`` gives it in the patient's language, the
    numbers written the locale's way. What the plan's people typed (a name, a phone) stays as typed."""
    if spec.kind is FieldKind.FLAG:
        return _YES if value else _NO
    if isinstance(value, Route):
        return ROUTE_NAMES[value]
    if spec.kind is FieldKind.WEEKDAYS and isinstance(value, tuple):
        return joined((WEEKDAY_NAMES[day] for day in value), ", ") if value else _NO_DAYS
    if spec.kind is FieldKind.MINUTES and isinstance(value, tuple):
        return _with_unit(spec, joined(value, ", ")) if value else _NO_MINUTES
    if isinstance(value, float | int) and not isinstance(value, bool):
        return _with_unit(spec, _Number(value))
    text = str(value).strip()
    return untranslated(text) if text else _NOT_FILLED_IN


def care_plan_changes(old: CarePlan | None, new: CarePlan) -> list[PlanChange]:
    """Every field whose value differs between ``old`` and ``new``, in the order of the declarations.

    With no plan in force (``old`` None) every field is a change: the patient sees the whole plan.
    Values compare as the plan holds them, so 50 mg and 50.0 mg are the same dose.
    """
    changes: list[PlanChange] = []
    for spec in PLAN_FIELDS:
        new_value = getattr(new, spec.name)
        if old is None:
            changes.append(PlanChange(spec.name, spec.label, None, field_value_text(spec, new_value),
                                      None, new_value))
            continue
        old_value = getattr(old, spec.name)
        if old_value != new_value:
            old_text: str = field_value_text(spec, old_value)
            new_text: str = field_value_text(spec, new_value)
            if old_text == new_text:  # "Dr Lee" and "Dr Lee " or 62.5 and 62.5000001: show what differs
                old_text, new_text = _exact_text(old_value), _exact_text(new_value)
            changes.append(PlanChange(spec.name, spec.label, old_text, new_text, old_value, new_value))
    return changes


def _exact_text(value: object) -> str:
    """A value spelled out exactly: text in quotes (so spaces show), numbers with every digit."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
