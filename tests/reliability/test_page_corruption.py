"""One flipped byte in any page of the vault is caught on open, and the damaged file is not changed."""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.errors import VaultDamagedError
from companion.storage.migrations import apply_migrations
from companion.storage.vault import open_vault
from companion.storage.vault_file import inspect_file
from tests.reliability.conftest import ReliabilityFigure

PAGE_SIZE = 4096  # SQLCipher 4's default
PAGES_TO_DAMAGE = 50
SEED = 4096


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def healthy_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DataKey]:
    path = tmp_path_factory.mktemp("healthy") / "vault.db"
    key = DataKey.generate()
    rng = random.Random(SEED)
    with Database.create(path, key) as database:
        apply_migrations(database)
        database.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        database.execute("CREATE INDEX notes_text ON notes (text)")
        with database.transaction() as connection:
            for index in range(1200):
                connection.execute(
                    "INSERT INTO notes (text) VALUES (?)", (f"{index} " + "z" * rng.randrange(20, 300),)
                )
        database.execute("DELETE FROM notes WHERE id % 7 = 0")  # some free-list pages too
        assert database.execute("PRAGMA page_count").fetchone()[0] >= 60
    assert path.stat().st_size % PAGE_SIZE == 0
    return path, key


def _flip_one_byte(source: Path, target: Path, page: int, rng: random.Random) -> int:
    shutil.copyfile(source, target)
    offset = page * PAGE_SIZE + rng.randrange(PAGE_SIZE)
    with target.open("r+b") as handle:
        handle.seek(offset)
        original = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([original ^ (1 << rng.randrange(8))]))
    return offset


def test_every_damaged_page_is_detected_without_writing(
    healthy_vault: tuple[Path, DataKey], tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    source, key = healthy_vault
    pages = source.stat().st_size // PAGE_SIZE
    assert pages >= 60
    rng = random.Random(SEED)
    # The first page (salt + schema) and the last always, then distinct pages in between.
    chosen = [0, *sorted(rng.sample(range(1, pages - 1), PAGES_TO_DAMAGE - 2)), pages - 1]
    assert len(set(chosen)) == PAGES_TO_DAMAGE
    for number, page in enumerate(chosen):
        target = tmp_path / f"page{page}" / "vault.db"
        target.parent.mkdir()
        offset = _flip_one_byte(source, target, page, rng)
        damaged_hash = _sha256(target)
        if number % 5 == 0:  # through the facade: moved aside, and the moved file is unchanged
            paths = DataPaths(target.parent)
            with pytest.raises(VaultDamagedError) as raised:
                open_vault(paths, key, FakeClock())
            moved_to = raised.value.moved_to
            assert moved_to is not None, f"page {page} (offset {offset}) not moved aside"
            assert _sha256(moved_to / "vault.db") == damaged_hash
        else:
            with pytest.raises(VaultDamagedError):
                Database.open(target, key)
            assert _sha256(target) == damaged_hash, f"page {page}: the damaged file was written to"
            assert inspect_file(target, key).problems, f"page {page} (offset {offset}) passed the checks"
            assert sorted(p.name for p in target.parent.iterdir()) == ["vault.db"]
    reliability_figure("tampered pages", len(chosen), "one flipped bit in a page of the vault file")
    reliability_figure("undetected", 0, "(each damaged page refused on open, the file unchanged)")


def test_the_undamaged_copy_passes(healthy_vault: tuple[Path, DataKey], tmp_path: Path) -> None:
    source, key = healthy_vault
    target = tmp_path / "vault.db"
    shutil.copyfile(source, target)
    with Database.open(target, key) as database:
        assert database.integrity_problems() == []
