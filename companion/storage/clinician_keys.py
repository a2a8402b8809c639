"""The clinicians' keys the patient confirmed (schema 8).

The first time a signed care plan arrives, the patient reads its fingerprint to the clinician, who says
whether it is theirs; a confirmed key is remembered here, so later plans signed with it are recognised
and a plan signed by any other key is a loud warning (DESIGN.md §2). A key is never changed or
forgotten once remembered: a plan stored earlier names it by its fingerprint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from companion.domain.care_plan_file import MAX_ISSUED_BY_CHARACTERS
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage import sshsig
from companion.storage.database import Database
from companion.storage.errors import StorageError
from companion.storage.session_codec import format_time, parse_time

_COLUMNS = "fingerprint, public_key, signer_name, confirmed_at"


class StoredClinicianKeyDamagedError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "A clinician's key stored in the vault is damaged and could not be read, so nothing was "
            "changed; restoring a recent backup may bring it back.",
        ))


@dataclass(frozen=True)
class ClinicianKey:
    """A clinician's Ed25519 key that the patient confirmed with the clinician."""

    fingerprint: str  # "SHA256:…", as ssh-keygen -l shows it
    public_key: bytes  # 32 bytes
    signer_name: str  # who signed the plan that brought the key (its issued_by)
    confirmed_at: datetime

    @property
    def public_key_line(self) -> str:
        """``ssh-ed25519 AAAA…``, the line an OpenSSH ``allowed_signers`` file takes."""
        return sshsig.public_key_line(self.public_key, comment="")


def _key(row: Any) -> ClinicianKey:
    try:
        public_key = sshsig.parse_public_key(str(row[1]))
        key = ClinicianKey(str(row[0]), public_key, str(row[2]), parse_time(row[3]))
    except (sshsig.MalformedError, StorageError):
        raise StoredClinicianKeyDamagedError() from None
    if sshsig.fingerprint(public_key) != key.fingerprint:
        raise StoredClinicianKeyDamagedError()
    return key


class ClinicianKeyRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    def confirmed_keys(self) -> list[ClinicianKey]:
        """Every key the patient confirmed, the first one first."""
        rows = self._database.execute(
            f"SELECT {_COLUMNS} FROM clinician_keys ORDER BY confirmed_at, fingerprint"  # noqa: S608 - constant
        ).fetchall()
        return [_key(row) for row in rows]

    def find(self, fingerprint: str) -> ClinicianKey | None:
        row = self._database.execute(
            f"SELECT {_COLUMNS} FROM clinician_keys WHERE fingerprint = ?", (fingerprint,)  # noqa: S608
        ).fetchone()
        return None if row is None else _key(row)

    def remember(self, public_key: bytes, signer_name: str, *, at: datetime) -> ClinicianKey:
        """Remember ``public_key`` as confirmed by the patient; a key remembered before stays as it was.

        ValueError (a caller's bug) for a key that is not 32 bytes or a name the care-plan file refuses.
        """
        if not (signer_name.strip() and signer_name.isprintable()
                and len(signer_name) <= MAX_ISSUED_BY_CHARACTERS):
            raise ValueError("the signer's name must be one line of 1 to 200 characters")
        fingerprint = sshsig.fingerprint(public_key)  # ValueError unless 32 bytes
        line = sshsig.public_key_line(public_key, comment="")
        with self._database.transaction() as connection:
            connection.execute(
                f"INSERT INTO clinician_keys ({_COLUMNS}) VALUES (?, ?, ?, ?) "  # noqa: S608 - constant
                "ON CONFLICT (fingerprint) DO NOTHING",
                (fingerprint, line, signer_name, format_time(at)),
            )
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM clinician_keys WHERE fingerprint = ?", (fingerprint,)  # noqa: S608
            ).fetchone()
        return _key(row)
