"""OpenSSH signatures (SSHSIG) and public keys for Ed25519, written from OpenSSH's PROTOCOL.sshsig.

What ``ssh-keygen -Y sign`` writes and ``ssh-keygen -Y verify`` checks, so a clinician can check an
export with OpenSSH alone. The armored signature::

    -----BEGIN SSH SIGNATURE-----
    base64 of the blob, 70 characters a line
    -----END SSH SIGNATURE-----

The blob: ``"SSHSIG"``, uint32 version 1, string public key, string namespace, string reserved
(empty), string hash algorithm, string signature; the Ed25519 signature is over ``"SSHSIG"``,
string namespace, string reserved, string hash algorithm, string H(message). Strings are RFC 4253
strings (uint32 length, then the bytes); keys and signatures use the RFC 8709 encodings.

Verification never raises on its input: anything malformed, truncated, oversized or merely
laid out differently from what this module (and ``ssh-keygen``) writes is "not valid", with a
reason. It is stricter than OpenSSH on layout (one canonical form, so that no changed byte of a
signature file goes unnoticed) and accepts only Ed25519 keys, the only kind the app makes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

NAMESPACE = "companion-export"
HASH_ALGORITHM = "sha512"
KEY_TYPE = "ssh-ed25519"
KEY_COMMENT = "companion"
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
MAX_SIGNATURE_FILE_BYTES = 16 * 1024
MAX_PUBLIC_KEY_FILE_BYTES = 16 * 1024

_MAGIC = b"SSHSIG"
_VERSION = 1
_BEGIN = "-----BEGIN SSH SIGNATURE-----"
_END = "-----END SSH SIGNATURE-----"
_LINE = 70  # what ssh-keygen writes
_HASHES = {"sha256": hashlib.sha256, "sha512": hashlib.sha512}


class RawSigner(Protocol):
    """What signs: the vault's ``SigningKey`` (``OpenVault.signer``), or a test's own key."""

    @property
    def public_key(self) -> bytes: ...

    def sign(self, data: bytes) -> bytes: ...


class MalformedError(ValueError):
    """Input that is not a well-formed SSHSIG, public key or SSH string; ``str()`` says why."""


@dataclass(frozen=True)
class SignatureCheck:
    """The outcome of :func:`verify`: ``valid``, the signer's public key if it could be read, and why not."""

    valid: bool
    public_key: bytes | None
    reason: str


# --- wire format --------------------------------------------------------------------------------


def _string(value: bytes) -> bytes:
    return struct.pack(">I", len(value)) + value


class _Reader:
    """Reads RFC 4253 values from bytes; every length is checked against what is left."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._at = 0

    def take(self, count: int, what: str) -> bytes:
        if count > len(self._data) - self._at:
            raise MalformedError(f"{what} is cut short")
        piece = self._data[self._at : self._at + count]
        self._at += count
        return piece

    def uint32(self, what: str) -> int:
        value: int = struct.unpack(">I", self.take(4, what))[0]
        return value

    def string(self, what: str) -> bytes:
        return self.take(self.uint32(what), what)

    def end(self, what: str) -> None:
        if self._at != len(self._data):
            raise MalformedError(f"{what} has bytes after its end")


def _public_key_from_blob(blob: bytes) -> bytes:
    reader = _Reader(blob)
    key_type = reader.string("the key type")
    if key_type != KEY_TYPE.encode("ascii"):
        raise MalformedError("the key is not an Ed25519 key")
    key = reader.string("the public key")
    if len(key) != PUBLIC_KEY_BYTES:
        raise MalformedError("the Ed25519 public key has the wrong length")
    reader.end("the public key")
    return key


def public_key_blob(public_key: bytes) -> bytes:
    """The SSH wire encoding of an Ed25519 public key (RFC 8709), which fingerprints hash."""
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return _string(KEY_TYPE.encode("ascii")) + _string(public_key)


# --- public keys and fingerprints ---------------------------------------------------------------


def public_key_line(public_key: bytes, comment: str = KEY_COMMENT) -> str:
    """The key as ``patient.pub`` holds it: ``ssh-ed25519 AAAA… companion`` (no line ending)."""
    encoded = base64.b64encode(public_key_blob(public_key)).decode("ascii")
    return f"{KEY_TYPE} {encoded} {comment}" if comment else f"{KEY_TYPE} {encoded}"


def fingerprint(public_key: bytes) -> str:
    """``SHA256:`` and the unpadded base64 of the SHA-256 of the key blob, as OpenSSH shows it."""
    digest = hashlib.sha256(public_key_blob(public_key)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def fingerprint_line(public_key: bytes, comment: str = KEY_COMMENT) -> str:
    """Exactly what ``ssh-keygen -l -f patient.pub`` prints: ``256 SHA256:… companion (ED25519)``."""
    return f"256 {fingerprint(public_key)} {comment or 'no comment'} (ED25519)"


def _strict_b64decode(text: str, what: str) -> bytes:
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise MalformedError(f"{what} is not valid base64") from error
    if base64.b64encode(data).decode("ascii") != text:  # the unused low bits, for one spelling only
        raise MalformedError(f"{what} is not canonical base64")
    return data


def parse_public_key(content: bytes | str) -> bytes:
    """The Ed25519 key of an OpenSSH public key (``ssh-ed25519 AAAA… [comment]``); MalformedError if not.

    Takes a ``patient.pub`` file's content, or a line of an ``allowed_signers`` file (whose
    principals and options come before the key type). Blank and ``#`` lines are skipped; the
    first other line must hold the key.
    """
    if isinstance(content, bytes):
        if len(content) > MAX_PUBLIC_KEY_FILE_BYTES:
            raise MalformedError("the public key file is far too large")
        try:
            content = content.decode("utf-8")
        except UnicodeDecodeError as error:
            raise MalformedError("the public key file is not text") from error
    for line in content.splitlines():
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        if KEY_TYPE not in words[:-1]:
            raise MalformedError("the file does not hold an Ed25519 public key in OpenSSH format")
        encoded = words[words.index(KEY_TYPE) + 1]
        return _public_key_from_blob(_strict_b64decode(encoded, "the public key"))
    raise MalformedError("the file does not hold a public key")


# --- signing and verifying ----------------------------------------------------------------------


def _signed_data(namespace: bytes, hash_algorithm: bytes, message: bytes) -> bytes:
    digest = _HASHES[hash_algorithm.decode("ascii")](message).digest()
    return _MAGIC + _string(namespace) + _string(b"") + _string(hash_algorithm) + _string(digest)


def armor(blob: bytes) -> str:
    """The armored form of a signature blob, wrapped at 70 columns as ``ssh-keygen`` does."""
    encoded = base64.b64encode(blob).decode("ascii")
    lines = [encoded[start : start + _LINE] for start in range(0, len(encoded), _LINE)]
    return "\n".join([_BEGIN, *lines, _END]) + "\n"


def sign(signer: RawSigner, message: bytes, namespace: str = NAMESPACE) -> str:
    """The armored SSHSIG of ``message`` (hashed with SHA-512), as ``ssh-keygen -Y sign`` writes it."""
    if not namespace:
        raise ValueError("the namespace must not be empty")
    name = namespace.encode("utf-8")
    hash_name = HASH_ALGORITHM.encode("ascii")
    signature = signer.sign(_signed_data(name, hash_name, message))
    blob = (
        _MAGIC
        + struct.pack(">I", _VERSION)
        + _string(public_key_blob(signer.public_key))
        + _string(name)
        + _string(b"")
        + _string(hash_name)
        + _string(_string(KEY_TYPE.encode("ascii")) + _string(signature))
    )
    return armor(blob)


@dataclass(frozen=True)
class _Blob:
    public_key: bytes
    namespace: bytes
    hash_algorithm: bytes
    signature: bytes


def _dearmor(armored: bytes) -> bytes:
    if len(armored) > MAX_SIGNATURE_FILE_BYTES:
        raise MalformedError("the signature file is far too large")
    try:
        text = armored.decode("ascii")
    except UnicodeDecodeError as error:
        raise MalformedError("the signature file is not plain text") from error
    if not text.startswith(_BEGIN + "\n") or not text.endswith("\n" + _END + "\n"):
        raise MalformedError("the signature file does not begin and end as an SSH signature does")
    body = text[len(_BEGIN) + 1 : len(text) - len(_END) - 2]
    blob = _strict_b64decode(body.replace("\n", ""), "the signature")
    if armor(blob) != text:
        raise MalformedError("the signature file is not laid out as ssh-keygen writes it")
    return blob


def _parse_blob(blob: bytes) -> _Blob:
    reader = _Reader(blob)
    if reader.take(len(_MAGIC), "the signature") != _MAGIC:
        raise MalformedError("the signature does not start with SSHSIG")
    version = reader.uint32("the signature version")
    if version != _VERSION:
        raise MalformedError(f"the signature has version {version}; only version 1 exists")
    public_key = _public_key_from_blob(reader.string("the public key"))
    namespace = reader.string("the namespace")
    if reader.string("the reserved field"):
        raise MalformedError("the signature's reserved field is not empty")
    hash_algorithm = reader.string("the hash algorithm")
    if hash_algorithm.decode("ascii", "replace") not in _HASHES:
        raise MalformedError("the signature names an unknown hash algorithm")
    inner = _Reader(reader.string("the signature"))
    reader.end("the signature")
    if inner.string("the signature type") != KEY_TYPE.encode("ascii"):
        raise MalformedError("the signature is not an Ed25519 signature")
    signature = inner.string("the Ed25519 signature")
    if len(signature) != SIGNATURE_BYTES:
        raise MalformedError("the Ed25519 signature has the wrong length")
    inner.end("the Ed25519 signature")
    return _Blob(public_key, namespace, hash_algorithm, signature)


def verify(armored: bytes, message: bytes, namespace: str = NAMESPACE) -> SignatureCheck:
    """Whether ``armored`` is a good SSHSIG of ``message`` in ``namespace``; never raises on the input.

    Says nothing about *whose* key it is: compare ``public_key`` with the key you trust.
    """
    try:
        blob = _parse_blob(_dearmor(armored))
    except MalformedError as error:
        return SignatureCheck(False, None, str(error))
    if blob.namespace != namespace.encode("utf-8"):
        return SignatureCheck(False, blob.public_key, "the signature was made for another use (namespace)")
    try:
        Ed25519PublicKey.from_public_bytes(blob.public_key).verify(
            blob.signature, _signed_data(blob.namespace, blob.hash_algorithm, message)
        )
    except (InvalidSignature, ValueError):
        return SignatureCheck(False, blob.public_key, "the signature does not match the signed file")
    return SignatureCheck(True, blob.public_key, "")
