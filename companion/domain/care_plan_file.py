"""The clinician's care-plan file: versioned JSON, read with every problem listed.

A file looks like::

    {"format": "companion-care-plan", "version": 1,
     "care_plan": {... CarePlan.to_json() ...},
     "issued_by": "Dr A. Lee, Example Clinic", "issued_at": "2026-01-05T09:00:00+00:00"}

Reading never trusts the file: size, encoding, nesting, JSON syntax, duplicate fields, the
header and every care-plan field are checked, and all problems are reported together, so the
clinician can fix the file in one go. Nothing is changed until a file passes (the caller only
gets a plan from a file without problems).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from companion.domain.care_plan import (
    MAX_BP_RECHECKS,
    PHONE_MAX_CHARACTERS,
    PHONE_PATTERN,
    PLAN_FIELDS,
    CarePlan,
    CarePlanError,
    FieldKind,
    PlanField,
    Route,
)
from companion.domain.texts import QT_TRANSLATE_NOOP, plural

FORMAT_NAME = "companion-care-plan"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 256 * 1024  # a real file is about 1.5 KiB
MAX_NESTING = 16  # a real file nests 3 levels deep
MAX_ISSUED_BY_CHARACTERS = 200
MAX_PROBLEMS = 40  # listed one by one; the rest are counted
# "issued_at" is kept within these years: converting a time to any zone moves it by less than a day, so
# no time read here overflows where it is shown (a year-1 time once raised OverflowError in the review).
EARLIEST_ISSUED_YEAR = 2000
LATEST_ISSUED_YEAR = 9998
_MAX_NUMBER_DIGITS = 30  # longer integer literals are refused before Python converts them
_HEADER_FIELDS = ("format", "version", "care_plan", "issued_by", "issued_at")
# Typed text that the app trims (the care-plan form does) must arrive trimmed: see _untrimmed_problems.
_TRIMMED_KINDS = (FieldKind.TEXT, FieldKind.PHONE)
FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "CarePlanProblems",
    "The file is larger than %1 KiB; a care-plan file is only a few KiB. Check that this is the right file.",
).arg(MAX_FILE_BYTES // 1024)
_REQUIRED_PLAN_FIELDS = tuple(spec.name for spec in PLAN_FIELDS if spec.required_in_file)


class CarePlanFileError(CarePlanError):
    """A care-plan file that cannot be used; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems)
        self.args = (plural(
            len(self.problems),
            QT_TRANSLATE_NOOP("CarePlanProblems",
                              "This care-plan file cannot be used (%n problem); your care plan is unchanged.",
                              None, 1),
            QT_TRANSLATE_NOOP(
                "CarePlanProblems",
                "This care-plan file cannot be used (%n problems); your care plan is unchanged.",
                None, 1,
            ),
        ),)


@dataclass(frozen=True)
class CarePlanFile:
    plan: CarePlan
    issued_by: str
    issued_at: datetime  # timezone-aware


class _UnreadableNumber:
    """Stands in for NaN, Infinity or an absurdly long number so the field gets a clear problem."""

    def __init__(self, text: str) -> None:
        self.text = text[:20]


def _read_int(text: str) -> object:
    return int(text) if len(text) <= _MAX_NUMBER_DIGITS else _UnreadableNumber(text)


def _nesting_exceeds(text: str, limit: int) -> bool:
    """True if arrays and objects nest deeper than ``limit`` (brackets inside strings do not count).
    Checked before json.loads, whose recursion a hostile file could otherwise exhaust."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def load_file_json(data: bytes) -> tuple[object, list[str]]:
    """The file's JSON value and its duplicate-field problems; CarePlanFileError when it cannot
    be read at all. Also reads the signed envelope around a care-plan file (storage.signed_care_plan),
    so both are held to the same limits."""
    if len(data) > MAX_FILE_BYTES:
        raise CarePlanFileError([FILE_TOO_LARGE])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CarePlanFileError([QT_TRANSLATE_NOOP(
            "CarePlanProblems", "The file is not UTF-8 text. Check that this is the right file.")]) from None
    if _nesting_exceeds(text, MAX_NESTING):
        raise CarePlanFileError([QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            "The file nests lists or objects more than %1 levels deep; a care-plan file nests %2.",
        ).arg(MAX_NESTING, 3)])
    duplicates: list[str] = []

    def pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen and key not in duplicates:
                duplicates.append(key)
            seen[key] = value
        return seen

    try:
        value = json.loads(text, object_pairs_hook=pairs_to_dict, parse_int=_read_int,
                           parse_constant=_UnreadableNumber)
    except json.JSONDecodeError as error:
        #: %3 is the JSON reader's own reason, in English ("Expecting value")
        raise CarePlanFileError([QT_TRANSLATE_NOOP(
            "CarePlanProblems", "The file is not valid JSON (line %1, column %2: %3).",
        ).arg(error.lineno, error.colno, error.msg)]) from None
    except (ValueError, RecursionError):
        raise CarePlanFileError([QT_TRANSLATE_NOOP(
            "CarePlanProblems", "The file is not valid JSON.")]) from None
    twice = QT_TRANSLATE_NOOP(
        "CarePlanProblems", "The field %1 appears more than once; it may appear only once.")
    return value, [twice.arg(json.dumps(key[:40])) for key in duplicates]


def _header_problems(document: dict[str, Any]) -> list[str]:
    """Problems with format and version; when there are any, the rest is not read."""
    problems: list[str] = []
    if "format" not in document:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems", 'The field "format" is missing; a care-plan file has "format": "%1".',
        ).arg(FORMAT_NAME))
    elif document["format"] != FORMAT_NAME:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "format" must be "%1"; this is not a care-plan file.',
        ).arg(FORMAT_NAME))
    version = document.get("version")
    if "version" not in document:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "version" is missing; this app reads version %1.',
        ).arg(FORMAT_VERSION))
    elif isinstance(version, int) and not isinstance(version, bool):
        if version != FORMAT_VERSION:
            problems.append(QT_TRANSLATE_NOOP(
                "CarePlanProblems",
                'The field "version" says %1, which this app does not know; it reads version %2. '
                "Ask for a version %2 file.",
            ).arg(version, FORMAT_VERSION))
    else:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems", 'The field "version" must be the whole number %1.').arg(FORMAT_VERSION))
    return problems


def _issued_problems(document: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    issued_by = document.get("issued_by")
    if "issued_by" not in document:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "issued_by" (who wrote this care plan) is missing; it is required.',
        ))
    elif not (isinstance(issued_by, str) and issued_by.strip() and issued_by.isprintable()
              and len(issued_by) <= MAX_ISSUED_BY_CHARACTERS):
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "issued_by" (who wrote this care plan) must be one line of 1 to %1 characters.',
        ).arg(MAX_ISSUED_BY_CHARACTERS))
    elif issued_by != issued_by.strip():  # the name a key is remembered by and the export repeats
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "issued_by" (who wrote this care plan) has a space at its start or end; write the '
            "name without it.",
        ))
    issued_at = _parse_issued_at(document.get("issued_at"))
    if "issued_at" not in document:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "issued_at" (when this care plan was written) is missing; it is required.',
        ))
    elif issued_at is None:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "issued_at" (when this care plan was written) must be a date and time with a time '
            "zone, such as 2026-01-05T09:00:00+00:00.",
        ))
    elif not EARLIEST_ISSUED_YEAR <= issued_at.year <= LATEST_ISSUED_YEAR:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "issued_at" (when this care plan was written) must be a date between the years %1 '
            "and %2; it says the year %3.",
        ).arg(EARLIEST_ISSUED_YEAR, LATEST_ISSUED_YEAR, issued_at.year))
    return problems


def _parse_issued_at(value: object) -> datetime | None:
    """The time the file gives, with its offset; None when it is not a date and time with a time zone.
    The year is checked by the caller (_issued_problems), so a reader never returns it unchecked."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None and moment.utcoffset() is not None else None


def _untrimmed_problems(care_plan: Mapping[str, object]) -> list[str]:
    """Text fields with a space at their start or end.

    The care-plan form trims what it shows, so such a plan would read as edited as soon as it is shown
    and a press of Save would store it again as the patient's own, losing who issued and signed it
    (issue 12 #15). Trimming it here instead would store a plan that is not the text the clinician
    signed. So the file is refused, naming the field, and the clinician sends it without the space.
    A value with another problem (not one line, a required one left blank) gets that problem only."""
    problems: list[str] = []
    for spec in PLAN_FIELDS:
        value = care_plan.get(spec.name)
        if (spec.kind in _TRIMMED_KINDS and isinstance(value, str) and value.isprintable()
                and value != value.strip() and (value.strip() or spec.minimum == 0)):
            problems.append(QT_TRANSLATE_NOOP(
                "CarePlanProblems", "%1 has a space at its start or end; write it without that space.",
            ).arg(spec.title))
    return problems


def capped(problems: list[str]) -> list[str]:
    """At most MAX_PROBLEMS sentences, then how many more there are."""
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = QT_TRANSLATE_NOOP("CarePlanProblems", "There are %n more problems.", None, 1)
    return [*problems[:MAX_PROBLEMS], more.counted(len(problems) - MAX_PROBLEMS)]


def read_care_plan_file(data: bytes) -> CarePlanFile:
    """The plan and who issued it when; raises CarePlanFileError listing every problem."""
    document, problems = load_file_json(bytes(data))
    return care_plan_file_from_json(document, problems)


def care_plan_file_from_json(document: object, problems: list[str]) -> CarePlanFile:
    """The care-plan file in a JSON value read by :func:`load_file_json` (``problems``: what that found);
    raises CarePlanFileError listing every problem."""
    problems = list(problems)
    if not isinstance(document, dict):
        raise CarePlanFileError([QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The file must hold one JSON object with the fields "format", "version" and "care_plan".',
        )])
    header_problems = _header_problems(document)
    if header_problems:
        raise CarePlanFileError(capped(problems + header_problems))
    unknown = [key for key in document if key not in _HEADER_FIELDS]
    not_ours = QT_TRANSLATE_NOOP("CarePlanProblems", "The field %1 is not part of a care-plan file.")
    problems.extend(not_ours.arg(json.dumps(key[:40])) for key in unknown)
    problems.extend(_issued_problems(document))
    plan: CarePlan | None = None
    if "care_plan" not in document:
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "care_plan" is missing; it is required.',
        ))
    elif not isinstance(document["care_plan"], dict):
        problems.append(QT_TRANSLATE_NOOP(
            "CarePlanProblems",
            'The field "care_plan" must be a JSON object of care-plan fields.',
        ))
    else:
        try:
            plan = CarePlan.from_json(document["care_plan"], required=_REQUIRED_PLAN_FIELDS)
        except CarePlanError as error:
            problems.extend(error.problems)
        problems.extend(_untrimmed_problems(document["care_plan"]))
    if problems or plan is None:
        raise CarePlanFileError(capped(problems))
    issued_at = _parse_issued_at(document["issued_at"])
    assert issued_at is not None  # _issued_problems found no problem with it
    return CarePlanFile(plan=plan, issued_by=document["issued_by"], issued_at=issued_at)


def parse_care_plan_file(data: bytes) -> CarePlan:
    """The plan in a care-plan file; raises CarePlanFileError listing every problem."""
    return read_care_plan_file(data).plan


def write_care_plan_file(plan: CarePlan, issued_by: str, issued_at: datetime) -> bytes:
    """The clinician's side: a file that read_care_plan_file() reads back to the same plan.
    Raises CarePlanError if the plan, the issuer or the time could not be read back."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "care_plan": plan.to_json(),
        "issued_by": issued_by,
        "issued_at": issued_at.isoformat() if isinstance(issued_at, datetime) else issued_at,
    }
    problems = plan.problems() + _untrimmed_problems(plan.to_json()) + _issued_problems(document)
    if problems:
        raise CarePlanError(problems)
    return (json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


def _field_schema(spec: PlanField) -> dict[str, object]:
    schema: dict[str, object] = {"title": spec.label}
    if spec.unit:
        schema["description"] = f"In {spec.unit}."
    kind = spec.kind
    if kind in (FieldKind.WHOLE, FieldKind.NUMBER):
        whole = kind is FieldKind.WHOLE
        schema.update(type="integer" if whole else "number",
                      minimum=int(spec.minimum) if whole else spec.minimum,
                      maximum=int(spec.maximum) if whole else spec.maximum)
    elif kind is FieldKind.FLAG:
        schema["type"] = "boolean"
    elif kind is FieldKind.ROUTE:
        schema.update(type="string", enum=[route.value for route in Route])
    elif kind is FieldKind.TEXT:
        schema.update(type="string", minLength=int(spec.minimum), maxLength=int(spec.maximum))
    elif kind is FieldKind.PHONE:
        schema.update(type="string", pattern=PHONE_PATTERN, maxLength=PHONE_MAX_CHARACTERS,
                      description=f"A phone number of {int(spec.minimum)} to {int(spec.maximum)} digits.")
    else:
        longest = 7 if kind is FieldKind.WEEKDAYS else MAX_BP_RECHECKS
        items = {"type": "integer", "minimum": int(spec.minimum), "maximum": int(spec.maximum)}
        schema.update(type="array", items=items, uniqueItems=True, maxItems=longest,
                      description="In increasing order" + (", in minutes." if spec.unit else
                                                            "; 0 = Monday … 6 = Sunday."))
    if not spec.required_in_file:
        default = CarePlan().to_json()[spec.name]
        schema["default"] = default
    return schema


def _build_schema() -> dict[str, object]:
    plan_schema = {
        "type": "object",
        "additionalProperties": False,
        "required": list(_REQUIRED_PLAN_FIELDS),
        "properties": {spec.name: _field_schema(spec) for spec in PLAN_FIELDS},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:companion:care-plan-file:{FORMAT_VERSION}",
        "title": "Companion care-plan file",
        "description": ("Rules between fields are checked by the app as well: caution limits not above the "
                        "do-not-start limits, urgent levels above them, the check-in grace shorter than the "
                        "interval, blood pressure re-checks within the minimum monitoring time. Text "
                        "(issued_by and every text or phone field) has no space at its start or end, and "
                        f"issued_at falls in the years {EARLIEST_ISSUED_YEAR} to {LATEST_ISSUED_YEAR}."),
        "type": "object",
        "additionalProperties": False,
        "required": list(_HEADER_FIELDS),
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "care_plan": plan_schema,
            "issued_by": {"type": "string", "minLength": 1, "maxLength": MAX_ISSUED_BY_CHARACTERS},
            "issued_at": {"type": "string", "format": "date-time"},
        },
    }


CARE_PLAN_FILE_SCHEMA: dict[str, object] = _build_schema()


def care_plan_file_schema() -> dict[str, object]:
    """The JSON Schema of a care-plan file (a copy: callers may change it freely)."""
    return copy.deepcopy(CARE_PLAN_FILE_SCHEMA)
