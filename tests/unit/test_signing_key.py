"""The vault's signing key: made with the vault, kept wrapped in the key file, upgraded into old files.

Against the committed version-1 key file (``tests/fixtures/keyfile_v1``): it opens as before, gets a
signing key at the next unlock in one atomic rewrite that changes nothing else, a failed rewrite
leaves it as it was, and a wrong passphrase or a wrong data key never writes to it.
"""

from __future__ import annotations

import copy
import errno
import hashlib
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage import keyfile, sshsig
from companion.storage.atomic import temp_files_for
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.errors import (
    DiskError,
    KeyFileDamagedError,
    KeyFileTamperedError,
    StorageError,
    WrongPassphraseError,
)
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.signing_key import SigningKey, SigningKeyUnavailableError
from companion.storage.vault import create_vault, open_vault, unlock, unlock_with_recovery
from tests.fixtures.legacy_key_file import (
    LEGACY_DATA_KEY,
    LEGACY_PASSPHRASE,
    copy_legacy_key_file,
    legacy_recovery_key,
)
from tests.signed_export import openssh_tool

PASSPHRASE = "a passphrase used only by this test"
NEW_PASSPHRASE = "another passphrase used only by this test"


def _document(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text())
    return document


def _checksum_fixed(document: dict[str, Any]) -> str:
    body = {k: v for k, v in document.items() if k != "checksum"}
    document["checksum"] = hashlib.sha256(
        json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    return json.dumps(document, sort_keys=True, indent=2, ensure_ascii=True) + "\n"  # companion's spelling


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    return copy_legacy_key_file(tmp_path / "vault.key")


# --- a new vault -----------------------------------------------------------------------------------


def test_a_new_vault_has_a_signing_key_that_signs(paths: DataPaths) -> None:
    vault, _recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock())
    with vault:
        signer = vault.signer
        assert isinstance(signer, SigningKey)
        assert repr(signer) == "SigningKey(<hidden>)"
        assert not any(hasattr(signer, name) for name in ("raw", "private_bytes", "seed", "private_key"))
        Ed25519PublicKey.from_public_bytes(signer.public_key).verify(signer.sign(b"data"), b"data")
        public = signer.public_key
    assert _document(paths.key_file)["signing_wrap"]["public_key"] == public.hex()
    # Reopened, it is the same key.
    with open_vault(paths, unlock(paths, PASSPHRASE), FakeClock()) as again:
        assert again.signer.public_key == public


def test_two_vaults_have_different_keys(tmp_path: Path) -> None:
    keys = []
    for name in ("one", "two"):
        vault, _recovery = create_vault(
            DataPaths(tmp_path / name), PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock()
        )
        with vault:
            keys.append(vault.signer.public_key)
    assert keys[0] != keys[1]


def test_settings_fingerprint_is_what_ssh_keygen_l_prints(paths: DataPaths, tmp_path: Path) -> None:
    vault, _recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock())
    with vault:
        public = vault.signer.public_key
    pub = tmp_path / "patient.pub"
    pub.write_text(sshsig.public_key_line(public) + "\n")
    printed = subprocess.run(
        [openssh_tool("ssh-keygen"), "-l", "-f", str(pub)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert printed == sshsig.fingerprint_line(public) + "\n"
    assert printed.startswith("256 SHA256:") and printed.endswith(" companion (ED25519)\n")


def test_a_passphrase_change_and_a_recovery_keep_the_signing_key(paths: DataPaths) -> None:
    vault, recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock())
    with vault:
        public = vault.signer.public_key
        vault.change_passphrase(NEW_PASSPHRASE, LIGHT_TEST_PARAMS)
    with open_vault(paths, unlock(paths, NEW_PASSPHRASE), FakeClock()) as reopened:
        assert reopened.signer.public_key == public
    # The recovery screen: unwrap with the recovery key, set a new passphrase, open.
    key = unlock_with_recovery(paths, recovery)
    keyfile.rewrap_passphrase(paths.key_file, key, PASSPHRASE, LIGHT_TEST_PARAMS, now=FakeClock().now())
    with open_vault(paths, unlock(paths, PASSPHRASE), FakeClock()) as recovered:
        assert recovered.signer.public_key == public


def test_the_signing_key_opens_only_with_its_data_key(paths: DataPaths) -> None:
    vault, _recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock())
    vault.close()
    before = paths.key_file.read_bytes()
    with pytest.raises(KeyFileTamperedError):
        keyfile.open_signing_key(paths.key_file, DataKey.generate())
    assert paths.key_file.read_bytes() == before


def test_a_signing_wrap_spliced_from_another_vault_is_tampering(tmp_path: Path) -> None:
    one, two = DataPaths(tmp_path / "one"), DataPaths(tmp_path / "two")
    for paths in (one, two):
        create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock())[0].close()
    document = _document(one.key_file)
    document["signing_wrap"] = _document(two.key_file)["signing_wrap"]
    one.key_file.write_text(_checksum_fixed(document))
    with pytest.raises(KeyFileTamperedError):
        unlock(one, PASSPHRASE)
    key = unlock(two, PASSPHRASE)
    with pytest.raises(KeyFileTamperedError):
        keyfile.open_signing_key(one.key_file, key)


# --- the version-1 key file ------------------------------------------------------------------------


def test_a_version_1_file_still_unlocks_and_gets_a_signing_key_that_changes_nothing_else(
    legacy: Path,
) -> None:
    before = _document(legacy)
    assert before["version"] == 1 and "signing_wrap" not in before
    assert keyfile.unlock_with_passphrase(legacy, LEGACY_PASSPHRASE) == LEGACY_DATA_KEY
    signer = keyfile.open_signing_key(legacy, LEGACY_DATA_KEY)
    after = _document(legacy)
    assert after["version"] == 2
    assert after["signing_wrap"]["public_key"] == signer.public_key.hex()
    unchanged = ("format", "created_at", "passphrase_set_at", "kdf", "passphrase_wrap", "recovery_wrap")
    assert {k: after[k] for k in unchanged} == {k: before[k] for k in unchanged}
    assert keyfile.unlock_with_passphrase(legacy, LEGACY_PASSPHRASE) == LEGACY_DATA_KEY
    assert keyfile.unlock_with_recovery_key(legacy, legacy_recovery_key()) == LEGACY_DATA_KEY
    # Opening again reads it, never rewrites.
    upgraded = legacy.read_bytes()
    assert keyfile.open_signing_key(legacy, LEGACY_DATA_KEY).public_key == signer.public_key
    assert legacy.read_bytes() == upgraded
    assert temp_files_for(legacy) == []


def test_open_vault_upgrades_an_old_vault(paths: DataPaths) -> None:
    paths.ensure_base()
    copy_legacy_key_file(paths.key_file)
    Database.create(paths.vault_db, LEGACY_DATA_KEY).close()
    with open_vault(paths, unlock(paths, LEGACY_PASSPHRASE), FakeClock()) as vault:
        public = vault.signer.public_key
    assert _document(paths.key_file)["version"] == 2
    # The day's backup keeps a copy of the key file made after the upgrade: restoring it keeps the key.
    copies = sorted(paths.backups_dir.glob("*.key"))
    assert copies and all(_document(c)["signing_wrap"]["public_key"] == public.hex() for c in copies)
    with open_vault(paths, unlock(paths, LEGACY_PASSPHRASE), FakeClock()) as vault:
        assert vault.signer.public_key == public


def test_wrong_passphrases_and_keys_never_write_to_a_version_1_file(legacy: Path) -> None:
    original = legacy.read_bytes()
    for guess in ["", LEGACY_PASSPHRASE + " ", LEGACY_PASSPHRASE.upper()]:
        with pytest.raises(WrongPassphraseError):
            keyfile.unlock_with_passphrase(legacy, guess)
    with pytest.raises(KeyFileTamperedError):
        keyfile.open_signing_key(legacy, DataKey.generate())
    assert legacy.read_bytes() == original
    assert sorted(p.name for p in legacy.parent.iterdir()) == ["vault.key"]


def test_a_failed_upgrade_leaves_the_old_file_working(legacy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = legacy.read_bytes()

    def disk_full(self: Path, target: Path) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "replace", disk_full)
    with pytest.raises(DiskError, match="disk is full"):
        keyfile.open_signing_key(legacy, LEGACY_DATA_KEY)
    assert legacy.read_bytes() == original
    assert temp_files_for(legacy) == []
    assert keyfile.unlock_with_passphrase(legacy, LEGACY_PASSPHRASE) == LEGACY_DATA_KEY
    monkeypatch.undo()
    keyfile.open_signing_key(legacy, LEGACY_DATA_KEY)  # the next unlock tries again
    assert _document(legacy)["version"] == 2


def test_a_failed_upgrade_does_not_stop_the_unlock(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    paths.ensure_base()
    copy_legacy_key_file(paths.key_file)
    Database.create(paths.vault_db, LEGACY_DATA_KEY).close()
    original = paths.key_file.read_bytes()

    def refuse(path: Path, data: bytes, *, mode: int = 0o600, what: str = "the file") -> None:
        raise DiskError(
            "The disk is full, so the key file could not be saved. Free some space and try again."
        )

    monkeypatch.setattr(keyfile, "atomic_write_bytes", refuse)
    with open_vault(paths, LEGACY_DATA_KEY, FakeClock()) as vault:
        with pytest.raises(SigningKeyUnavailableError, match="could not be saved") as caught:
            _ = vault.signer
        assert isinstance(caught.value, StorageError)
    assert paths.key_file.read_bytes() == original
    monkeypatch.undo()
    with open_vault(paths, LEGACY_DATA_KEY, FakeClock()) as vault:
        assert len(vault.signer.public_key) == 32


def test_a_vault_without_a_key_file_opens_without_a_signer(paths: DataPaths) -> None:
    paths.ensure_base()
    Database.create(paths.vault_db, LEGACY_DATA_KEY).close()
    with (
        open_vault(paths, LEGACY_DATA_KEY, FakeClock()) as vault,
        pytest.raises(SigningKeyUnavailableError, match="key file is missing"),
    ):
        _ = vault.signer
    assert not paths.key_file.exists()


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.__setitem__("version", 2),  # claims a signing key it does not have
        lambda d: d.__setitem__("signing_wrap", {"algorithm": "ed25519"}),  # a field version 1 does not have
        lambda d: d.__setitem__("created_at", "2020-01-01T00:00:00+00:00"),
        lambda d: d["recovery_wrap"].__setitem__("nonce", "0" * 24),
    ],
)
def test_a_version_1_file_stays_tamper_evident(legacy: Path, edit: Any) -> None:
    document = _document(legacy)
    edit(document)
    legacy.write_text(_checksum_fixed(copy.deepcopy(document)))
    edited = legacy.read_bytes()
    with pytest.raises((KeyFileDamagedError, KeyFileTamperedError)):
        keyfile.unlock_with_passphrase(legacy, LEGACY_PASSPHRASE)
    with pytest.raises((KeyFileDamagedError, KeyFileTamperedError)):
        keyfile.open_signing_key(legacy, LEGACY_DATA_KEY)
    assert legacy.read_bytes() == edited  # refused, and never "upgraded"
