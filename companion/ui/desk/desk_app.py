"""Composition of the clinician's desk (``companion desk``): the application, the theme, the crash dialog
and one desk window per desk folder, as :mod:`companion.app` composes the patient's app.

The command line calls :func:`run_desk`; tests call :func:`build_desk_window` with their own clock, a
light key derivation, a file chooser, a URL opener and answers to its questions of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from companion.ui.application import make_application, run_until_quit
from companion.ui.core_text import core_text

if TYPE_CHECKING:
    from companion.desk.desk_paths import DeskPaths
    from companion.domain.clock import Clock
    from companion.storage.kdf import Argon2Params, KdfChooser
    from companion.ui.desk.desk_unlock_screen import NewListConfirmer
    from companion.ui.desk.desk_window import DeskWindow
    from companion.ui.desk.export_page import UrlOpener
    from companion.ui.desk.file_choosers import FileChooser
    from companion.ui.jobs import BugReporter

DESK_LOCK_FILE_NAME = "desk.lock"
ALREADY_OPEN_EXIT_CODE = 1
FOLDER_REFUSED_EXIT_CODE = 2


def build_desk_window(
    paths: DeskPaths,
    *,
    clock: Clock,
    kdf_chooser: KdfChooser,
    chooser: FileChooser | None = None,
    open_url: UrlOpener | None = None,
    theme: str | None = None,
    text_scale: int | None = None,
    report_bug: BugReporter | None = None,
    confirm_new_list: NewListConfirmer | None = None,
) -> DeskWindow:
    """The desk window with its controller (a QApplication must exist). Call ``start()``, then ``shutdown()``.

    The theme and text size (in percent of the system's) are read from the desk's settings file and
    applied first, as the patient's app does with its preferences; ``theme`` and ``text_scale`` override
    them for this window without saving. Return on a focused button presses it, as in the patient's app.
    """
    from companion.domain.preferences import LANGUAGE, TEXT_SCALE, THEME
    from companion.storage.preferences_file import PreferencesFile
    from companion.ui.desk.desk_controller import DeskController
    from companion.ui.desk.desk_window import DeskWindow
    from companion.ui.desk.file_choosers import DialogFileChooser
    from companion.ui.language import install_language
    from companion.ui.return_key import install_return_key_filter
    from companion.ui.theme import apply_appearance

    preferences_file = PreferencesFile(paths.settings_file, kept=(THEME, TEXT_SCALE))
    preferences = preferences_file.load()  # a few hundred bytes; never raises
    if theme is not None:
        preferences = preferences.with_value(THEME, theme)
    if text_scale is not None:
        preferences = preferences.with_value(TEXT_SCALE, text_scale)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        # The desk's settings keep no language (yet): this is "system", the computer's language.
        install_language(preferences.get(LANGUAGE))
        apply_appearance(app, preferences.get(THEME), preferences.get(TEXT_SCALE))
        install_return_key_filter(app)
    if report_bug is None:
        controller = DeskController(paths, clock, kdf_chooser)
    else:
        controller = DeskController(paths, clock, kdf_chooser, report_bug=report_bug)
    window = DeskWindow(
        controller,
        chooser=chooser if chooser is not None else DialogFileChooser(),
        open_url=open_url if open_url is not None else QDesktopServices.openUrl,
        confirm_new_list=confirm_new_list,
        preferences=preferences,
        preferences_file=preferences_file,
    )
    controller.setParent(window)
    return window


def desk_already_open_text() -> str:
    return QCoreApplication.translate(
        "DeskApp", "The clinician's desk is already open with this desk folder. Switch to its window (it may "
                   "be minimised or behind other windows).")


def run_desk(
    paths: DeskPaths,
    *,
    clock: Clock | None = None,
    kdf_chooser: KdfChooser | None = None,
    say: Callable[[str], None] | None = None,
) -> int:
    """Create the application, install the crash dialog, show the desk window and run until quit.

    A folder that is a patient's data folder (or cannot be made): one sentence, exit code 2. Another
    desk window on the same folder: say so, exit code 1.
    """
    app = make_application()

    from companion.domain.clock import SystemClock
    from companion.storage.errors import StorageError
    from companion.ui.crash_dialog import CrashReporter, install_crash_hook
    from companion.ui.instance_lock import acquire_folder_lock, say_before_start
    from companion.ui.language import install_saved_language

    install_saved_language(paths.settings_file)  # before the first message box, too

    # A sentence before any window, in the desk's own theme and text size.
    tell = say if say is not None else (lambda text: say_before_start(text, paths.settings_file))

    try:
        paths.ensure_base()
    except StorageError as error:
        tell(core_text(error))
        return FOLDER_REFUSED_EXIT_CODE
    instance_lock = acquire_folder_lock(paths.base, DESK_LOCK_FILE_NAME)
    if instance_lock is None:
        tell(desk_already_open_text())
        return ALREADY_OPEN_EXIT_CODE
    reporter = CrashReporter(parent=app)
    install_crash_hook(reporter)
    window = build_desk_window(
        paths,
        clock=clock if clock is not None else SystemClock(),
        kdf_chooser=kdf_chooser if kdf_chooser is not None else _calibrate_when_needed,
    )
    return run_until_quit(app, window, instance_lock)


def _calibrate_when_needed() -> Argon2Params:
    """Production KDF choice: calibrated to this computer, only when a desk is created."""
    from companion.storage.kdf import calibrate

    return calibrate()
