"""The care plan: what the clinician prescribed and every clinical number the app acts on.

Each field is declared once in :data:`PLAN_FIELDS` with its label, kind and allowed range;
validation, the care-plan file's JSON Schema and the settings screen all read those
declarations.  Defaults are the ones in DESIGN.md §3.  The ranges are typo guards ("systolic
limit 40", "check in every 600 minutes"), never dosing advice: inside them the clinician decides.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from itertools import pairwise
from typing import Any, TypeGuard


class Route(StrEnum):
    SUBLINGUAL = "sublingual"
    ORAL = "oral"
    INTRANASAL = "intranasal"
    INTRAMUSCULAR = "intramuscular"


class CarePlanError(ValueError):
    """A care plan that cannot be used; ``problems`` lists every reason, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"This care plan cannot be used ({count} {noun}); nothing was changed.")


@dataclass(frozen=True)
class CarePlan:
    medication_name: str = "ketamine"
    dose_mg: float = 0.0  # must be > 0 to be valid: there is no sensible default dose
    route: Route = Route.SUBLINGUAL
    planned_weekdays: tuple[int, ...] = ()  # 0 = Monday … 6 = Sunday
    minimum_monitoring_minutes: int = 120
    checkin_interval_minutes: int = 15
    checkin_grace_minutes: int = 2
    bp_recheck_minutes: tuple[int, ...] = (40,)
    bp_recheck_at_end: bool = True
    stop_systolic_above: int = 160
    stop_diastolic_above: int = 90
    stop_heart_rate_above: int = 100
    caution_systolic_above: int = 140
    caution_diastolic_above: int = 90
    urgent_systolic_at_least: int = 180
    urgent_diastolic_at_least: int = 110
    urgent_systolic_rise: int = 40
    urgent_diastolic_rise: int = 25
    fasting_food_hours: float = 2.0
    fasting_liquids_hours: float = 0.5
    substance_window_hours: int = 24
    sitter_code_required: bool = True
    kit_has_oximeter: bool = False
    spo2_urgent_below: int = 93
    clinician_name: str = ""
    clinician_phone: str = ""
    emergency_number: str = "911"
    crisis_line: str = "988"
    patient_address: str = ""  # no default: required before a session (see session_problems)
    allergies: str = ""  # no default: required before a session ("none known" is an answer)
    phq9_every_days: int = 7
    gad7_every_days: int = 7
    pcl5_enabled: bool = False
    pcl5_every_days: int = 28

    def problems(self) -> list[str]:
        """Every reason this plan cannot be used, as plain sentences; empty when it is valid."""
        return _plan_problems(self, skip=frozenset())

    def session_problems(self) -> list[str]:
        """What a valid plan still lacks before a session can start: the fields that have no default
        and no source (DESIGN.md §3), needed during a session (the paramedics are told them)."""
        missing = [spec for spec in SESSION_REQUIRED_FIELDS if not str(getattr(self, spec.name)).strip()]
        return [f"{spec.label} is needed before a session; add it to the care plan." for spec in missing]

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict with every field (tuples become lists, the route its name)."""
        data: dict[str, object] = {}
        for spec in PLAN_FIELDS:
            value = getattr(self, spec.name)
            if isinstance(value, tuple):
                value = list(value)
            elif isinstance(value, Route):
                value = value.value
            elif spec.kind is FieldKind.NUMBER and _is_whole(value):
                value = float(value)
            data[spec.name] = value
        return data

    @classmethod
    def from_json(cls, data: object, *, required: Collection[str] = ()) -> CarePlan:
        """Read a plan written by :meth:`to_json`; missing fields take their default unless
        named in ``required``. Raises :class:`CarePlanError` listing every problem."""
        if not isinstance(data, Mapping):
            raise CarePlanError(["The care plan must be a set of named fields (a JSON object)."])
        problems: list[str] = []
        known = {spec.name for spec in PLAN_FIELDS}
        unknown = sorted(str(key) for key in data if key not in known)
        problems.extend(f"The field {_quote(key)} is not a care-plan field." for key in unknown[:_MAX_LISTED])
        if len(unknown) > _MAX_LISTED:
            extra = len(unknown) - _MAX_LISTED
            problems.append(f"There are {extra} more fields that are not care-plan fields.")
        missing = [spec for spec in PLAN_FIELDS if spec.name in required and spec.name not in data]
        problems.extend(f"{spec.title} is missing; it is required." for spec in missing)
        values: dict[str, Any] = {spec.name: _from_json_value(spec, data[spec.name])
                                  for spec in PLAN_FIELDS if spec.name in data}
        plan = cls(**values)
        problems.extend(_plan_problems(plan, skip=frozenset(spec.name for spec in missing)))
        if problems:
            raise CarePlanError(problems)
        return plan


class FieldKind(StrEnum):
    WHOLE = "whole number"
    NUMBER = "number"
    TEXT = "text"
    PHONE = "phone number"
    FLAG = "true or false"
    ROUTE = "route"
    WEEKDAYS = "list of weekdays"
    MINUTES = "list of minutes"


@dataclass(frozen=True)
class PlanField:
    """One care-plan field: how it is named to people, what it holds and its allowed range."""

    name: str
    label: str
    kind: FieldKind
    minimum: float = 0
    maximum: float = 0
    unit: str = ""
    required_in_file: bool = False

    @property
    def title(self) -> str:
        """The label followed by the field's name, so a sentence names both."""
        return f"{self.label} ({self.name})"


_F = FieldKind
# Ranges (inclusive). For TEXT and PHONE minimum/maximum are characters and digits.
PLAN_FIELDS: tuple[PlanField, ...] = (
    PlanField("medication_name", "Medication", _F.TEXT, 1, 80, required_in_file=True),
    # A typo guard (a dose of 0 or 20000 mg is a slip), not a dosing limit.
    PlanField("dose_mg", "Dose", _F.NUMBER, 1, 2000, "mg", required_in_file=True),
    PlanField("route", "Route", _F.ROUTE, required_in_file=True),
    PlanField("planned_weekdays", "Planned session days", _F.WEEKDAYS, 0, 6),
    # One hour is the shortest observation any protocol uses; eight hours is a whole day.
    PlanField("minimum_monitoring_minutes", "Minimum monitoring time", _F.WHOLE, 60, 480, "minutes"),
    PlanField("checkin_interval_minutes", "Sitter check-in interval", _F.WHOLE, 5, 60, "minutes"),
    PlanField("checkin_grace_minutes", "Check-in grace period", _F.WHOLE, 1, 10, "minutes"),
    # At most 12 re-checks, each between 1 minute and the longest monitoring time.
    PlanField("bp_recheck_minutes", "Blood pressure re-check times", _F.MINUTES, 1, 480, "minutes"),
    PlanField("bp_recheck_at_end", "Blood pressure re-check at the end", _F.FLAG),
    # Do-not-start limits: below these a normal adult could not start; above, nobody should.
    PlanField("stop_systolic_above", "Do-not-start systolic limit", _F.WHOLE, 100, 250, "mmHg"),
    PlanField("stop_diastolic_above", "Do-not-start diastolic limit", _F.WHOLE, 60, 140, "mmHg"),
    PlanField("stop_heart_rate_above", "Do-not-start heart-rate limit", _F.WHOLE, 60, 180, "per minute"),
    PlanField("caution_systolic_above", "Caution systolic limit", _F.WHOLE, 100, 250, "mmHg"),
    PlanField("caution_diastolic_above", "Caution diastolic limit", _F.WHOLE, 60, 140, "mmHg"),
    # Urgent levels end at the top of the plausible range (vitals.PLAUSIBLE_*), or they could never fire.
    PlanField("urgent_systolic_at_least", "Urgent systolic level", _F.WHOLE, 120, 260, "mmHg"),
    PlanField("urgent_diastolic_at_least", "Urgent diastolic level", _F.WHOLE, 70, 160, "mmHg"),
    PlanField("urgent_systolic_rise", "Urgent systolic rise", _F.WHOLE, 10, 100, "mmHg"),
    PlanField("urgent_diastolic_rise", "Urgent diastolic rise", _F.WHOLE, 5, 60, "mmHg"),
    # 0 means the plan asks for no fasting; 12 hours is longer than any protocol asks.
    PlanField("fasting_food_hours", "Fasting from food", _F.NUMBER, 0, 12, "hours"),
    PlanField("fasting_liquids_hours", "Fasting from liquids", _F.NUMBER, 0, 12, "hours"),
    PlanField("substance_window_hours", "Substance-free time", _F.WHOLE, 1, 168, "hours"),
    PlanField("sitter_code_required", "Sitter confirms with a code", _F.FLAG),
    PlanField("kit_has_oximeter", "The kit has a pulse oximeter", _F.FLAG),
    # A typo guard around the default of 93 % (DESIGN.md §3); a limit of 80 or 99 would be a slip.
    PlanField("spo2_urgent_below", "Urgent oxygen saturation (SpO2) below", _F.WHOLE, 85, 97, "%"),
    PlanField("clinician_name", "Clinician's name", _F.TEXT, 0, 80),
    PlanField("clinician_phone", "Clinician's phone", _F.PHONE, 2, 20, required_in_file=True),
    PlanField("emergency_number", "Emergency number", _F.PHONE, 2, 20),
    PlanField("crisis_line", "Crisis line", _F.PHONE, 2, 20),
    PlanField("patient_address", "Your address (for the paramedics)", _F.TEXT, 0, 200),
    PlanField("allergies", "Allergies (for the paramedics)", _F.TEXT, 0, 200),
    PlanField("phq9_every_days", "PHQ-9 every", _F.WHOLE, 1, 90, "days"),
    PlanField("gad7_every_days", "GAD-7 every", _F.WHOLE, 1, 90, "days"),
    PlanField("pcl5_enabled", "PCL-5 enabled", _F.FLAG),
    PlanField("pcl5_every_days", "PCL-5 every", _F.WHOLE, 7, 180, "days"),
)
FIELDS_BY_NAME: Mapping[str, PlanField] = {spec.name: spec for spec in PLAN_FIELDS}
# No default and no source exists for these (they are the patient's own facts): empty is allowed in a
# stored plan and a clinician's file, but a session does not start until they are filled in.
SESSION_REQUIRED_FIELDS: tuple[PlanField, ...] = (FIELDS_BY_NAME["patient_address"],
                                                  FIELDS_BY_NAME["allergies"])
MAX_BP_RECHECKS = 12
PHONE_PATTERN = r"^[0-9+().\- ]+$"
PHONE_MAX_CHARACTERS = 40
_PHONE_RE = re.compile(PHONE_PATTERN)
_ROUTE_NAMES = frozenset(route.value for route in Route)
_MAX_LISTED = 10  # unknown field names listed one by one; the rest are counted


def _quote(key: str) -> str:
    """A field name from outside, shortened, quoted and escaped to plain ASCII."""
    return json.dumps(key if len(key) <= 40 else key[:40] + "...")


def _from_json_value(spec: PlanField, value: object) -> object:
    """JSON's shapes to the dataclass's; anything unexpected is kept for problems() to name."""
    if spec.kind is FieldKind.NUMBER and _is_whole(value):
        number = _as_float(value)
        return value if math.isnan(number) else number
    if spec.kind is FieldKind.ROUTE and isinstance(value, str) and value in _ROUTE_NAMES:
        return Route(value)
    if spec.kind in (FieldKind.WEEKDAYS, FieldKind.MINUTES) and isinstance(value, list):
        return tuple(value)
    return value


def _describe(value: object) -> str:
    """What a wrong value is, without repeating free text (it may be personal)."""
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**12 else "far out of range"
    if isinstance(value, float):
        return "not a finite number" if not math.isfinite(value) else f"{value:g}"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return "not a number"


def _number_text(value: float) -> str:
    return f"{value:g}"


def _range_text(spec: PlanField) -> str:
    unit = f" {spec.unit}" if spec.unit else ""
    return f"from {_number_text(spec.minimum)} to {_number_text(spec.maximum)}{unit}"


def _as_float(value: object) -> float:
    """The value as a float; NaN for anything that is not a number (a bool is not) or is too big."""
    if not (_is_whole(value) or isinstance(value, float)):
        return math.nan
    try:
        return float(value)
    except OverflowError:  # an int with hundreds of digits
        return math.nan


def _is_whole(value: object) -> TypeGuard[int]:
    """An int that is not a bool: JSON's ``true`` is not 1 minute."""
    return isinstance(value, int) and not isinstance(value, bool)


def _field_problem(spec: PlanField, value: object) -> str | None:
    """The one problem with this field's value on its own, or None."""
    kind = spec.kind
    if kind is FieldKind.WHOLE:
        if not (_is_whole(value) and spec.minimum <= value <= spec.maximum):
            return f"{spec.title} must be a whole number {_range_text(spec)}; it is {_describe(value)}."
    elif kind is FieldKind.NUMBER:
        # An int is a number too (Python code may write 300 for 300.0); a bool is not.
        number = _as_float(value)
        ok = math.isfinite(number) and spec.minimum <= number <= spec.maximum
        if not ok:
            return f"{spec.title} must be a number {_range_text(spec)}; it is {_describe(value)}."
    elif kind is FieldKind.FLAG:
        if not isinstance(value, bool):
            return f"{spec.title} must be true or false; it is {_describe(value)}."
    elif kind is FieldKind.ROUTE:
        if not isinstance(value, Route):
            allowed = ", ".join(route.value for route in Route)
            return f"{spec.title} must be one of: {allowed}."
    elif kind is FieldKind.TEXT:
        return _text_problem(spec, value)
    elif kind is FieldKind.PHONE:
        ok = isinstance(value, str) and len(value) <= PHONE_MAX_CHARACTERS
        ok = ok and isinstance(value, str) and _PHONE_RE.fullmatch(value) is not None
        digits = sum(c.isdigit() for c in value) if isinstance(value, str) else 0
        if not (ok and spec.minimum <= digits <= spec.maximum):
            return (f"{spec.title} must be a phone number of {_number_text(spec.minimum)} to "
                    f"{_number_text(spec.maximum)} digits (spaces, +, -, dots and brackets allowed).")
    else:
        return _list_problem(spec, value)
    return None


def _text_problem(spec: PlanField, value: object) -> str | None:
    required = spec.minimum > 0
    if not isinstance(value, str) or not value.isprintable() or len(value) > spec.maximum:
        need = "is needed" if required else "may be given"
        return f"{spec.title} {need} as one line of at most {_number_text(spec.maximum)} characters."
    if required and not value.strip():
        return f"{spec.title} is empty; it is required."
    return None


def _list_problem(spec: PlanField, value: object) -> str | None:
    if spec.kind is FieldKind.WEEKDAYS:
        rule = "a list of weekday numbers (0 = Monday … 6 = Sunday), each at most once, in order"
        longest = 7
    else:
        rule = (f"a list of at most {MAX_BP_RECHECKS} whole numbers of minutes {_range_text(spec)}, "
                "each at most once, in order")
        longest = MAX_BP_RECHECKS
    ok = (
        isinstance(value, tuple)
        and len(value) <= longest
        and all(_is_whole(item) and spec.minimum <= item <= spec.maximum for item in value)
        and all(a < b for a, b in pairwise(value))
    )
    return None if ok else f"{spec.title} must be {rule}."


@dataclass(frozen=True)
class _Consistency:
    """A rule between fields; checked only when each field is valid on its own."""

    names: tuple[str, str]
    holds: Callable[[CarePlan], bool]
    sentence: str


_CONSISTENCY: tuple[_Consistency, ...] = (
    _Consistency(("caution_systolic_above", "stop_systolic_above"),
                 lambda p: p.caution_systolic_above <= p.stop_systolic_above,
                 "The caution systolic limit (caution_systolic_above) must not be above the do-not-start "
                 "systolic limit (stop_systolic_above)."),
    _Consistency(("caution_diastolic_above", "stop_diastolic_above"),
                 lambda p: p.caution_diastolic_above <= p.stop_diastolic_above,
                 "The caution diastolic limit (caution_diastolic_above) must not be above the do-not-start "
                 "diastolic limit (stop_diastolic_above)."),
    _Consistency(("urgent_systolic_at_least", "stop_systolic_above"),
                 lambda p: p.urgent_systolic_at_least > p.stop_systolic_above,
                 "The urgent systolic level (urgent_systolic_at_least) must be above the do-not-start "
                 "systolic limit (stop_systolic_above)."),
    _Consistency(("urgent_diastolic_at_least", "stop_diastolic_above"),
                 lambda p: p.urgent_diastolic_at_least > p.stop_diastolic_above,
                 "The urgent diastolic level (urgent_diastolic_at_least) must be above the do-not-start "
                 "diastolic limit (stop_diastolic_above)."),
    _Consistency(("checkin_grace_minutes", "checkin_interval_minutes"),
                 lambda p: p.checkin_grace_minutes < p.checkin_interval_minutes,
                 "The check-in grace period (checkin_grace_minutes) must be shorter than the check-in "
                 "interval (checkin_interval_minutes)."),
    _Consistency(("bp_recheck_minutes", "minimum_monitoring_minutes"),
                 lambda p: all(m <= p.minimum_monitoring_minutes for m in p.bp_recheck_minutes),
                 "Every blood pressure re-check time (bp_recheck_minutes) must fall within the minimum "
                 "monitoring time (minimum_monitoring_minutes)."),
)


def _plan_problems(plan: CarePlan, skip: frozenset[str]) -> list[str]:
    """Field problems in declaration order, then the rules between valid fields."""
    problems: list[str] = []
    invalid = set(skip)
    for spec in PLAN_FIELDS:
        if spec.name in skip:
            continue
        problem = _field_problem(spec, getattr(plan, spec.name))
        if problem is not None:
            problems.append(problem)
            invalid.add(spec.name)
    problems.extend(rule.sentence for rule in _CONSISTENCY
                    if not invalid.intersection(rule.names) and not rule.holds(plan))
    return problems


# The declarations and the dataclass must list the same fields in the same order.
assert tuple(f.name for f in fields(CarePlan)) == tuple(spec.name for spec in PLAN_FIELDS)
for _spec in PLAN_FIELDS:  # and every default is declared valid, except those the plan must set
    assert _spec.required_in_file or _field_problem(_spec, getattr(CarePlan(), _spec.name)) is None, _spec
