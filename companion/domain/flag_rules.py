"""The needs-attention rules of DESIGN.md §3, one small pure function each, and the facts they read.

Each rule function takes :class:`FlagInputs` and returns :class:`Finding` records (which record raised
it, when, and a plain-language sentence). :mod:`companion.domain.flags` registers every function with
its rule id and severity and turns findings into flags; import from there.

Where each number comes from:

* Session rules use the care plan stored with the session (``Session.plan``), never the current one:
  a session is judged by the limits that applied to it. The current plan only supplies the contact
  numbers quoted in a sentence.
* Blood pressure after the dose is read from the session's own events (``BpRechecked`` and a
  ``Completed`` with final vitals), so the facts cannot disagree with the session. The pre-dose reading
  is not an event (it lives in the vault's vital signs) and is passed in :class:`SessionFacts`.
* A stored reading that :func:`vitals.check_plausible` refuses is never classified (as on screen).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from companion.domain.care_plan import FIELDS_BY_NAME, CarePlan
from companion.domain.checklist import VITALS_ID, build_checklist
from companion.domain.session import Session
from companion.domain.session_events import BpRechecked, ChecklistPassed, Completed, StartBlocked
from companion.domain.vitals import (
    BloodPressure,
    PreDoseVerdict,
    check_plausible,
    classify_pre_dose,
    is_urgent,
)

# A PHQ-9 total this many points above the previous PHQ-9 is flagged. Five points is the PHQ-9's
# minimal clinically important difference (Löwe et al., Med Care 2004). It is compared with the
# *previous* PHQ-9, not the baseline: the baseline comparison is already the response measure
# (≥ 50 % drop), and this rule is there to catch a recent worsening between two visits.
PHQ9_RISE_POINTS = 5
GAD7_SEVERE_AT_LEAST = 15  # the GAD-7's severe band (DESIGN.md §3)
PHQ9_ITEM9_LABEL = "thoughts that you would be better off dead, or of hurting yourself"
# An entry may be corrected freely for a day (issue 4: "editable for 24 h"); a later change is flagged.
EDIT_WINDOW = timedelta(hours=24)
# Not a clinical threshold: how long after the minimum monitoring time a dosed session may still
# honestly be running. After the minimum, a session goes on only while its recovery check keeps
# failing, and the longest minimum any care plan may set is 8 hours (care_plan.PLAN_FIELDS). A session
# still without an end one such span after its own minimum was left open, and is flagged.
NO_RECORDED_END_MARGIN = timedelta(minutes=FIELDS_BY_NAME["minimum_monitoring_minutes"].maximum)

RECORD_SESSION = "session"
RECORD_QUESTIONNAIRE = "questionnaire"
RECORD_ITEM9_ANSWER = "phq9_item9_answer"  # question 9 stored as soon as answered (form not finished)
RECORD_SIDE_EFFECT = "side_effect"

INSTRUMENTS = frozenset({"phq9", "gad7", "pcl5"})  # the values of instruments.Instrument
SIDE_EFFECT_SEVERITIES = ("none", "mild", "moderate", "severe")


def as_utc(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return value.astimezone(UTC)


# -- the facts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionFacts:
    """One stored session and its pre-dose reading (the vault's "pre_dose" vital signs, if taken)."""

    session_id: int
    session: Session
    pre_dose: BloodPressure | None = None
    pre_dose_heart_rate: int | None = None


@dataclass(frozen=True)
class QuestionnaireFact:
    """A scored questionnaire; ``item9`` is PHQ-9 item 9's answer (0–3), None for other instruments.

    ``item9_changed_from`` is the highest answer above 0 given to question 9 while the form was being
    filled in, when the finished form says 0: an answer above 0 was given, so the flag still stands.
    """

    record_id: int
    instrument: str  # "phq9" | "gad7" | "pcl5"
    completed_at: datetime
    total: int
    item9: int | None = None
    item9_changed_from: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "completed_at", as_utc(self.completed_at, "completed_at"))
        if self.instrument not in INSTRUMENTS:
            raise ValueError(f"instrument must be one of {sorted(INSTRUMENTS)}")


@dataclass(frozen=True)
class Item9AnswerFact:
    """PHQ-9 question 9 answered above 0 on a form that was never finished (stopped, locked, closed).

    Stored the moment it is answered, so the flag does not depend on the patient finishing the form;
    once the form is finished, its scored questionnaire speaks for it instead.
    """

    record_id: int
    answered_at: datetime
    value: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "answered_at", as_utc(self.answered_at, "answered_at"))
        if isinstance(self.value, bool) or not 1 <= self.value <= 3:
            raise ValueError("an item-9 answer above 0 is 1, 2 or 3")


@dataclass(frozen=True)
class SideEffectFact:
    """One side effect from a post-session log; ``effect`` is its name as shown to people."""

    record_id: int
    session_id: int | None
    reported_at: datetime
    effect: str
    severity: str  # "none" | "mild" | "moderate" | "severe"

    def __post_init__(self) -> None:
        object.__setattr__(self, "reported_at", as_utc(self.reported_at, "reported_at"))
        if self.severity not in SIDE_EFFECT_SEVERITIES:
            raise ValueError(f"severity must be one of {SIDE_EFFECT_SEVERITIES}")


@dataclass(frozen=True)
class EditFact:
    """One change to a stored entry. Several changes to one record give one flag; give each kept
    version its own ``record_id`` if each late version should be flagged on its own."""

    record_kind: str
    record_id: int
    created_at: datetime
    edited_at: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "created_at", as_utc(self.created_at, "created_at"))
        object.__setattr__(self, "edited_at", as_utc(self.edited_at, "edited_at"))


@dataclass(frozen=True)
class FlagInputs:
    plan: CarePlan  # the current care plan: contact numbers only (see the module docstring)
    sessions: tuple[SessionFacts, ...]
    questionnaires: tuple[QuestionnaireFact, ...]
    side_effects: tuple[SideEffectFact, ...]
    edits: tuple[EditFact, ...]
    unfinished_item9: tuple[Item9AnswerFact, ...]
    now: datetime


@dataclass(frozen=True)
class Finding:
    """What a rule found: the record that raised it, when, and the sentence for people."""

    record_kind: str
    record_id: int
    raised_at: datetime
    text: str


# -- small helpers ---------------------------------------------------------------------------------


def _minutes_after_dose(session: Session, at: datetime) -> int:
    assert session.dose_at is not None
    return int((at - session.dose_at).total_seconds() // 60)


def _join(parts: list[str]) -> str:
    """["a"] -> "a"; ["a", "b", "c"] -> "a, b and c"."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _plausible(bp: BloodPressure | None) -> BloodPressure | None:
    return bp if bp is not None and not check_plausible(bp.systolic, bp.diastolic) else None


def _readings_after_dose(session: Session) -> list[tuple[datetime, BloodPressure]]:
    readings: list[tuple[datetime, BloodPressure]] = []
    for event in session.events:
        if not isinstance(event, BpRechecked | Completed):
            continue
        if event.systolic is not None and event.diastolic is not None:  # a Completed may have no vitals
            readings.append((event.at, BloodPressure(event.systolic, event.diastolic)))
    return readings


def _checklist_passed(session: Session) -> ChecklistPassed | None:
    return next((e for e in session.events if isinstance(e, ChecklistPassed)), None)


def _clinician(plan: CarePlan) -> str:
    name = plan.clinician_name.strip() or "your clinician"
    phone = plan.clinician_phone.strip()
    return f"{name} ({phone})" if phone else name


def _phq9s(inputs: FlagInputs) -> list[QuestionnaireFact]:
    facts = [q for q in inputs.questionnaires if q.instrument == "phq9"]
    return sorted(facts, key=lambda q: (q.completed_at, q.record_id))


# -- questionnaires --------------------------------------------------------------------------------


def phq9_item9_above_zero(inputs: FlagInputs) -> list[Finding]:
    plan = inputs.plan
    advice = (f"Please tell {_clinician(plan)}. If you might act on these thoughts, call the crisis line "
              f"{plan.crisis_line} or the emergency number {plan.emergency_number} now.")
    finished = [
        Finding(RECORD_QUESTIONNAIRE, q.record_id, q.completed_at,
                f"PHQ-9 question 9 ({PHQ9_ITEM9_LABEL}) was answered {q.item9}, above 0. {advice}")
        for q in _phq9s(inputs) if q.item9 is not None and q.item9 > 0
    ]
    changed = [
        Finding(RECORD_QUESTIONNAIRE, q.record_id, q.completed_at,
                f"PHQ-9 question 9 ({PHQ9_ITEM9_LABEL}) was first answered {q.item9_changed_from}, above 0, "
                f"then changed to 0 before the questionnaire was finished. {advice}")
        for q in _phq9s(inputs) if q.item9 == 0 and q.item9_changed_from
    ]
    unfinished = [
        Finding(RECORD_ITEM9_ANSWER, a.record_id, a.answered_at,
                f"PHQ-9 question 9 ({PHQ9_ITEM9_LABEL}) was answered {a.value}, above 0, on a "
                f"questionnaire that was not finished. {advice}")
        for a in sorted(inputs.unfinished_item9, key=lambda a: (a.answered_at, a.record_id))
    ]
    return sorted(finished + changed, key=lambda f: (f.raised_at, f.record_id)) + unfinished


def phq9_rise(inputs: FlagInputs) -> list[Finding]:
    phq9s = _phq9s(inputs)
    return [
        Finding(RECORD_QUESTIONNAIRE, current.record_id, current.completed_at,
                f"The PHQ-9 total rose by {current.total - previous.total} points since the previous "
                f"one (from {previous.total} to {current.total}). A rise of {PHQ9_RISE_POINTS} or more "
                "is worth talking over with your clinician.")
        for previous, current in pairwise(phq9s)
        if current.total - previous.total >= PHQ9_RISE_POINTS
    ]


def gad7_severe(inputs: FlagInputs) -> list[Finding]:
    return [
        Finding(RECORD_QUESTIONNAIRE, q.record_id, q.completed_at,
                f"The GAD-7 total is {q.total}, in the severe range ({GAD7_SEVERE_AT_LEAST} or more). "
                "Please talk it over with your clinician.")
        for q in inputs.questionnaires
        if q.instrument == "gad7" and q.total >= GAD7_SEVERE_AT_LEAST
    ]


# -- sessions --------------------------------------------------------------------------------------


def pre_dose_bp_caution(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session, bp, heart_rate = facts.session, facts.pre_dose, facts.pre_dose_heart_rate
        passed = _checklist_passed(session)
        if not session.events:
            continue
        at = passed.at if passed is not None else session.events[0].at
        if bp is not None and heart_rate is not None and not check_plausible(bp.systolic, bp.diastolic,
                                                                             heart_rate):
            assessment = classify_pre_dose(bp, heart_rate, session.plan)
            if assessment.verdict is PreDoseVerdict.CAUTION:
                findings.append(Finding(
                    RECORD_SESSION, facts.session_id, at,
                    f"Blood pressure before the dose was {bp.systolic}/{bp.diastolic}. "
                    + " ".join(assessment.reasons)))
        elif passed is not None and VITALS_ID in passed.cautions_acknowledged:
            # No usable stored reading, but the checklist records that a caution reading was acknowledged.
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, at,
                "Blood pressure before the dose was in the range where your care plan asks for extra care, "
                "and the session went ahead after that was acknowledged."))
    return findings


def caution_acknowledged(inputs: FlagInputs) -> list[Finding]:
    # The pre-dose reading's acknowledgement ("vitals") is left to pre_dose_bp_caution: one fact, one flag.
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        passed = _checklist_passed(session)
        acknowledged = [] if passed is None else [a for a in passed.cautions_acknowledged if a != VITALS_ID]
        if passed is None or not acknowledged:
            continue
        questions = {item.id: item.question for item in build_checklist(session.plan)}
        quoted = _join([f"“{questions.get(a, a)}”" for a in acknowledged])
        findings.append(Finding(
            RECORD_SESSION, facts.session_id, passed.at,
            f"The session went ahead after a caution answer was acknowledged: {quoted}"))
    return findings


def urgent_bp(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session, pre_dose = facts.session, _plausible(facts.pre_dose)
        found: list[tuple[datetime, BloodPressure]] = []
        reasons: list[str] = []
        for at, bp in _readings_after_dose(session):
            if check_plausible(bp.systolic, bp.diastolic):
                continue
            why = is_urgent(bp, pre_dose, session.plan)
            if why:
                found.append((at, bp))
                reasons.extend(r for r in why if r not in reasons)
        if found:
            readings = _join([f"{bp.systolic}/{bp.diastolic} at {_minutes_after_dose(session, at)} minutes"
                              for at, bp in found])
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, found[0][0],
                f"Blood pressure after the dose reached an urgent level ({readings} after the dose). "
                + " ".join(reasons) + " Please tell your clinician."))
    return findings


def checkin_missed(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        missed = session.missed_checkins
        if missed:
            when = _join([str(_minutes_after_dose(session, m.due_at)) for m in missed])
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, missed[0].at,
                f"{_plural(len(missed), 'sitter check-in')} went unanswered "
                f"(at {when} minutes after the dose)."))
    return findings


def ended_before_minimum(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        if session.ended_before_minimum and session.ended_at is not None:
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, session.ended_at,
                f"The session ended {_minutes_after_dose(session, session.ended_at)} minutes after the dose, "
                f"before the minimum monitoring time of {session.plan.minimum_monitoring_minutes} minutes."))
    return findings


def no_recorded_end(inputs: FlagInputs) -> list[Finding]:
    """A dosed session with no end recorded by dose + minimum monitoring + NO_RECORDED_END_MARGIN (an end
    recorded after that moment keeps the flag, so it does not vanish once someone closes the session)."""
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session, ends_at = facts.session, facts.session.minimum_ends_at
        if ends_at is None:
            continue
        moment = ends_at + NO_RECORDED_END_MARGIN
        hours = _plural(int((moment - ends_at).total_seconds() // 3600), "hour")
        if session.ended_at is None and inputs.now >= moment:
            text = ("This session has no recorded end: the dose was taken, but the session was not "
                    f"completed or ended within {hours} after the minimum monitoring time. Please open it "
                    "to record how it ended, and tell your clinician.")
        elif session.ended_at is not None and session.ended_at >= moment:
            text = (f"This session's end was recorded only {_minutes_after_dose(session, session.ended_at)} "
                    f"minutes after the dose, more than {hours} after the minimum monitoring time.")
        else:
            continue
        findings.append(Finding(RECORD_SESSION, facts.session_id, moment, text))
    return findings


def start_blocked(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        blocks = [e for e in facts.session.events if isinstance(e, StartBlocked)]
        if blocks:
            times = "" if len(blocks) == 1 else f" ({len(blocks)} times)"
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, blocks[0].at,
                f"A safety check said not to start this session{times}, so it did not start then. "
                "This is the checklist working as it should; your clinician may want to know."))
    return findings


# -- post-session logs and edits -------------------------------------------------------------------


def severe_side_effect(inputs: FlagInputs) -> list[Finding]:
    return [
        Finding(RECORD_SIDE_EFFECT, s.record_id, s.reported_at,
                f"A severe side effect was recorded: {s.effect.strip() or 'not named'}. "
                "Please tell your clinician.")
        for s in inputs.side_effects if s.severity == "severe"
    ]


def late_edit(inputs: FlagInputs) -> list[Finding]:
    late: dict[tuple[str, int], list[EditFact]] = {}
    for edit in sorted(inputs.edits, key=lambda e: e.edited_at):
        if edit.edited_at - edit.created_at > EDIT_WINDOW:
            late.setdefault((edit.record_kind, edit.record_id), []).append(edit)
    return [
        Finding(kind, record_id, edits[0].edited_at,
                f"An entry was changed more than 24 hours after it was made"
                f"{'' if len(edits) == 1 else f' ({len(edits)} times)'}. The earlier version is kept.")
        for (kind, record_id), edits in late.items()
    ]
