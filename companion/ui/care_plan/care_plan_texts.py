"""What the care-plan form and the sources page say about each field: groups, defaults, sources.

The numbers, ranges and sources are declared once in ``companion.domain.care_plan`` and
``care_plan_sources``; this module turns them into the sentences people read beside each
field ("Default 120 minutes (Spravato REMS); allowed 60 to 480 minutes.") and on the
"Where these numbers come from" page.  Tables are marked with QT_TRANSLATE_NOOP and
translated where they are shown; the field labels, units and source names come from the
Qt-free domain, which is English, and are passed through the translator under the
"CarePlanFields" and "CarePlanSources" contexts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from companion.domain.care_plan import FIELDS_BY_NAME, PLAN_FIELDS, CarePlan, FieldKind, PlanField, Route
from companion.domain.care_plan_sources import Source, inert_limits, source_of
from companion.ui.core_text import number_text

# Fields whose value is the clinician's or the patient's own: no default, no published source.
NO_DEFAULT_SOURCES = frozenset({"prescription", "patient_fact"})


@dataclass(frozen=True)
class FieldGroup:
    title: str
    explanation: str
    names: tuple[str, ...]


def _group(title: object, explanation: object, names: tuple[str, ...]) -> FieldGroup:
    """``str()`` because PySide types QT_TRANSLATE_NOOP's result as ``object``; it is the text itself."""
    return FieldGroup(str(title), str(explanation), names)


FIELD_GROUPS: tuple[FieldGroup, ...] = (
    _group(QT_TRANSLATE_NOOP("CarePlanForm", "Medication"),
           QT_TRANSLATE_NOOP("CarePlanForm", "What your clinician prescribed. companion never suggests a "
                                             "dose."),
           ("medication_name", "dose_mg", "route")),
    _group(QT_TRANSLATE_NOOP("CarePlanForm", "Session days"),
           QT_TRANSLATE_NOOP("CarePlanForm", "The days of the week your sessions are planned."),
           ("planned_weekdays",)),
    _group(QT_TRANSLATE_NOOP("CarePlanForm", "Monitoring"),
           QT_TRANSLATE_NOOP("CarePlanForm", "How long the sitter stays after the dose, how often they "
                                             "check in, and when blood pressure (and, with a pulse "
                                             "oximeter, oxygen) is measured again."),
           ("minimum_monitoring_minutes", "checkin_interval_minutes", "checkin_grace_minutes",
            "bp_recheck_minutes", "bp_recheck_at_end", "kit_has_oximeter", "spo2_urgent_below")),
    _group(QT_TRANSLATE_NOOP("CarePlanForm", "Blood pressure and heart-rate limits"),
           QT_TRANSLATE_NOOP("CarePlanForm", "Above a do-not-start limit the session cannot begin. Above a "
                                             "caution limit it may begin only after you acknowledge it. An "
                                             "urgent level or rise during the session opens the urgent "
                                             "guidance."),
           ("stop_systolic_above", "stop_diastolic_above", "stop_heart_rate_above",
            "caution_systolic_above", "caution_diastolic_above", "urgent_systolic_at_least",
            "urgent_diastolic_at_least", "urgent_systolic_rise", "urgent_diastolic_rise")),
    _group(QT_TRANSLATE_NOOP("CarePlanForm", "Fasting and substances"),
           QT_TRANSLATE_NOOP("CarePlanForm", "How long before the dose to stop eating and drinking, and how "
                                             "long to stay free of alcohol, cannabis and non-prescribed "
                                             "drugs."),
           ("fasting_food_hours", "fasting_liquids_hours", "substance_window_hours")),
    _group(QT_TRANSLATE_NOOP("CarePlanForm", "Sitter"),
           QT_TRANSLATE_NOOP("CarePlanForm", "The sitter confirms each check-in; a code they choose makes "
                                             "sure it is them."),
           ("sitter_code_required",)),
    _group(QT_TRANSLATE_NOOP("CarePlanForm", "Contacts"),
           QT_TRANSLATE_NOOP("CarePlanForm", "Shown on the help screen during every session."),
           ("clinician_name", "clinician_phone", "emergency_number", "crisis_line")),
    _group(QT_TRANSLATE_NOOP("CarePlanForm", "For the paramedics"),
           QT_TRANSLATE_NOOP("CarePlanForm", "If the sitter calls for help, they read these out. Needed "
                                             "before your first session."),
           ("patient_address", "allergies")),
    _group(QT_TRANSLATE_NOOP("CarePlanForm", "Questionnaires"),
           QT_TRANSLATE_NOOP("CarePlanForm", "How often each questionnaire is due."),
           ("phq9_every_days", "gad7_every_days", "pcl5_enabled", "pcl5_every_days")),
)
_GROUPED = [name for group in FIELD_GROUPS for name in group.names]
assert sorted(_GROUPED) == sorted(spec.name for spec in PLAN_FIELDS), "every field in exactly one group"

ROUTE_LABELS: dict[Route, str] = {
    Route.SUBLINGUAL: str(QT_TRANSLATE_NOOP("CarePlanForm", "Sublingual (under the tongue)")),
    Route.ORAL: str(QT_TRANSLATE_NOOP("CarePlanForm", "Oral (swallowed)")),
    Route.INTRANASAL: str(QT_TRANSLATE_NOOP("CarePlanForm", "Intranasal (nasal spray)")),
    Route.INTRAMUSCULAR: str(QT_TRANSLATE_NOOP("CarePlanForm", "Intramuscular (injection)")),
}

# The country question beside the emergency numbers fills these (988 Lifeline serves both countries).
NORTH_AMERICA_NUMBERS = {"emergency_number": "911", "crisis_line": "988"}


def group_title(group: FieldGroup) -> str:
    return QCoreApplication.translate("CarePlanForm", group.title)


def group_explanation(group: FieldGroup) -> str:
    return QCoreApplication.translate("CarePlanForm", group.explanation)


def label_text(spec: PlanField) -> str:
    return QCoreApplication.translate("CarePlanFields", spec.label)


def unit_text(spec: PlanField) -> str:
    """The unit with a leading space ("" when the field has none)."""
    return " " + QCoreApplication.translate("CarePlanFields", spec.unit) if spec.unit else ""


def source_short(source: Source) -> str:
    """A source's short name ("Spravato REMS")."""
    return QCoreApplication.translate("CarePlanSources", source.short)


def source_citation(source: Source) -> str:
    """What a source is and what it says, for the sources page."""
    return QCoreApplication.translate("CarePlanSources", source.citation)


def source_name(name: str) -> str:
    """The short name of the source of ``name``'s default, for a sentence in brackets."""
    short = source_short(source_of(name))
    # Two sources already say something in brackets; a comma reads better inside the form's brackets.
    return short.replace(" (", ", ").replace(")", "")


def has_default(name: str) -> bool:
    return source_of(name).key not in NO_DEFAULT_SOURCES


def default_text(spec: PlanField) -> str:
    """The default as the sources page shows it: "120 minutes", "On", "No default"."""
    if not has_default(spec.name):
        return QCoreApplication.translate("CarePlanForm", "No default")
    value = getattr(CarePlan(), spec.name)
    if spec.kind is FieldKind.FLAG:
        return (QCoreApplication.translate("CarePlanForm", "On") if value
                else QCoreApplication.translate("CarePlanForm", "Off"))
    if spec.kind is FieldKind.MINUTES:
        return ", ".join(str(minute) for minute in value) + unit_text(spec)
    if spec.name in NORTH_AMERICA_NUMBERS:
        return QCoreApplication.translate("CarePlanForm", "%1 in the United States and Canada; no default "
                                                          "elsewhere").replace("%1", str(value))
    if spec.kind in (FieldKind.WHOLE, FieldKind.NUMBER):
        return number_text(value) + unit_text(spec)
    return str(value)


def _allowed(spec: PlanField) -> str:
    highest = number_text(spec.maximum) + unit_text(spec)
    return (QCoreApplication.translate("CarePlanForm", "allowed %1 to %2")
            .replace("%1", number_text(spec.minimum)).replace("%2", highest))


def field_hint(spec: PlanField) -> str:
    """The muted sentence under a field: its default and where the default comes from, and its range."""
    name, kind = spec.name, spec.kind
    if source_of(name).key == "patient_fact":
        hint = QCoreApplication.translate("CarePlanForm", "No default: your own information. Needed before "
                                                          "your first session.")
        if name == "allergies":
            hint += " " + QCoreApplication.translate("CarePlanForm", "If you have none, type “none known”.")
        return hint
    if not has_default(name):  # the prescription
        if kind in (FieldKind.WHOLE, FieldKind.NUMBER):
            return QCoreApplication.translate(
                "CarePlanForm", "No default: from your clinician's prescription; %1."
            ).replace("%1", _allowed(spec))
        if kind is FieldKind.PHONE:
            return QCoreApplication.translate(
                "CarePlanForm", "No default: from your clinician. Required. Digits, spaces, +, - and "
                                "brackets.")
        if name == "clinician_name":
            return QCoreApplication.translate("CarePlanForm", "No default: from your clinician. Optional.")
        if kind is FieldKind.WEEKDAYS:
            return QCoreApplication.translate(
                "CarePlanForm", "No default: from your clinician's prescription."
            )
        return QCoreApplication.translate(
            "CarePlanForm", "No default: from your clinician's prescription. Required."
        )
    source = source_name(name)
    default = getattr(CarePlan(), name)
    if kind in (FieldKind.WHOLE, FieldKind.NUMBER):
        return (QCoreApplication.translate("CarePlanForm", "Default %1 (%2); %3.")
                .replace("%1", number_text(default) + unit_text(spec)).replace("%2", source)
                .replace("%3", _allowed(spec)))
    if kind is FieldKind.FLAG:
        sentence = (QCoreApplication.translate("CarePlanForm", "Default: on (%1).") if default
                    else QCoreApplication.translate("CarePlanForm", "Default: off (%1)."))
        return sentence.replace("%1", source)
    if kind is FieldKind.MINUTES:
        return (QCoreApplication.translate("CarePlanForm", "Minutes after the dose, separated by commas. "
                                                           "Default %1 (%2).")
                .replace("%1", default_text(spec)).replace("%2", source))
    if name == "emergency_number":
        return QCoreApplication.translate(
            "CarePlanForm", "911 in the United States and Canada (%1). Elsewhere, the number you call for "
                            "an ambulance."
        ).replace("%1", source)
    if name == "crisis_line":
        return QCoreApplication.translate(
            "CarePlanForm", "988 in the United States and Canada (%1). Elsewhere, a crisis line your "
                            "clinician names."
        ).replace("%1", source)
    return (QCoreApplication.translate("CarePlanForm", "Default %1 (%2).")
            .replace("%1", str(default)).replace("%2", source))


def inert_notes(plan: CarePlan) -> dict[str, str]:
    """For each caution limit that cannot act with ``plan``'s numbers, a calm sentence saying why."""
    notes: dict[str, str] = {}
    # A caution limit above its do-not-start limit is a mistake the form already names; only an equal
    # one is a valid plan whose caution limit cannot act (the defaults' diastolic 90 and 90).
    inert = {name for name in inert_limits(plan)
             if getattr(plan, name) == getattr(plan, name.replace("caution_", "stop_"))}
    if "caution_systolic_above" in inert:
        notes["caution_systolic_above"] = QCoreApplication.translate(
            "CarePlanForm", "With these numbers this limit never acts: a systolic above %1 already stops "
                            "the start.").replace("%1", str(plan.stop_systolic_above))
    if "caution_diastolic_above" in inert:
        note = QCoreApplication.translate(
            "CarePlanForm", "With these numbers this limit never acts: a diastolic above %1 already stops "
                            "the start.").replace("%1", str(plan.stop_diastolic_above))
        defaults = CarePlan()
        if (plan.caution_diastolic_above, plan.stop_diastolic_above) == (
                defaults.caution_diastolic_above, defaults.stop_diastolic_above):
            note += " " + QCoreApplication.translate(
                "CarePlanForm", "Both defaults are 90, as their sources say; your clinician decides whether "
                                "a lower caution limit is needed.")
        notes["caution_diastolic_above"] = note
    return notes


def field_spec(name: str) -> PlanField:
    return FIELDS_BY_NAME[name]


def plan_value_text(spec: PlanField, value: object) -> str:
    """A care-plan value in the patient's language, with its unit: "120 minutes", "yes", "Tuesday".

    The same shapes as the report's English words (``domain.care_plan_changes.field_value_text``),
    worded here so that a translation can change them.
    """
    if spec.kind is FieldKind.FLAG:
        return (QCoreApplication.translate("CarePlanForm", "yes") if value
                else QCoreApplication.translate("CarePlanForm", "no"))
    if isinstance(value, Route):
        return QCoreApplication.translate("CarePlanForm", ROUTE_LABELS[value])
    if spec.kind is FieldKind.WEEKDAYS and isinstance(value, tuple):
        days = [QLocale().dayName(day + 1, QLocale.FormatType.LongFormat) for day in value]  # Qt: Monday 1
        return ", ".join(days) or QCoreApplication.translate("CarePlanForm", "none set")
    if spec.kind is FieldKind.MINUTES and isinstance(value, tuple):
        if not value:
            return QCoreApplication.translate("CarePlanForm", "none")
        return ", ".join(str(minute) for minute in value) + unit_text(spec)
    if isinstance(value, float | int) and not isinstance(value, bool):
        return number_text(value) + unit_text(spec)
    text = str(value).strip()
    return text if text else QCoreApplication.translate("CarePlanForm", "(not filled in)")
