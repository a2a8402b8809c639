"""First run as a new user meets it (issue 9, finding 12): what a session needs, "vault" explained,
text size and theme before anything else, a care-plan step without red before typing and with
"Save and continue" as its strongest button, Return on it, Tab in reading order, visible focus."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from companion.app import build_app_window
from companion.domain.clock import FakeClock
from companion.domain.preferences import TEXT_SCALE, THEME, Preferences
from companion.paths import DataPaths
from companion.storage.kdf import KdfChooser
from companion.storage.preferences_file import PreferencesFile
from companion.ui import theme
from companion.ui.background import BackgroundRunner, DatabaseWorker
from companion.ui.main_window import SETUP
from companion.ui.setup.setup_wizard import SetupWizard
from companion.ui.theme import THEMES, apply_appearance
from companion.ui.vault_controller import VaultController
from tests.gui.conftest import Render
from tests.gui.fake_controller import FakeVaultController
from tests.gui.keyboard_checks import (
    activate,
    focus_ring_pixels,
    perimeter,
    reading_order_problems,
    tab_chain,
    tab_stops,
)
from tests.gui.test_care_plan_editor import PRESCRIBED, enter_prescription
from tests.gui.test_setup_wizard import (
    GROUP_INDEX,
    PdfPathChooser,
    _create_with_real_controller,
    _go_to_care_plan_page,
    _go_to_key_page,
    _stored_plans,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TIMEOUT_MS = 20_000


@pytest.fixture(autouse=True)
def _light_theme(qapp: QApplication) -> None:
    apply_appearance(qapp, "light", 100)


@pytest.fixture
def fake() -> FakeVaultController:
    return FakeVaultController()


def make_wizard(qtbot: QtBot, controller: object, **options: object) -> SetupWizard:
    wizard = SetupWizard(
        controller,  # type: ignore[arg-type]
        clock=FakeClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC)),
        choose_pdf_path=PdfPathChooser(None),
        choose_group=lambda count: GROUP_INDEX,
        **options,  # type: ignore[arg-type]
    )
    qtbot.addWidget(wizard)
    wizard.resize(1024, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


@pytest.fixture
def wizard(qtbot: QtBot, fake: FakeVaultController) -> Iterator[SetupWizard]:
    yield make_wizard(qtbot, fake)


def visible_texts(page: QWidget) -> list[str]:
    """The page's labels and buttons, top to bottom."""
    widgets = [w for w in page.findChildren(QWidget) if isinstance(w, QLabel | QPushButton) and w.isVisible()]
    widgets.sort(key=lambda w: (w.mapTo(page, w.rect().topLeft()).y(), w.mapTo(page, w.rect().topLeft()).x()))
    return [w.text() for w in widgets]


# --- the welcome page ----------------------------------------------------------------------------


def test_welcome_says_what_a_session_needs(wizard: SetupWizard) -> None:
    text = "\n".join(visible_texts(wizard.welcome_page))
    for expected in ("What each session needs", "an adult", "sober", "for the whole session",
                     "a blood-pressure monitor", "a pulse oximeter, if your care plan asks for one"):
        assert expected in text


def test_vault_is_explained_where_the_word_first_appears(qtbot: QtBot, wizard: SetupWizard,
                                                         fake: FakeVaultController) -> None:
    pages = [wizard.welcome_page, wizard.passphrase_page, wizard.key_page, wizard.confirm_page]
    texts = [text for page in pages for text in visible_texts(page) if page.isVisible()]
    _go_to_key_page(qtbot, wizard, fake)  # the later pages say "vault" too
    first = next(text for text in texts if "vault" in text.lower())
    assert "encrypted place" in first and "on this computer" in first


def test_text_size_and_theme_come_first_apply_live_and_are_saved(
    qtbot: QtBot, qapp: QApplication, fake: FakeVaultController, data_paths: DataPaths, render: Render
) -> None:
    preferences_file = PreferencesFile(data_paths.preferences_file)
    wizard = make_wizard(qtbot, fake, preferences=Preferences(), preferences_file=preferences_file)
    wizard.preferences_changed.connect(
        lambda chosen: apply_appearance(qapp, chosen.get(THEME), chosen.get(TEXT_SCALE)))
    page, choice = wizard.welcome_page, wizard.welcome_page.appearance
    activate(qtbot, wizard)
    chain = tab_chain(qtbot, page.language_choice, page)
    expected = [page.language_choice, choice.text_size_choice, choice.theme_choice, page.start_button]
    assert chain == expected  # first things first
    for control in chain:  # each shows where the keyboard is
        changed = focus_ring_pixels(control, chain[chain.index(control) - 1])
        assert changed >= 2 * perimeter(control) * 0.8, (control.accessibleName(), changed)
    base = qapp.font().pointSizeF()
    heading_before = page.findChildren(QLabel)[0].font().pointSizeF()

    choice.text_size_choice.setFocus()
    qtbot.keyClick(choice.text_size_choice, Qt.Key.Key_End)  # the largest: 200 %
    assert qapp.font().pointSizeF() == pytest.approx(base * 2, abs=0.2)
    qtbot.waitUntil(lambda: page.findChildren(QLabel)[0].font().pointSizeF() > heading_before * 1.5)
    qtbot.keyClick(choice.theme_choice, Qt.Key.Key_End)  # high contrast
    assert theme.current_theme(qapp) == "high_contrast"
    saver = choice.preferences_saver
    assert saver is not None
    qtbot.waitUntil(lambda: not saver.is_saving())  # the file is written off the GUI thread
    stored = json.loads(data_paths.preferences_file.read_text("utf-8"))
    assert (stored["theme"], stored["text_scale"]) == ("high_contrast", 200)
    qtbot.wait(50)  # the page re-applies its heading sizes once the new theme is in place
    render(wizard, "setup_1_welcome_hc_200")


def test_the_window_applies_and_keeps_what_the_welcome_page_chose(
    qtbot: QtBot,
    qapp: QApplication,
    data_paths: DataPaths,
    fake_clock: FakeClock,
    kdf_chooser: KdfChooser,
    runner: BackgroundRunner,
    worker: DatabaseWorker,
) -> None:
    window = build_app_window(data_paths, clock=fake_clock, kdf_chooser=kdf_chooser, runner=runner,
                              worker=worker)
    qtbot.addWidget(window)
    window.start()
    assert window.current_route() == SETUP
    choice = window.setup_wizard().welcome_page.appearance
    choice.theme_choice.setCurrentIndex(choice.theme_choice.findData("dark"))
    choice.text_size_choice.setCurrentIndex(choice.text_size_choice.findData(150))
    assert theme.current_theme(qapp) == "dark" and theme.current_text_scale(qapp) == 150
    assert window.preferences().get(THEME) == "dark"  # so Settings later shows what was chosen
    saver = choice.preferences_saver
    assert saver is not None
    qtbot.waitUntil(lambda: not saver.is_saving(), timeout=5000)  # written off the GUI thread
    assert PreferencesFile(data_paths.preferences_file).load().get(TEXT_SCALE) == 150
    window.shutdown()


# --- the care-plan step --------------------------------------------------------------------------


def _error_labels(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)
            if label.property("role") == "error" and label.isVisible() and label.text()]


def test_care_plan_step_is_calm_until_save_and_save_is_the_strongest_button(
    qtbot: QtBot, wizard: SetupWizard, fake: FakeVaultController, render: Render
) -> None:
    _go_to_care_plan_page(qtbot, wizard, _go_to_key_page(qtbot, wizard, fake))
    page, editor = wizard.care_plan_page, wizard.care_plan_page.editor
    assert editor.problems()  # dose, clinician's phone and the country are still needed ...
    assert _error_labels(page) == []  # ... but nothing is red before anything is typed
    save = editor.save_button
    assert save.text() == "Save and continue" and save.isEnabled()
    assert save.property("role") == "primary"
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(save)
    render(wizard, "setup_5_care_plan_save_button")
    fill = save.grab().toImage().pixelColor(8, save.height() // 2)
    assert fill == QColor(THEMES["light"].highlight)  # filled: the strongest button on the page
    assert page.later_button.grab().toImage().pixelColor(8, 8) != QColor(THEMES["light"].highlight)

    activate(qtbot, wizard)
    save.setFocus()
    with qtbot.assertNotEmitted(wizard.finished):
        qtbot.keyClick(save, Qt.Key.Key_Return)  # Return on it presses it: every problem shows ...
    errors = _error_labels(page)
    assert any("To save, fix" in text for text in errors)
    assert any("Dose must be a number" in text for text in errors)
    assert editor.form.field_problem_text("emergency_region")
    assert QApplication.focusWidget() is editor.form.editor("dose_mg")  # ... and focus goes to the first
    assert fake.calls_named("run_in_database") == []  # nothing saved
    render(wizard, "setup_5_care_plan_after_save")


def test_return_on_save_and_continue_saves_and_finishes(
    qtbot: QtBot, controller: VaultController, render: Render
) -> None:
    wizard = _create_with_real_controller(qtbot, controller)
    editor = wizard.care_plan_page.editor
    enter_prescription(qtbot, editor)
    activate(qtbot, wizard)
    editor.save_button.setFocus()
    with qtbot.waitSignal(wizard.finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(editor.save_button, Qt.Key.Key_Return)
    [record] = _stored_plans(qtbot, controller)
    assert record.plan == PRESCRIBED


@pytest.mark.parametrize(("theme_name", "scale"), [("light", 100), ("high_contrast", 200)])
def test_tab_follows_the_visual_order_and_focus_is_visible_on_the_care_plan_step(
    qtbot: QtBot, qapp: QApplication, wizard: SetupWizard, fake: FakeVaultController, render: Render,
    theme_name: str, scale: int,
) -> None:
    apply_appearance(qapp, theme_name, scale)
    _go_to_care_plan_page(qtbot, wizard, _go_to_key_page(qtbot, wizard, fake))
    page, form = wizard.care_plan_page, wizard.care_plan_page.editor.form
    activate(qtbot, wizard)
    chain = tab_chain(qtbot, page.editor.import_button, page)
    assert reading_order_problems(chain, page) == []
    assert {id(w) for w in chain} == {id(w) for w in tab_stops(page)}  # every control, none skipped
    assert chain.index(form.region.north_america_button) + 1 == chain.index(form.region.elsewhere_button)
    assert chain[-2:] == [page.editor.save_button, page.later_button]

    elsewhere = form.editor("clinician_name")
    for control in (page.editor.import_button, form.sources_button, form.editor("dose_mg"),
                    form.editor("route"), form.weekday_checks()[0], form.editor("pcl5_enabled"),
                    form.region.north_america_button, page.editor.save_button, page.later_button):
        changed = focus_ring_pixels(control, elsewhere)
        assert changed >= 2 * perimeter(control) * 0.8, (control.accessibleName(), changed)
    page.editor.save_button.setFocus()
    render(wizard, f"setup_5_care_plan_focus_{theme_name}_{scale}")
