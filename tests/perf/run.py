"""Run every benchmark and print its figures (DESIGN.md §8). Nothing is asserted.

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/run.py``.  Each benchmark runs in its own
process so that one's imports and caches do not flatter another's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
BENCHMARKS = ["bench_startup.py", "bench_unlock.py", "bench_gui_stall.py", "bench_journal_storage.py",
              "bench_journal_gui.py", "bench_export.py", "bench_export_stall.py", "bench_desk_open.py",
              "bench_desk_first_paint.py"]


def main() -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Measure the app as installed: pip compiles bytecode on install, so compile the checkout too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    package = Path(__file__).resolve().parents[2] / "companion"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], env=env, check=True)
    failed = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / name)], env=env).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
