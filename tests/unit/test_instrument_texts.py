"""Questionnaire wording: one text per item and per answer, the published stems, the required notices."""

from __future__ import annotations

import pytest

from companion.domain.instrument_texts import (
    FREQUENCY_ANSWERS,
    PCL5_ANSWERS,
    PFIZER_NOTICE,
    TEXTS,
    text_for,
)
from companion.domain.instruments import DIFFICULTY_ANSWER_MAX, Instrument, definition


@pytest.mark.parametrize("instrument", list(Instrument))
def test_one_text_per_item_and_answer(instrument: Instrument) -> None:
    text, spec = text_for(instrument), definition(instrument)
    assert text.instrument is instrument
    assert len(text.items) == spec.item_count
    assert len(text.answers) == spec.answer_max + 1
    assert len(set(text.items)) == len(text.items)
    assert len(set(text.answers)) == len(text.answers)
    if spec.item_loinc:
        assert len(text.items) == len(spec.item_loinc)
    if spec.answer_loinc:
        assert len(text.answers) == len(spec.answer_loinc)


@pytest.mark.parametrize("instrument", list(Instrument))
def test_no_empty_or_padded_strings(instrument: Instrument) -> None:
    text = text_for(instrument)
    strings = [text.title, text.recall_period, text.stem, text.notice, *text.items, *text.answers,
               *text.difficulty_answers]
    strings += [s for s in (text.introduction, text.difficulty_question) if s is not None]
    for string in strings:
        assert string.strip() == string and string
        assert "  " not in string


def test_difficulty_question_only_on_phq9_with_four_answers() -> None:
    for instrument, text in TEXTS.items():
        has_question = text.difficulty_question is not None
        assert has_question is definition(instrument).has_difficulty_question
        assert len(text.difficulty_answers) == (DIFFICULTY_ANSWER_MAX + 1 if has_question else 0)
    assert text_for(Instrument.PHQ9).difficulty_answers == (
        "Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult")


def test_answers_in_score_order() -> None:
    assert FREQUENCY_ANSWERS == ("Not at all", "Several days", "More than half the days", "Nearly every day")
    assert PCL5_ANSWERS == ("Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely")
    assert text_for(Instrument.PHQ9).answers == text_for(Instrument.GAD7).answers == FREQUENCY_ANSWERS
    assert text_for(Instrument.PCL5).answers == PCL5_ANSWERS


def test_recall_periods_are_the_published_ones() -> None:
    assert text_for(Instrument.PHQ9).stem == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?")
    assert text_for(Instrument.GAD7).stem.startswith("Over the last 2 weeks, how often")
    assert text_for(Instrument.PCL5).stem == "In the past month, how much were you bothered by:"
    assert "in the past month" in (text_for(Instrument.PCL5).introduction or "")


def test_item9_is_the_self_harm_question() -> None:
    # The crisis rule is keyed to index 8; it must be this question and no other.
    items = text_for(Instrument.PHQ9).items
    assert items[8] == "Thoughts that you would be better off dead or of hurting yourself in some way"
    assert not any("dead" in item for item in items[:8])


def test_first_and_last_items_are_where_they_belong() -> None:
    assert text_for(Instrument.PHQ9).items[0] == "Little interest or pleasure in doing things"
    assert text_for(Instrument.GAD7).items[0] == "Feeling nervous, anxious, or on edge"
    assert text_for(Instrument.GAD7).items[6] == "Feeling afraid as if something awful might happen"
    assert text_for(Instrument.PCL5).items[0].startswith("Repeated, disturbing, and unwanted memories")
    assert text_for(Instrument.PCL5).items[19] == "Trouble falling or staying asleep?"


def test_notices() -> None:
    assert "No permission required to reproduce, translate, display or distribute" in PFIZER_NOTICE
    assert text_for(Instrument.PHQ9).notice == text_for(Instrument.GAD7).notice == PFIZER_NOTICE
    pcl5_notice = text_for(Instrument.PCL5).notice
    assert "National Center for PTSD" in pcl5_notice and "public domain" in pcl5_notice
