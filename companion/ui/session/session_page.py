"""The "Session" entry of the main shell: from "Start today's session" to the end of monitoring.

The page shows whatever the stored session says (:class:`SessionController` snapshots); a few
steps before anything is stored (checklist → vitals → baseline) are kept on the page and stored
together when the checklist is passed or blocked.  From the hand-over on, the page is in
full-window *session mode* (dark, high contrast, large type); the main window listens to
``session_mode_changed`` and ``active_changed`` to hide the navigation, keep the vault from
idle-locking and ask before closing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from companion.domain.checklist import VITALS_ID, Answer, build_checklist, evaluate_checklist
from companion.domain.session import AFTER_DOSE_STATES, SessionState
from companion.domain.session_events import StartBlocked
from companion.domain.vitals import classify_pre_dose, is_urgent
from companion.ui.session.baseline_step import BaselineStep
from companion.ui.session.checklist_step import ChecklistStep
from companion.ui.session.chime import AudioChime, Chime
from companion.ui.session.dose_step import DoseStep
from companion.ui.session.handover_step import HandoverStep
from companion.ui.session.monitoring_step import MonitoringStep
from companion.ui.session.outcome_views import BlockedView, FinishedView, NoPlanView, StartView
from companion.ui.session.session_controller import SessionController
from companion.ui.session.session_snapshot import Reading, SessionSnapshot
from companion.ui.session.session_widgets import (
    SESSION_FONT_FACTOR,
    SESSION_MODE_STYLE,
    enlarge_fonts,
    make_label,
    tr,
)
from companion.ui.session.vitals_step import VitalsStep
from companion.ui.theme import palette_for

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.ui.vault_controller import VaultController

SESSION_MODE_STATES = frozenset({SessionState.HANDED_OVER, *AFTER_DOSE_STATES})
_BLOCKED_CLOSE_REASON = "The safety checklist stopped the start."


class SessionPage(QWidget):
    active_changed = Signal(bool)  # a session is in progress (not yet ended)
    session_mode_changed = Signal(bool)  # full-window session mode (from the hand-over to the end)
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

        self.message = make_label("", self, role="error")
        self.message.hide()
        self.steps = QStackedWidget(self)
        self.no_plan = NoPlanView(self.steps)
        self.start_view = StartView(self.steps)
        self.checklist = ChecklistStep(self.controller.now, self.steps)
        self.vitals = VitalsStep(self.steps)
        self.baseline = BaselineStep(self.steps)
        self.blocked = BlockedView(self.steps)
        self.handover = HandoverStep(self.steps)
        self.finished = FinishedView(self.steps)
        self.session_mode = QWidget(self.steps)
        self.session_mode.setObjectName("sessionMode")
        self.session_mode.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.session_mode.setStyleSheet(SESSION_MODE_STYLE)
        self.session_mode.setPalette(palette_for("high_contrast"))  # placeholders, selection, disabled text
        self.session_steps = QStackedWidget(self.session_mode)
        self.dose = DoseStep(self.session_steps)
        self.monitoring = MonitoringStep(
            chime if chime is not None else AudioChime(self), self.controller.now, self.session_steps
        )
        self.session_steps.addWidget(self.dose)
        self.session_steps.addWidget(self.monitoring)
        mode_layout = QVBoxLayout(self.session_mode)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        mode_layout.addWidget(self.session_steps)
        enlarge_fonts(self.session_mode, SESSION_FONT_FACTOR)
        for widget in (self.no_plan, self.start_view, self.checklist, self.vitals, self.baseline,
                       self.blocked, self.handover, self.finished, self.session_mode):
            self.steps.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.steps, 1)

        c = self.controller
        c.session_changed.connect(self._on_controller_session_changed)
        c.failed.connect(self._on_controller_failed)
        c.code_refused.connect(self.monitoring.checkin.refuse_code)
        c.ticked.connect(self._on_controller_ticked)
        self.start_view.start_requested.connect(c.start_session)
        self.checklist.completed.connect(self._on_checklist_completed)
        self.checklist.blocked.connect(self._on_checklist_blocked)
        self.vitals.passed.connect(self._on_vitals_passed)
        self.vitals.blocked.connect(self._on_vitals_blocked)
        self.baseline.completed.connect(self._on_baseline_completed)
        self.blocked.close_requested.connect(lambda: c.abandon(_BLOCKED_CLOSE_REASON))
        self.handover.handed_over.connect(c.hand_over)
        self.dose.dose_taken.connect(c.dose_taken)
        self.dose.cancelled.connect(c.abandon)
        self.dose.help_used.connect(c.use_help)
        self.finished.done.connect(c.load)
        self.finished.log_requested.connect(self._on_finished_log_requested)
        self.finished.journal_requested.connect(self._on_finished_journal_requested)
        self.start_view.intention_requested.connect(self.intention_journal_requested)
        m = self.monitoring
        m.checkin_answered.connect(self._on_monitoring_checkin_answered)
        m.help_used.connect(c.use_help)
        m.bp_measured.connect(self._on_monitoring_bp_measured)
        m.recovery_started.connect(c.start_recovery_check)
        m.recovery_passed.connect(c.complete)
        m.recovery_failed.connect(c.recovery_failed)
        m.end_early_confirmed.connect(c.end_early)
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
        for step in (self.checklist, self.vitals, self.baseline, self.handover, self.dose, self.monitoring):
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
        self._set_flags(active=session is not None and session.is_active,
                        session_mode=session is not None and session.state in SESSION_MODE_STATES)
        if session is None:
            if plan_record is None:
                self.steps.setCurrentWidget(self.no_plan)
            else:
                self.start_view.show_plan(plan_record.plan, self._note)
                self._note = ""
                self.steps.setCurrentWidget(self.start_view)
            return
        plan, state = session.plan, session.state
        if state is SessionState.ABANDONED:
            self._note = tr("Today's session was closed before the dose.")
            self.controller.load()
        elif state in (SessionState.COMPLETED, SessionState.ENDED_EARLY):
            self.finished.show_session(snapshot)
            self.steps.setCurrentWidget(self.finished)
        elif state in (SessionState.PLANNED, SessionState.CHECKLIST) and not session.checklist_passed:
            blocks = [e for e in session.events if isinstance(e, StartBlocked)]
            if blocks:
                self.blocked.show_reasons(plan, list(blocks[-1].reasons))
                self.steps.setCurrentWidget(self.blocked)
            elif self.steps.currentWidget() not in (self.checklist, self.vitals, self.baseline):
                self.checklist.load(plan, snapshot.answers)
                self.steps.setCurrentWidget(self.checklist)
        elif state is SessionState.CHECKLIST:
            if self.steps.currentWidget() is not self.handover:
                self.handover.load(plan)
                self.steps.setCurrentWidget(self.handover)
        elif state is SessionState.HANDED_OVER:
            if self.session_steps.currentWidget() is not self.dose or self.steps.currentWidget() is not \
                    self.session_mode:
                sitter = session.sitter
                self.dose.load(plan, sitter.sitter_name if sitter is not None else "")
            self._show_session_step(self.dose)
        else:
            self._show_session_step(self.monitoring)
            self.monitoring.refresh(snapshot)

    def _show_session_step(self, step: QWidget) -> None:
        self.session_steps.setCurrentWidget(step)
        self.steps.setCurrentWidget(self.session_mode)

    def _set_flags(self, *, active: bool, session_mode: bool) -> None:
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)
        if session_mode != self._session_mode:
            self._session_mode = session_mode
            self.session_mode_changed.emit(session_mode)

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

    @Slot(str)
    def _on_controller_failed(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()

    @Slot()
    def _on_controller_ticked(self) -> None:
        if self.steps.currentWidget() is self.session_mode and self.session_steps.currentWidget() is \
                self.monitoring:
            self.monitoring.refresh(self.controller.snapshot)

    @Slot(object)
    def _on_checklist_completed(self, answers: Mapping[str, Answer]) -> None:
        self._answers = dict(answers)
        session = self.controller.snapshot.session
        if session is not None:
            self.vitals.load(session.plan)
            self.steps.setCurrentWidget(self.vitals)

    @Slot(object, object)
    def _on_checklist_blocked(self, answers: Mapping[str, Answer], reasons: list[str]) -> None:
        self.controller.record_block(answers, reasons)

    @Slot(object, bool)
    def _on_vitals_passed(self, reading: Reading, acknowledged: bool) -> None:
        self._pre_dose, self._vitals_acknowledged = reading, acknowledged
        self.baseline.clear_content()
        self.steps.setCurrentWidget(self.baseline)

    @Slot(object, object)
    def _on_vitals_blocked(self, reading: Reading, reasons: list[str]) -> None:
        self.controller.record_block(self._answers, reasons, reading)

    @Slot(int, int, object)
    def _on_baseline_completed(self, mood: int, anxiety: int, intention: str | None) -> None:
        session, reading = self.controller.snapshot.session, self._pre_dose
        if session is None or reading is None or reading.heart_rate is None:
            return
        answers = dict(self._answers)
        if self._vitals_acknowledged:
            answers[VITALS_ID] = Answer(True, acknowledged=True, answered_at=self.controller.now())
        assessment = classify_pre_dose(reading.bp, reading.heart_rate, session.plan)
        outcome = evaluate_checklist(build_checklist(session.plan), answers, assessment, session.plan)
        if not outcome.can_start:  # the steps allow only a passing checklist here; stay safe anyway
            self.steps.setCurrentWidget(self.checklist)
            return
        self.controller.pass_checklist(answers, outcome.acknowledged, reading, mood, anxiety, intention)

    @Slot(bool, object)
    def _on_monitoring_checkin_answered(self, all_well: bool, code: str | None) -> None:
        self.controller.confirm_checkin(all_well, code)
        if not all_well:
            self.monitoring.open_help()

    @Slot(object)
    def _on_monitoring_bp_measured(self, reading: Reading) -> None:
        snapshot = self.controller.snapshot
        session = snapshot.session
        if session is None:
            return
        self.controller.recheck_bp(reading)
        pre_dose = None if snapshot.pre_dose is None else snapshot.pre_dose.bp
        urgent = is_urgent(reading.bp, pre_dose, session.plan)
        if urgent:
            self.monitoring.show_urgent(urgent)
