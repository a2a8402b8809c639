"""The session steps work from the keyboard: Return in a field presses the step's main button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.domain.care_plan import CarePlan
from companion.ui.session.checkin_prompt import CheckinPrompt
from companion.ui.session.vitals_step import VitalsStep

PLAN = CarePlan(dose_mg=56.0, clinician_name="Dr Test", clinician_phone="555 0100")


def test_return_in_the_last_vitals_field_checks_the_reading(qtbot: QtBot) -> None:
    step = VitalsStep()
    qtbot.addWidget(step)
    step.load(PLAN)
    step.show()
    qtbot.keyClicks(step.form.systolic, "124")
    qtbot.keyClicks(step.form.diastolic, "78")
    qtbot.keyClicks(step.form.heart_rate, "70")
    with qtbot.waitSignal(step.passed, timeout=2000) as passed:
        qtbot.keyClick(step.form.heart_rate, Qt.Key.Key_Return)
    reading, cautioned = passed.args
    assert (reading.bp.systolic, reading.bp.diastolic, reading.heart_rate) == (124, 78, 70)
    assert cautioned is False


def test_return_in_an_incomplete_reading_asks_to_measure_again(qtbot: QtBot) -> None:
    step = VitalsStep()
    qtbot.addWidget(step)
    step.load(PLAN)
    step.show()
    qtbot.keyClicks(step.form.systolic, "40")
    qtbot.keyClicks(step.form.diastolic, "30")
    qtbot.keyClicks(step.form.heart_rate, "70")
    with qtbot.assertNotEmitted(step.passed, wait=300):
        qtbot.keyClick(step.form.heart_rate, Qt.Key.Key_Return)
    assert step.message.isVisible() and "measure again" in step.message.text().lower()


def test_return_after_the_code_confirms_the_check_in(qtbot: QtBot) -> None:
    prompt = CheckinPrompt()
    qtbot.addWidget(prompt)
    prompt.show()
    clicked: list[bool] = []
    prompt.well_button.clicked.connect(lambda: clicked.append(True))
    qtbot.keyClicks(prompt.code, "4321")
    qtbot.keyClick(prompt.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: clicked == [True], timeout=2000)
