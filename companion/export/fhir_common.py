"""The pieces every FHIR resource of the export is made of: systems, ids, codings, references, text.

Resources are plain JSON dicts (FHIR R4); nothing here imports a FHIR library.  The app's own codes,
identifiers and extensions live under one base URL, :data:`APP_FHIR_BASE` (``.example`` is reserved
for documentation, so it can never clash with a real terminology server):

* ``…/CodeSystem/companion`` — app codes (mood, side effects, check-ins, flags, session-record
  fields), listed in :mod:`companion.export.fhir_codes`;
* ``…/patient-key`` — the Patient identifier: the patient's signing-key fingerprint;
* ``…/record-id`` — a stable identifier per record, ``<key fingerprint>/<kind>/<app id>``, the
  same in every export, so a clinic can load exports with conditional creates and no duplicates;
* ``…/export-id`` — the Bundle identifier;
* ``…/StructureDefinition/<name>`` — the few extensions (see :mod:`companion.export.fhir_codes`).

Full URLs are ``urn:uuid:`` UUIDs derived (uuid5) from the export id, the record kind and the
record id: the same export gives the same bundle, byte for byte, and nothing random is involved.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from companion.export.export_common import LocalTimes

APP_FHIR_BASE = "https://companion.example/fhir"
APP_CODE_SYSTEM = f"{APP_FHIR_BASE}/CodeSystem/companion"
PATIENT_KEY_SYSTEM = f"{APP_FHIR_BASE}/patient-key"
RECORD_ID_SYSTEM = f"{APP_FHIR_BASE}/record-id"
EXPORT_ID_SYSTEM = f"{APP_FHIR_BASE}/export-id"
EXTENSION_BASE = f"{APP_FHIR_BASE}/StructureDefinition"

LOINC_SYSTEM = "http://loinc.org"
UCUM_SYSTEM = "http://unitsofmeasure.org"
SNOMED_SYSTEM = "http://snomed.info/sct"
RXNORM_SYSTEM = "http://www.nlm.nih.gov/research/umls/rxnorm"
OBSERVATION_CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
DATA_ABSENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
PROVENANCE_AGENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"

# Every UUID of the app's bundles is made in this namespace (itself derived from the base URL).
UUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, APP_FHIR_BASE)

Json = dict[str, Any]

_CONTROL = {code: None for code in range(32) if chr(code) not in "\t\n\r"} | {0x7F: None}


def fhir_text(value: str | None) -> str | None:
    """``value`` as a FHIR string: control characters removed, trimmed; None when nothing is left
    (FHIR has no empty strings: an element without a value is left out)."""
    if value is None:
        return None
    cleaned = value.translate(_CONTROL).strip()
    return cleaned or None


def compact(resource: Mapping[str, Any]) -> Json:
    """``resource`` without the elements whose value is None or empty (FHIR forbids empty ones)."""
    return {key: value for key, value in resource.items()
            if value is not None and (value or not isinstance(value, list | dict))}


def coding(system: str, code: str, display: str | None = None) -> Json:
    return compact({"system": system, "code": code, "display": fhir_text(display)})


def concept(*codings: Json, text: str | None = None) -> Json:
    return compact({"coding": list(codings), "text": fhir_text(text)})


def app_concept(code: str, display: str, text: str | None = None) -> Json:
    """A CodeableConcept in the app's CodeSystem (``text`` defaults to ``display``)."""
    return concept(coding(APP_CODE_SYSTEM, code, display), text=display if text is None else text)


def loinc_concept(code: str, display: str) -> Json:
    return concept(coding(LOINC_SYSTEM, code, display), text=display)


def quantity(value: int | float, unit: str, code: str) -> Json:
    """A UCUM quantity (``unit`` for people, ``code`` the UCUM code)."""
    return {"value": value, "unit": unit, "system": UCUM_SYSTEM, "code": code}


def reference(ref: str, display: str | None = None) -> Json:
    return compact({"reference": ref, "display": fhir_text(display)})


def category(code: str, display: str) -> list[Json]:
    return [concept(coding(OBSERVATION_CATEGORY_SYSTEM, code, display))]


class BundleParts:
    """The entries of one bundle, in the order they are added, with their deterministic ids."""

    def __init__(self, export_id: str, key_fingerprint: str, times: LocalTimes) -> None:
        if not export_id:
            raise ValueError("an export needs an id")
        self.export_id = export_id
        self.key_fingerprint = key_fingerprint
        self.times = times
        self.entries: list[tuple[str, Json]] = []
        self._ids: set[str] = set()
        self._uuids: dict[tuple[str, str], str] = {}

    def uuid(self, kind: str, key: object) -> str:
        name = (kind, str(key))
        found = self._uuids.get(name)
        if found is None:
            found = self._uuids[name] = str(uuid.uuid5(UUID_NAMESPACE, f"{self.export_id}/{kind}/{key}"))
        return found

    def ref(self, kind: str, key: object) -> str:
        """The full URL (``urn:uuid:…``) a resource of ``kind`` and ``key`` has, added or not."""
        return f"urn:uuid:{self.uuid(kind, key)}"

    def has(self, kind: str, key: object) -> bool:
        return self.uuid(kind, key) in self._ids

    def add(self, kind: str, key: object, resource: Json) -> str:
        """Add ``resource`` (its id set from ``kind`` and ``key``) and return its full URL."""
        resource_id = self.uuid(kind, key)
        if resource_id in self._ids:
            raise ValueError(f"two resources of the bundle are {kind} {key}")
        self._ids.add(resource_id)
        self.entries.append((f"urn:uuid:{resource_id}", {"resourceType": resource["resourceType"],
                                                         "id": resource_id, **resource}))
        return f"urn:uuid:{resource_id}"

    def identifier(self, kind: str, key: object) -> list[Json]:
        """The record's stable identifier, the same in every export of this patient."""
        prefix = f"{self.key_fingerprint}/" if self.key_fingerprint else ""
        return [{"system": RECORD_ID_SYSTEM, "value": f"{prefix}{kind}/{key}"}]

    @property
    def patient(self) -> Json:
        return {"reference": self.ref("patient", "patient")}

    def when(self, moment: datetime) -> str:
        """A FHIR dateTime / instant in the patient's offset."""
        return self.times.iso(moment)
