"""Vitals: plausible ranges, do-not-start / caution at every boundary, urgent levels and rises."""

from __future__ import annotations

import dataclasses

import pytest

from companion.domain.care_plan import CarePlan
from companion.domain.vitals import (
    PLAUSIBLE_DIASTOLIC,
    PLAUSIBLE_HEART_RATE,
    PLAUSIBLE_SPO2,
    PLAUSIBLE_SYSTOLIC,
    BloodPressure,
    ImplausibleReadingError,
    PreDoseVerdict,
    check_plausible,
    classify_pre_dose,
    final_reading_problems,
    is_urgent,
    spo2_urgent,
    urgent_reasons,
)

PLAN = CarePlan(dose_mg=300.0, clinician_phone="555 0100")
OK, CAUTION, STOP = PreDoseVerdict.OK, PreDoseVerdict.CAUTION, PreDoseVerdict.STOP


def test_plausible_ranges_are_design_section_3() -> None:
    assert PLAUSIBLE_SYSTOLIC == (60, 260)
    assert PLAUSIBLE_DIASTOLIC == (30, 160)
    assert PLAUSIBLE_HEART_RATE == (30, 220)


@pytest.mark.parametrize(("systolic", "diastolic", "heart_rate", "plausible"), [
    (60, 30, 30, True), (260, 160, 220, True), (120, 80, None, True),
    (59, 40, 70, False), (261, 100, 70, False),
    (120, 29, 70, False), (200, 161, 70, False),
    (120, 80, 29, False), (120, 80, 221, False),
    (90, 90, 70, False), (80, 90, 70, False),  # systolic must be above diastolic
])
def test_plausibility(systolic: int, diastolic: int, heart_rate: int | None, plausible: bool) -> None:
    reasons = check_plausible(systolic, diastolic, heart_rate)
    assert (reasons == []) is plausible
    assert all("measure again" in reason for reason in reasons)


def test_a_swapped_reading_gets_every_reason() -> None:
    assert len(check_plausible(20, 300, 500)) == 4


@pytest.mark.parametrize(("systolic", "diastolic", "heart_rate", "verdict"), [
    (160, 80, 70, CAUTION), (161, 80, 70, STOP),       # do-not-start systolic: > 160
    (130, 90, 70, OK), (130, 91, 70, STOP),            # do-not-start diastolic: > 90 (stop wins over caution)
    (120, 80, 100, OK), (120, 80, 101, STOP),          # do-not-start heart rate: > 100
    (140, 80, 70, OK), (141, 80, 70, CAUTION),         # caution systolic: > 140
    (141, 91, 70, STOP), (170, 80, 101, STOP),
])
def test_pre_dose_boundaries(systolic: int, diastolic: int, heart_rate: int, verdict: PreDoseVerdict) -> None:
    assessment = classify_pre_dose(BloodPressure(systolic, diastolic), heart_rate, PLAN)
    assert assessment.verdict is verdict
    assert (assessment.reasons == ()) is (verdict is OK)


def test_stop_reasons_name_each_limit_from_the_plan() -> None:
    assessment = classify_pre_dose(BloodPressure(170, 95), 110, PLAN)
    assert len(assessment.reasons) == 3
    assert "160" in assessment.reasons[0] and "90" in assessment.reasons[1] and "100" in assessment.reasons[2]


def test_caution_diastolic_band_applies_when_the_plan_separates_it_from_stop() -> None:
    plan = dataclasses.replace(PLAN, caution_diastolic_above=85)
    assert classify_pre_dose(BloodPressure(130, 85), 70, plan).verdict is OK
    assessment = classify_pre_dose(BloodPressure(130, 86), 70, plan)
    assert assessment.verdict is CAUTION and "85" in assessment.reasons[0]


def test_the_plans_own_limits_are_used() -> None:
    plan = dataclasses.replace(PLAN, stop_systolic_above=150, caution_systolic_above=130,
                               stop_heart_rate_above=90)
    assert classify_pre_dose(BloodPressure(151, 80), 70, plan).verdict is STOP
    assert classify_pre_dose(BloodPressure(131, 80), 70, plan).verdict is CAUTION
    assert classify_pre_dose(BloodPressure(120, 80), 91, plan).verdict is STOP


def test_implausible_readings_are_never_classified() -> None:
    with pytest.raises(ImplausibleReadingError):
        classify_pre_dose(BloodPressure(400, 80), 70, PLAN)
    with pytest.raises(ImplausibleReadingError):
        classify_pre_dose(BloodPressure(120, 80), 10, PLAN)
    with pytest.raises(ImplausibleReadingError):
        is_urgent(BloodPressure(80, 90), None, PLAN)
    with pytest.raises(ImplausibleReadingError):
        is_urgent(BloodPressure(120, 80), BloodPressure(20, 10), PLAN)


@pytest.mark.parametrize(("systolic", "diastolic", "urgent"), [
    (179, 100, False), (180, 100, True),    # urgent systolic: >= 180
    (170, 109, False), (170, 110, True),    # urgent diastolic: >= 110
])
def test_urgent_levels(systolic: int, diastolic: int, urgent: bool) -> None:
    assert bool(is_urgent(BloodPressure(systolic, diastolic), None, PLAN)) is urgent


@pytest.mark.parametrize(("rise_systolic", "rise_diastolic", "reasons"), [
    (39, 0, 0), (40, 0, 1),                 # rise >= 40 systolic
    (0, 24, 0), (0, 25, 1),                 # rise >= 25 diastolic
    (40, 25, 2), (39, 24, 0),
])
def test_urgent_rises_from_the_pre_dose_reading(rise_systolic: int, rise_diastolic: int,
                                                 reasons: int) -> None:
    pre_dose = BloodPressure(110, 70)
    now = BloodPressure(110 + rise_systolic, 70 + rise_diastolic)
    found = is_urgent(now, pre_dose, PLAN)
    assert len(found) == reasons
    assert all("risen" in reason for reason in found)


def test_a_fall_is_not_a_rise_and_no_pre_dose_means_levels_only() -> None:
    assert is_urgent(BloodPressure(100, 60), BloodPressure(150, 89), PLAN) == []
    assert is_urgent(BloodPressure(150, 95), None, PLAN) == []


# -- pulse oximetry (SpO2) -------------------------------------------------------------------------


def test_plausible_spo2_is_the_oximeter_standards_accuracy_range() -> None:
    assert PLAUSIBLE_SPO2 == (70, 100)
    assert check_plausible(120, 80, 70, 70) == [] and check_plausible(120, 80, 70, 100) == []
    assert check_plausible(120, 80, None, None) == []


def test_an_spo2_below_70_says_measure_again_and_when_to_call_for_help() -> None:
    (reason,) = check_plausible(120, 80, 70, 69)
    assert "measure again" in reason and "finger clip" in reason
    assert "trouble breathing" in reason and "cannot be woken" in reason
    assert "call the emergency number now" in reason
    (high,) = check_plausible(120, 80, None, 101)
    assert "measure again" in high and "emergency" not in high


@pytest.mark.parametrize(("spo2", "limit", "urgent"), [
    (93, 93, False), (92, 93, True),        # the default: urgent below 93 %
    (94, 94, False), (93, 94, True),        # the plan's own limit
    (100, 93, False), (70, 93, True),
])
def test_spo2_urgent_below_the_plans_limit(spo2: int, limit: int, urgent: bool) -> None:
    plan = dataclasses.replace(PLAN, spo2_urgent_below=limit)
    reasons = spo2_urgent(spo2, plan)
    assert bool(reasons) is urgent
    assert all(f"{limit} %" in reason and f"{spo2} %" in reason for reason in reasons)


def test_an_implausible_spo2_is_never_classified() -> None:
    with pytest.raises(ImplausibleReadingError):
        spo2_urgent(69, PLAN)
    with pytest.raises(ImplausibleReadingError):
        classify_pre_dose(BloodPressure(120, 80), 70, PLAN, spo2=50)


@pytest.mark.parametrize(("spo2", "verdict"), [(None, OK), (93, OK), (92, STOP), (100, OK)])
def test_a_pre_dose_spo2_below_the_limit_stops_and_is_urgent(
    spo2: int | None, verdict: PreDoseVerdict
) -> None:
    assessment = classify_pre_dose(BloodPressure(120, 80), 70, PLAN, spo2)
    assert assessment.verdict is verdict
    assert bool(assessment.urgent) is (verdict is STOP)
    if verdict is STOP:
        assert "93 %" in assessment.reasons[0] and "SpO2" in assessment.urgent[0]


@pytest.mark.parametrize(("systolic", "diastolic", "urgent"), [
    (179, 100, 0), (180, 100, 1), (170, 109, 0), (170, 110, 1), (210, 125, 2),
])
def test_a_pre_dose_reading_at_the_urgent_levels_is_a_stop_with_urgent_reasons(
    systolic: int, diastolic: int, urgent: int
) -> None:
    assessment = classify_pre_dose(BloodPressure(systolic, diastolic), 70, PLAN)
    assert assessment.verdict is STOP  # all of these are above the do-not-start limits
    assert len(assessment.urgent) == urgent
    assert assessment.urgent == tuple(is_urgent(BloodPressure(systolic, diastolic), None, PLAN))


def test_caution_and_ok_readings_carry_no_urgent_reasons() -> None:
    assert classify_pre_dose(BloodPressure(150, 85), 70, PLAN, 97).urgent == ()
    assert classify_pre_dose(BloodPressure(120, 80), 70, PLAN, 97).urgent == ()


def test_urgent_reasons_combine_blood_pressure_and_spo2() -> None:
    pre_dose = BloodPressure(120, 70)
    assert urgent_reasons(BloodPressure(130, 80), 97, pre_dose, PLAN) == []
    assert urgent_reasons(BloodPressure(130, 80), None, pre_dose, PLAN) == []
    reasons = urgent_reasons(BloodPressure(181, 80), 90, pre_dose, PLAN)
    assert len(reasons) == 3 and "SpO2" in reasons[-1]  # level, rise, then SpO2


# -- the final reading (recovery check) -----------------------------------------------------------


def test_final_reading_problems_urgent_first_then_stop_limits_then_spo2() -> None:
    pre_dose = BloodPressure(120, 70)
    assert final_reading_problems(BloodPressure(160, 90), 93, pre_dose, PLAN) == [
        "The upper number (systolic) has risen by 40 or more since before the dose."]
    assert final_reading_problems(BloodPressure(150, 90), 93, BloodPressure(130, 80), PLAN) == []
    problems = final_reading_problems(BloodPressure(182, 95), 91, pre_dose, PLAN)
    assert problems[0] == "The upper number (systolic) is 180 or more."
    assert problems[-2] == "The blood pressure is still above the care plan's do-not-start limits (160/90)."
    assert "SpO2" in problems[-1] and "93 %" in problems[-1]
    assert final_reading_problems(BloodPressure(161, 80), None, None, PLAN) == [
        "The blood pressure is still above the care plan's do-not-start limits (160/90)."]
    assert final_reading_problems(BloodPressure(140, 91), None, None, PLAN) != []
    with pytest.raises(ImplausibleReadingError):
        final_reading_problems(BloodPressure(120, 80), 60, None, PLAN)
