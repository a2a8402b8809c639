"""A desktop logout asks the app to commit its data first: the draft is kept, the vault locks, the session
stays in progress (issue 12, finding 3; ``AppWindow.lock_for_logout``).

The app is built by ``run_app`` itself, so the test also fails when ``run_app`` stops connecting the
application's ``commitDataRequest`` to the window; only its event loop (``run_until_quit``) and the crash
dialog are left out, and the test drives the window instead. The desktop's session manager cannot be
asked to log out under the offscreen platform, so the test emits ``commitDataRequest`` itself, without a
QSessionManager: ``lock_for_logout`` takes none, and the test first checks that run_app's connection is
the only receiver (a receiver that used the manager would need a real one).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.app import run_app
from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.services.session_actions import start_session
from companion.storage.care_plans import CarePlanRepository
from companion.storage.journal import JournalRepository
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.sessions import SessionRepository
from companion.storage.vault import create_vault, open_vault, unlock
from companion.ui import application, crash_dialog
from companion.ui.main_window import MAIN, UNLOCK, AppWindow
from tests.gui.conftest import STRONG_PASSPHRASE
from tests.gui.session_helpers import PLAN

WAIT_MS = 10_000
WORDS = "Typed just before the logout: the kettle was still warm."
COMMIT_DATA_REQUEST = "2commitDataRequest(QSessionManager&)"  # the signal, as QObject.receivers names it


class _Started:
    """What ``run_app`` handed to its event loop: the window and the folder lock."""

    def __init__(self) -> None:
        self.window: AppWindow | None = None
        self.lock: QLockFile | None = None

    def run_until_quit(self, _app: QApplication, window: AppWindow, lock: QLockFile, **_kw: object) -> int:
        self.window, self.lock = window, lock
        return 0


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[_Started]:
    started = _Started()
    monkeypatch.setattr(application, "run_until_quit", started.run_until_quit)
    monkeypatch.setattr(crash_dialog, "CrashReporter", lambda parent: None)  # no hook on the test run
    monkeypatch.setattr(crash_dialog, "install_crash_hook", lambda reporter: None)
    names = (qapp.organizationName(), qapp.applicationName(), qapp.applicationDisplayName(),
             qapp.desktopFileName(), qapp.windowIcon())
    yield started
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    qapp.setApplicationDisplayName(names[2])
    qapp.setDesktopFileName(names[3])
    qapp.setWindowIcon(names[4])


def _vault_with_a_session_in_progress(paths: DataPaths, clock: FakeClock) -> int:
    vault, _recovery = create_vault(paths, STRONG_PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    with vault:
        plan = CarePlanRepository(vault.database).save(PLAN, at=clock.now())
        record = start_session(vault, plan, at=clock.now()).record
        assert record is not None
        return record.id


def _type_a_new_entry(qtbot: QtBot, window: AppWindow) -> None:
    journal = window.journal_page
    assert journal is not None and window.shell is not None
    with qtbot.waitSignal(journal.loaded, timeout=WAIT_MS):
        window.shell.show_page("journal")
    journal.open_new_entry()
    journal.picker.chosen.emit(None)
    journal.keeper.timer.setInterval(600_000)  # never autosaved: only the logout can keep these words
    qtbot.keyClicks(journal.editor.body, WORDS)


def test_a_logout_keeps_the_draft_locks_and_leaves_the_session_in_progress(
    qtbot: QtBot, qapp: QApplication, started: _Started, tmp_path: Path, fake_clock: FakeClock
) -> None:
    paths = DataPaths(tmp_path / "data")
    session_id = _vault_with_a_session_in_progress(paths, fake_clock)
    receivers_before = qapp.receivers(COMMIT_DATA_REQUEST)

    assert run_app(paths, clock=fake_clock, kdf_chooser=lambda: LIGHT_TEST_PARAMS) == 0
    window, lock = started.window, started.lock
    assert window is not None and lock is not None
    qtbot.addWidget(window)
    try:
        assert qapp.receivers(COMMIT_DATA_REQUEST) == receivers_before + 1 == 1  # run_app's, and only it
        asked: list[object] = []
        window.confirm_close_during_session = lambda parent: asked.append(parent) or False
        window.start()
        window.show()
        with qtbot.waitSignal(window.controller.unlocked, timeout=WAIT_MS):
            window.controller.unlock(STRONG_PASSPHRASE)
        session_page = window.session_page
        assert session_page is not None
        qtbot.waitUntil(session_page.session_active, timeout=WAIT_MS)
        _type_a_new_entry(qtbot, window)
        assert window.current_route() == MAIN

        with qtbot.waitSignal(window.controller.locked, timeout=WAIT_MS):
            qapp.commitDataRequest.emit(None)  # what the session manager does when the desktop logs out

        assert not window.controller.is_unlocked()
        assert window.current_route() == UNLOCK
        window.close()  # the desktop closes the window next: no question that no one would answer
        assert asked == [] and not window.isVisible()
    finally:
        window.shutdown()
        lock.unlock()
        if qapp.receivers(COMMIT_DATA_REQUEST) > receivers_before:
            qapp.commitDataRequest.disconnect(window.lock_for_logout)

    reopened = open_vault(paths, unlock(paths, STRONG_PASSPHRASE), fake_clock)
    with reopened:
        draft = JournalRepository(reopened.database).draft()
        active = SessionRepository(reopened.database).active()
    assert draft is not None and WORDS in draft.content.body
    assert active is not None and active.id == session_id and not active.session.is_final
