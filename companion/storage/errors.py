"""Known errors from the world (wrong passphrase, damaged file, full disk).

Each carries a calm, complete sentence for the person at the keyboard, and never any
personal content. The sentence is a :class:`~companion.domain.texts.Text`: ``str(error)`` is
its English, ``error.text`` the translatable message (context ``StorageErrors``) that the UI
turns into the user's language. Anything that is not a :class:`StorageError` is a bug.
"""

from __future__ import annotations

from pathlib import Path

from companion.domain.texts import QT_TRANSLATE_NOOP, Text, untranslated


class StorageError(Exception):
    """A known problem; ``str(error)`` is one sentence the user can act on, ``error.text`` its message.

    ``message`` is a :class:`Text`; a plain ``str`` is still taken (as a sentence that is not
    translated) from code that has not marked its sentences yet.
    """

    def __init__(self, message: Text | str) -> None:
        super().__init__(untranslated(message))

    @property
    def text(self) -> Text:
        message = self.args[0] if self.args else ""
        return message if isinstance(message, Text) else untranslated(str(message))


class WrongPassphraseError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors", "That passphrase did not unlock the vault. Check it and try again."))


class WrongRecoveryKeyError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors", "That recovery key does not belong to this vault."))


class RecoveryKeyTypoError(StorageError):
    """The recovery key's checksum does not match: a typo, not a wrong key."""


class KeyFileDamagedError(StorageError):
    """The key file cannot be read or does not match its own checksum."""


class KeyFileTamperedError(StorageError):
    """The key file's contents were changed after it was written."""


class NoVaultError(StorageError):
    def __init__(self, base: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP("StorageErrors", "There is no vault in %1.").arg(base))


class VaultExistsError(StorageError):
    def __init__(self, base: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors", "A vault already exists in %1; it was left as it is.").arg(base))


class PlaintextDatabaseError(StorageError):
    """An unencrypted SQLite file sits where the vault should be; it is refused, not touched."""


class VaultDamagedError(StorageError):
    """The vault could not be read or failed its integrity checks.

    ``moved_to`` is where the damaged file now lies (never deleted), or ``None`` if it
    was left in place.
    """

    def __init__(self, message: Text | str, moved_to: Path | None = None) -> None:
        super().__init__(message)
        self.moved_to = moved_to


class BackupError(StorageError):
    """A backup could not be written, read or restored."""


class DiskError(StorageError):
    """The disk refused a write (full, read-only, permissions)."""


class VaultBusyError(StorageError):
    """Another program holds the vault's lock; nothing is wrong with the file."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors", "The vault is in use by another program; close it and try again."))


class SchemaTooNewError(StorageError):
    """The vault was written by a newer version of the app; it is refused and left untouched."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StorageErrors",
                "This vault was saved by a newer version of companion (schema %1, this version knows "
                "up to %2); it was left untouched, so please install the newer version to open it.",
            ).arg(found, known)
        )
        self.found = found
        self.known = known
