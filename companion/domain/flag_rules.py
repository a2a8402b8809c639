"""The needs-attention rules of DESIGN.md §3, one small pure function each, and the facts they read.

This module holds the facts and the rules about questionnaires, post-session logs and edits; the
rules about sessions are in :mod:`companion.domain.flag_rules_session`. Each rule function takes
:class:`FlagInputs` and returns :class:`Finding` records (which record raised it, when, and a
plain-language sentence). :mod:`companion.domain.flags` registers every function with
its rule id and severity and turns findings into flags; import from there.

Where each number comes from:

* Session rules use the care plan stored with the session (``Session.plan``), never the current one:
  a session is judged by the limits that applied to it. The current plan only supplies the contact
  numbers quoted in a sentence.
* Blood pressure and SpO2 after the dose are read from the session's own events (``BpRechecked`` and a
  ``Completed`` with final vitals), so the facts cannot disagree with the session. The pre-dose reading
  is not an event (it lives in the vault's vital signs) and is passed in :class:`SessionFacts`.
* A stored reading that :func:`vitals.check_plausible` refuses is never classified (as on screen).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from companion.domain.care_plan import FIELDS_BY_NAME, CarePlan
from companion.domain.session import Session
from companion.domain.vitals import BloodPressure

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
    pre_dose_spo2: int | None = None


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
