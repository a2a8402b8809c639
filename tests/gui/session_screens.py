"""Walk every session-mode screen and state, and check screens by geometry, keys and pixels.

``walk_session_screens(walker)`` drives one whole session through each state the sitter and the
patient can meet, and yields ``(name, main_action)`` at each, with the state on screen.  The
layout test and the keyboard test both use it, so they look at exactly the same states.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from companion.domain.session_events import HelpKind
from companion.ui.session.help_panel import EMERGENCY_SIGN_PROPERTY
from companion.ui.widgets.session_widgets import ActionScreen
from tests.gui.session_helpers import SessionWalker

State = tuple[str, QPushButton | None]


def _main_action(walker: SessionWalker) -> QPushButton | None:
    page = walker.page
    if page.steps.currentWidget() is not page.mode:
        current = page.steps.currentWidget()
        buttons = [b for b in current.findChildren(QPushButton) if b.property("role") == "primary"]
        return next((b for b in buttons if b.isVisibleTo(page)), None)
    screen = page.mode.current_screen()
    return screen.main_action if isinstance(screen, ActionScreen) else None


def walk_session_screens(walker: SessionWalker) -> Iterator[State]:
    page, qtbot = walker.page, walker.qtbot
    mode = page.mode
    walker.save_plan()
    walker.stored(page.reload)
    walker.stored(page.start_view.start_button.click)
    yield "checklist", _main_action(walker)
    walker.answer_checklist(stop="fasting_food")
    yield "checklist_stop_answer", _main_action(walker)
    walker.answer_checklist(sedatives="lorazepam")
    page.checklist.continue_button.click()
    yield "vitals", _main_action(walker)
    walker.type_reading(page.vitals.form, 150, 85, 72)
    page.vitals.continue_button.click()
    yield "vitals_caution", _main_action(walker)
    page.vitals.acknowledge.setChecked(True)
    page.vitals.continue_button.click()
    page.baseline.mood.choose(5)
    page.baseline.anxiety.choose(4)
    yield "baseline", _main_action(walker)
    walker.stored(page.baseline.continue_button.click)
    yield "handover", _main_action(walker)
    walker.hand_over()
    yield "dose", _main_action(walker)
    mode.dose.stop_button.click()
    yield "stop_before_dose", _main_action(walker)
    mode.end_early.cancel_button.click()
    walker.stored(mode.dose.dose_button.click)
    walker.advance_to(7)
    yield "monitoring", _main_action(walker)
    walker.advance_to(15)
    yield "checkin_due", _main_action(walker)
    walker.advance_to(17.5)
    yield "checkin_escalation", _main_action(walker)
    walker.confirm_checkin()
    yield "checkin_confirmed", _main_action(walker)
    mode.help_button.click()
    yield "help", _main_action(walker)
    for kind in (HelpKind.EMERGENCY, HelpKind.DISTRESS, HelpKind.SITTER_GUIDANCE, HelpKind.PARAMEDICS):
        walker.stored(mode.help.section_buttons[kind].click)
        yield f"help_{kind.value}", _main_action(walker)
    walker.stored(mode.help.section_buttons[HelpKind.EMERGENCY].click)
    walker.advance_to(30)
    yield "help_with_checkin_waiting", _main_action(walker)
    mode.waiting_button.click()
    walker.confirm_checkin()
    mode.help.back_button.click()
    walker.advance_to(40)
    yield "recheck_due", _main_action(walker)
    walker.type_reading(mode.reading.form, 185, 95, 88)
    walker.stored(mode.reading.save_button.click)
    yield "urgent_reading", _main_action(walker)
    mode.urgent.back_button.click()
    walker.tick()
    yield "urgent_follow_up_pending", _main_action(walker)
    walker.advance_to(44.9)  # the 45-minute check-in opens its grace period; confirm it first
    walker.advance_to(45)
    walker.confirm_checkin()
    walker.advance_to(45.2)
    yield "follow_up_due", _main_action(walker)
    walker.type_reading(mode.reading.form, 140, 85, 76)
    walker.stored(mode.reading.save_button.click)
    mode.calm.reading_button.click()
    yield "reading_at_will", _main_action(walker)
    mode.reading.cancel_button.click()
    mode.calm.end_early_button.click()
    yield "end_early", _main_action(walker)
    mode.end_early.cancel_button.click()
    for minute in (60, 75, 90, 105, 120):
        walker.advance_to(minute)
        walker.confirm_checkin()
    yield "recovery_ready", _main_action(walker)
    walker.stored(mode.recovery_ready.start_button.click)
    yield "recovery_check", _main_action(walker)
    for question, answer in zip(mode.recovery.questions, (True, False, True), strict=True):
        question.set_value(answer)
    walker.type_reading(mode.recovery.form, 132, 82, 74)
    walker.stored(mode.recovery.finish_button.click)
    walker.tick()
    yield "recovery_failed", _main_action(walker)
    walker.advance_to(135)
    walker.confirm_checkin()
    walker.stored(mode.recovery_ready.start_button.click)
    for question in mode.recovery.questions:
        question.set_value(True)
    walker.type_reading(mode.recovery.form, 128, 80, 70)
    walker.stored(mode.recovery.finish_button.click)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.finished)
    yield "completed", _main_action(walker)


# --- geometry -------------------------------------------------------------------------------------


def settle_layouts(rounds: int = 8) -> None:
    """Let every pending layout request run, level by level: a change deep inside (the session page
    leaving session mode) reaches the window's size hint one nesting level per round, and a hint read
    after one round is stale (the window seemed to ask for 1055 pixels for a moment)."""
    for _ in range(rounds):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def outside_viewport(widget: QWidget) -> str:
    """Why ``widget`` is not wholly on screen (clipped by a scroll area, a parent or the window)."""
    rect = widget.rect()
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        if not parent.rect().contains(rect):
            return f"{rect} is outside {type(parent).__name__} {parent.rect()}"
        if parent.isWindow():
            break
        child, parent = parent, parent.parentWidget()
    return ""


def emergency_signs(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel)
            if label.property(EMERGENCY_SIGN_PROPERTY) is True and label.isVisibleTo(root)]
