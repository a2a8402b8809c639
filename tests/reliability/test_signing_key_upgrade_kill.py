"""Killing the signing-key upgrade at any moment leaves a key file that opens, old or new, never neither.

A child process puts the committed version-1 key file in place and upgrades it, over and over; the
parent kills it with SIGKILL at random moments, fifty times. After every kill the file opens with
the passphrase and the recovery key to the same data key, and the signing key can be opened (the
next unlock gives an old file its key); leftovers of an interrupted write never stop the next one.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.storage.atomic import temp_files_for
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.keyfile import (
    open_signing_key,
    rewrap_passphrase,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from tests.fixtures.legacy_key_file import (
    LEGACY_DATA_KEY,
    LEGACY_PASSPHRASE,
    copy_legacy_key_file,
    legacy_recovery_key,
)
from tests.reliability.conftest import ReliabilityFigure

CHILD = Path(__file__).with_name("_signing_key_upgrade_child.py")
KILLS = 50
SEED = 4_242_017
ROOT = Path(__file__).resolve().parents[2]


def _read_line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line:
        child.wait()
        assert child.stderr is not None
        pytest.fail(f"child exited early ({child.returncode}): {child.stderr.read()}")
    return line.strip()


def _kill_at_a_random_moment(key_file: Path, rng: random.Random) -> int:
    """Start a child, let it finish 0 to 3 upgrades, kill it a few milliseconds later."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(key_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert _read_line(child) == "ready"
        completed = rng.randrange(4)
        for number in range(1, completed + 1):
            assert _read_line(child) == f"reset {number}"
            assert _read_line(child) == f"upgraded {number}"
        time.sleep(rng.uniform(0.0, 0.004))  # lands anywhere in the next reset or upgrade
    finally:
        child.kill()  # SIGKILL on POSIX: no cleanup handlers, no flushing
        child.communicate()
    return completed


def test_kill_during_the_upgrade_never_breaks_the_key_file(
    tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    key_file = copy_legacy_key_file(tmp_path / "vault.key")
    rng = random.Random(SEED)
    versions_seen: set[int] = set()
    upgrades = 0
    for kill in range(KILLS):
        upgrades += _kill_at_a_random_moment(key_file, rng)
        versions_seen.add(json.loads(key_file.read_text())["version"])
        assert unlock_with_passphrase(key_file, LEGACY_PASSPHRASE) == LEGACY_DATA_KEY, (
            f"kill {kill} (seed {SEED})"
        )
        assert unlock_with_recovery_key(key_file, legacy_recovery_key()) == LEGACY_DATA_KEY, f"kill {kill}"
    assert upgrades > KILLS  # the child did real work between kills
    assert versions_seen == {1, 2}  # kills landed both before and after an upgrade
    signer = open_signing_key(key_file, LEGACY_DATA_KEY)  # the next unlock: upgraded if it was not
    assert open_signing_key(key_file, LEGACY_DATA_KEY).public_key == signer.public_key
    # Leftovers of a write killed halfway are cleared by the next write of the key file.
    rewrap_passphrase(key_file, LEGACY_DATA_KEY, LEGACY_PASSPHRASE, LIGHT_TEST_PARAMS, now=datetime.now(UTC))
    assert temp_files_for(key_file) == []
    assert [p.name for p in tmp_path.iterdir()] == ["vault.key"]
    assert open_signing_key(key_file, LEGACY_DATA_KEY).public_key == signer.public_key
    reliability_figure("kills", KILLS, "SIGKILLs during the signing-key upgrade of the key file")
    reliability_figure("lock-outs", 0, "(after each kill the passphrase and the recovery key opened it)")
