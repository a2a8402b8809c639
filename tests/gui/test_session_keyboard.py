"""The session works by keyboard alone (issue 9, findings 3, 6 and 7).

At every session-mode state of a whole session: focus is inside the screen on show; Tab visits
every control in visual order and only those of session mode (no "Lock now", no navigation); each
control shows focus with a ring of at least 3:1 contrast as large as a 2-pixel outline. And on each
screen Return does the screen's main action. In English and in Spanish (issue 13); every state is
rendered to tests/artifacts/keyboard_<language>_….png.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.care_plan import CarePlan
from companion.domain.clock import FakeClock
from companion.domain.monitoring import ReadingKind
from companion.paths import DataPaths
from companion.services.session_actions import CheckinAnswer
from companion.ui.session.checkin_prompt import CheckinPrompt
from companion.ui.session.dose_step import DoseStep
from companion.ui.session.end_early_dialog import EndEarlyPanel
from companion.ui.session.help_panel import HelpPanel
from companion.ui.session.reading_prompt import ReadingPrompt
from companion.ui.session.recovery_step import RecoveryStep
from companion.ui.session.vitals_step import VitalsStep
from companion.ui.widgets.session_widgets import SESSION_MODE_STYLE, apply_session_fonts
from tests.gui.conftest import Render, UnlockedWindowFactory
from tests.gui.keyboard_checks import focus_ring_pixels, stop_key, tab_chain, visual_tab_stops
from tests.gui.session_screens import settle_layouts, walk_session_screens
from tests.gui.test_session_layout import open_session_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PLAN = CarePlan(dose_mg=56.0, clinician_name="Dr Test", clinician_phone="555 0100", kit_has_oximeter=True,
                patient_address="1 Test Road", allergies="none known")


def _rotated(keys: list[int], start: int) -> list[int]:
    index = keys.index(start)
    return keys[index:] + keys[:index]


def test_every_session_screen_works_by_keyboard(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, data_paths: DataPaths, fake_clock: FakeClock,
    render: Render, ui_language: str,
) -> None:
    walker = open_session_window(qtbot, open_unlocked_window, data_paths, fake_clock, render,
                                 size=(1024, 768), text_scale=200, theme="high_contrast",
                                 language=ui_language)
    window, page = walker.window, walker.page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    problems: list[str] = []
    checked_rings: set[int] = set()
    for name, _main_action in walk_session_screens(walker):
        if not page.in_session_mode():
            continue
        qtbot.wait(1)
        settle_layouts()
        render(window, f"keyboard_{ui_language}_1024x768_200_high_contrast_{name}")
        start = QApplication.focusWidget()
        if start is None or not page.mode.isAncestorOf(start):
            problems.append(f"{name}: focus is not in the session screen but on {start!r}")
            continue
        stops = visual_tab_stops(page.mode)
        if not stops:
            problems.append(f"{name}: nothing to reach by Tab")
            continue
        cycle = tab_chain(qtbot, start, window)
        outside = [w for w in cycle if not page.mode.isAncestorOf(w)]
        if outside:
            problems.append(f"{name}: Tab reaches controls outside session mode: {outside}")
        expected = [stop_key(w) for w in stops]
        if stop_key(start) not in expected:
            problems.append(f"{name}: focus starts on {type(start).__name__} {start.accessibleName()!r}, "
                            "which is not a Tab stop")
            continue
        if [stop_key(w) for w in cycle] != _rotated(expected, stop_key(start)):
            seen = [w.accessibleName() or type(w).__name__ for w in cycle]
            wanted = [w.accessibleName() or type(w).__name__ for w in stops]
            problems.append(f"{name}: Tab order {seen} is not the visual order {wanted}")
        for widget in stops:
            if id(widget) in checked_rings or len(stops) < 2:
                continue
            checked_rings.add(id(widget))
            elsewhere = next(w for w in stops if w is not widget)
            ring = focus_ring_pixels(widget, elsewhere, margin=8)
            needed = 2 * (2 * widget.width() + 2 * widget.height())
            if ring < needed:
                problems.append(f"{name}: focus on {widget.accessibleName()!r} changes {ring} pixels by 3:1, "
                                f"less than a 2-pixel outline ({needed})")
        start.setFocus(Qt.FocusReason.TabFocusReason)
    assert not problems, "\n".join(problems)


# --- Return does the main action, screen by screen ---------------------------------------------------


def _session_styled(widget: QWidget, qtbot: QtBot) -> QWidget:
    holder = QWidget()
    holder.setObjectName("sessionMode")
    holder.setStyleSheet(SESSION_MODE_STYLE)
    widget.setParent(holder)
    qtbot.addWidget(holder)
    holder.resize(1024, 768)
    widget.resize(1024, 768)
    apply_session_fonts(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    return holder


def _type(qtbot: QtBot, edits: list[QLineEdit], values: list[str]) -> None:
    for edit, value in zip(edits, values, strict=True):
        edit.setFocus()
        qtbot.keyClicks(edit, value)


def _vitals(qtbot: QtBot) -> tuple[QWidget, Callable[[], None], object]:
    step = VitalsStep()
    step.load(PLAN)
    return step, lambda: _type(qtbot, list(step.form.fields()), ["124", "78", "70", "97"]), step.passed


def _reading(qtbot: QtBot) -> tuple[QWidget, Callable[[], None], object]:
    prompt = ReadingPrompt()
    prompt.load(PLAN, ReadingKind.SCHEDULED)
    values = ["130", "80", "72", "96"]
    return prompt, lambda: _type(qtbot, list(prompt.form.fields()), values), prompt.measured


def _recovery(qtbot: QtBot) -> tuple[QWidget, Callable[[], None], object]:
    step = RecoveryStep()
    step.load(PLAN, None)

    def fill() -> None:
        for question in step.questions:
            question.set_value(True)
        _type(qtbot, list(step.form.fields()), ["126", "80", "70", "97"])

    return step, fill, step.passed


def _checkin(qtbot: QtBot) -> tuple[QWidget, Callable[[], None], object]:
    prompt = CheckinPrompt()

    def fill() -> None:
        for question in prompt.questions:
            question.no_button.click()
        _type(qtbot, [prompt.code], ["4321"])

    return prompt, fill, prompt.answered


def _dose(qtbot: QtBot) -> tuple[QWidget, Callable[[], None], object]:
    step = DoseStep()
    step.load(PLAN, "Sam")
    return step, lambda: _type(qtbot, [step.lot_number], ["A1"]), step.dose_taken


@pytest.mark.parametrize("build", [_vitals, _reading, _recovery, _checkin, _dose],
                         ids=["vitals", "reading", "recovery", "checkin", "dose"])
def test_return_in_the_last_field_does_the_main_action(
    qtbot: QtBot, build: Callable[[QtBot], tuple[QWidget, Callable[[], None], object]], ui_language: str,
    render: Render,
) -> None:
    screen, fill, signal = build(qtbot)
    holder = _session_styled(screen, qtbot)
    fill()
    render(holder, f"keyboard_{ui_language}_return_{type(screen).__name__}")
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit)
    with qtbot.waitSignal(signal, timeout=2000):  # type: ignore[arg-type]
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert holder.isVisible()


@pytest.mark.parametrize("which", ["help", "end_early"])
def test_return_on_the_focused_main_button_acts(qtbot: QtBot, which: str, ui_language: str,
                                                render: Render) -> None:
    if which == "help":
        panel = HelpPanel()
        panel.open(PLAN)
        button: QPushButton = panel.back_button
        signal = panel.closed
    else:
        panel = EndEarlyPanel()  # type: ignore[assignment]
        button = panel.cancel_button  # type: ignore[attr-defined]
        signal = panel.cancelled  # type: ignore[attr-defined]
    holder = _session_styled(panel, qtbot)
    render(holder, f"keyboard_{ui_language}_return_{which}")
    button.setFocus()
    with qtbot.waitSignal(signal, timeout=2000):
        qtbot.keyClick(button, Qt.Key.Key_Return)
    assert holder.isVisible()


def test_return_in_the_code_field_confirms_with_the_answers(qtbot: QtBot, ui_language: str) -> None:
    prompt = CheckinPrompt()
    holder = _session_styled(prompt, qtbot)
    for question in prompt.questions:
        question.no_button.click()
    prompt.code.setFocus()
    qtbot.keyClicks(prompt.code, "4321")
    with qtbot.waitSignal(prompt.answered, timeout=2000) as answered:
        qtbot.keyClick(prompt.code, Qt.Key.Key_Return)
    answer = answered.args[0]
    assert holder.isVisible()
    assert isinstance(answer, CheckinAnswer)
    assert answer == CheckinAnswer(True, "4321", False, False, False, False)


def test_return_on_a_chosen_rating_goes_on_and_holding_it_does_not_skip_ahead(
    qtbot: QtBot, ui_language: str, render: Render
) -> None:
    """Found walking a session by hand: with focus on the mood and anxiety toggles (chosen with the arrows
    and Space), Return did nothing; only Tab to the button would go on."""
    from companion.ui.session.baseline_step import BaselineStep

    step = BaselineStep()
    holder = _session_styled(step, qtbot)
    for scale, value in ((step.mood, 6), (step.anxiety, 2)):
        button = scale.group.button(value)
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    focused = QApplication.focusWidget()
    assert focused is step.anxiety.group.button(2) and step.mood.value() == 6 and step.anxiety.value() == 2
    render(holder, f"keyboard_{ui_language}_return_BaselineStep")
    held = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True)
    with qtbot.assertNotEmitted(step.completed, wait=100):  # held down: it must not go on again and again
        QApplication.sendEvent(focused, held)
    with qtbot.waitSignal(step.completed, timeout=2000) as completed:
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert completed.args[:2] == [6, 2]


def test_return_in_a_typed_field_presses_the_main_action_once(qtbot: QtBot, ui_language: str) -> None:
    """A typed field presses its screen's button itself (returnPressed); the screen must not press it too."""
    from companion.ui.session.baseline_step import BaselineStep

    step = BaselineStep()
    holder = _session_styled(step, qtbot)
    step.mood.choose(5)
    step.anxiety.choose(3)
    step.intention.setFocus()
    qtbot.keyClicks(step.intention, "stay curious")
    emitted: list[object] = []
    step.completed.connect(lambda *args: emitted.append(args))
    qtbot.keyClick(step.intention, Qt.Key.Key_Return)
    qtbot.wait(300)  # animateClick presses after a moment: long enough for a second press to show
    assert len(emitted) == 1 and holder.isVisible()
