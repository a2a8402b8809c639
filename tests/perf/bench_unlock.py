"""Unlock time with production (calibrated) Argon2id parameters (budget 0.3–1.0 s).

Run: ``python tests/perf/bench_unlock.py``.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage import vault
from companion.storage.kdf import Argon2Params, calibrate
from tests.perf.figures import UNLOCK, quick, report

PASSPHRASE = "benchmark passphrase, long enough"
ROUNDS = 3 if quick() else 5


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
    assert isinstance(params, Argon2Params)
    median, longest = figures["unlock_median_s"], figures["unlock_max_s"]
    assert isinstance(median, float) and isinstance(longest, float)
    report("unlock.median", "unlock: Argon2id (calibrated) + opening the vault, median", median, "s", UNLOCK,
           digits=2, note=f"t={params.time_cost}, {params.memory_kib // 1024} MiB, p={params.parallelism}; "
           f"max {longest:.2f} s over {ROUNDS}")


if __name__ == "__main__":
    main()
