"""The cycle collector never runs on a helper thread, however hard it is pushed (issue 12, finding 7).

The rare segfault of the GUI tests: CPython starts a collection on whichever thread allocates past the
threshold, and the database thread runs Python all day. A collection there freed reference cycles
holding the GUI thread's QObjects (closed windows, dropped page controllers with their QTimers) on the
wrong thread: Qt said "Timers cannot be stopped from another thread", and once in a while the heap was
left broken and a later collection on the GUI thread crashed while the database thread ran.

A child process sends thousands of jobs through the real database worker and background runner, with
the collector due at almost every allocation and the GUI thread leaving such cycles all the time. It
exits 0 only if every collection ran on the GUI thread and Qt warned about nothing. Before the fix the
child counted tens of thousands of collections on the helper threads (and, in some runs, hundreds of
timers stopped from the wrong thread, or a segfault).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from companion.ui import background
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.collector_pause import collector_paused
from tests.reliability.conftest import ReliabilityFigure

CHILD = Path(__file__).with_name("_gc_stress_child.py")
ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 3
JOBS = 3_000  # per round


@pytest.mark.slow
def test_every_collection_runs_on_the_gui_thread_while_the_helpers_work(
    tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    jobs = collections = elsewhere = 0
    for round_number in range(ROUNDS):
        child = subprocess.run(
            [sys.executable, "-X", "dev", str(CHILD), str(tmp_path / f"data{round_number}"), str(JOBS)],
            capture_output=True, text=True, env=env, cwd=ROOT,
            timeout=600,  # only against a hang; a round takes seconds
        )
        report = child.stdout.split()
        assert child.returncode == 0, f"round {round_number}: exit {child.returncode}, {child.stdout}\n" + (
            child.stderr[-4000:])
        assert report[0::2] == ["jobs", "collections", "off-gui", "warnings"], child.stdout
        done, on_gui, off_gui, warnings = (int(value) for value in report[1::2])
        assert (done, off_gui, warnings) == (JOBS, 0, 0)
        assert on_gui > 0  # the collector still runs: on the GUI thread
        jobs += done
        collections += on_gui
        elsewhere += off_gui
    reliability_figure("gc stress jobs", jobs, "through the real worker and runner, collector at threshold 1")
    reliability_figure("collections", collections, "all on the GUI thread")
    reliability_figure("collections off the GUI thread", elsewhere)


@pytest.fixture
def low_thresholds() -> Iterator[tuple[int, int, int]]:
    """The collector due at almost every allocation for one test, then as it was.

    Enabled for the test, too: in a full run an earlier test's export job may still be running on a pool
    thread, its collector pause (companion.ui.collector_pause) holding gc disabled until it ends; the
    GUI-thread collector rightly waits for that, which these tests are not about."""
    before, was_enabled = gc.get_threshold(), gc.isenabled()
    gc.enable()
    gc.set_threshold(1, 1, 1)
    yield gc.get_threshold()
    gc.set_threshold(*before)
    if not was_enabled:
        gc.disable()


def _cycle_holding_a_timer(freed_on: list[int]) -> weakref.ref[QObject]:
    """A Python-owned QObject with a running QTimer, in a reference cycle: only the collector frees it.
    ``freed_on`` gets the thread that freed it."""
    holder = QObject()
    holder.timer = QTimer(holder)  # type: ignore[attr-defined]
    holder.timer.start(60_000)  # type: ignore[attr-defined]
    holder.itself = holder  # type: ignore[attr-defined]
    weakref.finalize(holder, lambda: freed_on.append(threading.get_ident()))
    return weakref.ref(holder)


def test_while_a_helper_thread_exists_the_gui_thread_collects_and_afterwards_cpython_does(
    qtbot: QtBot, low_thresholds: tuple[int, int, int]
) -> None:
    runner, worker = BackgroundRunner(), DatabaseWorker()
    answers: list[object] = []
    runner.run(lambda: "pool", answers.append, answers.append)
    worker.manage(lambda _holder: "database", answers.append, answers.append)
    try:
        qtbot.waitUntil(lambda: len(answers) == 2)
        assert gc.get_threshold() == (0, *low_thresholds[1:])  # no automatic collection on any thread
        freed_on: list[int] = []
        leftover = _cycle_holding_a_timer(freed_on)
        qtbot.waitUntil(lambda: leftover() is None)  # the GUI thread's timer collected it
        assert freed_on == [threading.get_ident()]
    finally:
        runner.shutdown()
        worker.shutdown()
    assert gc.get_threshold() == low_thresholds


def test_the_gui_thread_does_not_collect_while_an_export_pauses_the_collector(
    qtbot: QtBot, low_thresholds: tuple[int, int, int]
) -> None:
    worker = DatabaseWorker()
    answers: list[object] = []
    worker.manage(lambda _holder: None, answers.append, answers.append)
    try:
        qtbot.waitUntil(lambda: bool(answers))
        collector = background._collection._collector  # what the GUI thread's timer calls
        assert collector is not None
        freed_on: list[int] = []
        with collector_paused():
            leftover = _cycle_holding_a_timer(freed_on)
            collector.collect_if_due()
            assert leftover() is not None  # the export's pause holds
        collector.collect_if_due()
        assert leftover() is None and freed_on == [threading.get_ident()]
    finally:
        worker.shutdown()


def test_an_idle_runner_gives_collection_back_even_if_never_shut_down(
    qtbot: QtBot, low_thresholds: tuple[int, int, int]
) -> None:
    """A runner closed with its window, never shut down (a settings page's preferences writer), kept
    CPython's automatic collection off for the rest of the process; idle, it gives it back."""
    runner = BackgroundRunner()
    answers: list[object] = []
    runner.run(lambda: "written", answers.append, answers.append)
    assert gc.get_threshold()[0] == 0  # while its job runs, the GUI thread collects
    qtbot.waitUntil(lambda: answers == ["written"])
    qtbot.waitUntil(lambda: gc.get_threshold() == low_thresholds)  # idle: CPython collects again
    runner.run(lambda: "again", answers.append, answers.append)  # and it can work again
    qtbot.waitUntil(lambda: answers == ["written", "again"])
    qtbot.waitUntil(lambda: gc.get_threshold() == low_thresholds)
    runner.deleteLater()  # never shut down
