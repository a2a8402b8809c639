"""The "Session" entry of the main shell: from "Start today's session" to the end of monitoring.

The page shows whatever the stored session says (:class:`SessionController` snapshots); a few
steps before anything is stored (checklist → vitals → baseline) are kept on the page and stored
together when the checklist is passed or blocked.  From the moment a session starts until it ends,
the page is in *session mode* (:class:`SessionModeScreen`: dark, large, full screen, Help always
on screen); the main window listens to ``session_mode_changed`` and ``active_changed`` to hide the
navigation, go full screen, keep the vault from idle-locking and ask before closing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.domain.checklist import VITALS_ID, Answer, build_checklist, evaluate_checklist
from companion.domain.monitoring import URGENT_RECHECK_MINUTES
from companion.domain.session import SessionState
from companion.domain.session_events import HelpKind, StartBlocked
from companion.domain.vitals import classify_pre_dose, is_urgent, spo2_urgent
from companion.services.session_actions import CheckinAnswer
from companion.services.session_snapshot import Reading, SessionSnapshot
from companion.storage.errors import StorageError
from companion.ui.core_text import core_text
from companion.ui.i18n import translate
from companion.ui.session.baseline_step import BaselineStep
from companion.ui.session.checklist_step import ChecklistStep
from companion.ui.session.chime import AudioChime, Chime
from companion.ui.session.handover_step import HandoverStep
from companion.ui.session.medicines_text import medicines_text
from companion.ui.session.outcome_views import BlockedView, FinishedView, NoPlanView, StartView
from companion.ui.session.paramedics import paramedic_facts
from companion.ui.session.screen_choice import Screen
from companion.ui.session.session_controller import SessionController
from companion.ui.session.session_mode import SessionModeScreen
from companion.ui.session.sitter_card_pdf import ask_where_to_save_sitter_card, write_sitter_card
from companion.ui.session.vitals_step import VitalsStep
from companion.ui.widgets.current_page_stack import CurrentPageStack
from companion.ui.widgets.session_widgets import make_label

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.ui.vault_controller import VaultController

_BLOCKED_CLOSE_REASON = "The safety checklist stopped the start."


class SessionPage(QWidget):
    active_changed = Signal(bool)  # a session is in progress (not yet ended)
    session_mode_changed = Signal(bool)  # dark full-screen session mode (from the checklist to the end)
    post_session_log_requested = Signal(int)  # the ended session's id: open its post-session log
    intention_journal_requested = Signal()  # before a session: an intention in the journal
    integration_journal_requested = Signal(int)  # the ended session's id: write about it in the journal

    def __init__(
        self,
        vault: VaultController,
        clock: Clock,
        *,
        chime: Chime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = SessionController(vault, clock, self)
        self._active = False
        self._session_mode = False
        self._answers: dict[str, Answer] = {}
        self._pre_dose: Reading | None = None
        self._vitals_acknowledged = False
        self._note = ""
        self._vault = vault
        # Where to save the sitter card; tests replace the dialog.
        self.ask_sitter_card_path: Callable[[QWidget], Path | None] = ask_where_to_save_sitter_card

        self.message = make_label("", self, role="error")
        self.message.hide()
        self.steps = CurrentPageStack(self)
        self.no_plan = NoPlanView(self.steps)
        self.start_view = StartView(self.steps)
        self.finished = FinishedView(self.steps)
        self.mode = SessionModeScreen(chime if chime is not None else AudioChime(self), self.controller.now,
                                      self.steps)
        self.checklist = ChecklistStep(self.controller.now, self.mode.stack)
        self.vitals = VitalsStep(self.mode.stack)
        self.baseline = BaselineStep(self.mode.stack)
        self.blocked = BlockedView(self.mode.stack)
        self.handover = HandoverStep(self.mode.stack)
        for step in (self.checklist, self.vitals, self.baseline, self.blocked, self.handover):
            self.mode.stack.addWidget(step)
        for widget in (self.no_plan, self.start_view, self.finished, self.mode):
            self.steps.addWidget(widget)
        self.mode.set_facts_source(self._paramedic_facts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.steps, 1)

        c, m = self.controller, self.mode
        c.session_changed.connect(self._on_controller_session_changed)
        c.failed.connect(self._on_controller_failed)
        c.code_refused.connect(self._on_controller_code_refused)
        c.ticked.connect(self._on_controller_ticked)
        self.start_view.start_requested.connect(c.start_session)
        self.start_view.intention_requested.connect(self.intention_journal_requested)
        self.start_view.sitter_card_requested.connect(self._on_start_view_sitter_card_requested)
        self.checklist.completed.connect(self._on_checklist_completed)
        self.checklist.blocked.connect(self._on_checklist_blocked)
        self.vitals.passed.connect(self._on_vitals_passed)
        self.vitals.blocked.connect(self._on_vitals_blocked)
        self.baseline.completed.connect(self._on_baseline_completed)
        self.blocked.close_requested.connect(lambda: c.abandon(_BLOCKED_CLOSE_REASON))
        self.handover.handed_over.connect(c.hand_over)
        for stop_requested in (self.checklist.stop_requested, self.vitals.stop_requested,
                               self.baseline.stop_requested, self.handover.stop_requested,
                               m.dose.stop_requested):
            stop_requested.connect(self._on_stop_requested)
        m.dose.dose_taken.connect(c.dose_taken)
        m.help_used.connect(c.use_help)
        m.checkin.answered.connect(self._on_checkin_answered)
        m.reading.measured.connect(self._on_reading_measured)
        m.recovery_ready.started.connect(c.start_recovery_check)
        m.recovery.passed.connect(c.complete)
        m.recovery.failed.connect(self._on_recovery_failed)
        m.end_early.confirmed.connect(self._on_end_early_confirmed)
        self.finished.done.connect(c.load)
        self.finished.log_requested.connect(self._on_finished_log_requested)
        self.finished.journal_requested.connect(self._on_finished_journal_requested)
        vault.unlocked.connect(self.reload)
        self.steps.setCurrentWidget(self.no_plan)
        if vault.is_unlocked():
            self.reload()

    # --- what the main window asks ------------------------------------------------------------

    def session_active(self) -> bool:
        return self._active

    def in_session_mode(self) -> bool:
        return self._session_mode

    @Slot()
    def reload(self) -> None:
        """Read the care plan and any session in progress (after unlock, or when the page is shown)."""
        self.controller.load()

    def clear_content(self) -> None:
        """The vault is locking: forget the session on screen (it stays stored and resumes on unlock)."""
        self.controller.clear()
        for step in (self.checklist, self.vitals, self.baseline, self.handover, self.mode):
            step.clear_content()
        self._answers, self._pre_dose, self._vitals_acknowledged = {}, None, False
        self.message.hide()
        self.steps.setCurrentWidget(self.no_plan)
        self._set_flags(active=False, session_mode=False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The care plan may have been saved in Settings meanwhile.
        if not self._active and not self.controller.is_busy() and self.controller.snapshot.record is None:
            self.reload()

    # --- showing the stored session -----------------------------------------------------------

    @Slot(object)
    def _on_controller_session_changed(self, snapshot: SessionSnapshot) -> None:
        self.message.hide()
        session, plan_record = snapshot.session, snapshot.plan
        # Ended early, the sitter still stays until the recovery check passes: session mode goes on.
        active = session is not None and (session.is_active or session.awaiting_recovery)
        self._set_flags(active=active, session_mode=active)
        if session is None:
            if plan_record is None:
                self.steps.setCurrentWidget(self.no_plan)
            else:
                self.start_view.show_plan(plan_record.plan, self._note)
                self._note = ""
                self.steps.setCurrentWidget(self.start_view)
            return
        plan, state = session.plan, session.state
        self.mode.set_plan_for_help(plan)
        if state is SessionState.ABANDONED:
            self._note = translate("Session", "Today's session was closed before the dose.")
            self.mode.clear_content()
            self.controller.load()
        elif session.awaiting_recovery:
            self.steps.setCurrentWidget(self.mode)
            self.mode.refresh(snapshot)
        elif state in (SessionState.COMPLETED, SessionState.ENDED_EARLY):
            self.mode.clear_content()
            self.finished.show_session(snapshot)
            self.steps.setCurrentWidget(self.finished)
        elif state in (SessionState.PLANNED, SessionState.CHECKLIST) and not session.checklist_passed:
            blocks = [e for e in session.events if isinstance(e, StartBlocked)]
            if blocks:
                reasons = [core_text(reason) for reason in blocks[-1].reasons]
                self.blocked.show_reasons(plan, reasons, self._pre_dose_urgent(snapshot))
                self._show_step(self.blocked)
            elif self.mode.current_screen() not in (self.checklist, self.vitals, self.baseline) or \
                    self.steps.currentWidget() is not self.mode:
                self.checklist.load(plan, snapshot.answers)
                self._show_step(self.checklist)
        elif state is SessionState.CHECKLIST:
            if self.mode.current_screen() is not self.handover:
                self.handover.load(plan)
            self._show_step(self.handover)
        else:
            if state is SessionState.HANDED_OVER:  # also after a restart; load keeps what is typed
                sitter = session.sitter
                self.mode.dose.load(plan, sitter.sitter_name if sitter is not None else "")
            self.steps.setCurrentWidget(self.mode)
            self.mode.refresh(snapshot)

    def _show_step(self, step: QWidget) -> None:
        self.steps.setCurrentWidget(self.mode)
        self.mode.show_step(step, translate("Session", "Today's session: before the dose"))

    def _set_flags(self, *, active: bool, session_mode: bool) -> None:
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)
        if session_mode != self._session_mode:
            self._session_mode = session_mode
            self.session_mode_changed.emit(session_mode)

    def _pre_dose_urgent(self, snapshot: SessionSnapshot) -> list[str]:
        reading, session = snapshot.pre_dose, snapshot.session
        if reading is None or session is None or reading.heart_rate is None:
            return []
        assessment = classify_pre_dose(reading.bp, reading.heart_rate, session.plan, reading.spo2)
        return [core_text(reason) for reason in assessment.urgent]

    def _paramedic_facts(self) -> Sequence[tuple[str, str]]:
        snapshot = self.controller.snapshot
        session = snapshot.session
        if session is None:
            return ()
        return paramedic_facts(session.plan, dose_at=session.dose_at, readings=snapshot.readings,
                               medicines=medicines_text(snapshot.answers), now=self.controller.now())

    # --- slots ----------------------------------------------------------------------------------

    @Slot()
    def _on_finished_log_requested(self) -> None:
        record = self.controller.snapshot.record
        if record is not None:
            self.post_session_log_requested.emit(record.id)
        self.controller.load()  # as "Done" does: the page goes back to the start

    @Slot()
    def _on_finished_journal_requested(self) -> None:
        record = self.controller.snapshot.record
        if record is not None:
            self.integration_journal_requested.emit(record.id)
        self.controller.load()  # as "Done" does: the page goes back to the start

    @Slot()
    def _on_start_view_sitter_card_requested(self) -> None:
        record = self.controller.snapshot.plan
        path = None if record is None else self.ask_sitter_card_path(self)
        if record is None or path is None:
            return
        plan = record.plan
        view = self.start_view

        def saved(_result: object) -> None:
            view.show_card_note(translate("Session", "The sitter card was saved as %1. Print it, or open it "
                                                     "on the sitter's phone.").replace("%1", str(path)))

        def failed(error: BaseException) -> None:
            if not isinstance(error, StorageError):
                raise error
            view.show_card_note(core_text(error), error=True)

        view.show_card_note(translate("Session", "Saving the sitter card…"))
        self._vault.run_in_background(lambda: write_sitter_card(plan, path), saved, failed)

    @Slot(str)
    def _on_controller_failed(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()

    @Slot()
    def _on_controller_ticked(self) -> None:
        session = self.controller.snapshot.session
        if self.steps.currentWidget() is not self.mode or session is None:
            return
        handed_over = session.sitter is not None and session.state is not SessionState.CHECKLIST
        if (session.is_active and handed_over) or session.awaiting_recovery:
            self.mode.refresh(self.controller.snapshot)

    @Slot()
    def _on_controller_code_refused(self) -> None:
        self.mode.open_screen(Screen.CHECKIN)
        self.mode.checkin.refuse_code()

    @Slot(object)
    def _on_checklist_completed(self, answers: Mapping[str, Answer]) -> None:
        self._answers = dict(answers)
        session = self.controller.snapshot.session
        if session is not None:
            self.vitals.load(session.plan)
            self._show_step(self.vitals)

    @Slot(object, object)
    def _on_checklist_blocked(self, answers: Mapping[str, Answer], reasons: list[str]) -> None:
        self.controller.record_block(answers, reasons)

    @Slot(object, bool)
    def _on_vitals_passed(self, reading: Reading, acknowledged: bool) -> None:
        self._pre_dose, self._vitals_acknowledged = reading, acknowledged
        self.baseline.clear_content()
        self._show_step(self.baseline)

    @Slot(object, object, object)
    def _on_vitals_blocked(self, reading: Reading, reasons: list[str], _urgent: list[str]) -> None:
        self.controller.record_block(self._answers, reasons, reading)

    @Slot(int, int, object)
    def _on_baseline_completed(self, mood: int, anxiety: int, intention: str | None) -> None:
        session, reading = self.controller.snapshot.session, self._pre_dose
        if session is None or reading is None or reading.heart_rate is None:
            return
        answers = dict(self._answers)
        if self._vitals_acknowledged:
            answers[VITALS_ID] = Answer(True, acknowledged=True, answered_at=self.controller.now())
        assessment = classify_pre_dose(reading.bp, reading.heart_rate, session.plan, reading.spo2)
        outcome = evaluate_checklist(build_checklist(session.plan), answers, assessment, session.plan)
        if not outcome.can_start:  # the steps allow only a passing checklist here; stay safe anyway
            self._show_step(self.checklist)
            return
        self.controller.pass_checklist(answers, outcome.acknowledged, reading, mood, anxiety, intention)

    @Slot()
    def _on_stop_requested(self) -> None:
        self.mode.end_early.reset()
        self.mode.end_early.set_before_dose(True)
        self.mode.open_screen(Screen.END_EARLY)

    @Slot(str)
    def _on_end_early_confirmed(self, reason: str) -> None:
        session = self.controller.snapshot.session
        self.mode.close_screen(Screen.END_EARLY)
        if session is not None and session.dose_at is None:
            self.controller.abandon(reason)
        else:
            self.controller.end_early(reason)

    @Slot(object)
    def _on_checkin_answered(self, answer: CheckinAnswer) -> None:
        self.controller.confirm_checkin(answer)
        self.mode.close_screen(Screen.CHECKIN)
        if answer.emergency:
            self.mode.open_help(HelpKind.EMERGENCY)
        elif not answer.all_well:
            self.mode.open_help()

    @Slot(object)
    def _on_reading_measured(self, reading: Reading) -> None:
        snapshot = self.controller.snapshot
        session = snapshot.session
        if session is None:
            return
        self.controller.recheck_bp(reading)
        self.mode.close_screen(Screen.READING)
        pre_dose = None if snapshot.pre_dose is None else snapshot.pre_dose.bp
        urgent = [core_text(reason) for reason in is_urgent(reading.bp, pre_dose, session.plan)]
        if reading.spo2 is not None:
            urgent += map(core_text, spo2_urgent(reading.spo2, session.plan))
        if urgent:
            follow_up = self.controller.now() + timedelta(minutes=URGENT_RECHECK_MINUTES)
            self.mode.show_urgent(urgent, follow_up)

    @Slot(object, object, object)
    def _on_recovery_failed(self, reasons: object, reading: object, urgent: object) -> None:
        assert isinstance(reasons, list)
        self.controller.recovery_failed(reasons, reading if isinstance(reading, Reading) else None)
        if isinstance(urgent, list) and urgent:
            follow_up = self.controller.now() + timedelta(minutes=URGENT_RECHECK_MINUTES)
            self.mode.show_urgent([core_text(reason) for reason in urgent], follow_up)
