"""One window per data folder: a second start says so instead of opening the vault twice.

Two windows on one vault would each run the session timer, chime and record check-ins, and
disagree about the session (a patient who double-clicks the icon mid-session must not get that).
The lock is a QLockFile in the data folder: it holds the owner's process id, so a lock left by a
crashed or killed companion is taken over at once, and it never goes stale by age (a session
window stays open for hours).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from companion.paths import DataPaths

LOCK_FILE_NAME = "companion.lock"


def acquire_instance_lock(paths: DataPaths) -> QLockFile | None:
    """The held lock, or None when another companion has this data folder open."""
    paths.ensure_base()
    return acquire_folder_lock(paths.base, LOCK_FILE_NAME)


def acquire_folder_lock(folder: Path, file_name: str) -> QLockFile | None:
    """The held lock ``folder/file_name`` (the folder exists), or None when another process holds it.

    The clinician's desk takes one in its desk folder, the same way, so one desk folder has one window.
    """
    lock = QLockFile(str(folder / file_name))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never because it is old
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # The folder cannot hold a lock file (read-only, full): run without one rather than not at all.
    return lock


def already_open_text() -> str:
    return QCoreApplication.translate(
        "InstanceLock",
        "companion is already open with this data folder. Switch to its window (it may be minimised "
        "or behind other windows); a second window would run a second session timer on the same vault.")


def say_already_open(paths: DataPaths, parent: QWidget | None = None) -> None:
    say_before_start(already_open_text(), paths.preferences_file, parent)


def say_before_start(text: str, preferences_path: Path, parent: QWidget | None = None) -> None:
    """A plain message before any window is shown, in the theme and text size kept in
    ``preferences_path`` (the patient's preferences, or the desk's settings; defaults when absent)."""
    from companion.domain.preferences import TEXT_SCALE, THEME
    from companion.storage.preferences_file import PreferencesFile
    from companion.ui.theme import apply_appearance

    app = QApplication.instance()
    if isinstance(app, QApplication):
        preferences = PreferencesFile(preferences_path).load()
        apply_appearance(app, preferences.get(THEME), preferences.get(TEXT_SCALE))
    box = QMessageBox(QMessageBox.Icon.Information, "companion", text, QMessageBox.StandardButton.Ok, parent)
    box.exec()
