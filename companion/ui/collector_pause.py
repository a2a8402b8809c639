"""Python's cycle collector held off while an export is gathered, painted and written in the background.

A full collection stops every thread, the GUI thread too, and takes longer the more objects are
alive: in the middle of a two-year export (some hundred thousand objects: the report, the tables,
the FHIR bundle) one took 43 ms, most of the window's longest stall.  The export's data holds no
reference cycles, so reference counting frees it all the same; the collector runs again when the
last job that paused it ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _CollectorPause:
    """Counts the jobs that want the collector off (they may overlap, on different threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs = 0
        self._was_enabled = False

    @contextmanager
    def paused(self) -> Iterator[None]:
        with self._lock:
            if self._jobs == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._jobs += 1
        try:
            yield
        finally:
            with self._lock:
                self._jobs -= 1
                if self._jobs == 0 and self._was_enabled:
                    gc.enable()


collector_paused = _CollectorPause().paused
