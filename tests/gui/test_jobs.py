"""The one job dispatcher: stale outcomes dropped, busy counted, known errors said, bugs reported.

And the jobs the controllers hand it hold no QObject."""

from __future__ import annotations

import inspect
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.storage.errors import StorageError
from companion.ui.background import BackgroundRunner
from companion.ui.checkins.checkins_controller import CheckinsController
from companion.ui.jobs import JobDispatcher
from companion.ui.page_jobs import PageJobs
from companion.ui.session.session_controller import SessionController
from tests.gui.job_helpers import HeldJobs as _Helper

TIMEOUT_MS = 10_000


@dataclass
class _Seen:
    results: list[object] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    bugs: list[BaseException] = field(default_factory=list)
    busy: list[bool] = field(default_factory=list)


def _dispatcher(helper: _Helper, seen: _Seen) -> JobDispatcher:
    return JobDispatcher(helper.submit, seen.sentences.append, report_bug=seen.bugs.append,
                         on_busy=seen.busy.append)


def test_a_result_from_before_clear_is_dropped() -> None:
    helper, seen = _Helper(), _Seen()
    jobs = _dispatcher(helper, seen)
    jobs.run(lambda _vault: "old", seen.results.append)
    jobs.run(lambda _vault: "failing", seen.results.append)
    jobs.clear()  # the vault locks while both are on their way
    assert not jobs.is_busy() and seen.busy == [True, False]

    helper.jobs[0].on_success("old")
    helper.jobs[1].on_failure(RuntimeError("a stale failure is dropped too"))
    assert seen.results == [] and seen.sentences == [] and seen.bugs == []
    assert not jobs.is_busy() and seen.busy == [True, False]

    jobs.run(lambda _vault: "new", seen.results.append)
    helper.jobs[2].on_success("new")
    assert seen.results == ["new"] and seen.busy == [True, False, True, False]


def test_busy_counts_up_and_down_with_overlapping_and_nested_jobs() -> None:
    helper, seen = _Helper(), _Seen()
    jobs = _dispatcher(helper, seen)
    jobs.run(lambda _vault: 1, seen.results.append)
    jobs.run(lambda _vault: 2, seen.results.append)
    assert jobs.is_busy() and seen.busy == [True]
    helper.jobs[0].on_success(1)
    assert jobs.is_busy() and seen.busy == [True]  # one still on its way
    helper.jobs[1].on_failure(StorageError("The disk is full."))
    assert not jobs.is_busy() and seen.busy == [True, False]

    # A job whose success goes on with another one: busy all along, idle once, after the second.
    def then_second(first: object) -> None:
        seen.results.append(first)
        jobs.run(lambda _vault: "second", seen.results.append)

    jobs.run(lambda _vault: "first", then_second, continues=True)
    helper.jobs[2].on_success("first")
    assert jobs.is_busy() and seen.busy == [True, False, True]
    helper.jobs[3].on_success("second")
    assert not jobs.is_busy() and seen.busy == [True, False, True, False]
    assert seen.results == [1, "first", "second"] and seen.sentences == ["The disk is full."]


def test_a_continued_job_that_starts_nothing_still_ends_busy() -> None:
    helper, seen = _Helper(), _Seen()
    jobs = _dispatcher(helper, seen)
    jobs.run(lambda _vault: "only", seen.results.append, continues=True)
    helper.jobs[0].on_success("only")
    assert not jobs.is_busy() and seen.busy == [True, False] and seen.results == ["only"]


def test_is_busy_is_false_inside_the_success_callback_and_settled_comes_first() -> None:
    helper, seen = _Helper(), _Seen()
    jobs = _dispatcher(helper, seen)
    order: list[str] = []
    jobs.run(lambda _vault: None, lambda _result: order.append(f"delivered, busy={jobs.is_busy()}"),
             settled=lambda: order.append("settled"))
    helper.jobs[0].on_success(None)
    assert order == ["settled", "delivered, busy=False"]


def test_a_known_error_becomes_its_sentence_on_the_failure_path() -> None:
    helper, seen = _Helper(), _Seen()
    jobs = _dispatcher(helper, seen)
    jobs.run(lambda _vault: None, seen.results.append)
    helper.jobs[0].on_failure(StorageError("The disk is full. Free some space and try again."))
    assert seen.sentences == ["The disk is full. Free some space and try again."]
    assert seen.bugs == [] and seen.results == []

    elsewhere: list[str] = []
    jobs.run(lambda _vault: None, seen.results.append, on_failure=elsewhere.append)
    helper.jobs[1].on_failure(StorageError("The vault is locked."))
    assert elsewhere == ["The vault is locked."] and len(seen.sentences) == 1


def test_a_bug_goes_to_the_reporter_not_the_failure_path() -> None:
    helper, seen = _Helper(), _Seen()
    jobs = _dispatcher(helper, seen)
    jobs.run(lambda _vault: None, seen.results.append)
    bug = ZeroDivisionError("a bug")
    helper.jobs[0].on_failure(bug)
    assert seen.bugs == [bug] and seen.sentences == [] and not jobs.is_busy()


def test_the_controller_says_which_errors_are_known() -> None:
    class PlanProblemError(Exception):
        pass

    helper, seen = _Helper(), _Seen()
    jobs = JobDispatcher(helper.submit, seen.sentences.append, report_bug=seen.bugs.append,
                         describe=lambda error: "plan" if isinstance(error, PlanProblemError) else None)
    jobs.run(lambda _vault: None, seen.results.append)
    jobs.run(lambda _vault: None, seen.results.append)
    helper.jobs[0].on_failure(PlanProblemError())
    storage = StorageError("not known to this controller")
    helper.jobs[1].on_failure(storage)
    assert seen.sentences == ["plan"] and seen.bugs == [storage]


def test_the_default_reporter_is_sys_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    hooked: list[BaseException] = []

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        hooked.append(error)

    monkeypatch.setattr(sys, "excepthook", hook)
    helper, sentences = _Helper(), list[str]()
    jobs = JobDispatcher(helper.submit, sentences.append)
    jobs.run(lambda _vault: None, lambda _result: None)
    bug = KeyError("bug")
    helper.jobs[0].on_failure(bug)
    assert hooked == [bug] and sentences == []


def test_an_outcome_for_an_owner_that_is_gone_is_dropped() -> None:
    helper, seen = _Helper(), _Seen()
    alive = [True]
    jobs = JobDispatcher(helper.submit, seen.sentences.append, report_bug=seen.bugs.append,
                         alive=lambda: alive[0])
    jobs.run(lambda _vault: None, seen.results.append)
    jobs.run(lambda _vault: None, seen.results.append)
    alive[0] = False
    helper.jobs[0].on_success("late")
    helper.jobs[1].on_failure(RuntimeError("late"))
    assert seen.results == [] and seen.bugs == []


def test_a_job_runs_on_the_helper_thread_as_given_and_its_result_returns_here(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    handed: list[Callable[..., Any]] = []

    def via(job: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None]) -> None:
        handed.append(job)
        runner.run(job, on_success, on_failure)

    seen = _Seen()
    jobs = JobDispatcher(via, seen.sentences.append, report_bug=seen.bugs.append, on_busy=seen.busy.append)
    gui_thread = threading.get_ident()

    def job() -> int:
        return threading.get_ident()

    delivered_on: list[int] = []

    def on_success(job_thread: object) -> None:
        delivered_on.append(threading.get_ident())
        seen.results.append(job_thread)

    try:
        jobs.run(job, on_success)
        qtbot.waitUntil(lambda: not jobs.is_busy(), timeout=TIMEOUT_MS)
    finally:
        runner.shutdown()
    assert handed == [job]  # not wrapped: the job holds only what its caller captured
    assert seen.results and seen.results[0] != gui_thread and delivered_on == [gui_thread]
    assert seen.busy == [True, False]


def _qobjects_reachable_from(job: Callable[..., Any]) -> list[object]:
    """QObjects a job holds: through closures, defaults, bound methods and plain objects' attributes."""
    found: list[object] = []
    seen: set[int] = set()
    stack: list[object] = [job]
    while stack:
        item = stack.pop()
        if id(item) in seen or inspect.ismodule(item) or inspect.isclass(item):
            continue
        seen.add(id(item))
        if isinstance(item, QObject):
            found.append(item)
        elif inspect.isfunction(item):
            stack.extend(cell.cell_contents for cell in item.__closure__ or ())
            stack.extend(item.__defaults__ or ())
        elif inspect.ismethod(item):
            stack.extend((item.__self__, item.__func__))
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif hasattr(item, "__dict__"):
            stack.extend(vars(item).values())
    return found


def test_the_controllers_jobs_hold_no_qobject(qtbot: QtBot) -> None:
    helper = _Helper()
    clock = FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    checkins = CheckinsController(helper, clock)  # type: ignore[arg-type]
    session = SessionController(helper, clock)  # type: ignore[arg-type]
    page = PageJobs(helper)  # type: ignore[arg-type]

    checkins.load_overview()
    checkins.load_post_session_context(7)
    checkins.forget_item9_answer()
    checkins.record_item9_answer(2)
    session.load()
    page.run(lambda vault: vault, lambda _result: None)

    assert len(helper.jobs) == 6
    for submitted in helper.jobs:
        assert _qobjects_reachable_from(submitted.job) == [], submitted.job
    # The walk does find one: a job that captured its controller would be caught.
    assert _qobjects_reachable_from(lambda _vault: checkins.now()) == [checkins]
