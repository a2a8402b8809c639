"""The desk's one window: set up (first run) or unlock, then the main view.

The first screen is chosen from one file check (is there a clinician key?), as the app's window
does; everything else (deriving the key, reading the list, every export) happens off the GUI thread
through the :class:`~companion.ui.desk.desk_controller.DeskController`. The title never names a
patient. "Display…" on the list of patients changes the text size and theme of the whole desk, saved
in its settings file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from companion.domain.preferences import TEXT_SCALE, THEME, Preferences
from companion.ui import theme
from companion.ui.desk.desk_main_view import DeskMainView
from companion.ui.desk.desk_setup_screen import DeskSetupScreen
from companion.ui.desk.desk_unlock_screen import DeskUnlockScreen
from companion.ui.desk.display_dialog import DeskDisplayDialog
from companion.ui.widgets.current_page_stack import CurrentPageStack

if TYPE_CHECKING:
    from companion.storage.preferences_file import PreferencesFile
    from companion.ui.desk.desk_controller import DeskController
    from companion.ui.desk.desk_unlock_screen import NewListConfirmer
    from companion.ui.desk.export_page import UrlOpener
    from companion.ui.desk.file_choosers import FileChooser

SETUP, UNLOCK, MAIN = "setup", "unlock", "main"


def focus_style_sheet(theme_name: str | None) -> str:
    """A ring where keyboard focus is, on the desk's tables, text views and tab bar.

    The theme rings buttons and fields; a table or a read-only text view otherwise shows focus by a
    faint current-cell frame at most, and the tab bar by nothing (found by measuring the pixels that
    change, tests/gui/test_desk_exports.py). The border grows as the padding shrinks, so nothing moves.
    """
    c = theme.THEMES.get(theme_name or "light", theme.THEMES["light"])
    views = "QTableView, QTextBrowser"
    views_focus = "QTableView:focus, QTextBrowser:focus"
    return (f"{views} {{ border: 1px solid {c.border}; padding: 2px; }}\n"
            f"{views_focus} {{ border: 3px solid {c.focus}; padding: 0px; }}\n"
            f"QTabBar {{ border: 2px solid transparent; }}\n"
            f"QTabBar:focus {{ border: 2px solid {c.focus}; }}\n")


class DeskWindow(QMainWindow):
    """Routes between the set-up, unlock and main screens; shuts the controller down on close."""

    def __init__(self, controller: DeskController, *, chooser: FileChooser, open_url: UrlOpener,
                 confirm_new_list: NewListConfirmer | None = None, preferences: Preferences | None = None,
                 preferences_file: PreferencesFile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("companion desk"))  # never anything personal
        self.setMinimumSize(640, 480)
        primary = QGuiApplication.primaryScreen()
        room = primary.availableGeometry().size() if primary is not None else QSize(1100, 760)
        self.resize(min(1100, room.width()), min(760, room.height()))  # never wider than a small screen
        self.controller = controller
        self._route = ""
        self._preferences = preferences if preferences is not None else Preferences()
        self._preferences_file = preferences_file
        self.display_dialog: DeskDisplayDialog | None = None
        app = QApplication.instance()
        self.setStyleSheet(focus_style_sheet(theme.current_theme(app) if isinstance(app, QApplication)
                                             else None))
        self.stack = CurrentPageStack(self)
        self.setCentralWidget(self.stack)
        self.setup_screen = DeskSetupScreen(controller)
        self.unlock_screen = (DeskUnlockScreen(controller) if confirm_new_list is None
                              else DeskUnlockScreen(controller, confirm_new_list=confirm_new_list))
        self.main_view = DeskMainView(controller, chooser=chooser, open_url=open_url)
        for screen in (self.setup_screen, self.unlock_screen, self.main_view):
            self.stack.addWidget(screen)
        controller.desk_opened.connect(self._on_controller_desk_opened)
        self.main_view.patients_page.display_requested.connect(self.show_display_dialog)

    def start(self) -> None:
        """The first screen for the files on disk: set-up without a clinician key, unlock with one."""
        if self.controller.exists():
            self.controller.read_key_info()
            self.show_route(UNLOCK)
        else:
            self.show_route(SETUP)

    def current_route(self) -> str:
        return self._route

    def show_route(self, route: str) -> None:
        screen = {SETUP: self.setup_screen, UNLOCK: self.unlock_screen, MAIN: self.main_view}[route]
        self.stack.setCurrentWidget(screen)
        self._route = route
        screen.setFocus()

    def preferences(self) -> Preferences:
        return self._preferences

    def show_display_dialog(self) -> DeskDisplayDialog:
        """Text size and theme (window-modal); each change applies at once and is saved."""
        dialog = DeskDisplayDialog(self._preferences, self._preferences_file, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.preferences_changed.connect(self.apply_preferences)
        dialog.finished.connect(self._on_display_dialog_finished)
        self.display_dialog = dialog
        dialog.open()
        return dialog

    def apply_preferences(self, preferences: Preferences) -> None:
        """The theme and text size to the whole application, and the focus rings in the theme's colour."""
        self._preferences = preferences
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_appearance(app, preferences.get(THEME), preferences.get(TEXT_SCALE))
        self.setStyleSheet(focus_style_sheet(preferences.get(THEME)))

    def _on_display_dialog_finished(self, _result: int) -> None:
        self.display_dialog = None
        self.main_view.patients_page.display_button.setFocus()

    def shutdown(self) -> None:
        """Stop the background work (the window is closing or the app quitting). Idempotent."""
        self.main_view.export_page.clear_content()
        self.controller.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _on_controller_desk_opened(self) -> None:
        self.show_route(MAIN)
        self.main_view.start()
