"""The clinician's key file (``clinician.key``): who the clinician is, and the key they sign with.

Made once, when the desk is set up, with the clinician's name and a passphrase of their own. It holds:

* a random 256-bit *desk secret*, wrapped with AES-256-GCM under Argon2id(passphrase) (parameters
  calibrated at creation, recorded in the file, as for the patient's vault);
* the clinician's Ed25519 signing key, its private seed wrapped under a key derived (HKDF) from the
  desk secret, exactly as the vault's key file wraps the patient's signing key. A passphrase change
  re-wraps the desk secret only, so the signing key and everything keyed from the secret (the MAC of
  the list of patients) outlive it;
* the clinician's name and the public key, in the clear, so the unlock screen can say whose desk it is.

Sealed like the vault's key file (:mod:`companion.storage.key_file_parts`): a checksum tells damage
(DeskKeyDamagedError) before anything is trusted; each wrap authenticates the header fields it depends
on; a MAC keyed from the desk secret covers every field, so once the passphrase opens the secret any
edit anywhere is DeskKeyAlteredError. Reading never writes: a wrong passphrase changes nothing on disk.
Every write replaces the whole file atomically (:mod:`companion.storage.atomic`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from companion.desk.desk_errors import (
    DeskError,
    DeskExistsError,
    DeskKeyAlteredError,
    DeskKeyDamagedError,
    DeskPassphraseRefusedError,
    NoDeskError,
    WrongDeskPassphraseError,
)
from companion.domain.passphrase_policy import evaluate_passphrase
from companion.domain.texts import QT_TRANSLATE_NOOP, Text
from companion.storage import signing_key, sshsig
from companion.storage.atomic import atomic_create_bytes, atomic_write_bytes
from companion.storage.data_key import DataKey
from companion.storage.errors import DiskError
from companion.storage.kdf import Argon2Params
from companion.storage.key_file_parts import (
    PassphraseMismatchError,
    load_checked,
    mac_matches,
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
from companion.storage.signing_key import SigningKey, SigningKeyMismatchError, WrappedSigningKey
from companion.storage.strict_json import canonical, exact_keys, hex_field, without

FORMAT = "companion-desk-key"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024
MAX_NAME_CHARS = 200
DESK_SECRET_BYTES = 32
PUBLIC_KEY_COMMENT = "companion-desk"

_MAC_INFO = b"companion desk key mac"
_WHAT = "the desk's key file"
_TOP_KEYS = frozenset(
    {
        "format",
        "version",
        "created_at",
        "passphrase_set_at",
        "clinician_name",
        "kdf",
        "passphrase_wrap",
        "signing_wrap",
        "mac",
        "checksum",
    }
)
_RESTORE = QT_TRANSLATE_NOOP(
    "DeskErrors", "Restore clinician.key from a copy of the desk folder; the desk cannot open without it.")


class UnlockedDesk:
    """The opened clinician key: the clinician's name, their signer, and keys derived from the desk secret.

    The desk secret and the private key stay inside; ``signer`` signs (it satisfies
    :class:`companion.storage.sshsig.RawSigner`) but never hands out its private bytes.
    """

    __slots__ = ("_secret", "clinician_name", "signer")

    def __init__(self, secret: DataKey, clinician_name: str, signer: SigningKey) -> None:
        self._secret = secret
        self.clinician_name = clinician_name
        self.signer = signer

    @property
    def public_key(self) -> bytes:
        return self.signer.public_key

    @property
    def fingerprint(self) -> str:
        """As ``ssh-keygen -l`` prints it: what a patient checks before trusting a signed care plan."""
        return sshsig.fingerprint(self.signer.public_key)

    def public_key_line(self) -> str:
        """The clinician's public key in OpenSSH format, for a patient's ``allowed_signers``."""
        return sshsig.public_key_line(self.signer.public_key, PUBLIC_KEY_COMMENT)

    def mac_key(self, purpose: bytes) -> bytes:
        """A 32-byte key for ``purpose`` (an HKDF info string), the same at every unlock of this desk."""
        if purpose == _MAC_INFO:
            raise ValueError("that purpose is the key file's own")
        return _derive(self._secret, purpose)

    def __repr__(self) -> str:
        return "UnlockedDesk(<hidden>)"


@dataclass(frozen=True)
class ClinicianKeyInfo:
    """What the key file says in the clear (checked against its checksum, not yet its MAC)."""

    clinician_name: str
    fingerprint: str
    created_at: datetime
    passphrase_set_at: datetime
    params: Argon2Params


@dataclass(frozen=True)
class _ParsedDeskKey:
    document: dict[str, Any]
    params: Argon2Params
    kdf_salt: bytes
    passphrase_nonce: bytes
    passphrase_ciphertext: bytes
    signing: WrappedSigningKey


def _derive(secret: DataKey, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret.raw)


def _damaged(path: Path) -> DeskKeyDamagedError:
    #: %1 is the key file's name; %2 says how to restore it
    return DeskKeyDamagedError(QT_TRANSLATE_NOOP(
        "DeskErrors", "The desk's key file (%1) is damaged and cannot be read. %2").arg(path.name, _RESTORE))


def _desk_exists(path: Path) -> Text:
    return QT_TRANSLATE_NOOP(
        "DeskErrors", "A clinician's desk already exists in %1; it was left as it is.").arg(path.parent)


def _altered(path: Path) -> DeskKeyAlteredError:
    #: %1 is the key file's name; %2 says how to restore it
    return DeskKeyAlteredError(QT_TRANSLATE_NOOP(
        "DeskErrors",
        "The desk's key file (%1) was changed after the desk wrote it, so it cannot be trusted. %2",
    ).arg(path.name, _RESTORE))


def _timestamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _passphrase_aad(document: Mapping[str, Any]) -> bytes:
    return canonical({"purpose": "passphrase", "format": FORMAT, "version": 1, "kdf": document["kdf"]})


def _signing_aad(document: Mapping[str, Any]) -> bytes:
    wrap = document["signing_wrap"]
    return canonical(
        {
            "purpose": "signing",
            "format": FORMAT,
            "version": 1,
            "algorithm": wrap["algorithm"],
            "public_key": wrap["public_key"],
        }
    )


def clean_clinician_name(name: str) -> str:
    """The name as it will be kept (trimmed, one line); DeskError if nothing usable is left."""
    cleaned = " ".join(name.split())
    if not cleaned or not cleaned.isprintable():
        raise DeskError(QT_TRANSLATE_NOOP(
            "DeskErrors", "Enter the clinician's name as patients know it (for example, Dr. Ana Ruiz)."))
    if len(cleaned) > MAX_NAME_CHARS:
        raise DeskError(QT_TRANSLATE_NOOP(
            "DeskErrors", "Shorten the clinician's name to at most %1 characters.").arg(MAX_NAME_CHARS))
    return cleaned


def check_new_passphrase(passphrase: str, clinician_name: str) -> None:
    """DeskPassphraseRefusedError unless the passphrase policy (the vault's) accepts it."""
    verdict = evaluate_passphrase(passphrase, context_words=(*clinician_name.split(), "desk", "clinician"))
    if not verdict.acceptable:
        reason = verdict.reasons[0] if verdict.reasons else QT_TRANSLATE_NOOP(
            "DeskErrors", "It would be easy to guess.")
        #: %1 is the reason, a sentence
        raise DeskPassphraseRefusedError(
            QT_TRANSLATE_NOOP("DeskErrors", "That passphrase cannot be used: %1").arg(reason))


def _read(path: Path) -> bytes:
    try:
        raw = read_at_most(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise NoDeskError(QT_TRANSLATE_NOOP(
            "DeskErrors",
            "There is no clinician's desk in %1 yet. Set one up with your name and a passphrase.",
        ).arg(path.parent)) from None
    except IsADirectoryError:
        raise _damaged(path) from None
    except OSError:
        raise DiskError(QT_TRANSLATE_NOOP(
            "DeskErrors",
            "The desk's key file (%1) could not be read. Check the desk folder's permissions and the drive, "
            "then try again.",
        ).arg(path.name)) from None
    if raw is None:
        raise _damaged(path)
    return raw


def _parse(path: Path, raw: bytes) -> _ParsedDeskKey:
    """The checked contents of the key file, or DeskKeyDamagedError; never anything else."""
    try:
        document = load_checked(raw)
    except ValueError:
        raise _damaged(path) from None
    version = document.get("version")
    if document.get("format") == FORMAT and type(version) is int and version > VERSION:
        raise DeskKeyDamagedError(QT_TRANSLATE_NOOP(
            "DeskErrors",
            "The desk's key file (%1) was made by a newer version of companion. Install the newest version "
            "and try again.",
        ).arg(path.name))
    try:
        if document.get("format") != FORMAT or version != VERSION or type(version) is not int:
            raise ValueError("not a desk key of this version")
        exact_keys(document, _TOP_KEYS)
        for stamp in ("created_at", "passphrase_set_at"):
            if not isinstance(document[stamp], str) or datetime.fromisoformat(document[stamp]).tzinfo is None:
                raise ValueError(f"{stamp} is not an aware timestamp")
        name = document["clinician_name"]
        if not isinstance(name, str) or clean_clinician_name(name) != name:
            raise ValueError("not a clinician's name as the desk writes it")
        params, kdf_salt = parse_kdf_record(document["kdf"])
        nonce, ciphertext = parse_passphrase_wrap_record(document["passphrase_wrap"], DESK_SECRET_BYTES)
        signing = parse_signing_wrap_record(document["signing_wrap"])
        hex_field(document, "mac", 32)
    except (ValueError, DeskError):
        raise _damaged(path) from None
    return _ParsedDeskKey(document, params, kdf_salt, nonce, ciphertext, signing)


def _load(path: Path) -> _ParsedDeskKey:
    return _parse(path, _read(path))


def _opened(path: Path, parsed: _ParsedDeskKey, secret: DataKey) -> UnlockedDesk:
    """The unlocked desk, once the MAC proves no field changed and the signing key opens."""
    if not mac_matches(parsed.document, _derive(secret, _MAC_INFO)):
        raise _altered(path)
    try:
        signer = signing_key.unwrap_signing_key(parsed.signing, secret, _signing_aad(parsed.document))
    except SigningKeyMismatchError:
        raise _altered(path) from None
    return UnlockedDesk(secret, parsed.document["clinician_name"], signer)


def _sealed(document: Mapping[str, Any], secret: DataKey) -> bytes:
    return sealed(document, _derive(secret, _MAC_INFO))


def create_clinician_key(
    path: Path, clinician_name: str, passphrase: str, params: Argon2Params, *, now: datetime
) -> UnlockedDesk:
    """A new desk secret and signing key, wrapped into a new key file at ``path``; never overwrites.

    DeskError for an empty name, DeskPassphraseRefusedError for a passphrase the policy refuses,
    DeskExistsError if a key file is already there.
    """
    name = clean_clinician_name(clinician_name)
    check_new_passphrase(passphrase, name)
    if path.exists() or path.is_symlink():
        raise DeskExistsError(_desk_exists(path))
    # The desk secret is a 32-byte secret like the vault's data key, and DataKey keeps it out of reprs.
    secret = DataKey.generate()
    signer = SigningKey.generate()
    stamp = _timestamp(now)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": stamp,
        "passphrase_set_at": stamp,
        "clinician_name": name,
    }
    wrap_under_passphrase(document, secret.raw, passphrase, params, _passphrase_aad)
    document["signing_wrap"] = signing_wrap_header(signer.public_key)
    wrapped = signing_key.wrap_signing_key(signer, secret, _signing_aad(document))
    document["signing_wrap"] = signing_wrap_record(wrapped)
    if not atomic_create_bytes(path, _sealed(document, secret), what=_WHAT):
        raise DeskExistsError(_desk_exists(path))
    return UnlockedDesk(secret, name, signer)


def unlock_clinician_key(path: Path, passphrase: str) -> UnlockedDesk:
    """The unlocked desk if ``passphrase`` opens ``path``: one Argon2id derivation. Reads only; never writes.

    WrongDeskPassphraseError, DeskKeyDamagedError, DeskKeyAlteredError, NoDeskError.
    """
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
    except PassphraseMismatchError:
        # An edit to the wrap or its KDF fields looks the same: only the passphrase could tell.
        raise WrongDeskPassphraseError() from None
    return _opened(path, parsed, DataKey(raw))


def _rewrite(path: Path, desk: UnlockedDesk, change: dict[str, Any]) -> dict[str, Any]:
    """The key file's document, proven to be this desk's, with ``change`` applied (not yet written)."""
    parsed = _load(path)
    opened = _opened(path, parsed, desk._secret)
    if opened.public_key != desk.public_key:
        raise _altered(path)
    document = without(parsed.document, "mac", "checksum")
    document.update(change)
    return document


def change_desk_passphrase(
    path: Path, desk: UnlockedDesk, new_passphrase: str, params: Argon2Params, *, now: datetime
) -> None:
    """Re-wrap the desk secret under a new passphrase (fresh salt and nonce), in one atomic replace.

    At every instant the old or the new passphrase opens the desk, never neither; the signing key, the
    clinician's name and the list of patients are untouched. DeskKeyAlteredError if the file on disk is
    not ``desk``'s; DeskPassphraseRefusedError if the policy refuses the new passphrase.
    """
    check_new_passphrase(new_passphrase, desk.clinician_name)
    document = _rewrite(path, desk, {"passphrase_set_at": _timestamp(now)})
    wrap_under_passphrase(document, desk._secret.raw, new_passphrase, params, _passphrase_aad)
    atomic_write_bytes(path, _sealed(document, desk._secret), what=_WHAT)


def rename_clinician(path: Path, desk: UnlockedDesk, clinician_name: str) -> UnlockedDesk:
    """The clinician's name changed in the key file (atomically); the desk as it is now unlocked."""
    name = clean_clinician_name(clinician_name)
    document = _rewrite(path, desk, {"clinician_name": name})
    atomic_write_bytes(path, _sealed(document, desk._secret), what=_WHAT)
    return UnlockedDesk(desk._secret, name, desk.signer)


def read_clinician_key_info(path: Path) -> ClinicianKeyInfo:
    """The clinician's name, key fingerprint and dates, without the passphrase (for the unlock screen).

    Checked against the checksum only: the MAC needs the passphrase, so show this as "who this desk
    says it belongs to", and trust it once :func:`unlock_clinician_key` succeeded.
    """
    parsed = _load(path)
    document = parsed.document
    return ClinicianKeyInfo(
        clinician_name=document["clinician_name"],
        fingerprint=sshsig.fingerprint(parsed.signing.public_key),
        created_at=datetime.fromisoformat(document["created_at"]),
        passphrase_set_at=datetime.fromisoformat(document["passphrase_set_at"]),
        params=parsed.params,
    )
