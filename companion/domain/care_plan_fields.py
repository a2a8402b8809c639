"""The care plan's fields, declared once: name, label, kind, allowed range and unit.

Validation (``companion.domain.care_plan``), the care-plan file's JSON Schema and the settings
screen all read these declarations. Labels and units are marked for translation in the
``CarePlanFields`` context (the settings screen translates them there); the English is what the
domain's sentences and the care-plan file's schema say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from companion.domain.texts import QT_TRANSLATE_NOOP, Text


class Route(StrEnum):
    SUBLINGUAL = "sublingual"
    ORAL = "oral"
    INTRANASAL = "intranasal"
    INTRAMUSCULAR = "intramuscular"


class FieldKind(StrEnum):
    WHOLE = "whole number"
    NUMBER = "number"
    TEXT = "text"
    PHONE = "phone number"
    FLAG = "true or false"
    ROUTE = "route"
    WEEKDAYS = "list of weekdays"
    MINUTES = "list of minutes"


@dataclass(frozen=True)
class PlanField:
    """One care-plan field: how it is named to people, what it holds and its allowed range."""

    name: str
    label: str
    kind: FieldKind
    minimum: float = 0
    maximum: float = 0
    unit: str = ""
    required_in_file: bool = False

    @property
    def title(self) -> Text:
        """The label followed by the field's name, so a sentence names both: "Dose (dose_mg)".

        The label translates; the name in brackets stays, for the form finds its field by it."""
        return Text("", "%1 (%2)", (self.label, self.name))


_MG = QT_TRANSLATE_NOOP("CarePlanFields", "mg")
_MINUTES = QT_TRANSLATE_NOOP("CarePlanFields", "minutes")
_MMHG = QT_TRANSLATE_NOOP("CarePlanFields", "mmHg")
_PER_MINUTE = QT_TRANSLATE_NOOP("CarePlanFields", "per minute")
_HOURS = QT_TRANSLATE_NOOP("CarePlanFields", "hours")
_PERCENT = QT_TRANSLATE_NOOP("CarePlanFields", "%")
_DAYS = QT_TRANSLATE_NOOP("CarePlanFields", "days")

_F = FieldKind
# Ranges (inclusive). For TEXT and PHONE minimum/maximum are characters and digits.
PLAN_FIELDS: tuple[PlanField, ...] = (
    PlanField("medication_name", QT_TRANSLATE_NOOP("CarePlanFields", "Medication"),
              _F.TEXT, 1, 80, required_in_file=True),
    # A typo guard (a dose of 0 or 20000 mg is a slip), not a dosing limit.
    PlanField("dose_mg", QT_TRANSLATE_NOOP("CarePlanFields", "Dose"),
              _F.NUMBER, 1, 2000, _MG, required_in_file=True),
    PlanField("route", QT_TRANSLATE_NOOP("CarePlanFields", "Route"), _F.ROUTE, required_in_file=True),
    PlanField("planned_weekdays", QT_TRANSLATE_NOOP("CarePlanFields", "Planned session days"),
              _F.WEEKDAYS, 0, 6),
    # One hour is the shortest observation any protocol uses; eight hours is a whole day.
    PlanField("minimum_monitoring_minutes", QT_TRANSLATE_NOOP("CarePlanFields", "Minimum monitoring time"),
              _F.WHOLE, 60, 480, _MINUTES),
    PlanField("checkin_interval_minutes", QT_TRANSLATE_NOOP("CarePlanFields", "Sitter check-in interval"),
              _F.WHOLE, 5, 60, _MINUTES),
    PlanField("checkin_grace_minutes", QT_TRANSLATE_NOOP("CarePlanFields", "Check-in grace period"),
              _F.WHOLE, 1, 10, _MINUTES),
    # At most 12 re-checks, each between 1 minute and the longest monitoring time.
    PlanField("bp_recheck_minutes", QT_TRANSLATE_NOOP("CarePlanFields", "Blood pressure re-check times"),
              _F.MINUTES, 1, 480, _MINUTES),
    PlanField("bp_recheck_at_end", QT_TRANSLATE_NOOP("CarePlanFields", "Blood pressure re-check at the end"),
              _F.FLAG),
    # Do-not-start limits: below these a normal adult could not start; above, nobody should.
    PlanField("stop_systolic_above", QT_TRANSLATE_NOOP("CarePlanFields", "Do-not-start systolic limit"),
              _F.WHOLE, 100, 250, _MMHG),
    PlanField("stop_diastolic_above", QT_TRANSLATE_NOOP("CarePlanFields", "Do-not-start diastolic limit"),
              _F.WHOLE, 60, 140, _MMHG),
    PlanField("stop_heart_rate_above", QT_TRANSLATE_NOOP("CarePlanFields", "Do-not-start heart-rate limit"),
              _F.WHOLE, 60, 180, _PER_MINUTE),
    PlanField("caution_systolic_above", QT_TRANSLATE_NOOP("CarePlanFields", "Caution systolic limit"),
              _F.WHOLE, 100, 250, _MMHG),
    PlanField("caution_diastolic_above", QT_TRANSLATE_NOOP("CarePlanFields", "Caution diastolic limit"),
              _F.WHOLE, 60, 140, _MMHG),
    # Urgent levels end at the top of the plausible range (vitals.PLAUSIBLE_*), or they could never fire.
    PlanField("urgent_systolic_at_least", QT_TRANSLATE_NOOP("CarePlanFields", "Urgent systolic level"),
              _F.WHOLE, 120, 260, _MMHG),
    PlanField("urgent_diastolic_at_least", QT_TRANSLATE_NOOP("CarePlanFields", "Urgent diastolic level"),
              _F.WHOLE, 70, 160, _MMHG),
    PlanField("urgent_systolic_rise", QT_TRANSLATE_NOOP("CarePlanFields", "Urgent systolic rise"),
              _F.WHOLE, 10, 100, _MMHG),
    PlanField("urgent_diastolic_rise", QT_TRANSLATE_NOOP("CarePlanFields", "Urgent diastolic rise"),
              _F.WHOLE, 5, 60, _MMHG),
    # 0 means the plan asks for no fasting; 12 hours is longer than any protocol asks.
    PlanField("fasting_food_hours", QT_TRANSLATE_NOOP("CarePlanFields", "Fasting from food"),
              _F.NUMBER, 0, 12, _HOURS),
    PlanField("fasting_liquids_hours", QT_TRANSLATE_NOOP("CarePlanFields", "Fasting from liquids"),
              _F.NUMBER, 0, 12, _HOURS),
    PlanField("substance_window_hours", QT_TRANSLATE_NOOP("CarePlanFields", "Substance-free time"),
              _F.WHOLE, 1, 168, _HOURS),
    PlanField("sitter_code_required", QT_TRANSLATE_NOOP("CarePlanFields", "Sitter confirms with a code"),
              _F.FLAG),
    PlanField("kit_has_oximeter", QT_TRANSLATE_NOOP("CarePlanFields", "The kit has a pulse oximeter"),
              _F.FLAG),
    # A typo guard around the default of 93 % (DESIGN.md §3); a limit of 80 or 99 would be a slip.
    PlanField("spo2_urgent_below",
              QT_TRANSLATE_NOOP("CarePlanFields", "Urgent oxygen saturation (SpO2) below"),
              _F.WHOLE, 85, 97, _PERCENT),
    PlanField("clinician_name", QT_TRANSLATE_NOOP("CarePlanFields", "Clinician's name"), _F.TEXT, 0, 80),
    PlanField("clinician_phone", QT_TRANSLATE_NOOP("CarePlanFields", "Clinician's phone"),
              _F.PHONE, 2, 20, required_in_file=True),
    PlanField("emergency_number", QT_TRANSLATE_NOOP("CarePlanFields", "Emergency number"), _F.PHONE, 2, 20),
    PlanField("crisis_line", QT_TRANSLATE_NOOP("CarePlanFields", "Crisis line"), _F.PHONE, 2, 20),
    PlanField("patient_address", QT_TRANSLATE_NOOP("CarePlanFields", "Your address (for the paramedics)"),
              _F.TEXT, 0, 200),
    PlanField("allergies", QT_TRANSLATE_NOOP("CarePlanFields", "Allergies (for the paramedics)"),
              _F.TEXT, 0, 200),
    PlanField("phq9_every_days", QT_TRANSLATE_NOOP("CarePlanFields", "PHQ-9 every"), _F.WHOLE, 1, 90, _DAYS),
    PlanField("gad7_every_days", QT_TRANSLATE_NOOP("CarePlanFields", "GAD-7 every"), _F.WHOLE, 1, 90, _DAYS),
    PlanField("pcl5_enabled", QT_TRANSLATE_NOOP("CarePlanFields", "PCL-5 enabled"), _F.FLAG),
    PlanField("pcl5_every_days", QT_TRANSLATE_NOOP("CarePlanFields", "PCL-5 every"), _F.WHOLE, 7, 180, _DAYS),
)
FIELDS_BY_NAME: Mapping[str, PlanField] = {spec.name: spec for spec in PLAN_FIELDS}
# No default and no source exists for these (they are the patient's own facts): empty is allowed in a
# stored plan and a clinician's file, but a session does not start until they are filled in.
SESSION_REQUIRED_FIELDS: tuple[PlanField, ...] = (FIELDS_BY_NAME["patient_address"],
                                                  FIELDS_BY_NAME["allergies"])
MAX_BP_RECHECKS = 12
PHONE_PATTERN = r"^[0-9+().\- ]+$"
PHONE_MAX_CHARACTERS = 40
