"""A hundred wrong guesses change nothing on disk: not a byte, not a file, not a timestamp."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.paths import DataPaths
from companion.storage.errors import (
    KeyFileDamagedError,
    RecoveryKeyTypoError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.keyfile import create_key_file, unlock_with_passphrase, unlock_with_recovery_key
from companion.storage.recovery_key import RecoveryKey
from tests.reliability.conftest import ReliabilityFigure
from tests.reliability.file_snapshot import snapshot

PASSPHRASE = "harbour lantern velvet quarry"
ATTEMPTS = 100
SEED = 20250314


@pytest.fixture
def data_dir(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.ensure_base()
    create_key_file(paths.key_file, PASSPHRASE, LIGHT_TEST_PARAMS, now=datetime(2025, 3, 14, tzinfo=UTC))
    # Neighbours an unlock must not touch either.
    paths.vault_db.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    paths.preferences_file.write_text('{"theme": "dark"}')
    paths.backups_dir.mkdir()
    (paths.backups_dir / "daily-2025-03-13.db").write_bytes(bytes(range(256)) * 8)
    return paths


def _wrong_guesses(rng: random.Random) -> list[str]:
    """Near misses (a typo, a case slip, a missing or extra character) and random guesses."""
    guesses: list[str] = []
    while len(guesses) < ATTEMPTS:
        kind = rng.randrange(5)
        position = rng.randrange(len(PASSPHRASE))
        if kind == 0:
            guess = (
                PASSPHRASE[:position] + rng.choice("abcdefghijklmnopqrstuvwxyz") + PASSPHRASE[position + 1 :]
            )
        elif kind == 1:
            guess = PASSPHRASE.upper() if rng.random() < 0.5 else PASSPHRASE.title()
        elif kind == 2:
            guess = PASSPHRASE[:position] + PASSPHRASE[position + 1 :]
        elif kind == 3:
            guess = PASSPHRASE + rng.choice([" ", "\n", "1", "!"])
        else:
            guess = "".join(rng.choice("abcdefghij klmnop") for _ in range(rng.randrange(0, 40)))
        if guess != PASSPHRASE:
            guesses.append(guess)
    return guesses


def test_a_hundred_wrong_passphrases_leave_every_file_identical(
    data_dir: DataPaths, reliability_figure: ReliabilityFigure
) -> None:
    before = snapshot(data_dir.base)
    assert set(before) == {
        "vault.key",
        "vault.db",
        "preferences.json",
        "backups",
        "backups/daily-2025-03-13.db",
    }
    for guess in _wrong_guesses(random.Random(SEED)):
        with pytest.raises(WrongPassphraseError):
            unlock_with_passphrase(data_dir.key_file, guess)
    assert snapshot(data_dir.base) == before
    # and the right passphrase still works afterwards: no lock-out, no counter written anywhere
    unlock_with_passphrase(data_dir.key_file, PASSPHRASE)
    assert snapshot(data_dir.base) == before
    reliability_figure("wrong guesses", ATTEMPTS, "wrong passphrases, near misses among them")
    reliability_figure("files changed", 0, "(every file identical after the guesses)")


def test_wrong_and_mistyped_recovery_keys_leave_every_file_identical(data_dir: DataPaths) -> None:
    rng = random.Random(SEED + 1)
    before = snapshot(data_dir.base)
    for attempt in range(ATTEMPTS):
        if attempt % 2:
            with pytest.raises(WrongRecoveryKeyError):
                unlock_with_recovery_key(data_dir.key_file, RecoveryKey.generate())
        else:
            typed = list(RecoveryKey.generate().formatted)
            position = rng.choice([i for i, c in enumerate(typed) if c != "-"])
            typed[position] = "1" if typed[position] != "1" else "2"
            with pytest.raises(RecoveryKeyTypoError):
                RecoveryKey.parse("".join(typed))
    assert snapshot(data_dir.base) == before


def test_attempts_on_a_damaged_key_file_leave_it_for_rescue(
    data_dir: DataPaths, reliability_figure: ReliabilityFigure
) -> None:
    original = data_dir.key_file.read_bytes()
    data_dir.key_file.write_bytes(original[: len(original) // 2])
    before = snapshot(data_dir.base)
    guesses = [PASSPHRASE, *_wrong_guesses(random.Random(SEED + 2))[:20]]
    for guess in guesses:
        with pytest.raises(KeyFileDamagedError):
            unlock_with_passphrase(data_dir.key_file, guess)
    assert snapshot(data_dir.base) == before
    reliability_figure("damaged key files", 1, f"a cut key file, tried {len(guesses)} times: refused, kept")
