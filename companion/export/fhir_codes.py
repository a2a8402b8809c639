"""The app's own codes (CodeSystem ``https://companion.example/fhir/CodeSystem/companion``), declared
once with their display, and the few extensions.

Where a standard code exists and was checked, the bundle uses it (LOINC for vital signs and the
PHQ-9 / GAD-7, SNOMED CT for routes and severities, RxNorm for ketamine); everything the app records
that has no standard code is coded here.  A code not declared here cannot be written
(:func:`app_code` raises KeyError), so this list is the CodeSystem's content.
"""

from __future__ import annotations

from companion.domain.checklist import MEDICINE_CATEGORY_LABELS
from companion.domain.flags import RULES
from companion.domain.instruments import SeverityBand
from companion.domain.session import SessionState
from companion.export.fhir_common import EXTENSION_BASE, Json, app_concept
from companion.storage.checkins import SIDE_EFFECT_LABELS

FLAG_SEVERITY_EXTENSION = f"{EXTENSION_BASE}/flag-severity"  # valueCode: urgent | high | moderate | info

_SESSION: dict[str, str] = {
    "ketamine-session": "At-home ketamine treatment session",
    "sitter": "Sitter (support person)",
    "session-record": "Session record (after the Spravato REMS patient monitoring form)",
    "session-state": "How the session ended",
    "minutes-monitored": "Minutes monitored after the dose",
    "minimum-monitoring-minutes": "Minimum monitoring time of the care plan",
    "ready-at": "Recovery check passed (ready to be left)",
    "vitals-acceptable-before": "Vital signs acceptable before the dose",
    "vitals-acceptable-at-end": "Vital signs acceptable at the end",
    "first-recheck-minutes": "First blood pressure re-check after the dose",
    "bp-before-systolic": "Systolic blood pressure before the dose",
    "bp-before-diastolic": "Diastolic blood pressure before the dose",
    "bp-recheck-systolic": "Systolic blood pressure at the first re-check",
    "bp-recheck-diastolic": "Diastolic blood pressure at the first re-check",
    "bp-end-systolic": "Systolic blood pressure at the end",
    "bp-end-diastolic": "Diastolic blood pressure at the end",
    "spo2-lowest": "Lowest oxygen saturation of the session",
    "sedation": "Very sleepy or hard to wake at a check-in",
    "dissociation": "Detached or confused at a check-in",
    "slow-breathing": "Breathing slowly or shallowly at a check-in",
    "other-medicines-taken": "Other medicines taken that day",
    "other-medicine-category": "Kind of other medicine taken that day",
    "other-medicine-names": "Names of other medicines taken that day",
    "checkins-confirmed": "Sitter check-ins confirmed",
    "checkins-missed": "Sitter check-ins missed",
    "checkins-without-code": "Check-ins confirmed without the sitter's code",
    "help-used": "Help screen opened",
    "end-reason": "Why the session was ended early or abandoned",
    "lot-number": "Lot number of the medication",
    "reading-pre_dose": "Reading before the dose",
    "reading-recheck": "Re-check after the dose",
    "reading-final": "Final reading at the end of the session",
    "sitter-checkin": "Sitter check-in",
    "checkin-all-well": "Confirmed: all is well",
    "checkin-worried": "Confirmed: the sitter is worried",
    "checkin-missed": "Not answered within the grace period",
    "very-sleepy": "Very sleepy or hard to wake",
    "detached": "Detached or confused",
    "without-code": "Confirmed without the sitter's code",
}
_REPORTED: dict[str, str] = {
    "session-baseline": "Before the session: mood and anxiety",
    "post-session-log": "After the session: how the patient feels",
    "next-day-checkin": "The day after the session",
    "daily-mood": "Quick mood",
    "mood": "Mood (0-10)",
    "anxiety": "Anxiety (0-10)",
    "energy": "Energy (0-10)",
    "peak-intensity": "Intensity of the experience at its peak (0-10)",
    "sleep-quality": "Sleep the night after the session (0-10)",
    "intention": "Intention for the session",
    "note": "Note in the patient's words",
    "lingering": "Still lingering the next day",
    "stood-out": "What stood out",
    "log-version": "Times the log was saved",
    "late-edit": "Changed more than 24 hours after it was first saved",
    "side-effect": "Side effect after a session",
    "severity": "Severity",
    "journal-entry": "Journal entry shared by the patient",
    "pcl5-total": "PCL-5 total score",
}


def _questionnaire_codes() -> dict[str, str]:
    codes = {f"pcl5-item-{number}": f"PCL-5 question {number}" for number in range(1, 21)}
    codes.update({band.value: band.label for band in SeverityBand})
    return codes


APP_CODES: dict[str, str] = {
    **_SESSION,
    **_REPORTED,
    **_questionnaire_codes(),
    **{state.value: state.value.replace("_", " ").capitalize() for state in SessionState},
    **{category.value: label for category, label in MEDICINE_CATEGORY_LABELS.items()},
    **{effect: label.capitalize() for effect, label in SIDE_EFFECT_LABELS.items()},
    **{spec.rule.value: spec.title for spec in RULES},
}


def app_code(code: str, text: str | None = None) -> Json:
    """A CodeableConcept of the app's CodeSystem; KeyError for a code not declared here."""
    return app_concept(code, APP_CODES[code], text)


def _check_codes() -> None:
    groups = (_SESSION, _REPORTED, _questionnaire_codes(), {s.value: "" for s in SessionState},
              {c.value: "" for c in MEDICINE_CATEGORY_LABELS}, dict.fromkeys(SIDE_EFFECT_LABELS, ""),
              {spec.rule.value: "" for spec in RULES})
    total = sum(len(group) for group in groups)
    assert total == len(APP_CODES), "an app code is declared twice with different meanings"


_check_codes()
