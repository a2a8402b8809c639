"""Longest GUI-thread stall while unlocking (budget ≤ 50 ms), also while creating a vault and backing up.

A 2 ms QTimer stamps the monotonic clock each time the event loop gets to it; the longest
gap between stamps, less the interval, is the longest the GUI thread was unable to respond.
Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_gui_stall.py``.  Prints; asserts nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from companion.app import build_app_window
from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage.kdf import calibrate
from tests.perf.figures import GUI_STALL, quick, report

PASSPHRASE = "benchmark passphrase, long enough"
TICK_MS = 2
AFTER_DONE_MS = 300


class StallMeter:
    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._last = 0.0
        self.longest_ms = 0.0

    def _on_tick(self) -> None:
        now = time.monotonic()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000 - TICK_MS)
        self._last = now

    def measure(self, start: Callable[[], None], done_signal: object) -> float:
        """The longest stall from ``start`` until a moment after ``done_signal``: what the window does
        on that signal (building the pages after the first unlock) runs in its emission, before the
        loop could quit, so the meter keeps ticking for AFTER_DONE_MS to see it."""
        loop = QEventLoop()

        def done() -> None:
            QTimer.singleShot(AFTER_DONE_MS, loop.quit)

        done_signal.connect(done)  # type: ignore[attr-defined]
        self.longest_ms = 0.0
        self._last = time.monotonic()
        self._timer.start()
        QTimer.singleShot(0, start)
        loop.exec()
        self._timer.stop()
        done_signal.disconnect(done)  # type: ignore[attr-defined]
        return self.longest_ms


def main() -> None:
    app = QApplication([])
    params = calibrate()
    with tempfile.TemporaryDirectory() as base:
        paths = DataPaths(Path(base) / "data")
        window = build_app_window(paths, clock=SystemClock(), kdf_chooser=lambda: params)
        window.start()
        window.show()
        app.processEvents()
        controller = window.controller
        meter = StallMeter()
        create = meter.measure(lambda: controller.create(PASSPHRASE), controller.created)
        controller.lock()
        window.start()  # as the next start of the app: the unlock screen
        app.processEvents()
        unlocks = [meter.measure(lambda: controller.unlock(PASSPHRASE), controller.unlocked)]
        for _ in range(2 if quick() else 4):
            controller.lock()
            app.processEvents()
            unlocks.append(meter.measure(lambda: controller.unlock(PASSPHRASE), controller.unlocked))
        backup = meter.measure(controller.back_up_now, controller.backup_created)
        window.shutdown()
    print(f"Argon2id parameters              : {params}")
    print(f"longest GUI stall, create vault   : {create:6.1f} ms (budget <= 50 ms)")
    print(f"longest GUI stall, unlock (worst) : {max(unlocks):6.1f} ms over {len(unlocks)} unlocks "
          f"({', '.join(f'{u:.0f}' for u in unlocks)} ms)")
    print(f"longest GUI stall, backup         : {backup:6.1f} ms")
    report("stall.unlock", f"longest GUI-thread stall while unlocking (worst of {len(unlocks)})",
           max(unlocks), "ms", GUI_STALL, note="calibrated Argon2id, the app window's controller")
    report("stall.create", "longest GUI-thread stall while creating a vault", create, "ms", GUI_STALL)
    report("stall.backup", "longest GUI-thread stall while backing up", backup, "ms", GUI_STALL)


if __name__ == "__main__":
    main()
