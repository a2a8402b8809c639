"""Start of the frozen bundle vs the same app from the venv, to the unlock screen, offscreen (budget <= 1.5x).

Run after packaging/smoke_test.sh built the bundle:  .venv/bin/python packaging/time_start.py [ROUNDS]

Each start is a new process (interpreter, imports, Qt, window) on a vault that exists, as a user starts it;
the OS file cache is warm for both (the first start of each is not counted), so the figure is the app's
cost, not the disk's. The frozen executable runs no code of ours, so "unlock screen shown" is read from
Qt's own `qt.widgets.painting` log on stderr: the first "Flushing" of the window after the UnlockScreen was
drawn, i.e. its first frame reaching the (offscreen) screen. The process is then killed. Starts are
interleaved, so machine noise hits both alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "packaging" / "dist" / "companion" / "companion"
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
TIMEOUT_S = 60


def _time_to_unlock_screen(command: list[str], data_dir: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.widgets.painting=true",
               COMPANION_DATA_DIR=data_dir)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert process.stderr is not None
        unlock_drawn = False
        for raw in process.stderr:
            line = raw.decode(errors="replace")
            unlock_drawn = unlock_drawn or " of UnlockScreen(" in line
            if unlock_drawn and line.startswith("qt.widgets.painting: Flushing QRegion"):
                return time.perf_counter() - started
            if time.perf_counter() - started > TIMEOUT_S:
                break
        raise RuntimeError(f"{command[0]} showed no unlock screen (exit {process.poll()})")
    finally:
        process.kill()
        process.wait()


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    if not FROZEN.exists():
        sys.exit(f"{FROZEN} is missing: build it with packaging/smoke_test.sh")
    frozen, venv = [str(FROZEN)], [str(VENV_PYTHON), "-m", "companion"]
    # An installed app has bytecode (pip compiles on install); so must the checkout we time.
    subprocess.run([str(VENV_PYTHON), "-m", "compileall", "-q", str(ROOT / "companion")], check=True)
    with tempfile.TemporaryDirectory() as data_dir:
        subprocess.run([*venv, "init", "--data-dir", data_dir, "--passphrase-stdin"], check=True,
                       input=b"start timing passphrase, long enough\n", capture_output=True)
        _time_to_unlock_screen(frozen, data_dir)  # warm the file cache for both
        _time_to_unlock_screen(venv, data_dir)
        times: dict[str, list[float]] = {"frozen": [], "venv": []}
        for index in range(rounds):
            order = [("frozen", frozen), ("venv", venv)]
            for name, command in order if index % 2 == 0 else order[::-1]:
                times[name].append(_time_to_unlock_screen(command, data_dir))
    frozen_s, venv_s = statistics.median(times["frozen"]), statistics.median(times["venv"])
    print(f"start to the unlock screen, frozen bundle : {frozen_s * 1000:6.0f} ms (median of {rounds}; "
          f"fastest {min(times['frozen']) * 1000:.0f} ms)")
    print(f"start to the unlock screen, venv          : {venv_s * 1000:6.0f} ms (median of {rounds}; "
          f"fastest {min(times['venv']) * 1000:.0f} ms)")
    print(f"ratio frozen / venv (medians)             : {frozen_s / venv_s:6.2f}x  (budget <= 1.5x)")


if __name__ == "__main__":
    main()
