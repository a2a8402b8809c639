"""Known errors from the world (wrong passphrase, damaged file, full disk).

Each carries a calm, complete sentence for the person at the keyboard, and never any
personal content.  Anything that is not a :class:`StorageError` is a bug.
"""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """A known problem; ``str(error)`` is one sentence the user can act on."""


class WrongPassphraseError(StorageError):
    def __init__(self) -> None:
        super().__init__("That passphrase did not unlock the vault. Check it and try again.")


class WrongRecoveryKeyError(StorageError):
    def __init__(self) -> None:
        super().__init__("That recovery key does not belong to this vault.")


class RecoveryKeyTypoError(StorageError):
    """The recovery key's checksum does not match: a typo, not a wrong key."""


class KeyFileDamagedError(StorageError):
    """The key file cannot be read or does not match its own checksum."""


class KeyFileTamperedError(StorageError):
    """The key file's contents were changed after it was written."""


class NoVaultError(StorageError):
    def __init__(self, base: Path) -> None:
        super().__init__(f"There is no vault in {base}.")


class VaultExistsError(StorageError):
    def __init__(self, base: Path) -> None:
        super().__init__(f"A vault already exists in {base}; it was left as it is.")


class PlaintextDatabaseError(StorageError):
    """An unencrypted SQLite file sits where the vault should be; it is refused, not touched."""


class VaultDamagedError(StorageError):
    """The vault could not be read or failed its integrity checks.

    ``moved_to`` is where the damaged file now lies (never deleted), or ``None`` if it
    was left in place.
    """

    def __init__(self, message: str, moved_to: Path | None = None) -> None:
        super().__init__(message)
        self.moved_to = moved_to


class BackupError(StorageError):
    """A backup could not be written, read or restored."""


class DiskError(StorageError):
    """The disk refused a write (full, read-only, permissions)."""


class VaultBusyError(StorageError):
    """Another program holds the vault's lock; nothing is wrong with the file."""

    def __init__(self) -> None:
        super().__init__("The vault is in use by another program; close it and try again.")


class SchemaTooNewError(StorageError):
    """The vault was written by a newer version of the app; it is refused and left untouched."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"This vault was saved by a newer version of companion (schema {found}, this version knows "
            f"up to {known}); it was left untouched, so please install the newer version to open it."
        )
        self.found = found
        self.known = known
