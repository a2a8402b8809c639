"""A session as FHIR resources: Encounter, sitter RelatedPerson, MedicationAdministration, the session
record, vital signs and sitter check-ins.

* **Encounter** (class HH, home health): status finished / cancelled (abandoned before the dose) /
  in-progress / planned; period from the dose (or the start, without one) to the end; ``length`` the
  minutes monitored; the sitter as a participant.
* **MedicationAdministration** per dose: a *contained* Medication carries the medication code
  (RxNorm where known, always the name as text) and the lot number (``Medication.batch.lotNumber``:
  R4's MedicationAdministration has no lot element, and a contained Medication validates everywhere
  without an extension to define); ``context`` is the Encounter; the dose in mg and the SNOMED route.
* **Vital signs** per the FHIR core profiles (bp, heartrate, oxygensat): category vital-signs, LOINC
  codes, UCUM units; a note says which reading it was (before the dose, re-check, final).
* **Session record** (the Spravato REMS form's fields with no other home): one Observation with a
  component per field — state, ready-at, minutes monitored, acceptable before / at the end, BP before /
  first re-check / end, lowest SpO2, sedation / dissociation / slow breathing, other medicines by
  category, check-in counts, Help used, end reason, lot number.
* **Check-ins**: one Observation per scheduled check-in (effective = due time, issued = when it was
  answered or recorded missed) with the sitter's three observations as components.
"""

from __future__ import annotations

import hashlib

from companion.domain.checklist import MEDICINE_CATEGORY_LABELS
from companion.domain.session import Session, SessionState
from companion.domain.session_events import CheckinConfirmed, CheckinMissed, SitterHandedOver
from companion.domain.session_record import SessionMonitoringRecord
from companion.export.export_common import (
    ROUTE_SNOMED,
    help_count,
    medication_rxnorm,
    session_time,
)
from companion.export.export_data import ExportSession
from companion.export.fhir_codes import app_code
from companion.export.fhir_common import (
    ACT_CODE_SYSTEM,
    LOINC_SYSTEM,
    RXNORM_SYSTEM,
    SNOMED_SYSTEM,
    BundleParts,
    Json,
    category,
    coding,
    compact,
    concept,
    fhir_text,
    quantity,
    reference,
)
from companion.storage.sessions import VitalSignsRecord

_ENCOUNTER_STATUS = {
    SessionState.PLANNED: "planned",
    SessionState.COMPLETED: "finished",
    SessionState.ENDED_EARLY: "finished",
    SessionState.ABANDONED: "cancelled",
}
_PROFILE = "http://hl7.org/fhir/StructureDefinition/"


def _minutes(value: int) -> Json:
    return quantity(value, "min", "min")


def _mm_hg(value: int) -> Json:
    return quantity(value, "mmHg", "mm[Hg]")


def _sitter_key(sitter: SitterHandedOver) -> str:
    who = f"{sitter.sitter_name.strip().casefold()}|{sitter.relationship.strip().casefold()}"
    return hashlib.sha256(who.encode("utf-8")).hexdigest()[:16]


def add_sitter(parts: BundleParts, sitter: SitterHandedOver) -> str:
    """The sitter's RelatedPerson (one per distinct name and relationship in the bundle)."""
    key = _sitter_key(sitter)
    if parts.has("sitter", key):
        return parts.ref("sitter", key)
    relationship = fhir_text(sitter.relationship)
    return parts.add("sitter", key, compact({
        "resourceType": "RelatedPerson",
        "identifier": parts.identifier("sitter", key),
        "patient": parts.patient,
        "relationship": [concept(text=relationship)] if relationship else None,
        "name": [{"text": fhir_text(sitter.sitter_name) or "Sitter"}],
    }))


def _encounter(parts: BundleParts, item: ExportSession, sitter_ref: str | None) -> Json:
    session, record = item.record.session, item.monitoring
    start, end = session_time(session), session.ended_at
    sitter = session.sitter
    participant = None
    if sitter_ref is not None and sitter is not None:
        until = session.recovered_at or end
        participant = [{
            "type": [app_code("sitter")],
            "period": compact({"start": parts.when(sitter.at),
                               "end": None if until is None else parts.when(until)}),
            "individual": reference(sitter_ref, sitter.sitter_name),
        }]
    return compact({
        "resourceType": "Encounter",
        "identifier": parts.identifier("session", item.id),
        "status": _ENCOUNTER_STATUS.get(session.state, "in-progress"),
        "class": coding(ACT_CODE_SYSTEM, "HH", "home health"),
        "type": [app_code("ketamine-session")],
        "subject": parts.patient,
        "participant": participant,
        "period": None if start is None else compact({
            "start": parts.when(start), "end": None if end is None else parts.when(end)}),
        "length": None if record.minutes_monitored is None else _minutes(record.minutes_monitored),
    })


def _medication(record: SessionMonitoringRecord) -> Json:
    rxnorm = medication_rxnorm(record.medication)
    codings = [] if rxnorm is None else [coding(RXNORM_SYSTEM, *rxnorm)]
    lot = fhir_text(record.lot_number)
    return compact({
        "resourceType": "Medication",
        "id": "medication",
        "code": concept(*codings, text=record.medication) or None,
        "batch": None if lot is None else {"lotNumber": lot},
    })


def _administration(parts: BundleParts, item: ExportSession, encounter_ref: str) -> Json:
    record = item.monitoring
    assert record.dose_at is not None
    route_code, route_display = ROUTE_SNOMED[record.route]
    return {
        "resourceType": "MedicationAdministration",
        "identifier": parts.identifier("dose", item.id),
        "contained": [_medication(record)],
        "status": "completed",
        "medicationReference": reference("#medication", record.medication),
        "subject": parts.patient,
        "context": {"reference": encounter_ref},
        "effectiveDateTime": parts.when(record.dose_at),
        "performer": [{"actor": parts.patient}],
        "dosage": {
            "route": concept(coding(SNOMED_SYSTEM, route_code, route_display), text=record.route.value),
            "dose": quantity(record.dose_mg, "mg", "mg"),
        },
    }


def _component(code: str, **value: object) -> Json | None:
    """One component ``code`` with its value (``valueX=…``); None when the value is None or empty."""
    (name, content), = value.items()
    if isinstance(content, str):
        content = fhir_text(content)
    if content is None:
        return None
    return {"code": app_code(code), name: content}


def _record_components(parts: BundleParts, item: ExportSession) -> list[Json]:
    record, session = item.monitoring, item.record.session
    ready = None if record.ready_at is None else parts.when(record.ready_at)
    readings = (("bp-before", record.bp_before), ("bp-recheck", record.bp_40), ("bp-end", record.bp_end))
    components = [
        _component("session-state", valueCodeableConcept=app_code(record.state.value)),
        _component("ready-at", valueDateTime=ready),
        _component("minutes-monitored", valueQuantity=None if record.minutes_monitored is None
                   else _minutes(record.minutes_monitored)),
        _component("minimum-monitoring-minutes",
                   valueQuantity=_minutes(session.plan.minimum_monitoring_minutes)),
        _component("vitals-acceptable-before", valueBoolean=record.vitals_acceptable_before),
        _component("vitals-acceptable-at-end", valueBoolean=record.vitals_acceptable_at_end),
        _component("first-recheck-minutes", valueQuantity=None if record.first_recheck_minutes is None
                   else _minutes(record.first_recheck_minutes)),
    ]
    for prefix, reading in readings:
        if reading is not None:
            components.append(_component(f"{prefix}-systolic", valueQuantity=_mm_hg(reading.bp.systolic)))
            components.append(_component(f"{prefix}-diastolic", valueQuantity=_mm_hg(reading.bp.diastolic)))
    components += [
        _component("spo2-lowest", valueQuantity=None if record.spo2_lowest is None
                   else quantity(record.spo2_lowest, "%", "%")),
        _component("sedation", valueBoolean=record.sedation),
        _component("dissociation", valueBoolean=record.dissociation),
        _component("slow-breathing", valueBoolean=record.breathing),
        _component("other-medicines-taken", valueBoolean=record.other_medicines_taken),
        *(_component("other-medicine-category", valueCodeableConcept=app_code(
            category_.value, MEDICINE_CATEGORY_LABELS[category_])) for category_ in record.other_medicines),
        _component("other-medicine-names", valueString=record.other_medicine_names),
        _component("checkins-confirmed", valueInteger=record.checkins_confirmed),
        _component("checkins-missed", valueInteger=record.checkins_missed),
        _component("checkins-without-code", valueInteger=record.checkins_without_code),
        _component("help-used", valueInteger=help_count(session)),
        _component("end-reason", valueString=session.end_reason),
        _component("lot-number", valueString=record.lot_number),
    ]
    return [component for component in components if component is not None]


def _period(parts: BundleParts, session: Session) -> Json | None:
    start = session_time(session)
    if start is None:
        return None
    end = session.ended_at
    return compact({"start": parts.when(start), "end": None if end is None else parts.when(end)})


def _session_record(parts: BundleParts, item: ExportSession, encounter_ref: str) -> Json:
    return compact({
        "resourceType": "Observation",
        "identifier": parts.identifier("session-record", item.id),
        "status": "final",
        "category": category("therapy", "Therapy"),
        "code": app_code("session-record"),
        "subject": parts.patient,
        "encounter": {"reference": encounter_ref},
        "effectivePeriod": _period(parts, item.record.session),
        "component": _record_components(parts, item),
    })


def _reading_key(session_id: int, reading: VitalSignsRecord) -> str:
    return f"{session_id}-{reading.id}"


def _vital(parts: BundleParts, key: str, reading: VitalSignsRecord, encounter_ref: str, profile: str,
           code: Json, **value: object) -> Json:
    return {
        "resourceType": "Observation",
        "meta": {"profile": [_PROFILE + profile]},
        "identifier": parts.identifier(f"vitals-{profile}", key),
        "status": "final",
        "category": category("vital-signs", "Vital Signs"),
        "code": code,
        "subject": parts.patient,
        "encounter": {"reference": encounter_ref},
        "effectiveDateTime": parts.when(reading.measured_at),
        **value,
        "note": [{"text": app_code(f"reading-{reading.kind}")["text"]}],
    }


def _loinc(code: str, display: str, text: str) -> Json:
    return concept(coding(LOINC_SYSTEM, code, display), text=text)


def _add_vitals(parts: BundleParts, session_id: int, reading: VitalSignsRecord, encounter_ref: str) -> None:
    """A blood pressure panel, and a heart rate and an SpO2 Observation when they were taken."""
    key = _reading_key(session_id, reading)
    panel = _loinc("85354-9", "Blood pressure panel with all children optional", "Blood pressure")
    components = [
        {"code": _loinc("8480-6", "Systolic blood pressure", "Systolic"),
         "valueQuantity": _mm_hg(reading.bp.systolic)},
        {"code": _loinc("8462-4", "Diastolic blood pressure", "Diastolic"),
         "valueQuantity": _mm_hg(reading.bp.diastolic)},
    ]
    parts.add("vitals-bp", key, _vital(parts, key, reading, encounter_ref, "bp", panel, component=components))
    if reading.heart_rate is not None:
        rate = quantity(reading.heart_rate, "beats/minute", "/min")
        parts.add("vitals-hr", key, _vital(parts, key, reading, encounter_ref, "heartrate",
                                           _loinc("8867-4", "Heart rate", "Heart rate"), valueQuantity=rate))
    if reading.spo2 is not None:
        by_oximeter = "Oxygen saturation in Arterial blood by Pulse oximetry"
        code = concept(coding(LOINC_SYSTEM, "2708-6", "Oxygen saturation in Arterial blood"),
                       coding(LOINC_SYSTEM, "59408-5", by_oximeter),
                       text="Oxygen saturation (pulse oximetry)")
        parts.add("vitals-spo2", key, _vital(parts, key, reading, encounter_ref, "oxygensat", code,
                                             valueQuantity=quantity(reading.spo2, "%", "%")))


def _checkin(parts: BundleParts, event: CheckinConfirmed | CheckinMissed, key: str, encounter_ref: str,
             sitter_ref: str | None) -> Json:
    if isinstance(event, CheckinConfirmed):
        outcome = "checkin-all-well" if event.all_well else "checkin-worried"
        observed = (("very-sleepy", event.very_sleepy), ("detached", event.detached),
                    ("slow-breathing", event.slow_breathing), ("without-code", event.without_code))
        components = [c for c in (_component(code, valueBoolean=value) for code, value in observed) if c]
        performer = None if sitter_ref is None else [{"reference": sitter_ref}]
    else:
        outcome, components, performer = "checkin-missed", [], None
    return compact({
        "resourceType": "Observation",
        "identifier": parts.identifier("checkin", key),
        "status": "final",
        "category": category("therapy", "Therapy"),
        "code": app_code("sitter-checkin"),
        "subject": parts.patient,
        "encounter": {"reference": encounter_ref},
        "effectiveDateTime": parts.when(event.due_at),
        "issued": parts.when(event.at),
        "performer": performer,
        "valueCodeableConcept": app_code(outcome),
        "component": components,
    })


def add_session(parts: BundleParts, item: ExportSession) -> str:
    """Every resource of one session; returns the Encounter's full URL."""
    session = item.record.session
    sitter_ref = None if session.sitter is None else add_sitter(parts, session.sitter)
    encounter_ref = parts.add("session", item.id, _encounter(parts, item, sitter_ref))
    if item.monitoring.dose_at is not None:
        parts.add("dose", item.id, _administration(parts, item, encounter_ref))
    parts.add("session-record", item.id, _session_record(parts, item, encounter_ref))
    for reading in item.vitals:
        _add_vitals(parts, item.id, reading, encounter_ref)
    checkins = [e for e in session.events if isinstance(e, CheckinConfirmed | CheckinMissed)]
    for event in sorted(checkins, key=lambda e: (e.due_at, e.at)):
        status = "confirmed" if isinstance(event, CheckinConfirmed) else "missed"
        key = f"{item.id}-{event.due_at.strftime('%Y%m%dT%H%M%SZ')}-{status}"
        parts.add("checkin", key, _checkin(parts, event, key, encounter_ref, sitter_ref))
    return encounter_ref
