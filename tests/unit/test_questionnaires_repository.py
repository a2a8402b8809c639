"""Scored questionnaires in the vault: only complete ones, read back re-scored, baseline and latest."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.instruments import Instrument, SeverityBand, response, score
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.migrations import apply_migrations
from companion.storage.questionnaires import QuestionnaireRepository, StoredQuestionnaireDamagedError

T0 = datetime(2026, 3, 3, 9, 30, 0, 125_000, tzinfo=UTC)
PHQ9_18 = [2, 2, 2, 2, 2, 2, 2, 2, 2]  # 18, moderately severe, item 9 = 2
PHQ9_7 = [1, 1, 1, 1, 1, 1, 1, 0, 0]


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    with Database.create(tmp_path / "vault.db", DataKey.generate()) as database:
        apply_migrations(database)
        yield database


def test_saved_scores_read_back_equal_with_their_columns(database: Database) -> None:
    repository = QuestionnaireRepository(database)
    phq9 = score(Instrument.PHQ9, PHQ9_18, difficulty=2)
    saved = repository.save(phq9, at=T0)
    assert (saved.instrument, saved.completed_at, saved.score) == (Instrument.PHQ9, T0, phq9)
    assert repository.history() == [saved]
    columns = "instrument, total, band, item9, difficulty"
    row = database.execute(f"SELECT {columns} FROM questionnaire_responses").fetchone()
    assert tuple(row) == ("phq9", 18, "moderately_severe", 2, 2)
    pcl5 = repository.save(score(Instrument.PCL5, [2] * 17 + [0] * 3), at=T0 + timedelta(days=1))
    assert pcl5.score.band is SeverityBand.PROBABLE_PTSD and pcl5.score.item9 is None


def test_history_is_oldest_first_by_completion_and_filters(database: Database) -> None:
    repository = QuestionnaireRepository(database)
    later = repository.save(score(Instrument.PHQ9, PHQ9_7), at=T0 + timedelta(days=14))
    gad7 = repository.save(score(Instrument.GAD7, [1] * 7), at=T0 + timedelta(days=1))
    first = repository.save(score(Instrument.PHQ9, PHQ9_18), at=T0)  # entered late, completed first
    assert repository.history() == [first, gad7, later]
    assert repository.history(Instrument.PHQ9) == [first, later]
    assert repository.baseline(Instrument.PHQ9) == first
    assert repository.latest(Instrument.PHQ9) == later
    assert repository.latest(Instrument.PCL5) is None and repository.baseline(Instrument.PCL5) is None
    baseline, latest = repository.baseline(Instrument.PHQ9), repository.latest(Instrument.PHQ9)
    assert baseline is not None and latest is not None
    assert response(baseline.score.total, latest.score.total)  # 18 -> 7


def test_only_a_score_that_matches_its_answers_is_stored(database: Database) -> None:
    repository = QuestionnaireRepository(database)
    real = score(Instrument.GAD7, [3] * 7)
    forgeries = (replace(real, total=4), replace(real, band=SeverityBand.MILD),
                 replace(real, answers=(3,) * 6))
    for forged in forgeries:
        with pytest.raises(ValueError):  # the message depends on which check refuses it
            repository.save(forged, at=T0)
    assert repository.history() == []


def test_a_row_that_disagrees_with_its_answers_is_damage(database: Database) -> None:
    repository = QuestionnaireRepository(database)
    repository.save(score(Instrument.PHQ9, PHQ9_18), at=T0)
    database.execute("UPDATE questionnaire_responses SET band = 'minimal'")
    with pytest.raises(StoredQuestionnaireDamagedError, match="damaged"):
        repository.history()
    database.execute("UPDATE questionnaire_responses SET band = 'moderately_severe', answers_json = '[2, 2]'")
    with pytest.raises(StoredQuestionnaireDamagedError):
        repository.latest(Instrument.PHQ9)


def test_an_early_item9_answer_stays_unfinished_until_its_form_is_saved(tmp_path: Path) -> None:
    key = DataKey.generate()
    database = Database.create(tmp_path / "item9.db", key)
    try:
        apply_migrations(database)
        repository = QuestionnaireRepository(database)
        at = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
        stopped = repository.record_item9_answer(1, at=at)
        finished = repository.record_item9_answer(2, at=at + timedelta(minutes=5))
        assert [a[0] for a in repository.unfinished_item9_answers()] == [stopped, finished]
        repository.save(score(Instrument.PHQ9, [0] * 8 + [2]), at=at + timedelta(minutes=6),
                        item9_answer_ids=(finished,))
        assert repository.unfinished_item9_answers() == [(stopped, at, 1)]
        assert repository.item9_changed_to_zero() == {}  # the form says 2: it speaks for itself
        with pytest.raises(ValueError):
            repository.record_item9_answer(0, at=at)
    finally:
        database.close()


def test_question_9_changed_back_to_0_is_kept_with_its_form(tmp_path: Path) -> None:
    key = DataKey.generate()
    database = Database.create(tmp_path / "item9.db", key)
    try:
        apply_migrations(database)
        repository = QuestionnaireRepository(database)
        at = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
        first = repository.record_item9_answer(1, at=at)
        second = repository.record_item9_answer(2, at=at + timedelta(minutes=1))
        record = repository.save(score(Instrument.PHQ9, [1] * 8 + [0]), at=at + timedelta(minutes=3),
                                 item9_answer_ids=(first, second))
        assert repository.unfinished_item9_answers() == []
        assert repository.item9_changed_to_zero() == {record.id: 2}
    finally:
        database.close()
