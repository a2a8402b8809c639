"""What the desk window's tests share: the window built as ``companion desk`` builds it (light key
derivation, a fake clock, real threads), a file chooser that answers what the test says, URLs
collected instead of opened, and real signed exports from ``tests/desk_trust``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.desk.desk_paths import DeskPaths
from companion.domain.clock import FakeClock
from companion.storage.kdf import KdfChooser
from companion.ui.desk.desk_app import build_desk_window
from companion.ui.desk.desk_window import DeskWindow
from tests.desk_trust import DESK_PASSPHRASE, NOW, make_desk

WAIT_MS = 20_000  # a two-core machine verifying and reading real exports while other tests run


@dataclass
class ScriptedChooser:
    """Answers each file question with the next path the test queued (None: the clinician cancelled)."""

    answers: list[Path | None] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    suggested_names: list[str] = field(default_factory=list)  # what the care-plan save was offered

    def _next(self, kind: str) -> Path | None:
        self.asked.append(kind)
        return self.answers.pop(0) if self.answers else None

    def export_folder(self, _parent: QWidget) -> Path | None:
        return self._next("folder")

    def export_zip(self, _parent: QWidget) -> Path | None:
        return self._next("zip")

    def public_key(self, _parent: QWidget) -> Path | None:
        return self._next("public key")

    def care_plan_file(self, _parent: QWidget, suggested_name: str) -> Path | None:
        self.suggested_names.append(suggested_name)
        return self._next("care plan")


@dataclass
class DeskHarness:
    window: DeskWindow
    paths: DeskPaths
    chooser: ScriptedChooser
    opened_urls: list[QUrl]
    bugs: list[BaseException]


WindowFactory = Callable[..., DeskHarness]


@pytest.fixture
def desk_paths(tmp_path: Path) -> DeskPaths:
    return DeskPaths(tmp_path / "desk")


@pytest.fixture
def desk_window(qtbot: QtBot, qapp: QApplication, desk_paths: DeskPaths,
                kdf_chooser: KdfChooser) -> Iterator[WindowFactory]:
    """``desk_window(**build_desk_window_options)``: the window, started and shown (not yet unlocked)."""
    harnesses: list[DeskHarness] = []

    def factory(**options: object) -> DeskHarness:
        chooser, urls, bugs = ScriptedChooser(), [], []
        window = build_desk_window(desk_paths, clock=FakeClock(NOW), kdf_chooser=kdf_chooser, chooser=chooser,
                                   open_url=urls.append, report_bug=bugs.append,
                                   **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.start()
        window.show()
        qtbot.waitExposed(window)
        harness = DeskHarness(window, desk_paths, chooser, urls, bugs)
        harnesses.append(harness)
        return harness

    yield factory
    for harness in harnesses:
        harness.window.shutdown()
        assert harness.bugs == [], "the desk reported a bug"


@pytest.fixture
def unlocked_desk(qtbot: QtBot, desk_paths: DeskPaths, desk_window: WindowFactory) -> DeskHarness:
    """A desk made with light key derivation, its window unlocked to the list of patients."""
    make_desk(desk_paths.base)
    harness = desk_window()
    screen = harness.window.unlock_screen
    qtbot.keyClicks(screen.passphrase_field.line_edit, DESK_PASSPHRASE)
    with qtbot.waitSignal(harness.window.controller.desk_opened, timeout=WAIT_MS):
        screen.unlock_button.click()
    return harness
