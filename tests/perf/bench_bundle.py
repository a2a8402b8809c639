"""The PyInstaller bundle: its size (budget ≤ 130 MB) and its start vs the venv's, in the same run.

The bundle is ``packaging/dist/companion`` as ``packaging/smoke_test.sh`` builds it; when its executable is
missing the figures are reported as "not built" with the command that builds it, not as a failure.

Size: disk use as ``du -s`` counts it (allocated blocks, each file once however many hard links, folders
included), in MB of 2^20 bytes (what ``du -sm`` rounds up); the apparent size (``du -sb``) is printed too.

Start: the time from starting the process to the unlock screen's first frame on a vault that exists, the
bundle's executable and the venv's ``companion`` script, interleaved so machine noise hits both alike.
``bench_startup.py`` cannot be reused as it is: its child is Python that replaces ``QApplication.exec``
with one pass of the event loop and exits, and a frozen executable runs no code of ours. So both are
started as a user starts them, with Qt's own ``qt.widgets.painting`` log on stderr, and the clock stops
at the first "Flushing" of the window's backing store after the passphrase field was laid out: the unlock
screen's first paint reaching the (offscreen) screen. The process is then killed.

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_bundle.py``.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

from tests.perf.figures import BUNDLE, quick, report, report_missing

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_DIR = ROOT / "packaging" / "dist" / "companion"
FROZEN = BUNDLE_DIR / "companion"
BUILD_COMMAND = "packaging/smoke_test.sh"
PASSPHRASE = "benchmark passphrase, long enough"
ROUNDS = 3 if quick() else 10
TIMEOUT_S = 60.0
UNLOCK_SCREEN_MARK = b"PassphraseField("
FIRST_FRAME_MARK = b"qt.widgets.painting: Flushing QRegion("
START_LABEL = "frozen start vs the venv start, to the unlock screen, median"


def disk_use(folder: Path) -> tuple[int, int]:
    """(bytes allocated as ``du -s`` counts them, apparent bytes as ``du -sb``), each inode once."""
    seen: set[tuple[int, int]] = set()
    allocated = apparent = 0
    for directory, _dirs, files in os.walk(folder):
        for path in [directory, *(os.path.join(directory, name) for name in files)]:
            status = os.lstat(path)
            if (status.st_dev, status.st_ino) in seen:
                continue
            seen.add((status.st_dev, status.st_ino))
            allocated += status.st_blocks * 512
            apparent += status.st_size
    return allocated, apparent


def _venv_command() -> list[str]:
    script = Path(sys.executable).with_name("companion")  # the console script pip installed
    return [str(script)] if script.exists() else [sys.executable, "-m", "companion"]


def _start_env(data_dir: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               QT_LOGGING_RULES="qt.widgets.painting=true", COMPANION_DATA_DIR=data_dir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has bytecode; run.py compiles the checkout
    return env


def time_to_unlock_screen(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to the unlock screen's first frame (then the process is killed)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    assert child.stderr is not None
    watchdog = threading.Timer(TIMEOUT_S, child.kill)
    watchdog.start()
    seen_field = False
    try:
        for line in child.stderr:
            seen_field = seen_field or UNLOCK_SCREEN_MARK in line
            if seen_field and line.startswith(FIRST_FRAME_MARK):
                return time.perf_counter() - started
        raise RuntimeError(f"{command[0]} did not show the unlock screen within {TIMEOUT_S:.0f} s "
                           f"(exit code {child.wait()})")
    finally:
        watchdog.cancel()
        child.kill()
        child.wait()
        child.stderr.close()


def measure_start(data_dir: str) -> dict[str, float]:
    env = _start_env(data_dir)
    frozen, venv = [str(FROZEN)], _venv_command()
    time_to_unlock_screen(frozen, env)  # warm the OS file cache for both
    time_to_unlock_screen(venv, env)
    frozen_s, venv_s = [], []
    for _ in range(ROUNDS):  # interleaved
        frozen_s.append(time_to_unlock_screen(frozen, env))
        venv_s.append(time_to_unlock_screen(venv, env))
    return {"frozen_median_s": statistics.median(frozen_s), "venv_median_s": statistics.median(venv_s),
            "ratio": statistics.median(frozen_s) / statistics.median(venv_s),
            "ratio_of_fastest": min(frozen_s) / min(venv_s)}


def _not_built() -> None:
    note = f"{FROZEN.relative_to(ROOT)} does not exist; build it with {BUILD_COMMAND}"
    print(f"bundle: not built ({note})")
    report_missing("bundle.size", "PyInstaller one-folder bundle, disk use", "MB", BUNDLE, status="not built",
                   note=note)
    report_missing("bundle.start_ratio", START_LABEL, "x",
                   None, status="not built", note=note)


def main() -> None:
    if not FROZEN.exists():
        _not_built()
        return
    built = datetime.fromtimestamp(FROZEN.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    allocated, apparent = disk_use(BUNDLE_DIR)
    size_mb = allocated / 2**20
    print(f"bundle size, disk use (du -s)   : {size_mb:7.1f} MB of 2^20 bytes (du -sm: {math.ceil(size_mb)}; "
          f"budget <= 130 MB); apparent {apparent / 2**20:.1f} MB; executable built {built}")
    report("bundle.size", "PyInstaller one-folder bundle, disk use", size_mb, "MB", BUNDLE,
           note=f"disk use as du -s counts it, du -sm says {math.ceil(size_mb)}; {allocated / 1e6:.1f} MB "
           f"decimal; built {built}")
    with tempfile.TemporaryDirectory() as base:
        data_dir = str(Path(base) / "vault")
        # A vault, so both open at the unlock screen as on every ordinary start.
        subprocess.run([*_venv_command(), "init", "--data-dir", data_dir, "--passphrase-stdin"],
                       input=PASSPHRASE + "\n", text=True, check=True, capture_output=True)
        try:
            figures = measure_start(data_dir)
        except RuntimeError as error:  # e.g. a bundle half rebuilt by its packager
            print(f"frozen start: not measured ({error})")
            report_missing("bundle.start_ratio", START_LABEL, "x", None, status="not measured",
                           note=str(error))
            return
    print(f"start to the unlock screen, venv  : {figures['venv_median_s'] * 1000:7.0f} ms "
          f"(median of {ROUNDS})")
    print(f"start to the unlock screen, frozen: {figures['frozen_median_s'] * 1000:7.0f} ms")
    print(f"ratio of medians (frozen / venv)  : {figures['ratio']:7.2f}x   (no budget in DESIGN.md §8)")
    print(f"ratio of fastest runs             : {figures['ratio_of_fastest']:7.2f}x")
    times = (f"{figures['frozen_median_s'] * 1000:.0f} ms frozen vs "
             f"{figures['venv_median_s'] * 1000:.0f} ms venv, medians of {ROUNDS} interleaved; fastest runs "
             f"{figures['ratio_of_fastest']:.2f}×")
    report("bundle.start_ratio", START_LABEL,
           figures["ratio"], "x", note=times, digits=2)


if __name__ == "__main__":
    main()
