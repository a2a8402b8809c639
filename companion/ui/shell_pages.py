"""The unlocked app's pages and the paths between them.

Builds Today, Session, Check-ins, Journal, History, Export and Settings into one :class:`MainShell`
and wires the links a patient follows: Today's buttons and flags open their page or session; a
finished session offers its post-session log; while a session is active the journal and history are
hidden and the session page is shown. The window keeps what is about the whole app (locking, the
idle lock, closing); everything about moving between pages is here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from companion.domain.journal import SessionLink
from companion.domain.journal_prompts import PromptKind
from companion.ui.main_shell import MainShell, ShellPage

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from companion.domain.clock import Clock
    from companion.ui.checkins.checkins_page import CheckinsPage
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


class ShellPages(QObject):
    """Every page of the unlocked app, in one shell, linked to each other."""

    session_active_changed = Signal(bool)  # a session started (True) or ended (False)
    session_mode_changed = Signal(bool)  # the full-window session mode was entered or left

    def __init__(self, controller: VaultController, clock: Clock, settings: SettingsScreen,
                 lock_action: QAction | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from companion.ui.checkins.checkins_page import CheckinsPage
        from companion.ui.export.export_page import ExportPage
        from companion.ui.history.history_page import HistoryPage
        from companion.ui.journal.journal_page import JournalPage
        from companion.ui.session.session_page import SessionPage
        from companion.ui.today.today_page import TodayPage

        self.settings: SettingsScreen = settings
        self.today: TodayPage = TodayPage(controller, clock)
        self.session: SessionPage = SessionPage(controller, clock)
        self.checkins: CheckinsPage = CheckinsPage(controller, clock)
        self.journal: JournalPage = JournalPage(controller, clock)
        self.history: HistoryPage = HistoryPage(controller)
        self.export: ExportPage = ExportPage(controller, clock)
        widgets: dict[str, QWidget] = {
            TODAY: self.today, SESSION: self.session, CHECKINS: self.checkins, JOURNAL: self.journal,
            HISTORY: self.history, EXPORT: self.export, SETTINGS: settings,
        }
        titles = [
            (TODAY, self.tr("Today")),
            (SESSION, self.tr("Session")),
            (CHECKINS, self.tr("Check-ins")),
            (JOURNAL, self.tr("Journal")),
            (HISTORY, self.tr("History")),
            (EXPORT, self.tr("Export")),
            (SETTINGS, self.tr("Settings")),
        ]
        self.shell = MainShell(
            [ShellPage(key, title, widgets[key]) for key, title in titles],
            lock_action,
        )

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
