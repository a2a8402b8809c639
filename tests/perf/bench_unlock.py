"""Unlock time with production (calibrated) Argon2id parameters (budget 0.3–1.0 s).

Run: ``python tests/perf/bench_unlock.py``.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage import vault
from companion.storage.kdf import calibrate

PASSPHRASE = "benchmark passphrase, long enough"
ROUNDS = 5


def measure() -> dict[str, object]:
    started = time.perf_counter()
    params = calibrate()
    calibration_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as base:
        paths = DataPaths(Path(base))
        opened, _recovery = vault.create_vault(paths, PASSPHRASE, params, SystemClock())
        opened.close()
        timings = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            key = vault.unlock(paths, PASSPHRASE)
            opened = vault.open_vault(paths, key, SystemClock())
            opened.close()
            timings.append(time.perf_counter() - started)
    return {"params": params, "calibration_s": calibration_s, "unlock_median_s": statistics.median(timings),
            "unlock_max_s": max(timings)}


def main() -> None:
    figures = measure()
    params = figures["params"]
    print(f"calibrated Argon2id             : {params}")
    print(f"calibration took                : {figures['calibration_s']:.2f} s")
    print(f"unlock (KDF + open), median     : {figures['unlock_median_s']:.2f} s (budget 0.3-1.0 s), "
          f"max {figures['unlock_max_s']:.2f} s over {ROUNDS}")


if __name__ == "__main__":
    main()
