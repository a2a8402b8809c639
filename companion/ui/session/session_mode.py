"""Session mode: dark, large, one thing at a time, with Help always on screen (DESIGN.md §2).

A one-line top bar (the time since the dose, what comes next, and the Help button), a strip for a
check-in that waits beside whatever the sitter is reading, and the content area, which one screen
owns at a time.  Before the dose the page puts its steps here (:meth:`show_step`); after it,
:meth:`refresh` asks :func:`screen_choice.choose_screen` on every tick.  When the screen changes,
Tab order is set to the visual order and focus moves to the screen's first control.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import cast

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QVBoxLayout, QWidget

from companion.domain import monitoring
from companion.domain.care_plan import CarePlan
from companion.domain.monitoring import CheckinStatus, ReadingKind
from companion.domain.session import Session
from companion.domain.session_events import HelpKind
from companion.services.session_snapshot import SessionSnapshot
from companion.ui.i18n import translate
from companion.ui.session.checkin_prompt import CheckinPrompt
from companion.ui.session.chime import Chime, ChimeLevel
from companion.ui.session.dose_step import DoseStep
from companion.ui.session.end_early_dialog import EndEarlyPanel
from companion.ui.session.help_panel import HelpPanel
from companion.ui.session.monitoring_screens import CalmScreen, RecoveryReadyScreen
from companion.ui.session.reading_prompt import ReadingPrompt
from companion.ui.session.recovery_step import RecoveryStep
from companion.ui.session.screen_choice import Choice, Screen, calm_state, choose_screen
from companion.ui.session.top_bar_text import top_bar_text
from companion.ui.session.urgent_guidance import UrgentGuidance
from companion.ui.theme import palette_for
from companion.ui.time_format import clock_text
from companion.ui.widgets.current_page_stack import CurrentPageStack
from companion.ui.widgets.session_widgets import (
    SESSION_MODE_STYLE,
    ActionScreen,
    SessionButton,
    apply_session_fonts,
    focus_chain,
    make_label,
    order_tabs_by_layout,
)

ESCALATION_REPEAT = timedelta(seconds=30)  # the urgent chime repeats this often until answered
_SCHEDULED = frozenset({Screen.CHECKIN, Screen.READING, Screen.RECOVERY})


class SessionModeScreen(QWidget):
    """The dark container of every session screen; the page connects its screens' signals."""

    help_used = Signal(object)  # HelpKind

    def __init__(self, chime: Chime, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionMode")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(SESSION_MODE_STYLE)
        self.setPalette(palette_for("high_contrast"))  # placeholders, selection, disabled text
        self.chime = chime
        self._now = now
        self._snapshot: SessionSnapshot | None = None
        self._opened: list[Screen] = []
        self._step: QWidget | None = None  # the step before the dose that owns the area, if any
        self._plan_before_dose: CarePlan | None = None
        self._chimed: set[datetime] = set()
        self._last_urgent: datetime | None = None
        self._facts: Callable[[], Sequence[tuple[str, str]]] = lambda: ()
        self.choice: Choice | None = None
        self.status = CheckinStatus.NOT_DUE

        self.top_bar = QFrame(self)
        self.top_bar.setProperty("role", "topbar")
        self.top_bar.setProperty("alert", "false")
        self.status_line = make_label("", self.top_bar)
        # A check-in that falls due while the sitter reads Help (or types a reading) waits here,
        # beside it, instead of taking its place; it chimes and flashes like the check-in itself.
        self.waiting_button = SessionButton(translate("Session", "Answer the check-in"), self.top_bar,
                                            role="primary")
        self.waiting_button.clicked.connect(lambda: self.open_screen(Screen.CHECKIN))
        self.waiting_button.hide()
        self.help_button = SessionButton(translate("Session", "Help"), self.top_bar, role="help")
        self.help_button.setMinimumSize(160, 56)
        self.help_button.setAccessibleName(translate("Session",
                                                     "Help: emergency signs, distress, what to do"))
        self.help_button.clicked.connect(self._on_help_button_clicked)
        # The waiting check-in's button sits beside the status line or under it, whichever makes the
        # top bar lower (_place_waiting_button): always beside it, a longer sentence (Spanish) squeezed
        # into what was left wrapped to six lines and took the room of Help's emergency signs.
        self._bar = QGridLayout(self.top_bar)
        self._bar.setContentsMargins(24, 6, 24, 6)
        self._bar.setHorizontalSpacing(16)
        self._bar.setVerticalSpacing(6)
        self._bar.addWidget(self.status_line, 0, 0)
        self._bar.addWidget(self.waiting_button, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        self._bar.addWidget(self.help_button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        self._bar.setColumnStretch(0, 1)

        self.content = QFrame(self)
        self.content.setProperty("role", "prompt")
        self.content.setProperty("alert", "false")
        self.stack = CurrentPageStack(self.content)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(24, 12, 24, 12)
        content_layout.addWidget(self.stack)

        self.dose = DoseStep(self.stack)
        self.calm = CalmScreen(self.stack)
        self.checkin = CheckinPrompt(self.stack)
        self.reading = ReadingPrompt(self.stack)
        self.urgent = UrgentGuidance(self.stack)
        self.recovery_ready = RecoveryReadyScreen(self.stack)
        self.recovery = RecoveryStep(self.stack)
        self.end_early = EndEarlyPanel(self.stack)
        self.help = HelpPanel(self.stack)
        self.screens: dict[Screen, ActionScreen] = {
            Screen.DOSE: self.dose, Screen.CALM: self.calm, Screen.CHECKIN: self.checkin,
            Screen.READING: self.reading, Screen.URGENT: self.urgent,
            Screen.RECOVERY_READY: self.recovery_ready, Screen.RECOVERY: self.recovery,
            Screen.END_EARLY: self.end_early, Screen.HELP: self.help,
        }
        for screen in self.screens.values():
            self.stack.addWidget(screen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.content, 1)

        self.help.help_used.connect(self.help_used)
        self.help.closed.connect(lambda: self.close_screen(Screen.HELP))
        self.urgent.closed.connect(lambda: self.close_screen(Screen.URGENT))
        self.urgent.emergency_requested.connect(lambda: self.open_help(HelpKind.EMERGENCY))
        self.end_early.cancelled.connect(lambda: self.close_screen(Screen.END_EARLY))
        self.reading.cancelled.connect(lambda: self.close_screen(Screen.READING))
        self.calm.reading_requested.connect(lambda: self.open_screen(Screen.READING))
        self.calm.end_early_requested.connect(self._on_calm_end_early_requested)
        apply_session_fonts(self)

    # --- what the page calls ------------------------------------------------------------------------

    def set_facts_source(self, facts: Callable[[], Sequence[tuple[str, str]]]) -> None:
        """Where "For the paramedics" reads its facts (asked when Help opens and on every tick)."""
        self._facts = facts

    def show_step(self, step: QWidget, status: str) -> None:
        """A step before the dose (checklist … hand-over): it owns the area; Help stays on top."""
        if self.stack.indexOf(step) < 0:
            self.stack.addWidget(step)
        self._step = step
        self.choice = None
        self.waiting_button.hide()
        self._set_alert(False)
        self._set_property(self.top_bar, "false")
        self.status_line.setText(status)
        self._show(self.screens[self._opened[-1]] if self._opened else step)

    def refresh(self, snapshot: SessionSnapshot) -> None:
        """From the hand-over on: the top bar, the chime, and the screen the clock's now asks for."""
        self._snapshot = snapshot
        session = snapshot.session
        if session is None:
            return
        self._step = None
        now = self._now()
        pre_dose = None if snapshot.pre_dose is None else snapshot.pre_dose.bp
        engaged = self._engaged()
        choice = choose_screen(session, pre_dose, now, opened=self._opened, engaged=engaged)
        self.choice, self.status = choice, choice.checkin_status
        self._sound(session, now)
        self._show_top_bar(choice, session, now)
        self._fill(choice, snapshot, now)
        self._set_alert(choice.alert and not choice.checkin_waiting and choice.screen is Screen.CHECKIN,
                        now)
        self._show(self.screens[choice.screen])

    def open_screen(self, screen: Screen) -> None:
        if screen in self._opened:
            self._opened.remove(screen)
        self._opened.append(screen)
        self._rechoose()

    def close_screen(self, screen: Screen) -> None:
        if screen in self._opened:
            self._opened.remove(screen)
        self._rechoose()

    def set_plan_for_help(self, plan: CarePlan | None) -> None:
        """Before the dose there is no stored snapshot here yet: the plan Help shows."""
        self._plan_before_dose = plan

    def open_help(self, kind: HelpKind | None = None) -> None:
        plan = self._plan()
        if plan is None:
            return
        self.help.open(plan, kind, self._facts())
        self.open_screen(Screen.HELP)

    def show_urgent(self, reasons: list[str], follow_up_at: datetime | None) -> None:
        plan = self._plan()
        if plan is None:
            return
        self.urgent.show_reasons(plan, reasons, follow_up_at)
        self.open_screen(Screen.URGENT)

    def opened(self) -> tuple[Screen, ...]:
        return tuple(self._opened)

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def clear_content(self) -> None:
        self._snapshot, self._opened, self._last_urgent, self.choice = None, [], None, None
        self._step, self._plan_before_dose = None, None
        self._chimed.clear()
        for screen in self.screens.values():
            clear = getattr(screen, "clear_content", None)
            if callable(clear):
                clear()

    # --- choosing --------------------------------------------------------------------------------

    def _plan(self) -> CarePlan | None:
        session = None if self._snapshot is None else self._snapshot.session
        return self._plan_before_dose if session is None else session.plan

    def _rechoose(self) -> None:
        if self._step is None and self._snapshot is not None and self._snapshot.session is not None:
            self.refresh(self._snapshot)
        elif self._opened:
            self._show(self.screens[self._opened[-1]])
        elif self._step is not None:
            self._show(self._step)

    def _engaged(self) -> Screen | None:
        current = self.stack.currentWidget()
        for screen, widget in self.screens.items():
            if widget is current and screen in _SCHEDULED:
                in_progress = getattr(widget, "in_progress", None)
                return screen if callable(in_progress) and in_progress() else None
        return None

    def _fill(self, choice: Choice, snapshot: SessionSnapshot, now: datetime) -> None:
        session = snapshot.session
        assert session is not None
        plan = session.plan
        screen = choice.screen
        if screen is Screen.CALM:
            pre_dose = None if snapshot.pre_dose is None else snapshot.pre_dose.bp
            self.calm.show_state(session, calm_state(session, pre_dose, now),
                                 now, monitoring.next_checkin_due(session, now), plan.emergency_number)
        elif screen is Screen.CHECKIN:
            sitter = session.sitter
            self.checkin.show_status(
                choice.checkin_status, monitoring.checkin_to_confirm(session, now),
                code_required=sitter is not None and sitter.code_hash is not None,
                sitter_phone="" if sitter is None else sitter.phone, emergency_number=plan.emergency_number,
                missed=monitoring.unanswered_checkins(session, now)[:-1])
        elif screen is Screen.READING:
            self.reading.load(plan, choice.reading_kind or ReadingKind.AT_WILL)
        elif screen is Screen.RECOVERY and self.stack.currentWidget() is not self.recovery:
            self.recovery.reset()
            self.recovery.load(plan, snapshot.pre_dose, after_early_end=session.awaiting_recovery)
        elif screen is Screen.HELP:
            self.help.update_facts(self._facts())

    def _show_top_bar(self, choice: Choice, session: Session, now: datetime) -> None:
        self.waiting_button.setVisible(choice.checkin_waiting)
        flashing = choice.checkin_waiting and choice.alert and int(now.timestamp()) % 2 == 0
        self._set_property(self.top_bar, "true" if flashing else "false")
        if not choice.checkin_waiting:
            self.status_line.setText(top_bar_text(session, now, choice))
            return
        due = monitoring.checkin_to_confirm(session, now)
        text = (translate("Session", "A check-in is overdue (%1). Sitter: answer it now.") if choice.alert
                else translate("Session", "A check-in is due (%1). Answer it when you can."))
        self.status_line.setText(text.replace("%1", "" if due is None else clock_text(due)))
        self._place_waiting_button()

    def _place_waiting_button(self) -> None:
        """The waiting check-in's button beside the status line, or under it when that makes the top
        bar lower (a long sentence, large text, a narrow window); Tab follows where it is."""
        if self.waiting_button.isHidden():
            return
        bar, spacing = self._bar, self._bar.horizontalSpacing()
        margins = bar.contentsMargins()
        width = (self.top_bar.width() - margins.left() - margins.right() - self.help_button.sizeHint().width()
                 - spacing)
        button = self.waiting_button.sizeHint()
        beside = max(self.status_line.heightForWidth(width - button.width() - spacing), button.height())
        under = self.status_line.heightForWidth(width) + bar.verticalSpacing() + button.height()
        row, column = (1, 0) if under < beside else (0, 1)
        position = cast(tuple[int, int, int, int], bar.getItemPosition(bar.indexOf(self.waiting_button)))
        if position[:2] == (row, column):
            return
        bar.removeWidget(self.waiting_button)
        alignment = Qt.AlignmentFlag.AlignLeft if row else Qt.AlignmentFlag.AlignVCenter
        bar.addWidget(self.waiting_button, row, column, alignment)
        order_tabs_by_layout(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_waiting_button()

    def _set_alert(self, escalate: bool, now: datetime | None = None) -> None:
        on = escalate and now is not None and int(now.timestamp()) % 2 == 0
        self._set_property(self.content, "true" if on else "false")

    @staticmethod
    def _set_property(frame: QFrame, alert: str) -> None:
        if frame.property("alert") != alert:
            frame.setProperty("alert", alert)
            frame.style().unpolish(frame)
            frame.style().polish(frame)

    def _show(self, widget: QWidget) -> None:
        previous = self.stack.currentWidget()
        if previous is widget:
            return
        if previous is self.checkin:
            self.checkin.reset()  # answered (or set aside for Help): the next check-in starts afresh
        self.stack.setCurrentWidget(widget)
        apply_session_fonts(self)  # the new screen, and all of it after a change of text size
        layout = widget.layout()
        if layout is not None:
            layout.activate()
        order_tabs_by_layout(self)
        if self.isVisible():
            self._focus_screen(widget)

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

    # --- events ------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationFontChange:
            apply_session_fonts(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        apply_session_fonts(self)  # the text size may have changed in Settings while it was hidden
        # After the shell has placed focus (on its navigation, hidden in session mode): take it back.
        QTimer.singleShot(0, self._take_focus_if_outside)

    @Slot()
    def _take_focus_if_outside(self) -> None:
        """Focus left on nothing or on a hidden shell control (after unlocking or a restart) moves to
        the current screen's first field, so what the sitter types and Return land on this screen."""
        if not self.isVisible():
            return
        focused = QApplication.focusWidget()
        if focused is not None and (focused.window() is not self.window()
                                    or (self.isAncestorOf(focused) and focused.isVisible())):
            return  # already on this screen, or in a dialog of its own
        widget = self.stack.currentWidget()
        if widget is not None:
            self._focus_screen(widget)

    @staticmethod
    def _focus_screen(widget: QWidget) -> None:
        target = widget.first_focus() if isinstance(widget, ActionScreen) else None
        target = target or next(iter(focus_chain(widget)), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_help_button_clicked(self) -> None:
        if self._opened and self._opened[-1] is Screen.HELP:
            self.help.show_chooser()  # already open: back to the chooser, not recorded again
            self._focus_first(self.help)
            return
        self.open_help()

    @Slot()
    def _on_calm_end_early_requested(self) -> None:
        self.end_early.reset()
        self.open_screen(Screen.END_EARLY)

    def _focus_first(self, widget: ActionScreen) -> None:
        target = widget.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
