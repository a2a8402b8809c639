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
from companion.domain.texts import QT_TRANSLATE_NOOP, Text
from companion.domain.vitals import BloodPressure

# A PHQ-9 total this many points above the previous PHQ-9 is flagged. Five points is the PHQ-9's
# minimal clinically important difference (Löwe et al., Med Care 2004). It is compared with the
# *previous* PHQ-9, not the baseline: the baseline comparison is already the response measure
# (≥ 50 % drop), and this rule is there to catch a recent worsening between two visits.
PHQ9_RISE_POINTS = 5
GAD7_SEVERE_AT_LEAST = 15  # the GAD-7's severe band (DESIGN.md §3)
PHQ9_ITEM9_LABEL = QT_TRANSLATE_NOOP(
    "FlagTexts", "thoughts that you would be better off dead, or of hurting yourself")
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
    text: Text  # a sentence of the FlagTexts context


# -- small helpers ---------------------------------------------------------------------------------


def _clinician(plan: CarePlan) -> Text:
    """The clinician's name (or "your clinician") and phone, for "Please tell …"."""
    name = plan.clinician_name.strip()
    said = Text("", name) if name else QT_TRANSLATE_NOOP("FlagTexts", "your clinician")
    phone = plan.clinician_phone.strip()
    return Text("", "%1 (%2)", (said, phone)) if phone else said


def _phq9s(inputs: FlagInputs) -> list[QuestionnaireFact]:
    facts = [q for q in inputs.questionnaires if q.instrument == "phq9"]
    return sorted(facts, key=lambda q: (q.completed_at, q.record_id))


# -- questionnaires --------------------------------------------------------------------------------


def phq9_item9_above_zero(inputs: FlagInputs) -> list[Finding]:
    plan = inputs.plan
    #: %1 is the clinician's name and phone, %2 the crisis line, %3 the emergency number
    advice = QT_TRANSLATE_NOOP(
        "FlagTexts",
        "Please tell %1. If you might act on these thoughts, call the crisis line %2 or the emergency number "
        "%3 now.",
    ).arg(_clinician(plan), plan.crisis_line, plan.emergency_number)
    #: %1 is what question 9 asks, %2 the answer (1 to 3), %3 the advice to call someone
    answered = QT_TRANSLATE_NOOP("FlagTexts", "PHQ-9 question 9 (%1) was answered %2, above 0. %3")
    finished = [
        Finding(RECORD_QUESTIONNAIRE, q.record_id, q.completed_at,
                answered.arg(PHQ9_ITEM9_LABEL, q.item9, advice))
        for q in _phq9s(inputs) if q.item9 is not None and q.item9 > 0
    ]
    #: %1 is what question 9 asks, %2 the first answer (1 to 3), %3 the advice to call someone
    first_answered = QT_TRANSLATE_NOOP(
        "FlagTexts",
        "PHQ-9 question 9 (%1) was first answered %2, above 0, then changed to 0 before the questionnaire "
        "was finished. %3",
    )
    changed = [
        Finding(RECORD_QUESTIONNAIRE, q.record_id, q.completed_at,
                first_answered.arg(PHQ9_ITEM9_LABEL, q.item9_changed_from, advice))
        for q in _phq9s(inputs) if q.item9 == 0 and q.item9_changed_from
    ]
    #: %1 is what question 9 asks, %2 the answer (1 to 3), %3 the advice to call someone
    not_finished = QT_TRANSLATE_NOOP(
        "FlagTexts",
        "PHQ-9 question 9 (%1) was answered %2, above 0, on a questionnaire that was not finished. %3",
    )
    unfinished = [
        Finding(RECORD_ITEM9_ANSWER, a.record_id, a.answered_at,
                not_finished.arg(PHQ9_ITEM9_LABEL, a.value, advice))
        for a in sorted(inputs.unfinished_item9, key=lambda a: (a.answered_at, a.record_id))
    ]
    return sorted(finished + changed, key=lambda f: (f.raised_at, f.record_id)) + unfinished


def phq9_rise(inputs: FlagInputs) -> list[Finding]:
    phq9s = _phq9s(inputs)
    return [
        Finding(RECORD_QUESTIONNAIRE, current.record_id, current.completed_at, QT_TRANSLATE_NOOP(
            "FlagTexts",
            "The PHQ-9 total rose by %1 points since the previous one (from %2 to %3). A rise of %4 or more "
            "is worth talking over with your clinician.",
        ).arg(current.total - previous.total, previous.total, current.total, PHQ9_RISE_POINTS))
        for previous, current in pairwise(phq9s)
        if current.total - previous.total >= PHQ9_RISE_POINTS
    ]


def gad7_severe(inputs: FlagInputs) -> list[Finding]:
    return [
        Finding(RECORD_QUESTIONNAIRE, q.record_id, q.completed_at, QT_TRANSLATE_NOOP(
            "FlagTexts",
            "The GAD-7 total is %1, in the severe range (%2 or more). Please talk it over with your "
            "clinician.",
        ).arg(q.total, GAD7_SEVERE_AT_LEAST))
        for q in inputs.questionnaires
        if q.instrument == "gad7" and q.total >= GAD7_SEVERE_AT_LEAST
    ]


# -- post-session logs and edits -------------------------------------------------------------------


def severe_side_effect(inputs: FlagInputs) -> list[Finding]:
    return [
        Finding(RECORD_SIDE_EFFECT, s.record_id, s.reported_at, QT_TRANSLATE_NOOP(
            "FlagTexts", "A severe side effect was recorded: %1. Please tell your clinician.",
        ).arg(_named(s.effect)))
        for s in inputs.side_effects if s.severity == "severe"
    ]


def _named(effect: str) -> object:
    """The side effect's name without spaces around it (a Text stays one: it translates)."""
    stripped = effect.strip()
    if not stripped:
        return QT_TRANSLATE_NOOP("FlagTexts", "not named")
    return effect if stripped == effect else stripped


def late_edit(inputs: FlagInputs) -> list[Finding]:
    late: dict[tuple[str, int], list[EditFact]] = {}
    for edit in sorted(inputs.edits, key=lambda e: e.edited_at):
        if edit.edited_at - edit.created_at > EDIT_WINDOW:
            late.setdefault((edit.record_kind, edit.record_id), []).append(edit)
    once = QT_TRANSLATE_NOOP(
        "FlagTexts",
        "An entry was changed more than 24 hours after it was made. The earlier version is kept.",
    )
    times = QT_TRANSLATE_NOOP(
        "FlagTexts",
        "An entry was changed more than 24 hours after it was made (%n times). The earlier version is kept.",
        None, 1,
    )
    return [
        Finding(kind, record_id, edits[0].edited_at, once if len(edits) == 1 else times.counted(len(edits)))
        for (kind, record_id), edits in late.items()
    ]
