"""The published wording of PHQ-9, GAD-7 and PCL-5: stem, items, answers and the required notices.

Validated questionnaires are only valid in their published words, so these strings are not to be
"improved". Answer texts are listed in value order (index = score). A translation must be a published,
validated one, not an ad-hoc rendering of these lines.

Sources: PHQ-9 and GAD-7 as issued by Spitzer, Williams, Kroenke and colleagues (phqscreeners.com;
Kroenke et al. 2001, Spitzer et al. 2006); PCL-5 (Weathers et al. 2013, National Center for PTSD).

:func:`text_for` gives an instrument's wording in a language: the published translation where one is
held (Spanish: :mod:`companion.domain.instrument_texts_es`, PHQ-9 and GAD-7), else this English, with a
note in the asked language when it has one. The wording never changes a score: answers are values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from companion.domain.instruments import Instrument

SOURCE_LANGUAGE = "en"

# Required with every display of PHQ-9 or GAD-7.
PFIZER_NOTICE = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an "
    "educational grant from Pfizer Inc. No permission required to reproduce, translate, display or "
    "distribute."
)
PCL5_NOTICE = (
    "PCL-5: Weathers, Litz, Keane, Palmieri, Marx and Schnurr, National Center for PTSD (2013). "
    "In the public domain."
)

FREQUENCY_ANSWERS = ("Not at all", "Several days", "More than half the days", "Nearly every day")
PCL5_ANSWERS = ("Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely")

PHQ9_STEM = "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
PHQ9_ITEMS = (
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so "
    "fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
)
PHQ9_DIFFICULTY_QUESTION = (
    "If you checked off any problems, how difficult have these problems made it for you to do your "
    "work, take care of things at home, or get along with other people?"
)
PHQ9_DIFFICULTY_ANSWERS = ("Not difficult at all", "Somewhat difficult", "Very difficult",
                           "Extremely difficult")

GAD7_STEM = "Over the last 2 weeks, how often have you been bothered by the following problems?"
GAD7_ITEMS = (
    "Feeling nervous, anxious, or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
)

# The paper form says "circle one of the numbers to the right"; on screen the patient chooses an answer.
PCL5_INTRODUCTION = (
    "Below is a list of problems that people sometimes have in response to a very stressful experience. "
    "Please read each problem carefully and then choose one of the answers to indicate how much you "
    "have been bothered by that problem in the past month."
)
PCL5_STEM = "In the past month, how much were you bothered by:"
PCL5_ITEMS = (
    "Repeated, disturbing, and unwanted memories of the stressful experience?",
    "Repeated, disturbing dreams of the stressful experience?",
    "Suddenly feeling or acting as if the stressful experience were actually happening again (as if you "
    "were actually back there reliving it)?",
    "Feeling very upset when something reminded you of the stressful experience?",
    "Having strong physical reactions when something reminded you of the stressful experience (for "
    "example, heart pounding, trouble breathing, sweating)?",
    "Avoiding memories, thoughts, or feelings related to the stressful experience?",
    "Avoiding external reminders of the stressful experience (for example, people, places, "
    "conversations, activities, objects, or situations)?",
    "Trouble remembering important parts of the stressful experience?",
    "Having strong negative beliefs about yourself, other people, or the world (for example, having "
    "thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the "
    "world is completely dangerous)?",
    "Blaming yourself or someone else for the stressful experience or what happened after it?",
    "Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
    "Loss of interest in activities that you used to enjoy?",
    "Feeling distant or cut off from other people?",
    "Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving "
    "feelings for people close to you)?",
    "Irritable behavior, angry outbursts, or acting aggressively?",
    "Taking too many risks or doing things that could cause you harm?",
    'Being "superalert" or watchful or on guard?',
    "Feeling jumpy or easily startled?",
    "Having difficulty concentrating?",
    "Trouble falling or staying asleep?",
)


@dataclass(frozen=True)
class QuestionnaireText:
    """Everything a form shows, in order: title, introduction (if any), stem, items with answers, notice."""

    instrument: Instrument
    title: str
    recall_period: str  # short, for headings and summaries
    introduction: str | None
    stem: str
    items: tuple[str, ...]
    answers: tuple[str, ...]  # index = the answer's score
    difficulty_question: str | None  # PHQ-9 only
    difficulty_answers: tuple[str, ...]  # index = the answer's value 0..3; empty without the question
    notice: str
    language: str = SOURCE_LANGUAGE  # the language of the words above
    # Set when the words are not in the language asked for (no published version in it): says so, in it.
    language_note: str | None = None


TEXTS: dict[Instrument, QuestionnaireText] = {
    Instrument.PHQ9: QuestionnaireText(
        instrument=Instrument.PHQ9, title="Patient Health Questionnaire (PHQ-9)",
        recall_period="the last 2 weeks", introduction=None, stem=PHQ9_STEM, items=PHQ9_ITEMS,
        answers=FREQUENCY_ANSWERS, difficulty_question=PHQ9_DIFFICULTY_QUESTION,
        difficulty_answers=PHQ9_DIFFICULTY_ANSWERS, notice=PFIZER_NOTICE,
    ),
    Instrument.GAD7: QuestionnaireText(
        instrument=Instrument.GAD7, title="Generalized Anxiety Disorder 7-item scale (GAD-7)",
        recall_period="the last 2 weeks", introduction=None, stem=GAD7_STEM, items=GAD7_ITEMS,
        answers=FREQUENCY_ANSWERS, difficulty_question=None, difficulty_answers=(), notice=PFIZER_NOTICE,
    ),
    Instrument.PCL5: QuestionnaireText(
        instrument=Instrument.PCL5, title="PTSD Checklist for DSM-5 (PCL-5)",
        recall_period="the past month", introduction=PCL5_INTRODUCTION, stem=PCL5_STEM, items=PCL5_ITEMS,
        answers=PCL5_ANSWERS, difficulty_question=None, difficulty_answers=(), notice=PCL5_NOTICE,
    ),
}


def text_for(instrument: Instrument, language: str = SOURCE_LANGUAGE) -> QuestionnaireText:
    """The published wording of ``instrument`` in ``language`` (a code: "en", "es", "es-US", "es_MX").

    A language with no published, validated version of this instrument gets the English one, with
    ``language_note`` in that language saying why where there is such a note (Spanish: the PCL-5).
    """
    code = language.replace("_", "-").split("-")[0].lower()
    if code == SOURCE_LANGUAGE:
        return TEXTS[instrument]
    translated, notes = _translations(code)
    if instrument in translated:
        return translated[instrument]
    note = notes.get(instrument)
    return TEXTS[instrument] if note is None else replace(TEXTS[instrument], language_note=note)


def _translations(code: str) -> tuple[Mapping[Instrument, QuestionnaireText], Mapping[Instrument, str]]:
    """The published translations held for ``code`` and the notes for instruments without one."""
    if code == "es":
        # Imported here: that module builds on this one's QuestionnaireText.
        from companion.domain import instrument_texts_es

        return instrument_texts_es.TEXTS, instrument_texts_es.ENGLISH_ONLY_NOTES
    return {}, {}
