"""Blood pressure and heart rate: is a reading plausible, may the session start, is it urgent.

The limits come from the care plan (defaults in DESIGN.md §3). A reading outside the plausible
ranges, or with the systolic not above the diastolic, is a mis-measurement: the patient is asked to
measure again and the reading is never classified, so a typo can neither block nor clear a start.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from companion.domain.care_plan import CarePlan

# Inclusive plausible ranges (DESIGN.md §3).
PLAUSIBLE_SYSTOLIC = (60, 260)
PLAUSIBLE_DIASTOLIC = (30, 160)
PLAUSIBLE_HEART_RATE = (30, 220)

_MEASURE_AGAIN = "Please measure again."


class ImplausibleReadingError(ValueError):
    """A reading that check_plausible() refuses was given to be classified: a caller's bug."""


@dataclass(frozen=True)
class BloodPressure:
    systolic: int
    diastolic: int


class PreDoseVerdict(StrEnum):
    OK = "ok"
    CAUTION = "caution"  # may start only after an explicit acknowledgement; flagged
    STOP = "stop"  # may not start today; contact the clinician


@dataclass(frozen=True)
class PreDoseAssessment:
    verdict: PreDoseVerdict
    reasons: tuple[str, ...]  # calm sentences with the plan's limit; empty when OK


def check_plausible(systolic: int, diastolic: int, heart_rate: int | None = None) -> list[str]:
    """Why this reading looks mis-measured ("measure again" sentences); empty when plausible.
    ``heart_rate`` is None when only the blood pressure was taken (a re-check)."""
    reasons: list[str] = []
    low, high = PLAUSIBLE_SYSTOLIC
    if not low <= systolic <= high:
        reasons.append(f"The upper number (systolic) should be between {low} and {high}. {_MEASURE_AGAIN}")
    low, high = PLAUSIBLE_DIASTOLIC
    if not low <= diastolic <= high:
        reasons.append(f"The lower number (diastolic) should be between {low} and {high}. {_MEASURE_AGAIN}")
    if systolic <= diastolic:
        reasons.append(f"The upper number (systolic) should be higher than the lower one. {_MEASURE_AGAIN}")
    if heart_rate is not None:
        low, high = PLAUSIBLE_HEART_RATE
        if not low <= heart_rate <= high:
            reasons.append(f"The heart rate should be between {low} and {high}. {_MEASURE_AGAIN}")
    return reasons


def _require_plausible(bp: BloodPressure, heart_rate: int | None = None) -> None:
    if check_plausible(bp.systolic, bp.diastolic, heart_rate):
        raise ImplausibleReadingError("check_plausible() refuses this reading; ask to measure again")


def classify_pre_dose(bp: BloodPressure, heart_rate: int, plan: CarePlan) -> PreDoseAssessment:
    """STOP above a do-not-start limit, else CAUTION above a caution limit, else OK.

    Stop wins over caution: with the default plan a diastolic above 90 is in both, and stops.
    Raises ImplausibleReadingError for a reading check_plausible() refuses.
    """
    _require_plausible(bp, heart_rate)
    stop: list[str] = []
    if bp.systolic > plan.stop_systolic_above:
        stop.append(f"The upper number (systolic) is above {plan.stop_systolic_above}, "
                    "the limit in your care plan for starting.")
    if bp.diastolic > plan.stop_diastolic_above:
        stop.append(f"The lower number (diastolic) is above {plan.stop_diastolic_above}, "
                    "the limit in your care plan for starting.")
    if heart_rate > plan.stop_heart_rate_above:
        stop.append(f"The heart rate is above {plan.stop_heart_rate_above}, "
                    "the limit in your care plan for starting.")
    if stop:
        return PreDoseAssessment(PreDoseVerdict.STOP, tuple(stop))
    caution: list[str] = []
    if bp.systolic > plan.caution_systolic_above:
        caution.append(f"The upper number (systolic) is above {plan.caution_systolic_above}, "
                       "where your care plan asks for extra care.")
    if bp.diastolic > plan.caution_diastolic_above:
        caution.append(f"The lower number (diastolic) is above {plan.caution_diastolic_above}, "
                       "where your care plan asks for extra care.")
    if caution:
        return PreDoseAssessment(PreDoseVerdict.CAUTION, tuple(caution))
    return PreDoseAssessment(PreDoseVerdict.OK, ())


def is_urgent(bp: BloodPressure, pre_dose: BloodPressure | None, plan: CarePlan) -> list[str]:
    """Why this reading during or after a session is urgent; empty when it is not.

    Urgent: at or above the plan's urgent levels, or risen by at least the plan's urgent rise
    since the pre-dose reading (when there is one). Raises ImplausibleReadingError for a reading
    check_plausible() refuses (either of them).
    """
    _require_plausible(bp)
    reasons: list[str] = []
    if bp.systolic >= plan.urgent_systolic_at_least:
        reasons.append(f"The upper number (systolic) is {plan.urgent_systolic_at_least} or more.")
    if bp.diastolic >= plan.urgent_diastolic_at_least:
        reasons.append(f"The lower number (diastolic) is {plan.urgent_diastolic_at_least} or more.")
    if pre_dose is not None:
        _require_plausible(pre_dose)
        if bp.systolic - pre_dose.systolic >= plan.urgent_systolic_rise:
            reasons.append(f"The upper number (systolic) has risen by {plan.urgent_systolic_rise} "
                           "or more since before the dose.")
        if bp.diastolic - pre_dose.diastolic >= plan.urgent_diastolic_rise:
            reasons.append(f"The lower number (diastolic) has risen by {plan.urgent_diastolic_rise} "
                           "or more since before the dose.")
    return reasons
