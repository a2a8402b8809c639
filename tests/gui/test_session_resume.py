"""An active session survives locking and closing: unlocking resumes it at the right time and step."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.domain.monitoring import CheckinStatus
from companion.domain.session import SessionState
from companion.ui.session.chime import RecordingChime
from tests.gui.conftest import STRONG_PASSPHRASE, Render, UnlockedWindowFactory
from tests.gui.session_helpers import WAIT_MS, SessionWalker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def walker(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock, render: Render
) -> SessionWalker:
    window = open_unlocked_window()
    window.confirm_close_during_session = lambda _parent: True
    walker = SessionWalker(qtbot, window, fake_clock, render)
    walker.page.mode.chime = RecordingChime()
    walker.save_plan()
    walker.stored(walker.page.reload)
    walker.pass_pre_dose()
    walker.stored(walker.page.mode.dose.dose_button.click)
    return walker


def test_unlocking_resumes_the_session_with_missed_checkins_recorded(walker: SessionWalker) -> None:
    page, window, qtbot = walker.page, walker.window, walker.qtbot
    session = page.controller.snapshot.session
    assert session is not None and session.dose_at is not None
    dose_at = session.dose_at
    walker.advance_to(5)
    with qtbot.waitSignal(window.controller.locked, timeout=WAIT_MS):
        window.lock_now()
    assert not page.session_active() and page.controller.snapshot.record is None  # nothing left on screen

    walker.clock.advance(41 * 60)  # closed for 41 minutes: now 46 min after the dose
    with qtbot.waitSignal(page.controller.session_changed, timeout=WAIT_MS):
        window.controller.unlock(STRONG_PASSPHRASE)
    session = page.controller.snapshot.session
    assert session is not None and session.state is SessionState.MONITORING and session.dose_at == dose_at
    assert [m.due_at for m in session.missed_checkins] == [dose_at + timedelta(minutes=m) for m in (15, 30)]
    assert window.shell is not None and window.shell.current_page_key() == "session"
    assert page.in_session_mode() and not window.shell.navigation_column.isVisibleTo(window)
    assert page.mode.status_line.text().replace("\u00a0", " ").startswith("46 min since the dose")
    # Missed check-ins stay outstanding: the prompt escalates until the sitter answers the latest one.
    assert page.mode.status is CheckinStatus.ESCALATE and page.mode.current_screen() is page.mode.checkin
    walker.render("resumed")
    walker.confirm_checkin()
    assert page.mode.status is CheckinStatus.NOT_DUE


def test_closing_asks_and_never_ends_the_session(walker: SessionWalker) -> None:
    page, window = walker.page, walker.window
    questions: list[object] = []

    def refuse(parent: object) -> bool:
        questions.append(parent)
        return False

    window.confirm_close_during_session = refuse
    assert not window.close()
    assert questions == [window] and window.isVisible() and page.session_active()

    window.confirm_close_during_session = lambda _parent: True
    assert window.close()
    from companion.storage.sessions import SessionRepository

    active = walker.run_in_database(lambda vault: SessionRepository(vault.database).active())
    assert active is not None and active.session.state is SessionState.MONITORING  # type: ignore[attr-defined]
