"""What every key file is made of: the vault's (:mod:`companion.storage.keyfile`) and the clinician's desk's.

A key file is a small JSON document sealed twice:

* ``checksum``: SHA-256 over the canonical JSON of everything else. It tells accidental damage (a bad
  sector, a truncated copy) before anything in the file is trusted.
* ``mac``: HMAC-SHA256 over the canonical JSON of every field but ``mac`` and ``checksum``, keyed by a
  key only the unlocked secret gives. It tells a deliberate edit, made with the checksum recomputed.

Besides, the record of the Argon2id parameters a passphrase wrap was made with, and the record of an
Ed25519 signing key wrapped under the unlocked secret. Both are parsed strictly: any other shape is a
ValueError, which each key file turns into its own "damaged" sentence.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from companion.storage import signing_key
from companion.storage.kdf import ARGON2_VERSION_19, Argon2Params, derive_key
from companion.storage.signing_key import WrappedSigningKey
from companion.storage.strict_json import canonical, exact_keys, hex_field, without
from companion.storage.strict_json import loads as strict_json_loads

KDF_NAME = "argon2id"
CIPHER = "aes-256-gcm"
SALT_BYTES = 16
NONCE_BYTES = 12

GCM_TAG_BYTES = 16

_KDF_KEYS = frozenset({"name", "version", "time_cost", "memory_kib", "parallelism", "salt"})
_PASSPHRASE_WRAP_KEYS = frozenset({"cipher", "nonce", "ciphertext"})
_SIGNING_WRAP_KEYS = frozenset({"algorithm", "cipher", "public_key", "nonce", "ciphertext"})


def read_at_most(path: Path, limit: int) -> bytes | None:
    """The file's bytes, or None if it holds more than ``limit``; OSError as the system raised it."""
    with path.open("rb") as stream:
        raw = stream.read(limit + 1)
    return raw if len(raw) <= limit else None


def checksum(document: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(without(document, "checksum"))).hexdigest()


def load_checked(raw: bytes) -> dict[str, Any]:
    """The JSON object in ``raw`` if its ``checksum`` matches; ValueError for anything else."""
    try:
        document = strict_json_loads(raw)
    except RecursionError as error:
        raise ValueError("nested too deeply") from error
    if not isinstance(document, dict) or not isinstance(document.get("checksum"), str):
        raise ValueError("no checksum")
    if not hmac.compare_digest(document["checksum"].encode("ascii"), checksum(document).encode("ascii")):
        raise ValueError("checksum mismatch")
    return document


def mac(document: Mapping[str, Any], mac_key: bytes) -> str:
    body = canonical(without(document, "mac", "checksum"))
    return hmac.new(mac_key, body, hashlib.sha256).hexdigest()


def mac_matches(document: Mapping[str, Any], mac_key: bytes) -> bool:
    """Whether the document's ``mac`` field is its MAC under ``mac_key`` (compared in constant time)."""
    recorded = document.get("mac")
    if not isinstance(recorded, str):
        return False
    return hmac.compare_digest(mac(document, mac_key).encode("ascii"), recorded.encode("ascii"))


def sealed_bytes(document: Mapping[str, Any]) -> bytes:
    """The one spelling of a key file's document: indented, sorted, ASCII, a final newline."""
    return json.dumps(document, sort_keys=True, indent=2, ensure_ascii=True).encode("ascii") + b"\n"


def sealed(document: Mapping[str, Any], mac_key: bytes) -> bytes:
    """The document with a fresh MAC and checksum, as the bytes to write (see :func:`sealed_bytes`)."""
    body = without(document, "mac", "checksum")
    body["mac"] = mac(body, mac_key)
    body["checksum"] = checksum(body)
    return sealed_bytes(body)


def kdf_record(params: Argon2Params, salt: bytes) -> dict[str, Any]:
    """The ``kdf`` field of a passphrase wrap: Argon2id v1.3, its parameters and its salt."""
    return {"name": KDF_NAME, "version": ARGON2_VERSION_19, **params.to_json(), "salt": salt.hex()}


def parse_kdf_record(container: object) -> tuple[Argon2Params, bytes]:
    """The parameters and salt of a ``kdf`` field; ValueError unless it is what :func:`kdf_record` writes."""
    kdf = exact_keys(container, _KDF_KEYS)
    if kdf["name"] != KDF_NAME or kdf["version"] != ARGON2_VERSION_19 or type(kdf["version"]) is not int:
        raise ValueError("unknown KDF")
    params = Argon2Params.from_json(without(kdf, "name", "version", "salt"))
    return params, hex_field(kdf, "salt", SALT_BYTES)


class PassphraseMismatchError(Exception):
    """The passphrase does not open the wrap (or the wrap or what it authenticates was edited)."""


def wrap_under_passphrase(
    document: dict[str, Any],
    secret: bytes,
    passphrase: str,
    params: Argon2Params,
    aad: Callable[[Mapping[str, Any]], bytes],
) -> None:
    """Sets ``kdf`` and ``passphrase_wrap`` in ``document``: ``secret`` sealed with AES-256-GCM under
    Argon2id(passphrase), with a fresh salt and nonce. ``aad(document)`` is read once ``kdf`` is set, so
    the associated data can (and should) cover the parameters and salt."""
    salt = secrets.token_bytes(SALT_BYTES)
    document["kdf"] = kdf_record(params, salt)
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(derive_key(passphrase, salt, params)).encrypt(nonce, secret, aad(document))
    document["passphrase_wrap"] = {"cipher": CIPHER, "nonce": nonce.hex(), "ciphertext": ciphertext.hex()}


def parse_passphrase_wrap_record(container: object, secret_bytes: int) -> tuple[bytes, bytes]:
    """The nonce and ciphertext of a ``passphrase_wrap`` field sealing ``secret_bytes``; ValueError if not."""
    wrap = exact_keys(container, _PASSPHRASE_WRAP_KEYS)
    if wrap["cipher"] != CIPHER:
        raise ValueError("unknown cipher")
    return hex_field(wrap, "nonce", NONCE_BYTES), hex_field(wrap, "ciphertext", secret_bytes + GCM_TAG_BYTES)


def open_passphrase_wrap(
    passphrase: str, params: Argon2Params, salt: bytes, nonce: bytes, ciphertext: bytes, aad: bytes
) -> bytes:
    """The secret that :func:`wrap_under_passphrase` sealed (one Argon2id derivation).

    PassphraseMismatchError if the passphrase, the wrap or its associated data differ.
    """
    try:
        return AESGCM(derive_key(passphrase, salt, params)).decrypt(nonce, ciphertext, aad)
    except InvalidTag as error:
        raise PassphraseMismatchError() from error


def signing_wrap_header(public_key: bytes) -> dict[str, str]:
    """The clear fields of a signing wrap that its associated data covers (known before wrapping)."""
    return {"algorithm": signing_key.ALGORITHM, "public_key": public_key.hex()}


def signing_wrap_record(wrapped: WrappedSigningKey) -> dict[str, str]:
    """The ``signing_wrap`` field: the public key in the clear, the private seed sealed."""
    return {
        **signing_wrap_header(wrapped.public_key),
        "cipher": CIPHER,
        "nonce": wrapped.nonce.hex(),
        "ciphertext": wrapped.ciphertext.hex(),
    }


def parse_signing_wrap_record(container: object) -> WrappedSigningKey:
    """The wrapped key of a ``signing_wrap`` field; ValueError unless exactly what the writer makes."""
    signing_wrap = exact_keys(container, _SIGNING_WRAP_KEYS)
    if signing_wrap["algorithm"] != signing_key.ALGORITHM or signing_wrap["cipher"] != CIPHER:
        raise ValueError("unknown signing algorithm or cipher")
    return WrappedSigningKey(
        public_key=hex_field(signing_wrap, "public_key", signing_key.PUBLIC_KEY_BYTES),
        nonce=hex_field(signing_wrap, "nonce", NONCE_BYTES),
        ciphertext=hex_field(signing_wrap, "ciphertext", signing_key.WRAPPED_BYTES),
    )
