"""Needs-attention flags: one pure rule engine for Today, History and the export (DESIGN.md §3).

``evaluate_flags`` runs every rule in :data:`RULES` over the stored facts and returns the flags, most
severe first, then newest. Nothing is stored here: the same facts always give the same flags, and a
flag's :attr:`Flag.key` (rule + record) stays the same from one evaluation to the next, so the app can
keep "discussed with my clinician" against it without ever deleting the flag.

Rules report per record: a session gives at most one flag per rule (three missed check-ins are one
flag that names all three), a questionnaire or side effect one per rule, an edited entry one.

Severity says how soon someone should look, not how ill anyone is:

* URGENT — a possible danger to the patient: PHQ-9 item 9 above 0, an urgent blood pressure, an
  oxygen saturation below the plan's limit, a check-in that recorded the patient hard to wake or
  breathing slowly.
* HIGH — a safety step did not happen as planned, or a markedly worse result: a missed check-in, a
  session ended before the minimum or with no recorded end, a severe side effect, a PHQ-9 rise of 5 or
  more, a GAD-7 in the severe range. For the clinician soon, not at the next routine visit.
* MODERATE — the session went ahead despite a known caution that was acknowledged: a pre-dose blood
  pressure in the caution band, a caution checklist answer; or a check-in confirmed without the
  sitter's code (the app could not tell who answered).
* INFO — for the record: a blocked start (the checklist doing its job) and an entry changed more than
  24 hours after it was made.

The rules themselves, and the facts they read, are in :mod:`companion.domain.flag_rules` and (the
rules about sessions) :mod:`companion.domain.flag_rules_session`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from companion.domain import flag_rules as rules
from companion.domain import flag_rules_session as session_rules
from companion.domain.care_plan import CarePlan
from companion.domain.flag_rules import (
    EditFact,
    Finding,
    FlagInputs,
    Item9AnswerFact,
    QuestionnaireFact,
    SessionFacts,
    SideEffectFact,
    as_utc,
)
from companion.domain.texts import QT_TRANSLATE_NOOP

__all__ = [
    "RULES",
    "RULES_BY_ID",
    "EditFact",
    "Flag",
    "FlagRule",
    "Item9AnswerFact",
    "QuestionnaireFact",
    "RuleSpec",
    "SessionFacts",
    "Severity",
    "SideEffectFact",
    "evaluate_flags",
]


class Severity(StrEnum):
    """The values are stable storage and export keys; :attr:`rank` orders them (0 = most severe)."""

    URGENT = "urgent"
    HIGH = "high"
    MODERATE = "moderate"
    INFO = "info"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class FlagRule(StrEnum):
    """Rule ids: stable keys, stored with "discussed" marks and written to the export. Never renamed."""

    PHQ9_ITEM9 = "phq9_item9"
    PHQ9_RISE = "phq9_rise"
    GAD7_SEVERE = "gad7_severe"
    PRE_DOSE_BP_CAUTION = "pre_dose_bp_caution"
    URGENT_BP = "urgent_bp"
    CHECKIN_MISSED = "checkin_missed"
    ENDED_BEFORE_MINIMUM = "ended_before_minimum"
    CAUTION_ACKNOWLEDGED = "caution_acknowledged"
    SEVERE_SIDE_EFFECT = "severe_side_effect"
    NO_RECORDED_END = "no_recorded_end"
    LATE_EDIT = "late_edit"
    START_BLOCKED = "start_blocked"
    SPO2_LOW = "spo2_low"
    SEDATION_OR_SLOW_BREATHING = "sedation_or_slow_breathing"
    CHECKIN_WITHOUT_CODE = "checkin_without_code"


@dataclass(frozen=True)
class RuleSpec:
    rule: FlagRule
    severity: Severity
    title: str  # a short plain-language name, for a list or an export column
    find: Callable[[FlagInputs], list[Finding]]


R, S = FlagRule, Severity
RULES: tuple[RuleSpec, ...] = (
    RuleSpec(R.PHQ9_ITEM9, S.URGENT,
             QT_TRANSLATE_NOOP("FlagTexts", "Thoughts of death or self-harm (PHQ-9 question 9)"),
             rules.phq9_item9_above_zero),
    RuleSpec(R.URGENT_BP, S.URGENT,
             QT_TRANSLATE_NOOP("FlagTexts", "Urgent blood pressure"),
             session_rules.urgent_bp),
    RuleSpec(R.SPO2_LOW, S.URGENT,
             QT_TRANSLATE_NOOP("FlagTexts", "Oxygen saturation below the care plan's limit"),
             session_rules.spo2_low),
    RuleSpec(R.SEDATION_OR_SLOW_BREATHING, S.URGENT,
             QT_TRANSLATE_NOOP("FlagTexts", "Hard to wake or breathing slowly during a session"),
             session_rules.sedation_or_slow_breathing),
    RuleSpec(R.PHQ9_RISE, S.HIGH,
             QT_TRANSLATE_NOOP("FlagTexts", "PHQ-9 up 5 points or more"),
             rules.phq9_rise),
    RuleSpec(R.GAD7_SEVERE, S.HIGH,
             QT_TRANSLATE_NOOP("FlagTexts", "GAD-7 in the severe range"),
             rules.gad7_severe),
    RuleSpec(R.CHECKIN_MISSED, S.HIGH,
             QT_TRANSLATE_NOOP("FlagTexts", "Sitter check-in missed"),
             session_rules.checkin_missed),
    RuleSpec(R.ENDED_BEFORE_MINIMUM, S.HIGH,
             QT_TRANSLATE_NOOP("FlagTexts", "Session ended before the minimum monitoring time"),
             session_rules.ended_before_minimum),
    RuleSpec(R.NO_RECORDED_END, S.HIGH,
             QT_TRANSLATE_NOOP("FlagTexts", "Session with no recorded end"),
             session_rules.no_recorded_end),
    RuleSpec(R.SEVERE_SIDE_EFFECT, S.HIGH,
             QT_TRANSLATE_NOOP("FlagTexts", "Severe side effect"),
             rules.severe_side_effect),
    RuleSpec(R.PRE_DOSE_BP_CAUTION, S.MODERATE,
             QT_TRANSLATE_NOOP("FlagTexts", "Blood pressure before the dose in the caution range"),
             session_rules.pre_dose_bp_caution),
    RuleSpec(R.CAUTION_ACKNOWLEDGED, S.MODERATE,
             QT_TRANSLATE_NOOP("FlagTexts", "Caution answer acknowledged"),
             session_rules.caution_acknowledged),
    RuleSpec(R.CHECKIN_WITHOUT_CODE, S.MODERATE,
             QT_TRANSLATE_NOOP("FlagTexts", "Check-in confirmed without the sitter's code"),
             session_rules.checkin_without_code),
    RuleSpec(R.START_BLOCKED, S.INFO,
             QT_TRANSLATE_NOOP("FlagTexts", "Session start blocked by a safety check"),
             session_rules.start_blocked),
    RuleSpec(R.LATE_EDIT, S.INFO,
             QT_TRANSLATE_NOOP("FlagTexts", "Entry changed more than 24 hours after it was made"),
             rules.late_edit),
)
RULES_BY_ID = {spec.rule: spec for spec in RULES}
assert set(RULES_BY_ID) == set(FlagRule), "every rule id has exactly one rule"


@dataclass(frozen=True)
class Flag:
    rule: FlagRule
    severity: Severity
    text: str  # plain language, for the patient and the clinician
    record_kind: str  # "session", "questionnaire", "side_effect", or an edited entry's kind
    record_id: int
    raised_at: datetime  # aware UTC: when the record raised it (not when it was evaluated)

    @property
    def key(self) -> str:
        """Stable across evaluations and unique in one: what a "discussed" mark is stored against."""
        return f"{self.rule.value}:{self.record_kind}:{self.record_id}"

    @property
    def title(self) -> str:
        return RULES_BY_ID[self.rule].title


def _order(flag: Flag) -> tuple[int, float, str]:
    return (flag.severity.rank, -flag.raised_at.timestamp(), flag.key)


def evaluate_flags(
    plan: CarePlan,
    *,
    sessions: Iterable[SessionFacts] = (),
    questionnaires: Iterable[QuestionnaireFact] = (),
    side_effects: Iterable[SideEffectFact] = (),
    edits: Iterable[EditFact] = (),
    unfinished_item9: Iterable[Item9AnswerFact] = (),
    now: datetime,
) -> list[Flag]:
    """Every flag the facts raise, most severe first, then newest, then by key.

    ``plan`` is the current care plan, used only for the contact numbers quoted in a flag's text;
    each session is judged by its own plan (``Session.plan``). ``now`` (aware) decides only whether a
    dosed session can still be running. Raises ValueError when two facts name the same record (a bug
    in the caller: the keys would not be unique).
    """
    inputs = FlagInputs(plan, tuple(sessions), tuple(questionnaires), tuple(side_effects), tuple(edits),
                        tuple(unfinished_item9), as_utc(now, "now"))
    flags = [
        Flag(spec.rule, spec.severity, finding.text, finding.record_kind, finding.record_id,
             finding.raised_at)
        for spec in RULES
        for finding in spec.find(inputs)
    ]
    keys = [flag.key for flag in flags]
    if len(set(keys)) != len(keys):
        duplicate = next(key for key in keys if keys.count(key) > 1)
        raise ValueError(f"two facts name the same record ({duplicate})")
    return sorted(flags, key=_order)
