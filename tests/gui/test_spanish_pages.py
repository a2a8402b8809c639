"""Every page of the unlocked app, in Spanish, shows no sentence of the catalogue in English.

The session screens are checked by test_session_layout.py; here the other pages, as the app builds them
in Spanish (the LANGUAGE preference read when the window is built), with a care plan in force.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain.preferences import LANGUAGE, Preferences
from companion.paths import DataPaths
from companion.storage.preferences_file import PreferencesFile
from companion.ui import language
from companion.ui.shell_pages import CHECKINS, EXPORT, HISTORY, JOURNAL, SESSION, SETTINGS, TODAY
from tests.gui.conftest import Render, UnlockedWindowFactory
from tests.gui.english_left import english_left
from tests.gui.session_helpers import SessionWalker


@pytest.fixture
def spanish(built_translations: Path, qapp: QApplication, data_paths: DataPaths) -> Iterator[None]:
    data_paths.base.mkdir(parents=True, exist_ok=True)
    PreferencesFile(data_paths.preferences_file).save(Preferences().with_value(LANGUAGE, "es"))
    yield
    language.uninstall_language()


@pytest.mark.usefixtures("spanish")
def test_no_page_shows_a_sentence_of_the_catalogue_in_english(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: object, render: Render,
) -> None:
    window = open_unlocked_window()
    assert language.current_language() == "es"
    walker = SessionWalker(qtbot, window, fake_clock, render)  # type: ignore[arg-type]
    walker.save_plan()
    shell = window.main_shell()
    found = []
    for page in (TODAY, SESSION, CHECKINS, JOURNAL, HISTORY, EXPORT, SETTINGS):
        shell.show_page(page)
        qtbot.wait(50)  # the page's content arrives from the database thread
        found += [f"{page}: {where}" for where in english_left(window, "es")]
        render(window, f"spanish_page_{page}")
    assert found == []
