"""What a new care plan changes against the plan in force: one entry per differing field, in the order
of the declarations, with the values in words; nothing when nothing differs."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from companion.domain.care_plan import FIELDS_BY_NAME, PLAN_FIELDS, CarePlan, FieldKind, Route
from companion.domain.care_plan_changes import PlanChange, care_plan_changes

IN_FORCE = CarePlan(dose_mg=50.0, clinician_phone="555-0100", planned_weekdays=(1, 4))

# One change of each kind of field: (field, new value, text now, text in the new plan).
ONE_OF_EACH_KIND: list[tuple[str, Any, str, str]] = [
    ("minimum_monitoring_minutes", 180, "120 minutes", "180 minutes"),  # WHOLE
    ("dose_mg", 62.5, "50 mg", "62.5 mg"),  # NUMBER
    ("clinician_name", "Dr. Rowan", "(not filled in)", "Dr. Rowan"),  # TEXT
    ("clinician_phone", "555-0199", "555-0100", "555-0199"),  # PHONE
    ("kit_has_oximeter", True, "no", "yes"),  # FLAG
    ("route", Route.INTRANASAL, "sublingual", "intranasal"),  # ROUTE
    ("planned_weekdays", (0, 2, 4), "Tuesday, Friday", "Monday, Wednesday, Friday"),  # WEEKDAYS
    ("bp_recheck_minutes", (40, 80), "40 minutes", "40, 80 minutes"),  # MINUTES
]


def test_the_same_plan_changes_nothing() -> None:
    assert care_plan_changes(IN_FORCE, IN_FORCE) == []
    assert care_plan_changes(IN_FORCE, replace(IN_FORCE)) == []


def test_a_whole_number_dose_is_the_same_dose_as_its_float() -> None:
    assert care_plan_changes(IN_FORCE, replace(IN_FORCE, dose_mg=50)) == []


def test_every_kind_of_field_is_covered_below() -> None:
    assert {FIELDS_BY_NAME[name].kind for name, *_ in ONE_OF_EACH_KIND} == set(FieldKind)


@pytest.mark.parametrize(("name", "value", "old_text", "new_text"), ONE_OF_EACH_KIND,
                         ids=[FIELDS_BY_NAME[case[0]].kind.name for case in ONE_OF_EACH_KIND])
def test_one_changed_field_is_the_one_change(name: str, value: Any, old_text: str, new_text: str) -> None:
    new = replace(IN_FORCE, **{name: value})
    assert new.problems() == []
    label = FIELDS_BY_NAME[name].label
    assert care_plan_changes(IN_FORCE, new) == [
        PlanChange(name, label, old_text, new_text, getattr(IN_FORCE, name), value)]


def test_several_changes_come_in_the_order_of_the_declarations() -> None:
    new = replace(IN_FORCE, **{name: value for name, value, *_ in reversed(ONE_OF_EACH_KIND)})
    names = [change.name for change in care_plan_changes(IN_FORCE, new)]
    assert names == [spec.name for spec in PLAN_FIELDS if spec.name in dict.fromkeys(names)]
    assert sorted(names) == sorted(name for name, *_ in ONE_OF_EACH_KIND)


def test_emptied_lists_say_so() -> None:
    new = replace(IN_FORCE, planned_weekdays=(), bp_recheck_minutes=())
    assert [(c.old_text, c.new_text) for c in care_plan_changes(IN_FORCE, new)] == [
        ("Tuesday, Friday", "none set"), ("40 minutes", "none")]


def test_with_no_plan_in_force_every_field_is_new() -> None:
    changes = care_plan_changes(None, IN_FORCE)
    assert [change.name for change in changes] == [spec.name for spec in PLAN_FIELDS]
    assert all(change.old_text is None and change.old_value is None for change in changes)
    assert changes[1] == PlanChange("dose_mg", "Dose", None, "50 mg", None, 50.0)


def test_values_that_read_alike_are_spelled_out_exactly() -> None:
    new = replace(IN_FORCE, clinician_name="Dr. Rowan ", dose_mg=50.0000001)
    old = replace(IN_FORCE, clinician_name="Dr. Rowan")
    assert [(c.name, c.old_text, c.new_text) for c in care_plan_changes(old, new)] == [
        ("dose_mg", "50.0", "50.0000001"), ("clinician_name", '"Dr. Rowan"', '"Dr. Rowan "')]
