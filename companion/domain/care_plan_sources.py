"""Where each care-plan default comes from (DESIGN.md §3), and limits that a plan makes inert.

Every clinical number in the app is a care-plan field; its default is shown with its source, beside
the field in the form and on the "Where these numbers come from" page.  A field whose value is the
patient's own fact (the address, the prescription) has no default and no source, and says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from companion.domain.care_plan import PLAN_FIELDS, CarePlan
from companion.domain.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Source:
    key: str
    short: str  # beside a field: "Spravato REMS"
    citation: str  # on the sources page: what it is and what it says


SOURCES: tuple[Source, ...] = (
    Source(
        "prescription",
        QT_TRANSLATE_NOOP("CarePlanSources", "Your clinician's prescription"),
        QT_TRANSLATE_NOOP("CarePlanSources", "What your clinician prescribed. companion has no default dose "
                                             "and never suggests one."),
    ),
    Source(
        "choose_ketamine",
        QT_TRANSLATE_NOOP("CarePlanSources", "Choose Ketamine remote-treatment agreement"),
        QT_TRANSLATE_NOOP("CarePlanSources", "Choose Ketamine, remote ketamine treatment agreement: do not "
                                             "start with a blood pressure above 160/90 or a heart rate "
                                             "above 100 per minute."),
    ),
    Source(
        "spravato_pi_5_6",
        QT_TRANSLATE_NOOP("CarePlanSources", "Spravato prescribing information, 5.6"),
        QT_TRANSLATE_NOOP("CarePlanSources", "Spravato (esketamine) US prescribing information, section 5.6 "
                                             "(increases in blood pressure): extra care before a dose when "
                                             "blood pressure is above 140/90."),
    ),
    Source(
        "spravato_pi_urgent",
        QT_TRANSLATE_NOOP("CarePlanSources", "Spravato prescribing information"),
        QT_TRANSLATE_NOOP("CarePlanSources", "Spravato US prescribing information: 8–19 % of patients had a "
                                             "rise of 40 mmHg systolic or 25 mmHg diastolic or more; "
                                             "readings of 180/110 or more need immediate attention."),
    ),
    Source(
        "spravato_rems_monitoring",
        QT_TRANSLATE_NOOP("CarePlanSources", "Spravato REMS"),
        QT_TRANSLATE_NOOP("CarePlanSources", "Spravato REMS (Risk Evaluation and Mitigation Strategy): "
                                             "monitoring for at least 2 hours after each dose, with blood "
                                             "pressure measured before the dose, at about 40 minutes (when "
                                             "it peaks) and at the end, recorded on the patient monitoring "
                                             "form."),
    ),
    Source(
        "checkin_guides",
        QT_TRANSLATE_NOOP("CarePlanSources", "Mindbloom and Journey Clinical session guides"),
        QT_TRANSLATE_NOOP("CarePlanSources", "Mindbloom's peer treatment monitor guide and Journey "
                                             "Clinical's sitter guidance: the support person checks on the "
                                             "patient about every 15 minutes."),
    ),
    Source(
        "fasting_guides",
        QT_TRANSLATE_NOOP("CarePlanSources", "Spravato patient guide; Nue Life"),
        QT_TRANSLATE_NOOP("CarePlanSources", "Spravato patient guide and Nue Life's session preparation: no "
                                             "food for 2 hours and no liquids for 30 minutes before the "
                                             "dose (some plans ask 4 hours)."),
    ),
    Source(
        "substances_guides",
        QT_TRANSLATE_NOOP("CarePlanSources", "Oxford Health NHS"),
        QT_TRANSLATE_NOOP("CarePlanSources", "Oxford Health NHS Foundation Trust ketamine patient "
                                             "information: no alcohol, cannabis or non-prescribed drugs in "
                                             "the 24 hours before a session."),
    ),
    Source(
        "lifeline_988",
        QT_TRANSLATE_NOOP("CarePlanSources", "988 Suicide & Crisis Lifeline"),
        QT_TRANSLATE_NOOP("CarePlanSources", "988 Suicide & Crisis Lifeline (call, text or chat, in the US "
                                             "and Canada); 911 is the emergency number there. Both are "
                                             "care-plan fields, so other countries can enter their own."),
    ),
    Source(
        "oximetry",
        QT_TRANSLATE_NOOP("CarePlanSources", "Spravato HCP dosing page; Johnson & Johnson medical "
                                             "information"),
        QT_TRANSLATE_NOOP("CarePlanSources", "Spravato HCP dosing page (monitor respiratory status, "
                                             "including pulse oximetry, at each session); Johnson & Johnson "
                                             "medical information (phase 3 studies excluded an SpO2 below "
                                             "93 % and tracked SpO2 below 93 % on 2 consecutive readings)."),
    ),
    Source(
        "app_safeguard",
        QT_TRANSLATE_NOOP("CarePlanSources", "companion's own safeguard (no published number)"),
        QT_TRANSLATE_NOOP("CarePlanSources", "Not a clinical number: a safeguard of this app that your "
                                             "clinician may switch off."),
    ),
    Source(
        "app_schedule",
        QT_TRANSLATE_NOOP("CarePlanSources", "companion's default (no published standard)"),
        QT_TRANSLATE_NOOP("CarePlanSources", "No published standard sets how often these questionnaires are "
                                             "repeated during ketamine treatment; weekly PHQ-9 and GAD-7 "
                                             "and a monthly PCL-5 are this app's defaults, for your "
                                             "clinician to set."),
    ),
    Source(
        "patient_fact",
        QT_TRANSLATE_NOOP("CarePlanSources", "No default: your own information"),
        QT_TRANSLATE_NOOP("CarePlanSources", "Your own information, with no default and no source; it is "
                                             "needed before a session because the sitter reads it to the "
                                             "paramedics."),
    ),
)
SOURCES_BY_KEY: Mapping[str, Source] = {source.key: source for source in SOURCES}

FIELD_SOURCES: Mapping[str, str] = {
    "medication_name": "prescription",
    "dose_mg": "prescription",
    "route": "prescription",
    "planned_weekdays": "prescription",
    "minimum_monitoring_minutes": "spravato_rems_monitoring",
    "checkin_interval_minutes": "checkin_guides",
    "checkin_grace_minutes": "checkin_guides",
    "bp_recheck_minutes": "spravato_rems_monitoring",
    "bp_recheck_at_end": "spravato_rems_monitoring",
    "stop_systolic_above": "choose_ketamine",
    "stop_diastolic_above": "choose_ketamine",
    "stop_heart_rate_above": "choose_ketamine",
    "caution_systolic_above": "spravato_pi_5_6",
    "caution_diastolic_above": "spravato_pi_5_6",
    "urgent_systolic_at_least": "spravato_pi_urgent",
    "urgent_diastolic_at_least": "spravato_pi_urgent",
    "urgent_systolic_rise": "spravato_pi_urgent",
    "urgent_diastolic_rise": "spravato_pi_urgent",
    "fasting_food_hours": "fasting_guides",
    "fasting_liquids_hours": "fasting_guides",
    "substance_window_hours": "substances_guides",
    "sitter_code_required": "app_safeguard",
    "kit_has_oximeter": "oximetry",
    "spo2_urgent_below": "oximetry",
    "clinician_name": "prescription",
    "clinician_phone": "prescription",
    "emergency_number": "lifeline_988",
    "crisis_line": "lifeline_988",
    "patient_address": "patient_fact",
    "allergies": "patient_fact",
    "phq9_every_days": "app_schedule",
    "gad7_every_days": "app_schedule",
    "pcl5_enabled": "app_schedule",
    "pcl5_every_days": "app_schedule",
}
assert set(FIELD_SOURCES) == {spec.name for spec in PLAN_FIELDS}, "every care-plan field names its source"
assert set(FIELD_SOURCES.values()) <= set(SOURCES_BY_KEY)


def source_of(field_name: str) -> Source:
    return SOURCES_BY_KEY[FIELD_SOURCES[field_name]]


def inert_limits(plan: CarePlan) -> dict[str, str]:
    """Caution limits that can never act with this plan, each with a sentence saying why.

    A reading above a do-not-start limit stops the start before caution is asked, so a caution limit
    at or above its do-not-start limit never decides anything (the default diastolic limits are both
    90: DESIGN.md §3 quotes them so). Shown beside the field rather than hidden or "fixed".
    """
    notes: dict[str, str] = {}
    if plan.caution_systolic_above >= plan.stop_systolic_above:
        notes["caution_systolic_above"] = QT_TRANSLATE_NOOP(
            "CarePlanNotes",
            "With these limits the caution systolic limit never acts: a systolic above %1 already stops "
            "the start.",
        ).arg(plan.stop_systolic_above)
    if plan.caution_diastolic_above >= plan.stop_diastolic_above:
        notes["caution_diastolic_above"] = QT_TRANSLATE_NOOP(
            "CarePlanNotes",
            "With these limits the caution diastolic limit never acts: a diastolic above %1 already stops "
            "the start.",
        ).arg(plan.stop_diastolic_above)
    return notes
