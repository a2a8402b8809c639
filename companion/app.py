"""Composition root of the desktop app: builds the window and wires everything once.

Start-up cost matters (the cold start to the unlock screen is benchmarked against a bare
PySide6 window), so storage, crypto and the screens are imported only when first needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from companion.domain.clock import Clock
    from companion.paths import DataPaths
    from companion.storage.kdf import Argon2Params, KdfChooser
    from companion.ui.background import BackgroundRunner, DatabaseWorker
    from companion.ui.main_window import AppWindow

ALREADY_OPEN_EXIT_CODE = 1
FOLDER_REFUSED_EXIT_CODE = 2  # as the command line's bad arguments


def build_app_window(
    paths: DataPaths,
    *,
    clock: Clock,
    kdf_chooser: KdfChooser,
    runner: BackgroundRunner | None = None,
    worker: DatabaseWorker | None = None,
    demo_passphrase: str | None = None,
    idle_check_interval_ms: int | None = None,
    confirm_restore: Callable[[QWidget, str, str], bool] | None = None,
) -> AppWindow:
    """The main window with its controller and helpers (a QApplication must exist).

    Preferences are read and the language, theme and text size applied before any screen is built, and
    Return on a focused button presses it app-wide (installed once, however many windows).
    Call ``window.start()`` to show the first screen and ``window.shutdown()`` when done.
    """
    from PySide6.QtCore import QCoreApplication

    from companion.domain.preferences import LANGUAGE
    from companion.storage.preferences_file import PreferencesFile
    from companion.ui.background import BackgroundRunner, DatabaseWorker
    from companion.ui.idle_lock import DEFAULT_CHECK_INTERVAL_MS
    from companion.ui.language import install_language
    from companion.ui.main_window import AppWindow
    from companion.ui.return_key import install_return_key_filter
    from companion.ui.vault_controller import VaultController

    app = QCoreApplication.instance()
    if app is not None:
        install_return_key_filter(app)
    preferences_file = PreferencesFile(paths.preferences_file)
    preferences = preferences_file.load()
    install_language(preferences.get(LANGUAGE))  # widgets translate their texts when they are built
    controller = VaultController(
        paths,
        clock,
        kdf_chooser,
        runner if runner is not None else BackgroundRunner(),
        worker if worker is not None else DatabaseWorker(),
    )
    window = AppWindow(
        controller,
        paths=paths,
        clock=clock,
        preferences_file=preferences_file,
        preferences=preferences,
        demo_passphrase=demo_passphrase,
        idle_check_interval_ms=(
            idle_check_interval_ms if idle_check_interval_ms is not None else DEFAULT_CHECK_INTERVAL_MS
        ),
        confirm_restore=confirm_restore,
    )
    controller.setParent(window)
    return window


def _make_application() -> QApplication:
    from PySide6.QtGui import QIcon

    from companion.resources import resource
    from companion.ui.application import make_application

    app = make_application()
    app.setWindowIcon(QIcon(str(resource("icons/companion.svg"))))
    return app


def run_app(
    paths: DataPaths,
    *,
    clock: Clock | None = None,
    kdf_chooser: KdfChooser | None = None,
    demo_passphrase: str | None = None,
    already_open: Callable[[], None] | None = None,
) -> int:
    """Create the application, install the crash dialog, show the window and run until quit.

    A data folder that cannot be used (unreadable, in the way of a file, a name too long): say what is
    wrong before any window, exit code 2. Another companion with the same data folder open: say so and
    return at once.
    """
    app = _make_application()
    from companion.ui.language import install_saved_language

    install_saved_language(paths.preferences_file)  # before the first message box, too

    from companion.domain.clock import SystemClock
    from companion.paths import DataFolderError, open_data_folder
    from companion.ui import diagnostic_log
    from companion.ui.crash_dialog import CrashReporter, install_crash_hook
    from companion.ui.instance_lock import acquire_instance_lock, say_already_open, say_before_start

    try:
        open_data_folder(paths, create=True)
    except DataFolderError as error:
        from companion.export.export_files import display_name  # the folder's name may hold anything

        say_before_start(display_name(str(error)), paths.preferences_file)
        return FOLDER_REFUSED_EXIT_CODE
    instance_lock = acquire_instance_lock(paths)
    if instance_lock is None:
        already_open() if already_open is not None else say_already_open(paths)
        return ALREADY_OPEN_EXIT_CODE
    reporter = CrashReporter(parent=app)
    install_crash_hook(reporter)
    if kdf_chooser is None:
        kdf_chooser = _calibrate_when_needed
    window = build_app_window(
        paths,
        clock=clock if clock is not None else SystemClock(),
        kdf_chooser=kdf_chooser,
        demo_passphrase=demo_passphrase,
    )
    from companion.ui.application import run_until_quit

    # A desktop logout asks to commit data first: keep the draft and lock (SIGTERM is run_until_quit's).
    app.commitDataRequest.connect(window.lock_for_logout)
    return run_until_quit(app, window, instance_lock,
                          shown=lambda: diagnostic_log.log_event(diagnostic_log.DiagnosticEvent.APP_STARTED))


def _calibrate_when_needed() -> Argon2Params:
    """Production KDF choice; argon2 is imported only when a vault is created or re-keyed."""
    from companion.storage.kdf import calibrate

    return calibrate()
