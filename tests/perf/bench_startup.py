"""Cold start to the unlock screen vs a bare PySide6 window, in the same run (budget ≤ 1.5×).

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_startup.py``.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

import companion
from tests.perf.figures import START_RATIO, quick, report

CHILD = Path(__file__).with_name("_startup_child.py")
ROUNDS = 5 if quick() else 15


def _child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed app has bytecode (pip compiles on install); so must the source checkout we time.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time_child(args: list[str]) -> float:
    env = _child_env()
    started = time.perf_counter()
    subprocess.run([sys.executable, str(CHILD), *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - started


def measure() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as data_dir:
        # Make a vault so the app opens at the unlock screen, as on every ordinary start.
        subprocess.run(
            [sys.executable, "-m", "companion", "init", "--data-dir", data_dir, "--passphrase-stdin"],
            input="benchmark passphrase, long enough\n", text=True, check=True, capture_output=True,
        )
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(companion.__file__).parent)],
                       check=True, env=_child_env())
        bare, app = [], []
        _time_child(["bare"])  # warm the OS file cache for both
        _time_child(["companion", data_dir])
        for _ in range(ROUNDS):  # interleaved, so machine noise hits both alike
            bare.append(_time_child(["bare"]))
            app.append(_time_child(["companion", data_dir]))
    return {"bare_median_s": statistics.median(bare), "companion_median_s": statistics.median(app),
            "ratio": statistics.median(app) / statistics.median(bare),
            "ratio_of_fastest": min(app) / min(bare)}


def main() -> None:
    figures = measure()
    print(f"cold start, bare PySide6 window : {figures['bare_median_s'] * 1000:7.0f} ms (median of {ROUNDS})")
    print(f"cold start, companion unlock    : {figures['companion_median_s'] * 1000:7.0f} ms")
    print(f"ratio of medians                : {figures['ratio']:7.2f}x   (budget <= 1.5x)")
    print(f"ratio of fastest runs           : {figures['ratio_of_fastest']:7.2f}x   (least disturbed)")
    times = (f"{figures['companion_median_s'] * 1000:.0f} ms vs {figures['bare_median_s'] * 1000:.0f} ms, "
             f"medians of {ROUNDS} interleaved")
    report("startup.ratio_median", "cold start to the unlock screen vs a bare PySide6 window, median",
           figures["ratio"], "x", START_RATIO, note=times, digits=2)
    report("startup.ratio_fastest", "cold start vs a bare PySide6 window, fastest runs",
           figures["ratio_of_fastest"], "x", START_RATIO, note="the least disturbed run of each", digits=2)


if __name__ == "__main__":
    main()
