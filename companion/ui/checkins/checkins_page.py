"""The "Check-ins" entry of the main shell: what is due, and the forms that record it.

An overview first (post-session log for the latest session, next-day check-ins, questionnaires
due on the care plan's intervals), then one form at a time. Every read and save goes through
:class:`CheckinsController` (the database thread); on lock ``clear_content()`` empties every form
and the overview and drops results still on their way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from companion.domain.instruments import Instrument, definition
from companion.services.checkins_state import CheckinsOverview, PostSessionContext
from companion.storage.checkins import NextDayCheckinRecord, PostSessionLog, PostSessionLogRecord
from companion.storage.questionnaires import QuestionnaireRecord
from companion.ui.checkins.checkins_controller import CheckinsController
from companion.ui.checkins.checkins_overview import CheckinsOverviewView
from companion.ui.checkins.next_day_checkin import NextDayCheckinForm
from companion.ui.checkins.post_session_log import PostSessionLogForm
from companion.ui.checkins.questionnaire_form import QuestionnaireForm
from companion.ui.i18n import translate

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.domain.instruments import QuestionnaireScore
    from companion.ui.jobs import BugReporter
    from companion.ui.vault_controller import VaultController


class CheckinsPage(QWidget):
    journal_requested = Signal(int)  # write in the journal about the day after this session

    def __init__(
        self,
        vault: VaultController,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        report_bug: BugReporter | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = CheckinsController(vault, clock, self, report_bug=report_bug)
        self._overview: CheckinsOverview | None = None
        self._item9_recorded = False  # this form's question 9 was answered above 0 and stored at once
        self.stack = QStackedWidget(self)
        self.overview = CheckinsOverviewView(self.stack)
        self.post_session_log = PostSessionLogForm(self.stack)
        self.next_day_checkin = NextDayCheckinForm(self.stack)
        self.questionnaire = QuestionnaireForm(self.stack)
        for widget in (self.overview, self.post_session_log, self.next_day_checkin, self.questionnaire):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        c = self.controller
        c.overview_loaded.connect(self._on_controller_overview_loaded)
        c.post_session_context_loaded.connect(self._on_controller_post_session_context_loaded)
        c.post_session_log_saved.connect(self._on_controller_post_session_log_saved)
        c.next_day_checkin_saved.connect(self._on_controller_next_day_checkin_saved)
        c.questionnaire_saved.connect(self._on_controller_questionnaire_saved)
        c.failed.connect(self._on_controller_failed)
        self.overview.post_session_log_requested.connect(self.start_post_session_log)
        self.overview.next_day_checkin_requested.connect(self.start_next_day_checkin)
        self.overview.questionnaire_requested.connect(self.start_questionnaire)
        self.overview.journal_requested.connect(self.journal_requested)
        self.post_session_log.save_requested.connect(self._on_post_session_log_save_requested)
        self.post_session_log.cancelled.connect(self.show_overview)
        self.next_day_checkin.save_requested.connect(self._on_next_day_checkin_save_requested)
        self.next_day_checkin.skip_requested.connect(self._on_next_day_checkin_skip_requested)
        self.next_day_checkin.cancelled.connect(self.show_overview)
        self.questionnaire.save_requested.connect(self._on_questionnaire_save_requested)
        self.questionnaire.crisis_shown.connect(self._on_questionnaire_crisis_shown)
        self.questionnaire.stopped.connect(self._on_questionnaire_stopped)
        self.questionnaire.done.connect(self.show_overview)
        vault.unlocked.connect(self.reload)
        if vault.is_unlocked():
            self.reload()

    # --- what the window and the other pages ask ------------------------------------------------

    def current_overview(self) -> CheckinsOverview | None:
        return self._overview

    @Slot()
    def reload(self) -> None:
        """Read what is due again (after unlock, when shown, after every save)."""
        self.controller.load_overview()

    @Slot()
    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        self.reload()

    @Slot(int)
    def start_post_session_log(self, session_id: int) -> None:
        """Open the post-session log of ``session_id`` (empty, or its latest version to correct)."""
        self.overview.show_status("")
        self.controller.load_post_session_context(session_id)

    @Slot(int)
    def start_next_day_checkin(self, session_id: int) -> None:
        overview = self._overview
        waiting = () if overview is None else overview.next_day
        due = next((d for d in waiting if d.session_id == session_id), None)
        if due is None:
            return
        self.overview.show_status("")
        self.next_day_checkin.load(due.session_id, due.ended_at)
        self.stack.setCurrentWidget(self.next_day_checkin)
        self.next_day_checkin.sleep_quality.group.buttons()[0].setFocus()

    @Slot(object)
    def start_questionnaire(self, instrument: Instrument) -> None:
        overview = self._overview
        if overview is None:
            return
        self.overview.show_status("")
        self.controller.forget_item9_answer()
        self._item9_recorded = False
        self.questionnaire.start(instrument, overview.plan)
        self.stack.setCurrentWidget(self.questionnaire)

    def clear_content(self) -> None:
        """The vault is locking: forget every answer, form and overview; drop results on their way."""
        self.controller.clear()
        self._overview = None
        for view in (self.overview, self.post_session_log, self.next_day_checkin, self.questionnaire):
            view.clear_content()
        self.stack.setCurrentWidget(self.overview)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A saved questionnaire's result was read; coming back, the patient sees what is due next.
        if self.stack.currentWidget() is self.questionnaire and self.questionnaire.result_visible():
            self.show_overview()
        # A session may have ended, or time passed, since the overview was read.
        elif self.stack.currentWidget() is self.overview and not self.controller.is_busy():
            self.reload()

    # --- results ------------------------------------------------------------------------------

    @Slot(object)
    def _on_controller_overview_loaded(self, overview: CheckinsOverview) -> None:
        self._overview = overview
        self.overview.show_error("")
        self.overview.show_overview(overview)

    @Slot(object)
    def _on_controller_post_session_context_loaded(self, context: PostSessionContext) -> None:
        self.post_session_log.load(context, self.controller.now())
        self.stack.setCurrentWidget(self.post_session_log)
        self.post_session_log.mood.group.buttons()[0].setFocus()

    @Slot(object)
    def _on_controller_post_session_log_saved(self, record: PostSessionLogRecord) -> None:
        self.post_session_log.clear_content()
        sentence = translate("Checkins", "Your post-session log is saved.")
        if record.late_edit:
            sentence += " " + translate("Checkins", "It was changed more than a day after it was first "
                                                    "saved, so your clinician will see both versions.")
        self.overview.show_status(sentence)
        self.show_overview()

    @Slot(object)
    def _on_controller_next_day_checkin_saved(self, record: NextDayCheckinRecord) -> None:
        self.next_day_checkin.clear_content()
        if record.skipped:
            self.overview.show_status(translate("Checkins", "The next-day check-in was skipped; it will not "
                                                            "be asked again."))
        else:
            saved = translate("Checkins", "Your next-day check-in is saved.")
            if record.stood_out:
                saved += " " + translate("Checkins", "What stood out is in your journal too.")
            self.overview.show_status(saved, journal_session=record.session_id)
        self.show_overview()

    @Slot(object)
    def _on_controller_questionnaire_saved(self, record: QuestionnaireRecord) -> None:
        self.questionnaire.show_saved(record)
        name = definition(record.instrument).short_name
        self.overview.show_status(translate("Checkins", "Your %1 is saved.").replace("%1", name))
        self.reload()

    @Slot(str)
    def _on_controller_failed(self, sentence: str) -> None:
        current = self.stack.currentWidget()
        if current is self.post_session_log:
            self.post_session_log.show_error(sentence)
        elif current is self.next_day_checkin:
            self.next_day_checkin.show_error(sentence)
        elif current is self.questionnaire and self.questionnaire.instrument() is not None:
            self.questionnaire.show_error(sentence)
        else:
            self.overview.show_error(sentence)

    # --- form requests --------------------------------------------------------------------------

    @Slot(object)
    def _on_post_session_log_save_requested(self, log: PostSessionLog) -> None:
        self.controller.save_post_session_log(log)

    @Slot(int, int, int, str, str)
    def _on_next_day_checkin_save_requested(
        self, session_id: int, sleep_quality: int, mood: int, lingering: str, stood_out: str
    ) -> None:
        self.controller.save_next_day_checkin(
            session_id, skipped=False, sleep_quality=sleep_quality, mood=mood, lingering=lingering,
            stood_out=stood_out,
        )

    @Slot(int)
    def _on_next_day_checkin_skip_requested(self, session_id: int) -> None:
        self.controller.save_next_day_checkin(session_id, skipped=True)

    @Slot(object)
    def _on_questionnaire_save_requested(self, score: QuestionnaireScore) -> None:
        self.controller.save_questionnaire(score)

    @Slot()
    def _on_questionnaire_crisis_shown(self, value: int) -> None:
        self._item9_recorded = True
        self.controller.record_item9_answer(value)

    def _on_questionnaire_stopped(self) -> None:
        if self._item9_recorded:
            self.overview.show_status(translate(
                "Checkins",
                "The questionnaire was stopped. Your answer to question 9 was kept, so your clinician "
                "will see it; the rest was not saved."))
        else:
            self.overview.show_status(translate("Checkins",
                                                "The questionnaire was stopped; nothing was saved."))
        self.show_overview()
