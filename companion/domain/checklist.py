"""The pre-session safety checklist: built from the care plan, evaluated from the answers.

Three kinds of item (DESIGN.md §3): STOP (the blocking answer means no session today, and says
whom to contact), CAUTION (the session may go on only after an explicit acknowledgement, which
is flagged), PREPARE (reminders that never block). Every stop and caution item must be answered
before starting. The pre-dose blood pressure and heart rate count as one more entry, "vitals".

Other medicines taken today are recorded by category (DESIGN.md §3 session record, after the Spravato
REMS patient monitoring form): a "yes" must choose at least one :class:`MedicineCategory`; names may
be written too. Answers stored before categories existed have names only ("categories not recorded",
see :func:`medicine_categories_recorded`); they still read and show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import KW_ONLY, dataclass
from datetime import datetime
from enum import StrEnum

from companion.domain.care_plan import CarePlan
from companion.domain.texts import QT_TRANSLATE_NOOP, Text, joined, plural
from companion.domain.vitals import PreDoseAssessment, PreDoseVerdict

VITALS_ID = "vitals"  # the answers key that carries the acknowledgement of a caution-band reading
# Stable: stored answers and flags name it (its question was "sedatives or stimulants" before).
OTHER_MEDICINES_ID = "sedatives_stimulants_today"


class MedicineCategory(StrEnum):
    """Kinds of medicine taken today (values are stored: never renamed)."""

    BENZODIAZEPINES = "benzodiazepines"
    SLEEPING_PILLS = "sleeping_pills"  # not benzodiazepines, e.g. zolpidem
    STIMULANTS = "stimulants"
    MAOIS = "maois"
    OPIOIDS = "opioids"


MEDICINE_CATEGORY_LABELS: Mapping[MedicineCategory, str] = {
    MedicineCategory.BENZODIAZEPINES: "Benzodiazepines (such as lorazepam, diazepam or alprazolam)",
    MedicineCategory.SLEEPING_PILLS: "Other sleeping pills (such as zolpidem or zopiclone)",
    MedicineCategory.STIMULANTS: "Stimulants (such as methylphenidate or amphetamine)",
    MedicineCategory.MAOIS: "MAOIs (such as phenelzine, tranylcypromine or selegiline)",
    MedicineCategory.OPIOIDS: "Opioids (such as codeine, tramadol or oxycodone)",
}
assert set(MEDICINE_CATEGORY_LABELS) == set(MedicineCategory)


class ItemKind(StrEnum):
    STOP = "stop"
    CAUTION = "caution"
    PREPARE = "prepare"


class OutcomeFlag(StrEnum):
    BLOCKED_START = "blocked_start"
    CAUTION_ACKNOWLEDGED = "caution_acknowledged"
    PRE_DOSE_BP_CAUTION = "pre_dose_bp_caution"


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    kind: ItemKind
    question: Text
    explanation: Text
    blocking_answer: bool | None  # the answer that stops (STOP) or needs acknowledgement (CAUTION)
    records_names: bool = False  # that answer may name what was taken (free text, optional)
    records_categories: bool = False  # that answer must choose at least one MedicineCategory


@dataclass(frozen=True)
class Answer:
    """One answer. ``categories`` are normalised: each once, in MedicineCategory's order (a string
    value is accepted and converted; an unknown one raises ValueError)."""

    value: bool
    _: KW_ONLY
    names: str = ""
    acknowledged: bool = False
    answered_at: datetime
    categories: tuple[MedicineCategory, ...] = ()

    def __post_init__(self) -> None:
        if self.answered_at.tzinfo is None or self.answered_at.utcoffset() is None:
            raise ValueError("answered_at must be timezone-aware")
        chosen = {MedicineCategory(category) for category in self.categories}
        object.__setattr__(self, "categories", tuple(c for c in MedicineCategory if c in chosen))


def medicine_categories_recorded(answer: Answer) -> bool:
    """False for a "yes" without categories: an answer stored before they were asked (names only)."""
    return not answer.value or bool(answer.categories)


@dataclass(frozen=True)
class ChecklistOutcome:
    can_start: bool
    blocked_by: tuple[str, ...]  # item ids, and "vitals", whose answer stops the session
    needs_acknowledgement: tuple[str, ...]  # caution answers not yet acknowledged
    acknowledged: tuple[str, ...]  # caution answers acknowledged
    missing: tuple[str, ...]  # stop/caution items unanswered, no category chosen, or vitals not taken
    contact: str  # whom to contact when blocked; empty when nothing blocks
    flags: tuple[str, ...]  # OutcomeFlag values, each at most once


# --- Every text the checklist shows, in one place. Calm, plain, second person; nothing beyond the
# care plan. %1 is a length of time filled from the plan ("2 hours", "30 minutes").
_CONTACT_CLINICIAN = QT_TRANSLATE_NOOP(
    "ChecklistTexts", "Please do not start today. Contact your clinician to talk about what to do next.")
_TEXTS: dict[str, tuple[Text, Text]] = {
    "sitter_present": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Is your sitter with you now, and able to stay for the whole "
                                            "session?"),
        QT_TRANSLATE_NOOP("ChecklistTexts", "Your care plan asks for a sitter beside you from the dose "
                                            "until the end of the session."),
    ),
    "fasting_food": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Have you eaten anything in the last %1?"),
        QT_TRANSLATE_NOOP("ChecklistTexts", "Your care plan asks for no food for %1 before the session. "
                                            "This helps prevent sickness."),
    ),
    "fasting_liquids": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Have you had anything to drink in the last %1?"),
        QT_TRANSLATE_NOOP("ChecklistTexts", "Your care plan asks for nothing to drink for %1 before the "
                                            "session."),
    ),
    "substances": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "In the last %1, have you had any alcohol, cannabis, or drugs "
                                            "that were not prescribed to you?"),
        QT_TRANSLATE_NOOP("ChecklistTexts", "Your care plan asks for none of these in the %1 before the "
                                            "session."),
    ),
    OTHER_MEDICINES_ID: (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Have you taken any of these today: benzodiazepines, other "
                                            "sleeping pills, stimulants, MAOIs or opioids?"),
        QT_TRANSLATE_NOOP("ChecklistTexts", "Some medicines make you sleepier or change your blood "
                                            "pressure during the session. Choose each kind you took "
                                            "today, so your clinician sees it; you can also write the "
                                            "names. If you are unsure, contact your clinician before you "
                                            "start."),
    ),
    "new_medicine_or_illness": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Since your last session, have you started a new medicine or "
                                            "been unwell?"),
        QT_TRANSLATE_NOOP("ChecklistTexts", "Your clinician will want to know. If you are unsure, contact "
                                            "your clinician before you start."),
    ),
    "pregnancy_or_breastfeeding": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Are you pregnant, could you be pregnant, or are you "
                                            "breastfeeding?"),
        QT_TRANSLATE_NOOP("ChecklistTexts", "Your care plan does not cover a session while pregnant or "
                                            "breastfeeding."),
    ),
    "no_driving_until_tomorrow": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Will you stay away from driving, machinery and important "
                                            "decisions until tomorrow, after sleep?"),
        QT_TRANSLATE_NOOP("ChecklistTexts", "The effects can last for hours. Plan not to drive or take on "
                                            "commitments until you have slept."),
    ),
    "no_dependents_until_tomorrow": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Will you be looking after anyone today or tonight, such as "
                                            "children or a relative you care for?"),
        QT_TRANSLATE_NOOP("ChecklistTexts", "Until you have slept, someone else needs to be responsible "
                                            "for anyone who depends on you."),
    ),
    "setting_no_bath": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "No bath, hot tub or pool for you until tomorrow."),
        QT_TRANSLATE_NOOP("ChecklistTexts", "Water is not safe while the effects last."),
    ),
    "setting_sharp_objects_away": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Sharp or hazardous objects are put away."),
        QT_TRANSLATE_NOOP("ChecklistTexts", "Clear the space around you before the session."),
    ),
    "setting_phone_charged": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Your phone is charged and within reach of your sitter."),
        QT_TRANSLATE_NOOP("ChecklistTexts", "So that you or your sitter can call for help at once."),
    ),
    "setting_water_and_bowl": (
        QT_TRANSLATE_NOOP("ChecklistTexts", "Water and a bowl are close to you."),
        QT_TRANSLATE_NOOP("ChecklistTexts", "You may feel sick during the session."),
    ),
}


def _duration_text(hours: float) -> Text:
    """2 -> "2 hours", 0.5 -> "30 minutes", 1.5 -> "1 hour 30 minutes"."""
    minutes = round(hours * 60)
    whole_hours, rest = divmod(minutes, 60)
    parts = []
    if whole_hours:
        parts.append(plural(whole_hours, QT_TRANSLATE_NOOP("ChecklistTexts", "%n hour", None, 1),
                            QT_TRANSLATE_NOOP("ChecklistTexts", "%n hours", None, 1)))
    if rest or not whole_hours:
        parts.append(plural(rest, QT_TRANSLATE_NOOP("ChecklistTexts", "%n minute", None, 1),
                            QT_TRANSLATE_NOOP("ChecklistTexts", "%n minutes", None, 1)))
    return joined(parts)


def _item(item_id: str, kind: ItemKind, blocking_answer: bool | None, records_names: bool = False,
          records_categories: bool = False, duration: Text | None = None) -> ChecklistItem:
    question, explanation = _TEXTS[item_id]
    if duration is not None:
        question, explanation = question.arg(duration), explanation.arg(duration)
    return ChecklistItem(item_id, kind, question, explanation, blocking_answer, records_names,
                         records_categories)


def build_checklist(plan: CarePlan) -> tuple[ChecklistItem, ...]:
    """The items for this plan, in the order they are asked."""
    stop, caution, prepare = ItemKind.STOP, ItemKind.CAUTION, ItemKind.PREPARE
    items = [_item("sitter_present", stop, False)]
    # A fasting time of 0 means the plan asks for none: the question would make no sense.
    if plan.fasting_food_hours > 0:
        items.append(_item("fasting_food", stop, True, duration=_duration_text(plan.fasting_food_hours)))
    if plan.fasting_liquids_hours > 0:
        liquids = _duration_text(plan.fasting_liquids_hours)
        items.append(_item("fasting_liquids", stop, True, duration=liquids))
    items += [
        _item("substances", stop, True, duration=_duration_text(plan.substance_window_hours)),
        # DESIGN.md §3 asks only that these be recorded: they may go on with acknowledgement.
        _item(OTHER_MEDICINES_ID, caution, True, records_names=True, records_categories=True),
        _item("new_medicine_or_illness", caution, True),
        _item("pregnancy_or_breastfeeding", stop, True),
        # STOP, not CAUTION: DESIGN.md §3 states these as absolute rules for after the session
        # ("no driving / machinery until the next day after sleep ... not responsible for dependents")
        # and breaking them puts other people at risk, which no acknowledgement by the patient covers.
        _item("no_driving_until_tomorrow", stop, False),
        _item("no_dependents_until_tomorrow", stop, True),
        _item("setting_no_bath", prepare, None),
        _item("setting_sharp_objects_away", prepare, None),
        _item("setting_phone_charged", prepare, None),
        _item("setting_water_and_bowl", prepare, None),
    ]
    return tuple(items)


def contact_text(plan: CarePlan) -> Text:
    """Whom to contact when the session cannot start: the clinician's name and phone."""
    name = plan.clinician_name.strip() or QT_TRANSLATE_NOOP("ChecklistTexts", "your clinician")
    #: %1 asks to contact the clinician; %2 is the clinician's name (or "your clinician"), %3 the phone
    return QT_TRANSLATE_NOOP("ChecklistTexts", "%1 Call %2 on %3.").arg(
        _CONTACT_CLINICIAN, name, plan.clinician_phone.strip())


def evaluate_checklist(items: Sequence[ChecklistItem], answers: Mapping[str, Answer],
                       vitals: PreDoseAssessment | None, plan: CarePlan) -> ChecklistOutcome:
    """Whether the session may start, and why not. ``vitals`` is None until a plausible reading
    has been classified; a caution-band reading is acknowledged by ``answers["vitals"]``."""
    blocked: list[str] = []
    needs: list[str] = []
    acknowledged: list[str] = []
    missing: list[str] = []

    def caution(item_id: str, answer: Answer | None) -> None:
        (acknowledged if answer is not None and answer.acknowledged else needs).append(item_id)

    for item in items:
        answer = answers.get(item.id)
        if item.kind is ItemKind.PREPARE:
            continue
        if answer is None:
            missing.append(item.id)
        elif answer.value != item.blocking_answer:
            continue
        elif item.kind is ItemKind.STOP:
            blocked.append(item.id)
        elif item.records_categories and not answer.categories:
            missing.append(item.id)
        else:
            caution(item.id, answer)
    if vitals is None:
        missing.append(VITALS_ID)
    elif vitals.verdict is PreDoseVerdict.STOP:
        blocked.append(VITALS_ID)
    elif vitals.verdict is PreDoseVerdict.CAUTION:
        caution(VITALS_ID, answers.get(VITALS_ID))

    flags: list[str] = []
    if blocked:
        flags.append(OutcomeFlag.BLOCKED_START)
    if acknowledged:
        flags.append(OutcomeFlag.CAUTION_ACKNOWLEDGED)
    if vitals is not None and vitals.verdict is PreDoseVerdict.CAUTION:
        flags.append(OutcomeFlag.PRE_DOSE_BP_CAUTION)
    return ChecklistOutcome(
        can_start=not (blocked or needs or missing),
        blocked_by=tuple(blocked),
        needs_acknowledgement=tuple(needs),
        acknowledged=tuple(acknowledged),
        missing=tuple(missing),
        contact=contact_text(plan) if blocked else "",
        flags=tuple(flags),
    )
