"""The needs-attention rule engine: each rule at its boundary (table-driven), keys, ordering, edge cases."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from companion.domain.care_plan import CarePlan
from companion.domain.checklist import VITALS_ID
from companion.domain.flag_rules import NO_RECORDED_END_MARGIN
from companion.domain.flags import (
    RULES,
    EditFact,
    Flag,
    FlagRule,
    QuestionnaireFact,
    SessionFacts,
    Severity,
    SideEffectFact,
    evaluate_flags,
)
from companion.domain.session import Session
from companion.domain.session_events import (
    Abandoned,
    BpRechecked,
    CheckinConfirmed,
    CheckinMissed,
    ChecklistPassed,
    ChecklistStarted,
    Completed,
    DoseTaken,
    EndedEarly,
    MonitoringStarted,
    RecoveryCheckStarted,
    SitterHandedOver,
    StartBlocked,
)
from companion.domain.vitals import BloodPressure

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PLAN = CarePlan(dose_mg=56.0, clinician_name="Dr Rivera", clinician_phone="555-0100",
                crisis_line="988", emergency_number="911")
DOSE = T0 + timedelta(minutes=10)
MINIMUM = timedelta(minutes=PLAN.minimum_monitoring_minutes)
LATER = T0 + timedelta(days=30)  # a "now" long after every session below
PRE_DOSE_OK = BloodPressure(120, 70)


def after_dose(minutes: float = 0, seconds: float = 0) -> datetime:
    return DOSE + timedelta(minutes=minutes, seconds=seconds)


def monitoring(plan: CarePlan = PLAN, acknowledged: tuple[str, ...] = (), blocked: int = 0) -> Session:
    """A session that reached MONITORING with the dose at DOSE (``blocked`` start attempts first)."""
    session = Session.new(plan).apply(ChecklistStarted(at=T0))
    for attempt in range(blocked):
        session = session.apply(StartBlocked(at=T0 + timedelta(minutes=1 + attempt),
                                             reasons=("The upper number (systolic) is above 160.",)))
    return (session
            .apply(ChecklistPassed(at=T0 + timedelta(minutes=5), cautions_acknowledged=acknowledged))
            .apply(SitterHandedOver(at=T0 + timedelta(minutes=8), sitter_name="Sam"))
            .apply(DoseTaken(at=DOSE))
            .apply(MonitoringStarted(at=DOSE)))


def completed(session: Session, at: datetime, final: BloodPressure = PRE_DOSE_OK) -> Session:
    return (session.apply(RecoveryCheckStarted(at=at))
            .apply(Completed(at=at, systolic=final.systolic, diastolic=final.diastolic, heart_rate=70)))


def rechecked(bp: BloodPressure, session: Session | None = None) -> Session:
    return (session or monitoring()).apply(
        BpRechecked(at=after_dose(40), systolic=bp.systolic, diastolic=bp.diastolic, heart_rate=80))


def one_session(session: Session, pre_dose: BloodPressure | None = PRE_DOSE_OK,
                heart_rate: int | None = 70, now: datetime = LATER,
                spo2: int | None = None) -> dict[str, Any]:
    return {"sessions": [SessionFacts(1, session, pre_dose, heart_rate, spo2)], "now": now}


def spo2_rechecked(spo2: int, plan: CarePlan = PLAN) -> Session:
    return monitoring(plan).apply(BpRechecked(at=after_dose(40), systolic=120, diastolic=75, heart_rate=80,
                                              spo2=spo2))


def spo2_at_end(spo2: int) -> Session:
    return (monitoring().apply(RecoveryCheckStarted(at=DOSE + MINIMUM))
            .apply(Completed(at=DOSE + MINIMUM, systolic=120, diastolic=75, heart_rate=70, spo2=spo2)))


def blocked_before_dose() -> Session:
    return (Session.new(PLAN).apply(ChecklistStarted(at=T0))
            .apply(StartBlocked(at=T0 + timedelta(minutes=1), reasons=("The reading is too high.",)))
            .apply(Abandoned(at=T0 + timedelta(minutes=2), reason="blocked")))


def checked_in(**observed: bool) -> Session:
    return monitoring().apply(CheckinConfirmed(at=after_dose(15), due_at=after_dose(15), all_well=True,
                                               **observed))


def phq9(*totals: int, item9: int = 0) -> dict[str, Any]:
    facts = [QuestionnaireFact(i + 1, "phq9", T0 + timedelta(days=7 * i), total, item9)
             for i, total in enumerate(totals)]
    return {"questionnaires": facts}


def gad7(total: int) -> dict[str, Any]:
    return {"questionnaires": [QuestionnaireFact(1, "gad7", T0, total)]}


def side_effect(severity: str) -> dict[str, Any]:
    return {"side_effects": [SideEffectFact(1, 1, after_dose(180), "headache", severity)]}


def edited_after(delay: timedelta) -> dict[str, Any]:
    return {"edits": [EditFact("post_session_log", 4, T0, T0 + delay)]}


CAUTION_DIASTOLIC_PLAN = CarePlan(dose_mg=56.0, clinician_phone="555-0100", caution_diastolic_above=85)
SPO2_94_PLAN = CarePlan(dose_mg=56.0, clinician_phone="555-0100", spo2_urgent_below=94)
CALM = {"very_sleepy": False, "detached": False, "slow_breathing": False}
NO_END_AT = DOSE + MINIMUM + NO_RECORDED_END_MARGIN


@dataclass(frozen=True)
class Boundary:
    name: str
    rule: FlagRule
    below: Callable[[], dict[str, Any]]  # evaluate_flags arguments just short of the rule
    at: Callable[[], dict[str, Any]]  # … and exactly at its boundary


BOUNDARIES = [
    Boundary("item9 0 vs 1", FlagRule.PHQ9_ITEM9, lambda: phq9(3, item9=0), lambda: phq9(3, item9=1)),
    Boundary("phq9 rise 4 vs 5", FlagRule.PHQ9_RISE, lambda: phq9(8, 12), lambda: phq9(8, 13)),
    Boundary("phq9 rise vs the previous, not the baseline", FlagRule.PHQ9_RISE,
             lambda: phq9(12, 6, 10), lambda: phq9(12, 6, 11)),
    Boundary("gad7 14 vs 15", FlagRule.GAD7_SEVERE, lambda: gad7(14), lambda: gad7(15)),
    Boundary("caution systolic 140 vs 141", FlagRule.PRE_DOSE_BP_CAUTION,
             lambda: one_session(monitoring(), BloodPressure(140, 80)),
             lambda: one_session(monitoring(), BloodPressure(141, 80))),
    Boundary("caution diastolic 85 vs 86", FlagRule.PRE_DOSE_BP_CAUTION,
             lambda: one_session(monitoring(CAUTION_DIASTOLIC_PLAN), BloodPressure(130, 85)),
             lambda: one_session(monitoring(CAUTION_DIASTOLIC_PLAN), BloodPressure(130, 86))),
    Boundary("urgent systolic 179 vs 180", FlagRule.URGENT_BP,
             lambda: one_session(rechecked(BloodPressure(179, 90)), BloodPressure(150, 85)),
             lambda: one_session(rechecked(BloodPressure(180, 90)), BloodPressure(150, 85))),
    Boundary("urgent diastolic 109 vs 110", FlagRule.URGENT_BP,
             lambda: one_session(rechecked(BloodPressure(150, 109)), BloodPressure(140, 90)),
             lambda: one_session(rechecked(BloodPressure(150, 110)), BloodPressure(140, 90))),
    Boundary("systolic rise 39 vs 40", FlagRule.URGENT_BP,
             lambda: one_session(rechecked(BloodPressure(159, 70)), BloodPressure(120, 70)),
             lambda: one_session(rechecked(BloodPressure(160, 70)), BloodPressure(120, 70))),
    Boundary("diastolic rise 24 vs 25", FlagRule.URGENT_BP,
             lambda: one_session(rechecked(BloodPressure(130, 94)), BloodPressure(120, 70)),
             lambda: one_session(rechecked(BloodPressure(130, 95)), BloodPressure(120, 70))),
    Boundary("urgent final reading 179 vs 180, no pre-dose reading", FlagRule.URGENT_BP,
             lambda: one_session(completed(monitoring(), DOSE + MINIMUM, BloodPressure(179, 80)), None),
             lambda: one_session(completed(monitoring(), DOSE + MINIMUM, BloodPressure(180, 80)), None)),
    Boundary("urgent pre-dose systolic 179 vs 180, nothing after", FlagRule.URGENT_BP,
             lambda: one_session(blocked_before_dose(), BloodPressure(179, 100)),
             lambda: one_session(blocked_before_dose(), BloodPressure(180, 100))),
    Boundary("urgent pre-dose diastolic 109 vs 110", FlagRule.URGENT_BP,
             lambda: one_session(blocked_before_dose(), BloodPressure(170, 109)),
             lambda: one_session(blocked_before_dose(), BloodPressure(170, 110))),
    Boundary("pre-dose SpO2 93 vs 92", FlagRule.SPO2_LOW,
             lambda: one_session(blocked_before_dose(), spo2=93),
             lambda: one_session(blocked_before_dose(), spo2=92)),
    Boundary("re-check SpO2 93 vs 92", FlagRule.SPO2_LOW,
             lambda: one_session(spo2_rechecked(93)), lambda: one_session(spo2_rechecked(92))),
    Boundary("re-check SpO2 94 vs 93 with a plan of 94", FlagRule.SPO2_LOW,
             lambda: one_session(spo2_rechecked(94, SPO2_94_PLAN)),
             lambda: one_session(spo2_rechecked(93, SPO2_94_PLAN))),
    Boundary("final SpO2 93 vs 92", FlagRule.SPO2_LOW,
             lambda: one_session(spo2_at_end(93)), lambda: one_session(spo2_at_end(92))),
    Boundary("SpO2 70 (plausible, low) vs 69 (not classified)", FlagRule.SPO2_LOW,
             lambda: one_session(spo2_rechecked(69)), lambda: one_session(spo2_rechecked(70))),
    Boundary("check-in: not sleepy vs very sleepy", FlagRule.SEDATION_OR_SLOW_BREATHING,
             lambda: one_session(checked_in(**CALM)),
             lambda: one_session(checked_in(**{**CALM, "very_sleepy": True}))),
    Boundary("check-in: breathing normally vs slowly", FlagRule.SEDATION_OR_SLOW_BREATHING,
             lambda: one_session(checked_in(**{**CALM, "detached": True})),  # detached alone is no emergency
             lambda: one_session(checked_in(**{**CALM, "slow_breathing": True}))),
    Boundary("check-in with the code vs without", FlagRule.CHECKIN_WITHOUT_CODE,
             lambda: one_session(checked_in(without_code=False)),
             lambda: one_session(checked_in(without_code=True))),
    Boundary("missed check-ins 0 vs 1", FlagRule.CHECKIN_MISSED,
             lambda: one_session(monitoring().apply(
                 CheckinConfirmed(at=after_dose(15), due_at=after_dose(15), all_well=True))),
             lambda: one_session(monitoring().apply(
                 CheckinMissed(at=after_dose(17), due_at=after_dose(15))))),
    Boundary("completed at the minimum vs ended 1 s before", FlagRule.ENDED_BEFORE_MINIMUM,
             lambda: one_session(completed(monitoring(), DOSE + MINIMUM)),
             lambda: one_session(monitoring().apply(
                 EndedEarly(at=DOSE + MINIMUM - timedelta(seconds=1), reason="felt sick")))),
    Boundary("ended early at the minimum vs 1 s before", FlagRule.ENDED_BEFORE_MINIMUM,
             lambda: one_session(monitoring().apply(EndedEarly(at=DOSE + MINIMUM, reason="felt sick"))),
             lambda: one_session(monitoring().apply(
                 EndedEarly(at=DOSE + MINIMUM - timedelta(seconds=1), reason="felt sick")))),
    Boundary("no caution vs one caution acknowledged", FlagRule.CAUTION_ACKNOWLEDGED,
             lambda: one_session(monitoring()),
             lambda: one_session(monitoring(acknowledged=("new_medicine_or_illness",)))),
    Boundary("moderate vs severe side effect", FlagRule.SEVERE_SIDE_EFFECT,
             lambda: side_effect("moderate"), lambda: side_effect("severe")),
    Boundary("edit at 24 h vs 24 h + 1 s", FlagRule.LATE_EDIT,
             lambda: edited_after(timedelta(hours=24)), lambda: edited_after(timedelta(hours=24, seconds=1))),
    Boundary("still open: 1 s before vs at the moment", FlagRule.NO_RECORDED_END,
             lambda: one_session(monitoring(), now=NO_END_AT - timedelta(seconds=1)),
             lambda: one_session(monitoring(), now=NO_END_AT)),
    Boundary("ended 1 s before vs at the moment", FlagRule.NO_RECORDED_END,
             lambda: one_session(monitoring().apply(
                 EndedEarly(at=NO_END_AT - timedelta(seconds=1), reason="forgot to close it"))),
             lambda: one_session(monitoring().apply(EndedEarly(at=NO_END_AT, reason="forgot to close it")))),
    Boundary("no block vs one blocked start", FlagRule.START_BLOCKED,
             lambda: one_session(monitoring()), lambda: one_session(monitoring(blocked=1))),
]


def evaluate(arguments: dict[str, Any], plan: CarePlan = PLAN) -> list[Flag]:
    return evaluate_flags(plan, **{"now": LATER, **arguments})


def of_rule(flags: Sequence[Flag], rule: FlagRule) -> list[Flag]:
    return [flag for flag in flags if flag.rule is rule]


@pytest.mark.parametrize("case", BOUNDARIES, ids=[case.name for case in BOUNDARIES])
def test_each_rule_fires_at_its_boundary_and_not_below(case: Boundary) -> None:
    assert of_rule(evaluate(case.below()), case.rule) == []
    fired = of_rule(evaluate(case.at()), case.rule)
    assert len(fired) == 1
    spec = next(spec for spec in RULES if spec.rule is case.rule)
    assert fired[0].severity is spec.severity
    assert fired[0].text.strip() and "{" not in fired[0].text


def test_every_rule_has_a_boundary_case() -> None:
    assert {case.rule for case in BOUNDARIES} == set(FlagRule) == {spec.rule for spec in RULES}


def test_an_empty_history_gives_no_flags() -> None:
    assert evaluate_flags(PLAN, now=LATER) == []
    assert evaluate_flags(PLAN, sessions=[], questionnaires=[], side_effects=[], edits=[], now=LATER) == []


def rich_history() -> dict[str, Any]:
    """Something for every rule, spread over several records."""
    urgent = rechecked(BloodPressure(185, 95), monitoring(acknowledged=("new_medicine_or_illness", VITALS_ID),
                                                          blocked=2))
    urgent = completed(urgent, DOSE + MINIMUM)
    missed = monitoring().apply(CheckinMissed(at=after_dose(17), due_at=after_dose(15)))
    missed = missed.apply(CheckinMissed(at=after_dose(47), due_at=after_dose(45)))
    early = missed.apply(EndedEarly(at=after_dose(50), reason="felt unwell"))
    open_session = Session.replay(PLAN, [*monitoring().events])
    worrying = monitoring().apply(CheckinConfirmed(at=after_dose(15), due_at=after_dose(15), all_well=False,
                                                   without_code=True, very_sleepy=True))
    worrying = completed(worrying.apply(BpRechecked(at=after_dose(40), systolic=125, diastolic=80,
                                                    heart_rate=80, spo2=91)), DOSE + MINIMUM)
    sessions = [
        SessionFacts(1, urgent, BloodPressure(145, 80), 70),
        SessionFacts(2, early, PRE_DOSE_OK, 70),
        SessionFacts(3, open_session, PRE_DOSE_OK, 70),
        SessionFacts(4, worrying, PRE_DOSE_OK, 70, 97),
    ]
    questionnaires = [
        QuestionnaireFact(10, "phq9", T0 - timedelta(days=7), 6, 0),
        QuestionnaireFact(11, "phq9", T0 + timedelta(days=1), 14, 2),
        QuestionnaireFact(12, "gad7", T0 + timedelta(days=1), 17),
        QuestionnaireFact(13, "pcl5", T0 + timedelta(days=1), 50),
    ]
    side_effects = [SideEffectFact(20, 1, after_dose(200), "nausea", "severe"),
                    SideEffectFact(21, 1, after_dose(200), "dizziness", "mild")]
    edits = [EditFact("post_session_log", 30, T0, T0 + timedelta(days=2)),
             EditFact("post_session_log", 30, T0, T0 + timedelta(days=3)),
             EditFact("next_day_checkin", 30, T0, T0 + timedelta(days=2))]
    return {"sessions": sessions, "questionnaires": questionnaires, "side_effects": side_effects,
            "edits": edits}


def test_a_rich_history_raises_every_rule_with_unique_keys() -> None:
    flags = evaluate(rich_history())
    assert {flag.rule for flag in flags} == set(FlagRule)
    keys = [flag.key for flag in flags]
    assert len(keys) == len(set(keys))
    # One flag per rule and record: two missed check-ins are one flag that names both.
    missed = of_rule(flags, FlagRule.CHECKIN_MISSED)
    assert len(missed) == 1
    assert "2 sitter check-ins" in missed[0].text and "15 and 45 minutes" in missed[0].text
    # Two late edits of one entry are one flag; the same id in another kind of entry is another flag.
    late = of_rule(flags, FlagRule.LATE_EDIT)
    assert sorted(flag.key for flag in late) == ["late_edit:next_day_checkin:30",
                                                 "late_edit:post_session_log:30"]
    assert next(f for f in late if f.record_kind == "post_session_log").raised_at == T0 + timedelta(days=2)
    # The acknowledged caution reading is the pre-dose flag's, not a second "caution acknowledged".
    acknowledged = of_rule(flags, FlagRule.CAUTION_ACKNOWLEDGED)
    assert len(acknowledged) == 1 and "started a new medicine" in acknowledged[0].text
    assert "vitals" not in acknowledged[0].text
    assert "2 times" in of_rule(flags, FlagRule.START_BLOCKED)[0].text
    assert [f.record_id for f in of_rule(flags, FlagRule.SEVERE_SIDE_EFFECT)] == [20]
    assert [f.record_id for f in of_rule(flags, FlagRule.NO_RECORDED_END)] == [3]


def test_keys_are_stable_across_evaluations_input_order_and_text() -> None:
    history = rich_history()
    first = evaluate(history)
    shuffled = {name: list(reversed(values)) for name, values in history.items()}
    other_plan = CarePlan(dose_mg=56.0, clinician_phone="555-0199", crisis_line="116 123",
                          emergency_number="112")
    second = evaluate(shuffled, plan=other_plan)
    assert [f.key for f in first] == [f.key for f in second]
    item9 = of_rule(second, FlagRule.PHQ9_ITEM9)[0]
    assert item9.key == "phq9_item9:questionnaire:11"
    assert "116 123" in item9.text and "112" in item9.text  # the text follows the current plan's numbers
    assert of_rule(first, FlagRule.PHQ9_ITEM9)[0].text != item9.text


def test_flags_are_sorted_most_severe_first_then_newest() -> None:
    flags = evaluate(rich_history())
    order = [(flag.severity.rank, -flag.raised_at.timestamp()) for flag in flags]
    assert order == sorted(order)
    assert [f.severity for f in flags[:4]] == [Severity.URGENT] * 4
    assert flags[4].severity is not Severity.URGENT and flags[-1].severity is Severity.INFO
    # Urgent flags, newest first: the item-9 answer a day after the sessions comes first, then the two
    # readings at 40 minutes (ordered by key), then the sleepy patient at the 15-minute check-in.
    assert [f.rule for f in flags[:4]] == [FlagRule.PHQ9_ITEM9, FlagRule.SPO2_LOW, FlagRule.URGENT_BP,
                                           FlagRule.SEDATION_OR_SLOW_BREATHING]


def test_severity_ranks_follow_declaration_order() -> None:
    ranks = [s.rank for s in (Severity.URGENT, Severity.HIGH, Severity.MODERATE, Severity.INFO)]
    assert ranks == [0, 1, 2, 3]


def test_each_session_is_judged_by_its_own_care_plan() -> None:
    strict = CarePlan(dose_mg=56.0, clinician_phone="555-0100", urgent_systolic_at_least=170)
    pre_dose = BloodPressure(150, 80)
    session = rechecked(BloodPressure(172, 80), monitoring(strict))
    assert len(of_rule(evaluate(one_session(session, pre_dose)), FlagRule.URGENT_BP)) == 1
    session = rechecked(BloodPressure(172, 80))
    assert of_rule(evaluate(one_session(session, pre_dose)), FlagRule.URGENT_BP) == []


def test_urgent_text_names_each_urgent_reading_and_its_time_after_the_dose() -> None:
    session = rechecked(BloodPressure(182, 80))
    session = completed(session, DOSE + MINIMUM, BloodPressure(181, 80))
    (flag,) = of_rule(evaluate(one_session(session)), FlagRule.URGENT_BP)
    assert "182/80 at 40 minutes and 181/80 at 120 minutes" in flag.text
    assert flag.raised_at == after_dose(40) and flag.record_kind == "session" and flag.record_id == 1


def test_implausible_stored_readings_are_never_classified() -> None:
    session = rechecked(BloodPressure(270, 100))  # a typo that got stored: above the plausible range
    flags = evaluate(one_session(session, pre_dose=BloodPressure(300, 80)))
    assert of_rule(flags, FlagRule.URGENT_BP) == [] and of_rule(flags, FlagRule.PRE_DOSE_BP_CAUTION) == []


def test_an_acknowledged_caution_reading_is_flagged_even_without_the_stored_reading() -> None:
    session = completed(monitoring(acknowledged=(VITALS_ID,)), DOSE + MINIMUM)
    flags = evaluate(one_session(session, pre_dose=None, heart_rate=None))
    assert [f.rule for f in flags] == [FlagRule.PRE_DOSE_BP_CAUTION]
    flags = evaluate(one_session(session, pre_dose=BloodPressure(150, 80)))
    assert [f.rule for f in flags] == [FlagRule.PRE_DOSE_BP_CAUTION]
    assert "150/80" in flags[0].text


def test_a_stop_reading_is_the_blocked_start_flag_not_a_caution_flag() -> None:
    session = (Session.new(PLAN).apply(ChecklistStarted(at=T0))
               .apply(StartBlocked(at=T0 + timedelta(minutes=1), reasons=("Blood pressure too high.",)))
               .apply(Abandoned(at=T0 + timedelta(minutes=2), reason="blocked")))
    flags = evaluate(one_session(session, pre_dose=BloodPressure(165, 85)))
    assert [f.rule for f in flags] == [FlagRule.START_BLOCKED]
    assert flags[0].severity is Severity.INFO


def test_sessions_never_dosed_have_no_missing_end() -> None:
    handed_over = Session.replay(PLAN, monitoring().events[:3])
    assert evaluate(one_session(handed_over, now=LATER)) == []


def test_only_gad7_totals_count_for_the_gad7_rule_and_only_phq9_for_phq9_rules() -> None:
    facts = [QuestionnaireFact(1, "phq9", T0, 20, 0), QuestionnaireFact(2, "pcl5", T0, 70),
             QuestionnaireFact(3, "gad7", T0 + timedelta(days=7), 3),
             QuestionnaireFact(4, "gad7", T0 + timedelta(days=14), 12)]
    assert evaluate({"questionnaires": facts}) == []


def test_two_facts_for_one_record_are_refused() -> None:
    session = monitoring(blocked=1)
    with pytest.raises(ValueError, match="same record"):
        evaluate({"sessions": [SessionFacts(1, session), SessionFacts(1, session)]})


@pytest.mark.parametrize(
    "make",
    [
        lambda: QuestionnaireFact(1, "phq9", datetime(2026, 3, 2, 9, 0), 5, 0),
        lambda: QuestionnaireFact(1, "bdi", T0, 5),
        lambda: SideEffectFact(1, None, T0, "nausea", "terrible"),
        lambda: EditFact("mood", 1, T0, datetime(2026, 3, 2, 9, 0)),
        lambda: evaluate_flags(PLAN, now=datetime(2026, 3, 2, 9, 0)),
    ],
)
def test_facts_that_cannot_exist_are_refused(make: Callable[[], object]) -> None:
    with pytest.raises(ValueError):
        make()


def test_an_unfinished_item9_answer_raises_the_item9_flag() -> None:
    from companion.domain.flags import Item9AnswerFact

    at = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
    flags = evaluate_flags(CarePlan(dose_mg=56.0), unfinished_item9=[Item9AnswerFact(7, at, 1)],
                           now=at + timedelta(hours=1))
    assert [(f.rule, f.record_kind, f.record_id) for f in flags] == [
        (FlagRule.PHQ9_ITEM9, "phq9_item9_answer", 7)
    ]
    assert flags[0].severity is Severity.URGENT and "not finished" in flags[0].text
    with pytest.raises(ValueError):
        Item9AnswerFact(8, at, 0)


@pytest.mark.parametrize(("item9", "changed_from", "raised"), [
    (0, 2, True),   # answered 2, changed to 0 before finishing: an answer above 0 was given
    (0, None, False),
    (1, None, True),
    (1, 3, True),   # the finished form speaks (one flag for the form, not two)
])
def test_question_9_changed_back_to_0_still_raises_the_flag(
    item9: int, changed_from: int | None, raised: bool
) -> None:
    at = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
    fact = QuestionnaireFact(4, "phq9", at, 9, item9, changed_from)
    flags = [f for f in evaluate_flags(PLAN, questionnaires=[fact], now=at) if f.rule is FlagRule.PHQ9_ITEM9]
    assert [(f.record_kind, f.record_id) for f in flags] == ([("questionnaire", 4)] if raised else [])
    if raised and item9 == 0:
        assert "first answered 2" in flags[0].text and "changed to 0" in flags[0].text


# -- SpO2, check-in observations, check-ins without the code, urgent pre-dose readings ----------------


def test_spo2_text_names_each_low_reading_and_the_plans_limit() -> None:
    session = spo2_rechecked(92, SPO2_94_PLAN)
    session = (session.apply(RecoveryCheckStarted(at=DOSE + MINIMUM))
               .apply(Completed(at=DOSE + MINIMUM, systolic=120, diastolic=75, heart_rate=70, spo2=95)))
    (flag,) = of_rule(evaluate(one_session(session, spo2=93)), FlagRule.SPO2_LOW)
    assert flag.text == ("Oxygen saturation (SpO2) was below the care plan's limit of 94 % (93 % before the "
                         "dose and 92 % at 40 minutes after the dose). Please tell your clinician.")
    assert flag.raised_at == T0 + timedelta(minutes=5)  # pre-dose: judged when the checklist passed
    assert flag.key == "spo2_low:session:1" and flag.severity is Severity.URGENT


def test_spo2_readings_outside_the_plausible_range_are_never_classified() -> None:
    flags = evaluate(one_session(spo2_rechecked(60), spo2=50))
    assert of_rule(flags, FlagRule.SPO2_LOW) == []


def test_sedation_text_names_the_signs_and_when_and_detached_alone_raises_nothing() -> None:
    session = (monitoring()
               .apply(CheckinConfirmed(at=after_dose(15), due_at=after_dose(15), all_well=True,
                                       detached=True))
               .apply(CheckinConfirmed(at=after_dose(30), due_at=after_dose(30), all_well=False,
                                       very_sleepy=True))
               .apply(CheckinConfirmed(at=after_dose(45), due_at=after_dose(45), all_well=False,
                                       very_sleepy=True, slow_breathing=True)))
    (flag,) = of_rule(evaluate(one_session(session)), FlagRule.SEDATION_OR_SLOW_BREATHING)
    assert flag.text == ("At a check-in the sitter recorded that you were very sleepy or hard to wake and "
                         "breathing slowly or shallowly (at 30 and 45 minutes after the dose). These are "
                         "emergency signs; please tell your clinician.")
    assert flag.raised_at == after_dose(30)


def test_old_check_ins_without_observations_raise_nothing_new() -> None:
    session = monitoring().apply(CheckinConfirmed(at=after_dose(15), due_at=after_dose(15), all_well=False))
    assert evaluate(one_session(session, now=after_dose(20))) == []


def test_checkins_without_code_are_one_flag_naming_each() -> None:
    session = (monitoring()
               .apply(CheckinConfirmed(at=after_dose(15), due_at=after_dose(15), all_well=True,
                                       without_code=True))
               .apply(CheckinConfirmed(at=after_dose(30), due_at=after_dose(30), all_well=True))
               .apply(CheckinConfirmed(at=after_dose(46), due_at=after_dose(45), all_well=True,
                                       without_code=True)))
    (flag,) = of_rule(evaluate(one_session(session)), FlagRule.CHECKIN_WITHOUT_CODE)
    assert flag.text == ("2 sitter check-ins were confirmed without the sitter's code (at 15 and 45 minutes "
                         "after the dose), so the app could not tell who answered.")
    assert flag.severity is Severity.MODERATE and flag.raised_at == after_dose(15)


def test_an_urgent_pre_dose_reading_is_flagged_with_the_readings_after_it() -> None:
    session = rechecked(BloodPressure(186, 95))
    (flag,) = of_rule(evaluate(one_session(session, BloodPressure(182, 88))), FlagRule.URGENT_BP)
    assert "(182/88 before the dose; 186/95 at 40 minutes after the dose)" in flag.text
    assert flag.text.count("The upper number (systolic) is 180 or more.") == 1
    assert flag.raised_at == T0 + timedelta(minutes=5)
    (blocked,) = of_rule(evaluate(one_session(blocked_before_dose(), BloodPressure(210, 125))),
                         FlagRule.URGENT_BP)
    assert "(210/125 before the dose)" in blocked.text and blocked.raised_at == T0 + timedelta(minutes=1)
