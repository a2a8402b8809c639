"""The clinician's key file: made, unlocked (one derivation), refused on a wrong passphrase without a byte
changing on disk, and refused on any edit, whatever byte or field; its writes are atomic.

Which error an edit makes when the forger also recomputes the checksum: the format, version or
algorithm fields are "damaged"; the passphrase wrap and its KDF fields make the right passphrase look
wrong (only the passphrase could tell them apart); anything else opens the wrap and fails the MAC or
the signing wrap ("altered"). Without the checksum recomputed, every edit is "damaged".
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from companion.desk import clinician_key
from companion.desk.clinician_key import (
    UnlockedDesk,
    change_desk_passphrase,
    create_clinician_key,
    read_clinician_key_info,
    rename_clinician,
    unlock_clinician_key,
)
from companion.desk.desk_errors import (
    DeskError,
    DeskExistsError,
    DeskKeyAlteredError,
    DeskKeyDamagedError,
    DeskPassphraseRefusedError,
    NoDeskError,
    WrongDeskPassphraseError,
)
from companion.storage import key_file_parts, sshsig
from companion.storage.atomic import temp_files_for
from companion.storage.errors import DiskError, StorageError
from companion.storage.kdf import LIGHT_TEST_PARAMS, Argon2Params
from tests.reliability.file_snapshot import snapshot

CLINICIAN = "Dr. Rowan Ellis"
DESK_PASSPHRASE = "harbour lantern velvet quarry"
NOW = datetime(2026, 5, 2, 9, 30, tzinfo=UTC)
NEW_PASSPHRASE = "saffron cobalt ember tundra"
PARAMS = Argon2Params(time_cost=1, memory_kib=64, parallelism=1)
Where = tuple[str, ...]


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    path = tmp_path / "desk" / "clinician.key"
    path.parent.mkdir()
    create_clinician_key(path, CLINICIAN, DESK_PASSPHRASE, PARAMS, now=NOW)
    return path


def _unlock(path: Path) -> UnlockedDesk:
    return unlock_clinician_key(path, DESK_PASSPHRASE)


def _refusal(path: Path, passphrase: str = DESK_PASSPHRASE) -> type[StorageError]:
    """The error an unlock raises; nothing in the folder may change."""
    before = snapshot(path.parent)
    with pytest.raises(StorageError) as caught:
        unlock_clinician_key(path, passphrase)
    assert snapshot(path.parent) == before
    return type(caught.value)


def _load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return document


def _save(path: Path, document: dict[str, Any], *, fix_checksum: bool) -> None:
    if fix_checksum:
        document["checksum"] = key_file_parts.checksum(document)
    path.write_text(json.dumps(document, indent=1), "utf-8")


def _leaves(node: Any, prefix: Where = ()) -> Iterator[Where]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*prefix, key))
    else:
        yield prefix


def _get(document: dict[str, Any], where: Where) -> Any:
    node: Any = document
    for key in where:
        node = node[key]
    return node


def _set(document: dict[str, Any], where: Where, value: Any) -> None:
    _get(document, where[:-1])[where[-1]] = value


def _changed(value: Any) -> Any:
    """A plausible different value of the same type, as a careful forger would write it."""
    if isinstance(value, int):
        return value * 2
    assert isinstance(value, str)
    if value and all(c in "0123456789abcdef" for c in value):
        return ("1" if value[0] == "0" else "0") + value[1:]
    try:
        return (datetime.fromisoformat(value) - timedelta(days=1)).isoformat()
    except ValueError:
        return value + "x"


# --- made and opened ---------------------------------------------------------------------------------


def test_a_new_key_unlocks_to_the_same_clinician_and_signer(key_path: Path, tmp_path: Path) -> None:
    made = create_clinician_key(tmp_path / "other.key", CLINICIAN, DESK_PASSPHRASE, PARAMS, now=NOW)
    again = unlock_clinician_key(tmp_path / "other.key", DESK_PASSPHRASE)
    assert again.clinician_name == made.clinician_name == CLINICIAN
    assert again.public_key == made.public_key and again.fingerprint == made.fingerprint
    assert again.mac_key(b"purpose") == made.mac_key(b"purpose") != made.mac_key(b"another purpose")
    assert _unlock(key_path).public_key != made.public_key
    assert _unlock(key_path).mac_key(b"purpose") != made.mac_key(b"purpose")


def test_the_signer_signs_as_openssh_checks_and_hides_its_secrets(key_path: Path) -> None:
    desk = _unlock(key_path)
    signer: sshsig.RawSigner = desk.signer
    signature = sshsig.sign(signer, b"a care plan", namespace="companion-care-plan")
    check = sshsig.verify(signature.encode("ascii"), b"a care plan", namespace="companion-care-plan")
    assert check.valid and check.public_key == desk.public_key
    assert sshsig.parse_public_key(desk.public_key_line()) == desk.public_key
    assert desk.fingerprint == sshsig.fingerprint(desk.public_key)
    assert repr(desk) == "UnlockedDesk(<hidden>)" and repr(desk.signer) == "SigningKey(<hidden>)"
    assert not hasattr(desk, "__dict__")  # slots: nothing else hangs off it
    with pytest.raises(ValueError):
        desk.mac_key(b"companion desk key mac")  # the key file's own MAC key stays inside


def test_the_file_is_owner_only_json_with_the_documented_fields(key_path: Path) -> None:
    if os.name != "nt":
        assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    document = _load(key_path)
    assert sorted(document) == ["checksum", "clinician_name", "created_at", "format", "kdf", "mac",
                                "passphrase_set_at", "passphrase_wrap", "signing_wrap", "version"]
    assert document["format"] == "companion-desk-key" and document["version"] == 1
    assert document["clinician_name"] == CLINICIAN
    assert document["created_at"] == document["passphrase_set_at"] == NOW.isoformat()
    salt = document["kdf"]["salt"]
    assert document["kdf"] == {"name": "argon2id", "version": 19, **PARAMS.to_json(), "salt": salt}
    assert len(bytes.fromhex(document["passphrase_wrap"]["ciphertext"])) == 32 + 16
    assert document["signing_wrap"]["algorithm"] == "ed25519"
    assert bytes.fromhex(document["signing_wrap"]["public_key"]) == _unlock(key_path).public_key
    assert document["checksum"] == key_file_parts.checksum(document)
    assert [p.name for p in key_path.parent.iterdir()] == ["clinician.key"]


def test_the_public_part_reads_without_the_passphrase(key_path: Path) -> None:
    info = read_clinician_key_info(key_path)
    assert info.clinician_name == CLINICIAN and info.fingerprint == _unlock(key_path).fingerprint
    assert info.created_at == NOW and info.params == PARAMS


def test_unlocking_derives_the_passphrase_key_once(key_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Argon2Params] = []
    real = key_file_parts.derive_key

    def counting(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
        calls.append(params)
        return real(passphrase, salt, params)

    monkeypatch.setattr(key_file_parts, "derive_key", counting)
    _unlock(key_path)
    assert calls == [PARAMS]


def test_the_passphrase_is_nfkc_normalised(tmp_path: Path) -> None:
    path = tmp_path / "clinician.key"
    create_clinician_key(path, CLINICIAN, "caf\u00e9 velvet quarry harbour", LIGHT_TEST_PARAMS, now=NOW)
    unlock_clinician_key(path, "cafe\u0301 velvet quarry harbour")


# --- refusals that change nothing ------------------------------------------------------------------


@pytest.mark.parametrize("guess", ["", DESK_PASSPHRASE + " ", DESK_PASSPHRASE.upper(), "harbour lantern"])
def test_a_wrong_passphrase_changes_nothing_on_disk(key_path: Path, guess: str) -> None:
    assert _refusal(key_path, guess) is WrongDeskPassphraseError
    _unlock(key_path)


def test_messages_hold_no_secrets_and_say_what_to_do(key_path: Path) -> None:
    with pytest.raises(WrongDeskPassphraseError) as wrong:
        unlock_clinician_key(key_path, "my secret guess is here")
    assert "secret guess" not in str(wrong.value) and "try again" in str(wrong.value)
    key_path.write_text("not json")
    with pytest.raises(DeskKeyDamagedError, match=r"damaged.*Restore clinician\.key from a copy"):
        _unlock(key_path)


def test_no_key_file_is_no_desk(tmp_path: Path) -> None:
    with pytest.raises(NoDeskError, match="Set one up"):
        unlock_clinician_key(tmp_path / "clinician.key", DESK_PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_create_never_overwrites(key_path: Path) -> None:
    before = key_path.read_bytes()
    with pytest.raises(DeskExistsError):
        create_clinician_key(key_path, "Someone Else", NEW_PASSPHRASE, PARAMS, now=NOW)
    assert key_path.read_bytes() == before


@pytest.mark.parametrize("passphrase",
                         ["short one", "password password password", "rowan ellis desk clinician"])
def test_create_refuses_a_passphrase_the_policy_refuses(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(DeskPassphraseRefusedError, match="cannot be used"):
        create_clinician_key(tmp_path / "clinician.key", CLINICIAN, passphrase, PARAMS, now=NOW)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["", "   ", "bad\x00name", "x" * 201])
def test_create_refuses_an_unusable_name(tmp_path: Path, name: str) -> None:
    with pytest.raises(DeskError):
        create_clinician_key(tmp_path / "clinician.key", name, DESK_PASSPHRASE, PARAMS, now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_a_naive_time_is_a_bug(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        create_clinician_key(tmp_path / "clinician.key", CLINICIAN, DESK_PASSPHRASE, PARAMS,
                             now=datetime(2026, 1, 1))


# --- every edit refused ----------------------------------------------------------------------------

W, A, D = WrongDeskPassphraseError, DeskKeyAlteredError, DeskKeyDamagedError
EXPECTED_WITH_CHECKSUM_FIXED: dict[Where, type[StorageError]] = {
    ("format",): D,
    ("version",): D,
    ("created_at",): A,
    ("passphrase_set_at",): A,
    ("clinician_name",): A,
    ("kdf", "name"): D,
    ("kdf", "version"): D,
    ("kdf", "time_cost"): W,
    ("kdf", "memory_kib"): W,
    ("kdf", "parallelism"): W,
    ("kdf", "salt"): W,
    ("passphrase_wrap", "cipher"): D,
    ("passphrase_wrap", "nonce"): W,
    ("passphrase_wrap", "ciphertext"): W,
    ("signing_wrap", "algorithm"): D,
    ("signing_wrap", "cipher"): D,
    ("signing_wrap", "public_key"): A,
    ("signing_wrap", "nonce"): A,
    ("signing_wrap", "ciphertext"): A,
    ("mac",): A,
}


def test_the_table_covers_every_field(key_path: Path) -> None:
    assert set(_leaves(_load(key_path))) - {("checksum",)} == set(EXPECTED_WITH_CHECKSUM_FIXED)


@pytest.mark.parametrize("where", sorted(EXPECTED_WITH_CHECKSUM_FIXED))
def test_an_edited_field_with_the_checksum_recomputed_is_refused(key_path: Path, where: Where) -> None:
    document = _load(key_path)
    _set(document, where, _changed(_get(document, where)))
    _save(key_path, document, fix_checksum=True)
    assert _refusal(key_path) is EXPECTED_WITH_CHECKSUM_FIXED[where]


@pytest.mark.parametrize("where", [*sorted(EXPECTED_WITH_CHECKSUM_FIXED), ("checksum",)])
def test_an_edited_field_alone_is_damage(key_path: Path, where: Where) -> None:
    document = _load(key_path)
    _set(document, where, _changed(_get(document, where)))
    _save(key_path, document, fix_checksum=False)
    assert _refusal(key_path) is DeskKeyDamagedError


def test_a_field_added_or_removed_is_damage(key_path: Path) -> None:
    original = _load(key_path)
    for where in [("comment",), ("kdf", "comment"), ("signing_wrap", "comment")]:
        document = json.loads(json.dumps(original))
        _set(document, where, "hello")
        _save(key_path, document, fix_checksum=True)
        assert _refusal(key_path) is DeskKeyDamagedError, where
    for where in _leaves(original):
        if where == ("checksum",):
            continue
        document = json.loads(json.dumps(original))
        del _get(document, where[:-1])[where[-1]]
        _save(key_path, document, fix_checksum=True)
        assert _refusal(key_path) is DeskKeyDamagedError, where


@pytest.mark.parametrize("mask", [0x01, 0x20, 0x80])
def test_every_single_byte_flip_is_refused(key_path: Path, mask: int) -> None:
    full = key_path.read_bytes()
    for index in range(len(full)):
        flipped = bytearray(full)
        flipped[index] ^= mask
        key_path.write_bytes(bytes(flipped))
        if chr(full[index]) in " \t\r\n" and chr(flipped[index]) in " \t\r\n":
            continue  # one kind of JSON whitespace for another: the same document
        assert _refusal(key_path) is DeskKeyDamagedError, index


def test_every_truncation_is_refused(key_path: Path) -> None:
    full = key_path.read_bytes()
    for length in range(len(full) - 1):  # only the final newline may go
        key_path.write_bytes(full[:length])
        assert _refusal(key_path) is DeskKeyDamagedError, length


def test_a_signing_wrap_spliced_from_another_desk_is_altered(key_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.key"
    create_clinician_key(other, CLINICIAN, DESK_PASSPHRASE, PARAMS, now=NOW)
    document = _load(key_path)
    document["signing_wrap"] = _load(other)["signing_wrap"]
    _save(key_path, document, fix_checksum=True)
    assert _refusal(key_path) is DeskKeyAlteredError


def test_a_newer_version_says_so(key_path: Path) -> None:
    document = _load(key_path)
    document["version"] = 2
    _save(key_path, document, fix_checksum=True)
    with pytest.raises(DeskKeyDamagedError, match="newer version"):
        _unlock(key_path)


def test_a_folder_in_place_of_the_file_is_damage(tmp_path: Path) -> None:
    (tmp_path / "clinician.key").mkdir()
    with pytest.raises(DeskKeyDamagedError):
        unlock_clinician_key(tmp_path / "clinician.key", DESK_PASSPHRASE)


# --- changing it, atomically -----------------------------------------------------------------------


def test_changing_the_passphrase_rewraps_and_keeps_the_signer(key_path: Path) -> None:
    desk = _unlock(key_path)
    before = _load(key_path)
    later = NOW + timedelta(days=30)
    change_desk_passphrase(key_path, desk, NEW_PASSPHRASE, LIGHT_TEST_PARAMS, now=later)
    after = _load(key_path)
    assert _refusal(key_path, DESK_PASSPHRASE) is WrongDeskPassphraseError
    again = unlock_clinician_key(key_path, NEW_PASSPHRASE)
    assert again.public_key == desk.public_key and again.mac_key(b"x") == desk.mac_key(b"x")
    assert after["kdf"]["salt"] != before["kdf"]["salt"]
    assert after["passphrase_wrap"]["nonce"] != before["passphrase_wrap"]["nonce"]
    assert after["signing_wrap"] == before["signing_wrap"] and after["created_at"] == before["created_at"]
    assert after["passphrase_set_at"] == later.isoformat()
    assert read_clinician_key_info(key_path).params == LIGHT_TEST_PARAMS
    assert [p.name for p in key_path.parent.iterdir()] == ["clinician.key"]


def test_changing_the_passphrase_refuses_a_weak_one_and_another_desks_key(key_path: Path,
                                                                         tmp_path: Path) -> None:
    before = key_path.read_bytes()
    with pytest.raises(DeskPassphraseRefusedError):
        change_desk_passphrase(key_path, _unlock(key_path), "too short", PARAMS, now=NOW)
    other = create_clinician_key(tmp_path / "other.key", CLINICIAN, DESK_PASSPHRASE, PARAMS, now=NOW)
    with pytest.raises(DeskKeyAlteredError):
        change_desk_passphrase(key_path, other, NEW_PASSPHRASE, PARAMS, now=NOW)
    assert key_path.read_bytes() == before


@pytest.mark.parametrize("failure", ["fsync", "replace"])
def test_a_write_that_fails_midway_leaves_the_old_file(key_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       failure: str) -> None:
    desk = _unlock(key_path)
    before = key_path.read_bytes()

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if failure == "fsync":
        monkeypatch.setattr(os, "fsync", disk_full)
    else:
        monkeypatch.setattr(Path, "replace", disk_full)
    with pytest.raises(DiskError, match="disk is full"):
        change_desk_passphrase(key_path, desk, NEW_PASSPHRASE, PARAMS, now=NOW)
    with pytest.raises(DiskError):
        rename_clinician(key_path, desk, "Dr. R. Ellis")
    monkeypatch.undo()
    assert key_path.read_bytes() == before
    assert temp_files_for(key_path) == []
    assert _unlock(key_path).clinician_name == CLINICIAN


def test_a_kill_between_temp_and_replace_leaves_the_old_passphrase_working(key_path: Path) -> None:
    # What a crash leaves: a complete temporary sibling that was never renamed. The old file rules, and
    # the next write sweeps the leftover away.
    leftover = key_path.with_name(".clinician.key.0123456789ab.tmp")
    leftover.write_bytes(b"half a key file")
    desk = _unlock(key_path)
    change_desk_passphrase(key_path, desk, NEW_PASSPHRASE, PARAMS, now=NOW)
    assert not leftover.exists()
    unlock_clinician_key(key_path, NEW_PASSPHRASE)


def test_renaming_the_clinician(key_path: Path) -> None:
    renamed = rename_clinician(key_path, _unlock(key_path), "  Dr.  Rowan   Ellis-Hart ")
    assert renamed.clinician_name == "Dr. Rowan Ellis-Hart" == _unlock(key_path).clinician_name
    assert read_clinician_key_info(key_path).clinician_name == "Dr. Rowan Ellis-Hart"


def test_the_module_never_reads_the_private_bytes() -> None:
    source = Path(clinician_key.__file__).read_text()
    assert "private_bytes" not in source and "_private" not in source
