"""The care plan: DESIGN.md §3 defaults, every field's range, rules between fields, JSON round trip."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest

from companion.domain.care_plan import (
    FIELDS_BY_NAME,
    PLAN_FIELDS,
    CarePlan,
    CarePlanError,
    FieldKind,
    PlanField,
    Route,
)

VALID = CarePlan(dose_mg=300.0, clinician_name="Dr A. Lee", clinician_phone="+1 (555) 010-0100")


def _replace(plan: CarePlan, **changes: Any) -> CarePlan:
    """dataclasses.replace, also with deliberately wrong types."""
    return dataclasses.replace(plan, **changes)


def _field_problems(plan: CarePlan, name: str) -> list[str]:
    return [p for p in plan.problems() if p.startswith(FIELDS_BY_NAME[name].title)]


def test_defaults_are_design_section_3() -> None:
    plan = CarePlan()
    assert (plan.stop_systolic_above, plan.stop_diastolic_above, plan.stop_heart_rate_above) == (160, 90, 100)
    assert (plan.caution_systolic_above, plan.caution_diastolic_above) == (140, 90)
    assert (plan.urgent_systolic_at_least, plan.urgent_diastolic_at_least) == (180, 110)
    assert (plan.urgent_systolic_rise, plan.urgent_diastolic_rise) == (40, 25)
    assert plan.bp_recheck_minutes == (40,) and plan.bp_recheck_at_end is True
    assert (plan.fasting_food_hours, plan.fasting_liquids_hours) == (2.0, 0.5)
    assert plan.substance_window_hours == 24
    assert plan.minimum_monitoring_minutes == 120
    assert (plan.checkin_interval_minutes, plan.checkin_grace_minutes) == (15, 2)
    assert (plan.emergency_number, plan.crisis_line) == ("911", "988")
    assert plan.route is Route.SUBLINGUAL


def test_default_plan_needs_only_a_dose_and_the_clinicians_phone() -> None:
    problems = CarePlan().problems()
    assert len(problems) == 2
    assert "dose_mg" in problems[0] and "clinician_phone" in problems[1]
    assert VALID.problems() == []


def test_every_dataclass_field_is_declared_once_in_order() -> None:
    assert [f.name for f in dataclasses.fields(CarePlan)] == [spec.name for spec in PLAN_FIELDS]
    assert all(spec.label.strip() for spec in PLAN_FIELDS)


_RANGED = [spec for spec in PLAN_FIELDS if spec.kind in (FieldKind.WHOLE, FieldKind.NUMBER)]


@pytest.mark.parametrize("spec", _RANGED, ids=lambda s: s.name)
def test_each_number_field_accepts_its_range_and_refuses_beyond(spec: PlanField) -> None:
    whole = spec.kind is FieldKind.WHOLE
    step = 1 if whole else 0.01
    for inside in (spec.minimum, spec.maximum):
        value = int(inside) if whole else float(inside)
        assert _field_problems(_replace(VALID, **{spec.name: value}), spec.name) == []
    for outside in (spec.minimum - step, spec.maximum + step):
        value = int(outside) if whole else float(outside)
        problems = _field_problems(_replace(VALID, **{spec.name: value}), spec.name)
        assert len(problems) == 1
        assert f"({spec.name})" in problems[0] and "from" in problems[0]


def test_systolic_limit_40_is_refused_with_its_range() -> None:
    problems = dataclasses.replace(VALID, stop_systolic_above=40).problems()
    assert problems == ["Do-not-start systolic limit (stop_systolic_above) must be a whole number "
                        "from 100 to 250 mmHg; it is 40."]


@pytest.mark.parametrize(("name", "value"), [
    ("checkin_interval_minutes", True),  # a bool is not a number of minutes
    ("checkin_interval_minutes", 15.0),
    ("dose_mg", math.nan),
    ("dose_mg", math.inf),
    ("dose_mg", "300"),
    ("bp_recheck_at_end", 1),
    ("route", "oral"),  # a plain string, not a Route
    ("medication_name", "   "),
    ("medication_name", "keta\nmine"),
    ("medication_name", "k" * 81),
    ("clinician_name", "x" * 81),
    ("clinician_phone", "call me"),
    ("clinician_phone", "5"),
    ("clinician_phone", "555 0100\n"),
    ("clinician_phone", "1" + " " * 60),
    ("emergency_number", ""),
    ("planned_weekdays", (7,)),
    ("planned_weekdays", (2, 1)),
    ("planned_weekdays", (1, 1)),
    ("planned_weekdays", [1, 2]),
    ("bp_recheck_minutes", (60, 40)),
    ("bp_recheck_minutes", (40, 40)),
    ("bp_recheck_minutes", (0,)),
    ("bp_recheck_minutes", tuple(range(1, 14))),
])
def test_wrong_values_are_named(name: str, value: object) -> None:
    plan = _replace(VALID, **{name: value})
    problems = plan.problems()
    assert len(problems) == 1
    assert f"({name})" in problems[0]


def test_good_lists_and_phones_pass() -> None:
    plan = dataclasses.replace(VALID, planned_weekdays=(0, 3, 6), bp_recheck_minutes=(20, 40, 120),
                               emergency_number="112", crisis_line="116 123", clinician_phone="555.010.0100")
    assert plan.problems() == []


@pytest.mark.parametrize(("changes", "first_field", "second_field"), [
    ({"caution_systolic_above": 170}, "caution_systolic_above", "stop_systolic_above"),
    ({"caution_diastolic_above": 95}, "caution_diastolic_above", "stop_diastolic_above"),
    ({"urgent_systolic_at_least": 160}, "urgent_systolic_at_least", "stop_systolic_above"),
    ({"urgent_diastolic_at_least": 90}, "urgent_diastolic_at_least", "stop_diastolic_above"),
    ({"checkin_grace_minutes": 5, "checkin_interval_minutes": 5}, "checkin_grace_minutes",
     "checkin_interval_minutes"),
    ({"bp_recheck_minutes": (40, 121)}, "bp_recheck_minutes", "minimum_monitoring_minutes"),
])
def test_limits_must_agree(changes: dict[str, object], first_field: str, second_field: str) -> None:
    problems = _replace(VALID, **changes).problems()
    assert len(problems) == 1
    assert f"({first_field})" in problems[0] and f"({second_field})" in problems[0]


def test_equal_caution_and_stop_limits_are_allowed_and_recheck_at_the_end_time_too() -> None:
    plan = dataclasses.replace(VALID, caution_systolic_above=160, bp_recheck_minutes=(40, 120))
    assert plan.problems() == []


def test_a_rule_between_fields_is_not_repeated_when_one_field_is_already_wrong() -> None:
    # 40 is out of range; saying "caution 140 is above stop 40" as well would only confuse.
    problems = dataclasses.replace(VALID, stop_systolic_above=40).problems()
    assert len(problems) == 1 and "caution" not in problems[0].lower()


def test_json_round_trip() -> None:
    plan = dataclasses.replace(VALID, route=Route.INTRAMUSCULAR, planned_weekdays=(1, 4),
                               bp_recheck_minutes=(30, 60), fasting_food_hours=4.0, pcl5_enabled=True)
    data = plan.to_json()
    assert data["route"] == "intramuscular" and data["planned_weekdays"] == [1, 4]
    assert CarePlan.from_json(data) == plan


def test_an_int_dose_from_python_is_written_as_a_number_and_reads_back_equal() -> None:
    plan = dataclasses.replace(VALID, dose_mg=300)
    assert plan.problems() == []
    assert plan.to_json()["dose_mg"] == 300.0 and isinstance(plan.to_json()["dose_mg"], float)
    assert CarePlan.from_json(plan.to_json()) == plan


def test_from_json_fills_missing_fields_with_defaults_unless_required() -> None:
    data = {"dose_mg": 250, "clinician_phone": "555 0100"}
    plan = CarePlan.from_json(data)
    assert plan.dose_mg == 250.0 and plan.stop_systolic_above == 160
    with pytest.raises(CarePlanError) as caught:
        CarePlan.from_json(data, required=("route", "medication_name"))
    assert caught.value.problems == ["Medication (medication_name) is missing; it is required.",
                                     "Route (route) is missing; it is required."]


def test_from_json_lists_every_problem_together() -> None:
    data: dict[str, object] = {**VALID.to_json(), "dose": 3, "stop_systolic_above": 40, "route": "rectal",
            "sitter_code_required": "yes", "planned_weekdays": "monday"}
    with pytest.raises(CarePlanError) as caught:
        CarePlan.from_json(data)
    problems = caught.value.problems
    for name in ("dose", "stop_systolic_above", "route", "sitter_code_required", "planned_weekdays"):
        assert any(f"({name})" in p or f'"{name}"' in p for p in problems), name
    assert len(problems) == 5
    assert "5 problems" in str(caught.value)


def test_from_json_refuses_what_is_not_an_object() -> None:
    not_objects: tuple[object, ...] = (None, [], "plan", 3)
    for data in not_objects:
        with pytest.raises(CarePlanError) as caught:
            CarePlan.from_json(data)
        assert "JSON object" in caught.value.problems[0]


def test_many_unknown_fields_are_counted_not_all_listed() -> None:
    data = {**VALID.to_json(), **{f"extra_{i:02d}": i for i in range(25)}}
    with pytest.raises(CarePlanError) as caught:
        CarePlan.from_json(data)
    assert len(caught.value.problems) == 11
    assert caught.value.problems[-1] == "There are 15 more fields that are not care-plan fields."


def test_unknown_field_names_are_escaped_and_shortened() -> None:
    with pytest.raises(CarePlanError) as caught:
        CarePlan.from_json({**VALID.to_json(), "bad\nname" + "x" * 100: 1})
    (problem,) = caught.value.problems
    assert "\n" not in problem and len(problem) < 100


def test_enormous_numbers_from_python_or_json_are_problems_not_crashes() -> None:
    huge = 10**5000  # more digits than Python will turn into text or a float
    for name in ("stop_systolic_above", "dose_mg"):
        (problem,) = _replace(VALID, **{name: huge}).problems()
        assert f"({name})" in problem and "far out of range" in problem
        with pytest.raises(CarePlanError) as caught:
            CarePlan.from_json({**VALID.to_json(), name: huge})
        assert len(caught.value.problems) == 1
