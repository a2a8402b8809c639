"""The care plan: what the clinician prescribed and every clinical number the app acts on.

Each field is declared once in :data:`PLAN_FIELDS` (``care_plan_fields``) with its label, kind and
allowed range; validation, the care-plan file's JSON Schema and the settings screen all read those
declarations.  Defaults are the ones in DESIGN.md §3.  The ranges are typo guards ("systolic
limit 40", "check in every 600 minutes"), never dosing advice: inside them the clinician decides.
Each problem is a sentence of the ``CarePlanProblems`` context (a :class:`~companion.domain.texts.Text`)
that names its field's label and, in brackets, its name.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, fields
from itertools import pairwise
from typing import Any, TypeGuard

from companion.domain.care_plan_fields import FIELDS_BY_NAME as FIELDS_BY_NAME
from companion.domain.care_plan_fields import MAX_BP_RECHECKS as MAX_BP_RECHECKS
from companion.domain.care_plan_fields import PHONE_MAX_CHARACTERS as PHONE_MAX_CHARACTERS
from companion.domain.care_plan_fields import PHONE_PATTERN as PHONE_PATTERN
from companion.domain.care_plan_fields import PLAN_FIELDS as PLAN_FIELDS
from companion.domain.care_plan_fields import SESSION_REQUIRED_FIELDS as SESSION_REQUIRED_FIELDS
from companion.domain.care_plan_fields import FieldKind as FieldKind
from companion.domain.care_plan_fields import PlanField as PlanField
from companion.domain.care_plan_fields import Route as Route
from companion.domain.texts import QT_TRANSLATE_NOOP, Text, plural


class CarePlanError(ValueError):
    """A care plan that cannot be used; ``problems`` lists every reason, one sentence each."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__(plural(
            len(self.problems),
            QT_TRANSLATE_NOOP("CarePlanProblems",
                              "This care plan cannot be used (%n problem); nothing was changed.", None, 1),
            QT_TRANSLATE_NOOP("CarePlanProblems",
                              "This care plan cannot be used (%n problems); nothing was changed.", None, 1),
        ))

    @property
    def text(self) -> Text:
        """The summary sentence, to translate (``problems`` are sentences of their own)."""
        return self.args[0] if isinstance(self.args[0], Text) else Text("", str(self.args[0]))


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
        needed = QT_TRANSLATE_NOOP("CarePlanProblems",
                                   "%1 is needed before a session; add it to the care plan.")
        return [needed.arg(spec.label) for spec in missing]

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
            raise CarePlanError([QT_TRANSLATE_NOOP(
                "CarePlanProblems", "The care plan must be a set of named fields (a JSON object).")])
        problems: list[str] = []
        known = {spec.name for spec in PLAN_FIELDS}
        unknown = sorted(str(key) for key in data if key not in known)
        problems.extend(QT_TRANSLATE_NOOP("CarePlanProblems", "The field %1 is not a care-plan field.")
                        .arg(_quote(key)) for key in unknown[:_MAX_LISTED])
        if len(unknown) > _MAX_LISTED:
            problems.append(QT_TRANSLATE_NOOP(
                "CarePlanProblems", "There are %n more fields that are not care-plan fields.", None, 1,
            ).counted(len(unknown) - _MAX_LISTED))
        missing = [spec for spec in PLAN_FIELDS if spec.name in required and spec.name not in data]
        absent = QT_TRANSLATE_NOOP("CarePlanProblems", "%1 is missing; it is required.")
        problems.extend(absent.arg(spec.title) for spec in missing)
        values: dict[str, Any] = {spec.name: _from_json_value(spec, data[spec.name])
                                  for spec in PLAN_FIELDS if spec.name in data}
        plan = cls(**values)
        problems.extend(_plan_problems(plan, skip=frozenset(spec.name for spec in missing)))
        if problems:
            raise CarePlanError(problems)
        return plan


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


def _describe(value: object) -> object:
    """What a wrong value is, without repeating free text (it may be personal): an argument of a sentence."""
    if value is None:
        return QT_TRANSLATE_NOOP("CarePlanProblems", "empty (null)")
    if isinstance(value, bool):
        return "true" if value else "false"  # JSON's words, as the file spells them
    if isinstance(value, int):
        return value if abs(value) < 10**12 else QT_TRANSLATE_NOOP("CarePlanProblems", "far out of range")
    if isinstance(value, float):
        return _number(value) if math.isfinite(value) else QT_TRANSLATE_NOOP("CarePlanProblems",
                                                                              "not a finite number")
    if isinstance(value, str):
        return QT_TRANSLATE_NOOP("CarePlanProblems", "text")
    if isinstance(value, list | tuple):
        return QT_TRANSLATE_NOOP("CarePlanProblems", "a list")
    if isinstance(value, Mapping):
        return QT_TRANSLATE_NOOP("CarePlanProblems", "an object")
    return QT_TRANSLATE_NOOP("CarePlanProblems", "not a number")


def _number(value: float) -> object:
    """``value`` as an argument that reads as ``f"{value:g}"`` did: 60 (not 60.0), 0.5."""
    if math.isfinite(value) and float(value).is_integer() and abs(value) < 1e6:
        return int(value)
    return value if str(value) == f"{value:g}" else f"{value:g}"


def _range_text(spec: PlanField) -> Text:
    if spec.unit:
        return QT_TRANSLATE_NOOP("CarePlanProblems", "from %1 to %2 %3").arg(
            _number(spec.minimum), _number(spec.maximum), spec.unit)
    return QT_TRANSLATE_NOOP("CarePlanProblems", "from %1 to %2").arg(
        _number(spec.minimum), _number(spec.maximum))


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


def _field_problem(spec: PlanField, value: object) -> Text | None:
    """The one problem with this field's value on its own, or None."""
    kind = spec.kind
    if kind is FieldKind.WHOLE:
        if not (_is_whole(value) and spec.minimum <= value <= spec.maximum):
            #: %1 is a field, %2 its range ("from 60 to 480 minutes"), %3 the value given
            return QT_TRANSLATE_NOOP("CarePlanProblems", "%1 must be a whole number %2; it is %3.").arg(
                spec.title, _range_text(spec), _describe(value))
    elif kind is FieldKind.NUMBER:
        # An int is a number too (Python code may write 300 for 300.0); a bool is not.
        number = _as_float(value)
        ok = math.isfinite(number) and spec.minimum <= number <= spec.maximum
        if not ok:
            #: %1 is a field, %2 its range ("from 0 to 12 hours"), %3 the value given
            return QT_TRANSLATE_NOOP("CarePlanProblems", "%1 must be a number %2; it is %3.").arg(
                spec.title, _range_text(spec), _describe(value))
    elif kind is FieldKind.FLAG:
        if not isinstance(value, bool):
            return QT_TRANSLATE_NOOP("CarePlanProblems", "%1 must be true or false; it is %2.").arg(
                spec.title, _describe(value))
    elif kind is FieldKind.ROUTE:
        if not isinstance(value, Route):
            allowed = ", ".join(route.value for route in Route)
            return QT_TRANSLATE_NOOP("CarePlanProblems", "%1 must be one of: %2.").arg(spec.title, allowed)
    elif kind is FieldKind.TEXT:
        return _text_problem(spec, value)
    elif kind is FieldKind.PHONE:
        ok = isinstance(value, str) and len(value) <= PHONE_MAX_CHARACTERS
        ok = ok and isinstance(value, str) and _PHONE_RE.fullmatch(value) is not None
        digits = sum(c.isdigit() for c in value) if isinstance(value, str) else 0
        if not (ok and spec.minimum <= digits <= spec.maximum):
            return QT_TRANSLATE_NOOP(
                "CarePlanProblems",
                "%1 must be a phone number of %2 to %3 digits (spaces, +, -, dots and brackets allowed).",
            ).arg(spec.title, _number(spec.minimum), _number(spec.maximum))
    else:
        return _list_problem(spec, value)
    return None


def _text_problem(spec: PlanField, value: object) -> Text | None:
    required = spec.minimum > 0
    if not isinstance(value, str) or not value.isprintable() or len(value) > spec.maximum:
        if required:
            sentence = QT_TRANSLATE_NOOP("CarePlanProblems",
                                         "%1 is needed as one line of at most %2 characters.")
        else:
            sentence = QT_TRANSLATE_NOOP("CarePlanProblems",
                                         "%1 may be given as one line of at most %2 characters.")
        return sentence.arg(spec.title, _number(spec.maximum))
    if required and not value.strip():
        return QT_TRANSLATE_NOOP("CarePlanProblems", "%1 is empty; it is required.").arg(spec.title)
    return None


def _list_problem(spec: PlanField, value: object) -> Text | None:
    if spec.kind is FieldKind.WEEKDAYS:
        sentence = QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            "%1 must be a list of weekday numbers (0 = Monday … 6 = Sunday), each at most once, in order.",
        ).arg(spec.title)
        longest = 7
    else:
        sentence = QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            "%1 must be a list of at most %2 whole numbers of minutes %3, each at most once, in order.",
        ).arg(spec.title, MAX_BP_RECHECKS, _range_text(spec))
        longest = MAX_BP_RECHECKS
    ok = (
        isinstance(value, tuple)
        and len(value) <= longest
        and all(_is_whole(item) and spec.minimum <= item <= spec.maximum for item in value)
        and all(a < b for a, b in pairwise(value))
    )
    return None if ok else sentence


@dataclass(frozen=True)
class _Consistency:
    """A rule between fields; checked only when each field is valid on its own."""

    names: tuple[str, str]
    holds: Callable[[CarePlan], bool]
    sentence: Text  # %1 and %2 are the two fields' names

    @property
    def problem(self) -> Text:
        return self.sentence.arg(*self.names)


# In each sentence %1 and %2 are the two fields' names, in brackets after their labels.
_CONSISTENCY: tuple[_Consistency, ...] = (
    _Consistency(("caution_systolic_above", "stop_systolic_above"),
                 lambda p: p.caution_systolic_above <= p.stop_systolic_above,
                 QT_TRANSLATE_NOOP("CarePlanProblems", "The caution systolic limit (%1) must not be above "
                                                       "the do-not-start systolic limit (%2).")),
    _Consistency(("caution_diastolic_above", "stop_diastolic_above"),
                 lambda p: p.caution_diastolic_above <= p.stop_diastolic_above,
                 QT_TRANSLATE_NOOP("CarePlanProblems", "The caution diastolic limit (%1) must not be above "
                                                       "the do-not-start diastolic limit (%2).")),
    _Consistency(("urgent_systolic_at_least", "stop_systolic_above"),
                 lambda p: p.urgent_systolic_at_least > p.stop_systolic_above,
                 QT_TRANSLATE_NOOP("CarePlanProblems", "The urgent systolic level (%1) must be above the "
                                                       "do-not-start systolic limit (%2).")),
    _Consistency(("urgent_diastolic_at_least", "stop_diastolic_above"),
                 lambda p: p.urgent_diastolic_at_least > p.stop_diastolic_above,
                 QT_TRANSLATE_NOOP("CarePlanProblems", "The urgent diastolic level (%1) must be above the "
                                                       "do-not-start diastolic limit (%2).")),
    _Consistency(("checkin_grace_minutes", "checkin_interval_minutes"),
                 lambda p: p.checkin_grace_minutes < p.checkin_interval_minutes,
                 QT_TRANSLATE_NOOP("CarePlanProblems", "The check-in grace period (%1) must be shorter than "
                                                       "the check-in interval (%2).")),
    _Consistency(("bp_recheck_minutes", "minimum_monitoring_minutes"),
                 lambda p: all(m <= p.minimum_monitoring_minutes for m in p.bp_recheck_minutes),
                 QT_TRANSLATE_NOOP("CarePlanProblems", "Every blood pressure re-check time (%1) must fall "
                                                       "within the minimum monitoring time (%2).")),
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
    problems.extend(rule.problem for rule in _CONSISTENCY
                    if not invalid.intersection(rule.names) and not rule.holds(plan))
    return problems


# The declarations and the dataclass must list the same fields in the same order.
assert tuple(f.name for f in fields(CarePlan)) == tuple(spec.name for spec in PLAN_FIELDS)
for _spec in PLAN_FIELDS:  # and every default is declared valid, except those the plan must set
    assert _spec.required_in_file or _field_problem(_spec, getattr(CarePlan(), _spec.name)) is None, _spec
