"""The vault key file's wraps besides the passphrase's: the recovery key's, and the data keys replaced.

**Recovery wrap.** In key files before version 3 it is AES-256-GCM under HKDF(recovery secret, salt):
only the recovery key itself can make such a wrap, so a new data key (a passphrase change re-keys the
vault, DESIGN.md §5) could not be sealed for it. From version 3 it is a sealed box to an X25519 public
key whose private key is HKDF(recovery secret, salt): the recovery key alone opens it, and companion
seals each new data key for the same recovery key without knowing it. Each seal uses a fresh
ephemeral key pair; its AES-256-GCM key is HKDF(shared secret) with both public keys in the info, and
the associated data covers every clear field.

**Previous data keys** (version 3): the keys this data key replaced, newest first, sealed together
under a key derived from the current data key. They open the backups made before a change and a
vault whose re-keying was interrupted. Only the current key reaches them, never the other way
round, so an old passphrase (which opens an old key file's copy, so an old key) opens nothing newer.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.storage.data_key import DATA_KEY_BYTES, DataKey
from companion.storage.key_file_parts import CIPHER, GCM_TAG_BYTES, NONCE_BYTES, SALT_BYTES
from companion.storage.recovery_key import RecoveryKey
from companion.storage.strict_json import canonical, exact_keys, hex_field

SEALED_BOX = "x25519-hkdf-sha256"
X25519_BYTES = 32
# The oldest replaced keys are dropped beyond this (their backups still open with their own key copies).
MAX_PREVIOUS_KEYS = 256

_SYMMETRIC_INFO = b"companion recovery wrap"
_X25519_INFO = b"companion recovery x25519"
_SEALED_BOX_INFO = b"companion recovery sealed box"
_PREVIOUS_INFO = b"companion previous data keys"
_SYMMETRIC_KEYS = frozenset({"cipher", "hkdf_salt", "nonce", "ciphertext"})
_SEALED_BOX_KEYS = _SYMMETRIC_KEYS | {"algorithm", "public_key", "ephemeral_public_key"}
_PREVIOUS_KEYS = frozenset({"cipher", "nonce", "ciphertext"})


class RecoveryMismatchError(Exception):
    """The recovery key does not open the wrap (or the wrap or what it authenticates was edited)."""


@dataclass(frozen=True)
class RecoveryWrap:
    """A parsed ``recovery_wrap``; ``public_key`` is None for the symmetric wrap of older files."""

    hkdf_salt: bytes
    nonce: bytes
    ciphertext: bytes
    public_key: bytes | None
    ephemeral_public_key: bytes | None


def _hkdf(secret: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _recovery_private_key(recovery: RecoveryKey, salt: bytes) -> X25519PrivateKey:
    # The recovery key holds 135 random bits: a fast KDF is enough.
    return X25519PrivateKey.from_private_bytes(_hkdf(recovery.secret, _X25519_INFO, salt))


def _aad(key_file_format: str, record: Mapping[str, Any]) -> bytes:
    """What the wrap authenticates: the format, the version that introduced this kind, its clear fields."""
    if "public_key" not in record:
        return canonical(
            {"purpose": "recovery", "format": key_file_format, "version": 1, "hkdf_salt": record["hkdf_salt"]}
        )
    clear = {name: record[name] for name in ("algorithm", "hkdf_salt", "public_key", "ephemeral_public_key")}
    return canonical({"purpose": "recovery", "format": key_file_format, "version": 3, **clear})


def _seal(key_file_format: str, data_key: DataKey, public_key: bytes, salt: bytes) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    record = {
        "algorithm": SEALED_BOX,
        "cipher": CIPHER,
        "hkdf_salt": salt.hex(),
        "public_key": public_key.hex(),
        "ephemeral_public_key": ephemeral_public.hex(),
    }
    nonce = secrets.token_bytes(NONCE_BYTES)
    box_key = _hkdf(shared, _SEALED_BOX_INFO + ephemeral_public + public_key)
    ciphertext = AESGCM(box_key).encrypt(nonce, data_key.raw, _aad(key_file_format, record))
    return {**record, "nonce": nonce.hex(), "ciphertext": ciphertext.hex()}


def new_recovery_wrap(key_file_format: str, data_key: DataKey, recovery: RecoveryKey) -> dict[str, str]:
    """A ``recovery_wrap`` sealing ``data_key`` for ``recovery`` (a fresh salt, so a fresh key pair)."""
    salt = secrets.token_bytes(SALT_BYTES)
    public_key = _raw_public(_recovery_private_key(recovery, salt).public_key())
    return _seal(key_file_format, data_key, public_key, salt)


def resealed_recovery_wrap(key_file_format: str, data_key: DataKey, wrap: RecoveryWrap) -> dict[str, str]:
    """A record sealing a new ``data_key`` for the recovery key of ``wrap`` (which must be a sealed box)."""
    if wrap.public_key is None:
        raise ValueError("a symmetric recovery wrap cannot be resealed without the recovery key")
    return _seal(key_file_format, data_key, wrap.public_key, wrap.hkdf_salt)


def parse_recovery_wrap(container: object, *, sealed_box: bool) -> RecoveryWrap:
    """The ``recovery_wrap`` field; ValueError unless exactly what the writer of that version makes."""
    record = exact_keys(container, _SEALED_BOX_KEYS if sealed_box else _SYMMETRIC_KEYS)
    if record["cipher"] != CIPHER or (sealed_box and record["algorithm"] != SEALED_BOX):
        raise ValueError("unknown recovery cipher")
    return RecoveryWrap(
        hkdf_salt=hex_field(record, "hkdf_salt", SALT_BYTES),
        nonce=hex_field(record, "nonce", NONCE_BYTES),
        ciphertext=hex_field(record, "ciphertext", DATA_KEY_BYTES + GCM_TAG_BYTES),
        public_key=hex_field(record, "public_key", X25519_BYTES) if sealed_box else None,
        ephemeral_public_key=hex_field(record, "ephemeral_public_key", X25519_BYTES) if sealed_box else None,
    )


def open_recovery_wrap(key_file_format: str, record: Mapping[str, Any], wrap: RecoveryWrap,
                       recovery: RecoveryKey) -> bytes:
    """The raw data key the wrap seals for ``recovery``; RecoveryMismatchError if it does not open."""
    try:
        if wrap.public_key is None or wrap.ephemeral_public_key is None:
            box_key = _hkdf(recovery.secret, _SYMMETRIC_INFO, wrap.hkdf_salt)
        else:
            private = _recovery_private_key(recovery, wrap.hkdf_salt)
            if _raw_public(private.public_key()) != wrap.public_key:
                raise RecoveryMismatchError()
            shared = private.exchange(X25519PublicKey.from_public_bytes(wrap.ephemeral_public_key))
            box_key = _hkdf(shared, _SEALED_BOX_INFO + wrap.ephemeral_public_key + wrap.public_key)
        return AESGCM(box_key).decrypt(wrap.nonce, wrap.ciphertext, _aad(key_file_format, record))
    except (InvalidTag, ValueError) as error:  # ValueError: a low-order public key in an edited file
        raise RecoveryMismatchError() from error


def _previous_aad(key_file_format: str) -> bytes:
    return canonical({"purpose": "previous data keys", "format": key_file_format, "version": 3})


def previous_keys_record(
    key_file_format: str, data_key: DataKey, previous: tuple[DataKey, ...]
) -> dict[str, str]:
    """The ``previous_keys`` field: ``previous`` (newest first, at most MAX_PREVIOUS_KEYS) under the key."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    plain = b"".join(key.raw for key in previous[:MAX_PREVIOUS_KEYS])
    sealing = AESGCM(_hkdf(data_key.raw, _PREVIOUS_INFO))
    ciphertext = sealing.encrypt(nonce, plain, _previous_aad(key_file_format))
    return {"cipher": CIPHER, "nonce": nonce.hex(), "ciphertext": ciphertext.hex()}


def check_previous_keys_record(container: object) -> None:
    """ValueError unless ``container`` has the shape :func:`previous_keys_record` writes."""
    record = exact_keys(container, _PREVIOUS_KEYS)
    if record["cipher"] != CIPHER:
        raise ValueError("unknown cipher")
    hex_field(record, "nonce", NONCE_BYTES)
    if not isinstance(record["ciphertext"], str):
        raise ValueError("previous keys are not hex")
    size = len(record["ciphertext"]) // 2 - GCM_TAG_BYTES
    if size < 0 or size % DATA_KEY_BYTES or size > MAX_PREVIOUS_KEYS * DATA_KEY_BYTES:
        raise ValueError("previous keys of the wrong length")
    hex_field(record, "ciphertext", size + GCM_TAG_BYTES)


def open_previous_keys(
    key_file_format: str, container: Mapping[str, Any], data_key: DataKey
) -> tuple[DataKey, ...]:
    """The previous data keys, newest first; ValueError if they do not open under ``data_key``."""
    nonce, ciphertext = bytes.fromhex(container["nonce"]), bytes.fromhex(container["ciphertext"])
    try:
        sealing = AESGCM(_hkdf(data_key.raw, _PREVIOUS_INFO))
        plain = sealing.decrypt(nonce, ciphertext, _previous_aad(key_file_format))
    except InvalidTag as error:
        raise ValueError("the previous keys do not open with this key") from error
    return tuple(DataKey(plain[at : at + DATA_KEY_BYTES]) for at in range(0, len(plain), DATA_KEY_BYTES))
