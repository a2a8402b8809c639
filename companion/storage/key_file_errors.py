"""The key file's refusals, each one sentence with the way forward (:mod:`companion.storage.keyfile`)."""

from __future__ import annotations

from pathlib import Path

from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.errors import KeyFileDamagedError, KeyFileTamperedError

# Each backup keeps a copy of the key file (<stamp>-<kind>.key); it opens with the passphrase of its day.
_WHERE_COPIES_ARE = QT_TRANSLATE_NOOP(
    "StorageErrors",
    "Copy the newest .key file from the backups folder over it (it opens with the passphrase you had then), "
    "or restore it from a copy of your data folder.",
)


def damaged(path: Path) -> KeyFileDamagedError:
    #: %1 is the key file's name; %2 says where copies of it are
    return KeyFileDamagedError(QT_TRANSLATE_NOOP(
        "StorageErrors", "The key file (%1) is damaged and cannot be read. %2"
    ).arg(path.name, _WHERE_COPIES_ARE))


def tampered(path: Path) -> KeyFileTamperedError:
    #: %1 is the key file's name; %2 says where copies of it are
    return KeyFileTamperedError(QT_TRANSLATE_NOOP(
        "StorageErrors", "The key file (%1) was changed after companion wrote it, so it cannot be trusted. %2"
    ).arg(path.name, _WHERE_COPIES_ARE))


def newer_version(path: Path) -> KeyFileDamagedError:
    #: %1 is the key file's name
    return KeyFileDamagedError(QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The key file (%1) was made by a newer version of companion. "
        "Install the newest version and try again.",
    ).arg(path.name))
