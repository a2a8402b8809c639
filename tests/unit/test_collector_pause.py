"""The cycle collector is off while any export job runs, and back as it was when the last one ends."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from companion.ui.collector_pause import collector_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_off_while_jobs_overlap_on_two_threads_and_on_after_the_last(collector_on: None) -> None:
    first_in, first_may_end = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            first_may_end.wait(5)
            seen.append(gc.isenabled())

    thread = threading.Thread(target=first)
    thread.start()
    assert first_in.wait(5)
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the first job still runs
    first_may_end.set()
    thread.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off_and_errors_still_restore(collector_on: None) -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("the export failed")
    assert gc.isenabled()
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
