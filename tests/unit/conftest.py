"""Unit-test fixtures shared by the repository tests: a fresh data key and a migrated, encrypted database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.migrations import apply_migrations


@pytest.fixture
def key() -> DataKey:
    return DataKey.generate()


@pytest.fixture
def database(tmp_path: Path, key: DataKey) -> Iterator[Database]:
    """An encrypted database at the latest schema (a test file may define its own instead)."""
    with Database.create(tmp_path / "vault.db", key) as database:
        apply_migrations(database)
        yield database
