"""The Check-ins page's handle on the vault: every read and save runs on the database thread.

One method per action; results come back by signal on the GUI thread. Times are taken from the
injected clock on the GUI thread when the patient acts. ``clear()`` (on lock) drops the results of
jobs still running, so nothing read before the lock reaches a widget after it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from companion.domain.journal import EntryContent, SessionLink, clean_text
from companion.storage.checkins import CheckinRepository, PostSessionLog
from companion.storage.errors import StorageError
from companion.storage.journal import JournalRepository
from companion.storage.questionnaires import QuestionnaireRepository
from companion.ui.checkins.checkins_state import load_overview, post_session_context

if TYPE_CHECKING:
    from datetime import datetime

    from companion.domain.clock import Clock
    from companion.domain.instruments import QuestionnaireScore
    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController

T = TypeVar("T")
BugReporter = Callable[[BaseException], None]


def _report_to_excepthook(error: BaseException) -> None:
    sys.excepthook(type(error), error, error.__traceback__)


class CheckinsController(QObject):
    overview_loaded = Signal(object)  # CheckinsOverview
    post_session_context_loaded = Signal(object)  # PostSessionContext
    post_session_log_saved = Signal(object)  # PostSessionLogRecord
    next_day_checkin_saved = Signal(object)  # NextDayCheckinRecord
    questionnaire_saved = Signal(object)  # QuestionnaireRecord
    failed = Signal(str)  # a calm sentence from the storage layer

    def __init__(
        self,
        vault: VaultController,
        clock: Clock,
        parent: QObject | None = None,
        *,
        report_bug: BugReporter | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._clock = clock
        self._report_bug = report_bug or _report_to_excepthook
        self._pending = 0
        self._generation = 0
        # The early records of PHQ-9 question 9 for the form being filled in (one per answer above 0).
        # Written and read only by jobs on the database thread (which run in order), so saving the
        # form finds them without a race.
        self._item9_answers: list[int] = []

    def now(self) -> datetime:
        return self._clock.now()

    def is_busy(self) -> bool:
        return self._pending > 0

    def clear(self) -> None:
        """The vault is locking: results of jobs still running are dropped."""
        self._generation += 1
        self._pending = 0

    # --- reads ----------------------------------------------------------------------------------

    def load_overview(self) -> None:
        now = self.now()
        self._run(lambda vault: load_overview(vault, now), self.overview_loaded.emit)

    def load_post_session_context(self, session_id: int) -> None:
        self._run(lambda vault: post_session_context(vault, session_id),
                  self.post_session_context_loaded.emit)

    # --- saves ----------------------------------------------------------------------------------

    def save_post_session_log(self, log: PostSessionLog) -> None:
        at = self.now()
        self._run(lambda vault: CheckinRepository(vault.database).save_post_session_log(log, at=at),
                  self.post_session_log_saved.emit)

    def save_next_day_checkin(
        self,
        session_id: int,
        *,
        skipped: bool,
        sleep_quality: int | None = None,
        mood: int | None = None,
        lingering: str | None = None,
        stood_out: str | None = None,
    ) -> None:
        at = self.now()
        title = self.tr("What stood out, the day after")
        text = clean_text(stood_out or "").strip()

        def job(vault: OpenVault) -> object:
            # What stood out also becomes a journal entry linked to the session (issue 4 asks for it
            # "to the journal"): both are written in one transaction, or neither.
            with vault.database.transaction():
                record = CheckinRepository(vault.database).save_next_day_checkin(
                    session_id, at=at, skipped=skipped, sleep_quality=sleep_quality, mood=mood,
                    lingering=lingering, stood_out=stood_out,
                )
                if text and not skipped:
                    JournalRepository(vault.database).create(
                        EntryContent(title=title, body=text, session_id=session_id,
                                     session_link=SessionLink.NEXT_DAY), at=at)
            return record

        self._run(job, self.next_day_checkin_saved.emit)

    def forget_item9_answer(self) -> None:
        """A new questionnaire begins: an earlier form's question-9 record stays as it is."""
        self._run(lambda vault: self._item9_answers.clear(), lambda _result: None)

    def record_item9_answer(self, value: int) -> None:
        """Store PHQ-9 question 9 answered above 0 at once, before the form is finished."""
        at = self.now()

        def job(vault: OpenVault) -> None:
            answer_id = QuestionnaireRepository(vault.database).record_item9_answer(value, at=at)
            self._item9_answers.append(answer_id)

        self._run(job, lambda _result: None)

    def save_questionnaire(self, score: QuestionnaireScore) -> None:
        at = self.now()

        def job(vault: OpenVault) -> object:
            answer_ids, self._item9_answers[:] = tuple(self._item9_answers), []
            return QuestionnaireRepository(vault.database).save(score, at=at, item9_answer_ids=answer_ids)

        self._run(job, self.questionnaire_saved.emit)

    # --- plumbing -------------------------------------------------------------------------------

    def _run(self, job: Callable[[OpenVault], T], deliver: Callable[[T], None]) -> None:
        self._pending += 1
        generation = self._generation

        def done(result: T) -> None:
            if generation != self._generation:
                return
            self._pending -= 1
            deliver(result)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._pending -= 1
            if isinstance(error, StorageError):
                self.failed.emit(str(error))
            else:
                self._report_bug(error)

        self._vault.run_in_database(job, done, failed)
