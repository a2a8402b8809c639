"""The clinician's desk window opening a 2-year export, to first paint (DESIGN.md §8: ≤ 1 s).

The window is the real one (``build_desk_window``), unlocked with a light key derivation, with the
patient already confirmed. Each round opens the export as the "Open an export folder…" button does and
times, from that moment:

* the banner's first paint with the verdict (verify in the background, then the banner drawn);
* the full view's first paint (then ``read_export`` in the background, the flags, the score, mood and
  blood-pressure charts and the session record filled, the needs-attention tab drawn);
* the longest the GUI thread could not answer meanwhile (a 2 ms timer's longest gap);

and the window's resident memory with the folder export open. The exports and the desk are made by a
child process, so this process's memory is the window's, not the generator's.

Then a patient's page of two such exports, verified and merged into one timeline. The export is
bench_export.py's budget history (104 weekly sessions, 2,000 journal entries of which 200 shared),
written by the real writer with the real painter, as a folder and as a zip (bench_desk_open.py times
the Qt-free part alone).

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_desk_first_paint.py``. Prints figures; asserts
nothing.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from companion.desk.desk_paths import DeskPaths
from companion.desk.opened_export import open_export
from companion.desk.patient_candidate import candidate_from_export
from companion.domain.clock import SystemClock
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.ui.desk.desk_app import build_desk_window
from companion.ui.desk.desk_window import DeskWindow
from tests.desk_trust import DESK_PASSPHRASE, NOW, make_desk
from tests.perf.bench_export import _build, _Exports
from tests.perf.figures import DESK_FIRST_PAINT, GUI_STALL, quick, report, resident_mb

ROUNDS = 2 if quick() else 5
TICK_MS = 2
TIMEOUT_MS = 60_000


class _FirstPaint(QObject):
    """The moment ``widget`` is painted first after ``arm()``."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.at: float | None = None
        self._armed = False
        widget.installEventFilter(self)

    def arm(self) -> None:
        self.at, self._armed = None, True

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint:
            self.at, self._armed = time.perf_counter(), False
        return False


class _Stall:
    """The longest gap between ticks of a 2 ms timer, less the interval."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._last = 0.0
        self.longest_ms = 0.0

    def start(self) -> None:
        self.longest_ms, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000 - TICK_MS)
        self._last = now


def _open_once(window: DeskWindow, start: Callable[[], None]) -> tuple[float, float, float]:
    """(banner painted, full view painted, longest stall), in ms from ``start``."""
    page = window.main_view.export_page
    banner, full = _FirstPaint(page.banner), _FirstPaint(page.content.flags_view.viewport())
    loop, stall = QEventLoop(), _Stall()
    page.banner_shown.connect(banner.arm)
    page.content_shown.connect(full.arm)
    poll = QTimer()
    poll.setInterval(1)
    # Until the tabs not on show are filled too (a step per turn of the event loop): their stalls count.
    poll.timeout.connect(lambda: loop.quit() if full.at is not None and page.timeline is not None else None)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    stall.start()
    poll.start()
    started = time.perf_counter()
    start()
    loop.exec()
    poll.stop()
    stall.stop()
    page.banner_shown.disconnect(banner.arm)
    page.content_shown.disconnect(full.arm)
    if banner.at is None or full.at is None:
        raise RuntimeError("the export was not shown in time")
    return (banner.at - started) * 1000, (full.at - started) * 1000, stall.longest_ms


def _print(label: str, runs: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Print the medians and ranges; return (banner median, full view median, worst stall) in ms."""
    for index, what in enumerate(("banner painted", "full view painted", "longest GUI stall")):
        values = [run[index] for run in runs]
        budget = "   (budget <= 1 s to first paint)" if index == 0 else ""
        print(f"{label + ', ' + what:<52}: {statistics.median(values):7.0f} ms median "
              f"({min(values):.0f}-{max(values):.0f}){budget}", flush=True)
    return (statistics.median(run[0] for run in runs), statistics.median(run[1] for run in runs),
            max(run[2] for run in runs))


def _report_open(label: str, banner: float, full: float, stall: float) -> None:
    report(f"desk.banner_{label}", f"clinician's desk: open the 2-year export ({label}), verified, banner "
           "painted, median", banner, "ms", DESK_FIRST_PAINT, digits=0)
    report(f"desk.full_view_{label}", f"clinician's desk: the same, the whole view painted ({label}), median",
           full, "ms", DESK_FIRST_PAINT, digits=0, note="read_export, flags, charts, the needs-attention tab")
    report(f"stall.desk_open_{label}", f"longest GUI-thread stall while the desk opens that export ({label})",
           stall, "ms", GUI_STALL, note=f"worst of {ROUNDS}")


def build(temp: Path) -> dict[str, str]:
    """In a child process: the 2-year exports and a desk with the patient confirmed; paths, patient id."""
    vault = _build(temp / "data", 104, (1,))
    out = temp / "out"
    out.mkdir()
    exports = _Exports(vault, out)
    folder = exports.whole()
    zipped = exports.write(exports.prepare(), as_zip=True)
    later = exports.whole()  # the same two years again, made later: a timeline of two exports
    vault.close()
    made = make_desk(DeskPaths(temp / "desk").base)
    patient = made.patients.add_patient(candidate_from_export(folder), "Benchmark", confirmed=True, now=NOW)
    for path in (folder, later):
        made.patients.record_export(patient.patient_id, open_export(path, made.patients).record(NOW))
    return {"folder": str(folder), "zipped": str(zipped), "patient_id": patient.patient_id}


def _unlocked_window(desk: DeskPaths) -> DeskWindow:
    window = build_desk_window(desk, clock=SystemClock(), kdf_chooser=lambda: LIGHT_TEST_PARAMS)
    window.resize(1100, 760)
    window.start()
    window.show()
    loop = QEventLoop()
    window.controller.desk_opened.connect(loop.quit)
    window.unlock_screen.passphrase_field.line_edit.setText(DESK_PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    loop.exec()
    return window


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--build":
        painter = QApplication.instance() or QApplication(sys.argv[:1])  # the report's PDF needs it
        print(json.dumps(build(Path(sys.argv[2]))))
        del painter
        return
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temp:
        started = time.perf_counter()
        built = json.loads(subprocess.run([sys.executable, __file__, "--build", temp], check=True,
                                          stdout=subprocess.PIPE, text=True).stdout.splitlines()[-1])
        folder, zipped, patient_id = Path(built["folder"]), Path(built["zipped"]), built["patient_id"]
        print(f"-- 104 weeks of demo history, exported as a folder and a zip (built in "
              f"{time.perf_counter() - started:.1f} s, in no figure)", flush=True)
        window = _unlocked_window(DeskPaths(Path(temp) / "desk"))
        view = window.main_view
        rss_unlocked = resident_mb()
        _open_once(window, lambda: view.open_export(folder))  # warm: imports, fonts, the charts' first use
        for label, path in (("folder", folder), ("zip", zipped)):
            runs = [_open_once(window, lambda path=path: view.open_export(path)) for _ in range(ROUNDS)]
            medians = _print(f"open a 2-year export, {label}", runs)
            _report_open(label, *medians)
            if label == "folder":
                rss_open = resident_mb()
                print(f"{'resident memory, the folder export open':<52}: {rss_open:7.0f} MB "
                      f"({rss_unlocked:.0f} MB unlocked before it)", flush=True)
                report("memory.desk_export", "resident memory, the desk with the 2-year export open",
                       rss_open, "MB", digits=0,
                       note=f"{rss_unlocked:.0f} MB unlocked before it, measured after {ROUNDS + 1} opens; "
                       "§8 sets no budget")
        banner, full, stall = _print("a patient's page, two 2-year exports",
                                     [_open_once(window, lambda: view.show_patient(patient_id))
                                      for _ in range(ROUNDS)])
        report("desk.patient_page", "the desk: a patient's page reading two 2-year exports as one timeline, "
               "whole view painted, median", full, "ms", digits=0,
               note=f"banner {banner:.0f} ms; longest GUI-thread stall {stall:.0f} ms")
        window.shutdown()
        window.deleteLater()
    del app


if __name__ == "__main__":
    main()
