"""Blood pressure, heart rate and oxygen saturation: is a reading plausible, may the session start,
is it urgent, is the final reading within the plan's limits. Every reason is a sentence of the
``VitalsTexts`` context (a :class:`~companion.domain.texts.Text`), with the numbers as arguments; the
lists are typed ``list[str]`` (a Text is one) so that callers may add plain strings to them.

The limits come from the care plan (defaults in DESIGN.md §3). A reading outside the plausible
ranges, or with the systolic not above the diastolic, is a mis-measurement: the patient is asked to
measure again and the reading is never classified, so a typo can neither block nor clear a start.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from companion.domain.care_plan import CarePlan
from companion.domain.texts import QT_TRANSLATE_NOOP

# Inclusive plausible ranges (DESIGN.md §3).
PLAUSIBLE_SYSTOLIC = (60, 260)
PLAUSIBLE_DIASTOLIC = (30, 160)
PLAUSIBLE_HEART_RATE = (30, 220)
# ISO 80601-2-61 (pulse oximeters) has a manufacturer declare SpO2 accuracy only for 70–100 %: a
# value below 70 is not a number the device stands behind. It is still never shrugged off: the
# "measure again" sentence also says what to do if the patient is in trouble.
PLAUSIBLE_SPO2 = (70, 100)

_MEASURE_AGAIN = QT_TRANSLATE_NOOP("VitalsTexts", "Please measure again.")
_SPO2_TOO_LOW = QT_TRANSLATE_NOOP(
    "VitalsTexts",
    "Please measure again: check the finger clip. If the patient has trouble breathing or cannot be woken, "
    "call the emergency number now.",
)


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
    reasons: tuple[str, ...]  # calm sentences (Texts) with the plan's limit; empty when OK
    # Why the reading is also at or above the urgent levels (or SpO2 below the plan's limit): the
    # screen then gives the urgent guidance (symptoms -> emergency number), not only "not today".
    # Non-empty only with a STOP verdict.
    urgent: tuple[str, ...] = ()


def _spo2_problems(spo2: int) -> list[str]:
    low, high = PLAUSIBLE_SPO2
    #: %1 and %2 are percentages (70 and 100); %3 says what to do
    between = QT_TRANSLATE_NOOP(
        "VitalsTexts", "The oxygen saturation (SpO2) should be between %1 and %2 %. %3")
    if spo2 < low:
        return [between.arg(low, high, _SPO2_TOO_LOW)]
    if spo2 > high:
        return [between.arg(low, high, _MEASURE_AGAIN)]
    return []


def check_plausible(systolic: int, diastolic: int, heart_rate: int | None = None,
                    spo2: int | None = None) -> list[str]:
    """Why this reading looks mis-measured ("measure again" sentences); empty when plausible.
    ``heart_rate`` is None when only the blood pressure was taken (a re-check), ``spo2`` when the
    kit has no pulse oximeter."""
    reasons: list[str] = []
    low, high = PLAUSIBLE_SYSTOLIC
    if not low <= systolic <= high:
        reasons.append(QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The upper number (systolic) should be between %1 and %2. %3",
        ).arg(low, high, _MEASURE_AGAIN))
    low, high = PLAUSIBLE_DIASTOLIC
    if not low <= diastolic <= high:
        reasons.append(QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The lower number (diastolic) should be between %1 and %2. %3",
        ).arg(low, high, _MEASURE_AGAIN))
    if systolic <= diastolic:
        reasons.append(QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The upper number (systolic) should be higher than the lower one. %1",
        ).arg(_MEASURE_AGAIN))
    if heart_rate is not None:
        low, high = PLAUSIBLE_HEART_RATE
        if not low <= heart_rate <= high:
            reasons.append(QT_TRANSLATE_NOOP("VitalsTexts", "The heart rate should be between %1 and %2. %3")
                           .arg(low, high, _MEASURE_AGAIN))
    if spo2 is not None:
        reasons += _spo2_problems(spo2)
    return reasons


def _require_plausible(bp: BloodPressure, heart_rate: int | None = None, spo2: int | None = None) -> None:
    if check_plausible(bp.systolic, bp.diastolic, heart_rate, spo2):
        raise ImplausibleReadingError("check_plausible() refuses this reading; ask to measure again")


def spo2_urgent(spo2: int, plan: CarePlan) -> list[str]:
    """Why this oxygen saturation is urgent (below the plan's limit, default 93 %); empty when not.

    Raises ImplausibleReadingError for a value check_plausible() refuses (below 70 or above 100).
    """
    if _spo2_problems(spo2):
        raise ImplausibleReadingError("check_plausible() refuses this SpO2; ask to measure again")
    if spo2 < plan.spo2_urgent_below:
        return [QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The oxygen saturation (SpO2) is %1 %, below %2 %, the limit in your care plan.",
        ).arg(spo2, plan.spo2_urgent_below)]
    return []


def classify_pre_dose(bp: BloodPressure, heart_rate: int, plan: CarePlan,
                      spo2: int | None = None) -> PreDoseAssessment:
    """STOP above a do-not-start limit (or an SpO2 below the plan's limit), else CAUTION above a
    caution limit, else OK.

    Stop wins over caution: with the default plan a diastolic above 90 is in both, and stops. A
    reading at or above the urgent levels, or an SpO2 below the limit, also fills ``urgent``.
    Raises ImplausibleReadingError for a reading check_plausible() refuses.
    """
    _require_plausible(bp, heart_rate, spo2)
    urgent = is_urgent(bp, None, plan)
    if spo2 is not None:
        urgent += spo2_urgent(spo2, plan)
    stop: list[str] = []
    if bp.systolic > plan.stop_systolic_above:
        stop.append(QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The upper number (systolic) is above %1, the limit in your care plan for starting.",
        ).arg(plan.stop_systolic_above))
    if bp.diastolic > plan.stop_diastolic_above:
        stop.append(QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The lower number (diastolic) is above %1, the limit in your care plan for starting.",
        ).arg(plan.stop_diastolic_above))
    if heart_rate > plan.stop_heart_rate_above:
        stop.append(QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The heart rate is above %1, the limit in your care plan for starting.",
        ).arg(plan.stop_heart_rate_above))
    if spo2 is not None and spo2 < plan.spo2_urgent_below:
        # Phase 3 studies excluded an SpO2 below 93 % (DESIGN.md §3): not a start, and urgent.
        stop.append(QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The oxygen saturation (SpO2) is below %1 %, the limit in your care plan.",
        ).arg(plan.spo2_urgent_below))
    if urgent and not stop:  # unreachable with a valid plan (urgent levels are above the stop limits)
        stop += urgent
    if stop:
        return PreDoseAssessment(PreDoseVerdict.STOP, tuple(stop), tuple(urgent))
    caution: list[str] = []
    if bp.systolic > plan.caution_systolic_above:
        caution.append(QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The upper number (systolic) is above %1, where your care plan asks for extra care.",
        ).arg(plan.caution_systolic_above))
    if bp.diastolic > plan.caution_diastolic_above:
        caution.append(QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The lower number (diastolic) is above %1, where your care plan asks for extra care.",
        ).arg(plan.caution_diastolic_above))
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
        reasons.append(QT_TRANSLATE_NOOP("VitalsTexts", "The upper number (systolic) is %1 or more.")
                       .arg(plan.urgent_systolic_at_least))
    if bp.diastolic >= plan.urgent_diastolic_at_least:
        reasons.append(QT_TRANSLATE_NOOP("VitalsTexts", "The lower number (diastolic) is %1 or more.")
                       .arg(plan.urgent_diastolic_at_least))
    if pre_dose is not None:
        _require_plausible(pre_dose)
        if bp.systolic - pre_dose.systolic >= plan.urgent_systolic_rise:
            reasons.append(QT_TRANSLATE_NOOP(
                "VitalsTexts",
                "The upper number (systolic) has risen by %1 or more since before the dose.",
            ).arg(plan.urgent_systolic_rise))
        if bp.diastolic - pre_dose.diastolic >= plan.urgent_diastolic_rise:
            reasons.append(QT_TRANSLATE_NOOP(
                "VitalsTexts",
                "The lower number (diastolic) has risen by %1 or more since before the dose.",
            ).arg(plan.urgent_diastolic_rise))
    return reasons


def urgent_reasons(bp: BloodPressure, spo2: int | None, pre_dose: BloodPressure | None,
                   plan: CarePlan) -> list[str]:
    """Why a reading during or after a session is urgent: :func:`is_urgent`, then :func:`spo2_urgent`.

    Raises ImplausibleReadingError for a reading check_plausible() refuses.
    """
    reasons = is_urgent(bp, pre_dose, plan)
    if spo2 is not None:
        reasons += spo2_urgent(spo2, plan)
    return reasons


def final_reading_problems(bp: BloodPressure, spo2: int | None, pre_dose: BloodPressure | None,
                           plan: CarePlan) -> list[str]:
    """Why the final reading is not within the plan's limits yet; empty when the patient may be left.

    Urgent reasons first (:func:`is_urgent` with the pre-dose reading), then a blood pressure still
    above the do-not-start limits, then an SpO2 below the plan's limit. Raises
    ImplausibleReadingError for a reading check_plausible() refuses.
    """
    problems = is_urgent(bp, pre_dose, plan)
    if bp.systolic > plan.stop_systolic_above or bp.diastolic > plan.stop_diastolic_above:
        problems.append(QT_TRANSLATE_NOOP(
            "VitalsTexts",
            "The blood pressure is still above the care plan's do-not-start limits (%1/%2).",
        ).arg(plan.stop_systolic_above, plan.stop_diastolic_above))
    if spo2 is not None:
        problems += spo2_urgent(spo2, plan)
    return problems
