"""SIGTERM (a logout, a shutdown, ``kill``) is handled like closing the window (issue 12, finding 3).

A child process runs the real app (``run_app``) on a real vault. Sent SIGTERM a moment after typing in a
new journal entry (the autosave timer has not fired), it exits with code 0, the draft holding every
word is in the vault, and the database was closed (its write-ahead log checkpointed away). With a session
in progress it exits at once as well (no "keep open?" question that no one would answer) and the
session is still in progress at the next open.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.services.session_actions import start_session
from companion.storage.care_plans import CarePlanRepository
from companion.storage.journal import JournalRepository
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.sessions import SessionRepository
from companion.storage.vault import OpenVault, create_vault, open_vault, unlock
from tests.gui.session_helpers import PLAN
from tests.reliability._sigterm_child import WORDS

CHILD = Path(__file__).with_name("_sigterm_child.py")
PASSPHRASE = "quiet harbour lantern seventeen walnuts"
TIMEOUT_S = 60

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _new_vault(base: Path) -> tuple[DataPaths, OpenVault]:
    paths = DataPaths(base)
    vault, _recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, SystemClock())
    return paths, vault


def _run_child_and_terminate(base: Path, mode: str, ready: str) -> None:
    """Start the child, wait for ``ready``, send SIGTERM; it must exit by itself with code 0."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(CHILD), str(base), PASSPHRASE, mode],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert child.stdout is not None
    try:
        line = child.stdout.readline().decode().strip()
        if line == ready:
            child.send_signal(signal.SIGTERM)
        _out, errors = child.communicate(timeout=TIMEOUT_S)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert line == ready, f"the child did not get as far: {line!r} {errors.decode()[-3000:]}"
    assert child.returncode == 0, f"exit code {child.returncode}: {errors.decode()[-3000:]}"


def _reopen(paths: DataPaths) -> OpenVault:
    return open_vault(paths, unlock(paths, PASSPHRASE), SystemClock())


def test_sigterm_while_typing_saves_the_draft_and_closes_the_vault(tmp_path: Path) -> None:
    paths, vault = _new_vault(tmp_path / "data")
    vault.close()

    _run_child_and_terminate(paths.base, "journal", "typed")

    wal = paths.vault_db.with_name(paths.vault_db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # the last connection closed cleanly
    reopened = _reopen(paths)
    try:
        draft = JournalRepository(reopened.database).draft()
    finally:
        reopened.close()
    assert draft is not None and draft.entry_id is None
    assert WORDS in draft.content.body  # every word, though the autosave never ran


def test_sigterm_during_a_session_quits_without_asking_and_does_not_end_it(tmp_path: Path) -> None:
    paths, vault = _new_vault(tmp_path / "data")
    clock = SystemClock()
    try:
        plan = CarePlanRepository(vault.database).save(PLAN, at=clock.now())
        record = start_session(vault, plan, at=clock.now()).record
        assert record is not None
        session_id = record.id
    finally:
        vault.close()

    _run_child_and_terminate(paths.base, "session", "session active")

    reopened = _reopen(paths)
    try:
        active = SessionRepository(reopened.database).active()
    finally:
        reopened.close()
    assert active is not None and active.id == session_id


def test_the_watcher_turns_each_quit_signal_into_one_call_on_the_gui_thread_and_gives_it_back(
    qtbot: QtBot, qapp: QApplication
) -> None:
    from companion.ui.quit_signals import QuitSignalWatcher, quit_signal_numbers

    before = {number: signal.getsignal(number) for number in quit_signal_numbers()}
    calls: list[int] = []
    watcher = QuitSignalWatcher(lambda: calls.append(len(calls)))
    watcher.install()
    try:
        for number in quit_signal_numbers():
            with qtbot.waitSignal(watcher.quit_requested, timeout=5_000) as received:
                os.kill(os.getpid(), number)
            assert received.args == [int(number)]
    finally:
        watcher.uninstall()
    assert len(calls) == len(quit_signal_numbers())
    assert {number: signal.getsignal(number) for number in quit_signal_numbers()} == before
