"""The key file: both unlock paths, passphrase change, and refusal of every kind of edit.

Which error an edit produces (the checksum recomputed, so only the cryptography can tell):
edits to the format, version or structure are "damaged"; an edit to the passphrase wrap or
its KDF fields makes the right passphrase look wrong (only the passphrase could tell them
apart) while the recovery path sees the MAC fail ("tampered"); the mirror image for the
recovery wrap; an edit to anything else opens a wrap and then fails the MAC ("tampered"), the
signing wrap included. Without the checksum recomputed, every edit is "damaged". Opening the
signing key never writes to a version-2 file, so every refusal leaves the file as it was.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from companion.storage.data_key import DataKey
from companion.storage.errors import (
    DiskError,
    KeyFileDamagedError,
    KeyFileTamperedError,
    NoVaultError,
    StorageError,
    VaultExistsError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from companion.storage.kdf import LIGHT_TEST_PARAMS, Argon2Params
from companion.storage.keyfile import (
    MAX_FILE_BYTES,
    create_key_file,
    created_at,
    open_signing_key,
    read_kdf_params,
    rewrap_passphrase,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)
from companion.storage.recovery_key import RecoveryKey

PASSPHRASE = "orbit lantern quarry fjord"
NEW_PASSPHRASE = "saffron cobalt ember tundra"
# Light, but with room to double parallelism without becoming invalid.
PARAMS = Argon2Params(time_cost=1, memory_kib=64, parallelism=1)
NOW = datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)

Unlock = Callable[[Path], object]
Path_ = tuple[str, ...]


@dataclass(frozen=True)
class Vault:
    path: Path
    data_key: DataKey
    recovery: RecoveryKey

    def by_passphrase(self) -> DataKey:
        return unlock_with_passphrase(self.path, PASSPHRASE)

    def by_recovery(self) -> DataKey:
        return unlock_with_recovery_key(self.path, self.recovery)


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    path = tmp_path / "vault.key"
    data_key, recovery = create_key_file(path, PASSPHRASE, PARAMS, now=NOW)
    return Vault(path, data_key, recovery)


# --- helpers that edit the file the way a person or an attacker would -------------------


def _load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return document


def _canonical_checksum(document: dict[str, Any]) -> str:
    body = {k: v for k, v in document.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _save(path: Path, document: Any, *, fix_checksum: bool) -> None:
    """Written as a forger who knows the format would: companion's own spelling, so the layers under
    the spelling check (checksum, associated data, MAC) are what the edit meets."""
    if fix_checksum and isinstance(document, dict):
        document["checksum"] = _canonical_checksum(document)
    path.write_text(json.dumps(document, sort_keys=True, indent=2, ensure_ascii=True) + "\n", "utf-8")


def _leaves(node: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*prefix, key))
    else:
        yield prefix


def _nodes(node: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _nodes(value, (*prefix, key))


def _get(document: dict[str, Any], where: Path_) -> Any:
    node: Any = document
    for key in where:
        node = node[key]
    return node


def _set(document: dict[str, Any], where: Path_, value: Any) -> None:
    _get(document, where[:-1])[where[-1]] = value


def _delete(document: dict[str, Any], where: Path_) -> None:
    del _get(document, where[:-1])[where[-1]]


def _changed(value: Any) -> Any:
    """A plausible different value of the same type: what a careful forger would write."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value * 2
    assert isinstance(value, str)
    if value and all(c in "0123456789abcdef" for c in value):
        return ("1" if value[0] == "0" else "0") + value[1:]
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value + "x"
    return (moment - timedelta(days=1)).isoformat()


def _refusal(path: Path, unlock: Unlock) -> type[StorageError]:
    """The StorageError subclass an unlock raises; the file must be left as it was."""
    before = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(StorageError) as caught:
        unlock(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    return type(caught.value)


def _unlockers(vault: Vault) -> dict[str, Unlock]:
    return {
        "passphrase": lambda p: unlock_with_passphrase(p, PASSPHRASE),
        "recovery": lambda p: unlock_with_recovery_key(p, vault.recovery),
        "read_kdf_params": read_kdf_params,
        "rewrap_passphrase": lambda p: rewrap_passphrase(p, vault.data_key, NEW_PASSPHRASE, PARAMS, now=NOW),
        "open_signing_key": lambda p: open_signing_key(p, vault.data_key),
    }


# --- the happy paths -------------------------------------------------------------------


def test_both_paths_unlock_the_same_data_key(vault: Vault) -> None:
    assert vault.by_passphrase() == vault.data_key
    assert vault.by_recovery() == vault.data_key
    assert RecoveryKey.parse(vault.recovery.formatted.lower()) == vault.recovery


def test_file_is_owner_only_json_with_the_documented_fields(vault: Vault) -> None:
    if os.name != "nt":
        assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600
    document = _load(vault.path)
    assert document["format"] == "companion-keyfile"
    assert document["version"] == 3
    assert document["created_at"] == "2025-03-14T09:26:53+00:00"
    assert document["kdf"] == {
        "name": "argon2id",
        "version": 19,
        **PARAMS.to_json(),
        "salt": document["kdf"]["salt"],
    }
    assert len(bytes.fromhex(document["kdf"]["salt"])) == 16
    assert len(bytes.fromhex(document["passphrase_wrap"]["nonce"])) == 12
    assert len(bytes.fromhex(document["recovery_wrap"]["nonce"])) == 12
    assert len(bytes.fromhex(document["recovery_wrap"]["hkdf_salt"])) == 16
    assert document["recovery_wrap"]["algorithm"] == "x25519-hkdf-sha256"
    assert len(bytes.fromhex(document["recovery_wrap"]["public_key"])) == 32
    assert len(bytes.fromhex(document["recovery_wrap"]["ephemeral_public_key"])) == 32
    assert len(bytes.fromhex(document["previous_keys"]["ciphertext"])) == 16  # none yet: the tag alone
    assert document["signing_wrap"]["algorithm"] == "ed25519"
    assert document["signing_wrap"]["cipher"] == "aes-256-gcm"
    assert bytes.fromhex(document["signing_wrap"]["public_key"]) == open_signing_key(
        vault.path, vault.data_key
    ).public_key
    assert len(bytes.fromhex(document["signing_wrap"]["nonce"])) == 12
    assert len(bytes.fromhex(document["signing_wrap"]["ciphertext"])) == 32 + 16
    assert document["checksum"] == _canonical_checksum(document)
    assert vault.data_key.raw.hex() not in vault.path.read_text()
    assert sorted(p.name for p in vault.path.parent.iterdir()) == ["vault.key"]


def test_two_vaults_share_no_salt_nonce_or_key(tmp_path: Path) -> None:
    one = create_key_file(tmp_path / "a.key", PASSPHRASE, PARAMS, now=NOW)
    two = create_key_file(tmp_path / "b.key", PASSPHRASE, PARAMS, now=NOW)
    assert one[0] != two[0] and one[1] != two[1]
    first, second = _load(tmp_path / "a.key"), _load(tmp_path / "b.key")
    for where in [
        ("kdf", "salt"),
        ("passphrase_wrap", "nonce"),
        ("recovery_wrap", "nonce"),
        ("recovery_wrap", "hkdf_salt"),
        ("recovery_wrap", "public_key"),
        ("recovery_wrap", "ephemeral_public_key"),
        ("previous_keys", "nonce"),
        ("signing_wrap", "public_key"),
        ("signing_wrap", "nonce"),
    ]:
        assert _get(first, where) != _get(second, where)


def test_passphrase_is_nfkc_normalised(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    data_key, _ = create_key_file(path, "caf\u00e9 au lait sans sucre", LIGHT_TEST_PARAMS, now=NOW)
    assert unlock_with_passphrase(path, "cafe\u0301 au lait sans sucre") == data_key


def test_wrong_passphrase_and_wrong_recovery_key(vault: Vault) -> None:
    assert _refusal(vault.path, lambda p: unlock_with_passphrase(p, PASSPHRASE + " ")) is WrongPassphraseError
    assert _refusal(vault.path, lambda p: unlock_with_passphrase(p, "")) is WrongPassphraseError
    other = RecoveryKey.generate()
    assert _refusal(vault.path, lambda p: unlock_with_recovery_key(p, other)) is WrongRecoveryKeyError


def test_messages_hold_no_secrets(vault: Vault) -> None:
    with pytest.raises(WrongPassphraseError) as wrong:
        unlock_with_passphrase(vault.path, "my secret guess is here")
    assert "secret guess" not in str(wrong.value)
    vault.path.write_text("not json at all")
    with pytest.raises(KeyFileDamagedError) as damaged:
        vault.by_passphrase()
    message = str(damaged.value)
    assert "damaged" in message and "backups folder" in message
    assert PASSPHRASE not in message


def test_create_refuses_to_overwrite(vault: Vault) -> None:
    before = vault.path.read_bytes()
    with pytest.raises(VaultExistsError):
        create_key_file(vault.path, NEW_PASSPHRASE, PARAMS, now=NOW)
    assert vault.path.read_bytes() == before
    assert vault.by_passphrase() == vault.data_key


def test_create_in_a_missing_folder_is_a_disk_error(tmp_path: Path) -> None:
    with pytest.raises(DiskError):
        create_key_file(tmp_path / "missing" / "vault.key", PASSPHRASE, PARAMS, now=NOW)


def test_naive_timestamps_are_a_bug(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        create_key_file(tmp_path / "vault.key", PASSPHRASE, PARAMS, now=datetime(2025, 1, 1))


def test_missing_file_is_no_vault(tmp_path: Path) -> None:
    with pytest.raises(NoVaultError):
        unlock_with_passphrase(tmp_path / "vault.key", PASSPHRASE)
    with pytest.raises(NoVaultError):
        unlock_with_recovery_key(tmp_path / "vault.key", RecoveryKey.generate())
    assert list(tmp_path.iterdir()) == []


def test_read_kdf_params_and_created_at(vault: Vault) -> None:
    assert read_kdf_params(vault.path) == PARAMS
    assert created_at(vault.path) == NOW


def test_change_passphrase_rewraps_with_fresh_salt_and_nonce(vault: Vault) -> None:
    before = _load(vault.path)
    later = NOW + timedelta(days=3)
    rewrap_passphrase(vault.path, vault.data_key, NEW_PASSPHRASE, LIGHT_TEST_PARAMS, now=later)
    after = _load(vault.path)
    assert unlock_with_passphrase(vault.path, NEW_PASSPHRASE) == vault.data_key
    assert _refusal(vault.path, lambda p: unlock_with_passphrase(p, PASSPHRASE)) is WrongPassphraseError
    assert vault.by_recovery() == vault.data_key
    assert after["kdf"]["salt"] != before["kdf"]["salt"]
    assert after["passphrase_wrap"]["nonce"] != before["passphrase_wrap"]["nonce"]
    assert after["recovery_wrap"] == before["recovery_wrap"]
    assert after["created_at"] == before["created_at"]
    assert after["passphrase_set_at"] == later.isoformat()
    assert read_kdf_params(vault.path) == LIGHT_TEST_PARAMS
    assert sorted(p.name for p in vault.path.parent.iterdir()) == ["vault.key"]


def test_change_passphrase_with_another_vaults_key_changes_nothing(vault: Vault) -> None:
    before = vault.path.read_bytes()
    with pytest.raises(KeyFileTamperedError):
        rewrap_passphrase(vault.path, DataKey.generate(), NEW_PASSPHRASE, PARAMS, now=NOW)
    assert vault.path.read_bytes() == before


def test_change_passphrase_twice_and_back(vault: Vault) -> None:
    rewrap_passphrase(vault.path, vault.data_key, NEW_PASSPHRASE, PARAMS, now=NOW)
    rewrap_passphrase(vault.path, vault.data_key, PASSPHRASE, PARAMS, now=NOW)
    assert vault.by_passphrase() == vault.data_key
    assert unlock_with_passphrase(vault.path, PASSPHRASE) == vault.data_key


# --- every field edited, deleted, retyped; garbage added --------------------------------

W, T, D = WrongPassphraseError, KeyFileTamperedError, KeyFileDamagedError
R = WrongRecoveryKeyError
# field -> (passphrase path, recovery path) when the forger also recomputes the checksum
EXPECTED_WITH_CHECKSUM_FIXED: dict[Path_, tuple[type[StorageError], type[StorageError]]] = {
    ("format",): (D, D),
    ("version",): (D, D),
    ("created_at",): (T, T),
    ("passphrase_set_at",): (T, T),
    ("kdf", "name"): (D, D),
    ("kdf", "version"): (D, D),
    ("kdf", "time_cost"): (W, T),
    ("kdf", "memory_kib"): (W, T),
    ("kdf", "parallelism"): (W, T),
    ("kdf", "salt"): (W, T),
    ("passphrase_wrap", "cipher"): (D, D),
    ("passphrase_wrap", "nonce"): (W, T),
    ("passphrase_wrap", "ciphertext"): (W, T),
    ("recovery_wrap", "algorithm"): (D, D),
    ("recovery_wrap", "cipher"): (D, D),
    ("recovery_wrap", "hkdf_salt"): (T, R),
    ("recovery_wrap", "public_key"): (T, R),
    ("recovery_wrap", "ephemeral_public_key"): (T, R),
    ("recovery_wrap", "nonce"): (T, R),
    ("recovery_wrap", "ciphertext"): (T, R),
    ("previous_keys", "cipher"): (D, D),
    ("previous_keys", "nonce"): (T, T),
    ("previous_keys", "ciphertext"): (T, T),
    ("signing_wrap", "algorithm"): (D, D),
    ("signing_wrap", "cipher"): (D, D),
    ("signing_wrap", "public_key"): (T, T),
    ("signing_wrap", "nonce"): (T, T),
    ("signing_wrap", "ciphertext"): (T, T),
    ("mac",): (T, T),
}


def test_the_table_covers_every_field(vault: Vault) -> None:
    leaves = set(_leaves(_load(vault.path))) - {("checksum",)}
    assert leaves == set(EXPECTED_WITH_CHECKSUM_FIXED)


@pytest.mark.parametrize("where", sorted(EXPECTED_WITH_CHECKSUM_FIXED))
def test_editing_a_field_with_the_checksum_recomputed(vault: Vault, where: Path_) -> None:
    document = _load(vault.path)
    _set(document, where, _changed(_get(document, where)))
    _save(vault.path, document, fix_checksum=True)
    expected = EXPECTED_WITH_CHECKSUM_FIXED[where]
    assert (
        _refusal(vault.path, _unlockers(vault)["passphrase"]),
        _refusal(vault.path, _unlockers(vault)["recovery"]),
    ) == expected
    # The signing key opens only after the MAC: never on an edited file, and it never writes to one.
    assert _refusal(vault.path, _unlockers(vault)["open_signing_key"]) in (D, T)


@pytest.mark.parametrize("where", [*sorted(EXPECTED_WITH_CHECKSUM_FIXED), ("checksum",)])
def test_editing_any_field_without_the_checksum_is_damage(vault: Vault, where: Path_) -> None:
    document = _load(vault.path)
    _set(document, where, _changed(_get(document, where)))
    _save(vault.path, document, fix_checksum=False)
    for unlock in _unlockers(vault).values():
        assert _refusal(vault.path, unlock) is KeyFileDamagedError


@pytest.mark.parametrize("fix_checksum", [False, True])
def test_deleting_any_field_is_refused(vault: Vault, fix_checksum: bool) -> None:
    original = _load(vault.path)
    for where in _nodes(original):
        document = copy.deepcopy(original)
        _delete(document, where)
        _save(vault.path, document, fix_checksum=fix_checksum and where != ("checksum",))
        for name, unlock in _unlockers(vault).items():
            assert _refusal(vault.path, unlock) is KeyFileDamagedError, (where, name)


@pytest.mark.parametrize("fix_checksum", [False, True])
@pytest.mark.parametrize(
    "where", [(), ("kdf",), ("passphrase_wrap",), ("recovery_wrap",), ("signing_wrap",), ("previous_keys",)]
)
def test_adding_garbage_is_refused(vault: Vault, where: Path_, fix_checksum: bool) -> None:
    document = _load(vault.path)
    _get(document, where)["comment"] = "hello"
    _save(vault.path, document, fix_checksum=fix_checksum)
    for unlock in _unlockers(vault).values():
        assert _refusal(vault.path, unlock) is KeyFileDamagedError


RETYPED_VALUES: list[Any] = [None, True, 0, -1, 1.5, 10**40, "", "zz", [], {}, [1, 2], {"a": 1}]


def test_every_field_retyped_is_a_clean_refusal(vault: Vault) -> None:
    original = _load(vault.path)
    wraps = [("kdf",), ("passphrase_wrap",), ("recovery_wrap",), ("signing_wrap",), ("previous_keys",)]
    for where in [*_leaves(original), *wraps]:
        for value in RETYPED_VALUES:
            document = copy.deepcopy(original)
            if _get(document, where) == value and type(_get(document, where)) is type(value):
                continue
            _set(document, where, value)
            _save(vault.path, document, fix_checksum=where != ("checksum",))
            for name in ("passphrase", "recovery"):
                error = _refusal(vault.path, _unlockers(vault)[name])
                assert error in (D, T, W, R), (where, value, name)


@pytest.mark.parametrize(
    "kdf_edit",
    [
        {"memory_kib": 100 * 1024 * 1024},  # 100 GiB
        {"memory_kib": 2**62},
        {"time_cost": 10**9},
        {"parallelism": 2**31},
        {"time_cost": 64, "memory_kib": 4 * 1024 * 1024},
    ],
)
def test_absurd_kdf_params_are_refused_before_any_work(vault: Vault, kdf_edit: dict[str, int]) -> None:
    document = _load(vault.path)
    document["kdf"].update(kdf_edit)
    _save(vault.path, document, fix_checksum=True)
    for unlock in _unlockers(vault).values():
        assert _refusal(vault.path, unlock) is KeyFileDamagedError


def test_a_wrap_spliced_from_another_vault_is_tampering(vault: Vault, tmp_path: Path) -> None:
    other_path = tmp_path / "other.key"
    other_key, _ = create_key_file(other_path, PASSPHRASE, PARAMS, now=NOW)
    document, other = _load(vault.path), _load(other_path)
    document["kdf"], document["passphrase_wrap"] = other["kdf"], other["passphrase_wrap"]
    _save(vault.path, document, fix_checksum=True)
    # The passphrase opens the spliced wrap, but yields the other vault's key: the MAC says no.
    assert unlock_with_passphrase(other_path, PASSPHRASE) == other_key
    assert _refusal(vault.path, _unlockers(vault)["passphrase"]) is KeyFileTamperedError
    assert _refusal(vault.path, _unlockers(vault)["recovery"]) is KeyFileTamperedError


# --- whole-file damage --------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\n",
        b"not json",
        b"\xff\xfe\x00garbage",
        b"null",
        b"[]",
        b'"companion-keyfile"',
        b"42",
        b"{}",
        b'{"checksum": 5}',
        b'{"checksum": "\xc3\xa9"}',
        b"[" * 100_000,
        b"[" * 50_000 + b"]" * 50_000,
        b'{"format": NaN}',
        b'{"n": ' + b"9" * 20_000 + b"}",
    ],
)
def test_unreadable_contents_are_damage(vault: Vault, content: bytes) -> None:
    vault.path.write_bytes(content)
    for unlock in _unlockers(vault).values():
        assert _refusal(vault.path, unlock) is KeyFileDamagedError


def test_every_truncation_is_damage(vault: Vault) -> None:
    full = vault.path.read_bytes()
    assert full.endswith(b"}\n")
    for length in range(len(full)):  # even dropping only the final newline
        vault.path.write_bytes(full[:length])
        assert _refusal(vault.path, _unlockers(vault)["passphrase"]) is KeyFileDamagedError, length


@pytest.mark.parametrize("mask", [0x01, 0x20, 0x80])
def test_every_single_byte_flip_is_damage(vault: Vault, mask: int) -> None:
    full = vault.path.read_bytes()
    for index in range(len(full)):
        flipped = bytearray(full)
        flipped[index] ^= mask
        vault.path.write_bytes(bytes(flipped))
        try:
            error = _refusal(vault.path, _unlockers(vault)["passphrase"])
        except pytest.fail.Exception:
            # Only a flip between two kinds of JSON whitespace can leave the contents equal.
            assert chr(full[index]) in " \t\r\n" and chr(flipped[index]) in " \t\r\n", index
            continue
        assert error is KeyFileDamagedError, index


@pytest.mark.parametrize(
    "where",
    [
        ("kdf", "salt"),
        ("passphrase_wrap", "nonce"),
        ("recovery_wrap", "hkdf_salt"),
        ("recovery_wrap", "public_key"),
        ("recovery_wrap", "ephemeral_public_key"),
        ("previous_keys", "nonce"),
        ("signing_wrap", "public_key"),
        ("mac",),
    ],
)
def test_hex_has_one_spelling(vault: Vault, where: Path_) -> None:
    # Upper case decodes to the same bytes; it is refused so that no edit is ever a no-op.
    document = _load(vault.path)
    _set(document, where, _get(document, where).upper())
    _save(vault.path, document, fix_checksum=True)
    for unlock in _unlockers(vault).values():
        assert _refusal(vault.path, unlock) is KeyFileDamagedError


def test_duplicate_keys_are_damage(vault: Vault) -> None:
    text = vault.path.read_text()
    vault.path.write_text(text.replace("{", '{\n "format": "companion-keyfile",', 1))
    for unlock in _unlockers(vault).values():
        assert _refusal(vault.path, unlock) is KeyFileDamagedError


def test_oversized_file_is_refused(vault: Vault) -> None:
    text = vault.path.read_text()
    vault.path.write_text(text + " " * (MAX_FILE_BYTES - len(text) + 1))
    assert vault.path.stat().st_size == MAX_FILE_BYTES + 1
    for unlock in _unlockers(vault).values():
        assert _refusal(vault.path, unlock) is KeyFileDamagedError


@pytest.mark.parametrize(
    "edit",
    [
        lambda text: text + "\n",
        lambda text: text.rstrip("\n"),
        lambda text: text.replace("  ", "   ", 1),
        lambda text: text.replace(": ", ":", 1),
        lambda text: text.replace("\n", "\r\n"),
        lambda text: " " + text,
    ],
)
def test_any_edit_at_all_even_of_white_space_is_damage(vault: Vault, edit: Callable[[str], str]) -> None:
    """The README says that changing any byte of the key file makes unlock fail: so it does (issue 12,
    finding 17; a white-space edit used to unlock, the checksum covering only canonical JSON)."""
    vault.path.write_text(edit(vault.path.read_text()))
    for unlock in _unlockers(vault).values():
        assert _refusal(vault.path, unlock) is KeyFileDamagedError


def test_a_newer_version_says_so(vault: Vault) -> None:
    document = _load(vault.path)
    document["version"] = 4
    _save(vault.path, document, fix_checksum=True)
    with pytest.raises(KeyFileDamagedError, match="newer version"):
        vault.by_passphrase()


def test_a_folder_in_place_of_the_file_is_damage(tmp_path: Path) -> None:
    (tmp_path / "vault.key").mkdir()
    with pytest.raises(KeyFileDamagedError):
        unlock_with_passphrase(tmp_path / "vault.key", PASSPHRASE)
