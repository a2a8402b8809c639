"""The Spanish (US) questionnaire wording: the published translation item for item and answer for answer
in the English order and values, English (with a note) where no Spanish version is published, and scores
that never depend on the language."""

from __future__ import annotations

import pytest

from companion.domain import instrument_texts_es as es
from companion.domain.instrument_texts import SOURCE_LANGUAGE, TEXTS, QuestionnaireText, text_for
from companion.domain.instruments import DIFFICULTY_ANSWER_MAX, Instrument, definition, score

TRANSLATED = (Instrument.PHQ9, Instrument.GAD7)

# Answer for answer, in value order: the Spanish form's words against the English form's.
FREQUENCY_PAIRS = (
    ("Ningún día", "Not at all"),
    ("Varios días", "Several days"),
    ("Más de la mitad de los días", "More than half the days"),
    ("Casi todos los días", "Nearly every day"),
)
DIFFICULTY_PAIRS = (
    ("No ha sido difícil", "Not difficult at all"),
    ("Un poco difícil", "Somewhat difficult"),
    ("Muy difícil", "Very difficult"),
    ("Extremadamente difícil", "Extremely difficult"),
)


def strings(text: QuestionnaireText) -> list[str]:
    found = [text.title, text.recall_period, text.stem, text.notice, *text.items, *text.answers,
             *text.difficulty_answers]
    return found + [s for s in (text.introduction, text.difficulty_question) if s is not None]


@pytest.mark.parametrize("instrument", TRANSLATED)
def test_as_many_items_and_answers_as_the_english_in_the_same_order(instrument: Instrument) -> None:
    spanish, english, spec = es.TEXTS[instrument], TEXTS[instrument], definition(instrument)
    assert spanish.instrument is instrument and spanish.language == "es" and spanish.language_note is None
    assert len(spanish.items) == len(english.items) == spec.item_count
    assert len(spanish.answers) == len(english.answers) == spec.answer_max + 1
    assert len(spanish.difficulty_answers) == len(english.difficulty_answers)
    assert (spanish.difficulty_question is None) is (english.difficulty_question is None)
    assert (spanish.introduction is None) is (english.introduction is None)
    assert tuple(zip(spanish.answers, english.answers, strict=True)) == FREQUENCY_PAIRS
    assert len(set(spanish.items)) == len(spanish.items)
    # Every line is the Spanish one, not an English line left in the table.
    assert not set(spanish.items) & set(english.items) and spanish.stem != english.stem


def test_the_phq9_difficulty_question_keeps_its_four_values() -> None:
    spanish = es.TEXTS[Instrument.PHQ9]
    assert spanish.difficulty_question is not None and spanish.difficulty_question.startswith("Si marcó")
    assert len(spanish.difficulty_answers) == DIFFICULTY_ANSWER_MAX + 1
    pairs = zip(spanish.difficulty_answers, TEXTS[Instrument.PHQ9].difficulty_answers, strict=True)
    assert tuple(pairs) == DIFFICULTY_PAIRS


@pytest.mark.parametrize("instrument", TRANSLATED)
def test_no_empty_or_padded_strings(instrument: Instrument) -> None:
    for string in strings(es.TEXTS[instrument]):
        assert string.strip() == string and string
        assert "  " not in string


def test_the_items_where_the_crisis_rule_and_the_english_put_them() -> None:
    # The crisis rule is keyed to index 8: in Spanish too it must be the self-harm question, and no other.
    phq9 = es.PHQ9_ITEMS
    assert phq9[8] == "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera"
    assert not any("muerto" in item or "lastimarse" in item for item in phq9[:8])
    assert phq9[0] == "Poco interés o placer en hacer cosas"
    assert es.GAD7_ITEMS[0] == "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta"
    assert es.GAD7_ITEMS[6] == "Ha tenido miedo de que algo terrible fuera a pasar"
    assert es.PHQ9_STEM == es.GAD7_STEM == ("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido "
                                            "molestias debido a los siguientes problemas?")
    assert "\u2013" in phq9[5] and "\u2013" in phq9[7]  # the form's en dashes, as printed


def test_the_pfizer_notice_in_spanish_with_every_display() -> None:
    assert "No se requiere permiso para reproducir, traducir, presentar o distribuir." in es.PFIZER_NOTICE
    assert "Spitzer" in es.PFIZER_NOTICE and "Pfizer Inc." in es.PFIZER_NOTICE
    assert es.TEXTS[Instrument.PHQ9].notice == es.TEXTS[Instrument.GAD7].notice == es.PFIZER_NOTICE


def test_the_sources_are_named() -> None:
    doc = es.__doc__ or ""
    for source in ("phqscreeners.com", "Spanish for the USA", "truvex-content", "studenta.com",
                   "National Center for PTSD"):
        assert source in doc, source


@pytest.mark.parametrize("code", ["es", "es-US", "es_MX", "ES"])
@pytest.mark.parametrize("instrument", TRANSLATED)
def test_spanish_codes_give_the_spanish_wording(instrument: Instrument, code: str) -> None:
    assert text_for(instrument, code) is es.TEXTS[instrument]


def test_the_pcl5_stays_english_with_a_note_in_spanish() -> None:
    text = text_for(Instrument.PCL5, "es")
    english = TEXTS[Instrument.PCL5]
    assert (text.items, text.answers, text.stem, text.introduction, text.title, text.notice) == (
        english.items, english.answers, english.stem, english.introduction, english.title, english.notice)
    assert text.language == SOURCE_LANGUAGE
    assert text.language_note == es.ENGLISH_ONLY_NOTES[Instrument.PCL5]
    assert "inglés" in text.language_note and "National Center for PTSD" in text.language_note
    assert english.language_note is None  # the English table itself is untouched


@pytest.mark.parametrize("instrument", list(Instrument))
@pytest.mark.parametrize("code", ["en", "en-US", "fr", "de-DE", ""])
def test_english_and_languages_without_a_published_version_give_the_english(
    instrument: Instrument, code: str
) -> None:
    assert text_for(instrument, code) is TEXTS[instrument]
    assert text_for(instrument) is TEXTS[instrument]


@pytest.mark.parametrize("instrument", list(Instrument))
def test_the_score_does_not_depend_on_the_language(instrument: Instrument) -> None:
    spec = definition(instrument)
    difficulty = 2 if spec.has_difficulty_question else None
    for pattern in ([0] * spec.item_count, [spec.answer_max] * spec.item_count,
                    [i % (spec.answer_max + 1) for i in range(spec.item_count)]):
        results = []
        for code in ("en", "es"):
            texts = text_for(instrument, code)
            # What a patient picks is an answer's place on the scale, whatever its words.
            chosen = [texts.answers.index(texts.answers[value]) for value in pattern]
            results.append(score(instrument, chosen, difficulty))
        assert results[0] == results[1]
        assert list(results[0].answers) == pattern
