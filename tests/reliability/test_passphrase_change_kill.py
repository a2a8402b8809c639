"""Killing a passphrase change at any moment leaves the old or the new passphrase working.

A child process changes the passphrase over and over (alternating two passphrases); the
parent kills it with SIGKILL at random moments, a hundred times. After every kill the key
file must open with one of the two passphrases (and the recovery key) to the same data key,
and leftovers of the interrupted write must never stop the next change.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.storage.atomic import temp_files_for
from companion.storage.data_key import DataKey
from companion.storage.errors import WrongPassphraseError
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.keyfile import (
    create_key_file,
    rewrap_passphrase,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from tests.reliability.conftest import ReliabilityFigure

CHILD = Path(__file__).with_name("_change_passphrase_child.py")
PASSPHRASES = ("first passphrase of the two", "second passphrase of the pair")
KILLS = 100
SEED = 8_675_309
NOW = datetime(2025, 3, 14, tzinfo=UTC)


def _unlock_with_either(key_file: Path) -> DataKey:
    try:
        return unlock_with_passphrase(key_file, PASSPHRASES[0])
    except WrongPassphraseError:
        return unlock_with_passphrase(key_file, PASSPHRASES[1])


def _read_line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line:
        child.wait()
        assert child.stderr is not None
        pytest.fail(f"child exited early ({child.returncode}): {child.stderr.read()}")
    return line.strip()


def _kill_at_a_random_moment(key_file: Path, data_key: DataKey, rng: random.Random) -> int:
    """Start a child, let it finish 0 to 3 changes, kill it a few milliseconds later."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(key_file), data_key.raw.hex(), *PASSPHRASES],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert _read_line(child) == "ready"
        completed = rng.randrange(4)
        for number in range(1, completed + 1):
            assert _read_line(child) == f"changed {number}"
        time.sleep(rng.uniform(0.0, 0.004))  # lands anywhere in the next change
    finally:
        child.kill()  # SIGKILL on POSIX: no cleanup handlers, no flushing
        child.communicate()
    return completed


def test_kill_during_passphrase_change_never_locks_the_person_out(
    tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    key_file = tmp_path / "vault.key"
    data_key, recovery = create_key_file(key_file, PASSPHRASES[0], LIGHT_TEST_PARAMS, now=NOW)
    rng = random.Random(SEED)
    completed_changes = 0
    kills_with_leftovers = 0
    for kill in range(KILLS):
        completed_changes += _kill_at_a_random_moment(key_file, data_key, rng)
        kills_with_leftovers += bool(temp_files_for(key_file))
        assert _unlock_with_either(key_file) == data_key, f"kill {kill} (seed {SEED})"
        assert unlock_with_recovery_key(key_file, recovery) == data_key, f"kill {kill} (seed {SEED})"
    # The seeded plan waits for real changes to finish, so the child did work between kills.
    assert completed_changes > KILLS
    # Leftovers (if a kill landed mid-write) are cleared by the next change.
    rewrap_passphrase(key_file, data_key, PASSPHRASES[0], LIGHT_TEST_PARAMS, now=NOW)
    assert [p.name for p in tmp_path.iterdir()] == ["vault.key"], (
        f"{kills_with_leftovers} kills left temp files"
    )
    assert unlock_with_passphrase(key_file, PASSPHRASES[0]) == data_key
    reliability_figure("kills", KILLS, "SIGKILLs during passphrase changes")
    reliability_figure("lock-outs", 0, "(after each kill both a passphrase and the recovery key opened it)")
