"""What the patient reports around the sessions, as app-coded Observations (category survey).

* before a session: mood and anxiety (0-10) and the intention (``session-baseline``);
* after it: the post-session log (mood, anxiety, energy, peak intensity, note; ``issued`` is when it
  was saved, ``effectiveDateTime`` the session's end it is about), whose ``hasMember`` are one
  Observation per reported side effect (the effect as value, its severity as a SNOMED CT component);
* the next-day check-in (sleep quality, mood, what lingers, what stood out; skipped: a
  ``dataAbsentReason`` of asked-declined);
* quick daily moods (``valueInteger``, the note as an Observation note).
"""

from __future__ import annotations

from datetime import datetime

from companion.export.export_common import SEVERITY_SNOMED
from companion.export.export_data import ExportSession
from companion.export.fhir_codes import app_code
from companion.export.fhir_common import (
    DATA_ABSENT_SYSTEM,
    SNOMED_SYSTEM,
    BundleParts,
    Json,
    category,
    coding,
    compact,
    concept,
    fhir_text,
    reference,
)
from companion.storage.checkins import SIDE_EFFECT_LABELS, DailyMoodRecord, PostSessionLogRecord


def _component(code: str, value: int | str | bool | None) -> Json | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return {"code": app_code(code), "valueBoolean": value}
    if isinstance(value, int):
        return {"code": app_code(code), "valueInteger": value}
    text = fhir_text(value)
    return None if text is None else {"code": app_code(code), "valueString": text}


def _components(*pairs: tuple[str, int | str | bool | None]) -> list[Json]:
    return [c for c in (_component(code, value) for code, value in pairs) if c is not None]


def _observation(parts: BundleParts, kind: str, key: object, code: str, at: datetime,
                 encounter_ref: str | None, **rest: object) -> Json:
    return compact({
        "resourceType": "Observation",
        "identifier": parts.identifier(kind, key),
        "status": "final",
        "category": category("survey", "Survey"),
        "code": app_code(code),
        "subject": parts.patient,
        "encounter": None if encounter_ref is None else {"reference": encounter_ref},
        "effectiveDateTime": parts.when(at),
        "performer": [parts.patient],
        **rest,
    })


def _add_side_effects(parts: BundleParts, record: PostSessionLogRecord, encounter_ref: str | None,
                      about: datetime) -> None:
    for effect, severity in record.log.reported_side_effects.items():
        named = fhir_text(record.log.other_text) if effect == "other" else None
        label = named or SIDE_EFFECT_LABELS[effect]
        snomed, display = SEVERITY_SNOMED[severity]
        key = f"{record.id}/{effect}"
        parts.add("side-effect", key, _observation(
            parts, "side-effect", key, "side-effect", about, encounter_ref,
            issued=parts.when(record.updated_at),
            valueCodeableConcept=app_code(effect, label),
            component=[{"code": app_code("severity"), "valueCodeableConcept": concept(
                coding(SNOMED_SYSTEM, snomed, display), text=severity)}],
        ))


def add_session_reports(parts: BundleParts, item: ExportSession, encounter_ref: str | None) -> None:
    """The baseline, post-session log (with its side effects) and next-day check-in of a session."""
    if item.baseline is not None:
        base = item.baseline
        parts.add("session-baseline", item.id, _observation(
            parts, "session-baseline", item.id, "session-baseline", base.recorded_at, encounter_ref,
            component=_components(("mood", base.mood), ("anxiety", base.anxiety),
                                  ("intention", base.intention))))
    if item.post_session_log is not None:
        record, log = item.post_session_log, item.post_session_log.log
        ended = item.record.session.ended_at
        about = ended if ended is not None else record.created_at
        effects = [parts.ref("side-effect", f"{record.id}/{effect}") for effect in log.reported_side_effects]
        parts.add("post-session-log", record.id, _observation(
            parts, "post-session-log", record.id, "post-session-log", about, encounter_ref,
            issued=parts.when(record.updated_at),
            component=_components(("mood", log.mood), ("anxiety", log.anxiety), ("energy", log.energy),
                                  ("peak-intensity", log.peak_intensity), ("note", log.note),
                                  ("log-version", record.version), ("late-edit", record.late_edit)),
            hasMember=[reference(ref) for ref in effects]))
        _add_side_effects(parts, record, encounter_ref, about)
    if item.next_day is not None:
        day = item.next_day
        absent = None
        if day.skipped:
            absent = concept(coding(DATA_ABSENT_SYSTEM, "asked-declined", "Asked But Declined"),
                             text="The patient skipped the next-day check-in")
        parts.add("next-day-checkin", day.id, _observation(
            parts, "next-day-checkin", day.id, "next-day-checkin", day.recorded_at, encounter_ref,
            dataAbsentReason=absent,
            component=_components(("sleep-quality", day.sleep_quality), ("mood", day.mood),
                                  ("lingering", day.lingering), ("stood-out", day.stood_out))))


def add_daily_mood(parts: BundleParts, mood: DailyMoodRecord) -> None:
    note = fhir_text(mood.note)
    parts.add("daily-mood", mood.id, _observation(
        parts, "daily-mood", mood.id, "daily-mood", mood.recorded_at, None, valueInteger=mood.mood,
        note=None if note is None else [{"text": note}]))
