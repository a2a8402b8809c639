"""The export's FHIR bundle (DESIGN.md §6): golden bytes, valid R4 (validated with fhir.resources'
R4B models, imported only here), resolvable references, standard codes where they belong."""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from companion.export.export_data import ExportData, Section
from companion.export.fhir_bundle import fhir_bundle, fhir_bundle_json
from companion.export.fhir_codes import APP_CODES
from companion.export.fhir_common import APP_CODE_SYSTEM, APP_FHIR_BASE, PATIENT_KEY_SYSTEM, RECORD_ID_SYSTEM
from tests.fixtures.export_history import (
    EXPORT_ID,
    GOLDEN_DIR,
    HYPERLINK_BODY,
    JOURNAL,
    KEY_FINGERPRINT,
    export_history,
)
from tests.fixtures.export_strategies import export_data

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
Resource = dict[str, Any]


@pytest.fixture(scope="module")
def data() -> ExportData:
    return export_history()


@pytest.fixture(scope="module")
def bundle(data: ExportData) -> Resource:
    return fhir_bundle(data)


def validate(bundle: Resource) -> None:
    """Valid FHIR R4 (R4B models): the bundle as a whole, and every entry on its own."""
    from fhir.resources.R4B import get_fhir_model_class
    from fhir.resources.R4B.bundle import Bundle

    Bundle.model_validate(bundle)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def no_constants(name: str) -> None:
    raise AssertionError(f"JSON holds {name}")


def resources(bundle: Resource, resource_type: str) -> list[Resource]:
    found = (entry["resource"] for entry in bundle["entry"])
    return [resource for resource in found if resource["resourceType"] == resource_type]


def walk(value: object) -> Iterator[tuple[str, object]]:
    """Every (key, value) pair anywhere in ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key, item
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


def codes(concept: Resource) -> set[tuple[str, str]]:
    return {(coding["system"], coding["code"]) for coding in concept.get("coding", [])}


def observations(bundle: Resource, system: str, code: str) -> list[Resource]:
    return [r for r in resources(bundle, "Observation") if (system, code) in codes(r["code"])]


def check_references(bundle: Resource) -> None:
    """Every reference points at an entry of the bundle (or at a contained resource)."""
    full_urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(set(full_urls)) == len(full_urls)
    for entry in bundle["entry"]:
        assert entry["fullUrl"] == f"urn:uuid:{entry['resource']['id']}"
        contained = {f"#{item['id']}" for item in entry["resource"].get("contained", [])}
        for key, value in walk(entry["resource"]):
            if key == "reference":
                assert value in full_urls or value in contained, value


# -- golden file, determinism ----------------------------------------------------------------------


def test_the_bundle_is_the_golden_file_byte_for_byte(data: ExportData) -> None:
    """A change here is a change of the clinician's file: review it, then regenerate with
    ``python -m tests.fixtures.export_history --write-golden``."""
    assert fhir_bundle_json(data) == (GOLDEN_DIR / "fhir" / "bundle.json").read_bytes()


def test_the_same_data_gives_the_same_bytes_and_nothing_random(data: ExportData) -> None:
    assert fhir_bundle_json(data) == fhir_bundle_json(export_history())
    other = fhir_bundle(replace(data, export_id="0000aaaa"))
    first = fhir_bundle(data)
    assert {e["fullUrl"] for e in other["entry"]}.isdisjoint({e["fullUrl"] for e in first["entry"]})
    identifiers = [r.get("identifier") for r in (e["resource"] for e in first["entry"])][:-1]
    assert identifiers == [r.get("identifier") for r in (e["resource"] for e in other["entry"])][:-1]


def test_no_two_places_of_the_bundle_share_one_object(bundle: Resource) -> None:
    """A reader may change the dicts it gets (the transaction command does) without changing others."""
    seen: set[int] = set()

    def visit(value: object) -> None:
        if isinstance(value, dict | list):
            assert id(value) not in seen
            seen.add(id(value))
            for item in value.values() if isinstance(value, dict) else value:
                visit(item)

    visit(bundle)
    visit(fhir_bundle(export_history()))


def test_json_is_utf8_with_one_entry_per_line_a_final_lf_and_no_nan(data: ExportData) -> None:
    content = fhir_bundle_json(data)
    assert content.endswith(b"\n]}\n") and not content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8")
    lines = text.removesuffix("\n").split("\n")  # not splitlines(): U+2028 may be in a text
    assert lines[0].startswith('{"resourceType":"Bundle",') and lines[0].endswith('"entry":[')
    assert len(lines) == len(fhir_bundle(data)["entry"]) + 2
    assert all(line.startswith('{"fullUrl":"urn:uuid:') for line in lines[1:-1])
    assert "يوم أفضل" in text and "🙂" in text  # written as themselves, not escaped
    assert json.loads(text, parse_constant=no_constants) == fhir_bundle(data)


# -- validity --------------------------------------------------------------------------------------


def test_the_bundle_is_valid_fhir_r4(bundle: Resource) -> None:
    validate(bundle)


def test_a_collection_with_urn_uuid_full_urls_whose_references_all_resolve(bundle: Resource) -> None:
    assert (bundle["resourceType"], bundle["type"]) == ("Bundle", "collection")
    assert bundle["identifier"]["value"] == EXPORT_ID
    assert bundle["timestamp"] == "2026-04-30T18:30:00+02:00"
    check_references(bundle)


def test_what_the_bundle_holds(bundle: Resource) -> None:
    kinds = Counter(entry["resource"]["resourceType"] for entry in bundle["entry"])
    assert kinds == Counter({
        "Patient": 1, "Device": 1, "RelatedPerson": 1, "Encounter": 3, "MedicationAdministration": 2,
        "QuestionnaireResponse": 5, "Flag": 6, "DocumentReference": 2, "Provenance": 1,
        "Observation": kinds["Observation"],
    })
    assert bundle["entry"][0]["resource"]["resourceType"] == "Patient"
    assert bundle["entry"][-1]["resource"]["resourceType"] == "Provenance"


# -- people and sessions ---------------------------------------------------------------------------


def test_the_patient_is_named_as_chosen_and_identified_by_the_key(bundle: Resource) -> None:
    (patient,) = resources(bundle, "Patient")
    assert patient["name"] == [{"text": "Alex Example"}]
    assert patient["identifier"] == [{"system": PATIENT_KEY_SYSTEM, "value": KEY_FINGERPRINT}]
    assert PATIENT_KEY_SYSTEM.startswith(APP_FHIR_BASE)


def test_each_session_is_a_home_health_encounter_with_the_sitter(bundle: Resource) -> None:
    encounters = resources(bundle, "Encounter")
    assert [e["status"] for e in encounters] == ["finished", "finished", "cancelled"]
    (sitter,) = resources(bundle, "RelatedPerson")  # the same sitter twice: one RelatedPerson
    sitter_url = f"urn:uuid:{sitter['id']}"
    assert sitter["name"] == [{"text": "Sam Rivera"}] and sitter["relationship"] == [{"text": "partner"}]
    for encounter in encounters:
        assert encounter["class"]["code"] == "HH"
        assert encounter["class"]["system"] == "http://terminology.hl7.org/CodeSystem/v3-ActCode"
    sitters = [p["individual"]["reference"] for e in encounters[:2] for p in e["participant"]]
    assert sitters == [sitter_url] * 2
    assert "participant" not in encounters[2]
    assert encounters[0]["period"] == {"start": "2026-04-03T17:20:00+02:00",
                                       "end": "2026-04-03T19:25:00+02:00"}
    assert encounters[0]["length"] == {"value": 125, "unit": "min", "system": UCUM, "code": "min"}


def test_each_dose_is_a_medication_administration_with_codes_lot_and_context(bundle: Resource) -> None:
    encounters = [f"urn:uuid:{e['id']}" for e in resources(bundle, "Encounter")]
    first, second = resources(bundle, "MedicationAdministration")
    medication = first["contained"][0]
    assert first["medicationReference"]["reference"] == "#" + medication["id"]
    assert codes(medication["code"]) == {("http://www.nlm.nih.gov/research/umls/rxnorm", "6130")}
    assert medication["batch"] == {"lotNumber": "LOT-2604A"}
    assert "batch" not in second["contained"][0]  # no lot typed in
    assert codes(first["dosage"]["route"]) == {("http://snomed.info/sct", "37839007")}
    assert first["dosage"]["dose"] == {"value": 100.0, "unit": "mg", "system": UCUM, "code": "mg"}
    assert [first["context"]["reference"], second["context"]["reference"]] == encounters[:2]
    assert first["effectiveDateTime"] == "2026-04-03T17:20:00+02:00"


def test_vital_signs_follow_the_core_profiles(bundle: Resource) -> None:
    bp = observations(bundle, LOINC, "85354-9")
    assert len(bp) == 7
    for observation in bp:
        assert observation["meta"]["profile"] == ["http://hl7.org/fhir/StructureDefinition/bp"]
        assert codes(observation["category"][0]) == {
            ("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs")}
        assert "effectiveDateTime" in observation and "encounter" in observation
        systolic, diastolic = observation["component"]
        assert codes(systolic["code"]) == {(LOINC, "8480-6")}
        assert codes(diastolic["code"]) == {(LOINC, "8462-4")}
        for component in (systolic, diastolic):
            unit = (component["valueQuantity"]["system"], component["valueQuantity"]["code"])
            assert unit == (UCUM, "mm[Hg]")
    heart_rates = observations(bundle, LOINC, "8867-4")
    assert len(heart_rates) == 7
    units = {(h["valueQuantity"]["code"], h["valueQuantity"]["system"]) for h in heart_rates}
    assert units == {("/min", UCUM)}
    spo2 = observations(bundle, LOINC, "59408-5")
    assert len(spo2) == 4  # session 2 had no oximeter readings
    assert all((LOINC, "2708-6") in codes(s["code"]) and s["valueQuantity"]["code"] == "%" for s in spo2)


def test_the_session_record_fields_are_components_of_one_observation(bundle: Resource) -> None:
    records = observations(bundle, APP_CODE_SYSTEM, "session-record")
    assert len(records) == 3
    fields = {component["code"]["coding"][0]["code"]: component for component in records[0]["component"]}
    assert fields["lot-number"]["valueString"] == "LOT-2604A"
    assert fields["minutes-monitored"]["valueQuantity"]["value"] == 125
    assert fields["ready-at"]["valueDateTime"] == "2026-04-03T19:25:00+02:00"
    assert fields["spo2-lowest"]["valueQuantity"]["value"] == 96
    assert fields["sedation"]["valueBoolean"] is False
    assert fields["other-medicine-category"]["valueCodeableConcept"]["coding"][0]["code"] == "sleeping_pills"
    early = {component["code"]["coding"][0]["code"]: component for component in records[1]["component"]}
    assert early["dissociation"]["valueBoolean"] is True
    assert early["checkins-missed"]["valueInteger"] == 1
    assert early["end-reason"]["valueString"].startswith("She felt very sick")


def test_check_ins_carry_the_sitters_observations(bundle: Resource) -> None:
    checkins = observations(bundle, APP_CODE_SYSTEM, "sitter-checkin")
    assert len(checkins) == 12
    outcomes = Counter(c["valueCodeableConcept"]["coding"][0]["code"] for c in checkins)
    assert outcomes == Counter({"checkin-all-well": 10, "checkin-worried": 1, "checkin-missed": 1})
    worried = next(c for c in checkins if c["valueCodeableConcept"]["coding"][0]["code"] == "checkin-worried")
    seen = {c["code"]["coding"][0]["code"]: c["valueBoolean"] for c in worried["component"]}
    assert seen == {"very-sleepy": False, "detached": True, "slow-breathing": False, "without-code": True}
    assert (worried["effectiveDateTime"], worried["issued"]) == ("2026-04-10T17:50:00+02:00",
                                                                 "2026-04-10T17:50:40+02:00")


# -- questionnaires --------------------------------------------------------------------------------


def test_questionnaires_as_us_core_records_them(bundle: Resource) -> None:
    responses = resources(bundle, "QuestionnaireResponse")
    phq9 = responses[0]
    assert phq9["questionnaire"] == "http://loinc.org/q/44249-1"
    assert (phq9["status"], phq9["authored"]) == ("completed", "2026-04-05T11:30:00+02:00")
    item9 = next(item for item in phq9["item"] if item["linkId"] == "44260-8")
    several_days = {"system": LOINC, "code": "LA6569-3", "display": "Several days"}
    assert item9["answer"] == [{"valueCoding": several_days}]
    difficulty = next(item for item in phq9["item"] if item["linkId"] == "69722-7")
    assert difficulty["answer"][0]["valueCoding"]["code"] == "LA6573-5"
    qr_url = f"urn:uuid:{phq9['id']}"

    (panel, _second) = observations(bundle, LOINC, "44249-1")
    assert panel["derivedFrom"] == [{"reference": qr_url}]
    by_url = {entry["fullUrl"]: entry["resource"] for entry in bundle["entry"]}
    members = [by_url[member["reference"]] for member in panel["hasMember"]]
    member_codes = [member["code"]["coding"][0]["code"] for member in members]
    assert member_codes == ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5",
                            "44253-3", "44260-8", "69722-7", "44261-6"]
    assert all(member["derivedFrom"] == [{"reference": qr_url}] for member in members)
    item9_observation = members[8]
    assert codes(item9_observation["valueCodeableConcept"]) == {(LOINC, "LA6569-3")}
    total = members[-1]
    assert total["valueInteger"] == 13
    assert total["interpretation"][0]["text"] == "PHQ-9: Moderate"


def test_gad7_and_pcl5_panels_and_totals(bundle: Resource) -> None:
    assert len(observations(bundle, LOINC, "69737-5")) == 2
    assert [t["valueInteger"] for t in observations(bundle, LOINC, "70274-6")] == [12, 5]
    (pcl5,) = observations(bundle, LOINC, "101697-1")
    assert len(pcl5["hasMember"]) == 21
    (pcl5_total,) = observations(bundle, APP_CODE_SYSTEM, "pcl5-total")
    assert pcl5_total["valueInteger"] == 27


# -- patient reports, flags, journal, provenance ---------------------------------------------------


def test_moods_and_side_effects_are_app_coded(bundle: Resource) -> None:
    assert len(observations(bundle, APP_CODE_SYSTEM, "daily-mood")) == 4
    logs = observations(bundle, APP_CODE_SYSTEM, "post-session-log")
    assert [len(log["hasMember"]) for log in logs] == [2, 2]
    effects = observations(bundle, APP_CODE_SYSTEM, "side-effect")
    severities = [e["component"][0]["valueCodeableConcept"]["coding"][0]["code"] for e in effects]
    assert severities == ["255604002", "6736007", "24484000", "255604002"]
    assert effects[3]["valueCodeableConcept"]["text"] == "+ tingling in my hands"
    (skipped, _answered) = sorted(observations(bundle, APP_CODE_SYSTEM, "next-day-checkin"),
                                  key=lambda o: "dataAbsentReason" not in o)
    assert skipped["dataAbsentReason"]["coding"][0]["code"] == "asked-declined"


def test_every_app_code_is_declared_under_the_one_code_system(bundle: Resource) -> None:
    for key, value in walk(bundle):
        if key == "coding":
            for coding in value:  # type: ignore[attr-defined]
                if coding["system"].startswith(APP_FHIR_BASE):
                    assert coding["system"] == APP_CODE_SYSTEM
                    assert coding["code"] in APP_CODES and coding["display"] == APP_CODES[coding["code"]]
        if key == "identifier" and isinstance(value, list):
            for identifier in value:
                assert identifier["system"] in (RECORD_ID_SYSTEM, PATIENT_KEY_SYSTEM)


def test_flags_are_flag_resources_active_until_discussed(bundle: Resource, data: ExportData) -> None:
    flags = resources(bundle, "Flag")
    assert [f["code"]["coding"][0]["code"] for f in flags] == [view.flag.rule.value for view in data.flags]
    statuses = ["inactive" if view.discussed_at else "active" for view in data.flags]
    assert [f["status"] for f in flags] == statuses
    severities = [f["extension"][0]["valueCode"] for f in flags]
    assert severities == ["urgent", "high", "high", "high", "moderate", "info"]
    assert flags[2]["period"]["end"] == "2026-04-14T12:00:00+02:00"
    assert "encounter" not in flags[0] and "encounter" in flags[1]


def test_shared_journal_entries_are_document_references(bundle: Resource) -> None:
    documents = resources(bundle, "DocumentReference")
    assert [d["description"] for d in documents] == ["Journal entry shared by the patient"] * 2
    bodies = [base64.b64decode(d["content"][0]["attachment"]["data"]).decode("utf-8") for d in documents]
    assert bodies == [HYPERLINK_BODY, JOURNAL[1].content.body]
    assert documents[0]["content"][0]["attachment"]["contentType"] == "text/markdown; charset=UTF-8"
    assert "encounter" in documents[0]["context"] and "encounter" not in documents[1]["context"]


def test_provenance_names_every_other_entry_and_the_device(bundle: Resource) -> None:
    (provenance,) = resources(bundle, "Provenance")
    assert [t["reference"] for t in provenance["target"]] == [e["fullUrl"] for e in bundle["entry"][:-1]]
    assert provenance["recorded"] == "2026-04-30T18:30:00+02:00"
    (device,) = resources(bundle, "Device")
    assert provenance["agent"][0]["who"] == {"reference": f"urn:uuid:{device['id']}"}


# -- what leaves -----------------------------------------------------------------------------------


def test_journal_entries_leave_only_shared_and_opted_in(data: ExportData) -> None:
    assert not resources(fhir_bundle(replace(data, options=replace(data.options, include_journal=False))),
                         "DocumentReference")
    one_unshared = (data.journal[0], replace(data.journal[1], shared=False))
    assert len(resources(fhir_bundle(replace(data, journal=one_unshared)), "DocumentReference")) == 1


def test_left_out_sections_leave_nothing_behind_but_the_flags(data: ExportData) -> None:
    flags_only = replace(data, options=replace(data.options, sections=frozenset({Section.JOURNAL})))
    bundle = fhir_bundle(flags_only)
    kinds = Counter(entry["resource"]["resourceType"] for entry in bundle["entry"])
    assert kinds == Counter({"Patient": 1, "Device": 1, "Flag": 6, "DocumentReference": 2, "Provenance": 1})
    validate(bundle)
    check_references(bundle)
    reports_only = replace(data, options=replace(data.options, sections=frozenset({Section.CHECKINS})))
    bundle = fhir_bundle(reports_only)
    assert not resources(bundle, "Encounter")
    assert all("encounter" not in r for r in resources(bundle, "Observation"))
    validate(bundle)
    check_references(bundle)


def test_an_empty_export_is_still_a_valid_bundle(data: ExportData) -> None:
    empty = replace(data, sessions=(), questionnaires=(), daily_moods=(), flags=(), journal=(),
                    baseline_questionnaires=(), key_fingerprint="",
                    options=replace(data.options, patient_name=""))
    bundle = fhir_bundle(empty)
    validate(bundle)
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Patient", "Device", "Provenance"]


# -- any history -----------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(export_data())
def test_any_history_gives_a_valid_bundle(generated: ExportData) -> None:
    content = fhir_bundle_json(generated)
    bundle = json.loads(content.decode("utf-8"), parse_constant=no_constants)
    validate(bundle)
    check_references(bundle)
    assert content == fhir_bundle_json(generated)
