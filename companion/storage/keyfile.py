"""The key file: the vault's data key, wrapped under the passphrase and the recovery key.

Since version 2 it also holds the vault's signing key (an Ed25519 key pair that signs the
clinician's export), its private part wrapped under a key derived from the data key. A
version-1 file (made before) opens as it always did and gets its signing key at the next
unlock (:func:`open_signing_key`), in one atomic rewrite.

Since version 3 a passphrase change re-keys the vault (:func:`replace_data_key`; DESIGN.md §5): the
recovery wrap is a sealed box to the recovery key's public key, so a new data key can be sealed for
the same recovery key, and the keys replaced are kept under the new one (``previous_keys``, see
:mod:`companion.storage.key_file_wraps`). Version 1 and 2 files open as before; their first re-key
issues a new recovery key, since only the old one could seal for itself.

A small JSON document, written atomically, made of the parts in :mod:`companion.storage.key_file_parts`
(shared with the clinician's desk key). Three layers make any edit fail cleanly:

1. ``checksum``: SHA-256 over the canonical JSON of everything else. It catches accidental
   damage (a bad sector, a truncated copy) before anything is trusted: KeyFileDamagedError.
   The bytes must also be exactly the ones companion writes (indentation, order, final newline),
   so any edit at all, even of white space, is damage.
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

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage import key_file_errors, key_file_parts, key_file_wraps, signing_key
from companion.storage.atomic import atomic_create_bytes, atomic_write_bytes
from companion.storage.data_key import DATA_KEY_BYTES, DataKey
from companion.storage.errors import (
    DiskError,
    NoVaultError,
    VaultExistsError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from companion.storage.kdf import Argon2Params
from companion.storage.key_file_parts import (
    PassphraseMismatchError,
    load_checked,
    open_passphrase_wrap,
    parse_kdf_record,
    parse_passphrase_wrap_record,
    parse_signing_wrap_record,
    read_at_most,
    sealed,
    sealed_bytes,
    signing_wrap_header,
    signing_wrap_record,
    wrap_under_passphrase,
)
from companion.storage.key_file_wraps import RecoveryMismatchError, RecoveryWrap
from companion.storage.recovery_key import RecoveryKey
from companion.storage.signing_key import SigningKey, SigningKeyMismatchError, WrappedSigningKey
from companion.storage.strict_json import canonical, exact_keys, hex_field, without

FORMAT = "companion-keyfile"
VERSION = 3  # 2: adds the signing wrap; 3: the recovery wrap is a sealed box, previous keys are kept
_VERSION_WITHOUT_SIGNING_KEY = 1
_VERSION_WITH_SIGNING_KEY = 2
MAX_FILE_BYTES = 64 * 1024

_MAC_INFO = b"companion keyfile mac"
_WHAT = QT_TRANSLATE_NOOP("StorageNames", "the key file")

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
_TOP_KEYS_V2 = _TOP_KEYS_V1 | {"signing_wrap"}
_TOP_KEYS = {1: _TOP_KEYS_V1, 2: _TOP_KEYS_V2, 3: _TOP_KEYS_V2 | {"previous_keys"}}


def _mac_key(data_key: DataKey) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(data_key.raw)


def _passphrase_aad(document: Mapping[str, Any]) -> bytes:
    return canonical(
        {
            "purpose": "passphrase",
            "format": document["format"],
            "version": 1,
            "kdf": document["kdf"],
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
    recovery: RecoveryWrap
    signing: WrappedSigningKey | None  # None in a version-1 file

    @property
    def version(self) -> int:
        return int(self.document["version"])


def _read_bytes(path: Path) -> bytes:
    try:
        raw = read_at_most(path, MAX_FILE_BYTES)
    except FileNotFoundError as error:
        raise NoVaultError(path.parent) from error
    except IsADirectoryError as error:
        raise key_file_errors.damaged(path) from error
    except OSError as error:
        #: %1 is the key file's name
        raise DiskError(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "The key file (%1) could not be read. Check the data folder's permissions and the drive, "
            "then try again.",
        ).arg(path.name)) from error
    if raw is None:
        raise key_file_errors.damaged(path)
    return raw


def _parse(path: Path, raw: bytes) -> _ParsedKeyFile:
    """The checked contents of the key file, or KeyFileDamagedError; never anything else."""
    try:
        document = load_checked(raw)
    except ValueError as error:
        raise key_file_errors.damaged(path) from error
    if document.get("format") != FORMAT:
        raise key_file_errors.damaged(path)
    version = document.get("version")
    if type(version) is int and version > VERSION:
        raise key_file_errors.newer_version(path)
    try:
        if type(version) is not int or version not in _TOP_KEYS:
            raise ValueError("unknown version")
        if raw != sealed_bytes(document):
            raise ValueError("not the bytes companion writes")  # e.g. white space edited by hand
        exact_keys(document, _TOP_KEYS[version])
        for stamp in ("created_at", "passphrase_set_at"):
            if not isinstance(document[stamp], str) or datetime.fromisoformat(document[stamp]).tzinfo is None:
                raise ValueError(f"{stamp} is not an aware timestamp")
        params, kdf_salt = parse_kdf_record(document["kdf"])
        passphrase_nonce, passphrase_ciphertext = parse_passphrase_wrap_record(
            document["passphrase_wrap"], DATA_KEY_BYTES
        )
        recovery = key_file_wraps.parse_recovery_wrap(document["recovery_wrap"], sealed_box=version >= 3)
        if version >= 3:
            key_file_wraps.check_previous_keys_record(document["previous_keys"])
        hex_field(document, "mac", 32)
        signing = parse_signing_wrap_record(document["signing_wrap"]) if version >= 2 else None
        return _ParsedKeyFile(
            document=document,
            params=params,
            kdf_salt=kdf_salt,
            passphrase_nonce=passphrase_nonce,
            passphrase_ciphertext=passphrase_ciphertext,
            recovery=recovery,
            signing=signing,
        )
    except ValueError as error:
        raise key_file_errors.damaged(path) from error


def _load(path: Path) -> _ParsedKeyFile:
    return _parse(path, _read_bytes(path))


def _verified(path: Path, parsed: _ParsedKeyFile, data_key: DataKey) -> DataKey:
    """``data_key``, with the keys it replaced, once the file's MAC proves nothing in it changed."""
    if not key_file_parts.mac_matches(parsed.document, _mac_key(data_key)):
        raise key_file_errors.tampered(path)
    if parsed.version < 3:
        return data_key
    try:
        previous = key_file_wraps.open_previous_keys(FORMAT, parsed.document["previous_keys"], data_key)
    except ValueError as error:
        raise key_file_errors.tampered(path) from error
    return DataKey(data_key.raw, previous)


def _sealed(document: dict[str, Any], data_key: DataKey) -> bytes:
    """The document with its MAC and checksum, as the bytes to write."""
    return sealed(document, _mac_key(data_key))


def _wrap_for_passphrase(
    document: dict[str, Any], data_key: DataKey, passphrase: str, params: Argon2Params
) -> None:
    """Sets ``kdf`` and ``passphrase_wrap`` in ``document``, with a fresh salt and nonce."""
    wrap_under_passphrase(document, data_key.raw, passphrase, params, _passphrase_aad)


def _add_signing_wrap(document: dict[str, Any], key: SigningKey, data_key: DataKey) -> None:
    """Sets ``signing_wrap`` in ``document`` (which must then be a version-2 or later document)."""
    document["signing_wrap"] = signing_wrap_header(key.public_key)
    wrapped = signing_key.wrap_signing_key(key, data_key, _signing_aad(document))
    document["signing_wrap"] = signing_wrap_record(wrapped)


def _version_3_document(
    *, created_at: str, passphrase_set_at: str, data_key: DataKey, previous: tuple[DataKey, ...]
) -> dict[str, Any]:
    """The clear header of a version-3 file and its previous keys (every wrap is added by the caller)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": created_at,
        "passphrase_set_at": passphrase_set_at,
        "previous_keys": key_file_wraps.previous_keys_record(FORMAT, data_key, previous),
    }


def create_key_file(
    path: Path, passphrase: str, params: Argon2Params, *, now: datetime
) -> tuple[DataKey, RecoveryKey]:
    """A new data key and recovery key (and signing key) wrapped into a new key file; never overwrites."""
    if path.exists() or path.is_symlink():
        raise VaultExistsError(path.parent)
    data_key = DataKey.generate()
    recovery = RecoveryKey.generate()
    stamp = _timestamp(now)
    document = _version_3_document(created_at=stamp, passphrase_set_at=stamp, data_key=data_key, previous=())
    _wrap_for_passphrase(document, data_key, passphrase, params)
    document["recovery_wrap"] = key_file_wraps.new_recovery_wrap(FORMAT, data_key, recovery)
    _add_signing_wrap(document, SigningKey.generate(), data_key)
    if not atomic_create_bytes(path, _sealed(document, data_key), what=_WHAT):
        raise VaultExistsError(path.parent)
    return data_key, recovery


def unlock_with_passphrase(path: Path, passphrase: str) -> DataKey:
    """The data key (with the keys it replaced), if ``passphrase`` opens this key file. Never writes."""
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
    """The data key (with the keys it replaced), if ``recovery`` belongs to this key file. Never writes."""
    parsed = _load(path)
    try:
        raw = key_file_wraps.open_recovery_wrap(
            FORMAT, parsed.document["recovery_wrap"], parsed.recovery, recovery
        )
    except RecoveryMismatchError as error:
        raise WrongRecoveryKeyError() from error
    return _verified(path, parsed, DataKey(raw))


def rewrap_passphrase(
    path: Path, data_key: DataKey, new_passphrase: str, params: Argon2Params, *, now: datetime
) -> None:
    """Wrap the same data key under a new passphrase; every other wrap is kept (the recovery flow's
    new passphrase: the person forgot the old one, nobody learned it, so nothing needs re-keying).

    One ``os.replace`` of a complete new file: at every instant either the old or the new
    passphrase opens the vault. KeyFileTamperedError if ``data_key`` is not this file's key.
    """
    parsed = _load(path)
    _verified(path, parsed, data_key)
    document = without(parsed.document, "mac", "checksum")
    document["passphrase_set_at"] = _timestamp(now)
    _wrap_for_passphrase(document, data_key, new_passphrase, params)
    atomic_write_bytes(path, _sealed(document, data_key), what=_WHAT)


def replace_data_key(
    path: Path, data_key: DataKey, new_passphrase: str, params: Argon2Params, *, now: datetime
) -> tuple[DataKey, RecoveryKey | None]:
    """A new data key, wrapped under ``new_passphrase`` and for the recovery key, in one atomic rewrite.

    The caller then re-keys the database (:meth:`Database.replace_key`); until it has, the new key's
    ``previous`` (this file's key first) still opens it, so a crash in between locks nobody out. The
    signing key is kept (clinicians know its fingerprint). Returns the new key and, for a file from
    before version 3, the new recovery key it had to issue (None otherwise: the same one still works).
    """
    parsed = _load(path)
    current = _verified(path, parsed, data_key)
    signer = _signing_key_of(path, parsed, current) if parsed.signing is not None else SigningKey.generate()
    new_key = DataKey(DataKey.generate().raw, current.candidates()[: key_file_wraps.MAX_PREVIOUS_KEYS])
    stamp = _timestamp(now)
    document = _version_3_document(
        created_at=parsed.document["created_at"],
        passphrase_set_at=stamp,
        data_key=new_key,
        previous=new_key.previous,
    )
    _wrap_for_passphrase(document, new_key, new_passphrase, params)
    issued: RecoveryKey | None = None
    if parsed.recovery.public_key is None:
        issued = RecoveryKey.generate()
        document["recovery_wrap"] = key_file_wraps.new_recovery_wrap(FORMAT, new_key, issued)
    else:
        document["recovery_wrap"] = key_file_wraps.resealed_recovery_wrap(FORMAT, new_key, parsed.recovery)
    _add_signing_wrap(document, signer, new_key)
    atomic_write_bytes(path, _sealed(document, new_key), what=_WHAT)
    return new_key, issued


def _signing_key_of(path: Path, parsed: _ParsedKeyFile, data_key: DataKey) -> SigningKey:
    try:
        if parsed.signing is None:
            raise SigningKeyMismatchError("the key file has no signing key")
        return signing_key.unwrap_signing_key(parsed.signing, data_key, _signing_aad(parsed.document))
    except SigningKeyMismatchError as error:
        raise key_file_errors.tampered(path) from error


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
        document["version"] = _VERSION_WITH_SIGNING_KEY
        _add_signing_wrap(document, SigningKey.generate(), data_key)
        atomic_write_bytes(path, _sealed(document, data_key), what=_WHAT)
        # Use what is on disk: had another process upgraded the file a moment before, its key wins.
        parsed = _load(path)
        _verified(path, parsed, data_key)
    return _signing_key_of(path, parsed, data_key)


def read_kdf_params(path: Path) -> Argon2Params:
    """The Argon2id parameters recorded in the key file (checked against its checksum)."""
    return _load(path).params


def created_at(path: Path) -> datetime:
    """When the key file (so the vault) was created, as recorded in it."""
    return datetime.fromisoformat(_load(path).document["created_at"])
