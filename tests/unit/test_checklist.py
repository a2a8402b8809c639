"""The safety checklist: items built from the care plan and the outcome of every kind of answer."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from companion.domain.care_plan import CarePlan
from companion.domain.checklist import (
    MEDICINE_CATEGORY_LABELS,
    OTHER_MEDICINES_ID,
    VITALS_ID,
    Answer,
    ChecklistItem,
    ItemKind,
    MedicineCategory,
    OutcomeFlag,
    build_checklist,
    evaluate_checklist,
    medicine_categories_recorded,
)
from companion.domain.vitals import BloodPressure, PreDoseAssessment, PreDoseVerdict, classify_pre_dose

PLAN = CarePlan(dose_mg=300.0, clinician_name="Dr A. Lee", clinician_phone="555 0100")
ITEMS = build_checklist(PLAN)
BY_ID = {item.id: item for item in ITEMS}
AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
OK_VITALS = PreDoseAssessment(PreDoseVerdict.OK, ())


def _answer(value: bool, **extra: object) -> Answer:
    return Answer(value, answered_at=AT, **extra)  # type: ignore[arg-type]


def _safe_answers(items: tuple[ChecklistItem, ...] = ITEMS) -> dict[str, Answer]:
    """Every stop and caution item answered the way that lets the session start."""
    return {item.id: _answer(not item.blocking_answer) for item in items if item.kind is not ItemKind.PREPARE}


def test_items_cover_design_section_3() -> None:
    kinds = {item.id: item.kind for item in ITEMS}
    assert kinds == {
        "sitter_present": ItemKind.STOP,
        "fasting_food": ItemKind.STOP,
        "fasting_liquids": ItemKind.STOP,
        "substances": ItemKind.STOP,
        "sedatives_stimulants_today": ItemKind.CAUTION,
        "new_medicine_or_illness": ItemKind.CAUTION,
        "pregnancy_or_breastfeeding": ItemKind.STOP,
        "no_driving_until_tomorrow": ItemKind.STOP,
        "no_dependents_until_tomorrow": ItemKind.STOP,
        "setting_no_bath": ItemKind.PREPARE,
        "setting_sharp_objects_away": ItemKind.PREPARE,
        "setting_phone_charged": ItemKind.PREPARE,
        "setting_water_and_bowl": ItemKind.PREPARE,
    }
    assert [item.id for item in ITEMS if item.records_names] == ["sedatives_stimulants_today"]
    assert [item.id for item in ITEMS if item.records_categories] == ["sedatives_stimulants_today"]
    assert all((item.blocking_answer is None) is (item.kind is ItemKind.PREPARE) for item in ITEMS)


def test_texts_are_calm_second_person_sentences() -> None:
    for item in ITEMS:
        text = f"{item.question} {item.explanation}"
        assert "!" not in text
        assert "you" in text.lower()
        assert item.question.endswith("?") or item.kind is ItemKind.PREPARE
        assert item.explanation.endswith(".")


def test_wording_shows_the_plans_hours() -> None:
    assert "2 hours" in BY_ID["fasting_food"].question
    assert "30 minutes" in BY_ID["fasting_liquids"].question
    assert "24 hours" in BY_ID["substances"].question
    plan = dataclasses.replace(PLAN, fasting_food_hours=4.0, fasting_liquids_hours=1.5,
                               substance_window_hours=48)
    items = {item.id: item for item in build_checklist(plan)}
    assert "4 hours" in items["fasting_food"].question and "4 hours" in items["fasting_food"].explanation
    assert "1 hour 30 minutes" in items["fasting_liquids"].question
    assert "48 hours" in items["substances"].question
    one_hour = {i.id: i for i in build_checklist(dataclasses.replace(PLAN, fasting_food_hours=1.0))}
    assert "last 1 hour?" in one_hour["fasting_food"].question


def test_no_fasting_question_when_the_plan_asks_for_none() -> None:
    ids = [item.id for item in build_checklist(dataclasses.replace(PLAN, fasting_food_hours=0.0))]
    assert "fasting_food" not in ids and "fasting_liquids" in ids
    ids = [item.id for item in build_checklist(dataclasses.replace(PLAN, fasting_liquids_hours=0.0))]
    assert "fasting_liquids" not in ids and "fasting_food" in ids


def test_all_safe_answers_and_ok_vitals_can_start() -> None:
    outcome = evaluate_checklist(ITEMS, _safe_answers(), OK_VITALS, PLAN)
    assert outcome.can_start
    assert outcome.blocked_by == outcome.needs_acknowledgement == outcome.missing == outcome.flags == ()
    assert outcome.contact == ""


def test_prepare_items_never_block() -> None:
    answers = _safe_answers() | {item.id: _answer(False) for item in ITEMS if item.kind is ItemKind.PREPARE}
    assert evaluate_checklist(ITEMS, answers, OK_VITALS, PLAN).can_start


@pytest.mark.parametrize("item", [i for i in ITEMS if i.kind is ItemKind.STOP], ids=lambda i: i.id)
def test_each_stop_item_blocks_and_says_whom_to_contact(item: ChecklistItem) -> None:
    assert item.blocking_answer is not None
    answers = _safe_answers() | {item.id: _answer(item.blocking_answer, acknowledged=True)}
    outcome = evaluate_checklist(ITEMS, answers, OK_VITALS, PLAN)
    assert not outcome.can_start
    assert outcome.blocked_by == (item.id,)
    assert "Dr A. Lee" in outcome.contact and "555 0100" in outcome.contact
    assert outcome.flags == (OutcomeFlag.BLOCKED_START,)


def test_contact_without_a_clinician_name_still_gives_the_phone() -> None:
    plan = dataclasses.replace(PLAN, clinician_name="")
    answers = _safe_answers() | {"sitter_present": _answer(False)}
    outcome = evaluate_checklist(ITEMS, answers, OK_VITALS, plan)
    assert "your clinician" in outcome.contact and "555 0100" in outcome.contact


def test_caution_item_needs_acknowledgement_then_is_flagged() -> None:
    answers = _safe_answers() | {"new_medicine_or_illness": _answer(True)}
    outcome = evaluate_checklist(ITEMS, answers, OK_VITALS, PLAN)
    assert not outcome.can_start
    assert outcome.needs_acknowledgement == ("new_medicine_or_illness",) and outcome.blocked_by == ()
    answers["new_medicine_or_illness"] = _answer(True, acknowledged=True)
    outcome = evaluate_checklist(ITEMS, answers, OK_VITALS, PLAN)
    assert outcome.can_start
    assert outcome.acknowledged == ("new_medicine_or_illness",)
    assert outcome.flags == (OutcomeFlag.CAUTION_ACKNOWLEDGED,)


def test_other_medicines_are_recorded_by_category_names_optional() -> None:
    # Names alone are no longer enough: a "yes" must say which kind (DESIGN.md §3 session record).
    named = _answer(True, acknowledged=True, names="lorazepam 1 mg at 8:00")
    answers = _safe_answers() | {OTHER_MEDICINES_ID: named}
    outcome = evaluate_checklist(ITEMS, answers, OK_VITALS, PLAN)
    assert not outcome.can_start and outcome.missing == (OTHER_MEDICINES_ID,)
    answers[OTHER_MEDICINES_ID] = _answer(True, acknowledged=True, categories=(MedicineCategory.OPIOIDS,))
    outcome = evaluate_checklist(ITEMS, answers, OK_VITALS, PLAN)
    assert outcome.can_start and outcome.acknowledged == (OTHER_MEDICINES_ID,)
    # A category still needs the acknowledgement: the item stays a caution.
    answers[OTHER_MEDICINES_ID] = _answer(True, categories=(MedicineCategory.STIMULANTS,), names="x")
    outcome = evaluate_checklist(ITEMS, answers, OK_VITALS, PLAN)
    assert not outcome.can_start and outcome.needs_acknowledgement == (OTHER_MEDICINES_ID,)
    assert outcome.missing == ()
    answers[OTHER_MEDICINES_ID] = _answer(False)
    assert evaluate_checklist(ITEMS, answers, OK_VITALS, PLAN).can_start


def test_the_other_medicines_question_names_every_category() -> None:
    item = BY_ID[OTHER_MEDICINES_ID]
    assert item.question == ("Have you taken any of these today: benzodiazepines, other sleeping pills, "
                             "stimulants, MAOIs or opioids?")
    assert item.kind is ItemKind.CAUTION and item.blocking_answer is True
    assert [c.value for c in MedicineCategory] == ["benzodiazepines", "sleeping_pills", "stimulants", "maois",
                                                   "opioids"]
    assert all(label.strip() and label[0].isupper() for label in MEDICINE_CATEGORY_LABELS.values())
    assert "zolpidem" in MEDICINE_CATEGORY_LABELS[MedicineCategory.SLEEPING_PILLS]


def test_categories_are_normalised_and_unknown_ones_refused() -> None:
    answer = _answer(True, categories=("opioids", MedicineCategory.BENZODIAZEPINES, MedicineCategory.OPIOIDS))
    assert answer.categories == (MedicineCategory.BENZODIAZEPINES, MedicineCategory.OPIOIDS)
    assert all(isinstance(c, MedicineCategory) for c in answer.categories)
    with pytest.raises(ValueError):
        _answer(True, categories=("cannabis",))


def test_an_old_answer_with_names_only_reads_as_categories_not_recorded() -> None:
    old = _answer(True, acknowledged=True, names="lorazepam 0.5 mg")
    assert old.categories == () and old.names == "lorazepam 0.5 mg"
    assert not medicine_categories_recorded(old)
    assert medicine_categories_recorded(_answer(False))
    assert medicine_categories_recorded(_answer(True, categories=(MedicineCategory.MAOIS,)))


def test_unanswered_items_and_vitals_are_missing() -> None:
    answers = _safe_answers()
    del answers["substances"], answers["new_medicine_or_illness"]
    outcome = evaluate_checklist(ITEMS, answers, None, PLAN)
    assert not outcome.can_start
    assert outcome.missing == ("substances", "new_medicine_or_illness", VITALS_ID)
    assert evaluate_checklist(ITEMS, {}, None, PLAN).missing == (
        *(i.id for i in ITEMS if i.kind is not ItemKind.PREPARE), VITALS_ID)


def test_stop_wins_and_everything_is_reported_together() -> None:
    answers = _safe_answers() | {"sitter_present": _answer(False), "new_medicine_or_illness": _answer(True)}
    stop_vitals = classify_pre_dose(BloodPressure(170, 80), 70, PLAN)
    outcome = evaluate_checklist(ITEMS, answers, stop_vitals, PLAN)
    assert outcome.blocked_by == ("sitter_present", VITALS_ID)
    assert outcome.needs_acknowledgement == ("new_medicine_or_illness",)


@pytest.mark.parametrize(("systolic", "diastolic", "heart_rate", "can_start", "blocked", "needs_ack"), [
    (160, 80, 70, False, False, True), (161, 80, 70, False, True, False),
    (130, 90, 70, True, False, False), (130, 91, 70, False, True, False),
    (120, 80, 100, True, False, False), (120, 80, 101, False, True, False),
    (140, 80, 70, True, False, False), (141, 80, 70, False, False, True),
])
def test_vitals_boundaries_through_the_checklist(systolic: int, diastolic: int, heart_rate: int,
                                                 can_start: bool, blocked: bool, needs_ack: bool) -> None:
    vitals = classify_pre_dose(BloodPressure(systolic, diastolic), heart_rate, PLAN)
    outcome = evaluate_checklist(ITEMS, _safe_answers(), vitals, PLAN)
    assert outcome.can_start is can_start
    assert (outcome.blocked_by == (VITALS_ID,)) is blocked
    assert (outcome.needs_acknowledgement == (VITALS_ID,)) is needs_ack
    assert (outcome.contact != "") is blocked


def test_caution_band_vitals_start_after_acknowledgement_and_are_flagged() -> None:
    vitals = classify_pre_dose(BloodPressure(150, 85), 70, PLAN)
    answers = _safe_answers() | {VITALS_ID: _answer(True, acknowledged=True)}
    outcome = evaluate_checklist(ITEMS, answers, vitals, PLAN)
    assert outcome.can_start and outcome.acknowledged == (VITALS_ID,)
    assert outcome.flags == (OutcomeFlag.CAUTION_ACKNOWLEDGED, OutcomeFlag.PRE_DOSE_BP_CAUTION)


def test_acknowledging_a_stop_does_not_unblock_it() -> None:
    vitals = classify_pre_dose(BloodPressure(170, 85), 70, PLAN)
    answers = _safe_answers() | {VITALS_ID: _answer(True, acknowledged=True)}
    outcome = evaluate_checklist(ITEMS, answers, vitals, PLAN)
    assert not outcome.can_start and outcome.blocked_by == (VITALS_ID,)


def test_an_answer_needs_an_aware_time() -> None:
    with pytest.raises(ValueError, match="timezone"):
        Answer(True, answered_at=datetime(2026, 1, 5, 9, 0))  # deliberately naive
    answer = Answer(value=True, names="x", acknowledged=True, answered_at=AT)
    assert answer.answered_at == AT
