"""Defects found walking the session day again by keyboard at 200 % text and high contrast on a
1024×768 screen (issue 9, second walk): one test each."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionFrame, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.ui.checkins.post_session_log import PostSessionLogForm
from companion.ui.time_format import clock_text
from tests.gui.conftest import STRONG_PASSPHRASE, Render, UnlockedWindowFactory
from tests.gui.session_helpers import WAIT_MS, SessionWalker
from tests.gui.session_screens import outside_viewport
from tests.gui.test_session_layout import open_session_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def small_walker(qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, data_paths: DataPaths,
                 fake_clock: FakeClock, render: Render) -> SessionWalker:
    walker = open_session_window(qtbot, open_unlocked_window, data_paths, fake_clock, render,
                                 size=(1000, 720), text_scale=200, theme="high_contrast")
    walker.save_plan()
    walker.stored(walker.page.reload)
    return walker


def test_the_dose_step_keeps_its_instructions_when_the_app_comes_back(small_walker: SessionWalker) -> None:
    """After a restart (here: lock and unlock) at the dose step, the screen said only "Take the dose"
    and "Lot number": not what to take, nor who the sitter is."""
    walker, qtbot = small_walker, small_walker.qtbot
    walker.pass_pre_dose()
    dose = walker.page.mode.dose
    assert "Take 100 mg of ketamine" in dose.instructions.text()
    controller = walker.window.controller
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        controller.lock()
    with qtbot.waitSignal(controller.unlocked, timeout=WAIT_MS):
        controller.unlock(STRONG_PASSPHRASE)
    qtbot.waitUntil(lambda: walker.page.mode.current_screen() is dose, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Take 100 mg of ketamine" in dose.instructions.text(), timeout=WAIT_MS)
    assert "Sam Rivera is with you" in dose.instructions.text()
    walker.render("walk_dose_after_unlock")


def test_unlocking_into_a_session_screen_puts_focus_on_its_first_field(small_walker: SessionWalker) -> None:
    """After unlocking at the dose step focus was nowhere: the lot number typed went nowhere and
    Return did nothing (with focus left on Help, Return opened Help)."""
    walker, qtbot = small_walker, small_walker.qtbot
    walker.pass_pre_dose()
    mode = walker.page.mode
    controller = walker.window.controller
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        controller.lock()
    with qtbot.waitSignal(controller.unlocked, timeout=WAIT_MS):
        controller.unlock(STRONG_PASSPHRASE)
    qtbot.waitUntil(lambda: mode.current_screen() is mode.dose, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is mode.dose.lot_number, timeout=WAIT_MS)

    walker.stored(mode.dose.dose_button.click)
    walker.advance_to(16)  # the 15-minute check-in is due
    qtbot.waitUntil(lambda: mode.current_screen() is mode.checkin, timeout=WAIT_MS)
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        controller.lock()
    with qtbot.waitSignal(controller.unlocked, timeout=WAIT_MS):
        controller.unlock(STRONG_PASSPHRASE)
    qtbot.waitUntil(lambda: mode.current_screen() is mode.checkin, timeout=WAIT_MS)
    first = mode.checkin.first_focus()
    assert first is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=WAIT_MS)
    walker.render("walk_checkin_after_unlock")


def _wider_than(widget: QWidget, width: int) -> list[str]:
    return [type(child).__name__ + ":" + (getattr(child, "text", lambda: "")() or child.accessibleName())
            for child in widget.findChildren(QWidget)
            if child.isVisible() and child.mapTo(widget, child.rect().topRight()).x() > width]


def test_the_post_session_log_fits_a_small_window_at_200_percent(
    qtbot: QtBot, small_walker: SessionWalker
) -> None:
    """The 0–10 scales' end words had a fixed width ("very anxiou"), the questions did not wrap, and
    "Moderate" was cut: the form was wider than the window and clipped on the right."""
    form = PostSessionLogForm()
    qtbot.addWidget(form)
    form.resize(780, 640)  # what the Check-ins page gives it in a 1000-pixel window with the side bar
    form.show()
    qtbot.waitExposed(form)
    viewport = form.scroll_area.viewport().width()
    content = form.scroll_area.widget()
    assert content.minimumSizeHint().width() <= viewport
    assert _wider_than(content, viewport) == []
    for choice in form.side_effects.values():
        for button in choice.group.buttons():
            bold = button.font()
            bold.setBold(True)  # a chosen one is bold
            assert button.width() >= QFontMetrics(bold).horizontalAdvance(button.text()) + 20


def _text_room(field: QLineEdit) -> int:
    """How wide the text area of ``field`` is, inside the theme's border and padding."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    return field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field).width()


def _shows_four_dots(field: QLineEdit) -> bool:
    field.setText("4821")
    field.end(False)
    return _text_room(field) >= field.fontMetrics().horizontalAdvance("●" * 4) + field.cursorRect().width()


def test_the_sitters_code_fields_show_four_digits_at_200_percent(small_walker: SessionWalker) -> None:
    """A fixed 120-pixel field scrolled the first of four dots out of sight at 200 % text."""
    walker, page = small_walker, small_walker.page
    walker.stored(page.start_view.start_button.click)
    walker.answer_checklist()
    page.checklist.continue_button.click()
    walker.type_reading(page.vitals.form, 120, 78, 70, 98)
    page.vitals.continue_button.click()
    page.baseline.mood.choose(6)
    page.baseline.anxiety.choose(3)
    walker.stored(page.baseline.continue_button.click)
    walker.qtbot.waitUntil(lambda: page.handover.code.isVisible(), timeout=WAIT_MS)
    assert _shows_four_dots(page.handover.code) and _shows_four_dots(page.handover.code_again)
    walker.hand_over()
    walker.stored(page.mode.dose.dose_button.click)
    walker.advance_to(15)
    checkin = page.mode.checkin
    walker.qtbot.waitUntil(lambda: checkin.code.isVisible(), timeout=WAIT_MS)
    assert _shows_four_dots(checkin.code)


def test_a_checkin_after_a_missed_one_says_which_was_missed(small_walker: SessionWalker) -> None:
    """The sitter coming back to an overdue check-in read only "The check-in is overdue": nothing
    said that the one before had gone unanswered and was recorded as missed."""
    walker = small_walker
    walker.pass_pre_dose()
    mode = walker.page.mode
    walker.stored(mode.dose.dose_button.click)
    session = walker.page.controller.snapshot.session
    assert session is not None and session.dose_at is not None
    walker.advance_to(18)  # the 15-minute check-in is overdue: nothing missed before it
    assert mode.current_screen() is mode.checkin
    assert "overdue" in mode.checkin.text.text() and "missed" not in mode.checkin.text.text()
    walker.advance_to(33)  # still unanswered when the 30-minute one is overdue too
    missed_at = clock_text(session.dose_at + timedelta(minutes=15))
    said = mode.checkin.text.text()
    assert f"Nobody answered the check-in at {missed_at}: it is recorded as missed." in said
    walker.render("walk_checkin_after_missed")
    walker.confirm_checkin()
    session = walker.page.controller.snapshot.session
    assert session is not None and len(session.missed_checkins) == 2  # both went past their grace
    assert session.confirmed_checkins[-1].due_at == session.dose_at + timedelta(minutes=30)  # answered late


def test_urgent_guidance_puts_what_to_do_first_and_pages_by_keyboard(small_walker: SessionWalker) -> None:
    """With five reasons at 200 % text, "call the clinician now" and "measure again at …" were below
    the fold, under the list of thresholds, and a keyboard user could not scroll down to them."""
    walker, qtbot = small_walker, small_walker.qtbot
    walker.pass_pre_dose()
    mode = walker.page.mode
    walker.stored(mode.dose.dose_button.click)
    for minute in (15, 30):
        walker.advance_to(minute)
        walker.confirm_checkin()
    walker.advance_to(40)  # the care plan's re-check
    assert mode.current_screen() is mode.reading
    walker.type_reading(mode.reading.form, 190, 125, 90)
    walker.stored(mode.reading.save_button.click)
    urgent = mode.urgent
    assert mode.current_screen() is urgent
    qtbot.wait(1)
    assert "call" in urgent.text.text() and "Measure again at" in urgent.follow_up.text()
    for label in (urgent.text, urgent.follow_up):
        assert label.isVisibleTo(walker.window) and not outside_viewport(label), label.text()
    walker.render("walk_urgent_reading")

    walker.window.resize(1000, 480)  # shorter still, so that the reasons go below the fold
    qtbot.waitUntil(lambda: urgent.scroll_area.verticalScrollBar().maximum() > 0)
    bar = urgent.scroll_area.verticalScrollBar()
    assert QApplication.focusWidget() is urgent.back_button
    qtbot.keyClick(urgent.back_button, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(urgent.back_button, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    assert mode.current_screen() is urgent  # paging is not an answer
