"""Killing a passphrase change, which re-keys the vault, never locks anyone out and loses nothing.

A child process changes the passphrase of a real vault over and over (each change: a new data key,
the key file rewritten, the database re-keyed with SQLCipher's ``rekey``, a backup); the parent
kills it with SIGKILL at random moments, a hundred times. After every kill one of the two
passphrases, and the recovery key, open the vault with every row in it. Some kills land after the
key file was rewritten but before the database was re-keyed: the next unlock finishes the re-key.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage import app_events
from companion.storage.data_key import DataKey
from companion.storage.errors import WrongPassphraseError
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault, open_vault, unlock, unlock_with_recovery
from companion.storage.vault_file import inspect_file
from tests.reliability.conftest import ReliabilityFigure

CHILD = Path(__file__).with_name("_rekey_child.py")
PASSPHRASES = ("first passphrase of the two", "second passphrase of the pair")
KILLS = 100
ROWS = 600  # about 300 kB, so a re-key takes long enough for kills to land inside it
SEED = 20_261_207


def _unlock_with_either(paths: DataPaths) -> DataKey:
    try:
        return unlock(paths, PASSPHRASES[0])
    except WrongPassphraseError:
        return unlock(paths, PASSPHRASES[1])


def _kill_at_a_random_moment(paths: DataPaths, rng: random.Random) -> int:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(paths.base), *PASSPHRASES],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    completed = 0
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        planned = rng.randrange(3)
        while completed < planned:
            line = child.stdout.readline().strip()
            assert line == f"changed {completed + 1}", line or (child.stderr.read() if child.stderr else "")
            completed += 1
        time.sleep(rng.uniform(0.0, 0.25))  # lands anywhere in the next unlock, open, change or backup
    finally:
        child.kill()  # SIGKILL: no cleanup handlers, no flushing
        child.communicate()
    return completed


@pytest.mark.slow
def test_kill_during_a_re_key_never_locks_out_and_loses_nothing(
    tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    paths = DataPaths(tmp_path / "data")
    vault, recovery = create_vault(paths, PASSPHRASES[0], LIGHT_TEST_PARAMS, SystemClock())
    with vault, vault.database.transaction():
        for number in range(ROWS):
            app_events.record_event(
                vault.database, "test row", datetime.now(UTC), f"{number:04d} " + "x" * 480
            )
    rng = random.Random(SEED)
    completed = left_under_the_previous_key = 0
    for kill in range(KILLS):
        completed += _kill_at_a_random_moment(paths, rng)
        key = _unlock_with_either(paths)
        assert unlock_with_recovery(paths, recovery) == key, f"kill {kill}"
        left_under_the_previous_key += bool(inspect_file(paths.vault_db, DataKey(key.raw)).problems)
        with open_vault(paths, key, SystemClock()) as opened:
            rows = opened.database.execute("SELECT count(*) FROM app_events WHERE kind = 'test row'")
            assert rows.fetchone()[0] == ROWS, f"kill {kill} (seed {SEED})"
        assert not paths.damaged_dir.exists(), f"kill {kill}: a healthy vault was moved aside"
    reliability_figure("kills", KILLS, "SIGKILLs during passphrase changes that re-key the vault")
    reliability_figure("resumed re-keys", left_under_the_previous_key, "(left under the previous key)")
    reliability_figure("lost rows", 0)
    reliability_figure("lock-outs", 0)
    assert completed > KILLS / 2
