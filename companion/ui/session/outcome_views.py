"""The session page's quiet views: no care plan yet, ready to start, start blocked, session finished."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.checklist import contact_text
from companion.domain.session import Session, SessionState
from companion.services.session_snapshot import SessionSnapshot
from companion.ui.core_text import core_text, number_text
from companion.ui.i18n import translate
from companion.ui.session.urgent_guidance import urgent_text
from companion.ui.time_format import clock_text
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    make_heading,
    make_label,
    route_text,
    set_label_text,
)


class _Column(ActionScreen):
    """A heading and text that scroll if they must (200 % text in a small window), and buttons that
    stay on screen below them."""

    def __init__(self, heading: str, parent: QWidget | None) -> None:
        super().__init__(parent, width=720)
        layout = self.layout()
        assert layout is not None
        layout.setContentsMargins(32, 28, 32, 24)
        self.heading = make_heading(heading, self)
        self.text = make_label("", self)
        self.add_body(self.heading, self.text)

    def finish(self, *widgets: QWidget) -> None:
        buttons = [widget for widget in widgets if isinstance(widget, QPushButton)]
        self.add_body(*(widget for widget in widgets if not isinstance(widget, QPushButton)))
        self.finish_body()
        self.add_actions(*buttons, main=buttons[0] if buttons else None)


class NoPlanView(_Column):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Session", "Session"), parent)
        self.text.setText(translate(
            "Session",
            "There is no care plan yet, so a session cannot start. Ask your clinician for your care plan, "
            "then enter it (or import their file) in Settings → Care plan. Nothing else is needed here."))
        self.finish()


class StartView(_Column):
    start_requested = Signal()
    intention_requested = Signal()  # write an intention in the journal first (it is hidden during a session)
    sitter_card_requested = Signal()  # save the one-page sitter card as a PDF

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Session", "Today's session"), parent)
        self.note = make_label("", self, role="muted")
        self.missing = make_label("", self, role="error")
        self.missing.hide()
        self.start_button = SessionButton(translate("Session", "Start today's session"), self, role="primary")
        self.start_button.clicked.connect(self.start_requested)
        self.intention_button = SessionButton(translate("Session",
                                                        "Write an intention in your journal first"), self)
        self.intention_button.clicked.connect(self.intention_requested)
        self.sitter_card_button = SessionButton(translate("Session", "Save the sitter card (PDF)…"), self)
        self.sitter_card_button.setToolTip(translate("Session", "One page for your sitter: what to watch "
                                                                "for, the check-ins, what to do in an "
                                                                "emergency, the numbers and your address"))
        self.sitter_card_button.clicked.connect(self.sitter_card_requested)
        self.card_note = make_label("", self, role="muted")
        self.card_note.hide()
        self.finish(self.note, self.missing, self.start_button, self.intention_button,
                    self.sitter_card_button, self.card_note)

    def show_card_note(self, text: str, *, error: bool = False) -> None:
        self.card_note.setProperty("role", "error" if error else "muted")
        self.card_note.style().unpolish(self.card_note)
        self.card_note.style().polish(self.card_note)
        set_label_text(self.card_note, text)
        self.card_note.show()

    def show_plan(self, plan: CarePlan, note: str = "") -> None:
        self.text.setText(translate(
            "Session",
            "Your care plan: %1 mg of %2 (%3). You will answer a short safety checklist, measure your blood "
            "pressure, and hand over to your sitter before you take the dose. The session lasts at least "
            "%4 minutes after the dose.")
            .replace("%1", number_text(plan.dose_mg)).replace("%2", plan.medication_name)
            .replace("%3", route_text(plan.route)).replace("%4", str(plan.minimum_monitoring_minutes)))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        # No default and no source exists for the address and allergies: asked for before a session.
        missing = plan.session_problems()
        add_them = translate("Session", "Add them in Settings → Care plan.")
        lines = [*map(core_text, missing), add_them] if missing else []
        self.missing.setText("\n".join(lines))
        self.missing.setVisible(bool(missing))
        self.start_button.setEnabled(not missing)


class BlockedView(ActionScreen):
    """Why the session cannot start today and whom to call (and, for an urgent reading, what to do
    now); the only way on is to close it."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = make_heading(translate("Session", "Not today"), self)
        self.text = make_label("", self, role="error")
        self.urgent = make_label("", self, factor=1.1)
        self.contact = make_label("", self, factor=1.1, bold=True)
        self.close_button = SessionButton(translate("Session", "Close today's session"), self, role="primary")
        self.close_button.clicked.connect(self.close_requested)
        self.add_body(self.heading, self.text, self.urgent, self.contact)
        self.finish_body()
        self.add_actions(self.close_button, main=self.close_button)

    def show_reasons(self, plan: CarePlan, reasons: list[str], urgent: list[str] | None = None) -> None:
        set_label_text(self.text, "\n".join(reasons))
        set_label_text(self.urgent, urgent_text(plan) if urgent else "")
        self.urgent.setVisible(bool(urgent))
        set_label_text(self.contact, core_text(contact_text(plan)))


class FinishedView(_Column):
    done = Signal()
    log_requested = Signal()  # "Log how you feel now": the post-session log on the Check-ins page
    journal_requested = Signal()  # write about the session in the journal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Session", "The session has ended"), parent)
        self.advice = make_label(translate(
            "Session",
            "Until you have slept: no driving or machinery, no important decisions, and someone else looks "
            "after anyone who depends on you."), self)
        self.log_button = SessionButton(translate("Session", "Log how you feel now"), self, role="primary")
        self.log_button.clicked.connect(self.log_requested)
        self.journal_button = SessionButton(translate("Session", "Write about it in your journal"), self)
        self.journal_button.clicked.connect(self.journal_requested)
        self.done_button = SessionButton(translate("Session", "Done"), self)
        self.done_button.clicked.connect(self.done)
        self.finish(self.advice, self.log_button, self.journal_button, self.done_button)

    def show_session(self, snapshot: SessionSnapshot) -> None:
        session = snapshot.session
        if session is None:
            return
        self.heading.setText(translate("Session", "The session is complete")
                             if session.state is SessionState.COMPLETED
                             else translate("Session", "The session was ended early"))
        self.heading.setAccessibleName(self.heading.text())
        self.text.setText(summary_text(session, snapshot))


def summary_text(session: Session, snapshot: SessionSnapshot) -> str:
    monitored = session.monitored
    minutes = 0 if monitored is None else int(monitored.total_seconds() // 60)
    monitored_text = (
        translate("Session", "Monitored for 1 minute after the dose.") if minutes == 1
        else translate("Session", "Monitored for %1 minutes after the dose.").replace("%1", str(minutes))
    )
    lines = [monitored_text]
    if session.state is SessionState.ENDED_EARLY and session.end_reason:
        lines.append(translate("Session", "Reason: %1").replace("%1", session.end_reason))
    if session.recovered_at is not None:
        lines.append(translate("Session", "The recovery check passed at %1: the patient could be left.")
                     .replace("%1", clock_text(session.recovered_at)))
    final = snapshot.final
    if final is not None:
        text = (translate("Session", "Final blood pressure %1/%2, heart rate %3.") if final.spo2 is None
                else translate("Session", "Final blood pressure %1/%2, heart rate %3, SpO2 %4 %.")
                .replace("%4", str(final.spo2)))
        lines.append(text.replace("%1", str(final.bp.systolic)).replace("%2", str(final.bp.diastolic))
                     .replace("%3", str(final.heart_rate)))
    missed = len(session.missed_checkins)
    if missed:
        lines.append(translate("Session", "Missed check-ins: %1 (your clinician will see this).").replace(
            "%1", str(missed)))
    return "\n".join(lines)
