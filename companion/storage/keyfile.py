"""The key file: the vault's data key, wrapped under the passphrase and the recovery key.

Since version 2 it also holds the vault's signing key (an Ed25519 key pair that signs the
clinician's export), its private part wrapped under a key derived from the data key. A
version-1 file (made before) opens as it always did and gets its signing key at the next
unlock (:func:`open_signing_key`), in one atomic rewrite.

A small JSON document, written atomically, made of the parts in :mod:`companion.storage.key_file_parts`
(shared with the clinician's desk key). Three layers make any edit fail cleanly:

1. ``checksum``: SHA-256 over the canonical JSON of everything else. It catches accidental
   damage (a bad sector, a truncated copy) before anything is trusted: KeyFileDamagedError.
2. Each AES-256-GCM wrap authenticates, as associated data, the header fields it depends on
   (format, the version that introduced the wrap, and for the passphrase wrap the KDF name,
   parameters and salt; for the signing wrap its algorithm and public key). Each wrap names the
   version that introduced it, not the file's version, so a version-1 file is upgraded in
   place without re-wrapping the data key, which only the passphrase or recovery key could do.
3. ``mac``: HMAC-SHA256 over the canonical JSON of every field but ``mac`` and ``checksum``,
   keyed from the data key. Checked after either wrap opens, so an edit to the other wrap or
   to ``created_at`` is caught too: KeyFileTamperedError.

An edit to the passphrase wrap or its KDF fields (with the checksum recomputed) cannot be
told apart from a wrong passphrase: only the passphrase could tell, and it does not match.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.storage import key_file_parts, signing_key
from companion.storage.atomic import atomic_create_bytes, atomic_write_bytes
from companion.storage.data_key import DATA_KEY_BYTES, DataKey
from companion.storage.errors import (
    DiskError,
    KeyFileDamagedError,
    KeyFileTamperedError,
    NoVaultError,
    VaultExistsError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from companion.storage.kdf import Argon2Params
from companion.storage.key_file_parts import (
    CIPHER,
    NONCE_BYTES,
    SALT_BYTES,
    PassphraseMismatchError,
    load_checked,
    open_passphrase_wrap,
    parse_kdf_record,
    parse_passphrase_wrap_record,
    parse_signing_wrap_record,
    read_at_most,
    sealed,
    signing_wrap_header,
    signing_wrap_record,
    wrap_under_passphrase,
)
from companion.storage.recovery_key import RecoveryKey
from companion.storage.signing_key import SigningKey, SigningKeyMismatchError, WrappedSigningKey
from companion.storage.strict_json import canonical, exact_keys, hex_field, without

FORMAT = "companion-keyfile"
VERSION = 2  # 2: adds the signing wrap
_VERSION_WITHOUT_SIGNING_KEY = 1
MAX_FILE_BYTES = 64 * 1024
WRAPPED_BYTES = DATA_KEY_BYTES + 16  # key + GCM tag

_MAC_INFO = b"companion keyfile mac"
_RECOVERY_INFO = b"companion recovery wrap"
_WHAT = "the key file"

_TOP_KEYS_V1 = frozenset(
    {
        "format",
        "version",
        "created_at",
        "passphrase_set_at",
        "kdf",
        "passphrase_wrap",
        "recovery_wrap",
        "mac",
        "checksum",
    }
)
_TOP_KEYS = _TOP_KEYS_V1 | {"signing_wrap"}
_RECOVERY_WRAP_KEYS = frozenset({"cipher", "hkdf_salt", "nonce", "ciphertext"})


# Each backup keeps a copy of the key file (<stamp>-<kind>.key); it opens with the passphrase of its day.
_WHERE_COPIES_ARE = (
    "Copy the newest .key file from the backups folder over it (it opens with the passphrase you had then), "
    "or restore it from a copy of your data folder."
)


def _damaged(path: Path) -> KeyFileDamagedError:
    return KeyFileDamagedError(
        f"The key file ({path.name}) is damaged and cannot be read. "
        f"{_WHERE_COPIES_ARE}"
    )


def _tampered(path: Path) -> KeyFileTamperedError:
    return KeyFileTamperedError(
        f"The key file ({path.name}) was changed after companion wrote it, so it cannot be trusted. "
        f"{_WHERE_COPIES_ARE}"
    )


def _newer_version(path: Path) -> KeyFileDamagedError:
    return KeyFileDamagedError(
        f"The key file ({path.name}) was made by a newer version of companion. "
        "Install the newest version and try again."
    )


def _mac_key(data_key: DataKey) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(data_key.raw)


def _recovery_wrapping_key(recovery: RecoveryKey, salt: bytes) -> bytes:
    # The recovery key holds 135 random bits: a fast KDF is enough.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_RECOVERY_INFO).derive(recovery.secret)


def _passphrase_aad(document: Mapping[str, Any]) -> bytes:
    return canonical(
        {
            "purpose": "passphrase",
            "format": document["format"],
            "version": 1,
            "kdf": document["kdf"],
        }
    )


def _recovery_aad(document: Mapping[str, Any]) -> bytes:
    return canonical(
        {
            "purpose": "recovery",
            "format": document["format"],
            "version": 1,
            "hkdf_salt": document["recovery_wrap"]["hkdf_salt"],
        }
    )


def _signing_aad(document: Mapping[str, Any]) -> bytes:
    return canonical(
        {
            "purpose": "signing",
            "format": document["format"],
            "version": 2,
            "algorithm": document["signing_wrap"]["algorithm"],
            "public_key": document["signing_wrap"]["public_key"],
        }
    )


def _timestamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class _ParsedKeyFile:
    """A key file that passed its checksum and has the expected shape."""

    document: dict[str, Any]
    params: Argon2Params
    kdf_salt: bytes
    passphrase_nonce: bytes
    passphrase_ciphertext: bytes
    recovery_salt: bytes
    recovery_nonce: bytes
    recovery_ciphertext: bytes
    signing: WrappedSigningKey | None  # None in a version-1 file


def _read_bytes(path: Path) -> bytes:
    try:
        raw = read_at_most(path, MAX_FILE_BYTES)
    except FileNotFoundError as error:
        raise NoVaultError(path.parent) from error
    except IsADirectoryError as error:
        raise _damaged(path) from error
    except OSError as error:
        raise DiskError(
            f"The key file ({path.name}) could not be read. Check the data folder's permissions "
            "and the drive, then try again."
        ) from error
    if raw is None:
        raise _damaged(path)
    return raw


def _parse(path: Path, raw: bytes) -> _ParsedKeyFile:
    """The checked contents of the key file, or KeyFileDamagedError; never anything else."""
    try:
        document = load_checked(raw)
    except ValueError as error:
        raise _damaged(path) from error
    if document.get("format") != FORMAT:
        raise _damaged(path)
    version = document.get("version")
    if type(version) is int and version > VERSION:
        raise _newer_version(path)
    try:
        if version not in (_VERSION_WITHOUT_SIGNING_KEY, VERSION) or type(version) is not int:
            raise ValueError("unknown version")
        exact_keys(document, _TOP_KEYS if version == VERSION else _TOP_KEYS_V1)
        for stamp in ("created_at", "passphrase_set_at"):
            if not isinstance(document[stamp], str) or datetime.fromisoformat(document[stamp]).tzinfo is None:
                raise ValueError(f"{stamp} is not an aware timestamp")
        params, kdf_salt = parse_kdf_record(document["kdf"])
        passphrase_nonce, passphrase_ciphertext = parse_passphrase_wrap_record(
            document["passphrase_wrap"], DATA_KEY_BYTES
        )
        recovery_wrap = exact_keys(document["recovery_wrap"], _RECOVERY_WRAP_KEYS)
        if recovery_wrap["cipher"] != CIPHER:
            raise ValueError("unknown cipher")
        hex_field(document, "mac", 32)
        signing = parse_signing_wrap_record(document["signing_wrap"]) if version == VERSION else None
        return _ParsedKeyFile(
            document=document,
            params=params,
            kdf_salt=kdf_salt,
            passphrase_nonce=passphrase_nonce,
            passphrase_ciphertext=passphrase_ciphertext,
            recovery_salt=hex_field(recovery_wrap, "hkdf_salt", SALT_BYTES),
            recovery_nonce=hex_field(recovery_wrap, "nonce", NONCE_BYTES),
            recovery_ciphertext=hex_field(recovery_wrap, "ciphertext", WRAPPED_BYTES),
            signing=signing,
        )
    except ValueError as error:
        raise _damaged(path) from error


def _load(path: Path) -> _ParsedKeyFile:
    return _parse(path, _read_bytes(path))


def _verified(path: Path, parsed: _ParsedKeyFile, data_key: DataKey) -> DataKey:
    """``data_key`` once the file's MAC proves nothing in it changed."""
    if not key_file_parts.mac_matches(parsed.document, _mac_key(data_key)):
        raise _tampered(path)
    return data_key


def _sealed(document: dict[str, Any], data_key: DataKey) -> bytes:
    """The document with its MAC and checksum, as the bytes to write."""
    return sealed(document, _mac_key(data_key))


def _wrap_for_passphrase(
    document: dict[str, Any], data_key: DataKey, passphrase: str, params: Argon2Params
) -> None:
    """Sets ``kdf`` and ``passphrase_wrap`` in ``document``, with a fresh salt and nonce."""
    wrap_under_passphrase(document, data_key.raw, passphrase, params, _passphrase_aad)


def _wrap_for_recovery(document: dict[str, Any], data_key: DataKey, recovery: RecoveryKey) -> None:
    salt = secrets.token_bytes(SALT_BYTES)
    document["recovery_wrap"] = {"cipher": CIPHER, "hkdf_salt": salt.hex()}
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(_recovery_wrapping_key(recovery, salt)).encrypt(
        nonce, data_key.raw, _recovery_aad(document)
    )
    document["recovery_wrap"].update(nonce=nonce.hex(), ciphertext=ciphertext.hex())


def _add_signing_wrap(document: dict[str, Any], key: SigningKey, data_key: DataKey) -> None:
    """Sets ``signing_wrap`` in ``document`` (which must then be a version-2 document)."""
    document["signing_wrap"] = signing_wrap_header(key.public_key)
    wrapped = signing_key.wrap_signing_key(key, data_key, _signing_aad(document))
    document["signing_wrap"] = signing_wrap_record(wrapped)


def create_key_file(
    path: Path, passphrase: str, params: Argon2Params, *, now: datetime
) -> tuple[DataKey, RecoveryKey]:
    """A new data key and recovery key (and signing key) wrapped into a new key file; never overwrites."""
    if path.exists() or path.is_symlink():
        raise VaultExistsError(path.parent)
    data_key = DataKey.generate()
    recovery = RecoveryKey.generate()
    stamp = _timestamp(now)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": stamp,
        "passphrase_set_at": stamp,
    }
    _wrap_for_passphrase(document, data_key, passphrase, params)
    _wrap_for_recovery(document, data_key, recovery)
    _add_signing_wrap(document, SigningKey.generate(), data_key)
    if not atomic_create_bytes(path, _sealed(document, data_key), what=_WHAT):
        raise VaultExistsError(path.parent)
    return data_key, recovery


def unlock_with_passphrase(path: Path, passphrase: str) -> DataKey:
    """The data key, if ``passphrase`` opens this key file. Reads only; never writes."""
    parsed = _load(path)
    try:
        raw = open_passphrase_wrap(
            passphrase,
            parsed.params,
            parsed.kdf_salt,
            parsed.passphrase_nonce,
            parsed.passphrase_ciphertext,
            _passphrase_aad(parsed.document),
        )
    except PassphraseMismatchError as error:
        raise WrongPassphraseError() from error
    return _verified(path, parsed, DataKey(raw))


def unlock_with_recovery_key(path: Path, recovery: RecoveryKey) -> DataKey:
    """The data key, if ``recovery`` belongs to this key file. Reads only; never writes."""
    parsed = _load(path)
    wrapping_key = _recovery_wrapping_key(recovery, parsed.recovery_salt)
    try:
        raw = AESGCM(wrapping_key).decrypt(
            parsed.recovery_nonce, parsed.recovery_ciphertext, _recovery_aad(parsed.document)
        )
    except InvalidTag as error:
        raise WrongRecoveryKeyError() from error
    return _verified(path, parsed, DataKey(raw))


def change_passphrase(
    path: Path, data_key: DataKey, new_passphrase: str, params: Argon2Params, *, now: datetime
) -> None:
    """Re-wrap the same data key under a new passphrase; the recovery and signing wraps are kept.

    One ``os.replace`` of a complete new file: at every instant either the old or the new
    passphrase opens the vault. KeyFileTamperedError if ``data_key`` is not this file's key.
    """
    parsed = _load(path)
    _verified(path, parsed, data_key)
    document = without(parsed.document, "mac", "checksum")
    document["passphrase_set_at"] = _timestamp(now)
    _wrap_for_passphrase(document, data_key, new_passphrase, params)
    atomic_write_bytes(path, _sealed(document, data_key), what=_WHAT)


def open_signing_key(path: Path, data_key: DataKey) -> SigningKey:
    """The vault's signing key; a version-1 file gets one first, in one atomic rewrite.

    Only after ``data_key`` proved the file authentic (its MAC). A failed or interrupted rewrite
    leaves the old file as it was, and the next unlock tries again. KeyFileTamperedError if
    ``data_key`` is not this file's key or the signing wrap does not open.
    """
    parsed = _load(path)
    _verified(path, parsed, data_key)
    if parsed.signing is None:
        document = without(parsed.document, "mac", "checksum")
        document["version"] = VERSION
        _add_signing_wrap(document, SigningKey.generate(), data_key)
        atomic_write_bytes(path, _sealed(document, data_key), what=_WHAT)
        # Use what is on disk: had another process upgraded the file a moment before, its key wins.
        parsed = _load(path)
        _verified(path, parsed, data_key)
    try:
        if parsed.signing is None:
            raise SigningKeyMismatchError("the upgraded key file has no signing key")
        return signing_key.unwrap_signing_key(parsed.signing, data_key, _signing_aad(parsed.document))
    except SigningKeyMismatchError as error:
        raise _tampered(path) from error


def read_kdf_params(path: Path) -> Argon2Params:
    """The Argon2id parameters recorded in the key file (checked against its checksum)."""
    return _load(path).params


def created_at(path: Path) -> datetime:
    """When the key file (so the vault) was created, as recorded in it."""
    return datetime.fromisoformat(_load(path).document["created_at"])
