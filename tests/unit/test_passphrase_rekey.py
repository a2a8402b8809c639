"""A passphrase change re-keys the vault (issue 12, finding 1; DESIGN.md §5).

It used to re-wrap the same data key, so every backup's copy of the key file (wrapped under the
passphrase of its day) opened today's database, entries written after the change included: a
passphrase someone once learned kept working. Now a new data key encrypts the database; the old
keys open only the backups made before, which the app names and offers to delete.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage import app_events, keyfile
from companion.storage.backups import MANUAL
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.errors import WrongPassphraseError, WrongRecoveryKeyError
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.recovery_key import RecoveryKey
from companion.storage.vault import (
    OpenVault,
    create_vault,
    open_vault,
    restore_backup,
    unlock,
    unlock_with_recovery,
)
from companion.storage.vault_check import check_vault
from companion.storage.vault_file import inspect_file
from tests.fixtures.legacy_key_file import LEGACY_DATA_KEY, copy_legacy_key_file, legacy_recovery_key

OLD = "orchard lantern quietly folds paper boats"
NEW = "a completely different sentence of words"
NEWER = "yet another sentence nobody has ever heard"


def _add_marker(vault: OpenVault, text: str) -> None:
    app_events.record_event(vault.database, "test marker", datetime.now(UTC), text)


def _markers(database: Database) -> list[str]:
    rows = database.execute("SELECT detail FROM app_events WHERE kind = 'test marker' ORDER BY id")
    return [row[0] for row in rows]


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def recovery(paths: DataPaths, clock: FakeClock) -> RecoveryKey:
    vault, recovery = create_vault(paths, OLD, LIGHT_TEST_PARAMS, clock)
    with vault:
        _add_marker(vault, "written before the change")
        vault.backups.create(vault.database, MANUAL)
    return recovery


def _change(paths: DataPaths, clock: FakeClock, old: str, new: str) -> None:
    with open_vault(paths, unlock(paths, old), clock) as vault:
        vault.change_passphrase(new, LIGHT_TEST_PARAMS)
        _add_marker(vault, f"written after changing to {new!r}")


def test_an_old_passphrase_no_longer_opens_todays_vault(
    paths: DataPaths, clock: FakeClock, recovery: RecoveryKey
) -> None:
    """The finding itself: a backup's key copy and the old passphrase give the old key, which fails."""
    key_copy = next(paths.backups_dir.glob("*-daily.key"))
    _change(paths, clock, OLD, NEW)
    with pytest.raises(WrongPassphraseError):
        unlock(paths, OLD)
    old_key = keyfile.unlock_with_passphrase(key_copy, OLD)
    assert inspect_file(paths.vault_db, DataKey(old_key.raw)).problems, (
        "the old key still reads today's vault"
    )
    with open_vault(paths, unlock(paths, NEW), clock) as vault:
        assert _markers(vault.database) == ["written before the change", f"written after changing to {NEW!r}"]


def test_the_recovery_key_keeps_working_across_changes(
    paths: DataPaths, clock: FakeClock, recovery: RecoveryKey
) -> None:
    _change(paths, clock, OLD, NEW)
    _change(paths, clock, NEW, NEWER)
    assert unlock_with_recovery(paths, recovery) == unlock(paths, NEWER)
    with open_vault(paths, unlock_with_recovery(paths, recovery), clock) as vault:
        assert len(_markers(vault.database)) == 3


def test_backups_from_before_the_change_still_verify_and_restore(
    paths: DataPaths, clock: FakeClock, recovery: RecoveryKey
) -> None:
    _change(paths, clock, OLD, NEW)
    _change(paths, clock, NEW, NEWER)
    key = unlock(paths, NEWER)
    assert len(key.previous) == 2
    assert check_vault(paths, key) == []
    with open_vault(paths, key, clock) as vault:
        first = [info for info in vault.backups.list() if info.kind == MANUAL][-1]
    with restore_backup(paths, key, first, clock) as restored:
        assert _markers(restored.database) == ["written before the change"]
    # Restored from under the first key, it was re-keyed to today's as it opened.
    assert not inspect_file(paths.vault_db, DataKey(key.raw)).problems


def test_the_change_names_the_older_backups_and_can_delete_them(
    paths: DataPaths, clock: FakeClock, recovery: RecoveryKey
) -> None:
    with open_vault(paths, unlock(paths, OLD), clock) as vault:
        before = vault.backups.list()
        changed = vault.change_passphrase(NEW, LIGHT_TEST_PARAMS)
        assert changed.new_recovery_key is None
        assert changed.older_backups == before and before
        vault.delete_backups(changed.older_backups)
        left = vault.backups.list()
    assert [info.kind for info in left] == [MANUAL]  # made under the new key right after the change
    assert not any(info.path.exists() or info.key_copy.exists() for info in before)
    assert keyfile.unlock_with_passphrase(left[0].key_copy, NEW) == unlock(paths, NEW)
    assert check_vault(paths, unlock(paths, NEW)) == []


def test_killed_between_the_key_file_and_the_re_key_the_next_unlock_finishes_it(
    paths: DataPaths, clock: FakeClock, recovery: RecoveryKey
) -> None:
    """What a kill leaves at the worst moment: the key file is new, the database still under the old key."""
    new_key, issued = keyfile.replace_data_key(
        paths.key_file, unlock(paths, OLD), NEW, LIGHT_TEST_PARAMS, now=clock.now()
    )
    assert issued is None
    assert inspect_file(paths.vault_db, DataKey(new_key.raw)).problems
    assert check_vault(paths, unlock(paths, NEW)) == []  # not damage: the previous key still reads it
    with open_vault(paths, unlock(paths, NEW), clock) as vault:
        assert _markers(vault.database) == ["written before the change"]
    assert not inspect_file(paths.vault_db, DataKey(new_key.raw)).problems
    assert not paths.damaged_dir.exists()  # never mistaken for damage and moved aside


def test_a_key_file_from_before_version_3_gets_a_new_recovery_key(tmp_path: Path) -> None:
    """Only a recovery key can seal for itself in an older file: the re-key issues a new one."""
    path = copy_legacy_key_file(tmp_path / "vault.key")
    keyfile.open_signing_key(path, LEGACY_DATA_KEY)  # the unlock's upgrade to version 2
    signer = keyfile.open_signing_key(path, LEGACY_DATA_KEY).public_key
    now = datetime(2026, 1, 2, tzinfo=UTC)
    new_key, issued = keyfile.replace_data_key(path, LEGACY_DATA_KEY, NEW, LIGHT_TEST_PARAMS, now=now)
    assert issued is not None
    assert keyfile.unlock_with_recovery_key(path, issued) == new_key
    with pytest.raises(WrongRecoveryKeyError):
        keyfile.unlock_with_recovery_key(path, legacy_recovery_key())
    assert keyfile.unlock_with_passphrase(path, NEW).previous == (LEGACY_DATA_KEY,)
    assert keyfile.open_signing_key(path, new_key).public_key == signer  # clinicians know this key
    assert keyfile.created_at(path) != now


def test_a_copy_of_an_old_key_file_cannot_reach_the_new_key(
    paths: DataPaths, clock: FakeClock, recovery: RecoveryKey, tmp_path: Path
) -> None:
    """The previous keys are sealed under the current key only: nothing in an old file leads forward."""
    old_file = shutil.copy(paths.key_file, tmp_path / "old.key")
    _change(paths, clock, OLD, NEW)
    old_key = keyfile.unlock_with_passphrase(Path(old_file), OLD)
    assert old_key.previous == ()
    assert unlock(paths, NEW) not in old_key.candidates()


def test_a_change_a_day_later_keeps_the_signing_key(
    paths: DataPaths, clock: FakeClock, recovery: RecoveryKey
) -> None:
    with open_vault(paths, unlock(paths, OLD), clock) as vault:
        before = vault.signer.public_key
    clock.advance(86_400)
    _change(paths, clock, OLD, NEW)
    with open_vault(paths, unlock(paths, NEW), clock) as vault:
        assert vault.signer.public_key == before
