"""One test per defect found when the session day was tried as a new user (issue 9, findings 3–11).

Findings 1 and 2 (what fits on screen) are test_session_layout.py; 6 and 7 (Tab order, visible
focus) are test_session_keyboard.py; the rest are here, each named after what it found.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QScrollBar
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.domain.flag_rules import SessionFacts
from companion.domain.flags import FlagRule, evaluate_flags
from companion.domain.monitoring import ReadingKind
from companion.domain.session import SessionState
from companion.domain.session_events import BpRechecked, HelpKind, HelpUsed
from companion.paths import DataPaths
from companion.ui.session.chime import ChimeLevel, RecordingChime
from companion.ui.session.help_panel import numbers_text
from companion.ui.session.screen_choice import Screen
from companion.ui.widgets.close_during_session import CloseDuringSessionDialog
from tests.gui.conftest import Render, UnlockedWindowFactory
from tests.gui.session_helpers import PLAN, SITTER_CODE, SessionWalker, open_session_page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def walker(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock, render: Render
) -> SessionWalker:
    return open_session_page(qtbot, open_unlocked_window, fake_clock, render)


@pytest.fixture
def monitoring(walker: SessionWalker) -> SessionWalker:
    walker.pass_pre_dose()
    walker.stored(walker.page.mode.dose.dose_button.click)
    return walker


def _help_uses(walker: SessionWalker) -> list[HelpKind]:
    session = walker.page.controller.snapshot.session
    assert session is not None
    return [event.kind for event in session.events if isinstance(event, HelpUsed)]


def test_3_a_check_in_takes_focus_and_return_after_the_code_confirms_it(monitoring: SessionWalker) -> None:
    walker, mode = monitoring, monitoring.page.mode
    walker.qtbot.waitUntil(walker.window.isActiveWindow)
    mode.help_button.setFocus()  # where focus was before (the old code left it there)
    walker.advance_to(15)
    focused = QApplication.focusWidget()
    assert focused is not None and mode.checkin.isAncestorOf(focused)
    for question in mode.checkin.questions:
        question.no_button.click()
    mode.checkin.code.setFocus()
    walker.qtbot.keyClicks(mode.checkin.code, SITTER_CODE)
    walker.stored(lambda: walker.qtbot.keyClick(mode.checkin.code, Qt.Key.Key_Return))
    session = walker.page.controller.snapshot.session
    assert session is not None and len(session.confirmed_checkins) == 1
    assert session.confirmed_checkins[0].all_well
    assert _help_uses(walker) == [] and mode.current_screen() is mode.calm  # no Help, asked or not


def test_4_an_urgent_reading_is_followed_up_and_a_reading_can_be_entered_at_will(
    monitoring: SessionWalker,
) -> None:
    walker, mode = monitoring, monitoring.page.mode
    walker.advance_to(8)
    mode.calm.reading_button.click()
    assert mode.current_screen() is mode.reading and mode.reading.kind is ReadingKind.AT_WILL
    walker.type_reading(mode.reading.form, 186, 100, 90)
    walker.stored(mode.reading.save_button.click)
    assert mode.current_screen() is mode.urgent and "measure again at" in mode.urgent.follow_up.text().lower()
    mode.urgent.back_button.click()
    walker.advance_to(12)
    assert mode.current_screen() is mode.calm and "Measure again" in mode.calm.heading.text()
    assert "All is calm" not in mode.calm.heading.text() + mode.calm.text.text()
    walker.advance_to(13.1)  # 5 minutes after the urgent reading
    assert mode.current_screen() is mode.reading and mode.reading.kind is ReadingKind.FOLLOW_UP
    walker.type_reading(mode.reading.form, 150, 90, 80)
    walker.stored(mode.reading.save_button.click)
    session = walker.page.controller.snapshot.session
    assert session is not None and len([e for e in session.events if isinstance(e, BpRechecked)]) == 2
    assert mode.current_screen() is mode.calm and "Stay with the patient" in mode.calm.heading.text()


def test_5_i_am_worried_always_works_and_a_forgotten_code_has_a_way(monitoring: SessionWalker) -> None:
    walker, mode = monitoring, monitoring.page.mode
    walker.advance_to(15)
    walker.stored(mode.checkin.worried_button.click)  # no code, no answers: still recorded
    assert mode.opened()[-1] is Screen.HELP and _help_uses(walker) == [HelpKind.OPENED]
    session = walker.page.controller.snapshot.session
    assert session is not None
    worried = session.confirmed_checkins[-1]
    assert not worried.all_well and worried.without_code
    mode.help.back_button.click()

    walker.advance_to(30)
    for question in mode.checkin.questions:
        question.no_button.click()
    for wrong in ("1111", "2222"):
        with walker.qtbot.waitSignal(walker.page.controller.code_refused, timeout=10_000):
            mode.checkin.code.setText(wrong)
            mode.checkin.well_button.click()
    assert mode.checkin.forgot_button.isVisibleTo(walker.window)
    walker.stored(mode.checkin.forgot_button.click)
    session = walker.page.controller.snapshot.session
    assert session is not None
    confirmed = session.confirmed_checkins[-1]
    assert confirmed.all_well and confirmed.without_code and mode.current_screen() is mode.calm
    flags = evaluate_flags(PLAN, sessions=[SessionFacts(1, session)], now=walker.clock.now())
    assert FlagRule.CHECKIN_WITHOUT_CODE in {flag.rule for flag in flags}


def test_8_a_check_in_waits_beside_the_emergency_guidance(monitoring: SessionWalker) -> None:
    walker, mode = monitoring, monitoring.page.mode
    chime = mode.chime
    assert isinstance(chime, RecordingChime)
    walker.advance_to(10)
    mode.help_button.click()
    walker.stored(mode.help.section_buttons[HelpKind.EMERGENCY].click)
    walker.advance_to(15)
    assert mode.current_screen() is mode.help and mode.help.current_kind is HelpKind.EMERGENCY
    assert mode.waiting_button.isVisibleTo(walker.window) and chime.played == [ChimeLevel.GENTLE]
    walker.advance_to(17.5)  # overdue: it flashes and chimes, and still does not take the place
    assert mode.current_screen() is mode.help and chime.played[-1] is ChimeLevel.URGENT
    mode.waiting_button.click()
    assert mode.current_screen() is mode.checkin
    walker.confirm_checkin()
    assert mode.current_screen() is mode.help and mode.help.current_kind is HelpKind.EMERGENCY


def test_9_a_failed_recovery_check_says_not_recovered_when_and_why(monitoring: SessionWalker) -> None:
    walker, mode = monitoring, monitoring.page.mode
    for minute in (15, 30, 45, 60, 75, 90, 105, 120):
        walker.advance_to(minute)
        if mode.current_screen() is mode.checkin:
            walker.confirm_checkin()
        elif mode.current_screen() is mode.reading:
            walker.type_reading(mode.reading.form, 128, 80, 70)
            walker.stored(mode.reading.save_button.click)
            walker.confirm_checkin()
    walker.stored(mode.recovery_ready.start_button.click)
    answers = (True, True, False)
    for question, answer in zip(mode.recovery.questions, answers, strict=True):
        question.set_value(answer)
    walker.type_reading(mode.recovery.form, 128, 80, 70)
    walker.stored(mode.recovery.finish_button.click)
    walker.tick()
    shown = mode.calm.heading.text() + " " + mode.calm.text.text() + " " + mode.calm.minimum.text()
    assert "Not recovered yet" in shown and "sick" in shown and "comes back at" in shown
    assert "All is calm" not in shown and "Nothing to do" not in shown


def test_10_no_action_is_shown_that_cannot_act(monitoring: SessionWalker) -> None:
    walker, mode = monitoring, monitoring.page.mode
    walker.advance_to(60)
    walker.confirm_checkin()
    labels = {button.text() for button in mode.findChildren(QPushButton) if button.isVisibleTo(walker.window)}
    assert "Finish the session" not in labels and "Start the recovery check" not in labels
    assert not mode.recovery_ready.isVisibleTo(walker.window)


def test_11_times_have_units_and_add_up(monitoring: SessionWalker) -> None:
    walker, mode = monitoring, monitoring.page.mode
    walker.advance_to(0.5)
    assert mode.calm.elapsed.text() == "0 min" and "(in 2 h)" in mode.calm.minimum.text()
    walker.advance_to(15)
    status = mode.status_line.text().replace("\u00a0", " ")
    assert "check-in due" in status and "next check-in" not in status
    walker.confirm_checkin()
    assert "recorded: all well" in mode.calm.last_checkin.text()
    status = mode.status_line.text()
    assert "next\u00a0check-in" in status
    # The line breaks only between its parts: a label never ends one line with its time on the next.
    assert [part.count(" ") for part in status.split("   ·   ")] == [0, 0, 0]


def test_11_a_pre_dose_reading_at_the_urgent_level_gets_the_urgent_guidance(walker: SessionWalker) -> None:
    page = walker.page
    walker.stored(page.start_view.start_button.click)
    walker.answer_checklist()
    page.checklist.continue_button.click()
    walker.type_reading(page.vitals.form, 210, 125, 88)
    walker.stored(page.vitals.continue_button.click)
    assert page.mode.current_screen() is page.blocked
    assert page.blocked.urgent.isVisibleTo(walker.window) and "call 911" in page.blocked.urgent.text()


def test_11_help_by_keyboard_moves_focus_and_is_recorded_once(monitoring: SessionWalker) -> None:
    walker, mode = monitoring, monitoring.page.mode
    walker.qtbot.waitUntil(walker.window.isActiveWindow)
    walker.advance_to(5)
    mode.help_button.setFocus()
    walker.stored(lambda: walker.qtbot.keyClick(mode.help_button, Qt.Key.Key_Return))
    focused = QApplication.focusWidget()
    assert focused is not None and mode.help.isAncestorOf(focused)
    walker.qtbot.keyClick(focused, Qt.Key.Key_Return)  # a second Return acts inside Help
    walker.qtbot.waitUntil(lambda: not walker.page.controller.is_busy())
    assert _help_uses(walker).count(HelpKind.OPENED) == 1


def test_11_ending_early_keeps_session_mode_until_the_recovery_check(monitoring: SessionWalker) -> None:
    walker, page = monitoring, monitoring.page
    walker.advance_to(5)
    page.mode.calm.end_early_button.click()
    focused = QApplication.focusWidget()
    assert focused is page.mode.end_early.reason  # opening it moves focus to the reason
    page.mode.end_early.reason.setPlainText("Feeling too anxious")
    walker.stored(page.mode.end_early.end_button.click)
    session = page.controller.snapshot.session
    assert session is not None and session.state is SessionState.ENDED_EARLY
    assert page.in_session_mode() and page.session_active()
    assert page.mode.current_screen() is page.mode.recovery
    assert walker.window.shell is not None and walker.window.shell.is_page_hidden("journal")


def test_11_session_mode_fills_the_screen_and_gives_it_back(walker: SessionWalker) -> None:
    window, page = walker.window, walker.page
    assert not window.isFullScreen()
    walker.stored(page.start_view.start_button.click)
    walker.qtbot.waitUntil(window.isFullScreen)
    page.checklist.stop_button.click()
    page.mode.end_early.reason.setPlainText("not today")
    walker.stored(page.mode.end_early.end_button.click)
    walker.qtbot.waitUntil(lambda: not window.isFullScreen())


def test_11_closing_asks_with_a_large_keep_open_default(qtbot: QtBot) -> None:
    dialog = CloseDuringSessionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep_button.isDefault() and dialog.keep_button.text() == "Keep companion open"
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape keeps it open too


def test_11_numbers_and_names_never_break_inside() -> None:
    text = numbers_text(PLAN)
    assert "Dr\u00a0Amara\u00a0Quinn\u00a0555\u00a00134" in text and "555 0134" not in text


def test_11_the_recovery_questions_are_plain_and_the_code_has_a_label(monitoring: SessionWalker) -> None:
    walker, mode = monitoring, monitoring.page.mode
    questions = [question.question for question in mode.recovery.questions]
    assert "Is any nausea manageable?" not in questions
    walker.advance_to(15)
    label = mode.checkin.code_label
    assert label.isVisibleTo(walker.window) and label.buddy() is mode.checkin.code and "code" in label.text()


def test_11_scroll_bars_are_visible_in_session_mode(walker: SessionWalker, qtbot: QtBot) -> None:
    walker.window.resize(1024, 600)
    walker.stored(walker.page.start_view.start_button.click)
    qtbot.wait(10)
    bars = [bar for bar in walker.page.mode.findChildren(QScrollBar)
            if bar.isVisibleTo(walker.window) and bar.orientation() == Qt.Orientation.Vertical]
    assert bars, "the checklist scrolls at this size"
    image = bars[0].grab().toImage()
    colours = {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(image.height())}
    assert "#ffffff" in colours and "#000000" in colours  # a white handle on black, not grey on black


def test_1_headings_follow_a_new_text_size(walker: SessionWalker, qapp: QApplication) -> None:
    from companion.ui import theme

    heading = walker.page.start_view.heading
    theme.apply_appearance(qapp, "light", 200)
    try:
        assert heading.font().pointSizeF() == pytest.approx(qapp.font().pointSizeF() * 1.4, rel=0.01)
        walker.stored(walker.page.start_view.start_button.click)  # session mode sizes its own text
        mode_heading = walker.page.checklist.heading
        assert mode_heading.font().pointSizeF() == pytest.approx(qapp.font().pointSizeF() * 1.4, rel=0.01)
    finally:
        theme.apply_appearance(qapp, "light", 100)


def test_a_problem_with_what_was_typed_is_scrolled_into_sight(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, data_paths: DataPaths, fake_clock: FakeClock,
    render: Render,
) -> None:
    from dataclasses import replace

    from tests.gui.session_screens import outside_viewport
    from tests.gui.test_session_layout import open_session_window

    walker = open_session_window(qtbot, open_unlocked_window, data_paths, fake_clock, render,
                                 size=(1024, 720), text_scale=200, theme="high_contrast")
    walker.save_plan(replace(PLAN, kit_has_oximeter=True))
    walker.stored(walker.page.reload)
    walker.pass_pre_dose()
    mode = walker.page.mode
    walker.stored(mode.dose.dose_button.click)
    for minute in (15, 30, 45, 60, 75, 90, 105, 120):
        walker.advance_to(minute)
        if mode.current_screen() is mode.reading:
            walker.type_reading(mode.reading.form, 128, 80, 70, 97)
            walker.stored(mode.reading.save_button.click)
        walker.confirm_checkin()
    walker.stored(mode.recovery_ready.start_button.click)
    for question in mode.recovery.questions:
        question.set_value(True)
    walker.type_reading(mode.recovery.form, 128, 80, 70)  # the SpO2 left empty
    mode.recovery.finish_button.click()
    qtbot.waitUntil(lambda: mode.recovery.message.isVisible() and not outside_viewport(mode.recovery.message))
    assert "four numbers" in mode.recovery.message.text()
    walker.type_reading(mode.recovery.form, 128, 80, 70, 96)
    walker.stored(mode.recovery.finish_button.click)
    qtbot.waitUntil(lambda: walker.page.steps.currentWidget() is walker.page.finished)
    # The end's SpO2 is in the summary the patient and sitter read, with the blood pressure.
    assert "Final blood pressure 128/80, heart rate 70, SpO2 96 %." in walker.page.finished.text.text()
