"""GUI test fixtures: a temporary data folder, a fake clock, cheap key derivation, real threads.

``render(widget, name)`` saves ``widget.grab()`` to ``tests/artifacts/<name>.png`` so a
person can look at every screen a test visited.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS, Argon2Params, KdfChooser
from companion.ui import diagnostic_log
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.vault_controller import VaultController

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from companion.ui.main_window import AppWindow

Render = Callable[[QWidget, str], Path]
UnlockedWindowFactory = Callable[..., "AppWindow"]
UNLOCK_TIMEOUT_MS = 10_000
STRONG_PASSPHRASE = "quiet harbour lantern seventeen walnuts"
OTHER_STRONG_PASSPHRASE = "maple orbit cinnamon trombone glacier"

# COMPANION_GC_STRESS=1 (or three thresholds, "1,1,1"): the cycle collector is due at almost every
# allocation for the whole run, to hunt its thread bugs. The helpers of companion.ui.background keep it
# on the GUI thread (issue 12, finding 7; tests/reliability/test_gc_stress.py).
_GC_STRESS = os.environ.get("COMPANION_GC_STRESS", "")
if _GC_STRESS:
    _thresholds = [int(part) for part in _GC_STRESS.split(",")]
    gc.set_threshold(*(_thresholds * 3 if len(_thresholds) == 1 else _thresholds))


def controls_without_accessible_names(root: QWidget) -> list[str]:
    """Every widget reachable with Tab must have an accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        reachable = bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
        internal = widget.objectName().startswith("qt_")  # e.g. a spin box's own line edit
        if reachable and not internal and widget.isVisibleTo(root) and not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kdf_chooser() -> KdfChooser:
    def choose() -> Argon2Params:
        return LIGHT_TEST_PARAMS

    return choose


@pytest.fixture
def render(artifacts_dir: Path, qapp: QApplication) -> Render:
    def save(widget: QWidget, name: str) -> Path:
        if not widget.isVisible():
            widget.show()
        qapp.processEvents()
        path = artifacts_dir / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        return path

    return save


@pytest.fixture(params=["en", "es"])
def ui_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's language for a test that builds its window after this (widgets translate their texts
    when they are built): installed first, English again afterwards (it is application-wide). Save it as
    the LANGUAGE preference too, so the window keeps it."""
    from companion.ui import language

    code = str(request.param)
    assert language.install_language(code) == code
    yield code
    language.uninstall_language()


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[BackgroundRunner]:
    background = BackgroundRunner()
    yield background
    background.shutdown()


@pytest.fixture
def worker(qapp: QApplication) -> Iterator[DatabaseWorker]:
    database_worker = DatabaseWorker()
    yield database_worker
    database_worker.shutdown()


@pytest.fixture
def bugs() -> list[BaseException]:
    """Exceptions the controller treated as bugs (instead of opening the crash dialog)."""
    return []


@pytest.fixture
def controller(
    data_paths: DataPaths,
    fake_clock: FakeClock,
    kdf_chooser: KdfChooser,
    runner: BackgroundRunner,
    worker: DatabaseWorker,
    bugs: list[BaseException],
) -> Iterator[VaultController]:
    vault_controller = VaultController(
        data_paths, fake_clock, kdf_chooser, runner, worker, report_bug=bugs.append
    )
    yield vault_controller
    vault_controller.shutdown()


@pytest.fixture
def open_unlocked_window(
    qtbot: QtBot,
    data_paths: DataPaths,
    fake_clock: FakeClock,
    kdf_chooser: KdfChooser,
    runner: BackgroundRunner,
    worker: DatabaseWorker,
) -> Iterator[UnlockedWindowFactory]:
    """``open_unlocked_window(**build_app_window_options)``: a vault, its window, shown and unlocked."""
    from companion.app import build_app_window
    from companion.storage.vault import create_vault

    windows: list[AppWindow] = []

    def factory(**options: object) -> AppWindow:
        vault, _recovery = create_vault(data_paths, STRONG_PASSPHRASE, LIGHT_TEST_PARAMS, fake_clock)
        vault.close()
        window = build_app_window(
            data_paths, clock=fake_clock, kdf_chooser=kdf_chooser, runner=runner, worker=worker,
            **options,  # type: ignore[arg-type]
        )
        qtbot.addWidget(window)
        windows.append(window)
        window.start()
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.controller.unlocked, timeout=UNLOCK_TIMEOUT_MS):
            window.controller.unlock(STRONG_PASSPHRASE)
        return window

    yield factory
    for window in windows:
        window.shutdown()


@pytest.fixture(autouse=True)
def _restore_app_appearance(qapp: QApplication) -> Iterator[None]:
    """Themes and text size are application-wide: put them back after every test."""
    font, palette, style_sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyleSheet(style_sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    for name in ("companion_theme", "companion_text_scale"):
        qapp.setProperty(name, None)
    diagnostic_log.configure(DataPaths(Path("unused")), False)
