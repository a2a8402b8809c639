"""Everything one export holds, gathered once from the vault (DESIGN.md §6).

The report model, the CSV tables and the FHIR bundle are all built from one :class:`ExportData`, so
they cannot disagree with each other, and it is gathered through the same read models that Today
and History show (``companion.services``), so the export cannot disagree with the app.  Plain frozen
data: the storage layer's records, the domain's session record, and a few small types of its own.

Times are aware; ``generated_at`` carries the patient's UTC offset (the report shows it).  Journal
entries are here only when the patient shared them *and* chose to include them in this export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.domain.checklist import Answer
    from companion.domain.session_record import SessionMonitoringRecord
    from companion.storage.attention import FlagView
    from companion.storage.care_plans import CarePlanRecord
    from companion.storage.checkins import DailyMoodRecord, NextDayCheckinRecord, PostSessionLogRecord
    from companion.storage.journal import JournalEntry
    from companion.storage.questionnaires import QuestionnaireRecord
    from companion.storage.sessions import BaselineRecord, SessionRecord, VitalSignsRecord

EXPORT_FORMAT_VERSION = 1


class Section(StrEnum):
    """What the patient may leave out of an export. Needs-attention flags are always in (safety)."""

    SESSIONS = "sessions"  # the session record, vitals, checklist, check-ins
    QUESTIONNAIRES = "questionnaires"  # PHQ-9, GAD-7, PCL-5 with item answers
    CHECKINS = "checkins"  # post-session logs (mood, side effects), next-day check-ins, daily mood
    JOURNAL = "journal"  # shared entries, only with include_journal


ALL_SECTIONS = frozenset(Section)


@dataclass(frozen=True)
class ExportPeriod:
    """Local calendar days ``start``..``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError("the period starts after it ends")

    def bounds(self, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
        """The aware instants [from, before) of the period, its days in ``tz`` (default: local)."""
        if tz is None:
            start = datetime.combine(self.start, time.min).astimezone()
            before = datetime.combine(self.end + timedelta(days=1), time.min).astimezone()
        else:
            start = datetime.combine(self.start, time.min, tz)
            before = datetime.combine(self.end + timedelta(days=1), time.min, tz)
        return start, before

    def contains(self, moment: datetime, tz: tzinfo | None = None) -> bool:
        """Whether ``moment`` (aware, in any zone) falls on one of the period's days in ``tz``
        (default: the local zone — stored times are UTC, the patient's days are local)."""
        start, before = self.bounds(tz)
        return start <= moment < before


@dataclass(frozen=True)
class ExportOptions:
    period: ExportPeriod
    sections: frozenset[Section] = ALL_SECTIONS
    include_journal: bool = False  # shared entries leave only when the patient opts in, per export
    patient_name: str = ""  # as the patient chooses to be named on the report ("" → "the patient")


@dataclass(frozen=True)
class ExportSession:
    """One session of the period with everything recorded about it."""

    record: SessionRecord  # id, care-plan id, the session (its own plan, events)
    monitoring: SessionMonitoringRecord  # the Spravato REMS-form record (DESIGN.md §3)
    vitals: tuple[VitalSignsRecord, ...]  # every reading, oldest first
    answers: tuple[tuple[str, Answer], ...]  # the latest checklist answer to each item, by item id
    baseline: BaselineRecord | None = None
    post_session_log: PostSessionLogRecord | None = None
    next_day: NextDayCheckinRecord | None = None

    @property
    def id(self) -> int:
        return self.record.id


@dataclass(frozen=True)
class ExportData:
    export_id: str  # short random id, also in the folder name: companion-export-<YYYYMMDD>-<id>
    generated_at: datetime  # aware, in the patient's local offset
    app_version: str
    key_fingerprint: str  # the patient's signing key, as `ssh-keygen -l` prints it (SHA256:…)
    options: ExportOptions
    care_plan: CarePlanRecord | None  # the plan in force at generated_at
    # The local day the first care plan was set: no session was planned before it (page 1 counts from it).
    care_plan_since: date | None = None
    sessions: tuple[ExportSession, ...] = ()  # oldest first
    questionnaires: tuple[QuestionnaireRecord, ...] = ()  # oldest first
    daily_moods: tuple[DailyMoodRecord, ...] = ()  # oldest first
    flags: tuple[FlagView, ...] = ()  # every flag raised in the period, most severe first
    journal: tuple[JournalEntry, ...] = ()  # shared and opted in; oldest first
    # The first questionnaire of each instrument ever (maybe before the period): the baseline that
    # change, response and remission are measured from (DESIGN.md §3).
    baseline_questionnaires: tuple[QuestionnaireRecord, ...] = ()

    @property
    def period(self) -> ExportPeriod:
        return self.options.period

    @property
    def patient_name(self) -> str:
        return self.options.patient_name

    def has_data(self) -> bool:
        parts: Sequence[Sequence[object]] = (self.sessions, self.questionnaires, self.daily_moods,
                                             self.journal)
        return any(parts)
