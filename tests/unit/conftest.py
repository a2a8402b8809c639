"""Unit-test fixtures shared by the repository and service tests: a fresh data key, a migrated, encrypted
database, an open vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.migrations import apply_migrations
from companion.storage.vault import OpenVault, create_vault


@pytest.fixture
def key() -> DataKey:
    return DataKey.generate()


@pytest.fixture
def database(tmp_path: Path, key: DataKey) -> Iterator[Database]:
    """An encrypted database at the latest schema (a test file may define its own instead)."""
    with Database.create(tmp_path / "vault.db", key) as database:
        apply_migrations(database)
        yield database


@pytest.fixture
def open_vault(tmp_path: Path) -> Iterator[OpenVault]:
    """A new vault (light key derivation) whose clock stands still at FakeClock's start; for the
    services, which take the open vault as the UI's database jobs do."""
    vault, _recovery = create_vault(DataPaths(tmp_path / "data"), "correct horse battery staple",
                                    LIGHT_TEST_PARAMS, FakeClock())
    with vault:
        yield vault
