"""A second companion on the same data folder says so and opens nothing (two session timers on one vault)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from companion.app import ALREADY_OPEN_EXIT_CODE, run_app
from companion.paths import DataPaths
from companion.ui.instance_lock import LOCK_FILE_NAME, acquire_instance_lock, already_open_text

HOLD_LOCK = """
import sys, time
from companion.paths import DataPaths
from companion.ui.instance_lock import acquire_instance_lock
lock = acquire_instance_lock(DataPaths(__import__("pathlib").Path(sys.argv[1])))
assert lock is not None and lock.isLocked()
print("held", flush=True)
time.sleep(600)
"""


def test_a_second_lock_on_the_same_folder_is_refused_until_the_first_is_released(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    first = acquire_instance_lock(paths)
    assert first is not None and first.isLocked()
    assert (paths.base / LOCK_FILE_NAME).exists()
    assert acquire_instance_lock(paths) is None
    assert acquire_instance_lock(DataPaths(tmp_path / "other")) is not None  # another folder is free
    first.unlock()
    again = acquire_instance_lock(paths)
    assert again is not None and again.isLocked()
    again.unlock()


def test_a_lock_left_by_a_killed_companion_is_taken_over(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    with subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(paths.base)], stdout=subprocess.PIPE,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            assert acquire_instance_lock(paths) is None
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait(timeout=30)
    lock = acquire_instance_lock(paths)
    assert lock is not None and lock.isLocked(), "a dead process's lock does not keep companion closed"
    lock.unlock()


def test_run_app_says_it_is_already_open_and_builds_no_window(tmp_path: Path, qapp: QApplication) -> None:
    paths = DataPaths(tmp_path / "data")
    held = acquire_instance_lock(paths)
    assert held is not None
    told: list[str] = []
    windows_before = set(QApplication.topLevelWidgets())
    try:
        code = run_app(paths, already_open=lambda: told.append(already_open_text()))
    finally:
        held.unlock()
    assert code == ALREADY_OPEN_EXIT_CODE
    assert told and "already open with this data folder" in told[0]
    assert set(QApplication.topLevelWidgets()) == windows_before
    assert not paths.vault_db.exists()
