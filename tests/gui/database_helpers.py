"""The tests' one way to the app's database thread: run a function there and wait for its answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController

T = TypeVar("T")
TIMEOUT_MS = 60_000


def run_in_db(qtbot: QtBot, controller: VaultController, fn: Callable[[OpenVault], T], *,
              timeout_ms: int = TIMEOUT_MS) -> T:
    """Run ``fn(open_vault)`` on the database thread and wait for it; its error is raised here."""
    results: list[T] = []
    errors: list[BaseException] = []
    controller.run_in_database(fn, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=timeout_ms)
    if errors:
        raise errors[0]
    return results[0]
