"""The language: installed before the first window (and before the first message box), chosen in Settings
and on the first page of setup, saved at once and said to take effect at the next start; numbers, dates
and Qt's own buttons follow it. A tiny Spanish catalogue of this file's own, built by the project's build
step, proves the plumbing (the real catalogue is another matter)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from companion.app import ALREADY_OPEN_EXIT_CODE, build_app_window, run_app
from companion.domain.clock import FakeClock
from companion.domain.preferences import LANGUAGE, THEME, Preferences
from companion.paths import DataPaths
from companion.storage.kdf import KdfChooser
from companion.storage.preferences_file import PreferencesFile
from companion.storage.recovery_key import RecoveryKey
from companion.ui import language
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.instance_lock import acquire_instance_lock
from companion.ui.language import LanguageChoice
from companion.ui.main_window import SETUP, AppWindow
from companion.ui.preferences_saver import PreferencesSaver
from companion.ui.recovery_key_pdf import render_recovery_key_pdf
from companion.ui.setup.setup_wizard import SetupWizard
from tests.gui.conftest import Render, UnlockedWindowFactory, controls_without_accessible_names
from tests.gui.fake_controller import FakeVaultController
from tests.gui.keyboard_checks import activate, reading_order_problems, tab_chain
from tests.gui.test_recovery_key_pdf import pdf_text_and_sizes
from tests.unit.test_translation_tools import run_tool, write_ts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WELCOME = "Te damos la bienvenida a companion"
NEXT_START = "companion usará este idioma la próxima vez que se abra."
NEXT_START_IN_SETUP = ("companion usará este idioma la próxima vez que se abra. Su bóveda aún no se ha "
                       "creado, así que no pierde nada si cierra companion ahora y lo vuelve a abrir para "
                       "configurarlo en este idioma.")
CATALOGUE = {
    ("WelcomePage", "Welcome to companion"): WELCOME,
    ("LanguageChoice", "Language"): "Idioma",
    ("LanguageChoice", language._NEXT_START): NEXT_START,
    ("LanguageChoice", language._NEXT_START_IN_SETUP): NEXT_START_IN_SETUP,
}


@pytest.fixture(autouse=True)
def _language_put_back(qapp: QApplication) -> Iterator[None]:
    """The installed language and the default locale are application-wide: English again after each test."""
    folder = language.set_translations_dir(None)
    language.set_translations_dir(folder)
    yield
    language.uninstall_language()
    language.set_translations_dir(folder)


@pytest.fixture
def spanish(tmp_path: Path) -> Path:
    """A Spanish catalogue of a few messages, built by ``tools/translations.py build``, for the app."""
    folder = tmp_path / "translations"
    write_ts(folder / "companion_es.ts", CATALOGUE)
    result = run_tool("--translations", str(folder), "build")
    assert result.returncode == 0, result.stderr
    language.set_translations_dir(folder)
    return folder


def save_language(paths: DataPaths, value: str) -> None:
    PreferencesFile(paths.preferences_file).save(Preferences().with_value(LANGUAGE, value))


def stored(paths: DataPaths) -> dict[str, object]:
    data = json.loads(paths.preferences_file.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def saved(qtbot: QtBot, saver: PreferencesSaver | None, paths: DataPaths) -> dict[str, object]:
    """The preferences file once the change is written (off the GUI thread)."""
    assert saver is not None
    qtbot.waitUntil(lambda: not saver.is_saving(), timeout=5000)
    return stored(paths)


def first_window(qtbot: QtBot, paths: DataPaths, clock: FakeClock, kdf_chooser: KdfChooser,
                 runner: BackgroundRunner, worker: DatabaseWorker) -> AppWindow:
    window = build_app_window(paths, clock=clock, kdf_chooser=kdf_chooser, runner=runner, worker=worker)
    qtbot.addWidget(window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    return window


# --- at start --------------------------------------------------------------------------------------------


def test_the_saved_language_is_installed_before_the_first_window(
    qtbot: QtBot, spanish: Path, data_paths: DataPaths, fake_clock: FakeClock, kdf_chooser: KdfChooser,
    runner: BackgroundRunner, worker: DatabaseWorker, render: Render,
) -> None:
    save_language(data_paths, "es")
    window = first_window(qtbot, data_paths, fake_clock, kdf_chooser, runner, worker)
    try:
        assert window.current_route() == SETUP
        page = window.setup_wizard().welcome_page
        assert WELCOME in [label.text() for label in page.findChildren(QLabel)]  # built in Spanish
        assert page.language_choice.currentText() == "Español" and page.language_choice.note.isHidden()
        assert page.language_choice.accessibleName() == "Idioma"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own buttons
        assert QLocale().language() == QLocale.Language.Spanish
        assert "marzo" in QLocale().toString(QDate(2026, 3, 5), QLocale.FormatType.LongFormat)
        render(window, "language_es_welcome")
    finally:
        window.shutdown()


def test_run_app_installs_the_language_before_its_first_message(
    spanish: Path, tmp_path: Path, qapp: QApplication
) -> None:
    paths = DataPaths(tmp_path / "data")
    save_language(paths, "es")
    held = acquire_instance_lock(paths)
    assert held is not None
    seen: list[tuple[str, str]] = []
    try:
        code = run_app(paths, already_open=lambda: seen.append(
            (language.current_language(), QCoreApplication.translate("QPlatformTheme", "OK"))))
    finally:
        held.unlock()
    assert code == ALREADY_OPEN_EXIT_CODE
    assert seen == [("es", "Aceptar")]  # the "already open" box would say it in Spanish, with "Aceptar"


@pytest.mark.parametrize("content", ['{"language": "klingon", "theme": "dark"}', '{"language": ', "[]"])
def test_a_bad_stored_language_starts_in_the_system_language_without_a_crash(
    qtbot: QtBot, spanish: Path, data_paths: DataPaths, fake_clock: FakeClock, kdf_chooser: KdfChooser,
    runner: BackgroundRunner, worker: DatabaseWorker, content: str,
) -> None:
    data_paths.base.mkdir(parents=True)
    data_paths.preferences_file.write_text(content, "utf-8")
    window = first_window(qtbot, data_paths, fake_clock, kdf_chooser, runner, worker)
    try:
        assert language.current_language() == "en"  # the test machine's system language ("C")
        assert window.setup_wizard().welcome_page.language_choice.currentData() == "system"
        assert data_paths.preferences_file.read_text("utf-8") == content  # left alone until a change
    finally:
        window.shutdown()


def test_system_follows_the_computer_and_a_chosen_language_takes_its_region(spanish: Path) -> None:
    assert language.install_language("system", system=QLocale("es_MX")) == "es"
    assert QCoreApplication.translate("WelcomePage", "Welcome to companion") == WELCOME
    before = QLocale()
    language.uninstall_language()
    assert language.install_language("es", system=QLocale("en_US")) == "es"
    assert QLocale().name() == "es_US"  # Spanish words, US paper and units
    language.uninstall_language()
    assert QLocale() == before
    assert QCoreApplication.translate("WelcomePage", "Welcome to companion") == "Welcome to companion"


def test_installing_again_replaces_instead_of_stacking(spanish: Path) -> None:
    language.install_language("es")
    language.install_language("es")  # the same: nothing more installed
    language.install_language("en")  # another: what was installed goes
    assert QCoreApplication.translate("WelcomePage", "Welcome to companion") == "Welcome to companion"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    language.install_language("es")
    language.uninstall_language()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_a_language_without_its_catalogue_stays_english_throughout_and_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    language.set_translations_dir(tmp_path)  # no companion_es.qm here
    before = QLocale()
    assert language.install_language("es") == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # no half-Spanish dialogs
    assert QLocale() == before
    choice = LanguageChoice("es")
    qtbot.addWidget(choice)
    assert choice.note.text() == "This copy of companion has no translation into Español."


def test_the_pdfs_dates_and_paper_follow_the_language(spanish: Path) -> None:
    created = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
    language.install_language("es", system=QLocale("en_US"))
    pdf = render_recovery_key_pdf(RecoveryKey.generate(), created)
    text = " ".join(unicodedata.normalize("NFKC", pdf_text_and_sizes(pdf)[0]).split())
    assert "5 de enero de 2026" in text
    assert b"/MediaBox [0 0 612" in pdf  # Letter, as in the US


# --- Settings ----------------------------------------------------------------------------------------------


def test_settings_saves_the_language_and_says_it_takes_effect_at_the_next_start(
    qtbot: QtBot, spanish: Path, open_unlocked_window: UnlockedWindowFactory, data_paths: DataPaths,
    render: Render,
) -> None:
    window = open_unlocked_window()
    window.main_shell().show_page("settings")
    settings = window.settings_screen
    assert settings is not None
    choice = settings.language_choice
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "System language (English)", "English", "Español"]
    assert choice.currentData() == "system" and choice.note.isHidden()
    assert controls_without_accessible_names(settings) == []
    activate(qtbot, window)
    settings.text_size_choice.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(settings.text_size_choice, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is choice  # theme, text size, language

    choice.setCurrentIndex(choice.findData("es"))
    assert saved(qtbot, settings.preferences_saver, data_paths)["language"] == "es"
    assert window.preferences().get(LANGUAGE) == "es"  # a later change elsewhere keeps it
    assert choice.note.isVisible() and choice.note.text() == NEXT_START  # said in the chosen language
    assert choice.accessibleDescription() == NEXT_START  # and heard with the control
    assert language.current_language() == "en"  # and honestly so: nothing changed yet
    scroll = settings.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(choice.note)
    render(window, "settings_language_es_next_start")

    settings.theme_choice.setCurrentIndex(settings.theme_choice.findData("dark"))
    assert saved(qtbot, settings.preferences_saver, data_paths)["language"] == "es"
    choice.setCurrentIndex(choice.findData("system"))  # back to the language in use: nothing to say
    assert saved(qtbot, settings.preferences_saver, data_paths)["language"] == "system"
    assert choice.note.isHidden()


# --- the first page of setup -----------------------------------------------------------------------------


def test_the_first_page_of_setup_offers_the_language_first_and_keeps_it(
    qtbot: QtBot, spanish: Path, data_paths: DataPaths, render: Render
) -> None:
    wizard = SetupWizard(FakeVaultController(),  # type: ignore[arg-type]
                         clock=FakeClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC)), preferences=Preferences(),
                         preferences_file=PreferencesFile(data_paths.preferences_file))
    qtbot.addWidget(wizard)
    wizard.resize(1024, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    announced: list[Preferences] = []
    wizard.preferences_changed.connect(announced.append)
    page, appearance = wizard.welcome_page, wizard.welcome_page.appearance
    activate(qtbot, wizard)
    chain = tab_chain(qtbot, page.language_choice, page)
    assert chain == [page.language_choice, appearance.text_size_choice, appearance.theme_choice,
                     page.start_button]
    assert reading_order_problems(chain, page) == []

    page.language_choice.setCurrentIndex(page.language_choice.findData("es"))
    assert saved(qtbot, appearance.preferences_saver, data_paths)["language"] == "es"
    assert announced[-1].get(LANGUAGE) == "es"  # the window learns it, so Settings shows it later
    assert page.language_choice.note.text() == NEXT_START_IN_SETUP and page.language_choice.note.isVisible()
    render(wizard, "setup_1_welcome_language_es")

    appearance.theme_choice.setCurrentIndex(appearance.theme_choice.findData("dark"))
    kept = saved(qtbot, appearance.preferences_saver, data_paths)
    assert (kept["theme"], kept["language"]) == ("dark", "es")  # not written back
    assert announced[-1].get(THEME) == "dark" and announced[-1].get(LANGUAGE) == "es"
