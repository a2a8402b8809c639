"""The clinician's care-plan file: round trip, every kind of bad file with a clear list, fuzzing."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.care_plan import FIELDS_BY_NAME, PLAN_FIELDS, CarePlan, CarePlanError, FieldKind, Route
from companion.domain.care_plan_file import (
    CARE_PLAN_FILE_SCHEMA,
    MAX_FILE_BYTES,
    CarePlanFileError,
    care_plan_file_schema,
    parse_care_plan_file,
    read_care_plan_file,
    write_care_plan_file,
)

PLAN = CarePlan(dose_mg=250.0, route=Route.ORAL, planned_weekdays=(0, 3), clinician_name="Dr A. Lee",
                clinician_phone="+1 555 010 0100", bp_recheck_minutes=(40, 90), fasting_food_hours=4.0)
ISSUED_AT = datetime(2026, 1, 5, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
VALID_BYTES = write_care_plan_file(PLAN, "Dr A. Lee, Example Clinic", ISSUED_AT)


def _document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(VALID_BYTES)
    return document


def _problems(data: bytes) -> list[str]:
    with pytest.raises(CarePlanFileError) as caught:
        parse_care_plan_file(data)
    return caught.value.problems


def test_a_valid_file_round_trips() -> None:
    read = read_care_plan_file(VALID_BYTES)
    assert read.plan == PLAN
    assert read.issued_by == "Dr A. Lee, Example Clinic"
    assert read.issued_at == ISSUED_AT
    assert parse_care_plan_file(VALID_BYTES) == PLAN
    document = _document()
    assert (document["format"], document["version"]) == ("companion-care-plan", 1)
    assert document["issued_at"] == "2026-01-05T09:30:00-05:00"


def test_a_minimal_file_takes_the_defaults() -> None:
    minimal = {"format": "companion-care-plan", "version": 1, "issued_by": "Dr Lee",
               "issued_at": "2026-01-05T09:30:00Z",
               "care_plan": {"medication_name": "ketamine", "dose_mg": 300, "route": "sublingual",
                             "clinician_phone": "555 0100"}}
    plan = parse_care_plan_file(json.dumps(minimal).encode())
    assert plan == CarePlan(dose_mg=300.0, clinician_phone="555 0100")


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse_care_plan_file(b"\xef\xbb\xbf" + VALID_BYTES) == PLAN


def test_writing_refuses_what_could_not_be_read_back() -> None:
    with pytest.raises(CarePlanError) as caught:
        write_care_plan_file(dataclasses.replace(PLAN, stop_systolic_above=40), "Dr Lee", ISSUED_AT)
    assert "stop_systolic_above" in caught.value.problems[0]
    with pytest.raises(CarePlanError) as caught:
        write_care_plan_file(PLAN, " ", datetime(2026, 1, 5, 9, 30))  # naive time, blank issuer
    assert len(caught.value.problems) == 2


def _edit(change: Callable[[dict[str, Any]], None]) -> bytes:
    document = _document()
    change(document)
    return json.dumps(document).encode()


def _set_plan(**values: object) -> Callable[[dict[str, Any]], None]:
    return lambda document: document["care_plan"].update(values)


def _drop_plan(name: str) -> Callable[[dict[str, Any]], None]:
    return lambda document: document["care_plan"].pop(name)


def _nested(depth: int) -> bytes:
    return b'{"format": "companion-care-plan", "version": 1, "x": ' + b"[" * depth + b"]" * depth + b"}"


# (what is wrong, the file, a text each of whose pieces must appear in one problem)
BAD_FILES: list[tuple[str, bytes, str]] = [
    ("not UTF-8", b'{"format": "\xff\xfe"}', "UTF-8"),
    ("empty", b"", "not valid JSON"),
    ("not JSON", b"format: companion-care-plan", "not valid JSON"),
    ("truncated JSON", VALID_BYTES[:-20], "not valid JSON"),
    ("not an object", b"[1, 2, 3]", "one JSON object"),
    ("oversized", b" " * (MAX_FILE_BYTES + 1), "256 KiB"),
    ("deeply nested", _nested(50), "levels deep"),
    ("wrong format name", _edit(lambda d: d.update(format="companion-export")), '"format"'),
    ("format missing", _edit(lambda d: d.pop("format")), '"format" is missing'),
    ("unknown version", _edit(lambda d: d.update(version=2)), '"version" says 2'),
    ("version missing", _edit(lambda d: d.pop("version")), '"version" is missing'),
    ("version as text", _edit(lambda d: d.update(version="1")), '"version"'),
    ("version as bool", _edit(lambda d: d.update(version=True)), '"version"'),
    ("unknown top-level field", _edit(lambda d: d.update(notes="x")), '"notes"'),
    ("duplicate field", VALID_BYTES.replace(b'"version": 1,', b'"version": 1, "version": 1,'),
     '"version" appears more than once'),
    ("care_plan missing", _edit(lambda d: d.pop("care_plan")), '"care_plan" is missing'),
    ("care_plan not an object", _edit(lambda d: d.update(care_plan=[1])), '"care_plan"'),
    ("issued_by missing", _edit(lambda d: d.pop("issued_by")), '"issued_by"'),
    ("issued_by blank", _edit(lambda d: d.update(issued_by="  ")), '"issued_by"'),
    ("issued_at without a time zone", _edit(lambda d: d.update(issued_at="2026-01-05T09:30:00")),
     '"issued_at"'),
    ("issued_at not a date", _edit(lambda d: d.update(issued_at="last Tuesday")), '"issued_at"'),
    ("unknown care-plan field", _edit(_set_plan(dose=300)), '"dose"'),
    ("medication missing", _edit(_drop_plan("medication_name")), "(medication_name) is missing"),
    ("dose missing", _edit(_drop_plan("dose_mg")), "(dose_mg) is missing"),
    ("route missing", _edit(_drop_plan("route")), "(route) is missing"),
    ("clinician phone missing", _edit(_drop_plan("clinician_phone")), "(clinician_phone) is missing"),
    ("dose as text", _edit(_set_plan(dose_mg="300 mg")), "(dose_mg)"),
    ("dose zero", _edit(_set_plan(dose_mg=0)), "(dose_mg)"),
    ("dose NaN", VALID_BYTES.replace(b'"dose_mg": 250.0', b'"dose_mg": NaN'), "(dose_mg)"),
    ("fasting Infinity", VALID_BYTES.replace(b'"fasting_food_hours": 4.0', b'"fasting_food_hours": Infinity'),
     "(fasting_food_hours)"),
    ("dose overflowing to infinity", VALID_BYTES.replace(b'"dose_mg": 250.0', b'"dose_mg": 1e400'),
     "(dose_mg)"),
    ("number with 5000 digits", VALID_BYTES.replace(b'"stop_systolic_above": 160',
                                                    b'"stop_systolic_above": ' + b"9" * 5000),
     "(stop_systolic_above)"),
    ("bool as a number", _edit(_set_plan(checkin_interval_minutes=True)), "(checkin_interval_minutes)"),
    ("fraction of a minute", _edit(_set_plan(checkin_interval_minutes=15.5)), "(checkin_interval_minutes)"),
    ("null value", _edit(_set_plan(sitter_code_required=None)), "(sitter_code_required)"),
    ("unknown route", _edit(_set_plan(route="rectal")), "(route)"),
    ("systolic limit 40", _edit(_set_plan(stop_systolic_above=40)), "(stop_systolic_above)|100 to 250"),
    ("heart-rate limit 300", _edit(_set_plan(stop_heart_rate_above=300)), "(stop_heart_rate_above)"),
    ("check-in every 600 minutes", _edit(_set_plan(checkin_interval_minutes=600)),
     "(checkin_interval_minutes)"),
    ("no grace", _edit(_set_plan(checkin_grace_minutes=0)), "(checkin_grace_minutes)"),
    ("monitoring 30 minutes", _edit(_set_plan(minimum_monitoring_minutes=30)),
     "(minimum_monitoring_minutes)"),
    ("fasting 13 hours", _edit(_set_plan(fasting_food_hours=13)), "(fasting_food_hours)"),
    ("caution above stop", _edit(_set_plan(caution_systolic_above=170)),
     "(caution_systolic_above)|(stop_systolic_above)"),
    ("urgent not above stop", _edit(_set_plan(urgent_diastolic_at_least=90)),
     "(urgent_diastolic_at_least)|(stop_diastolic_above)"),
    ("grace as long as the interval", _edit(_set_plan(checkin_grace_minutes=5, checkin_interval_minutes=5)),
     "(checkin_grace_minutes)|(checkin_interval_minutes)"),
    ("re-check after monitoring ends", _edit(_set_plan(bp_recheck_minutes=[40, 200])),
     "(bp_recheck_minutes)|(minimum_monitoring_minutes)"),
    ("re-checks out of order", _edit(_set_plan(bp_recheck_minutes=[90, 40])), "(bp_recheck_minutes)"),
    ("re-check twice", _edit(_set_plan(bp_recheck_minutes=[40, 40])), "(bp_recheck_minutes)"),
    ("weekday 7", _edit(_set_plan(planned_weekdays=[7])), "(planned_weekdays)"),
    ("phone with letters", _edit(_set_plan(clinician_phone="call the clinic")), "(clinician_phone)"),
    ("blank medication", _edit(_set_plan(medication_name="")), "(medication_name)"),
    ("medication on two lines", _edit(_set_plan(medication_name="keta\nmine")), "(medication_name)"),
    # Issue 12 #9: instants that no time zone can show (OverflowError in the import before).
    ("issued in the year 1, east of UTC", _edit(lambda d: d.update(issued_at="0001-01-01T00:00:00+14:00")),
     '"issued_at"|2000'),
    ("issued in the year 1 at UTC", _edit(lambda d: d.update(issued_at="0001-01-01T00:00:00+00:00")),
     '"issued_at"|2000'),
    ("issued in the year 9999", _edit(lambda d: d.update(issued_at="9999-12-31T23:59:59-14:00")),
     '"issued_at"|9998'),
    # Issue 12 #15: text the app would not keep as it is, so the plan would not be the clinician's.
    ("clinician's name with a trailing space", _edit(_set_plan(clinician_name="Dr A. Lee ")),
     "(clinician_name)|space at its start or end"),
    ("medication with a leading space", _edit(_set_plan(medication_name=" ketamine")),
     "(medication_name)|space at its start or end"),
    ("phone with a trailing space", _edit(_set_plan(clinician_phone="+1 555 010 0100 ")),
     "(clinician_phone)|space at its start or end"),
    ("issued_by with a trailing space", _edit(lambda d: d.update(issued_by="Dr A. Lee ")),
     '"issued_by"|space at its start or end'),
]


def test_there_are_at_least_twenty_kinds_of_bad_file() -> None:
    assert len({name for name, _, _ in BAD_FILES}) == len(BAD_FILES) >= 20


@pytest.mark.parametrize(("data", "expected"), [(d, e) for _, d, e in BAD_FILES],
                         ids=[name for name, _, _ in BAD_FILES])
def test_each_bad_file_is_refused_with_a_clear_problem(data: bytes, expected: str) -> None:
    problems = _problems(data)
    assert any(all(piece in problem for piece in expected.split("|")) for problem in problems), problems
    for problem in problems:
        assert problem[0].isupper() and problem.endswith("."), problem
        assert "\n" not in problem and len(problem) < 300


def test_every_problem_in_a_file_is_listed_together() -> None:
    def spoil(document: dict[str, Any]) -> None:
        document.update(issued_by="", extra=1)
        document["care_plan"].update(stop_systolic_above=40, route="rectal", checkin_grace_minutes=0)
        del document["care_plan"]["clinician_phone"]

    problems = _problems(_edit(spoil))
    for piece in ('"extra"', '"issued_by"', "(stop_systolic_above)", "(route)", "(checkin_grace_minutes)",
                  "(clinician_phone)"):
        assert sum(piece in problem for problem in problems) == 1, (piece, problems)
    assert len(problems) == 6


def test_the_error_says_the_current_plan_is_unchanged() -> None:
    with pytest.raises(CarePlanFileError) as caught:
        parse_care_plan_file(b"{}")
    assert "unchanged" in str(caught.value)
    assert isinstance(caught.value, CarePlanError) and isinstance(caught.value, ValueError)


def test_an_unknown_version_is_not_read_any_further() -> None:
    # A version 2 file may name its fields differently; listing them as unknown would mislead.
    def spoil(document: dict[str, Any]) -> None:
        document.update(version=2)
        document["care_plan"].update(new_field=1)

    problems = _problems(_edit(spoil))
    assert len(problems) == 1 and "version" in problems[0]


def test_a_huge_list_of_problems_is_capped() -> None:
    problems = _problems(_edit(lambda d: d.update({f"extra_{i:03d}": i for i in range(100)})))
    assert len(problems) == 41
    assert problems[-1] == "There are 60 more problems."


def test_nesting_is_counted_outside_strings_only() -> None:
    document = _document()
    document["issued_by"] = "[[[[[[[[[[[[[[[[[[[[[[[[ {{{{{{{{{{{{{{{{{{{{ \\\" ["
    assert parse_care_plan_file(json.dumps(document).encode()) == PLAN
    assert "levels deep" not in " ".join(_problems(_nested(15)))
    assert "levels deep" in _problems(_nested(16))[0]


def test_schema_matches_the_declared_fields() -> None:
    schema = care_plan_file_schema()
    assert schema == CARE_PLAN_FILE_SCHEMA and schema is not CARE_PLAN_FILE_SCHEMA
    json.dumps(schema)  # a JSON document, ready to ship in resources/
    assert schema["required"] == ["format", "version", "care_plan", "issued_by", "issued_at"]
    plan_schema = schema["properties"]["care_plan"]  # type: ignore[index]
    assert list(plan_schema["properties"]) == [spec.name for spec in PLAN_FIELDS]
    assert plan_schema["required"] == ["medication_name", "dose_mg", "route", "clinician_phone"]
    assert plan_schema["additionalProperties"] is False
    systolic = plan_schema["properties"]["stop_systolic_above"]
    assert (systolic["type"], systolic["minimum"], systolic["maximum"], systolic["default"]) == (
        "integer", 100, 250, 160)
    assert plan_schema["properties"]["route"]["enum"] == ["sublingual", "oral", "intranasal", "intramuscular"]
    assert plan_schema["properties"]["bp_recheck_minutes"]["default"] == [40]
    schema["title"] = "changed"
    assert CARE_PLAN_FILE_SCHEMA["title"] == "Companion care-plan file"


# --- Fuzzing: whatever the bytes, parse either refuses them with CarePlanFileError or returns a valid plan.

def _parse_is_safe(data: bytes) -> None:
    try:
        plan = parse_care_plan_file(data)
    except CarePlanFileError as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
        assert len(error.problems) <= 41
        return
    assert isinstance(plan, CarePlan) and plan.problems() == []
    assert isinstance(plan.route, Route)
    assert type(plan.stop_systolic_above) is int and type(plan.checkin_interval_minutes) is int
    assert type(plan.dose_mg) is float


FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-20, 600) | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12)
    | st.sampled_from([route.value for route in Route] + ["555 0100", "2026-01-05T09:30:00Z", "1"]),
    lambda children: (st.lists(children, max_size=4)
                      | st.dictionaries(st.text(max_size=8), children, max_size=3)),
    max_leaves=8,
)
_top_keys = st.sampled_from(["format", "version", "care_plan", "issued_by", "issued_at", "other"])
_plan_keys = st.sampled_from([spec.name for spec in PLAN_FIELDS] + ["dose"])


@st.composite
def _mutated_documents(draw: st.DrawFn) -> bytes:
    document = copy.deepcopy(_document())
    for _ in range(draw(st.integers(1, 4))):
        in_plan = draw(st.integers(0, 3)) > 0
        plan_is_object = isinstance(document.get("care_plan"), dict)
        target = document["care_plan"] if in_plan and plan_is_object else document
        key = draw(_plan_keys if target is not document else _top_keys)
        spec = FIELDS_BY_NAME.get(key) if target is not document else None
        if draw(st.integers(0, 3)) == 0:
            target.pop(key, None)
        elif spec is not None and spec.kind in (FieldKind.WHOLE, FieldKind.NUMBER) and draw(st.booleans()):
            # Values around the allowed range, so that many mutated files are still valid.
            low, high = int(spec.minimum) - 2, int(spec.maximum) + 2
            target[key] = draw(st.integers(low, high) | st.floats(low, high))
        else:
            target[key] = draw(_json_values)
    return json.dumps(document, allow_nan=True).encode()


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_never_crash(data: bytes) -> None:
    _parse_is_safe(data)


@FUZZ
@given(_mutated_documents())
def test_mutated_files_never_crash_or_pass_an_invalid_plan(data: bytes) -> None:
    _parse_is_safe(data)


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(VALID_BYTES)), st.binary(max_size=3), st.integers(0, 3)),
                min_size=1, max_size=4))
def test_byte_edits_of_a_valid_file_never_crash(edits: list[tuple[int, bytes, int]]) -> None:
    data = VALID_BYTES
    for position, insert, delete in edits:
        data = data[:position] + insert + data[position + delete:]
    _parse_is_safe(data)


_NUMERIC = [spec for spec in PLAN_FIELDS if spec.kind in (FieldKind.WHOLE, FieldKind.NUMBER)]


@FUZZ
@given(st.data())
def test_numbers_are_accepted_exactly_when_in_range_and_consistent(data: st.DataObject) -> None:
    values: dict[str, float] = {}
    for spec in _NUMERIC:
        if spec.kind is FieldKind.WHOLE:
            values[spec.name] = data.draw(st.integers(int(spec.minimum), int(spec.maximum)))
        else:
            values[spec.name] = data.draw(st.floats(spec.minimum, spec.maximum))
    if data.draw(st.booleans()):  # half the time, nudge the limits into agreement
        v = values
        v["caution_systolic_above"] = min(v["caution_systolic_above"], v["stop_systolic_above"])
        v["caution_diastolic_above"] = min(v["caution_diastolic_above"], v["stop_diastolic_above"])
        v["urgent_systolic_at_least"] = max(v["urgent_systolic_at_least"], v["stop_systolic_above"] + 1)
        v["urgent_diastolic_at_least"] = max(v["urgent_diastolic_at_least"], v["stop_diastolic_above"] + 1)
        v["checkin_grace_minutes"] = min(v["checkin_grace_minutes"], v["checkin_interval_minutes"] - 1)
    pushed = data.draw(st.sampled_from([None] * len(_NUMERIC) + _NUMERIC))
    if pushed is not None:
        values[pushed.name] = data.draw(st.sampled_from([pushed.minimum - 1, pushed.maximum + 1]))
    document = _document()
    document["care_plan"].update(values, bp_recheck_minutes=[values["minimum_monitoring_minutes"] // 2])
    # The rules between fields, written out again here as an independent oracle.
    consistent = (values["caution_systolic_above"] <= values["stop_systolic_above"]
                  and values["caution_diastolic_above"] <= values["stop_diastolic_above"]
                  and values["urgent_systolic_at_least"] > values["stop_systolic_above"]
                  and values["urgent_diastolic_at_least"] > values["stop_diastolic_above"]
                  and values["checkin_grace_minutes"] < values["checkin_interval_minutes"])
    try:
        plan = parse_care_plan_file(json.dumps(document).encode())
    except CarePlanFileError as error:
        assert pushed is not None or not consistent
        if pushed is not None:
            assert any(f"({pushed.name})" in problem for problem in error.problems)
    else:
        assert pushed is None and consistent
        assert plan.stop_systolic_above == values["stop_systolic_above"]
        assert plan.fasting_liquids_hours == values["fasting_liquids_hours"]


def test_a_round_trip_keeps_the_time_in_utc_too() -> None:
    data = write_care_plan_file(PLAN, "Dr Lee", datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    assert read_care_plan_file(data).issued_at == datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


# --- Issue 12 #9: no time that reaches the app is one it cannot convert or show.

_ZONES = [ZoneInfo(name) for name in ("America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago")]
_OFFSETS = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda minutes: timezone(timedelta(minutes=minutes)))


@FUZZ
@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59)), _OFFSETS)
def test_an_issued_at_is_refused_unless_every_time_zone_can_show_it(moment: datetime,
                                                                    offset: timezone) -> None:
    written = moment.replace(tzinfo=offset).isoformat()
    try:
        read = read_care_plan_file(_edit(lambda d: d.update(issued_at=written)))
    except CarePlanFileError as error:
        assert not 2000 <= moment.year <= 9998
        assert any('"issued_at"' in problem and "2000" in problem for problem in error.problems)
        return
    assert 2000 <= moment.year <= 9998
    for zone in (UTC, *_ZONES):  # what the review, the history and the desk do with it
        assert read.issued_at.astimezone(zone).year in range(1999, 10000)
    assert read.issued_at.timestamp() > 0


def test_writing_refuses_a_time_or_a_text_it_would_refuse_to_read() -> None:
    for issued_at in (datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, tzinfo=UTC)):
        with pytest.raises(CarePlanError) as caught:
            write_care_plan_file(PLAN, "Dr Lee", issued_at)
        assert ['"issued_at"' in problem for problem in caught.value.problems] == [True]
    with pytest.raises(CarePlanError) as caught:
        write_care_plan_file(dataclasses.replace(PLAN, allergies="none known "), "Dr Lee ", ISSUED_AT)
    assert len(caught.value.problems) == 2
    assert all("space at its start or end" in problem for problem in caught.value.problems)
