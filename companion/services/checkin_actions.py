"""What the Check-ins page saves: the post-session log, the next-day check-in, a questionnaire (Qt-free).

Each function runs on the database worker and returns the stored record. Times come from the caller
(the page takes them from its clock when the patient acts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.domain.journal import EntryContent, SessionLink, clean_text
from companion.storage.checkins import CheckinRepository
from companion.storage.journal import JournalRepository
from companion.storage.questionnaires import QuestionnaireRepository

if TYPE_CHECKING:
    from datetime import datetime

    from companion.domain.instruments import QuestionnaireScore
    from companion.storage.checkins import NextDayCheckinRecord, PostSessionLog, PostSessionLogRecord
    from companion.storage.questionnaires import QuestionnaireRecord
    from companion.storage.vault import OpenVault


def save_post_session_log(vault: OpenVault, log: PostSessionLog, *, at: datetime) -> PostSessionLogRecord:
    return CheckinRepository(vault.database).save_post_session_log(log, at=at)


def save_next_day_checkin(
    vault: OpenVault,
    session_id: int,
    *,
    at: datetime,
    skipped: bool,
    sleep_quality: int | None = None,
    mood: int | None = None,
    lingering: str | None = None,
    stood_out: str | None = None,
    journal_title: str,
) -> NextDayCheckinRecord:
    """The check-in; what stood out also becomes a journal entry titled ``journal_title``, linked to the
    session (issue 4 asks for it "to the journal"): both are written in one transaction, or neither."""
    text = clean_text(stood_out or "").strip()
    with vault.database.transaction():
        record = CheckinRepository(vault.database).save_next_day_checkin(
            session_id, at=at, skipped=skipped, sleep_quality=sleep_quality, mood=mood,
            lingering=lingering, stood_out=stood_out,
        )
        if text and not skipped:
            JournalRepository(vault.database).create(
                EntryContent(title=journal_title, body=text, session_id=session_id,
                             session_link=SessionLink.NEXT_DAY), at=at)
    return record


class QuestionnaireInProgress:
    """One questionnaire form being filled in, and the early records of its PHQ-9 question 9.

    Question 9 answered above 0 is stored at once, before the form is finished (one record per such
    answer); saving the form links them to it. Use it only from the database worker: its jobs run in
    order there, so saving finds every early record without a race.
    """

    def __init__(self) -> None:
        self._item9_answers: list[int] = []

    def begin(self) -> None:
        """A new form: an earlier form's question-9 records stay as they are."""
        self._item9_answers.clear()

    def record_item9_answer(self, vault: OpenVault, value: int, *, at: datetime) -> int:
        answer_id = QuestionnaireRepository(vault.database).record_item9_answer(value, at=at)
        self._item9_answers.append(answer_id)
        return answer_id

    def save(self, vault: OpenVault, score: QuestionnaireScore, *, at: datetime) -> QuestionnaireRecord:
        answer_ids, self._item9_answers[:] = tuple(self._item9_answers), []
        return QuestionnaireRepository(vault.database).save(score, at=at, item9_answer_ids=answer_ids)
