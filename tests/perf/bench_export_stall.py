"""Longest GUI-thread stall while the Export page previews and writes a 2-year export (budget ≤ 50 ms).

The history is bench_export.py's budget history (104 weekly sessions, 2,000 journal entries, 200
shared), built before the clock starts. The Export page's own ExportRun gathers on the database
thread and paints and writes on the background runner; a 2 ms timer on the GUI thread measures the
longest time the event loop could not answer (StallMeter, as for the journal).

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_export_stall.py``.  Prints; asserts nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.export.export_run import ExportRun, ExportSaving
from companion.ui.vault_controller import VaultController
from tests.perf.bench_export import NOW, OPTIONS, PASSPHRASE, _build
from tests.perf.bench_journal_gui import StallMeter, wait_until
from tests.perf.figures import GUI_STALL, quick, report

ROUNDS = 1 if quick() else 3


def _raise(error: BaseException) -> None:
    raise error


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        _build(base / "data", 104, (1,)).close()
        clock = FakeClock(NOW)
        controller = VaultController(DataPaths(base / "data"), clock, lambda: LIGHT_TEST_PARAMS,
                                     BackgroundRunner(), DatabaseWorker())
        controller.unlock(PASSPHRASE)
        wait_until(controller.is_unlocked)
        run = ExportRun(controller, clock.now, report_bug=_raise)
        results: list[object] = []
        run.previewed.connect(results.append)
        run.written.connect(results.append)
        run.failed.connect(results.append)
        meter = StallMeter()
        size = QPageSize.PageSizeId.A4
        for key, label, start in (
            ("preview", "preview (page 1 and the table rows)", lambda: run.preview(OPTIONS, size)),
            ("folder", "write a folder", lambda: run.write(OPTIONS, ExportSaving(base / "out"), size)),
            ("zip_password", "write a zip with a password",
             lambda: run.write(OPTIONS, ExportSaving(base / "zip", True, "benchmark zip pw"), size)),
        ):
            stalls, seconds = [], []
            for _ in range(ROUNDS):
                (base / "out").mkdir(exist_ok=True)
                (base / "zip").mkdir(exist_ok=True)
                results.clear()
                meter.start()
                started = time.perf_counter()
                start()
                wait_until(lambda: bool(results), timeout_s=120)
                seconds.append(time.perf_counter() - started)
                meter.timer.stop()
                stalls.append(meter.longest_ms)
                assert not isinstance(results[0], str), results[0]
            print(f"longest GUI stall, {label:<36}: {max(stalls):5.1f} ms (budget <= 50 ms; "
                  f"{', '.join(f'{s:.0f}' for s in stalls)} ms), done in "
                  f"{sorted(seconds)[ROUNDS // 2]:.2f} s median", flush=True)
            report(f"stall.export_{key}", f"longest GUI-thread stall while the Export page does: {label}",
                   max(stalls), "ms", GUI_STALL, note=f"worst of {ROUNDS}; done in "
                   f"{sorted(seconds)[ROUNDS // 2]:.2f} s median, the 2-year history")
        controller.shutdown()
    del app


if __name__ == "__main__":
    main()
