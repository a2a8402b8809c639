"""The questionnaires with companion in Spanish: the validated Spanish (US) PHQ-9 and GAD-7, the English
PCL-5 with a note in Spanish, the same scores as in English, and a Spanish PHQ-9 at 200 % text that
still fits a 1024×768 window. Each screen is rendered to tests/artifacts/ to be looked at.

The language is installed as the app does it (the LANGUAGE preference, read when the window is built),
with the app's own Spanish catalogue; the questionnaire's words come from ``instrument_texts_es``, not
from the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain import instrument_texts_es as es
from companion.domain.clock import FakeClock
from companion.domain.instrument_texts import TEXTS
from companion.domain.instruments import Instrument, SeverityBand
from companion.domain.preferences import LANGUAGE, TEXT_SCALE, THEME, Preferences
from companion.paths import DataPaths
from companion.storage.preferences_file import PreferencesFile
from companion.storage.questionnaires import QuestionnaireRecord
from companion.ui import language
from companion.ui.checkins.questionnaire_screens import QuestionScreen
from companion.ui.main_window import AppWindow
from tests.gui.checkins_helpers import CheckinsDriver
from tests.gui.conftest import Render, UnlockedWindowFactory
from tests.gui.english_left import english_left
from tests.gui.session_screens import outside_viewport
from tests.gui.test_checkins_questionnaires import (
    CASES,
    DIGIT_KEYS,
    PLAN_WITH_PCL5,
    answer_by_keyboard,
    history,
    press,
    start,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

Opener = Callable[..., CheckinsDriver]


@pytest.fixture
def spanish_catalogue(built_translations: Path, qapp: QApplication) -> Iterator[Path]:
    """The app's own Spanish catalogue (built once per run from the committed .ts, where the app loads
    catalogues from); afterwards English again (the language and the default locale are application-wide)."""
    yield built_translations
    language.uninstall_language()


@pytest.fixture
def open_in_spanish(
    qtbot: QtBot, spanish_catalogue: Path, open_unlocked_window: UnlockedWindowFactory,
    data_paths: DataPaths, fake_clock: FakeClock, render: Render,
) -> Opener:
    """``open_in_spanish(theme=…, text_scale=…, size=…)``: a window built in Spanish, on Check-ins."""

    def factory(*, theme: str = "light", text_scale: int = 100,
                size: tuple[int, int] | None = None) -> CheckinsDriver:
        data_paths.base.mkdir(parents=True, exist_ok=True)
        PreferencesFile(data_paths.preferences_file).save(
            Preferences().with_value(LANGUAGE, "es").with_value(THEME, theme)
            .with_value(TEXT_SCALE, text_scale))
        window: AppWindow = open_unlocked_window()
        assert language.current_language() == "es"
        if size is not None:
            window.resize(*size)
        driver = CheckinsDriver(qtbot, window, fake_clock, render)
        driver.save_plan(PLAN_WITH_PCL5)
        driver.open()
        return driver

    return factory


@pytest.mark.parametrize(("instrument", "answers", "difficulty", "total", "band"), CASES,
                         ids=[case[0].value for case in CASES])
def test_in_spanish_the_published_spanish_wording_and_the_same_score(
    open_in_spanish: Opener, instrument: Instrument, answers: list[int], difficulty: int | None, total: int,
    band: SeverityBand,
) -> None:
    driver = open_in_spanish()
    start(driver, instrument)
    form = driver.page.questionnaire
    screen = form.question
    spanish = es.TEXTS.get(instrument)
    if spanish is None:  # the PCL-5: no Spanish version published; English, and a note in Spanish
        texts, note = TEXTS[instrument], es.ENGLISH_ONLY_NOTES[instrument]
        assert screen.language_note.isVisibleTo(screen) and screen.language_note.text() == note
    else:
        texts = spanish
        assert screen.language_note.isHidden()
    assert screen.title.text() == texts.title and screen.stem.text() == texts.stem
    assert screen.question.text() == texts.items[0] and screen.notice.text() == texts.notice
    assert screen.visible_answer_count() == len(texts.answers)
    assert [button.text() for button in screen.answer_buttons[:len(texts.answers)]] == [
        f"{value}   {answer}" for value, answer in enumerate(texts.answers)]
    driver.render(f"questionnaire_es_{instrument.value}_first")

    for position, value in enumerate(answers[:-1]):
        assert screen.question.text() == texts.items[position]
        answer_by_keyboard(driver, [value])
    assert screen.question.text() == texts.items[-1]
    press(driver, DIGIT_KEYS[answers[-1]])
    driver.render(f"questionnaire_es_{instrument.value}_last_item")
    if difficulty is not None:
        press(driver, Qt.Key.Key_Return)
        assert screen.question.text() == texts.difficulty_question
        assert [button.text() for button in screen.answer_buttons[:4]] == [
            f"{value}   {answer}" for value, answer in enumerate(texts.difficulty_answers)]
        press(driver, DIGIT_KEYS[difficulty])
        driver.render(f"questionnaire_es_{instrument.value}_difficulty")

    (record,) = driver.act(lambda: press(driver, Qt.Key.Key_Return), "questionnaire_saved")
    assert isinstance(record, QuestionnaireRecord)
    # The same answers give the same score as the English form (tests/gui/test_checkins_questionnaires).
    assert (record.score.total, record.score.band, record.score.difficulty) == (total, band, difficulty)
    assert list(record.score.answers) == answers
    (stored,) = history(driver, instrument)
    assert stored.score == record.score
    assert f" {total} " in form.result.total.text()
    driver.render(f"questionnaire_es_{instrument.value}_result")


def test_the_item_9_crisis_panel_comes_from_the_spanish_question_9_too(open_in_spanish: Opener) -> None:
    driver = open_in_spanish()
    start(driver, Instrument.PHQ9)
    form = driver.page.questionnaire
    answer_by_keyboard(driver, [0, 0, 0, 0, 0, 0, 0, 0])
    assert form.question.question.text() == es.PHQ9_ITEMS[8]
    with driver.qtbot.waitSignal(form.crisis_shown, timeout=1000):
        press(driver, DIGIT_KEYS[1])
    assert form.crisis_visible()
    assert english_left(driver.window, "es") == []  # the crisis panel too, and 988's Spanish line
    crisis_line = form.crisis_panel.crisis_line.text()
    assert "marque 2" in crisis_line and "AYUDA" in crisis_line
    driver.render("questionnaire_es_phq9_crisis_panel")


# --- 200 % text in a 1024×768 window ----------------------------------------------------------------


def fit_problems(window: AppWindow, screen: QuestionScreen, size: tuple[int, int], name: str) -> list[str]:
    """Why ``screen`` does not fit: the window asks for more, something is cut off at the side, an answer's
    words do not fit its button, the question is clipped, or Next cannot be scrolled into view."""
    for _ in range(3):
        QApplication.processEvents()
    problems = []
    hint = window.minimumSizeHint()
    if hint.width() > size[0] or hint.height() > size[1]:
        problems.append(f"{name}: the window asks for at least {hint.width()}×{hint.height()}")
    if (window.width(), window.height()) != size:
        problems.append(f"{name}: the window grew to {window.width()}×{window.height()}")
    content, viewport = screen.scroll_area.widget(), screen.scroll_area.viewport()
    if content.minimumSizeHint().width() > viewport.width():
        problems.append(f"{name}: the content needs {content.minimumSizeHint().width()} px of "
                        f"{viewport.width()}")
    for button in screen.answer_buttons:
        if button.isVisibleTo(screen):
            needed = button.fontMetrics().horizontalAdvance(button.text()) + 32  # the left padding and more
            if needed > button.width():
                problems.append(f"{name}: {button.text()!r} needs {needed} px, has {button.width()}")
    for label in (screen.question, screen.stem, screen.title, screen.language_note):
        if label.isVisibleTo(screen) and label.heightForWidth(label.width()) > label.height():
            problems.append(f"{name}: {label.text()[:40]!r}… is cut off")
    screen.scroll_area.ensureWidgetVisible(screen.forward_button)
    QApplication.processEvents()
    where = outside_viewport(screen.forward_button)
    if where:
        problems.append(f"{name}: {screen.forward_button.text()!r} cannot be brought into view: {where}")
    return problems


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_a_spanish_phq9_at_200_percent_text_fits_a_small_screen(
    open_in_spanish: Opener, theme: str
) -> None:
    size = (1024, 768)
    driver = open_in_spanish(theme=theme, text_scale=200, size=size)
    window, screen = driver.window, driver.page.questionnaire.question
    problems: list[str] = []
    start(driver, Instrument.PHQ9)
    for position in range(9):
        name = f"item {position + 1}"
        assert screen.question.text() == es.PHQ9_ITEMS[position]
        problems += fit_problems(window, screen, size, name)
        if position in (0, 7):  # the first, and the longest item
            screen.scroll_area.verticalScrollBar().setValue(0)
            driver.render(f"questionnaire_es_phq9_200_{theme}_item{position + 1}")
        answer_by_keyboard(driver, [1 if position < 8 else 0])
    assert screen.question.text() == es.PHQ9_DIFFICULTY_QUESTION
    problems += fit_problems(window, screen, size, "difficulty question")
    driver.render(f"questionnaire_es_phq9_200_{theme}_difficulty")  # scrolled down to Next
    assert problems == []


def test_the_pcl5_note_fits_at_200_percent_text(open_in_spanish: Opener) -> None:
    size = (1024, 768)
    driver = open_in_spanish(theme="high_contrast", text_scale=200, size=size)
    screen = driver.page.questionnaire.question
    start(driver, Instrument.PCL5)
    assert screen.language_note.isVisibleTo(screen)
    assert fit_problems(driver.window, screen, size, "PCL-5 first screen") == []
    screen.scroll_area.verticalScrollBar().setValue(0)
    driver.render("questionnaire_es_pcl5_200_high_contrast_first")
