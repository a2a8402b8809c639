"""The bundle's layout as the app writes it (companion.desk.bundle_lines), shared by the bundle reader and
the facts read before it: the head and each entry's line are the bundle's own JSON; any other layout is
None; the facts parse only the head and the Patient's line, and a bundle laid out otherwise gives the
same facts parsed whole."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from companion.desk.bundle_lines import bundle_lines, entry_type
from companion.desk.export_facts import ExportFacts, facts_of_bundle
from companion.export.fhir_bundle import fhir_bundle_json
from tests.fixtures.export_history import EXPORT_ID, GENERATED_AT, export_history


@pytest.fixture(scope="module")
def data() -> bytes:
    return fhir_bundle_json(export_history())


def test_the_head_and_the_entry_lines_are_the_bundles_json(data: bytes) -> None:
    laid_out = bundle_lines(data)
    assert laid_out is not None
    whole = json.loads(data)
    entries = whole.pop("entry")
    assert json.loads(laid_out.head) == whole
    lines = list(laid_out.entries())
    assert [json.loads(line) for line in lines] == entries
    assert [entry_type(line) for line in lines] == [e["resource"]["resourceType"].encode() for e in entries]
    assert entry_type(lines[0]) == b"Patient"  # the app writes the Patient first


@pytest.mark.parametrize("other", [
    "indented", "no closing line", "one line", "empty"])
def test_any_other_layout_is_none(data: bytes, other: str) -> None:
    changed = {
        "indented": json.dumps(json.loads(data), indent=1).encode(),
        "no closing line": data.removesuffix(b"]}\n"),
        "one line": json.dumps(json.loads(data), separators=(",", ":")).encode() + b"\n",
        "empty": b"",
    }[other]
    assert bundle_lines(changed) is None


def test_a_bundle_without_entries_has_no_entry_lines() -> None:
    laid_out = bundle_lines(b'{"resourceType":"Bundle","entry":[\n\n]}\n')
    assert laid_out is not None and list(laid_out.entries()) == []
    assert json.loads(laid_out.head) == {"resourceType": "Bundle"}


def test_a_line_that_does_not_begin_as_an_entry_has_no_type() -> None:
    assert entry_type(b'{"resource":{"resourceType":"Patient"}}') is None
    assert entry_type(b"") is None


# --- the facts ---------------------------------------------------------------------------------------


EXPECTED = ExportFacts(EXPORT_ID, GENERATED_AT, "Alex Example")


def test_the_facts_are_the_exports(data: bytes) -> None:
    facts = facts_of_bundle(data)
    assert facts == EXPECTED
    assert isinstance(facts.generated_at, datetime) and facts.generated_at.utcoffset() is not None


def test_the_facts_parse_only_the_head_and_the_patients_line(data: bytes) -> None:
    head, patient, rest = data.split(b"\n", 2)
    broken = b"\n".join((head, patient, b"{not json" + rest))  # a later line no parser could read
    assert facts_of_bundle(broken) == EXPECTED


def test_a_bundle_laid_out_otherwise_gives_the_same_facts_parsed_whole(data: bytes) -> None:
    assert facts_of_bundle(json.dumps(json.loads(data), indent=2).encode()) == EXPECTED


def test_without_a_patient_the_bundle_still_says_its_id_and_time(data: bytes) -> None:
    head, _patient, rest = data.split(b"\n", 2)
    assert facts_of_bundle(b"\n".join((head, rest))) == ExportFacts(EXPORT_ID, GENERATED_AT, None)


@pytest.mark.parametrize("content", [b"", b"[]", b'{"resourceType":"Patient"}', b"\xff\xfe",
                                     b'{"resourceType":"Patient","entry":[\n\n]}\n'])
def test_anything_else_has_no_facts(content: bytes) -> None:
    assert facts_of_bundle(content) == ExportFacts()
