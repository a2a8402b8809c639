"""The report's appendix: the detail behind page 1 (DESIGN.md §6).

Item answers of every questionnaire, the checklist answers of every session, the logs after each
session, shared journal entries ("shared by patient", only when the patient included them), the care
plan in force with every field, who issued it and, for a signed file, who signed it with which key,
and the scoring rules. The care plan's values (``domain.care_plan_changes.field_value_text``) and the
scoring rules are :class:`~companion.domain.texts.Text` sentences: English as a ``str``, the report's
language through ``core_text`` (``ui.export.report_appendix_html``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from companion.domain.care_plan import PLAN_FIELDS, CarePlan
from companion.domain.care_plan_changes import field_value_text
from companion.domain.care_plan_sources import source_of
from companion.domain.checklist import VITALS_ID, ItemKind, build_checklist
from companion.domain.flag_rules import GAD7_SEVERE_AT_LEAST, PHQ9_RISE_POINTS
from companion.domain.instrument_texts import text_for
from companion.domain.instruments import (
    PCL5_PROBABLE_PTSD_FROM,
    PHQ9_ITEM9_INDEX,
    REMISSION_BELOW,
    Instrument,
    SeverityBand,
    definition,
    response,
)
from companion.domain.journal import plain_text
from companion.domain.texts import QT_TRANSLATE_NOOP, Text, joined
from companion.export.report_scores import PHQ9_MID_POINTS
from companion.storage.checkins import SIDE_EFFECT_LABELS

if TYPE_CHECKING:
    from companion.domain.checklist import Answer
    from companion.export.export_data import ExportSession
    from companion.storage.care_plans import CarePlanRecord
    from companion.storage.journal import JournalEntry
    from companion.storage.questionnaires import QuestionnaireRecord

VITALS_QUESTION = "Blood pressure before the dose in the caution range: go ahead?"
DISCLAIMER = "Patient-reported, not clinically verified."
SHARED_LABEL = "shared by patient"


@dataclass(frozen=True)
class AnswerRow:
    at: datetime
    answers: tuple[int, ...]
    difficulty: int | None
    total: int
    band: SeverityBand


@dataclass(frozen=True)
class QuestionnaireAnswers:
    instrument: Instrument
    name: str
    # The published English wording; the PDF prints the report language's published version
    # (instrument_texts.text_for: the same items and answers in the same order), English where none is held.
    items: tuple[str, ...]  # numbered from 1 in the legend
    answers: tuple[str, ...]  # the answer scale, index = score
    rows: tuple[AnswerRow, ...]  # oldest first
    notice: str  # the notice the instrument's licence asks for with every display


@dataclass(frozen=True)
class ChecklistColumn:
    item_id: str
    question: str
    kind: ItemKind | None  # None for an answer to an item this plan no longer asks
    blocking_answer: bool | None


@dataclass(frozen=True)
class ChecklistRow:
    session_number: int
    at: datetime | None
    cells: tuple[Answer | None, ...]  # one per column; None: not answered


@dataclass(frozen=True)
class AfterSessionRow:
    session_number: int
    at: datetime | None
    mood_before: int | None
    mood_after: int | None
    anxiety_before: int | None
    anxiety_after: int | None
    energy: int | None
    peak_intensity: int | None
    side_effects: tuple[tuple[str, str], ...]  # (name, severity) above "none"
    late_edit: bool  # the log was changed more than 24 h after it was first saved
    next_day_skipped: bool | None  # None: no next-day check-in
    next_day_sleep: int | None
    next_day_mood: int | None


@dataclass(frozen=True)
class SharedEntry:
    created_at: datetime
    edited_at: datetime
    title: str
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]
    mood: int | None
    label: str = SHARED_LABEL


@dataclass(frozen=True)
class PlanFieldLine:
    name: str
    label: str
    value: Text  # field_value_text: English as a str, the report's language through core_text
    source: str  # where the field's default comes from


@dataclass(frozen=True)
class CarePlanInForce:
    set_at: datetime
    source: str  # "entered" (by the patient, in Settings) or "imported" (a clinician's care-plan file)
    issued_by: str | None  # who issued an imported file
    fields: tuple[PlanFieldLine, ...]
    signed_by: str | None = None  # who signed the imported file (its issuer, which the signature covers)
    signer_fingerprint: str | None = None  # "SHA256:…" of the key that signed it; None when not signed


@dataclass(frozen=True)
class Appendix:
    questionnaires: tuple[QuestionnaireAnswers, ...]
    checklist_columns: tuple[ChecklistColumn, ...]
    checklist_rows: tuple[ChecklistRow, ...]
    after_session: tuple[AfterSessionRow, ...]
    journal: tuple[SharedEntry, ...]  # empty unless the patient included shared entries
    care_plan: CarePlanInForce | None
    scoring_rules: tuple[Text, ...]  # sentences: English as a str, the report's language via core_text
    disclaimer: str = DISCLAIMER


def _questionnaires(records: Sequence[QuestionnaireRecord]) -> tuple[QuestionnaireAnswers, ...]:
    tables: list[QuestionnaireAnswers] = []
    for instrument in Instrument:
        rows = tuple(
            AnswerRow(r.completed_at, r.score.answers, r.score.difficulty, r.score.total, r.score.band)
            for r in sorted(records, key=lambda r: (r.completed_at, r.id)) if r.instrument is instrument
        )
        if rows:
            text = text_for(instrument)
            tables.append(QuestionnaireAnswers(instrument, definition(instrument).short_name, text.items,
                                               text.answers, rows, text.notice))
    return tuple(tables)


def _checklist_columns(plan: CarePlan | None,
                       sessions: Sequence[ExportSession]) -> tuple[ChecklistColumn, ...]:
    """The plan in force's questions in the order asked, then any only an older plan asked (a fasting
    question since switched off), the caution-range blood pressure, and unknown ids; only those answered."""
    columns: dict[str, ChecklistColumn] = {}
    for asked in (plan or CarePlan(), *(session.record.session.plan for session in sessions)):
        for item in build_checklist(asked):
            column = ChecklistColumn(item.id, item.question, item.kind, item.blocking_answer)
            columns.setdefault(item.id, column)
    columns[VITALS_ID] = ChecklistColumn(VITALS_ID, VITALS_QUESTION, ItemKind.CAUTION, True)
    answered = {item_id for session in sessions for item_id, _ in session.answers}
    for item_id in sorted(answered - set(columns)):
        columns[item_id] = ChecklistColumn(item_id, item_id.replace("_", " "), None, None)
    return tuple(column for column in columns.values() if column.item_id in answered)


def _after_session(session: ExportSession, number: int, at: datetime | None) -> AfterSessionRow | None:
    log, baseline, next_day = session.post_session_log, session.baseline, session.next_day
    if log is None and baseline is None and next_day is None:
        return None
    effects: tuple[tuple[str, str], ...] = ()
    if log is not None:
        effects = tuple((log.log.other_text if name == "other" and log.log.other_text
                         else SIDE_EFFECT_LABELS[name], severity)
                        for name, severity in log.log.reported_side_effects.items())
    return AfterSessionRow(
        number, at,
        None if baseline is None else baseline.mood, None if log is None else log.log.mood,
        None if baseline is None else baseline.anxiety, None if log is None else log.log.anxiety,
        None if log is None else log.log.energy, None if log is None else log.log.peak_intensity,
        effects, log is not None and log.late_edit,
        None if next_day is None else next_day.skipped,
        None if next_day is None else next_day.sleep_quality, None if next_day is None else next_day.mood,
    )


def _journal(entries: Sequence[JournalEntry]) -> tuple[SharedEntry, ...]:
    shared = [entry for entry in entries if entry.shared and entry.trashed_at is None]
    return tuple(
        SharedEntry(entry.created_at, entry.edited_at, entry.content.title,
                    tuple(p for p in (plain_text(block) for block in entry.content.body.split("\n\n")) if p),
                    entry.content.tags, entry.content.mood)
        for entry in sorted(shared, key=lambda entry: (entry.created_at, entry.id))
    )


def _care_plan(record: CarePlanRecord | None) -> CarePlanInForce | None:
    if record is None:
        return None
    lines = tuple(
        PlanFieldLine(spec.name, spec.label, field_value_text(spec, getattr(record.plan, spec.name)),
                      source_of(spec.name).short)
        for spec in PLAN_FIELDS
    )
    return CarePlanInForce(record.set_at, record.source, record.issued_by, lines,
                           signed_by=record.signed_by, signer_fingerprint=record.signer_fingerprint)


def _lower_first(label: str) -> str:
    """"Moderately severe" → "moderately severe"; "Below the PTSD cut-off" keeps its PTSD."""
    return label[:1].lower() + label[1:]


# The rules are sentences of the ``ScoringRules`` context with their numbers as arguments, each number
# from the constant the rule acts on; ``core_text`` shows them in the report's language.
# The bands in the words the report's tables use (``report_format.band_text``, the same "Report" messages).
_BAND_WORDS: Mapping[SeverityBand, Text] = {
    SeverityBand.MINIMAL: QT_TRANSLATE_NOOP("Report", "minimal"),
    SeverityBand.MILD: QT_TRANSLATE_NOOP("Report", "mild"),
    SeverityBand.MODERATE: QT_TRANSLATE_NOOP("Report", "moderate"),
    SeverityBand.MODERATELY_SEVERE: QT_TRANSLATE_NOOP("Report", "moderately severe"),
    SeverityBand.SEVERE: QT_TRANSLATE_NOOP("Report", "severe"),
    SeverityBand.BELOW_PTSD_CUTOFF: QT_TRANSLATE_NOOP("Report", "below the PTSD cut-off"),
    SeverityBand.PROBABLE_PTSD: QT_TRANSLATE_NOOP("Report", "probable PTSD"),
}
assert all(_BAND_WORDS[band] == _lower_first(band.label) for band in SeverityBand), "the bands' own labels"
# Each form's recall period, its published words (translated to the published Spanish where there is one).
_RECALL_PERIODS: Mapping[Instrument, Text] = {
    Instrument.PHQ9: QT_TRANSLATE_NOOP("ScoringRules", "the last 2 weeks"),
    Instrument.GAD7: QT_TRANSLATE_NOOP("ScoringRules", "the last 2 weeks"),
    Instrument.PCL5: QT_TRANSLATE_NOOP("ScoringRules", "the past month"),
}
assert all(_RECALL_PERIODS[form] == text_for(form).recall_period for form in Instrument), "the forms' words"
RESPONSE_PERCENT = 50  # instruments.response: a drop of at least half the baseline
assert response(100, 100 - RESPONSE_PERCENT) and not response(100, 100 - RESPONSE_PERCENT + 1)


def _instrument_rule(instrument: Instrument) -> Text:
    spec = definition(instrument)
    band = QT_TRANSLATE_NOOP("ScoringRules", "%1–%2 %3")
    bands = joined((band.arg(b.low, b.high, _BAND_WORDS[b.band]) for b in spec.bands), ", ")
    return QT_TRANSLATE_NOOP(
        "ScoringRules", "%1: %2 items scored %3–%4 over %5; total %6–%7: %8. Lower is better."
    ).arg(spec.short_name, spec.item_count, spec.answer_min, spec.answer_max, _RECALL_PERIODS[instrument],
          spec.item_count * spec.answer_min, spec.total_max, bands)


def scoring_rules() -> tuple[Text, ...]:
    """The rules behind every band, response, remission and flag in the report (DESIGN.md §3)."""
    phq9 = definition(Instrument.PHQ9)
    return (
        *(_instrument_rule(instrument) for instrument in Instrument),
        QT_TRANSLATE_NOOP("ScoringRules", "PCL-5: a total of %1 or more suggests probable PTSD.")
        .arg(PCL5_PROBABLE_PTSD_FROM),
        QT_TRANSLATE_NOOP("ScoringRules", "Baseline: the first questionnaire of each kind the patient "
                                          "completed in the app, even before this report's period. Change "
                                          "= latest − baseline (negative: better)."),
        QT_TRANSLATE_NOOP("ScoringRules", "Response: a PHQ-9 total at least %1 % below the baseline.")
        .arg(RESPONSE_PERCENT),
        QT_TRANSLATE_NOOP("ScoringRules", "Remission: a PHQ-9 total below %1.").arg(REMISSION_BELOW),
        QT_TRANSLATE_NOOP("ScoringRules", "Minimal important difference: a change of %1 points or more in "
                                          "the PHQ-9 total (dashed line on the chart, %1 points below the "
                                          "baseline).").arg(PHQ9_MID_POINTS),
        QT_TRANSLATE_NOOP("ScoringRules", "PHQ-9 question %1 (thoughts that you would be better off dead "
                                          "or of hurting yourself) answered above %2: an urgent flag and "
                                          "crisis resources shown at once, whatever the total.")
        .arg(PHQ9_ITEM9_INDEX + 1, phq9.answer_min),
        QT_TRANSLATE_NOOP("ScoringRules", "Also flagged: a PHQ-9 rise of %1 points or more since the "
                                          "previous one; a GAD-7 of %2 or more.")
        .arg(PHQ9_RISE_POINTS, GAD7_SEVERE_AT_LEAST),
    )


def build_appendix(data_sessions: Sequence[ExportSession], numbers: dict[int, int],
                   moments: dict[int, datetime | None], questionnaires: Sequence[QuestionnaireRecord],
                   journal: Sequence[JournalEntry], care_plan: CarePlanRecord | None) -> Appendix:
    plan = None if care_plan is None else care_plan.plan
    columns = _checklist_columns(plan, data_sessions)
    rows = []
    for session in data_sessions:
        answers = dict(session.answers)
        if answers:
            rows.append(ChecklistRow(numbers[session.id], moments[session.id],
                                     tuple(answers.get(column.item_id) for column in columns)))
    after = [_after_session(s, numbers[s.id], moments[s.id]) for s in data_sessions]
    return Appendix(
        questionnaires=_questionnaires(questionnaires),
        checklist_columns=columns if rows else (),
        checklist_rows=tuple(rows),
        after_session=tuple(row for row in after if row is not None),
        journal=_journal(journal),
        care_plan=_care_plan(care_plan),
        scoring_rules=scoring_rules(),
    )
