"""The monitoring screen: the times, the always-visible Help button, and one prompt at a time.

Everything shown is computed by :mod:`companion.domain.monitoring` from the stored session and the
controller's clock each time :meth:`MonitoringStep.refresh` runs (every tick); nothing here counts.
Prompt priority: a check-in in its grace period or overdue, then whatever the sitter opened (help,
end early, urgent guidance), the recovery check, a blood-pressure re-check, the recovery check
being ready, and otherwise a calm screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain import monitoring
from companion.domain.monitoring import CheckinStatus
from companion.domain.session import Session, SessionState
from companion.domain.session_events import HelpKind
from companion.ui.session.bp_recheck_prompt import BpRecheckPrompt, UrgentGuidance
from companion.ui.session.checkin_prompt import CheckinPrompt
from companion.ui.session.chime import Chime, ChimeLevel
from companion.ui.session.end_early_dialog import EndEarlyPanel
from companion.ui.session.help_panel import HelpPanel
from companion.ui.session.recovery_step import RecoveryStep
from companion.ui.session.session_snapshot import SessionSnapshot
from companion.ui.session.session_widgets import (
    CLOCK_FONT_FACTOR,
    SessionButton,
    make_label,
    tr,
)

ESCALATION_REPEAT = timedelta(seconds=30)  # the urgent chime repeats this often until answered
HELP, END_EARLY, URGENT = "help", "end_early", "urgent"


def duration_text(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def local_time_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


class MonitoringStep(QWidget):
    """The session-mode screen from the dose to the end (monitoring and recovery check)."""

    checkin_answered = Signal(bool, object)
    help_used = Signal(object)
    bp_measured = Signal(object)
    recovery_started = Signal()
    recovery_passed = Signal(object)
    recovery_failed = Signal(object, object)
    end_early_confirmed = Signal(str)

    def __init__(self, chime: Chime, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chime = chime
        self._now = now
        self._snapshot: SessionSnapshot | None = None
        self._overlay: str | None = None
        self._chimed: set[datetime] = set()
        self._last_urgent: datetime | None = None
        self.status = CheckinStatus.NOT_DUE

        self.elapsed = make_label("0:00", self, factor=CLOCK_FONT_FACTOR, bold=True)
        self.elapsed_caption = make_label(tr("since the dose (hours:minutes)"), self)
        self.remaining = make_label("", self, factor=1.2)
        self.next_checkin = make_label("", self, role="muted")
        self.help_button = SessionButton(tr("Help"), self, role="help")
        self.help_button.setMinimumSize(180, 80)
        self.help_button.setToolTip(tr("Emergency signs, distress, and what the sitter should do"))
        self.help_button.clicked.connect(lambda: self.open_help())
        times = QVBoxLayout()
        for widget in (self.elapsed, self.elapsed_caption, self.remaining, self.next_checkin):
            times.addWidget(widget)
        header = QHBoxLayout()
        header.addLayout(times, 1)
        header.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)

        self.prompt_frame = QFrame(self)
        self.prompt_frame.setProperty("role", "prompt")
        self.prompt_frame.setProperty("alert", "false")
        self.prompts = QStackedWidget(self.prompt_frame)
        self.calm = make_label("", self.prompts, factor=1.2)
        self.calm.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checkin = CheckinPrompt(self.prompts)
        self.bp = BpRecheckPrompt(self.prompts)
        self.urgent = UrgentGuidance(self.prompts)
        self.recovery_ready = QWidget(self.prompts)
        self.recovery_text = make_label(tr("The minimum monitoring time has passed. When the patient seems "
                                           "recovered, the sitter does the recovery check."),
                                        self.recovery_ready, factor=1.2)
        self.recovery_button = SessionButton(tr("Start the recovery check"), self.recovery_ready,
                                             role="primary")
        self.recovery_button.clicked.connect(self.recovery_started)
        ready_layout = QVBoxLayout(self.recovery_ready)
        ready_layout.addWidget(self.recovery_text)
        ready_layout.addWidget(self.recovery_button)
        ready_layout.addStretch(1)
        self.recovery = RecoveryStep(self.prompts)
        self.help = HelpPanel(self.prompts)
        self.end_early = EndEarlyPanel(self.prompts)
        # Each prompt scrolls on its own rather than squash at large text sizes.
        self._holders: dict[QWidget, QScrollArea] = {}
        prompts: tuple[QWidget, ...] = (self.calm, self.checkin, self.bp, self.urgent, self.recovery_ready,
                                        self.recovery, self.help, self.end_early)
        for prompt in prompts:
            holder = QScrollArea(self.prompts)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            holder.setWidget(prompt)
            holder.viewport().setAutoFillBackground(False)  # let the frame's (flashing) background show
            prompt.setAutoFillBackground(False)
            self._holders[prompt] = holder
            self.prompts.addWidget(holder)
        frame_layout = QVBoxLayout(self.prompt_frame)
        frame_layout.setContentsMargins(20, 16, 20, 16)
        frame_layout.addWidget(self.prompts)

        self.notice = make_label("", self, role="error")
        self.notice.hide()
        self.finish_button = SessionButton(tr("Finish the session"), self)
        self.end_early_button = SessionButton(tr("End early…"), self)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.end_early_button.clicked.connect(self._on_end_early_button_clicked)
        footer = QHBoxLayout()
        footer.addWidget(self.notice, 1)
        footer.addWidget(self.finish_button)
        footer.addWidget(self.end_early_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(self.prompt_frame, 1)
        layout.addLayout(footer)

        self.checkin.answered.connect(self._on_checkin_answered)
        self.help.help_used.connect(self.help_used)
        self.help.closed.connect(self._close_overlay)
        self.urgent.closed.connect(self._close_overlay)
        self.end_early.cancelled.connect(self._close_overlay)
        self.end_early.confirmed.connect(self.end_early_confirmed)
        self.bp.measured.connect(self.bp_measured)
        self.recovery.passed.connect(self.recovery_passed)
        self.recovery.failed.connect(self._on_recovery_failed)

    # --- what the page calls ----------------------------------------------------------------------

    def refresh(self, snapshot: SessionSnapshot) -> None:
        """Repaint the times and choose the prompt for the clock's now; chime when a check-in needs it."""
        self._snapshot = snapshot
        now = self._now()
        session = snapshot.session
        if session is None or session.dose_at is None:
            return
        self.elapsed.setText(duration_text(monitoring.elapsed_since_dose(session, now)))
        self.elapsed.setAccessibleName(tr("Time since the dose: %1").replace("%1", self.elapsed.text()))
        left = monitoring.remaining_minimum(session, now)
        self.remaining.setText(
            tr("%1 until the minimum monitoring time ends").replace("%1", duration_text(left)) if left
            else tr("The minimum monitoring time has passed."))
        upcoming = monitoring.next_checkin_due(session, now)
        self.next_checkin.setText("" if upcoming is None else
                                  tr("Next check-in at %1").replace("%1", local_time_text(upcoming)))
        self.status = monitoring.checkin_status(session, now)
        self._sound(session, now)
        self._choose_prompt(snapshot, now)

    def open_help(self, kind: object = None) -> None:
        session = None if self._snapshot is None else self._snapshot.session
        if session is None:
            return
        self.help.open(session.plan, kind if isinstance(kind, HelpKind) else None)
        self._set_overlay(HELP)

    def show_urgent(self, reasons: list[str]) -> None:
        session = None if self._snapshot is None else self._snapshot.session
        if session is None:
            return
        self.urgent.show_reasons(session.plan, reasons)
        self._set_overlay(URGENT)

    def current_prompt(self) -> QWidget | None:
        holder = self.prompts.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else None

    def overlay(self) -> str | None:
        return self._overlay

    def clear_content(self) -> None:
        self._snapshot, self._overlay, self._last_urgent = None, None, None
        self._chimed.clear()
        self.help.clear_content()
        self.end_early.reset()
        self.bp.reset()
        self.recovery.reset()
        self.calm.clear()

    # --- choosing -------------------------------------------------------------------------------

    def _sound(self, session: Session, now: datetime) -> None:
        if self.status is CheckinStatus.IN_GRACE:
            due = monitoring.checkin_to_confirm(session, now)
            if due is not None and due not in self._chimed:
                self._chimed.add(due)
                self.chime.play(ChimeLevel.GENTLE)
        elif self.status is CheckinStatus.ESCALATE and (
                self._last_urgent is None or now - self._last_urgent >= ESCALATION_REPEAT):
            self._last_urgent = now
            self.chime.play(ChimeLevel.URGENT)
        if self.status is not CheckinStatus.ESCALATE:
            self._last_urgent = None

    def _choose_prompt(self, snapshot: SessionSnapshot, now: datetime) -> None:
        session = snapshot.session
        assert session is not None
        escalate = self.status is CheckinStatus.ESCALATE
        alert = "false" if not escalate else ("true" if int(now.timestamp()) % 2 == 0 else "false")
        if self.prompt_frame.property("alert") != alert:
            self.prompt_frame.setProperty("alert", alert)
            self.prompt_frame.style().unpolish(self.prompt_frame)
            self.prompt_frame.style().polish(self.prompt_frame)
        if self.status in (CheckinStatus.IN_GRACE, CheckinStatus.ESCALATE):
            self.checkin.show_status(self.status, session.sitter is not None and
                                     session.sitter.code_hash is not None)
            self._show(self.checkin)
            return
        overlays = {HELP: self.help, END_EARLY: self.end_early, URGENT: self.urgent}
        if self._overlay is not None:
            self._show(overlays[self._overlay])
            return
        recovery_due = monitoring.recovery_check_due(session)
        if session.state is SessionState.RECOVERY_CHECK:
            if self.current_prompt() is not self.recovery:
                self.recovery.reset()
                self.recovery.load(session.plan, snapshot.pre_dose)
            self._show(self.recovery)
        elif recovery_due is not None and recovery_due <= now:
            self._show(self.recovery_ready)
        elif monitoring.bp_rechecks_due(session, now):
            self._show(self.bp)
        else:
            self.calm.setText(tr("All is calm. Sitter: stay with the patient. The app will chime when it "
                                 "is time to check in."))
            self._show(self.calm)

    def _show(self, widget: QWidget) -> None:
        if self.current_prompt() is not widget:
            self.prompts.setCurrentWidget(self._holders[widget])
            self.notice.hide()  # a refusal belongs to the prompt it answered

    def _set_overlay(self, overlay: str | None) -> None:
        self._overlay = overlay
        if self._snapshot is not None and self._snapshot.session is not None:
            self._choose_prompt(self._snapshot, self._now())

    # --- slots ----------------------------------------------------------------------------------

    @Slot()
    def _close_overlay(self) -> None:
        self._set_overlay(None)

    @Slot(bool, object)
    def _on_checkin_answered(self, all_well: bool, code: object) -> None:
        self.checkin_answered.emit(all_well, code)

    @Slot(object, object, object)
    def _on_recovery_failed(self, reasons: object, reading: object, urgent: object) -> None:
        self.recovery_failed.emit(reasons, reading)
        if urgent:
            self.show_urgent([str(reason) for reason in urgent])  # type: ignore[attr-defined]

    @Slot()
    def _on_finish_button_clicked(self) -> None:
        self.notice.hide()
        snapshot = self._snapshot
        session = None if snapshot is None else snapshot.session
        if session is None:
            return
        due = monitoring.recovery_check_due(session)
        if session.state is SessionState.RECOVERY_CHECK:
            return
        if due is None or due > self._now():
            when = local_time_text(due) if due is not None else ""
            self.notice.setText(tr("The session cannot be finished yet: the recovery check comes at %1. To "
                                   "stop now, choose \"End early\" and give a reason.").replace("%1", when))
            self.notice.show()
            return
        self.recovery_started.emit()

    @Slot()
    def _on_end_early_button_clicked(self) -> None:
        self.end_early.reset()
        self._set_overlay(END_EARLY)
