"""What one export holds, gathered from the vault in one job (DESIGN.md §6), and its defaults.

:func:`gather_export_data` reads through the same repositories and flag engine as Today and History
(a session's detail is what History's session page shows; the flags are Today's), so the clinician
reads what the patient sees. The period is local calendar days (:meth:`ExportPeriod.bounds`); a
record belongs to the period by the moment it was made: a session by when it was started, a
questionnaire by when it was completed, a mood by when it was recorded, a journal entry by when it
was written, a flag by when its record raised it. Sections the patient left out stay empty; the
needs-attention flags are always in. Journal entries leave only when shared *and* opted in.

Runs on the database worker or the command line; never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from companion.domain.care_plan import CarePlan
from companion.domain.instruments import Instrument
from companion.export.export_data import ExportData, ExportOptions, ExportPeriod, ExportSession, Section
from companion.services.history import checklist_in_order
from companion.storage.attention import current_flags
from companion.storage.care_plans import CarePlanRepository
from companion.storage.checkins import CheckinRepository, DailyMoodRecord
from companion.storage.exports import ExportKind, ExportRecord, ExportRepository, first_record_at
from companion.storage.journal import JournalEntry, JournalRepository
from companion.storage.questionnaires import QuestionnaireRecord, QuestionnaireRepository
from companion.storage.sessions import SessionRepository

if TYPE_CHECKING:
    from companion.storage.vault import OpenVault


def gather_export_data(vault: OpenVault, options: ExportOptions, *, now: datetime, export_id: str,
                       app_version: str, key_fingerprint: str) -> ExportData:
    """Everything the export of ``options`` holds, as the vault has it at ``now`` (aware)."""
    database = vault.database
    start, before = options.period.bounds()
    sections = options.sections
    plans = CarePlanRepository(database)
    plan_record = plans.current()
    first_set = min((record.set_at for record in plans.history()), default=None)
    plan_since = None if first_set is None else first_set.astimezone(now.astimezone().tzinfo).date()
    questionnaires = QuestionnaireRepository(database)

    def in_period(moment: datetime) -> bool:
        return start <= moment < before

    sessions: tuple[ExportSession, ...] = ()
    if Section.SESSIONS in sections:
        sessions = _sessions(vault, in_period, with_checkins=Section.CHECKINS in sections)
    answered: tuple[QuestionnaireRecord, ...] = ()
    baselines: tuple[QuestionnaireRecord, ...] = ()
    if Section.QUESTIONNAIRES in sections:
        answered = tuple(record for record in questionnaires.history() if in_period(record.completed_at))
        baselines = tuple(first for instrument in Instrument
                          if (first := questionnaires.baseline(instrument)) is not None)
    moods: tuple[DailyMoodRecord, ...] = ()
    if Section.CHECKINS in sections:
        moods = tuple(mood for mood in CheckinRepository(database).daily_moods(since=start)
                      if mood.recorded_at < before)
    journal: tuple[JournalEntry, ...] = ()
    if Section.JOURNAL in sections and options.include_journal:
        journal = tuple(JournalRepository(database).shared_entries(start, before))
    # The same engine as Today and History; the plan only words the contact numbers in its sentences.
    plan = CarePlan() if plan_record is None else plan_record.plan
    # current_flags gives them most severe first (then newest, then by key); the filter keeps that order.
    flags = tuple(view for view in current_flags(database, plan, now) if in_period(view.flag.raised_at))
    return ExportData(
        export_id=export_id, generated_at=now.astimezone(), app_version=app_version,
        key_fingerprint=key_fingerprint, options=options, care_plan=plan_record, care_plan_since=plan_since,
        sessions=sessions,
        questionnaires=answered, daily_moods=moods, flags=flags, journal=journal,
        baseline_questionnaires=baselines,
    )


def _sessions(vault: OpenVault, in_period: Callable[[datetime], bool], *,
              with_checkins: bool) -> tuple[ExportSession, ...]:
    repository = SessionRepository(vault.database)
    checkins = CheckinRepository(vault.database)
    found: list[ExportSession] = []
    for summary in reversed(repository.list_sessions()):  # oldest first
        if not in_period(summary.created_at):
            continue
        record = repository.get(summary.id)
        found.append(ExportSession(
            record=record,
            monitoring=repository.session_record(summary.id),
            vitals=tuple(repository.vitals(summary.id)),
            answers=checklist_in_order(record.session, repository.checklist_answers(summary.id)),
            baseline=repository.baseline(summary.id),
            post_session_log=checkins.post_session_log(summary.id) if with_checkins else None,
            next_day=checkins.next_day_checkin(summary.id) if with_checkins else None,
        ))
    return tuple(found)


# --- defaults of the export page ----------------------------------------------------------------------


def default_period(vault: OpenVault, today: date) -> ExportPeriod:
    """Since the last export: from the day after the last export's period (or, before the first export,
    the first day with anything recorded, or else today) up to ``today``."""
    last = ExportRepository(vault.database).last_export()
    if last is not None:
        start = last.period_end + timedelta(days=1)
    else:
        first = first_record_at(vault.database)
        start = today if first is None else first.astimezone().date()
    return ExportPeriod(min(start, today), today)


def last_patient_name(vault: OpenVault) -> str:
    """The name the patient chose for their last export ("" before the first)."""
    last = ExportRepository(vault.database).last_export()
    return "" if last is None else last.patient_name


def remember_export(vault: OpenVault, data: ExportData, kind: ExportKind) -> ExportRecord:
    """Once an export is written: remember it, so the next one starts after its period."""
    return ExportRepository(vault.database).record_export(
        data.export_id, created_at=data.generated_at, period_start=data.period.start,
        period_end=data.period.end, patient_name=data.patient_name, kind=kind)
