"""The unlocked app's pages and the paths between them.

Builds Today, Session, Check-ins, Journal, History, Export and Settings into one :class:`MainShell`
and wires the links a patient follows: Today's buttons and flags open their page or session; a
finished session offers its post-session log; while a session is active the journal and history are
hidden and the session page is shown. The window keeps what is about the whole app (locking, the
idle lock, closing); everything about moving between pages is here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.domain.journal import SessionLink
from companion.domain.journal_prompts import PromptKind
from companion.ui.i18n import translate
from companion.ui.main_shell import MainShell, ShellPage

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from companion.domain.clock import Clock
    from companion.ui.checkins.checkins_page import CheckinsPage
    from companion.ui.export.export_page import ExportPage
    from companion.ui.history.history_page import HistoryPage
    from companion.ui.journal.journal_page import JournalPage
    from companion.ui.session.session_page import SessionPage
    from companion.ui.settings.settings_screen import SettingsScreen
    from companion.ui.today.today_page import TodayPage
    from companion.ui.vault_controller import VaultController

TODAY, SESSION, CHECKINS, JOURNAL, HISTORY, EXPORT, SETTINGS = (
    "today", "session", "checkins", "journal", "history", "export", "settings")
# Private or distracting while a session runs (DESIGN.md §2: session mode shows no journal or history).
HIDDEN_DURING_A_SESSION = (JOURNAL, HISTORY)


@dataclass(frozen=True)
class BuiltPages:
    settings: SettingsScreen
    today: TodayPage
    session: SessionPage
    checkins: CheckinsPage
    journal: JournalPage
    history: HistoryPage
    export: ExportPage


def build_pages(controller: VaultController, clock: Clock, make_settings: Callable[[], SettingsScreen],
                shell: MainShell) -> Generator[None, None, BuiltPages]:
    """Each page built and added to ``shell`` in a step of its own, in the navigation's order: a caller
    with time to spare runs a step per turn of the event loop."""

    def add(key: str, title: str, page: QWidget) -> None:
        shell.add_page(ShellPage(key, title, page))

    from companion.ui.today.today_page import TodayPage

    today = TodayPage(controller, clock)
    add(TODAY, translate("ShellPages", "Today"), today)
    yield
    from companion.ui.session.session_page import SessionPage

    session = SessionPage(controller, clock)
    add(SESSION, translate("ShellPages", "Session"), session)
    yield
    from companion.ui.checkins.checkins_page import CheckinsPage

    checkins = CheckinsPage(controller, clock)
    add(CHECKINS, translate("ShellPages", "Check-ins"), checkins)
    yield
    from companion.ui.journal.journal_page import JournalPage

    journal = JournalPage(controller, clock)
    add(JOURNAL, translate("ShellPages", "Journal"), journal)
    yield
    from companion.ui.history.history_page import HistoryPage

    history = HistoryPage(controller)
    add(HISTORY, translate("ShellPages", "History"), history)
    yield
    from companion.ui.export.export_page import ExportPage

    export = ExportPage(controller, clock)
    add(EXPORT, translate("ShellPages", "Export"), export)
    yield
    settings = make_settings()
    add(SETTINGS, translate("ShellPages", "Settings"), settings)
    yield
    return BuiltPages(settings, today, session, checkins, journal, history, export)


# The modules the pages are made of: imported on the background runner while the key is derived (an
# import builds no widget), so that each step on the GUI thread only builds widgets.
PAGE_MODULES = ("companion.ui.settings.settings_screen", "companion.ui.today.today_page",
                "companion.ui.session.session_page", "companion.ui.checkins.checkins_page",
                "companion.ui.journal.journal_page", "companion.ui.history.history_page",
                "companion.ui.export.export_page", "companion.ui.main_shell")


def _import_page_modules() -> None:
    for name in PAGE_MODULES:
        importlib.import_module(name)


class ShellBuilder(QObject):
    """Builds the unlocked app's pages ahead of the unlock, a page per turn of the event loop.

    Built all at once when the vault opened, they held the GUI thread for about half a second on the
    first unlock of every start (imports, then every page's widgets); built while the key is derived,
    one at a time, the window keeps answering, and entering them after the unlock is quick. Whatever
    is not built yet when they are needed is built then (:meth:`finish`).
    """

    def __init__(self, controller: VaultController, clock: Clock, make_settings: Callable[[], SettingsScreen],
                 lock_action: QAction | None, host: QWidget) -> None:
        """``host``: the widget the shell will be shown in (the window's stack); it also owns the builder."""
        super().__init__(host)
        self._controller = controller
        self._steps = self._build(controller, clock, make_settings, lock_action, host)
        self._pages: ShellPages | None = None
        self._started = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Import on the background runner (as its other jobs, with the cycle collector kept to the GUI
        thread), then build in the background of the event loop, a step each idle turn."""
        if self._pages is not None or self._started:
            return
        self._started = True
        # Either way the steps go on: a failed import is raised again, where it belongs, by the step that
        # needs it (the GUI thread's own import).
        self._controller.run_in_background(_import_page_modules, self._on_imported, self._on_imported)

    def finish(self) -> ShellPages:
        """Every page, built now if it was not yet, in one shell owned by ``parent``."""
        self._timer.stop()
        while self._pages is None:
            self._step()
        return self._pages

    def _build(self, controller: VaultController, clock: Clock, make_settings: Callable[[], SettingsScreen],
               lock_action: QAction | None, host: QWidget) -> Generator[None, None, ShellPages]:
        # Made where it will be shown (hidden until then): moving it there later, full, cost 70 ms at once.
        shell = MainShell((), lock_action, host)
        shell.hide()
        yield
        built = yield from build_pages(controller, clock, make_settings, shell)
        return ShellPages(built, shell, shell)  # lives as long as the shell (the builder is let go)

    def _step(self) -> None:
        try:
            next(self._steps)
        except StopIteration as done:
            self._pages = done.value

    def _on_imported(self, _result: object) -> None:
        if self._pages is None:
            self._timer.start(0)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._step()
        if self._pages is None:
            self._timer.start(0)


class ShellPages(QObject):
    """Every page of the unlocked app, in one shell, linked to each other."""

    session_active_changed = Signal(bool)  # a session started (True) or ended (False)
    session_mode_changed = Signal(bool)  # the full-window session mode was entered or left

    def __init__(self, built: BuiltPages, shell: MainShell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings: SettingsScreen = built.settings
        self.today: TodayPage = built.today
        self.session: SessionPage = built.session
        self.checkins: CheckinsPage = built.checkins
        self.journal: JournalPage = built.journal
        self.history: HistoryPage = built.history
        self.export: ExportPage = built.export
        self.shell = shell

        self.today.page_requested.connect(self.shell.show_page)
        self.today.session_requested.connect(self._on_today_session_requested)
        self.session.post_session_log_requested.connect(self._on_session_post_session_log_requested)
        self.session.active_changed.connect(self._on_session_active_changed)
        self.session.session_mode_changed.connect(self._on_session_mode_changed)
        self.session.intention_journal_requested.connect(self._on_session_intention_journal_requested)
        self.session.integration_journal_requested.connect(self._on_session_integration_journal_requested)
        self.checkins.journal_requested.connect(self._on_checkins_journal_requested)

    def session_active(self) -> bool:
        return self.session.session_active()

    def in_session_mode(self) -> bool:
        return self.session.in_session_mode()

    # --- links between pages -----------------------------------------------------------------

    @Slot(int)
    def _on_today_session_requested(self, session_id: int) -> None:
        self.shell.show_page(HISTORY)
        self.history.show_session(session_id)

    @Slot(int)
    def _on_session_post_session_log_requested(self, session_id: int) -> None:
        self.shell.show_page(CHECKINS)
        self.checkins.start_post_session_log(session_id)

    @Slot()
    def _on_session_intention_journal_requested(self) -> None:
        # No session exists yet (it starts with the checklist), so the intention is not linked to one;
        # the session's own intention is asked for again in its baseline step.
        self.shell.show_page(JOURNAL)
        self.journal.open_new_entry(PromptKind.INTENTION)

    @Slot(int)
    def _on_session_integration_journal_requested(self, session_id: int) -> None:
        self.shell.show_page(JOURNAL)
        self.journal.open_new_entry(PromptKind.INTEGRATION, session_id=session_id,
                                    session_link=SessionLink.INTEGRATION)

    @Slot(int)
    def _on_checkins_journal_requested(self, session_id: int) -> None:
        self.shell.show_page(JOURNAL)
        self.journal.open_new_entry(PromptKind.NEXT_DAY, session_id=session_id,
                                    session_link=SessionLink.NEXT_DAY)

    @Slot(bool)
    def _on_session_active_changed(self, active: bool) -> None:
        for key in HIDDEN_DURING_A_SESSION:
            self.shell.set_page_hidden(key, active)
        if active:
            self.shell.show_page(SESSION)
        self.session_active_changed.emit(active)

    @Slot(bool)
    def _on_session_mode_changed(self, session_mode: bool) -> None:
        self.shell.set_navigation_visible(not session_mode)
        self.session_mode_changed.emit(session_mode)
