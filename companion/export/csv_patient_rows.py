"""Rows of the patient-reported tables: questionnaire_items, scores, mood_ratings, side_effects, flags,
journal (see :mod:`companion.export.csv_session_rows` for the session tables)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from companion.domain.instrument_texts import text_for
from companion.domain.instruments import Instrument, definition, progress
from companion.export.export_common import (
    PHQ9_DIFFICULTY_ANSWER_LOINC,
    SEVERITY_SNOMED,
    LocalTimes,
    included,
)
from companion.export.export_data import ExportData, Section
from companion.storage.checkins import SIDE_EFFECT_LABELS
from companion.storage.journal import JournalEntry
from companion.storage.questionnaires import QuestionnaireRecord

Cell = str | int | float | bool | None
Row = dict[str, Cell]


def _questionnaires(data: ExportData) -> tuple[QuestionnaireRecord, ...]:
    return data.questionnaires if included(data, Section.QUESTIONNAIRES) else ()


def _when(prefix: str, times: LocalTimes, moment: datetime) -> Row:
    """The time column ``prefix`` with the local date and time beside it."""
    return {prefix: times.iso(moment), "local_date": times.date(moment), "local_time": times.clock(moment)}


def questionnaire_items(data: ExportData, times: LocalTimes) -> list[Row]:
    rows: list[Row] = []
    for record in _questionnaires(data):
        spec, texts = definition(record.instrument), text_for(record.instrument)
        common: Row = {"questionnaire_id": record.id, "instrument": record.instrument.value,
                       **_when("completed_at", times, record.completed_at)}
        for index, value in enumerate(record.score.answers):
            rows.append({
                **common,
                "item_number": index + 1,
                "item_loinc": spec.item_loinc[index] if spec.item_loinc else None,
                "question": texts.items[index],
                "answer_value": value,
                "answer_loinc": spec.answer_loinc[value] if spec.answer_loinc else None,
                "answer_text": texts.answers[value],
            })
        difficulty = record.score.difficulty
        if difficulty is not None and texts.difficulty_question is not None:
            rows.append({
                **common,
                "item_number": None,
                "item_loinc": spec.difficulty_loinc,
                "question": texts.difficulty_question,
                "answer_value": difficulty,
                "answer_loinc": PHQ9_DIFFICULTY_ANSWER_LOINC[difficulty],
                "answer_text": texts.difficulty_answers[difficulty],
            })
    return rows


def _baselines(data: ExportData) -> dict[Instrument, QuestionnaireRecord]:
    """The first questionnaire of each instrument: the given baselines, else the first in the period."""
    found: dict[Instrument, QuestionnaireRecord] = {}
    for record in (*data.baseline_questionnaires, *data.questionnaires):
        current = found.get(record.instrument)
        if current is None or (record.completed_at, record.id) < (current.completed_at, current.id):
            found[record.instrument] = record
    return found


def scores(data: ExportData, times: LocalTimes) -> list[Row]:
    baselines = _baselines(data)
    rows: list[Row] = []
    for record in _questionnaires(data):
        spec, texts, score = definition(record.instrument), text_for(record.instrument), record.score
        baseline = baselines[record.instrument]
        change = progress(record.instrument, baseline.score.total, score.total)
        rows.append({
            "questionnaire_id": record.id,
            "instrument": record.instrument.value,
            **_when("completed_at", times, record.completed_at),
            "recall_period": texts.recall_period,
            "panel_loinc": spec.loinc_panel,
            "total": score.total,
            "total_loinc": spec.loinc_total,
            "total_max": spec.total_max,
            "band": score.band.value,
            "band_label": score.band.label,
            "item9": score.item9,
            "difficulty": score.difficulty,
            "baseline_questionnaire_id": baseline.id,
            "baseline_total": baseline.score.total,
            "change_from_baseline": score.total - baseline.score.total,
            "percent_change": change.percent_change,
            "response": change.response,
            "remission": change.remission,
        })
    return rows


def _mood_row(source: str, **values: Cell) -> Row:
    row: Row = dict.fromkeys(
        ("session_id", "record_id", "at", "local_date", "local_time", "recorded_at", "first_recorded_at",
         "mood", "anxiety", "energy", "peak_intensity", "sleep_quality", "skipped", "version", "late_edit",
         "note", "lingering"))
    row["source"] = source
    row.update(values)
    return row


def mood_ratings(data: ExportData, times: LocalTimes) -> list[Row]:
    rows: list[Row] = []
    if not included(data, Section.CHECKINS):
        return rows
    for item in data.sessions:
        session = item.record.session
        if item.baseline is not None:
            base = item.baseline
            rows.append(_mood_row(
                "session_before", session_id=item.id, record_id=item.id,
                **_when("at", times, base.recorded_at),
                recorded_at=times.iso(base.recorded_at), first_recorded_at=times.iso(base.recorded_at),
                mood=base.mood, anxiety=base.anxiety, note=base.intention))
        if item.post_session_log is not None:
            log = item.post_session_log
            about = session.ended_at if session.ended_at is not None else log.created_at
            rows.append(_mood_row(
                "session_after", session_id=item.id, record_id=log.id, **_when("at", times, about),
                recorded_at=times.iso(log.updated_at), first_recorded_at=times.iso(log.created_at),
                mood=log.log.mood, anxiety=log.log.anxiety, energy=log.log.energy,
                peak_intensity=log.log.peak_intensity, version=log.version, late_edit=log.late_edit,
                note=log.log.note or None))
        if item.next_day is not None:
            day = item.next_day
            rows.append(_mood_row(
                "next_day", session_id=item.id, record_id=day.id, **_when("at", times, day.recorded_at),
                recorded_at=times.iso(day.recorded_at), first_recorded_at=times.iso(day.recorded_at),
                mood=day.mood, sleep_quality=day.sleep_quality, skipped=day.skipped, note=day.stood_out,
                lingering=day.lingering))
    for mood in data.daily_moods:
        rows.append(_mood_row(
            "daily", record_id=mood.id, **_when("at", times, mood.recorded_at),
            recorded_at=times.iso(mood.recorded_at), first_recorded_at=times.iso(mood.recorded_at),
            mood=mood.mood, note=mood.note))
    return rows


def side_effects(data: ExportData, times: LocalTimes) -> list[Row]:
    rows: list[Row] = []
    if not included(data, Section.CHECKINS):
        return rows
    for item in data.sessions:
        record = item.post_session_log
        if record is None:
            continue
        ended = item.record.session.ended_at
        about = ended if ended is not None else record.created_at
        for effect, severity in record.log.reported_side_effects.items():
            named = record.log.other_text if effect == "other" and record.log.other_text else None
            rows.append({
                "session_id": item.id,
                "log_id": record.id,
                "effect": effect,
                "effect_label": named or SIDE_EFFECT_LABELS[effect],
                "severity": severity,
                "severity_snomed": SEVERITY_SNOMED[severity][0],
                **_when("at", times, about),
                "recorded_at": times.iso(record.updated_at),
                "version": record.version,
                "late_edit": record.late_edit,
            })
    return rows


def flags(data: ExportData, times: LocalTimes) -> list[Row]:
    rows: list[Row] = []
    for view in data.flags:  # always in: safety
        flag = view.flag
        rows.append({
            "flag_key": flag.key,
            "rule": flag.rule.value,
            "severity": flag.severity.value,
            "title": flag.title,
            "text": flag.text,
            "record_kind": flag.record_kind,
            "record_id": flag.record_id,
            "session_id": view.session_id,
            **_when("raised_at", times, flag.raised_at),
            "status": "open" if view.is_open else "discussed",
            "discussed_at": times.iso(view.discussed_at),
        })
    return rows


def journal(entries: Sequence[JournalEntry], times: LocalTimes) -> list[Row]:
    rows: list[Row] = []
    for entry in entries:
        content = entry.content
        rows.append({
            "entry_id": entry.id,
            **_when("created_at", times, entry.created_at),
            "edited_at": times.iso(entry.edited_at),
            "version": entry.version,
            "title": content.title,
            "body": content.body,
            "tags": ";".join(content.tags),
            "mood": content.mood,
            "session_id": content.session_id,
            "session_link": None if content.session_link is None else content.session_link.value,
        })
    return rows
