"""What a new care plan changes against the plan in force, field by field (DESIGN.md §2).

Before the patient accepts a clinician's file they see each field that differs, its value now and its
value in the file, side by side. The fields, their labels, kinds and units come from the one list of
declarations, :data:`companion.domain.care_plan.PLAN_FIELDS`; nothing here names a field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from companion.domain.care_plan import PLAN_FIELDS, CarePlan, FieldKind, PlanField, Route

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class PlanChange:
    """One field that differs. The texts are English with the unit; the values are there for a UI that
    words them in another language."""

    name: str  # the field's key, as in the care-plan file
    label: str  # the field's label, as the care-plan editor shows it
    old_text: str | None  # None: there was no plan in force
    new_text: str
    old_value: object  # None when there was no plan in force
    new_value: object


def field_value_text(spec: PlanField, value: object) -> str:
    """A care-plan value in words, with its unit: "120 minutes", "yes", "Tuesday, Friday"."""
    unit = f" {spec.unit}" if spec.unit else ""
    if spec.kind is FieldKind.FLAG:
        return "yes" if value else "no"
    if isinstance(value, Route):
        return value.value
    if spec.kind is FieldKind.WEEKDAYS and isinstance(value, tuple):
        return ", ".join(WEEKDAY_NAMES[day] for day in value) or "none set"
    if spec.kind is FieldKind.MINUTES and isinstance(value, tuple):
        return (", ".join(str(minute) for minute in value) + unit) if value else "none"
    if isinstance(value, float | int) and not isinstance(value, bool):
        return f"{value:g}{unit}"
    text = str(value).strip()
    return text if text else "(not filled in)"


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
            old_text, new_text = field_value_text(spec, old_value), field_value_text(spec, new_value)
            if old_text == new_text:  # "Dr Lee" and "Dr Lee " or 62.5 and 62.5000001: show what differs
                old_text, new_text = _exact_text(old_value), _exact_text(new_value)
            changes.append(PlanChange(spec.name, spec.label, old_text, new_text, old_value, new_value))
    return changes


def _exact_text(value: object) -> str:
    """A value spelled out exactly: text in quotes (so spaces show), numbers with every digit."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
