"""The journal page at 10,000 and 100,000 entries: list first paint (budget ≤ 50 ms at 10,000), resident
memory with the journal open (≤ 150 MB at 10,000), longest GUI-thread stall while typing a search
(≤ 50 ms). Each size runs in its own process so one's caches do not flatter the other.

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_journal_gui.py``. Prints; asserts nothing.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from companion.demo.demo_journal import fill_demo_journal
from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.journal.journal_page import JournalPage
from companion.ui.vault_controller import VaultController
from tests.perf.figures import GUI_STALL, LIST_PAINT_10K, MEMORY_10K, quick, report

SIZES = (10_000,) if quick() else (10_000, 100_000)
PASSPHRASE = "benchmark passphrase, long enough"
SEARCH_TEXT = "walk quiet"  # ten keys, one every 60 ms
KEY_INTERVAL_MS = 60
TICK_MS = 2
PAINT_ROUNDS = 5


class PaintWatcher(QObject):
    """Notes when the list's viewport paints with rows in it."""

    def __init__(self, page: JournalPage) -> None:
        super().__init__()
        self.page = page
        self.painted_at = 0.0
        page.list_view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.page.model.rowCount() > 0 and not self.painted_at:
            self.painted_at = time.perf_counter()
        return False


class StallMeter:
    """The longest gap between 2 ms ticks of the GUI event loop, less the interval."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_tick)
        self.last = 0.0
        self.longest_ms = 0.0

    def start(self) -> None:
        self.last, self.longest_ms = time.monotonic(), 0.0
        self.timer.start()

    def _on_tick(self) -> None:
        now = time.monotonic()
        self.longest_ms = max(self.longest_ms, (now - self.last) * 1000 - TICK_MS)
        self.last = now


def wait_until(condition: object, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def first_paint_ms(page: JournalPage) -> float:
    watcher = PaintWatcher(page)
    started = time.perf_counter()
    page.reload()
    wait_until(lambda: watcher.painted_at > 0)
    page.list_view.viewport().removeEventFilter(watcher)
    return (watcher.painted_at - started) * 1000


def search_stall_ms(page: JournalPage) -> tuple[float, float]:
    """Type SEARCH_TEXT a key at a time; the longest stall, and ms from the last key to its results."""
    meter = StallMeter()
    shown: list[str] = []
    page.search.results_ready.connect(lambda text, _hits: shown.append(text))
    page.filters.search.clear()
    QApplication.processEvents()
    meter.start()
    for count in range(1, len(SEARCH_TEXT) + 1):
        page.filters.search.setText(SEARCH_TEXT[:count])
        typed_at = time.perf_counter()
        pause = time.monotonic() + KEY_INTERVAL_MS / 1000
        while time.monotonic() < pause:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
    wait_until(lambda: SEARCH_TEXT in shown)
    results_ms = (time.perf_counter() - typed_at) * 1000
    meter.timer.stop()
    return meter.longest_ms, results_ms


def measure(count: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    clock = SystemClock()
    with tempfile.TemporaryDirectory() as base:
        paths = DataPaths(Path(base) / "data")
        started = time.perf_counter()
        # Built by another process: this one's memory is the app's, not the generator's.
        subprocess.run([sys.executable, __file__, "--fill", str(count), str(paths.base)], check=True)
        fill_s = time.perf_counter() - started
        runner, worker = BackgroundRunner(), DatabaseWorker()
        controller = VaultController(paths, clock, lambda: LIGHT_TEST_PARAMS, runner, worker)
        controller.unlock(PASSPHRASE)
        wait_until(controller.is_unlocked)
        rss_before = resident_mb()
        page = JournalPage(controller, clock)
        page.resize(1200, 800)
        page.show()
        wait_until(lambda: page.model.rowCount() > 0)
        paints = []
        for _ in range(PAINT_ROUNDS):
            wait_until(lambda: not page.jobs.is_busy())  # each round starts with the database idle
            page.model.clear()
            app.processEvents()
            paints.append(first_paint_ms(page))
        page.list_view.scrollToBottom()  # a few pages more, as a reader would
        wait_until(lambda: not page.model.is_fetching() and not page.jobs.is_busy())
        rss_open = resident_mb()
        stall, results = search_stall_ms(page)
        page.clear_content()
        controller.shutdown()
        page.deleteLater()
        app.processEvents()
    paints.sort()
    return {"entries": float(count), "fill_s": fill_s, "first_paint_median_ms": paints[len(paints) // 2],
            "first_paint_max_ms": paints[-1], "rss_before_mb": rss_before, "rss_open_mb": rss_open,
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "search_stall_ms": stall, "search_results_after_last_key_ms": results}


def fill(count: int, base: Path) -> None:
    clock = SystemClock()
    vault, _recovery = create_vault(DataPaths(base), PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    try:
        fill_demo_journal(vault, count=count, now=clock.now())
    finally:
        vault.close()


def print_figures(figures: dict[str, float]) -> None:
    count = int(figures["entries"])
    print(f"-- {count:,} entries (demo journal built in {figures['fill_s']:.1f} s)")
    print(f"list first paint, median        : {figures['first_paint_median_ms']:6.1f} ms (budget <= 50 ms "
          f"at 10,000), max {figures['first_paint_max_ms']:.1f} ms over {PAINT_ROUNDS}")
    print(f"resident memory, journal open   : {figures['rss_open_mb']:6.1f} MB (budget <= 150 MB at 10,000; "
          f"{figures['rss_before_mb']:.1f} MB before the page, peak {figures['max_rss_mb']:.1f} MB)")
    print(f"longest GUI stall, typing search: {figures['search_stall_ms']:6.1f} ms (budget <= 50 ms), "
          f"results {figures['search_results_after_last_key_ms']:.0f} ms after the last key")
    at_10k = count == 10_000
    report(f"journal.list_paint_{count}", f"journal list first paint, {count:,} entries, median",
           figures["first_paint_median_ms"], "ms", LIST_PAINT_10K if at_10k else None,
           note=f"max {figures['first_paint_max_ms']:.1f} ms over {PAINT_ROUNDS}")
    report(f"memory.journal_{count}", f"resident memory, journal open, {count:,} entries",
           figures["rss_open_mb"], "MB", MEMORY_10K if at_10k else None, digits=0,
           note=f"{figures['rss_before_mb']:.0f} MB unlocked before the page, "
           f"peak {figures['max_rss_mb']:.0f} MB")
    report(f"stall.search_{count}", f"longest GUI-thread stall while typing a search, {count:,} entries",
           figures["search_stall_ms"], "ms", GUI_STALL,
           note=f"results {figures['search_results_after_last_key_ms']:.0f} ms after the last key")


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        print_figures(measure(int(sys.argv[2])))
        return 0
    if len(sys.argv) == 4 and sys.argv[1] == "--fill":
        fill(int(sys.argv[2]), Path(sys.argv[3]))
        return 0
    failed = 0
    for count in SIZES:
        failed += subprocess.run([sys.executable, __file__, "--child", str(count)]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
