"""The real backup and key-file writers, killed mid-write, leave temporary files; the app's unlock
removes exactly those (DESIGN.md §5) and leaves every other file as it was, byte for byte."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.interrupted_writes import LIVE_WRITE_GRACE_SECONDS, remove_leftovers
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault, open_vault, unlock
from companion.storage.vault_check import check_vault
from tests.reliability.conftest import ReliabilityFigure

CHILD = Path(__file__).with_name("_interrupted_write_child.py")
PASSPHRASE = "correct horse battery staple"
KILLED = 9
# fsync order in BackupStore.create: the key copy's temp (1), its folder (2), the database copy (3).
KILLS = [("backup", 1), ("backup", 3), ("backup", 3), ("passphrase", 1)]
EXPECTED = [
    re.compile(r"backups/\.\d{8}T\d{6}Z-manual(-\d+)?\.key\.[0-9a-f]{12}\.tmp"),
    re.compile(r"backups/\.\d{8}T\d{6}Z-manual(-\d+)?\.db\.[0-9a-f]{8}\.tmp"),
    re.compile(r"\.vault\.key\.[0-9a-f]{12}\.tmp"),
]


def _files(base: Path) -> dict[str, bytes]:
    return {str(p.relative_to(base)): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


def _orphan_key_copy(path: Path) -> bool:
    return path.suffix == ".key" and path.parent.name == "backups" and not path.with_suffix(".db").exists()


def _kill_mid_write(paths: DataPaths, key_hex: str, action: str, fatal_call: int) -> None:
    child = subprocess.run([sys.executable, str(CHILD), str(paths.base), key_hex, action, str(fatal_call)],
                           capture_output=True, timeout=60, check=False)
    assert child.returncode == KILLED, child.stderr.decode()


def test_leftovers_of_killed_backups_and_passphrase_changes_go_at_the_next_unlock(
    tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    paths = DataPaths(tmp_path / "data")
    vault, _recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock())
    key_hex = vault.key.raw.hex()
    vault.close()
    before = _files(paths.base)
    for action, fatal_call in KILLS:
        _kill_mid_write(paths, key_hex, action, fatal_call)
        if action == "backup":
            time.sleep(1.01)  # a new second: a new backup name
    # Hidden temporary files, and the key copy a kill after its rename left without its backup.
    leftovers = {
        name: data for name, data in _files(paths.base).items()
        if name not in before and (Path(name).name.startswith(".") or _orphan_key_copy(paths.base / name))
    }
    for pattern in EXPECTED:
        assert any(pattern.fullmatch(name) for name in leftovers), (pattern.pattern, sorted(leftovers))
    copies = [name for name in leftovers if name.endswith(".tmp") and ".db." in name]
    journal = paths.base / (copies[0] + "-journal")  # what a kill inside sqlcipher_export leaves too
    journal.write_bytes(b"\x00" * 4096)
    decoys = {"backups/" + copies[0].removeprefix("backups/."): b"not hidden",
              "backups/.journal-notes.txt.0123abcd.tmp": b"unrelated",
              ".vault.db.0123456789ab.tmp": b"not the key file"}
    for name, data in decoys.items():
        (paths.base / name).write_bytes(data)
    stale = time.time() - LIVE_WRITE_GRACE_SECONDS - 60
    for path in paths.base.rglob("*"):
        os.utime(path, (stale, stale))
    journal_name = str(journal.relative_to(paths.base))
    # Everything but the leftovers and the live vault (the unlock records itself in it) stays as it was.
    kept = {name: data for name, data in _files(paths.base).items()
            if name not in leftovers and name != journal_name and not name.startswith("vault.db")}

    key = unlock(paths, PASSPHRASE)  # the key file survived every kill: the old passphrase opens
    with open_vault(paths, key, FakeClock()):  # what the app's unlock does (VaultController)
        removed = remove_leftovers(paths)
    assert sorted(str(p.relative_to(paths.base)) for p in removed) == sorted([*leftovers, journal_name])
    after = _files(paths.base)
    assert not set(after) & {*leftovers, journal_name}
    assert {name: after.get(name) for name in kept} == kept  # the key file, real backups, every decoy
    assert check_vault(paths, key) == []
    reliability_figure("kills", len(KILLS), "writers killed mid-write (backups, passphrase change)")
    reliability_figure("leftovers kept", len(set(after) & {*leftovers, journal_name}), "after the unlock")
