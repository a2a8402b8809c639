"""The preferences file: a small JSON object next to the vault, readable before unlock.

It holds only the declared preferences (theme, text size, idle lock, diagnostic log) and
never any personal content.  Reading is forgiving: a missing, damaged or partly unknown
file gives the defaults for whatever cannot be used, and the file is left untouched until
the user changes a setting (so a file written by a newer version is not clobbered on
start).  The clinician's desk keeps its display settings (theme and text size only) in a
file of the same format in its own folder.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from companion.domain.preferences import ALL_PREFERENCES, Preference, Preferences
from companion.domain.texts import QT_TRANSLATE_NOOP

FORMAT_VERSION = 1
# A preferences file is a few hundred bytes; anything far larger is not ours.
_MAX_READ_BYTES = 64 * 1024
_WHAT = QT_TRANSLATE_NOOP("StorageNames", "your settings")


class PreferencesFile:
    """Loads and saves :class:`Preferences` at one path.

    ``kept``: the preferences saved there (all of them by default); the others load as their
    defaults.
    """

    def __init__(self, path: Path, kept: Iterable[Preference[Any]] = ALL_PREFERENCES) -> None:
        self.path = path
        self._kept = frozenset(preference.key for preference in kept)

    def load(self) -> Preferences:
        """The stored preferences; defaults for anything missing, damaged or not allowed. Never raises."""
        try:
            with self.path.open("rb") as stream:
                data = stream.read(_MAX_READ_BYTES + 1)
        except OSError:
            return Preferences()
        if len(data) > _MAX_READ_BYTES:
            return Preferences()
        try:
            parsed = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return Preferences()
        if not isinstance(parsed, dict):
            return Preferences()
        return Preferences(parsed)

    def save(self, preferences: Preferences) -> None:
        """Write atomically (owner-only); DiskError with a calm sentence if the disk refuses."""
        # Imported here: loading preferences is on the start path, saving never is.
        from companion.storage.atomic import atomic_write_bytes, disk_error

        payload: dict[str, object] = {"format": FORMAT_VERSION}
        payload.update((key, value) for key, value in preferences.to_mapping().items() if key in self._kept)
        data = (json.dumps(payload, indent=2, sort_keys=True) + "\n").encode("utf-8")
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise disk_error(error, _WHAT) from error
        atomic_write_bytes(self.path, data, what=_WHAT)
