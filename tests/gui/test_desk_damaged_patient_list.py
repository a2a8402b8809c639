"""A list of patients that is damaged or was changed outside the desk: the unlock screen says so and
offers a new list, behind a question that says what happens (the list set aside, never deleted; every
patient confirmed again). Cancelled, nothing on disk changes; confirmed, the desk opens with an empty
list and the old one is still there, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from companion.desk.desk_access import unlock_desk
from companion.desk.desk_paths import DeskPaths
from companion.desk.patient_candidate import candidate_from_export
from companion.storage import key_file_parts
from companion.ui.desk.desk_unlock_screen import new_list_question
from companion.ui.desk.desk_window import MAIN, UNLOCK
from tests.desk_trust import DESK_PASSPHRASE, NOW, make_desk, write_patient_export
from tests.gui import desk_helpers
from tests.gui.conftest import Render
from tests.gui.desk_helpers import WAIT_MS, DeskHarness, WindowFactory
from tests.gui.keyboard_checks import activate, reading_order_problems, tab_chain
from tests.signed_export import TestSigner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
desk_paths, desk_window = desk_helpers.desk_paths, desk_helpers.desk_window  # the fixtures


class Answers:
    """Stands in for the question: answers each time with the next of ``answers``."""

    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.asked = 0

    def __call__(self, _parent: QWidget) -> bool:
        self.asked += 1
        return self.answers.pop(0)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and p.name != "desk.lock"}


def _unlock(qtbot: QtBot, harness: DeskHarness) -> None:
    screen = harness.window.unlock_screen
    qtbot.keyClicks(screen.passphrase_field.line_edit, DESK_PASSPHRASE)
    with qtbot.waitSignal(harness.window.controller.patient_list_unusable, timeout=WAIT_MS):
        screen.unlock_button.click()


@pytest.mark.parametrize("harm", ["damaged", "changed outside the desk"])
def test_a_new_list_only_after_the_clinician_confirms_and_the_old_one_is_kept(
        qtbot: QtBot, tmp_path: Path, desk_paths: DeskPaths, desk_window: WindowFactory, render: Render,
        harm: str) -> None:
    made = make_desk(desk_paths.base)
    export = write_patient_export(tmp_path / "inbox", TestSigner(bytes(range(32))))
    made.patients.add_patient(candidate_from_export(export), "Alex", confirmed=True, now=NOW)
    listed = desk_paths.patients_file.read_bytes()
    if harm == "damaged":
        harmed = listed[:40] + b"#" + listed[41:]
    else:  # a patient's name swapped, the checksum recomputed: only the desk's MAC tells
        document = json.loads(listed)
        document["patients"][0]["display_name"] = "Someone Else"
        document["checksum"] = key_file_parts.checksum(document)
        harmed = json.dumps(document).encode()
    desk_paths.patients_file.write_bytes(harmed)
    answers = Answers(False, True)
    harness = desk_window(confirm_new_list=answers)
    window, screen = harness.window, harness.window.unlock_screen
    _unlock(qtbot, harness)

    assert window.current_route() == UNLOCK and window.controller.desk is None
    sentence = screen.message_text()
    assert sentence.startswith("The list of patients (patients.json) ")
    assert ("is damaged." if harm == "damaged" else "was changed outside the desk") in sentence
    assert "or start a new list and add each patient again." in sentence
    assert screen.new_list_button.isVisible() and screen.new_list_button.isEnabled()
    render(window, f"desk_unlock_list_{harm.split()[0]}")
    activate(qtbot, window)
    qtbot.keyClicks(screen.passphrase_field.line_edit, "x")
    chain = tab_chain(qtbot, screen.passphrase_field.line_edit, screen)
    assert [w.accessibleName() for w in chain] == [
        "Desk passphrase", "Show passphrase", "Start a new list of patients", "Unlock"]
    assert reading_order_problems(chain, screen) == []
    screen.passphrase_field.wipe()

    before = _files(desk_paths.base)
    screen.new_list_button.click()  # Cancel: nothing happens
    qtbot.wait(100)
    assert answers.asked == 1 and _files(desk_paths.base) == before
    assert window.current_route() == UNLOCK and screen.new_list_button.isVisible()

    with qtbot.waitSignal(window.controller.desk_opened, timeout=WAIT_MS):
        screen.new_list_button.click()  # confirmed
    assert answers.asked == 2 and window.current_route() == MAIN
    assert window.main_view.patients_page.model.rowCount() == 0
    set_aside = [p for p in desk_paths.base.iterdir() if p.name.startswith("patients.json.set-aside-")]
    assert [p.read_bytes() for p in set_aside] == [harmed]  # kept as it was, not deleted
    assert set_aside[0].name == "patients.json.set-aside-20260502T093000Z"
    assert unlock_desk(desk_paths, DESK_PASSPHRASE).patients.patients == ()  # the new list, and it is sound
    render(window, f"desk_unlock_list_{harm.split()[0]}_new_list")


def test_a_wrong_passphrase_offers_no_new_list(qtbot: QtBot, desk_paths: DeskPaths,
                                               desk_window: WindowFactory) -> None:
    make_desk(desk_paths.base)
    desk_paths.patients_file.write_bytes(b"not a list")
    harness = desk_window(confirm_new_list=Answers())
    screen = harness.window.unlock_screen
    qtbot.keyClicks(screen.passphrase_field.line_edit, "not the desk passphrase at all")
    with qtbot.waitSignal(harness.window.controller.unlock_failed, timeout=WAIT_MS):
        screen.unlock_button.click()
    assert screen.message_text() == "That passphrase did not open the desk. Check it and try again."
    assert not screen.new_list_button.isVisible()


def test_the_question_says_what_happens_and_cancel_is_the_default(qtbot: QtBot, desk_window: WindowFactory,
                                                                   desk_paths: DeskPaths,
                                                                   render: Render) -> None:
    make_desk(desk_paths.base)
    window = desk_window().window
    box, start = new_list_question(window)
    qtbot.addWidget(box)
    text = box.text() + " " + box.informativeText()
    for said in ("Start a new list of patients?", "renamed to patients.json.set-aside-", "nothing is deleted",
                 "The new list is empty", "Every patient must then be confirmed again",
                 "after checking the fingerprint with them", "cannot warn you that a patient's key changed",
                 "put its patients.json back"):
        assert said in text, said
    assert start.text() == "Set it aside and start a new list"
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert box.defaultButton() is cancel and box.escapeButton() is cancel
    box.show()
    qtbot.waitExposed(box)
    render(box, "desk_new_patient_list_question")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.clickedButton() is cancel
