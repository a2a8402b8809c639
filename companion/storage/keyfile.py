"""The key file: the vault's data key, wrapped under the passphrase and the recovery key.

Since version 2 it also holds the vault's signing key (an Ed25519 key pair that signs the
clinician's export), its private part wrapped under a key derived from the data key. A
version-1 file (made before) opens as it always did and gets its signing key at the next
unlock (:func:`open_signing_key`), in one atomic rewrite.

A small JSON document, written atomically. Three layers make any edit fail cleanly:

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

import hashlib
import hmac
import json
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

from companion.storage import signing_key
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
from companion.storage.kdf import ARGON2_VERSION_19, Argon2Params, derive_key
from companion.storage.recovery_key import RecoveryKey
from companion.storage.signing_key import SigningKey, SigningKeyMismatchError, WrappedSigningKey
from companion.storage.strict_json import canonical, exact_keys, hex_field, without
from companion.storage.strict_json import loads as strict_json_loads

FORMAT = "companion-keyfile"
VERSION = 2  # 2: adds the signing wrap
_VERSION_WITHOUT_SIGNING_KEY = 1
KDF_NAME = "argon2id"
CIPHER = "aes-256-gcm"
MAX_FILE_BYTES = 64 * 1024
SALT_BYTES = 16
NONCE_BYTES = 12
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
_KDF_KEYS = frozenset({"name", "version", "time_cost", "memory_kib", "parallelism", "salt"})
_PASSPHRASE_WRAP_KEYS = frozenset({"cipher", "nonce", "ciphertext"})
_RECOVERY_WRAP_KEYS = frozenset({"cipher", "hkdf_salt", "nonce", "ciphertext"})
_SIGNING_WRAP_KEYS = frozenset({"algorithm", "cipher", "public_key", "nonce", "ciphertext"})


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


def _checksum(document: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(without(document, "checksum"))).hexdigest()


def _mac_key(data_key: DataKey) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(data_key.raw)


def _mac(document: Mapping[str, Any], data_key: DataKey) -> str:
    body = canonical(without(document, "mac", "checksum"))
    return hmac.new(_mac_key(data_key), body, hashlib.sha256).hexdigest()


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
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise NoVaultError(path.parent) from error
    except IsADirectoryError as error:
        raise _damaged(path) from error
    except OSError as error:
        raise DiskError(
            f"The key file ({path.name}) could not be read. Check the data folder's permissions "
            "and the drive, then try again."
        ) from error
    if len(raw) > MAX_FILE_BYTES:
        raise _damaged(path)
    return raw


def _parse(path: Path, raw: bytes) -> _ParsedKeyFile:
    """The checked contents of the key file, or KeyFileDamagedError; never anything else."""
    try:
        document = strict_json_loads(raw)
        if not isinstance(document, dict) or not isinstance(document.get("checksum"), str):
            raise ValueError("no checksum")
        if not hmac.compare_digest(document["checksum"].encode("ascii"), _checksum(document).encode("ascii")):
            raise ValueError("checksum mismatch")
    except (UnicodeError, ValueError, RecursionError) as error:
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
        kdf = exact_keys(document["kdf"], _KDF_KEYS)
        if kdf["name"] != KDF_NAME or kdf["version"] != ARGON2_VERSION_19 or type(kdf["version"]) is not int:
            raise ValueError("unknown KDF")
        params = Argon2Params.from_json(without(kdf, "name", "version", "salt"))
        passphrase_wrap = exact_keys(document["passphrase_wrap"], _PASSPHRASE_WRAP_KEYS)
        recovery_wrap = exact_keys(document["recovery_wrap"], _RECOVERY_WRAP_KEYS)
        if passphrase_wrap["cipher"] != CIPHER or recovery_wrap["cipher"] != CIPHER:
            raise ValueError("unknown cipher")
        hex_field(document, "mac", 32)
        signing = _parse_signing_wrap(document["signing_wrap"]) if version == VERSION else None
        return _ParsedKeyFile(
            document=document,
            params=params,
            kdf_salt=hex_field(kdf, "salt", SALT_BYTES),
            passphrase_nonce=hex_field(passphrase_wrap, "nonce", NONCE_BYTES),
            passphrase_ciphertext=hex_field(passphrase_wrap, "ciphertext", WRAPPED_BYTES),
            recovery_salt=hex_field(recovery_wrap, "hkdf_salt", SALT_BYTES),
            recovery_nonce=hex_field(recovery_wrap, "nonce", NONCE_BYTES),
            recovery_ciphertext=hex_field(recovery_wrap, "ciphertext", WRAPPED_BYTES),
            signing=signing,
        )
    except ValueError as error:
        raise _damaged(path) from error


def _parse_signing_wrap(container: object) -> WrappedSigningKey:
    signing_wrap = exact_keys(container, _SIGNING_WRAP_KEYS)
    if signing_wrap["algorithm"] != signing_key.ALGORITHM or signing_wrap["cipher"] != CIPHER:
        raise ValueError("unknown signing algorithm or cipher")
    return WrappedSigningKey(
        public_key=hex_field(signing_wrap, "public_key", signing_key.PUBLIC_KEY_BYTES),
        nonce=hex_field(signing_wrap, "nonce", NONCE_BYTES),
        ciphertext=hex_field(signing_wrap, "ciphertext", signing_key.WRAPPED_BYTES),
    )


def _load(path: Path) -> _ParsedKeyFile:
    return _parse(path, _read_bytes(path))


def _verified(path: Path, parsed: _ParsedKeyFile, data_key: DataKey) -> DataKey:
    """``data_key`` once the file's MAC proves nothing in it changed."""
    expected = _mac(parsed.document, data_key)
    if not hmac.compare_digest(expected.encode("ascii"), parsed.document["mac"].encode("ascii")):
        raise _tampered(path)
    return data_key


def _sealed(document: dict[str, Any], data_key: DataKey) -> bytes:
    """The document with its MAC and checksum, as the bytes to write."""
    document = without(document, "mac", "checksum")
    document["mac"] = _mac(document, data_key)
    document["checksum"] = _checksum(document)
    return json.dumps(document, sort_keys=True, indent=2, ensure_ascii=True).encode("ascii") + b"\n"


def _wrap_for_passphrase(
    document: dict[str, Any], data_key: DataKey, passphrase: str, params: Argon2Params
) -> None:
    """Sets ``kdf`` and ``passphrase_wrap`` in ``document``, with a fresh salt and nonce."""
    salt = secrets.token_bytes(SALT_BYTES)
    document["kdf"] = {"name": KDF_NAME, "version": ARGON2_VERSION_19, **params.to_json(), "salt": salt.hex()}
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapping_key = derive_key(passphrase, salt, params)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, data_key.raw, _passphrase_aad(document))
    document["passphrase_wrap"] = {"cipher": CIPHER, "nonce": nonce.hex(), "ciphertext": ciphertext.hex()}


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
    document["signing_wrap"] = {"algorithm": signing_key.ALGORITHM, "public_key": key.public_key.hex()}
    wrapped = signing_key.wrap_signing_key(key, data_key, _signing_aad(document))
    document["signing_wrap"].update(
        cipher=CIPHER, nonce=wrapped.nonce.hex(), ciphertext=wrapped.ciphertext.hex()
    )


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
    wrapping_key = derive_key(passphrase, parsed.kdf_salt, parsed.params)
    try:
        raw = AESGCM(wrapping_key).decrypt(
            parsed.passphrase_nonce, parsed.passphrase_ciphertext, _passphrase_aad(parsed.document)
        )
    except InvalidTag as error:
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
