"""Scored questionnaires (PHQ-9, GAD-7, PCL-5) in the vault: complete ones only, never changed.

A questionnaire is stored only as a complete, scored form (:func:`instruments.score` refuses anything
else). The answers are the truth: total, band and item 9 are stored beside them for queries and the
export, and reading scores the answers again, so a row that disagrees with itself is reported as damage
rather than shown with a wrong band.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from companion.domain.instruments import IncompleteQuestionnaireError, Instrument, QuestionnaireScore, score
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.database import Database
from companion.storage.errors import StorageError
from companion.storage.session_codec import format_time, parse_time

_COLUMNS = "id, instrument, completed_at, answers_json, difficulty, total, band, item9"


class StoredQuestionnaireDamagedError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "A stored questionnaire is damaged and could not be read, so nothing was changed; "
            "restoring a recent backup may bring it back.",
        ))


@dataclass(frozen=True)
class QuestionnaireRecord:
    id: int
    instrument: Instrument
    completed_at: datetime
    score: QuestionnaireScore


def _rescored(given: QuestionnaireScore) -> QuestionnaireScore:
    """The score of ``given``'s own answers; ValueError when ``given`` is not exactly that."""
    fresh = score(given.instrument, list(given.answers), given.difficulty)
    if fresh != given:
        raise ValueError("the score does not match its answers")
    return fresh


def _record(row: Any) -> QuestionnaireRecord:
    try:
        instrument = Instrument(str(row[1]))
        answers = json.loads(row[3])
        if not isinstance(answers, list) or not all(type(a) is int for a in answers):
            raise StoredQuestionnaireDamagedError()
        difficulty = None if row[4] is None else int(row[4])
        scored = score(instrument, answers, difficulty)
    except (IncompleteQuestionnaireError, ValueError, TypeError, RecursionError):
        raise StoredQuestionnaireDamagedError() from None
    item9 = None if row[7] is None else int(row[7])
    if (scored.total, scored.band.value, scored.item9) != (int(row[5]), str(row[6]), item9):
        raise StoredQuestionnaireDamagedError()
    return QuestionnaireRecord(int(row[0]), instrument, parse_time(row[2]), scored)


class QuestionnaireRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    def save(
        self, score: QuestionnaireScore, *, at: datetime, item9_answer_ids: Sequence[int] = ()
    ) -> QuestionnaireRecord:
        """Store a complete, scored questionnaire completed ``at``.

        ``item9_answer_ids`` are the early records of question 9 (see :meth:`record_item9_answer`) made
        while this form was being filled in; they are linked in the same transaction, so from then on the
        scored questionnaire speaks for them (and, if question 9 was changed back to 0, still carries
        them: see :meth:`item9_changed_to_zero`). ValueError if ``score`` is not what
        :func:`instruments.score` gives for its own answers (only complete, scored forms are stored).
        """
        scored = _rescored(score)
        completed_at = format_time(at)
        with self._database.transaction() as connection:
            cursor = connection.execute(
                f"INSERT INTO questionnaire_responses ({_COLUMNS}) "  # noqa: S608 - constants
                "VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)",
                (scored.instrument.value, completed_at, json.dumps(list(scored.answers)), scored.difficulty,
                 scored.total, scored.band.value, scored.item9),
            )
            record_id = int(cursor.lastrowid or 0)
            for answer_id in item9_answer_ids:
                connection.execute(
                    "UPDATE phq9_item9_answers SET response_id = ? WHERE id = ? AND response_id IS NULL",
                    (record_id, answer_id),
                )
        return QuestionnaireRecord(record_id, scored.instrument, parse_time(completed_at), scored)

    def record_item9_answer(self, value: int, *, at: datetime) -> int:
        """Store PHQ-9 question 9 answered above 0 the moment it is answered; returns its id.

        The form may never be finished (stopped, locked, a crash): this record still raises the
        needs-attention flag, whatever the total would have been.
        """
        if isinstance(value, bool) or not 1 <= value <= 3:
            raise ValueError("an item-9 answer above 0 is 1, 2 or 3")
        with self._database.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO phq9_item9_answers (answered_at, value) VALUES (?, ?)", (format_time(at), value)
            )
            return int(cursor.lastrowid or 0)

    def unfinished_item9_answers(self) -> list[tuple[int, datetime, int]]:
        """(id, answered_at, value) of question-9 answers whose form was never finished, oldest first."""
        rows = self._database.execute(
            "SELECT id, answered_at, value FROM phq9_item9_answers WHERE response_id IS NULL "
            "ORDER BY answered_at, id"
        ).fetchall()
        return [(int(row[0]), parse_time(str(row[1])), int(row[2])) for row in rows]

    def item9_changed_to_zero(self) -> dict[int, int]:
        """Finished PHQ-9s whose question 9 was answered above 0 and then changed to 0 before the end:
        questionnaire id -> the highest early answer."""
        rows = self._database.execute(
            "SELECT r.id, MAX(a.value) FROM phq9_item9_answers AS a "
            "JOIN questionnaire_responses AS r ON r.id = a.response_id WHERE r.item9 = 0 GROUP BY r.id"
        ).fetchall()
        return {int(row[0]): int(row[1]) for row in rows}

    def history(self, instrument: Instrument | None = None) -> list[QuestionnaireRecord]:
        """Every stored questionnaire (of ``instrument``, or all), oldest first."""
        if instrument is None:
            rows = self._database.execute(
                f"SELECT {_COLUMNS} FROM questionnaire_responses ORDER BY completed_at, id"  # noqa: S608
            ).fetchall()
        else:
            rows = self._database.execute(
                f"SELECT {_COLUMNS} FROM questionnaire_responses WHERE instrument = ? "  # noqa: S608
                "ORDER BY completed_at, id",
                (Instrument(instrument).value,),
            ).fetchall()
        return [_record(row) for row in rows]

    def latest(self, instrument: Instrument) -> QuestionnaireRecord | None:
        """The most recently completed one, or None."""
        return self._one(instrument, "DESC")

    def baseline(self, instrument: Instrument) -> QuestionnaireRecord | None:
        """The first one completed: what response (a 50 % drop) is measured from."""
        return self._one(instrument, "ASC")

    def _one(self, instrument: Instrument, order: str) -> QuestionnaireRecord | None:
        row = self._database.execute(
            f"SELECT {_COLUMNS} FROM questionnaire_responses WHERE instrument = ? "  # noqa: S608 - constants
            f"ORDER BY completed_at {order}, id {order} LIMIT 1",
            (Instrument(instrument).value,),
        ).fetchone()
        return None if row is None else _record(row)
