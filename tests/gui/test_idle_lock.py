"""Idle lock: driven by the injected clock; the timer only checks. No sleeping: the FakeClock moves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.ui.idle_lock import IdleLock
from companion.ui.main_window import MAIN, UNLOCK, AppWindow
from tests.gui.conftest import UnlockedWindowFactory

CHECK_MS = 5
TIMEOUT_MS = 20_000


def ticks(qtbot: QtBot, idle: IdleLock, count: int = 5) -> None:
    """Let the check timer fire ``count`` times (it only looks at the clock)."""
    fired: list[int] = []
    idle.timer.timeout.connect(lambda: fired.append(1))
    qtbot.waitUntil(lambda: len(fired) >= count, timeout=TIMEOUT_MS)


@pytest.fixture
def idle(qtbot: QtBot, fake_clock: FakeClock) -> Iterator[IdleLock]:
    lock = IdleLock(fake_clock, 5, check_interval_ms=CHECK_MS)
    yield lock
    lock.disarm()


def test_locks_once_the_minutes_have_passed_on_the_clock(
    qtbot: QtBot, idle: IdleLock, fake_clock: FakeClock
) -> None:
    timed_out: list[bool] = []
    idle.idle_timed_out.connect(lambda: timed_out.append(True))
    idle.arm()
    fake_clock.advance(5 * 60 - 1)
    ticks(qtbot, idle)
    assert timed_out == []
    with qtbot.waitSignal(idle.idle_timed_out, timeout=TIMEOUT_MS):
        fake_clock.advance(1)
    assert not idle.is_armed()
    fake_clock.advance(3600)
    assert idle.check() is False  # disarmed: fires once, not again and again
    assert timed_out == [True]


def test_not_armed_means_never(qtbot: QtBot, idle: IdleLock, fake_clock: FakeClock) -> None:
    fake_clock.advance(3600)
    assert idle.check() is False


def test_user_input_restarts_the_idle_period(qtbot: QtBot, idle: IdleLock, fake_clock: FakeClock) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    idle.arm()
    fake_clock.advance(200)
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert idle.idle_seconds() == 0
    fake_clock.advance(200)
    ticks(qtbot, idle)
    assert idle.is_armed()
    with qtbot.waitSignal(idle.idle_timed_out, timeout=TIMEOUT_MS):
        fake_clock.advance(100)


def test_inhibited_never_locks_and_resuming_starts_a_fresh_period(
    qtbot: QtBot, idle: IdleLock, fake_clock: FakeClock
) -> None:
    idle.arm()
    idle.set_inhibited(True)
    fake_clock.advance(4 * 3600)
    ticks(qtbot, idle)
    assert idle.is_armed()
    assert idle.check() is False
    idle.set_inhibited(False)
    assert idle.idle_seconds() == 0
    fake_clock.advance(5 * 60 - 1)
    ticks(qtbot, idle)
    assert idle.is_armed()
    with qtbot.waitSignal(idle.idle_timed_out, timeout=TIMEOUT_MS):
        fake_clock.advance(1)


def test_changed_minutes_apply_at_once(qtbot: QtBot, idle: IdleLock, fake_clock: FakeClock) -> None:
    idle.arm()
    fake_clock.advance(90)
    ticks(qtbot, idle)
    assert idle.is_armed()
    with qtbot.waitSignal(idle.idle_timed_out, timeout=TIMEOUT_MS):
        idle.set_minutes(1)


@pytest.fixture
def window(open_unlocked_window: UnlockedWindowFactory) -> AppWindow:
    app_window = open_unlocked_window(idle_check_interval_ms=CHECK_MS)
    assert app_window.current_route() == MAIN
    return app_window


def test_the_window_locks_after_the_idle_minutes(
    qtbot: QtBot, window: AppWindow, fake_clock: FakeClock
) -> None:
    cleared: list[bool] = []
    settings = window.main_shell().page("settings")
    original = settings.clear_content  # type: ignore[attr-defined]
    settings.clear_content = lambda: (cleared.append(True), original())[-1]  # type: ignore[attr-defined]
    fake_clock.advance(4 * 60)
    ticks(qtbot, window.idle_lock)
    assert window.current_route() == MAIN
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        fake_clock.advance(60)
    assert window.current_route() == UNLOCK
    assert not window.controller.is_unlocked()
    assert cleared == [True]


def test_the_window_does_not_lock_while_inhibited(
    qtbot: QtBot, window: AppWindow, fake_clock: FakeClock
) -> None:
    window.set_idle_lock_inhibited(True)
    fake_clock.advance(3 * 3600)
    ticks(qtbot, window.idle_lock, 10)
    assert window.current_route() == MAIN
    assert window.controller.is_unlocked()
    window.set_idle_lock_inhibited(False)
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        fake_clock.advance(5 * 60)


def test_the_settings_minutes_drive_the_idle_lock(
    qtbot: QtBot, window: AppWindow, fake_clock: FakeClock
) -> None:
    window.main_shell().show_page("settings")
    assert window.settings_screen is not None
    window.settings_screen.idle_minutes.setValue(1)
    assert window.idle_lock.minutes == 1
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        fake_clock.advance(60)
