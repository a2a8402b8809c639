"""What to do about an urgent reading (blood pressure or SpO2), before or after the dose.

It stays on screen until the sitter goes back to the session, and says when the app will ask for
the follow-up reading (DESIGN.md §3: "measure again in 5 minutes" is followed by a prompt).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from companion.domain.care_plan import CarePlan
from companion.ui.i18n import translate
from companion.ui.time_format import clock_text
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    keep_together,
    make_heading,
    make_label,
    set_label_text,
)


def urgent_text(plan: CarePlan) -> str:
    clinician = keep_together(plan.clinician_name) or translate("Session", "the clinician")
    return translate("Session", "Keep the patient sitting quietly and call %1 on %2 now. If they have chest "
                                "pain, trouble breathing, a severe headache, confusion, or weakness on one "
                                "side, call %3 at once.") \
        .replace("%1", clinician).replace("%2", keep_together(plan.clinician_phone)) \
        .replace("%3", keep_together(plan.emergency_number))


def follow_up_text(follow_up_at: datetime | None) -> str:
    if follow_up_at is None:
        return ""
    return translate("Session", "Measure again at %1 (in 5 minutes): the app will ask.").replace(
        "%1", clock_text(follow_up_at))


class UrgentGuidance(ActionScreen):
    """Emits ``closed`` (back to the session) or ``emergency_requested`` (the emergency signs)."""

    closed = Signal()
    emergency_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(translate("Session", "This reading needs attention now"), self)
        self.reasons = make_label("", self, role="error")
        self.text = make_label("", self, factor=1.1)
        self.follow_up = make_label("", self, factor=1.1, bold=True)
        self.back_button = SessionButton(translate("Session", "Back to the session"), self, role="primary")
        self.emergency_button = SessionButton(translate("Session", "Emergency signs"), self)
        self.back_button.clicked.connect(self.closed)
        self.emergency_button.clicked.connect(self.emergency_requested)
        # What to do first, then when the app asks again, then why: at 200 % text the list of
        # reasons may run below the fold, the instructions may not.
        self.add_body(self.heading, self.text, self.follow_up, self.reasons)
        self.finish_body()
        self.add_actions(self.back_button, self.emergency_button, main=self.back_button)

    def show_reasons(self, plan: CarePlan, reasons: list[str], follow_up_at: datetime | None) -> None:
        set_label_text(self.reasons, "\n".join(reasons))
        set_label_text(self.text, urgent_text(plan))
        set_label_text(self.follow_up, follow_up_text(follow_up_at))
        self.follow_up.setVisible(follow_up_at is not None)
        self.scroll_area.verticalScrollBar().setValue(0)

    def clear_content(self) -> None:
        self.reasons.clear()
        self.text.clear()
        self.follow_up.clear()
