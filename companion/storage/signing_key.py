"""The vault's signing key: the Ed25519 key pair that signs the clinician's export.

Made with the vault (or, for a vault made before it existed, at the next unlock) and kept in
the key file: its private part wrapped with AES-256-GCM under a key derived from the data key
(HKDF-SHA256 with its own info string), so it opens exactly when the data key does and survives
every change of the data key's own wrapping (passphrase change, recovery). The key file's
checksum and MAC cover it like every other field.

Outside this module the private key exists only inside a :class:`SigningKey`, which signs and
tells its public key; it never hands out the private bytes. Only the key file wraps it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.storage.data_key import DataKey
from companion.storage.errors import StorageError

ALGORITHM = "ed25519"
PUBLIC_KEY_BYTES = 32
PRIVATE_KEY_BYTES = 32  # the RFC 8032 seed
SIGNATURE_BYTES = 64
NONCE_BYTES = 12
WRAPPED_BYTES = PRIVATE_KEY_BYTES + 16  # seed + GCM tag

_WRAP_INFO = b"companion signing-key wrap"


class SigningKeyUnavailableError(StorageError):
    """The vault is open but its signing key could not be read or saved at unlock."""


class SigningKeyMismatchError(ValueError):
    """A wrapped signing key that does not open, or opens to another public key."""


class SigningKey:
    """Signs bytes with the vault's Ed25519 key; keeps the private key out of reprs and callers."""

    __slots__ = ("_private", "_public")

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        self._public = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @property
    def public_key(self) -> bytes:
        """The 32-byte Ed25519 public key (RFC 8032 encoding)."""
        return self._public

    def sign(self, data: bytes) -> bytes:
        """The 64-byte Ed25519 signature of ``data`` (deterministic: same key and data, same bytes)."""
        return self._private.sign(data)

    def __repr__(self) -> str:
        return "SigningKey(<hidden>)"


@dataclass(frozen=True)
class WrappedSigningKey:
    """The signing key as the key file holds it: public key in the clear, private seed sealed."""

    public_key: bytes
    nonce: bytes
    ciphertext: bytes


def _wrapping_key(data_key: DataKey) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_WRAP_INFO).derive(data_key.raw)


def wrap_signing_key(key: SigningKey, data_key: DataKey, aad: bytes) -> WrappedSigningKey:
    """``key`` sealed under ``data_key`` with a fresh nonce; ``aad`` is authenticated with it."""
    seed = key._private.private_bytes(  # the one place the private bytes are read
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(_wrapping_key(data_key)).encrypt(nonce, seed, aad)
    return WrappedSigningKey(public_key=key.public_key, nonce=nonce, ciphertext=ciphertext)


def unwrap_signing_key(wrapped: WrappedSigningKey, data_key: DataKey, aad: bytes) -> SigningKey:
    """The signing key, or SigningKeyMismatchError if it does not open to its recorded public key."""
    try:
        seed = AESGCM(_wrapping_key(data_key)).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag as error:
        raise SigningKeyMismatchError("the signing key does not open with this data key") from error
    key = SigningKey(Ed25519PrivateKey.from_private_bytes(seed))
    if not secrets.compare_digest(key.public_key, wrapped.public_key):
        raise SigningKeyMismatchError("the signing key does not match its public key")
    return key
