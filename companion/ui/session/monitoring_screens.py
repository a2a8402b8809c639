"""The quiet screens of monitoring: the calm screen with the big clock, and "recovery check ready".

The calm screen never says that nothing is needed while something is pending (DESIGN.md §2): an
urgent reading waiting for its follow-up, or a recovery check that did not pass, is said plainly,
with the time the app will ask again and why.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from companion.domain.session import Session
from companion.ui.core_text import core_text
from companion.ui.i18n import translate
from companion.ui.session.screen_choice import CalmState
from companion.ui.time_format import clock_text, duration_text, whole_minutes
from companion.ui.widgets.session_widgets import (
    CLOCK_FONT_FACTOR,
    ActionScreen,
    SessionButton,
    make_heading,
    make_label,
    set_label_text,
)


def minimum_text(state: CalmState, now: datetime) -> str:
    if state.minimum_ends_at is None:
        return ""
    if state.minimum_passed:
        return translate("Session", "The minimum monitoring time has passed.")
    left = duration_text(whole_minutes(state.minimum_ends_at - now, round_up=True))
    return translate("Session", "The minimum monitoring time ends at %1 (in %2).").replace(
        "%1", clock_text(state.minimum_ends_at)).replace("%2", left)


def last_checkin_text(session: Session) -> str:
    confirmed = session.confirmed_checkins
    if not confirmed:
        return ""
    last = confirmed[-1]
    if last.all_well:
        text = translate("Session", "Check-in at %1 recorded: all well. Thank you.")
    else:
        text = translate("Session", "Check-in at %1 recorded: the sitter was worried.")
    return text.replace("%1", clock_text(last.due_at))


class CalmScreen(ActionScreen):
    """The time since the dose, what comes next, and the two things a sitter may do at will."""

    reading_requested = Signal()
    end_early_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.elapsed = make_label("", self, factor=CLOCK_FONT_FACTOR, bold=True)
        self.elapsed_caption = make_label(translate("Session", "since the dose"), self, role="muted")
        self.minimum = make_label("", self)
        self.heading = make_heading("", self)
        self.text = make_label("", self)
        self.last_checkin = make_label("", self, role="muted")
        for label in (self.elapsed, self.elapsed_caption):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.reading_button = SessionButton(translate("Session", "Enter a reading now"), self)
        self.end_early_button = SessionButton(translate("Session", "End early…"), self)
        self.reading_button.clicked.connect(self.reading_requested)
        self.end_early_button.clicked.connect(self.end_early_requested)
        self.add_body(self.elapsed, self.elapsed_caption, self.minimum, self.heading, self.text,
                      self.last_checkin)
        self.finish_body()
        self.add_actions(self.reading_button, self.end_early_button, main=self.reading_button)

    def show_state(self, session: Session, state: CalmState, now: datetime, next_checkin: datetime | None,
                   emergency_number: str) -> None:
        current = min(now, session.ended_at) if session.ended_at is not None else now
        elapsed = session.dose_at and whole_minutes(current - session.dose_at)
        set_label_text(self.elapsed, duration_text(elapsed or 0))
        self.end_early_button.setVisible(not session.is_final)
        self.minimum.setText(minimum_text(state, now))
        if state.follow_up_at is not None:
            heading = translate("Session", "Measure again at %1").replace(
                "%1", clock_text(state.follow_up_at))
            text = translate("Session", "The last reading needed attention. Keep the patient sitting "
                                        "quietly; the app will ask for a new reading at %1. If the patient "
                                        "has chest pain, trouble breathing or a severe headache, call %2 "
                                        "now.").replace("%1", clock_text(state.follow_up_at)) \
                .replace("%2", emergency_number)
        elif state.recovery_again_at is not None:
            heading = translate("Session", "Not recovered yet: keep monitoring")
            text = (translate("Session", "The recovery check did not pass:\n%1\n\nStay with the patient. "
                                         "The check comes back at %2.")
                    .replace("%1", "\n".join(map(core_text, state.recovery_reasons)))
                    .replace("%2", clock_text(state.recovery_again_at)))
        else:
            heading = translate("Session", "Stay with the patient")
            if next_checkin is not None:
                text = translate("Session", "Nothing to do right now. The app will chime at the next "
                                            "check-in (%1).").replace("%1", clock_text(next_checkin))
            else:
                text = translate("Session", "Nothing to do right now.")
        set_label_text(self.heading, heading)
        set_label_text(self.text, text)
        self.last_checkin.setText(last_checkin_text(session))
        self.last_checkin.setVisible(bool(self.last_checkin.text()))


class RecoveryReadyScreen(ActionScreen):
    started = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(translate("Session", "Time for the recovery check"), self)
        self.text = make_label(translate(
            "Session",
            "The minimum monitoring time has passed. When the patient seems recovered, the sitter answers a "
            "few questions and takes a last reading. Until it passes, the session goes on."), self)
        self.start_button = SessionButton(translate("Session", "Start the recovery check"), self,
                                          role="primary")
        self.start_button.clicked.connect(self.started)
        self.add_body(self.heading, self.text)
        self.finish_body()
        self.add_actions(self.start_button, main=self.start_button)
