"""The one way off the GUI thread: results return on the GUI thread, errors arrive, shutdown is clean."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.ui.background import BackgroundRunner, DatabaseWorker, VaultHolder, VaultLockedError


class _Recorder:
    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.threads: list[int] = []

    def on_success(self, value: object) -> None:
        self.threads.append(threading.get_ident())
        self.results.append(value)

    def on_failure(self, error: BaseException) -> None:
        self.threads.append(threading.get_ident())
        self.errors.append(error)

    def done(self) -> bool:
        return bool(self.results or self.errors)


class _FakeVault:
    """Stands in for OpenVault: records the thread that opened, used and closed it."""

    def __init__(self) -> None:
        self.opened_on = threading.get_ident()
        self.used_on: list[int] = []
        self.closed_on: int | None = None

    def use(self) -> int:
        self.used_on.append(threading.get_ident())
        return len(self.used_on)

    def close(self) -> None:
        self.closed_on = threading.get_ident()


def test_runner_runs_off_the_gui_thread_and_delivers_on_it(qtbot: QtBot, runner: BackgroundRunner) -> None:
    gui_thread = threading.get_ident()
    recorder = _Recorder()
    ran_on: list[int] = []

    def work() -> int:
        ran_on.append(threading.get_ident())
        return 42

    runner.run(work, recorder.on_success, recorder.on_failure)
    qtbot.waitUntil(recorder.done)
    assert recorder.results == [42]
    assert ran_on and ran_on[0] != gui_thread
    assert recorder.threads == [gui_thread]


def test_runner_delivers_exceptions_with_their_traceback(qtbot: QtBot, runner: BackgroundRunner) -> None:
    recorder = _Recorder()

    def work() -> None:
        raise ValueError("boom")

    runner.run(work, recorder.on_success, recorder.on_failure)
    qtbot.waitUntil(recorder.done)
    assert recorder.results == []
    assert isinstance(recorder.errors[0], ValueError)
    assert recorder.errors[0].__traceback__ is not None


def test_inline_runner_is_synchronous(qapp: QApplication) -> None:
    inline = BackgroundRunner(inline=True)
    recorder = _Recorder()
    inline.run(lambda: "now", recorder.on_success, recorder.on_failure)
    assert recorder.results == ["now"]
    inline.shutdown()


def test_runner_refuses_work_after_shutdown(qapp: QApplication) -> None:
    background = BackgroundRunner()
    background.shutdown()
    with pytest.raises(RuntimeError):
        background.run(lambda: 1, lambda _v: None, lambda _e: None)


def test_worker_opens_uses_and_closes_the_vault_on_one_thread(qtbot: QtBot, qapp: QApplication) -> None:
    worker = DatabaseWorker()
    gui_thread = threading.get_ident()
    vaults: list[_FakeVault] = []

    def open_fake(holder: VaultHolder) -> None:
        vault = _FakeVault()
        vaults.append(vault)
        holder.replace(vault)  # type: ignore[arg-type]

    opened = _Recorder()
    worker.manage(open_fake, opened.on_success, opened.on_failure)
    used = [_Recorder() for _ in range(5)]
    for recorder in used:  # queued in order behind the open
        worker.submit(lambda vault: vault.use(), recorder.on_success, recorder.on_failure)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: all(r.done() for r in used))
    assert [r.results for r in used] == [[1], [2], [3], [4], [5]]
    assert all(r.threads == [gui_thread] for r in used)
    worker.shutdown()  # closes the vault on its own thread, then stops the thread
    vault = vaults[0]
    assert vault.opened_on != gui_thread
    assert set(vault.used_on) == {vault.opened_on}
    assert vault.closed_on == vault.opened_on


def test_worker_submit_without_a_vault_is_a_calm_error(qtbot: QtBot, worker: DatabaseWorker) -> None:
    recorder = _Recorder()
    worker.submit(lambda vault: vault, recorder.on_success, recorder.on_failure)
    qtbot.waitUntil(recorder.done)
    assert isinstance(recorder.errors[0], VaultLockedError)
    assert "locked" in str(recorder.errors[0])


def test_worker_keeps_running_after_a_failing_job(qtbot: QtBot, worker: DatabaseWorker) -> None:
    first, second = _Recorder(), _Recorder()

    def fail(_holder: VaultHolder) -> None:
        raise RuntimeError("bug")

    worker.manage(fail, first.on_success, first.on_failure)
    worker.manage(lambda holder: holder.vault is None, second.on_success, second.on_failure)
    qtbot.waitUntil(second.done)
    assert isinstance(first.errors[0], RuntimeError)
    assert second.results == [True]


def test_worker_shutdown_is_idempotent_and_refuses_new_work(qapp: QApplication) -> None:
    worker = DatabaseWorker()
    worker.shutdown()  # never started a thread
    worker.shutdown()
    with pytest.raises(RuntimeError):
        worker.manage(lambda holder: None, lambda _v: None, lambda _e: None)


def test_worker_shutdown_finishes_queued_jobs_first(qtbot: QtBot, qapp: QApplication) -> None:
    worker = DatabaseWorker()
    ran: list[int] = []
    for number in range(3):
        worker.manage(lambda _h, n=number: ran.append(n), lambda _v: None, lambda _e: None)
    worker.shutdown()
    assert ran == [0, 1, 2]
    assert not worker.has_pending_work()


def test_worker_thread_is_not_the_gui_thread(qtbot: QtBot, worker: DatabaseWorker) -> None:
    recorder = _Recorder()
    worker.manage(lambda _h: QThread.currentThread().objectName(), recorder.on_success, recorder.on_failure)
    qtbot.waitUntil(recorder.done)
    assert recorder.results == ["companion-database"]


def test_inline_worker_runs_jobs_at_once(tmp_path: Path, qapp: QApplication) -> None:
    worker = DatabaseWorker(inline=True)
    results: list[Any] = []
    worker.manage(lambda holder: holder.replace(_FakeVault()), results.append, results.append)  # type: ignore[arg-type]
    worker.submit(lambda vault: vault.use(), results.append, results.append)  # type: ignore[attr-defined]
    assert results == [None, 1]
    worker.shutdown()
