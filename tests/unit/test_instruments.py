"""PHQ-9 / GAD-7 / PCL-5 scoring: every band boundary, item 9, response, remission, refusals, due dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.instruments import (
    DEFINITIONS,
    FREQUENCY_ANSWER_LOINC,
    IncompleteQuestionnaireError,
    Instrument,
    SeverityBand,
    band_for,
    definition,
    is_due,
    needs_crisis_resources,
    progress,
    remission,
    response,
    score,
)

PHQ9, GAD7, PCL5 = Instrument.PHQ9, Instrument.GAD7, Instrument.PCL5
B = SeverityBand

# The tables of DESIGN.md §3, written out independently of the module's own table.
EXPECTED_BANDS: dict[Instrument, list[tuple[int, int, SeverityBand]]] = {
    PHQ9: [(0, 4, B.MINIMAL), (5, 9, B.MILD), (10, 14, B.MODERATE), (15, 19, B.MODERATELY_SEVERE),
           (20, 27, B.SEVERE)],
    GAD7: [(0, 4, B.MINIMAL), (5, 9, B.MILD), (10, 14, B.MODERATE), (15, 21, B.SEVERE)],
    PCL5: [(0, 32, B.BELOW_PTSD_CUTOFF), (33, 80, B.PROBABLE_PTSD)],
}


def expected_band(instrument: Instrument, total: int) -> SeverityBand:
    return next(band for low, high, band in EXPECTED_BANDS[instrument] if low <= total <= high)


def answers_totalling(instrument: Instrument, total: int) -> list[int]:
    """A complete answer vector with this total, filled from the first item."""
    spec = definition(instrument)
    answers = []
    for _ in range(spec.item_count):
        value = min(spec.answer_max, total)
        answers.append(value)
        total -= value
    assert total == 0
    return answers


# --- definitions -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("instrument", "items", "answer_max", "total_max", "recall_days"), [
    (PHQ9, 9, 3, 27, 14), (GAD7, 7, 3, 21, 14), (PCL5, 20, 4, 80, 30),
])
def test_definitions_match_design(instrument: Instrument, items: int, answer_max: int, total_max: int,
                                  recall_days: int) -> None:
    spec = definition(instrument)
    assert (spec.item_count, spec.answer_min, spec.answer_max, spec.total_max, spec.recall_days) == (
        items, 0, answer_max, total_max, recall_days)
    assert [(r.low, r.high, r.band) for r in spec.bands] == EXPECTED_BANDS[instrument]


def test_loinc_codes_are_design_section_3() -> None:
    phq9, gad7, pcl5 = definition(PHQ9), definition(GAD7), definition(PCL5)
    assert (phq9.loinc_panel, phq9.loinc_total, phq9.difficulty_loinc) == ("44249-1", "44261-6", "69722-7")
    assert phq9.item_loinc == ("44250-9", "44255-8", "44259-0", "44254-1", "44251-7",
                               "44258-2", "44252-5", "44253-3", "44260-8")
    assert phq9.item_loinc[8] == "44260-8"  # item 9
    assert (gad7.loinc_panel, gad7.loinc_total, gad7.difficulty_loinc) == ("69737-5", "70274-6", None)
    assert gad7.item_loinc == ("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7")
    assert FREQUENCY_ANSWER_LOINC == ("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9")
    assert phq9.answer_loinc == gad7.answer_loinc == FREQUENCY_ANSWER_LOINC
    assert pcl5.loinc_panel == "101697-1"
    assert (pcl5.loinc_total, pcl5.item_loinc, pcl5.answer_loinc) == (None, (), ())


@pytest.mark.parametrize("instrument", list(Instrument))
def test_code_counts_match_items_and_answers(instrument: Instrument) -> None:
    spec = DEFINITIONS[instrument]
    assert len(spec.item_loinc) in (0, spec.item_count)
    assert len(spec.answer_loinc) in (0, spec.answer_max + 1)
    assert len(set(spec.item_loinc)) == len(spec.item_loinc)
    if instrument is not PCL5:
        assert len(spec.item_loinc) == spec.item_count
        assert len(spec.answer_loinc) == spec.answer_max + 1


def test_instrument_values_are_stable_storage_keys() -> None:
    assert [i.value for i in Instrument] == ["phq9", "gad7", "pcl5"]
    assert B.MODERATELY_SEVERE.value == "moderately_severe"
    assert B.MODERATELY_SEVERE.label == "Moderately severe"
    assert all(band.label for band in SeverityBand)


# --- bands at every boundary -------------------------------------------------------------------------------

@pytest.mark.parametrize(("instrument", "total", "band"), [
    (PHQ9, 0, B.MINIMAL), (PHQ9, 4, B.MINIMAL), (PHQ9, 5, B.MILD), (PHQ9, 9, B.MILD),
    (PHQ9, 10, B.MODERATE), (PHQ9, 14, B.MODERATE), (PHQ9, 15, B.MODERATELY_SEVERE),
    (PHQ9, 19, B.MODERATELY_SEVERE), (PHQ9, 20, B.SEVERE), (PHQ9, 27, B.SEVERE),
    (GAD7, 0, B.MINIMAL), (GAD7, 4, B.MINIMAL), (GAD7, 5, B.MILD), (GAD7, 9, B.MILD),
    (GAD7, 10, B.MODERATE), (GAD7, 14, B.MODERATE), (GAD7, 15, B.SEVERE), (GAD7, 21, B.SEVERE),
    (PCL5, 0, B.BELOW_PTSD_CUTOFF), (PCL5, 32, B.BELOW_PTSD_CUTOFF),
    (PCL5, 33, B.PROBABLE_PTSD), (PCL5, 80, B.PROBABLE_PTSD),
])
def test_band_boundaries(instrument: Instrument, total: int, band: SeverityBand) -> None:
    result = score(instrument, answers_totalling(instrument, total))
    assert result.total == total
    assert result.band is band
    assert band_for(instrument, total) is band


@pytest.mark.parametrize(("total", "probable"), [(0, False), (32, False), (33, True), (80, True)])
def test_pcl5_probable_ptsd_from_33(total: int, probable: bool) -> None:
    result = score(PCL5, answers_totalling(PCL5, total))
    assert result.probable_ptsd is probable
    assert result.item9 is None and result.difficulty is None


@pytest.mark.parametrize("instrument", [PHQ9, GAD7])
def test_probable_ptsd_is_only_pcl5s(instrument: Instrument) -> None:
    highest = answers_totalling(instrument, definition(instrument).total_max)
    assert score(instrument, highest).probable_ptsd is None


@pytest.mark.parametrize(("instrument", "total"), [(PHQ9, -1), (PHQ9, 28), (GAD7, 22), (PCL5, 81)])
def test_band_for_refuses_impossible_totals(instrument: Instrument, total: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        band_for(instrument, total)


@pytest.mark.parametrize("instrument", list(Instrument))
@given(data=st.data())
def test_random_complete_forms(instrument: Instrument, data: st.DataObject) -> None:
    spec = definition(instrument)
    answers = data.draw(st.lists(st.integers(0, spec.answer_max),
                                 min_size=spec.item_count, max_size=spec.item_count))
    result = score(instrument, answers)
    assert result.total == sum(answers)
    assert result.band is expected_band(instrument, sum(answers))
    assert result.answers == tuple(answers)
    assert result.item9 == (answers[8] if instrument is PHQ9 else None)


# --- PHQ-9 item 9 ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("item9", "crisis"), [(0, False), (1, True), (2, True), (3, True)])
def test_item9_in_a_scored_form_whatever_the_total(item9: int, crisis: bool) -> None:
    result = score(PHQ9, [0] * 8 + [item9])
    assert result.item9 == item9
    assert result.needs_crisis_resources is crisis
    assert result.band is B.MINIMAL  # a minimal total does not hide it


def test_item9_zero_in_a_severe_form_is_not_a_crisis_by_itself() -> None:
    result = score(PHQ9, [3] * 8 + [0])
    assert (result.total, result.band, result.needs_crisis_resources) == (24, B.SEVERE, False)


@pytest.mark.parametrize(("value", "crisis"), [(None, False), (0, False), (1, True), (2, True), (3, True)])
def test_item9_answer_alone_shows_crisis_resources(value: int | None, crisis: bool) -> None:
    # Answered on its own, before any other item and before the form can be scored.
    assert needs_crisis_resources(PHQ9, 8, value) is crisis


@pytest.mark.parametrize("index", range(8))
def test_other_phq9_items_never_trigger_crisis(index: int) -> None:
    assert not needs_crisis_resources(PHQ9, index, 3)


@pytest.mark.parametrize(("instrument", "index"), [(GAD7, 6), (PCL5, 8), (PCL5, 19)])
def test_other_instruments_never_trigger_crisis(instrument: Instrument, index: int) -> None:
    assert not needs_crisis_resources(instrument, index, definition(instrument).answer_max)


@given(answers=st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=9, max_size=9))
def test_crisis_is_decided_by_item9_at_any_point_of_the_form(answers: list[int | None]) -> None:
    # Whatever else is (not yet) answered, only item 9 decides.
    assert needs_crisis_resources(PHQ9, 8, answers[8]) is (answers[8] is not None and answers[8] > 0)
    assert not any(needs_crisis_resources(PHQ9, i, v) for i, v in enumerate(answers[:8]))


def test_crisis_errs_on_the_safe_side_for_an_out_of_range_value() -> None:
    assert needs_crisis_resources(PHQ9, 8, 7)


@pytest.mark.parametrize(("instrument", "index"), [(PHQ9, 9), (PHQ9, -1), (GAD7, 7), (PCL5, 20)])
def test_crisis_check_refuses_an_item_that_does_not_exist(instrument: Instrument, index: int) -> None:
    with pytest.raises(ValueError, match="no item"):
        needs_crisis_resources(instrument, index, 1)


# --- refusals: complete or not scored ------------------------------------------------------------------

def test_missing_items_are_named() -> None:
    answers: list[int | None] = [1] * 9
    answers[2] = None
    answers[8] = None
    with pytest.raises(IncompleteQuestionnaireError,
                       match=r"^Questions 3 and 9 of the PHQ-9 are not answered yet\.$"):
        score(PHQ9, answers)


def test_one_missing_item_is_named() -> None:
    expected = r"^Question 1 of the GAD-7 is not answered yet\.$"
    with pytest.raises(IncompleteQuestionnaireError, match=expected):
        score(GAD7, [None, 0, 0, 0, 0, 0, 0])


def test_an_empty_form_names_every_item() -> None:
    with pytest.raises(IncompleteQuestionnaireError, match=r"Questions 1, 2, 3, 4, 5, 6 and 7 of the GAD-7"):
        score(GAD7, [None] * 7)


@pytest.mark.parametrize(("instrument", "bad"), [(PHQ9, 4), (PHQ9, -1), (GAD7, 4), (PCL5, 5), (PCL5, -1)])
def test_out_of_range_answers_are_refused(instrument: Instrument, bad: int) -> None:
    answers: list[int | None] = [0] * definition(instrument).item_count
    answers[1] = bad
    with pytest.raises(IncompleteQuestionnaireError, match=r"Question 2 .* outside 0–"):
        score(instrument, answers)


def test_a_bool_is_not_an_answer() -> None:
    with pytest.raises(IncompleteQuestionnaireError, match="Question 1 "):
        score(GAD7, [True, 0, 0, 0, 0, 0, 0])


def test_missing_and_out_of_range_are_reported_together() -> None:
    with pytest.raises(IncompleteQuestionnaireError) as caught:
        score(GAD7, [None, 9, 9, 0, 0, 0, 0])
    assert str(caught.value) == ("Question 1 of the GAD-7 is not answered yet; "
                                 "questions 2 and 3 of the GAD-7 have answers outside 0–3.")
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(("instrument", "count"), [(PHQ9, 8), (PHQ9, 10), (GAD7, 9), (PCL5, 0)])
def test_wrong_number_of_answers_is_refused(instrument: Instrument, count: int) -> None:
    with pytest.raises(IncompleteQuestionnaireError, match=f"but {count} answers were given"):
        score(instrument, [0] * count)


@pytest.mark.parametrize("instrument", list(Instrument))
@given(data=st.data())
def test_any_gap_or_bad_value_is_refused(instrument: Instrument, data: st.DataObject) -> None:
    spec = definition(instrument)
    answers: list[int | None] = data.draw(st.lists(st.integers(0, spec.answer_max),
                                                   min_size=spec.item_count, max_size=spec.item_count))
    position = data.draw(st.integers(0, spec.item_count - 1))
    answers[position] = data.draw(st.one_of(st.none(), st.integers(max_value=-1),
                                            st.integers(min_value=spec.answer_max + 1)))
    expected = rf"^Question {position + 1} of the {spec.short_name} "
    with pytest.raises(IncompleteQuestionnaireError, match=expected):
        score(instrument, answers)


# --- PHQ-9 difficulty question -----------------------------------------------------------------------------

@pytest.mark.parametrize("difficulty", [None, 0, 3])
def test_difficulty_is_kept_and_not_scored(difficulty: int | None) -> None:
    result = score(PHQ9, [1] * 9, difficulty=difficulty)
    assert (result.difficulty, result.total) == (difficulty, 9)


@pytest.mark.parametrize("difficulty", [-1, 4])
def test_difficulty_out_of_range_is_refused(difficulty: int) -> None:
    with pytest.raises(IncompleteQuestionnaireError, match="difficulty question has an answer outside 0–3"):
        score(PHQ9, [1] * 9, difficulty=difficulty)


@pytest.mark.parametrize("instrument", [GAD7, PCL5])
def test_difficulty_only_exists_on_phq9(instrument: Instrument) -> None:
    with pytest.raises(ValueError, match="no difficulty question"):
        score(instrument, [0] * definition(instrument).item_count, difficulty=1)


# --- response and remission --------------------------------------------------------------------------------

@pytest.mark.parametrize(("baseline", "latest", "responded"), [
    (20, 10, True),   # exactly 50 %
    (20, 11, False),  # 45 %: just below
    (15, 7, True),    # 53 %
    (15, 8, False),   # 47 %: just below, odd baseline
    (27, 0, True), (10, 10, False), (10, 12, False), (1, 0, True), (2, 1, True), (3, 2, False),
])
def test_response_is_a_drop_of_at_least_half(baseline: int, latest: int, responded: bool) -> None:
    assert response(baseline, latest) is responded


@pytest.mark.parametrize("latest", [0, 3])
def test_a_zero_baseline_has_no_response(latest: int) -> None:
    assert response(0, latest) is False


def test_response_refuses_negative_totals() -> None:
    with pytest.raises(ValueError, match="negative"):
        response(-1, 0)
    with pytest.raises(ValueError, match="negative"):
        response(10, -1)


@pytest.mark.parametrize(("total", "remitted"), [(0, True), (4, True), (5, False), (27, False)])
def test_remission_below_five(total: int, remitted: bool) -> None:
    assert remission(total) is remitted


@pytest.mark.parametrize("total", [-1, 28])
def test_remission_refuses_impossible_totals(total: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        remission(total)


@pytest.mark.parametrize(("baseline", "latest", "responded", "remitted", "change"), [
    (16, 8, True, False, -50),   # half: a response, not yet below 5
    (16, 9, False, False, -44),
    (16, 4, True, True, -75),
    (4, 3, False, True, -25),    # already below 5 at baseline: remission without a response
    (10, 15, False, False, 50),  # worse
])
def test_phq9_progress_names_response_and_remission(
    baseline: int, latest: int, responded: bool, remitted: bool, change: int
) -> None:
    moved = progress(Instrument.PHQ9, baseline, latest)
    assert (moved.response, moved.remission, moved.percent_change) == (responded, remitted, change)


def test_progress_of_other_instruments_reports_only_the_change() -> None:
    moved = progress(Instrument.GAD7, 14, 4)
    assert (moved.response, moved.remission, moved.percent_change) == (None, None, -71)


def test_progress_from_a_zero_baseline_has_no_percentage() -> None:
    assert progress(Instrument.PHQ9, 0, 3).percent_change is None


@pytest.mark.parametrize(("instrument", "total"), [(Instrument.PHQ9, 28), (Instrument.GAD7, 22),
                                                   (Instrument.PCL5, -1)])
def test_progress_refuses_totals_outside_the_range(instrument: Instrument, total: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        progress(instrument, total, 0)


# --- due dates -------------------------------------------------------------------------------------------

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("instrument", list(Instrument))
def test_due_at_baseline(instrument: Instrument) -> None:
    assert is_due(instrument, None, NOW, every_days=7)


@pytest.mark.parametrize(("elapsed", "due"), [
    (timedelta(0), False), (timedelta(days=7) - timedelta(seconds=1), False),
    (timedelta(days=7), True), (timedelta(days=30), True),
    (-timedelta(days=1), False),  # completed "in the future": the wall clock moved back
])
def test_due_on_the_interval(elapsed: timedelta, due: bool) -> None:
    assert is_due(PHQ9, NOW - elapsed, NOW, every_days=7) is due


def test_due_uses_the_given_interval() -> None:
    last = NOW - timedelta(days=27)
    assert not is_due(PCL5, last, NOW, every_days=28)
    assert is_due(PCL5, last, NOW, every_days=14)


def test_due_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="at least 1 day"):
        is_due(GAD7, None, NOW, every_days=0)
    with pytest.raises(ValueError, match="timezone-aware"):
        is_due(GAD7, None, NOW.replace(tzinfo=None), every_days=7)
    with pytest.raises(ValueError, match="timezone-aware"):
        is_due(GAD7, NOW.replace(tzinfo=None), NOW, every_days=7)
