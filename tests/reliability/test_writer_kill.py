"""SIGKILL a writer at random moments: every commit it reported survives, the vault stays sound.

One vault is reused across all runs (as a real computer would), so each run also starts from
the state the previous kill left behind: a -wal to recover, perhaps a half-done checkpoint.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.storage.data_key import DataKey
from companion.storage.database import Database
from tests.reliability.conftest import ReliabilityFigure

RUNS = 200
SEED = 20260105
CHILD = Path(__file__).with_name("_writer_child.py")


def _reported_ids(output: bytes) -> list[int]:
    """Complete lines only: a line cut by the kill was never fully reported."""
    lines = output.split(b"\n")[:-1]
    return [int(line) for line in lines if line and line != b"ready"]


def _run_child_and_kill(path: Path, key: DataKey, rng: random.Random) -> list[int]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), key.raw.hex()],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert child.stdout is not None
    try:
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0.0, 0.08))  # sometimes while it is still starting or opening
            first = b""
        else:
            first = child.stdout.readline()  # "ready": the kill then lands among the commits
            time.sleep(rng.uniform(0.0, 0.08))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL, "the writer stopped on its own (it should loop forever)"
    return _reported_ids(first + rest)


@pytest.mark.slow
def test_killed_writer_never_loses_a_reported_commit(
    tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    path = tmp_path / "vault.db"
    key = DataKey.generate()
    with Database.create(path, key) as database:
        database.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)")
    rng = random.Random(SEED)
    reported: set[int] = set()
    previous_count = 0
    runs_with_commits = 0
    for _ in range(RUNS):
        ids = _run_child_and_kill(path, key, rng)
        runs_with_commits += bool(ids)
        reported.update(ids)
        with Database.open(path, key) as database:  # the integrity checks run inside open
            present = {row[0] for row in database.execute("SELECT id FROM rows")}
            assert database.integrity_problems() == []
        missing = reported - present
        assert not missing, f"{len(missing)} reported commits were lost"
        assert len(present) >= previous_count, "the row count went down"
        previous_count = len(present)
    assert runs_with_commits >= RUNS // 2  # the kills really landed among commits
    assert previous_count >= len(reported) > 0
    reliability_figure("kills", RUNS, "SIGKILLs of a process committing rows (writer)")
    reliability_figure("committed rows", len(reported), "reported commits, checked after every kill")
    reliability_figure("lost rows", len(reported - present))
