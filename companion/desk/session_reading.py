"""One session read back from its FHIR resources (as :mod:`companion.export.fhir_sessions` writes them).

The Encounter gives the session's time, end and sitter; the MedicationAdministration the dose (its
contained Medication the name and lot); the session-record Observation the Spravato REMS form's
fields, one app-coded component each; the vital-signs Observations the readings (a BP panel, and a
heart rate and an SpO2 Observation sharing its key); the side-effect Observations what the patient
reported after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from companion.desk import bundle_json as js
from companion.desk.bundle_json import Json, content_error
from companion.desk.export_records import DeskSession, SideEffect, VitalReading
from companion.domain.care_plan import Route
from companion.domain.checklist import MedicineCategory
from companion.domain.session import SessionState
from companion.domain.vitals import BloodPressure
from companion.export.fhir_codes import APP_CODES
from companion.export.fhir_common import LOINC_SYSTEM

_BP_PANEL, _SYSTOLIC, _DIASTOLIC, _HEART_RATE = "85354-9", "8480-6", "8462-4", "8867-4"
_SPO2_CODES = ("59408-5", "2708-6")
_READING_KINDS = ("pre_dose", "recheck", "final")
# A reading's note is the display of its app code (``reading-<kind>``): read it back to the kind.
_READING_KIND_BY_NOTE = {APP_CODES[f"reading-{kind}"]: kind for kind in _READING_KINDS}
_Coded = TypeVar("_Coded", SessionState, Route, MedicineCategory)


@dataclass
class SessionParts:
    """The resources of one session, gathered from the bundle before they are read."""

    session_id: int
    encounter: Json
    dose: Json | None = None
    record: Json | None = None
    vitals: dict[str, list[Json]] = field(default_factory=dict)  # reading key → its Observations
    side_effects: list[Json] = field(default_factory=list)

    def at(self) -> datetime | None:
        return js.when(js.optional(js.obj(self.encounter, "period"), "start", str))


class _Components:
    """The session record's components, each read as the type the export writes it."""

    def __init__(self, record: Json) -> None:
        self._by_code = js.components(record)

    def _one(self, code: str) -> Json:
        found = self._by_code.get(code, [])
        if len(found) > 1:
            raise content_error(f"the session record holds {code} twice")
        return found[0] if found else {}

    def boolean(self, code: str) -> bool | None:
        return js.optional(self._one(code), "valueBoolean", bool)

    def integer(self, code: str) -> int | None:
        return js.optional(self._one(code), "valueInteger", int)

    def text(self, code: str) -> str | None:
        return js.optional(self._one(code), "valueString", str)

    def minutes(self, code: str) -> int | None:
        return js.whole(js.quantity_value(self._one(code)))

    def moment(self, code: str) -> datetime | None:
        return js.when(js.optional(self._one(code), "valueDateTime", str))

    def coded(self, code: str) -> list[str]:
        """The app codes of every ``code`` component's valueCodeableConcept."""
        values = []
        for component in self._by_code.get(code, []):
            value = js.code_of(js.obj(component, "valueCodeableConcept"))
            if value is None:
                raise content_error(f"the session record's {code} has no code")
            values.append(value)
        return values

    def blood_pressure(self, prefix: str) -> BloodPressure | None:
        systolic = self.minutes(f"{prefix}-systolic")  # whole mmHg, read like whole minutes
        diastolic = self.minutes(f"{prefix}-diastolic")
        if systolic is None or diastolic is None:
            return None
        return BloodPressure(systolic, diastolic)


def _enum(kind: type[_Coded], value: str | None, what: str) -> _Coded:
    try:
        return kind(value or "")
    except ValueError:
        raise content_error(f"{what} {str(value)[:30]!r} is not known to this desk") from None


def _reading(key: str, resources: list[Json]) -> VitalReading:
    bp: BloodPressure | None = None
    measured_at: datetime | None = None
    kind = heart_rate = spo2 = None
    for resource in resources:
        code = js.obj(resource, "code")
        if js.code_of(code, LOINC_SYSTEM) == _BP_PANEL:
            values = {js.code_of(js.obj(c, "code"), LOINC_SYSTEM): js.whole(js.quantity_value(c))
                      for c in js.objects(resource, "component")}
            systolic, diastolic = values.get(_SYSTOLIC), values.get(_DIASTOLIC)
            if systolic is None or diastolic is None:
                raise content_error("a blood pressure reading lacks a value")
            bp = BloodPressure(systolic, diastolic)
            measured_at = js.required_when(resource, "effectiveDateTime")
            note = js.optional(js.first(resource, "note"), "text", str)
            kind = _READING_KIND_BY_NOTE.get(note or "")
        elif js.code_of(code, LOINC_SYSTEM) == _HEART_RATE:
            heart_rate = js.whole(js.quantity_value(resource))
        elif any(js.code_of(code, LOINC_SYSTEM) == spo2_code for spo2_code in _SPO2_CODES):
            spo2 = js.whole(js.quantity_value(resource))
    if bp is None or measured_at is None or kind is None:
        raise content_error("a vital-signs reading has no blood pressure, time or kind")
    return VitalReading(f"vitals/{key}", kind, measured_at, bp, heart_rate, spo2)


def _side_effect(resource: Json) -> SideEffect:
    value = js.obj(resource, "valueCodeableConcept")
    effect = js.code_of(value)
    if effect is None:
        raise content_error("a side effect has no code")
    severity = next((js.optional(js.obj(c, "valueCodeableConcept"), "text", str)
                     for c in js.objects(resource, "component")), None)
    return SideEffect(effect, js.optional(value, "text", str) or effect, severity or "")


def build_session(parts: SessionParts) -> DeskSession:
    """The session as the desk shows it; ExportContentError when its record is missing or malformed."""
    if parts.record is None:
        raise content_error(f"session {parts.session_id} has no session record")
    record = _Components(parts.record)
    states = record.coded("session-state")
    if len(states) != 1:
        raise content_error(f"session {parts.session_id} has no state")
    encounter = parts.encounter
    period = js.obj(encounter, "period")
    dose = parts.dose or {}
    medication = js.first(dose, "contained")
    dosage = js.obj(dose, "dosage")
    route = js.optional(js.obj(dosage, "route"), "text", str)
    sitter = js.obj(js.first(encounter, "participant"), "individual")
    readings = sorted((_reading(key, resources) for key, resources in parts.vitals.items()),
                      key=lambda reading: (reading.measured_at, reading.key))
    return DeskSession(
        key=f"session/{parts.session_id}",
        record_id=parts.session_id,
        state=_enum(SessionState, states[0], "The session state"),
        at=parts.at(),
        ended_at=js.when(js.optional(period, "end", str)),
        dose_at=js.when(js.optional(dose, "effectiveDateTime", str)),
        medication=js.optional(js.obj(medication, "code"), "text", str),
        dose_mg=js.quantity_value(dosage, "dose"),
        route=None if route is None else _enum(Route, route, "The route"),
        lot_number=record.text("lot-number"),
        sitter_name=js.optional(sitter, "display", str),
        minutes_monitored=record.minutes("minutes-monitored"),
        minimum_monitoring_minutes=record.minutes("minimum-monitoring-minutes"),
        ready_at=record.moment("ready-at"),
        vitals_acceptable_before=record.boolean("vitals-acceptable-before"),
        vitals_acceptable_at_end=record.boolean("vitals-acceptable-at-end"),
        first_recheck_minutes=record.minutes("first-recheck-minutes"),
        bp_before=record.blood_pressure("bp-before"),
        bp_recheck=record.blood_pressure("bp-recheck"),
        bp_end=record.blood_pressure("bp-end"),
        spo2_lowest=record.minutes("spo2-lowest"),
        sedation=record.boolean("sedation"),
        dissociation=record.boolean("dissociation"),
        slow_breathing=record.boolean("slow-breathing"),
        other_medicines_taken=record.boolean("other-medicines-taken"),
        other_medicines=tuple(_enum(MedicineCategory, code, "The medicine category")
                              for code in record.coded("other-medicine-category")),
        other_medicine_names=record.text("other-medicine-names"),
        checkins_confirmed=record.integer("checkins-confirmed"),
        checkins_missed=record.integer("checkins-missed"),
        checkins_without_code=record.integer("checkins-without-code"),
        help_used=record.integer("help-used"),
        end_reason=record.text("end-reason"),
        readings=tuple(readings),
        side_effects=tuple(_side_effect(resource) for resource in parts.side_effects),
    )
