"""The one window: routes between setup, unlock, recovery, damaged vault and the main shell.

Screens are built the first time they are needed, so starting to the unlock screen
imports and builds only what that screen uses.  Locking (Ctrl+L, the "Lock now" button or
the idle lock) clears every page's content first, shows the unlock screen, then closes the
database on its own thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from companion.domain.preferences import DIAGNOSTIC_LOG, IDLE_LOCK_MINUTES, TEXT_SCALE, THEME, Preferences
from companion.ui import diagnostic_log, theme
from companion.ui.diagnostic_log import DiagnosticEvent
from companion.ui.idle_lock import DEFAULT_CHECK_INTERVAL_MS, IdleLock
from companion.ui.setup.guided_screens import GuidedScreens
from companion.ui.widgets.current_page_stack import CurrentPageStack
from companion.ui.widgets.notice_banner import NoticeBanner
from companion.ui.widgets.restore_confirmation import RestoreConfirmer

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.paths import DataPaths
    from companion.storage.backups import BackupInfo
    from companion.storage.preferences_file import PreferencesFile
    from companion.ui.checkins.checkins_page import CheckinsPage
    from companion.ui.history.history_page import HistoryPage
    from companion.ui.journal.journal_page import JournalPage
    from companion.ui.main_shell import MainShell
    from companion.ui.session.session_page import SessionPage
    from companion.ui.settings.settings_screen import SettingsScreen
    from companion.ui.setup.damaged_vault_screen import DamagedVaultScreen
    from companion.ui.setup.recovery_screen import RecoveryScreen
    from companion.ui.setup.setup_wizard import SetupWizard
    from companion.ui.setup.unlock_screen import UnlockScreen
    from companion.ui.shell_pages import ShellBuilder, ShellPages
    from companion.ui.today.today_page import TodayPage
    from companion.ui.vault_controller import VaultController

SETUP, UNLOCK, RECOVERY, DAMAGED, MAIN = "setup", "unlock", "recovery", "damaged", "main"
KEY_FILE_MISSING = "key file missing"
_GUIDED_ROUTES = (SETUP, UNLOCK, RECOVERY, DAMAGED)
W = TypeVar("W", bound=QWidget)


def ask_close_during_session(parent: QWidget) -> bool:
    """Closing during a session: the session goes on (it resumes when companion is opened again)."""
    from companion.ui.widgets.close_during_session import ask_close_during_session as ask

    return ask(parent)


def first_route(paths: DataPaths) -> str:
    """The first screen for the files on disk.

    The same decision as ``storage.vault.vault_status`` (a test holds them together), made
    from two file checks so the cold start does not import the crypto and database stack
    before the unlock screen is on screen.
    """
    has_key, has_database = paths.key_file.exists(), paths.vault_db.exists()
    if has_key:
        return UNLOCK  # READY, or DATABASE_MISSING: unlocking then offers a backup
    return KEY_FILE_MISSING if has_database else SETUP


class AppWindow(QMainWindow):
    """Decides which screen is visible; owns the lock action and the idle lock."""

    def __init__(
        self,
        controller: VaultController,
        *,
        paths: DataPaths,
        clock: Clock,
        preferences_file: PreferencesFile,
        preferences: Preferences | None = None,
        demo_passphrase: str | None = None,
        idle_check_interval_ms: int = DEFAULT_CHECK_INTERVAL_MS,
        confirm_restore: RestoreConfirmer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("companion")  # never anything personal
        self.setMinimumSize(640, 480)
        self.resize(1000, 720)
        self.controller = controller
        self._paths = paths
        self._clock = clock
        self._preferences_file = preferences_file
        self._preferences = preferences if preferences is not None else preferences_file.load()
        self._confirm_restore = confirm_restore
        self._guided = GuidedScreens(controller, paths, clock, preferences_file, demo_passphrase,
                                     confirm_restore)
        self._route = ""
        self._screens: dict[str, QWidget] = {}
        self.shell: MainShell | None = None
        self.pages: ShellPages | None = None
        self.settings_screen: SettingsScreen | None = None
        self.session_page: SessionPage | None = None
        self.checkins_page: CheckinsPage | None = None
        self.today_page: TodayPage | None = None
        self.history_page: HistoryPage | None = None
        self.journal_page: JournalPage | None = None
        self._builder: ShellBuilder | None = None  # the pages, built ahead of the unlock
        # Asked before closing during a session; tests replace it.
        self.confirm_close_during_session: Callable[[QWidget], bool] = ask_close_during_session
        self._logging_out = False  # the desktop session is ending: no one is there to answer
        # Session mode fills the screen (DESIGN.md §2); layout tests size the window themselves.
        self.full_screen_in_session = True
        self._state_before_session: Qt.WindowState | None = None

        self._apply_appearance(self._preferences)
        diagnostic_log.configure(paths, self._preferences.get(DIAGNOSTIC_LOG))

        central = QWidget(self)
        self._demo_text = self.tr("Demo — this vault holds made-up data, not anyone's real information.")
        self.demo_banner = QLabel(self._demo_text, central)
        self.demo_banner.setProperty("role", "demo")
        self.demo_banner.setWordWrap(True)  # at 200 % text it would push the window wider than the screen
        self.demo_banner.setAccessibleName(self.tr("Demo notice"))
        self.demo_banner.setVisible(bool(demo_passphrase) or paths.demo_marker.exists())
        self.notice_banner = NoticeBanner(central)  # e.g. the daily backup failed
        self.stack = CurrentPageStack(central)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.demo_banner)
        central_layout.addWidget(self.notice_banner)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.lock_action = QAction(self.tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock the vault"))
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.lock_now)
        self.addAction(self.lock_action)

        self.idle_lock = IdleLock(
            clock,
            self._preferences.get(IDLE_LOCK_MINUTES),
            check_interval_ms=idle_check_interval_ms,
            parent=self,
        )
        self.idle_lock.idle_timed_out.connect(self._on_idle_lock_idle_timed_out)

        controller.unlocked.connect(self._on_controller_unlocked)
        controller.locked.connect(self._on_controller_locked)
        controller.locked.connect(self.notice_banner.dismiss)
        controller.daily_backup_failed.connect(self.notice_banner.show_notice)
        controller.vault_damaged.connect(self._on_controller_vault_damaged)
        controller.backup_restored.connect(self._on_controller_backup_restored)
        controller.busy_changed.connect(self._on_controller_busy_changed)

    # --- routing -----------------------------------------------------------------------------

    def start(self) -> None:
        """Show the first screen for the files on disk (no vault → setup; otherwise unlock)."""
        self.show_route(first_route(self._paths))

    def current_route(self) -> str:
        return self._route

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_route(self, route: str) -> None:
        widget = self._screen_for(route)
        self.stack.setCurrentWidget(widget)
        self._route = route
        self._update_lock_action()
        if route == UNLOCK:
            self.unlock_screen().passphrase_field.setFocus()

    def _screen_for(self, route: str) -> QWidget:
        builders: dict[str, Callable[[], QWidget]] = {
            SETUP: self._build_setup_wizard,
            UNLOCK: self._build_unlock_screen,
            RECOVERY: self._build_recovery_screen,
            DAMAGED: self._guided.damaged_screen,
            MAIN: self._build_shell,
            KEY_FILE_MISSING: self._guided.key_file_missing_screen,
        }
        widget = self._screens.get(route)
        if widget is None:
            widget = builders[route]()
            self._screens[route] = widget
            self.stack.addWidget(widget)
        return widget

    def _typed(self, route: str, kind: type[W]) -> W:
        widget = self._screen_for(route)
        assert isinstance(widget, kind)
        return widget

    def setup_wizard(self) -> SetupWizard:
        from companion.ui.setup.setup_wizard import SetupWizard

        return self._typed(SETUP, SetupWizard)

    def unlock_screen(self) -> UnlockScreen:
        from companion.ui.setup.unlock_screen import UnlockScreen

        return self._typed(UNLOCK, UnlockScreen)

    def recovery_screen(self) -> RecoveryScreen:
        from companion.ui.setup.recovery_screen import RecoveryScreen

        return self._typed(RECOVERY, RecoveryScreen)

    def damaged_screen(self) -> DamagedVaultScreen:
        from companion.ui.setup.damaged_vault_screen import DamagedVaultScreen

        return self._typed(DAMAGED, DamagedVaultScreen)

    def main_shell(self) -> MainShell:
        from companion.ui.main_shell import MainShell

        return self._typed(MAIN, MainShell)

    # --- building (lazy) ---------------------------------------------------------------------

    def _build_setup_wizard(self) -> QWidget:
        wizard = self._guided.setup_wizard(self._preferences)
        wizard.finished.connect(self._on_setup_wizard_finished)
        wizard.preferences_changed.connect(self.apply_preferences)  # text size and theme, before setup
        return wizard

    def _build_unlock_screen(self) -> QWidget:
        screen = self._guided.unlock_screen()
        screen.recovery_requested.connect(self._on_unlock_screen_recovery_requested)
        return screen

    def _build_recovery_screen(self) -> QWidget:
        screen = self._guided.recovery_screen()
        screen.cancelled.connect(self._on_recovery_screen_cancelled)
        return screen

    def prepare_main(self) -> None:
        """Build the unlocked app's pages while the key is derived, a page per idle turn (ShellBuilder)."""
        if MAIN not in self._screens:
            self._shell_builder().start()

    def _shell_builder(self) -> ShellBuilder:
        if self._builder is None:
            from companion.ui.shell_pages import ShellBuilder

            self._builder = ShellBuilder(self.controller, self._clock, self._make_settings, self.lock_action,
                                         self.stack)
        return self._builder

    def _make_settings(self) -> SettingsScreen:
        from companion.ui.settings.settings_screen import SettingsScreen

        settings = SettingsScreen(self.controller, self._preferences_file, self._preferences,
                                  logs_dir=self._paths.logs_dir, confirm_restore=self._confirm_restore,
                                  clock=self._clock)
        settings.preferences_changed.connect(self._on_settings_screen_preferences_changed)
        return settings

    def _build_shell(self) -> QWidget:
        builder = self._shell_builder()
        pages = builder.finish()
        builder.deleteLater()
        self._builder = None
        settings = pages.settings
        pages.session_active_changed.connect(self._on_pages_session_active_changed)
        pages.session_mode_changed.connect(self._on_pages_session_mode_changed)
        self.pages = pages
        self.shell = pages.shell
        self.settings_screen = settings
        self.session_page, self.checkins_page = pages.session, pages.checkins
        self.today_page, self.history_page = pages.today, pages.history
        self.journal_page = pages.journal
        return pages.shell

    def _session_active(self) -> bool:
        return self.pages is not None and self.pages.session_active()

    def _update_lock_action(self) -> None:
        # In session mode the Help button must stay on screen: no locking by hand until the session ends.
        in_session_mode = self.pages is not None and self.pages.in_session_mode()
        self.lock_action.setEnabled(self._route == MAIN and not in_session_mode)

    @Slot(bool)
    def _on_pages_session_active_changed(self, active: bool) -> None:
        self.set_idle_lock_inhibited(active)

    @Slot(bool)
    def _on_pages_session_mode_changed(self, session_mode: bool) -> None:
        self._update_lock_action()
        # One short line in session mode: every line there belongs to the sitter's screen.
        self.demo_banner.setText(self.tr("Demo — made-up data") if session_mode else self._demo_text)
        if session_mode and self.full_screen_in_session and self._state_before_session is None:
            self._state_before_session = self.windowState()
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        elif not session_mode and self._state_before_session is not None:
            self.setWindowState(self._state_before_session)
            self._state_before_session = None

    # --- locking -----------------------------------------------------------------------------

    @Slot()
    def lock_now(self) -> None:
        """Clear every page, show the unlock screen, close the database. A no-op when not unlocked."""
        if self._route != MAIN and not self.controller.is_unlocked():
            return
        self.idle_lock.disarm()
        if self.shell is not None:
            self.shell.clear_content()
        self.show_route(UNLOCK)
        self.unlock_screen().reset()
        self.controller.lock()

    def set_idle_lock_inhibited(self, inhibited: bool) -> None:
        """For an active session: keep the vault open however long the user is away from the keys."""
        self.idle_lock.set_inhibited(inhibited)

    # --- preferences -------------------------------------------------------------------------

    def preferences(self) -> Preferences:
        return self._preferences

    def apply_preferences(self, preferences: Preferences) -> None:
        previous, self._preferences = self._preferences, preferences
        appearance = (preferences.get(THEME), preferences.get(TEXT_SCALE))
        if (previous.get(THEME), previous.get(TEXT_SCALE)) != appearance:
            self._apply_appearance(preferences)
            self._drop_hidden_guided_screens()
        self.idle_lock.set_minutes(preferences.get(IDLE_LOCK_MINUTES))
        if previous.get(DIAGNOSTIC_LOG) != preferences.get(DIAGNOSTIC_LOG):
            diagnostic_log.configure(self._paths, preferences.get(DIAGNOSTIC_LOG))

    def _apply_appearance(self, preferences: Preferences) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_appearance(app, preferences.get(THEME), preferences.get(TEXT_SCALE))

    def _drop_hidden_guided_screens(self) -> None:
        """Guided screens fix their font size when built: rebuild them at the new size when next shown."""
        for route in _GUIDED_ROUTES:
            widget = self._screens.get(route)
            if widget is not None and route != self._route and route != SETUP:
                del self._screens[route]
                self.stack.removeWidget(widget)
                widget.deleteLater()

    # --- shutting down -----------------------------------------------------------------------

    def shutdown(self) -> None:
        """Clear content, stop the idle lock, close the vault on its thread, stop the helpers."""
        self.idle_lock.disarm()
        if self.shell is not None:
            self.shell.clear_content()
        self.controller.shutdown()
        diagnostic_log.configure(self._paths, False)

    @Slot()
    def lock_for_logout(self) -> None:
        """The desktop session is ending: save the draft and lock now; a close that follows goes unasked."""
        self._logging_out = True
        self.lock_now()

    def closeEvent(self, event: QCloseEvent) -> None:
        asking = self._route == MAIN and self._session_active() and not self._logging_out
        if asking and not self.confirm_close_during_session(self):
            event.ignore()
            return
        if self.shell is not None:
            self.shell.clear_content()
        super().closeEvent(event)

    # --- slots -------------------------------------------------------------------------------

    @Slot(bool)
    def _on_controller_busy_changed(self, busy: bool) -> None:
        if busy and self._route in (UNLOCK, RECOVERY):  # the key is being derived: time to build the pages
            self.prepare_main()

    @Slot()
    def _on_controller_unlocked(self) -> None:
        self._enter_main()

    @Slot()
    def _on_setup_wizard_finished(self) -> None:
        self._enter_main()

    def _enter_main(self) -> None:
        self.show_route(MAIN)
        self.main_shell().navigation.setFocus()  # so the keyboard works at once
        self.idle_lock.arm()

    @Slot()
    def _on_controller_locked(self) -> None:
        # A lock we did not start (e.g. a failed restore left the vault closed).
        if self._route == MAIN:
            self.idle_lock.disarm()
            if self.shell is not None:
                self.shell.clear_content()
            self.show_route(UNLOCK)

    @Slot(str, object)
    def _on_controller_vault_damaged(self, message: str, backup: BackupInfo | None) -> None:
        self.idle_lock.disarm()
        self.damaged_screen().show_problem(message, backup)
        self.show_route(DAMAGED)

    @Slot()
    def _on_controller_backup_restored(self) -> None:
        if self._route == DAMAGED and self.controller.is_unlocked():
            self._enter_main()

    @Slot()
    def _on_unlock_screen_recovery_requested(self) -> None:
        self.recovery_screen().reset()
        self.show_route(RECOVERY)

    @Slot()
    def _on_recovery_screen_cancelled(self) -> None:
        self.show_route(UNLOCK)

    @Slot()
    def _on_idle_lock_idle_timed_out(self) -> None:
        diagnostic_log.log_event(DiagnosticEvent.IDLE_LOCKED)
        self.lock_now()

    @Slot(object)
    def _on_settings_screen_preferences_changed(self, preferences: Preferences) -> None:
        self.apply_preferences(preferences)
