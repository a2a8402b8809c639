"""PHQ-9, GAD-7 and PCL-5 completed from the keyboard (digits choose, Return goes on, Backspace back),
scored and saved; the PHQ-9 item-9 crisis panel; incomplete forms never saved; lock clears everything."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain.care_plan import CarePlan
from companion.domain.clock import FakeClock
from companion.domain.flags import FlagRule
from companion.domain.instrument_texts import text_for
from companion.domain.instruments import Instrument, SeverityBand
from companion.storage.attention import current_flags
from companion.storage.questionnaires import QuestionnaireRecord, QuestionnaireRepository
from companion.ui import theme
from companion.ui.checkins.crisis_panel import CrisisPanel
from tests.gui.checkins_helpers import PLAN, CheckinsDriver
from tests.gui.conftest import Render, UnlockedWindowFactory, controls_without_accessible_names

PLAN_WITH_PCL5 = CarePlan(**{**PLAN.__dict__, "pcl5_enabled": True})
DIGIT_KEYS = [getattr(Qt.Key, f"Key_{number}") for number in range(10)]


@pytest.fixture
def driver(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock, render: Render
) -> CheckinsDriver:
    window = open_unlocked_window()
    checkins = CheckinsDriver(qtbot, window, fake_clock, render)
    checkins.save_plan(PLAN_WITH_PCL5)
    checkins.open()
    return checkins


def press(driver: CheckinsDriver, key: Qt.Key) -> None:
    """A key where the keyboard focus is (the window's focus widget), as a person would type it."""
    target = driver.window.focusWidget() or driver.page.questionnaire
    driver.qtbot.keyClick(target, key)


def history(driver: CheckinsDriver, instrument: Instrument | None = None) -> list[QuestionnaireRecord]:
    return driver.run_in_database(lambda vault: QuestionnaireRepository(vault.database).history(instrument))


def start(driver: CheckinsDriver, instrument: Instrument) -> None:
    driver.page.overview.buttons[instrument.value].click()
    assert driver.page.stack.currentWidget() is driver.page.questionnaire
    assert driver.page.questionnaire.instrument() is instrument


def answer_by_keyboard(driver: CheckinsDriver, answers: list[int]) -> None:
    for value in answers:
        press(driver, DIGIT_KEYS[value])
        press(driver, Qt.Key.Key_Return)


CASES = [
    # instrument, answers, difficulty (PHQ-9 only), total, band
    (Instrument.PHQ9, [1, 2, 1, 2, 1, 0, 2, 1, 0], 1, 10, SeverityBand.MODERATE),
    (Instrument.GAD7, [3, 2, 2, 2, 3, 1, 2], None, 15, SeverityBand.SEVERE),
    (Instrument.PCL5, [2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 2, 1, 2, 2, 1, 2, 2, 2, 1, 1], None, 33,
     SeverityBand.PROBABLE_PTSD),
]


@pytest.mark.parametrize(("instrument", "answers", "difficulty", "total", "band"), CASES,
                         ids=[case[0].value for case in CASES])
def test_completed_by_keyboard_with_the_right_total_and_band(
    driver: CheckinsDriver, instrument: Instrument, answers: list[int], difficulty: int | None, total: int,
    band: SeverityBand,
) -> None:
    start(driver, instrument)
    form, texts = driver.page.questionnaire, text_for(instrument)
    screen = form.question
    assert screen.title.text() == texts.title and screen.question.text() == texts.items[0]
    assert screen.stem.text() == texts.stem and screen.notice.text() == texts.notice
    assert screen.visible_answer_count() == len(texts.answers)
    assert not screen.back_button.isEnabled() and not screen.forward_button.isEnabled()
    driver.render(f"questionnaire_{instrument.value}_first")

    # Return without an answer goes nowhere; a digit beyond the answers is ignored.
    press(driver, Qt.Key.Key_Return)
    press(driver, DIGIT_KEYS[len(texts.answers)])
    assert form.position() == 0 and form.answers()[0] is None

    # Answer the first two, go back with Backspace, change the first, and go on again.
    answer_by_keyboard(driver, [3, answers[1]])
    assert form.position() == 2
    press(driver, Qt.Key.Key_Backspace)
    press(driver, Qt.Key.Key_Backspace)
    assert form.position() == 0 and screen.answer_buttons[3].isChecked()
    answer_by_keyboard(driver, [answers[0]])
    press(driver, Qt.Key.Key_Return)  # the second answer is kept: Return goes on
    assert form.position() == 2
    answer_by_keyboard(driver, answers[2:-1])
    press(driver, DIGIT_KEYS[answers[-1]])
    driver.render(f"questionnaire_{instrument.value}_last_item")
    if difficulty is not None:
        press(driver, Qt.Key.Key_Return)
        assert screen.question.text() == texts.difficulty_question
        press(driver, DIGIT_KEYS[difficulty])
        driver.render(f"questionnaire_{instrument.value}_difficulty")
    assert screen.forward_button.text() == "Finish and save"
    assert history(driver) == []  # nothing stored before the end

    (record,) = driver.act(lambda: press(driver, Qt.Key.Key_Return), "questionnaire_saved")
    assert isinstance(record, QuestionnaireRecord)
    assert (record.score.total, record.score.band, record.score.difficulty) == (total, band, difficulty)
    assert list(record.score.answers) == answers
    (stored,) = history(driver, instrument)
    assert stored.score == record.score
    assert form.stack.currentWidget() is form.result
    assert f"Total {total} of" in form.result.total.text() and band.label in form.result.total.text()
    assert form.result.crisis.isHidden()
    driver.render(f"questionnaire_{instrument.value}_result")

    driver.act(form.result.done_button.click, "overview_loaded")
    assert driver.page.stack.currentWidget() is driver.page.overview
    assert instrument.value in driver.page.overview.buttons  # can be taken again, no longer "due"
    assert "Next due" in "\n".join(driver.page.overview.row_texts())
    driver.render(f"checkins_overview_after_{instrument.value}")


def test_item_9_above_0_shows_the_crisis_panel_at_once_until_acknowledged(driver: CheckinsDriver) -> None:
    start(driver, Instrument.PHQ9)
    form = driver.page.questionnaire
    answer_by_keyboard(driver, [1, 1, 0, 1, 0, 0, 0, 0])
    assert form.position() == 8 and not form.crisis_visible()
    with driver.qtbot.waitSignal(form.crisis_shown, timeout=1000):
        press(driver, Qt.Key.Key_1)  # item 9 answered: the panel, before Return, before the end
    assert form.crisis_visible() and form.crisis_panel.isVisible()
    panel = form.crisis_panel
    assert "988" in panel.crisis_line.text() and "text" in panel.crisis_line.text()
    assert "chat" in panel.crisis_line.text()
    assert "911" in panel.emergency.text()
    assert "Dr Amara Quinn" in panel.clinician.text() and "555 0134" in panel.clinician.text()
    assert driver.window.focusWidget() is panel
    driver.render("crisis_panel")
    assert history(driver) == []  # the panel stores nothing: the flag comes from the stored answer

    # Keys someone might be pressing to move through the form do not close it.
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Backspace,
                Qt.Key.Key_Space, Qt.Key.Key_0, Qt.Key.Key_3):
        press(driver, key)
        assert form.crisis_visible(), key
    assert form.answers()[8] == 1 and form.position() == 8
    # Nor does going elsewhere and coming back.
    shell = driver.window.main_shell()
    shell.show_page("today")
    shell.show_page("checkins")
    assert form.crisis_visible()

    panel.acknowledge_button.click()
    assert not form.crisis_visible()
    screen = form.question
    assert form.position() == 8 and screen.answer_buttons[1].isChecked()
    assert screen.crisis_reminder.isVisible() and "988" in screen.crisis_reminder.text()
    driver.render("crisis_after_acknowledged")
    press(driver, Qt.Key.Key_Return)
    assert screen.question.text() == text_for(Instrument.PHQ9).difficulty_question
    press(driver, Qt.Key.Key_2)
    (record,) = driver.act(lambda: press(driver, Qt.Key.Key_Return), "questionnaire_saved")
    assert isinstance(record, QuestionnaireRecord)
    assert (record.score.total, record.score.item9) == (4, 1)  # a minimal total...
    assert record.score.band is SeverityBand.MINIMAL
    assert form.result.crisis.isVisible() and "988" in form.result.crisis.text()
    driver.render("crisis_result")

    # ...and still a needs-attention flag, from the stored answer.
    now = driver.clock.now()
    flags = driver.run_in_database(lambda vault: current_flags(vault.database, PLAN_WITH_PCL5, now))
    item9 = [view.flag for view in flags if view.flag.rule is FlagRule.PHQ9_ITEM9]
    assert [(flag.record_kind, flag.record_id) for flag in item9] == [("questionnaire", record.id)]


def test_item_9_is_kept_and_flagged_even_when_the_form_is_stopped(driver: CheckinsDriver) -> None:
    # "whatever the total": the answer is stored the moment it is given, not when the form ends.
    start(driver, Instrument.PHQ9)
    form = driver.page.questionnaire
    answer_by_keyboard(driver, [0, 0, 0, 0, 0, 0, 0, 0])
    with driver.qtbot.waitSignal(form.crisis_shown, timeout=1000):
        press(driver, Qt.Key.Key_2)
    form.crisis_panel.acknowledge_button.click()
    driver.act(form.question.stop_button.click, "overview_loaded")
    assert "question 9 was kept" in driver.page.overview.status.text()
    assert history(driver) == []  # no scored questionnaire: the form was not finished
    now = driver.clock.now()
    flags = driver.run_in_database(lambda vault: current_flags(vault.database, PLAN_WITH_PCL5, now))
    item9 = [view.flag for view in flags if view.flag.rule is FlagRule.PHQ9_ITEM9]
    assert [flag.record_kind for flag in item9] == ["phq9_item9_answer"]
    assert "not finished" in item9[0].text


def test_item_9_changed_back_to_0_keeps_one_flag_for_the_form(driver: CheckinsDriver) -> None:
    # An answer above 0 was given; changing it before the end does not make it disappear.
    start(driver, Instrument.PHQ9)
    form = driver.page.questionnaire
    answer_by_keyboard(driver, [1, 1, 1, 1, 0, 0, 0, 0])
    with driver.qtbot.waitSignal(form.crisis_shown, timeout=1000):
        press(driver, Qt.Key.Key_2)
    form.crisis_panel.acknowledge_button.click()
    press(driver, Qt.Key.Key_0)
    press(driver, Qt.Key.Key_Return)
    press(driver, Qt.Key.Key_1)  # the difficulty question
    (record,) = driver.act(lambda: press(driver, Qt.Key.Key_Return), "questionnaire_saved")
    assert isinstance(record, QuestionnaireRecord) and record.score.item9 == 0
    now = driver.clock.now()
    flags = driver.run_in_database(lambda vault: current_flags(vault.database, PLAN_WITH_PCL5, now))
    item9 = [view.flag for view in flags if view.flag.rule is FlagRule.PHQ9_ITEM9]
    assert [(flag.record_kind, flag.record_id) for flag in item9] == [("questionnaire", record.id)]
    assert "first answered 2" in item9[0].text and "changed to 0" in item9[0].text
    # The result stays until Done; coming back to Check-ins later shows what is due instead.
    assert form.result_visible()
    shell = driver.window.main_shell()
    shell.show_page("today")
    shell.show_page("checkins")
    assert driver.page.stack.currentWidget() is driver.page.overview


def test_item_9_at_0_shows_no_crisis_panel(driver: CheckinsDriver) -> None:
    start(driver, Instrument.PHQ9)
    form = driver.page.questionnaire
    answer_by_keyboard(driver, [3, 3, 3, 3, 3, 3, 3, 3])
    press(driver, Qt.Key.Key_0)
    assert not form.crisis_visible() and form.question.crisis_reminder.isHidden()


def test_an_incomplete_questionnaire_is_not_saved(driver: CheckinsDriver) -> None:
    start(driver, Instrument.GAD7)
    form = driver.page.questionnaire
    answer_by_keyboard(driver, [2, 2, 1])
    # Finishing early (not reachable from the screens) is refused, not guessed.
    with driver.qtbot.assertNotEmitted(form.save_requested):
        form._finish()
    assert form.question.message.isVisible() and "not answered" in form.question.message.text()
    assert form.position() == 3  # sent to the first unanswered question
    driver.render("questionnaire_gad7_incomplete")
    driver.act(form.question.stop_button.click, "overview_loaded")
    assert driver.page.overview.status.text() == "The questionnaire was stopped; nothing was saved."
    assert form.answers() == []
    assert history(driver) == []


def test_locking_clears_the_forms_and_saves_nothing(driver: CheckinsDriver) -> None:
    start(driver, Instrument.PHQ9)
    form = driver.page.questionnaire
    answer_by_keyboard(driver, [1, 2, 3])
    driver.page.post_session_log.mood.choose(4)
    driver.page.next_day_checkin.mood.choose(6)
    driver.clock.advance(timedelta(minutes=1).total_seconds())
    driver.window.lock_now()
    assert form.answers() == [] and form.instrument() is None
    assert driver.page.post_session_log.mood.value() is None
    assert driver.page.next_day_checkin.mood.value() is None
    assert driver.page.overview.buttons == {} and driver.page.current_overview() is None
    assert driver.page.stack.currentWidget() is driver.page.overview


@pytest.mark.parametrize("theme_name", ["dark", "high_contrast"])
def test_the_crisis_panel_in_dark_and_high_contrast_themes(
    qtbot: QtBot, qapp: QApplication, render: Render, theme_name: str
) -> None:
    theme.apply_appearance(qapp, theme_name, 100)
    panel = CrisisPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 640)
    panel.show_for(PLAN)
    assert theme.THEMES[theme_name].error_text in panel.styleSheet()
    render(panel, f"crisis_panel_{theme_name}")
    assert controls_without_accessible_names(panel) == []
    # The keyboard way out is deliberate: Tab to the button, then Space.
    panel.acknowledge_button.setFocus()
    with qtbot.waitSignal(panel.acknowledged, timeout=1000):
        qtbot.keyClick(panel.acknowledge_button, Qt.Key.Key_Space)
