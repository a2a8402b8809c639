"""Writing a care plan from the desk window (issue 11): a patient selected on the list, "Write a care
plan…" reads their exports in the background and opens the writer filled in from the plan in them; the
signed file reads back as the desk key's, with the clinician's change; Close comes back to the list with
the patient selected and where the file went; Cancel writes nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDoubleSpinBox
from pytestqt.qtbot import QtBot

from companion.desk.desk_access import unlock_desk
from companion.desk.desk_paths import DeskPaths
from companion.desk.opened_export import open_export
from companion.desk.patient_candidate import candidate_from_export
from companion.storage.signed_care_plan import SignedCarePlanFile, read_imported_care_plan
from companion.ui.desk.care_plan_writer import CarePlanWriter
from tests.desk_trust import CLINICIAN, DESK_PASSPHRASE, NOW, make_desk, write_patient_export
from tests.fixtures.export_history import PLAN
from tests.gui import desk_helpers
from tests.gui.conftest import Render
from tests.gui.desk_helpers import WAIT_MS, DeskHarness, WindowFactory
from tests.gui.test_care_plan_editor import type_into
from tests.signed_export import TestSigner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
desk_paths, desk_window = desk_helpers.desk_paths, desk_helpers.desk_window  # the fixtures


@pytest.fixture
def alex_desk(qtbot: QtBot, tmp_path: Path, desk_paths: DeskPaths, desk_window: WindowFactory) -> DeskHarness:
    """As the demo desk is: Alex confirmed from their export, which the desk has opened before."""
    export = write_patient_export(tmp_path / "inbox", TestSigner(bytes(range(32))))
    made = make_desk(desk_paths.base)
    alex = made.patients.add_patient(candidate_from_export(export), "Alex", confirmed=True, now=NOW)
    made.patients.record_export(alex.patient_id, open_export(export, made.patients).record(NOW))
    harness = desk_window()
    screen = harness.window.unlock_screen
    qtbot.keyClicks(screen.passphrase_field.line_edit, DESK_PASSPHRASE)
    with qtbot.waitSignal(harness.window.controller.desk_opened, timeout=WAIT_MS):
        screen.unlock_button.click()
    return harness


def _open_writer(qtbot: QtBot, harness: DeskHarness) -> CarePlanWriter:
    view = harness.window.main_view
    page = view.patients_page
    assert page.selected_patient() == page.model.patient_at(0)  # the first patient is chosen on arrival
    assert page.care_plan_button.toolTip() == ""
    assert page.care_plan_button.isEnabled()
    page.care_plan_button.click()
    assert page.busy_label.text() == "Reading the care plan in Alex's exports…"
    qtbot.waitUntil(lambda: view.care_plan_writer is not None, timeout=WAIT_MS)
    writer = view.care_plan_writer
    assert writer is not None and view.currentWidget() is writer and page.busy_row.isHidden()
    qtbot.waitUntil(lambda: writer.form.editor("medication_name").hasFocus() or not writer.isActiveWindow())
    return writer


def test_a_care_plan_written_from_the_list_is_signed_by_the_desk_key_with_the_change(
        qtbot: QtBot, alex_desk: DeskHarness, tmp_path: Path, render: Render) -> None:
    writer = _open_writer(qtbot, alex_desk)
    assert writer.plan() == PLAN  # filled in from the plan in Alex's export
    assert writer.change_list.changes() == []
    render(alex_desk.window, "desk_care_plan_flow_1_filled")

    dose = writer.form.editor("dose_mg")
    assert isinstance(dose, QDoubleSpinBox)
    type_into(qtbot, dose, "80")
    assert writer.change_list.text().splitlines() == ["Dose: 100 mg → 80 mg"]
    target = tmp_path / "plans" / "alex-plan.json"
    target.parent.mkdir()
    alex_desk.chooser.answers.append(target)
    with qtbot.waitSignal(writer.saved, timeout=WAIT_MS):
        writer.sign_button.click()
    assert alex_desk.chooser.asked == ["care plan"]
    assert alex_desk.chooser.suggested_names == ["companion-care-plan-20260502.json"]
    read = read_imported_care_plan(target.read_bytes())
    assert isinstance(read, SignedCarePlanFile)
    desk_key = unlock_desk(alex_desk.paths, DESK_PASSPHRASE).key
    assert read.fingerprint == desk_key.fingerprint
    assert (read.plan, read.issued_by, read.issued_at) == (replace(PLAN, dose_mg=80.0), CLINICIAN, NOW)
    assert writer.result_path.text() == str(target)
    render(alex_desk.window, "desk_care_plan_flow_2_saved")

    view = alex_desk.window.main_view
    writer.cancel_button.click()  # it reads Close now
    assert view.currentWidget() is view.patients_page and view.care_plan_writer is None
    page = view.patients_page
    selected = page.selected_patient()
    assert selected is not None and selected.display_name == "Alex"
    assert page.notice_text() == f"Alex's signed care plan was saved as {target}"
    assert page.message.isHidden()
    render(alex_desk.window, "desk_care_plan_flow_3_back")


def test_cancel_comes_back_to_the_list_and_writes_nothing(
        qtbot: QtBot, alex_desk: DeskHarness, tmp_path: Path) -> None:
    writer = _open_writer(qtbot, alex_desk)
    type_into(qtbot, writer.form.editor("dose_mg"), "80")
    writer.cancel_button.click()
    view = alex_desk.window.main_view
    assert view.currentWidget() is view.patients_page
    assert alex_desk.chooser.asked == [] and view.patients_page.notice_text() == ""
    assert view.patients_page.table.hasFocus() or not view.isActiveWindow()


def test_a_plan_read_after_the_clinician_moved_on_is_dropped(qtbot: QtBot, alex_desk: DeskHarness) -> None:
    view = alex_desk.window.main_view
    page = view.patients_page
    page.select_patient(page.model.patient_at(0).patient_id)
    page.care_plan_button.click()
    with qtbot.waitSignal(view.export_page.banner_shown, timeout=WAIT_MS):
        page.show_button.click()  # their exports instead, before the plan arrived
    qtbot.waitUntil(lambda: view.export_page.timeline is not None, timeout=WAIT_MS)
    qtbot.wait(200)
    assert view.care_plan_writer is None and view.currentWidget() is view.export_page
