"""A real data folder (database, WAL, backups, key file) survives 100 wrong passphrases untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage import vault
from companion.storage.app_events import record_event
from companion.storage.errors import WrongPassphraseError
from companion.storage.kdf import LIGHT_TEST_PARAMS
from tests.reliability.file_snapshot import snapshot

PASSPHRASE = "harbour lantern velvet quarry"


def test_hundred_wrong_passphrases_change_no_file(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    clock = FakeClock()
    opened, _recovery = vault.create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    record_event(opened.database, "unlocked", clock.now())
    opened.backups.create(opened.database, "manual")
    opened.close()
    before = snapshot(paths.base)
    assert "vault.db" in before and any(name.startswith("backups/") for name in before)

    for attempt in range(100):
        with pytest.raises(WrongPassphraseError):
            vault.unlock(paths, f"{PASSPHRASE} {attempt}")
    assert snapshot(paths.base) == before
    # …and the right one still works afterwards.
    key = vault.unlock(paths, PASSPHRASE)
    vault.open_vault(paths, key, clock).close()
