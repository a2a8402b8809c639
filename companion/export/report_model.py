"""The clinician's report as data (DESIGN.md §6): what report.pdf shows, in the order it shows it.

:func:`build_report` turns one :class:`~companion.export.export_data.ExportData` into a
:class:`Report` of frozen dataclasses: the header, needs attention (every flag of the period, most
severe first), the scores, the session summary (page 1); the charts' series (page 2); the session
record, one row per session in the shape of the Spravato REMS patient monitoring form (DESIGN.md §3);
and the appendix. It is Qt-free and deterministic (the same data gives an equal report), so it can be
compared in tests; the PDF painter (``companion.ui.export.report_pdf``) only lays it out.

Times stay aware datetimes as recorded; the painter shows them in the patient's local time. Texts
that come from the core (flag sentences, plan labels, scoring rules) are English for now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from companion.domain.flags import FlagRule, Severity
from companion.export.export_data import Section
from companion.export.report_appendix import Appendix, build_appendix
from companion.export.report_scores import ScoreLine, build_score_series, build_scores
from companion.export.report_series import ReportCharts, build_charts, session_moment
from companion.export.report_summary import SessionOverview, build_overview

if TYPE_CHECKING:
    from companion.domain.care_plan import Route
    from companion.domain.session_record import SessionMonitoringRecord
    from companion.export.export_data import ExportData, ExportPeriod
    from companion.storage.attention import FlagView

UNNAMED_PATIENT = "the patient"


@dataclass(frozen=True)
class ReportHeader:
    patient: str  # as the patient chose to be named, or "the patient"
    named: bool
    period: ExportPeriod
    generated_at: datetime  # aware, with the patient's UTC offset
    app_version: str
    export_id: str
    key_fingerprint: str  # as `ssh-keygen -l` prints it
    left_out: tuple[Section, ...]  # sections the patient chose not to include
    journal_included: bool
    medication: str | None  # the plan in force: medication name
    dose_mg: float | None
    route: Route | None
    clinician: str  # the plan's clinician's name ("" when not filled in)


@dataclass(frozen=True)
class AttentionItem:
    severity: Severity
    rule: FlagRule
    title: str
    raised_at: datetime
    text: str  # the flag engine's sentence
    discussed_at: datetime | None  # marked "discussed with my clinician" by the patient; None: open
    session_number: int | None  # the row in the session record the flag is about, if any

    @property
    def is_open(self) -> bool:
        return self.discussed_at is None


@dataclass(frozen=True)
class RecordRow:
    """One session of the period in the Spravato REMS monitoring form's shape (DESIGN.md §3)."""

    number: int  # 1 for the period's first session
    session_id: int
    at: datetime | None  # the dose, or the session's start when there was no dose
    record: SessionMonitoringRecord
    not_started_reason: str | None  # why a session stopped before the dose
    flag_rules: tuple[FlagRule, ...]  # the needs-attention flags about this session, most severe first

    @property
    def flags(self) -> int:
        return len(self.flag_rules)


@dataclass(frozen=True)
class Report:
    header: ReportHeader
    attention: tuple[AttentionItem, ...]
    scores: tuple[ScoreLine, ...]
    summary: SessionOverview
    charts: ReportCharts
    record: tuple[RecordRow, ...]
    appendix: Appendix

    @property
    def open_flags(self) -> int:
        return sum(1 for item in self.attention if item.is_open)

    def severity_counts(self) -> dict[Severity, int]:
        """Flags per severity, most severe first (severities with none left out)."""
        counts = {severity: 0 for severity in Severity}
        for item in self.attention:
            counts[item.severity] += 1
        return {severity: count for severity, count in counts.items() if count}


def _attention_order(view: FlagView) -> tuple[int, bool, float, str]:
    """Most severe first; within a severity the open ones first, then the newest."""
    flag = view.flag
    return flag.severity.rank, not view.is_open, -flag.raised_at.timestamp(), flag.key


def _attention(flags: tuple[FlagView, ...], numbers: dict[int, int]) -> tuple[AttentionItem, ...]:
    items: list[AttentionItem] = []
    for view in sorted(flags, key=_attention_order):
        flag = view.flag
        number = None if view.session_id is None else numbers.get(view.session_id)
        items.append(AttentionItem(flag.severity, flag.rule, flag.title, flag.raised_at, flag.text,
                                   view.discussed_at, number))
    return tuple(items)


def _header(data: ExportData) -> ReportHeader:
    name = data.patient_name.strip()
    plan = None if data.care_plan is None else data.care_plan.plan
    left_out = tuple(section for section in Section if section not in data.options.sections)
    return ReportHeader(
        patient=name or UNNAMED_PATIENT, named=bool(name), period=data.period, generated_at=data.generated_at,
        app_version=data.app_version, export_id=data.export_id, key_fingerprint=data.key_fingerprint,
        left_out=left_out, journal_included=data.options.include_journal and Section.JOURNAL not in left_out,
        medication=None if plan is None else plan.medication_name,
        dose_mg=None if plan is None or plan.dose_mg <= 0 else plan.dose_mg,
        route=None if plan is None else plan.route,
        clinician="" if plan is None else plan.clinician_name.strip(),
    )


def build_report(data: ExportData) -> Report:
    """The report of ``data``; an empty period gives a report that says so in each section."""
    sessions = data.sessions
    numbers = {session.id: index for index, session in enumerate(sessions, start=1)}
    moments = {session.id: session_moment(session) for session in sessions}
    session_flags: dict[int, list[FlagRule]] = {}
    for view in sorted(data.flags, key=_attention_order):
        if view.session_id is not None:
            session_flags.setdefault(view.session_id, []).append(view.flag.rule)
    questionnaires = tuple(sorted(data.questionnaires, key=lambda record: (record.completed_at, record.id)))
    scores = build_scores(questionnaires, data.baseline_questionnaires)
    plan = None if data.care_plan is None else data.care_plan.plan
    rows = tuple(
        RecordRow(numbers[s.id], s.id, moments[s.id], s.monitoring,
                  s.record.session.end_reason if s.monitoring.dose_at is None else None,
                  tuple(session_flags.get(s.id, ())))
        for s in sessions
    )
    return Report(
        header=_header(data),
        attention=_attention(data.flags, numbers),
        scores=scores,
        summary=build_overview(sessions, plan, data.period, data.generated_at.date(), numbers,
                               data.care_plan_since),
        charts=build_charts(sessions, build_score_series(questionnaires, scores), plan,
                            data.period.bounds(data.generated_at.tzinfo)),
        record=rows,
        appendix=build_appendix(sessions, numbers, moments, questionnaires, data.journal, data.care_plan),
    )
