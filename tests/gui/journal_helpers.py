"""Helpers for the journal tests: a real vault opened through the controller (its database thread),
a JournalPage on it, reading back through the same thread, and finding text left in widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from companion.domain.journal import EntryContent
from companion.storage.journal import JournalRepository
from companion.ui.journal.journal_page import JournalPage
from companion.ui.theme import apply_appearance
from tests.gui.conftest import STRONG_PASSPHRASE
from tests.gui.database_helpers import run_in_db

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from companion.domain.clock import FakeClock
    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController

T = TypeVar("T")
WAIT_MS = 30_000


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def create_vault(qtbot: QtBot, controller: VaultController) -> None:
    with qtbot.waitSignal(controller.created, timeout=WAIT_MS):
        controller.create(STRONG_PASSPHRASE)


def lock(qtbot: QtBot, controller: VaultController, page: JournalPage | None = None) -> None:
    """As the window's lock_now does: clear the page first, then close the vault."""
    if page is not None:
        page.clear_content()
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        controller.lock()


def unlock(qtbot: QtBot, controller: VaultController) -> None:
    with qtbot.waitSignal(controller.unlocked, timeout=WAIT_MS):
        controller.unlock(STRONG_PASSPHRASE)




def in_journal(qtbot: QtBot, controller: VaultController, fn: Callable[[JournalRepository], T]) -> T:
    """``fn(repository)`` on the database thread: the tests read back what the page stored."""
    return run_in_db(qtbot, controller, lambda vault: fn(JournalRepository(vault.database)))


def make_page(qtbot: QtBot, controller: VaultController, clock: FakeClock, **options: Any) -> JournalPage:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_appearance(app, "light", 100)  # as the app does; put back after each test by conftest
    options.setdefault("confirm_delete_now", lambda _parent: True)
    page = JournalPage(controller, clock, **options)
    qtbot.addWidget(page)
    page.resize(1180, 780)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    qtbot.waitExposed(page)
    settle()
    return page


def reload(qtbot: QtBot, page: JournalPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()
    settle()


def add_entries(qtbot: QtBot, controller: VaultController, clock: FakeClock,
                contents: Iterable[EntryContent], *, shared: Iterable[int] = ()) -> list[int]:
    """Entries an hour apart (oldest first), ending now; returns their ids. ``shared``: indexes."""
    items = list(contents)
    start = clock.now() - timedelta(hours=len(items))
    shared_indexes = set(shared)

    def job(vault: OpenVault) -> list[int]:
        repository = JournalRepository(vault.database)
        ids = []
        for number, content in enumerate(items):
            at: datetime = start + timedelta(hours=number)
            entry = repository.create(content, at=at)
            if number in shared_indexes:
                repository.set_shared(entry.id, True)
            ids.append(entry.id)
        return ids

    return run_in_db(qtbot, controller, job)


def texts_in(root: QWidget) -> list[str]:
    """Every text a widget under ``root`` holds or shows, models included."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLineEdit | QLabel):
            found.append(widget.text())
        elif isinstance(widget, QTextEdit):
            found.extend([widget.toPlainText(), widget.toHtml()])
        elif isinstance(widget, QComboBox):
            found.extend(widget.itemText(row) for row in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found.extend(model_texts(widget.model()))
    return found


def model_texts(model: QAbstractItemModel) -> list[str]:
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, *range(256, 260)]
    return [str(model.index(row, 0).data(role)) for row in range(model.rowCount()) for role in roles]
