"""Rows of the session tables: sessions, checklist_answers, vitals, sitter_checkins.

Each function returns plain dicts keyed by the column names of :mod:`companion.export.csv_schema`;
:mod:`companion.export.csv_tables` turns them into text.  Nothing here is escaped or formatted
beyond the times: the writer does that for every table the same way.
"""

from __future__ import annotations

from companion.domain.checklist import VITALS_ID, ItemKind, build_checklist
from companion.domain.session_events import CheckinConfirmed, CheckinMissed
from companion.domain.session_record import RecordedReading
from companion.export.csv_schema import LOINC_DIASTOLIC, LOINC_HEART_RATE, LOINC_SPO2, LOINC_SYSTOLIC, MM_HG
from companion.export.csv_schema import PER_MINUTE as HR_UNIT
from companion.export.csv_schema import PERCENT as SPO2_UNIT
from companion.export.export_common import (
    ROUTE_SNOMED,
    LocalTimes,
    help_count,
    included,
    medication_rxnorm,
    minutes_after,
    session_started_at,
    session_time,
)
from companion.export.export_data import ExportData, ExportSession, Section

Cell = str | int | float | bool | None
Row = dict[str, Cell]

VITALS_QUESTION = "The blood pressure before the dose was in the caution range: go on after acknowledging it?"


def _sessions(data: ExportData) -> tuple[ExportSession, ...]:
    return data.sessions if included(data, Section.SESSIONS) else ()


def _reading(prefix: str, reading: RecordedReading | None, times: LocalTimes) -> Row:
    return {
        f"{prefix}_systolic": None if reading is None else reading.bp.systolic,
        f"{prefix}_diastolic": None if reading is None else reading.bp.diastolic,
        f"{prefix}_heart_rate": None if reading is None else reading.heart_rate,
        f"{prefix}_spo2": None if reading is None else reading.spo2,
        f"{prefix}_at": None if reading is None else times.iso(reading.at),
    }


def _session_row(item: ExportSession, times: LocalTimes) -> Row:
    session, record = item.record.session, item.monitoring
    sitter = session.sitter
    when = session_time(session)
    rxnorm = medication_rxnorm(record.medication)
    return {
        "session_id": item.id,
        "care_plan_id": item.record.care_plan_id,
        "state": record.state.value,
        "started_at": times.iso(session_started_at(session)),
        "local_date": times.date(when),
        "local_time": times.clock(when),
        "medication": record.medication,
        "medication_rxnorm": None if rxnorm is None else rxnorm[0],
        "dose_mg": record.dose_mg,
        "route": record.route.value,
        "route_snomed": ROUTE_SNOMED[record.route][0],
        "lot_number": record.lot_number,
        "dose_at": times.iso(record.dose_at),
        "ended_at": times.iso(session.ended_at),
        "minutes_monitored": record.minutes_monitored,
        "minimum_monitoring_minutes": session.plan.minimum_monitoring_minutes,
        "ready_at": times.iso(record.ready_at),
        "vitals_acceptable_before": record.vitals_acceptable_before,
        "vitals_acceptable_at_end": record.vitals_acceptable_at_end,
        **_reading("bp_before", record.bp_before, times),
        "first_recheck_minutes": record.first_recheck_minutes,
        **_reading("bp_recheck", record.bp_40, times),
        **_reading("bp_end", record.bp_end, times),
        "spo2_lowest": record.spo2_lowest,
        "sedation": record.sedation,
        "dissociation": record.dissociation,
        "slow_breathing": record.breathing,
        "other_medicines_taken": record.other_medicines_taken,
        "other_medicine_categories": ";".join(category.value for category in record.other_medicines),
        "other_medicine_names": record.other_medicine_names,
        "checkins_confirmed": record.checkins_confirmed,
        "checkins_missed": record.checkins_missed,
        "checkins_without_code": record.checkins_without_code,
        "help_used": help_count(session),
        "end_reason": session.end_reason,
        "sitter_name": None if sitter is None else sitter.sitter_name,
        "sitter_relationship": None if sitter is None else sitter.relationship,
    }


def sessions(data: ExportData, times: LocalTimes) -> list[Row]:
    return [_session_row(item, times) for item in _sessions(data)]


def checklist_answers(data: ExportData, times: LocalTimes) -> list[Row]:
    rows: list[Row] = []
    for item in _sessions(data):
        checklist = {question.id: question for question in build_checklist(item.record.session.plan)}
        order = {item_id: index for index, item_id in enumerate(checklist)}
        answers = sorted(item.answers, key=lambda pair: (order.get(pair[0], len(order)), pair[0]))
        for item_id, answer in answers:
            question = checklist.get(item_id)
            kind: str | None
            text: str | None
            blocking: bool | None
            if item_id == VITALS_ID:
                kind, text, blocking = ItemKind.CAUTION.value, VITALS_QUESTION, True
            elif question is not None:
                kind, text, blocking = question.kind.value, question.question, question.blocking_answer
            else:  # a question this care plan no longer asks
                kind, text, blocking = None, None, None
            rows.append({
                "session_id": item.id,
                "item_id": item_id,
                "kind": kind,
                "question": text,
                "answer": answer.value,
                "blocking_answer": blocking,
                "acknowledged": answer.acknowledged,
                "medicine_categories": ";".join(category.value for category in answer.categories),
                "names": answer.names.strip(),
                "answered_at": times.iso(answer.answered_at),
                "local_date": times.date(answer.answered_at),
                "local_time": times.clock(answer.answered_at),
            })
    return rows


def vitals(data: ExportData, times: LocalTimes) -> list[Row]:
    rows: list[Row] = []
    for item in _sessions(data):
        dose_at = item.record.session.dose_at
        for reading in item.vitals:
            has_hr, has_spo2 = reading.heart_rate is not None, reading.spo2 is not None
            rows.append({
                "session_id": item.id,
                "reading_id": reading.id,
                "kind": reading.kind,
                "measured_at": times.iso(reading.measured_at),
                "local_date": times.date(reading.measured_at),
                "local_time": times.clock(reading.measured_at),
                "minutes_after_dose": minutes_after(dose_at, reading.measured_at),
                "systolic": reading.bp.systolic,
                "diastolic": reading.bp.diastolic,
                "bp_unit": MM_HG,
                "systolic_loinc": LOINC_SYSTOLIC,
                "diastolic_loinc": LOINC_DIASTOLIC,
                "heart_rate": reading.heart_rate,
                "heart_rate_unit": HR_UNIT if has_hr else None,
                "heart_rate_loinc": LOINC_HEART_RATE if has_hr else None,
                "spo2": reading.spo2,
                "spo2_unit": SPO2_UNIT if has_spo2 else None,
                "spo2_loinc": LOINC_SPO2 if has_spo2 else None,
            })
    return rows


def sitter_checkins(data: ExportData, times: LocalTimes) -> list[Row]:
    rows: list[Row] = []
    for item in _sessions(data):
        session = item.record.session
        events = [e for e in session.events if isinstance(e, CheckinConfirmed | CheckinMissed)]
        for event in sorted(events, key=lambda e: (e.due_at, e.at)):
            confirmed = isinstance(event, CheckinConfirmed)
            rows.append({
                "session_id": item.id,
                "due_at": times.iso(event.due_at),
                "local_date": times.date(event.due_at),
                "local_time": times.clock(event.due_at),
                "recorded_at": times.iso(event.at),
                "minutes_after_dose": minutes_after(session.dose_at, event.due_at),
                "status": "confirmed" if confirmed else "missed",
                "all_well": event.all_well if isinstance(event, CheckinConfirmed) else None,
                "without_code": event.without_code if isinstance(event, CheckinConfirmed) else None,
                "very_sleepy": event.very_sleepy if isinstance(event, CheckinConfirmed) else None,
                "detached": event.detached if isinstance(event, CheckinConfirmed) else None,
                "slow_breathing": event.slow_breathing if isinstance(event, CheckinConfirmed) else None,
            })
    return rows
