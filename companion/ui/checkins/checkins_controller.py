"""The Check-ins page's handle on the vault: every read and save runs on the database thread.

One method per action: it submits the use case (:mod:`companion.services.checkin_actions`,
:mod:`companion.services.checkins_state`) to the database worker; results come back by signal on
the GUI thread. Times are taken from the
injected clock on the GUI thread when the patient acts. ``clear()`` (on lock) drops the results of
jobs still running, so nothing read before the lock reaches a widget after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from companion.services import checkin_actions
from companion.services.checkin_actions import QuestionnaireInProgress
from companion.services.checkins_state import load_overview, post_session_context
from companion.ui.jobs import BugReporter, JobDispatcher

if TYPE_CHECKING:
    from datetime import datetime

    from companion.domain.clock import Clock
    from companion.domain.instruments import QuestionnaireScore
    from companion.storage.checkins import PostSessionLog
    from companion.ui.vault_controller import VaultController


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
        self._clock = clock
        self._jobs = JobDispatcher(vault.run_in_database, self.failed.emit, report_bug=report_bug)
        # The form being filled in, with its early PHQ-9 question-9 records: touched only by jobs on
        # the database thread (which run in order), so saving the form finds them without a race.
        self._questionnaire = QuestionnaireInProgress()

    def now(self) -> datetime:
        return self._clock.now()

    def is_busy(self) -> bool:
        return self._jobs.is_busy()

    def clear(self) -> None:
        """The vault is locking: results of jobs still running are dropped."""
        self._jobs.clear()

    # --- reads ----------------------------------------------------------------------------------

    def load_overview(self) -> None:
        now = self.now()
        self._jobs.run(lambda vault: load_overview(vault, now), self.overview_loaded.emit)

    def load_post_session_context(self, session_id: int) -> None:
        self._jobs.run(lambda vault: post_session_context(vault, session_id),
                  self.post_session_context_loaded.emit)

    # --- saves ----------------------------------------------------------------------------------

    def save_post_session_log(self, log: PostSessionLog) -> None:
        at = self.now()
        self._jobs.run(lambda vault: checkin_actions.save_post_session_log(vault, log, at=at),
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
        self._jobs.run(lambda vault: checkin_actions.save_next_day_checkin(
            vault, session_id, at=at, skipped=skipped, sleep_quality=sleep_quality, mood=mood,
            lingering=lingering, stood_out=stood_out, journal_title=title,
        ), self.next_day_checkin_saved.emit)

    def forget_item9_answer(self) -> None:
        """A new questionnaire begins: an earlier form's question-9 record stays as it is."""
        questionnaire = self._questionnaire  # the job runs on the database thread: it must not hold self
        self._jobs.run(lambda _vault: questionnaire.begin(), lambda _result: None)

    def record_item9_answer(self, value: int) -> None:
        """Store PHQ-9 question 9 answered above 0 at once, before the form is finished."""
        at, questionnaire = self.now(), self._questionnaire
        self._jobs.run(lambda vault: questionnaire.record_item9_answer(vault, value, at=at),
                       lambda _result: None)

    def save_questionnaire(self, score: QuestionnaireScore) -> None:
        at, questionnaire = self.now(), self._questionnaire
        self._jobs.run(lambda vault: questionnaire.save(vault, score, at=at), self.questionnaire_saved.emit)
