"""What the clinician's desk shows of one verified export, as plain frozen data (no Qt, no FHIR library).

Read from the export's ``fhir/bundle.json`` and ``care-plan.json`` by
:func:`companion.desk.export_reading.read_export`; merged over several exports of one patient by
:func:`companion.desk.timeline.merge_exports`.

**Stable keys.**  Every record carries ``key``, the same string in every export of the same patient,
so that two exports of overlapping periods can be merged without duplicates.  It is the record's
identifier in the bundle (system ``…/record-id``, value ``<key fingerprint>/<kind>/<app id>``)
without the fingerprint: ``session/12``, ``questionnaire/40``, ``flag/urgent_bp:session:12``,
``daily-mood/7``.  The app id is the vault's own row id (or, for a flag, its rule and the record it
is about), which never changes once written, so the generator already makes these stable across
exports; uuid ``fullUrl`` s are not (they are derived from the export id).  Two kinds are the desk's
own, derived from a stable identifier: a session's mood before and after is ``mood/<session id>``
(it joins two resources), and a vital-signs reading is ``vitals/<session id>-<reading id>`` (it
joins the BP, heart-rate and SpO2 Observations that share that key).

Times are aware, in the patient's UTC offset as the export wrote them; ``date`` properties are the
patient's local calendar day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from companion.domain.care_plan import CarePlan, Route
from companion.domain.checklist import MedicineCategory
from companion.domain.flags import Severity
from companion.domain.instruments import Instrument, SeverityBand
from companion.domain.session import SessionState
from companion.domain.vitals import BloodPressure
from companion.export.export_data import ExportPeriod

RecordKey = str  # "<kind>/<app id>": the same in every export of one patient (see the module's docstring)


@dataclass(frozen=True)
class DeskFlag:
    """A needs-attention flag as the patient's app raised it."""

    key: RecordKey
    rule: str  # the rule id (companion.domain.flags.FlagRule's value; a newer app may have more)
    severity: Severity
    title: str  # the rule's short name
    sentence: str  # what happened, in plain language
    raised_at: datetime
    discussed_at: datetime | None  # when the patient marked it "discussed with my clinician"
    session_key: RecordKey | None  # the session it is about, when that session is in the export

    @property
    def is_open(self) -> bool:
        return self.discussed_at is None

    @property
    def date(self) -> date:
        return self.raised_at.date()


def flag_order(flag: DeskFlag) -> tuple[int, float, RecordKey]:
    """Most severe first, then newest: the order of the patient's app (companion.domain.flags)."""
    return flag.severity.rank, -flag.raised_at.timestamp(), flag.key


@dataclass(frozen=True)
class ScoreTotal:
    """One completed questionnaire's total and its severity band: a point of a score chart."""

    key: RecordKey
    instrument: Instrument
    completed_at: datetime
    total: int
    band: SeverityBand

    @property
    def band_label(self) -> str:
        return self.band.label

    @property
    def date(self) -> date:
        return self.completed_at.date()


@dataclass(frozen=True)
class VitalReading:
    """One blood-pressure reading of a session, with the heart rate and SpO2 taken with it."""

    key: RecordKey
    kind: str  # "pre_dose", "recheck" or "final"
    measured_at: datetime
    bp: BloodPressure
    heart_rate: int | None
    spo2: int | None


@dataclass(frozen=True)
class SideEffect:
    effect: str  # the app's code ("nausea", …, "other")
    label: str  # as the patient named it ("other" carries their words)
    severity: str  # "mild", "moderate" or "severe"


@dataclass(frozen=True)
class DeskSession:
    """One session: the session record (after the Spravato REMS monitoring form) and its readings.

    None means "not recorded" (or not reached); a session abandoned before the dose has no
    medication, dose or route."""

    key: RecordKey
    record_id: int  # the patient's app's session id
    state: SessionState
    at: datetime | None  # the dose, or when the session was begun when no dose was taken
    ended_at: datetime | None
    dose_at: datetime | None
    medication: str | None
    dose_mg: float | None
    route: Route | None
    lot_number: str | None
    sitter_name: str | None
    minutes_monitored: int | None
    minimum_monitoring_minutes: int | None  # the plan's minimum for this session
    ready_at: datetime | None  # the recovery check passed ("ready to be left")
    vitals_acceptable_before: bool | None
    vitals_acceptable_at_end: bool | None
    first_recheck_minutes: int | None  # the plan's first re-check time: bp_recheck's label
    bp_before: BloodPressure | None
    bp_recheck: BloodPressure | None
    bp_end: BloodPressure | None
    spo2_lowest: int | None
    sedation: bool | None  # very sleepy or hard to wake at a check-in
    dissociation: bool | None  # detached or confused at a check-in
    slow_breathing: bool | None
    other_medicines_taken: bool | None
    other_medicines: tuple[MedicineCategory, ...]
    other_medicine_names: str | None
    checkins_confirmed: int | None
    checkins_missed: int | None
    checkins_without_code: int | None
    help_used: int | None
    end_reason: str | None  # why it was ended early or abandoned
    readings: tuple[VitalReading, ...]  # in the order taken
    side_effects: tuple[SideEffect, ...]  # reported after the session (empty without that section)

    @property
    def date(self) -> date | None:
        return None if self.at is None else self.at.date()

    @property
    def ended_early(self) -> bool:
        return self.state is SessionState.ENDED_EARLY

    @property
    def bp_peak(self) -> BloodPressure | None:
        """The highest reading after the dose (re-checks and the end), as the report's summary has it."""
        after = [reading.bp for reading in self.readings if reading.kind != "pre_dose"]
        return max(after, key=lambda bp: (bp.systolic, bp.diastolic)) if after else None


def session_order(session: DeskSession) -> tuple[bool, float, int]:
    """Oldest first; a session with no time (none recorded) last."""
    return session.at is None, 0.0 if session.at is None else session.at.timestamp(), session.record_id


@dataclass(frozen=True)
class SessionMood:
    """Mood and anxiety (0-10) before a session and in the log after it."""

    key: RecordKey  # "mood/<session id>"
    session_key: RecordKey
    at: datetime  # the session's time (or, without the session, when the first rating was given)
    mood_before: int | None
    anxiety_before: int | None
    mood_after: int | None
    anxiety_after: int | None


@dataclass(frozen=True)
class DailyMood:
    key: RecordKey
    at: datetime
    mood: int  # 0-10
    note: str | None


@dataclass(frozen=True)
class PlanInExport:
    """The care plan in force when the export was made (``care-plan.json``)."""

    plan: CarePlan
    issued_by: str  # who issued it, or that the patient entered it
    in_force_since: datetime
    entered_by_patient: bool


@dataclass(frozen=True)
class DeskExport:
    """One verified export, as the desk shows it. Build it with ``read_export`` only."""

    export_id: str
    generated_at: datetime
    period: ExportPeriod
    patient_name: str  # as the patient chose to be named; "" when they gave no name
    key_fingerprint: str  # the key that signed it (SHA256:…), as verified
    app_version: str
    location: Path  # the export's folder or .zip
    is_zip: bool
    flags: tuple[DeskFlag, ...]  # most severe first, then newest
    scores: tuple[ScoreTotal, ...]  # oldest first
    sessions: tuple[DeskSession, ...]  # oldest first
    moods: tuple[SessionMood, ...]  # oldest first
    daily_moods: tuple[DailyMood, ...]  # oldest first
    care_plan: PlanInExport | None  # None: no care-plan.json (or it could not be read: see below)
    care_plan_problems: tuple[str, ...] = ()  # why care-plan.json could not be read, if it could not

    def scores_of(self, instrument: Instrument) -> tuple[ScoreTotal, ...]:
        return tuple(score for score in self.scores if score.instrument is instrument)

    @property
    def bp_readings(self) -> tuple[VitalReading, ...]:
        """Every reading of every session, oldest first (the BP chart)."""
        return tuple(reading for session in self.sessions for reading in session.readings)

    @property
    def session_days(self) -> tuple[date, ...]:
        """The days a dose was taken (the score charts mark them)."""
        return tuple(sorted({s.dose_at.date() for s in self.sessions if s.dose_at is not None}))
