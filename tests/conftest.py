"""Test-wide setup: Qt offscreen, no real data directory, artifacts folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Qt aborts without a display unless told to draw offscreen; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("COMPANION_DATA_DIR", None)

import pytest

ARTIFACTS_DIR = Path(__file__).parent / "artifacts"


@pytest.fixture
def artifacts_dir() -> Path:
    """Where GUI tests render each screen they visit, to be looked at by a person."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    return ARTIFACTS_DIR


@pytest.fixture(scope="session", autouse=True)
def built_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``.qm`` catalogues, built from the committed ``.ts`` files by the project's own build step
    (a fresh clone has none: they are not committed), and the folder the app loads them from."""
    from companion.ui import language

    out = tmp_path_factory.mktemp("translations")
    tool = Path(__file__).parent.parent / "tools" / "translations.py"
    subprocess.run([sys.executable, str(tool), "build", "--out", str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    language.set_translations_dir(out)
    return out


@pytest.fixture(autouse=True)
def _no_real_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Point the platform data folder at a temporary one, so no test can touch a real vault."""
    fake_home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(fake_home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(fake_home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(fake_home / "cache"))


@pytest.fixture(autouse=True)
def _test_run_keeps_core_dumps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that call ``companion.cli.main`` in this process must not switch core dumps off for the whole
    run: the hard limit cannot be raised again, so every later child (test_no_core_dumps' control crash)
    and a crash of the test run itself (the GUI tests' rare segfault) would lose its core. Child processes
    run the real one."""
    import companion.cli

    monkeypatch.setattr(companion.cli, "disable_core_dumps", lambda: True)
