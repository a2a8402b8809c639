"""The care-plan editor with a real vault: enter, validate, import, save, export, lock."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.domain.care_plan import PLAN_FIELDS, CarePlan, Route
from companion.domain.care_plan_file import CarePlanFileError, read_care_plan_file, write_care_plan_file
from companion.domain.clock import FakeClock
from companion.storage.care_plans import CarePlanRecord, CarePlanRepository
from companion.ui.care_plan.care_plan_editor import CarePlanEditor
from companion.ui.care_plan.care_plan_form import parse_minutes, readable_problem
from companion.ui.main_window import AppWindow
from companion.ui.theme import apply_appearance
from companion.ui.vault_controller import VaultController
from tests.gui.conftest import (
    STRONG_PASSPHRASE,
    Render,
    UnlockedWindowFactory,
    controls_without_accessible_names,
)
from tests.gui.database_helpers import run_in_db

TIMEOUT_MS = 20_000
ISSUED_AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PRESCRIBED = CarePlan(
    medication_name="Ketamine RDT",
    dose_mg=300.0,
    route=Route.ORAL,
    planned_weekdays=(1, 4),
    minimum_monitoring_minutes=150,
    bp_recheck_minutes=(40, 90),
    fasting_food_hours=4.0,
    clinician_name="Dr A. Lee",
    clinician_phone="+1 555 0100",
    patient_address="12 Elm Street, Springfield",
    allergies="none known",
    pcl5_enabled=True,
)
# A new plan on the form: the defaults, but no emergency numbers until "Where do you live?" is answered.
NEW_PLAN = replace(CarePlan(), emergency_number="", crisis_line="")


class PathChooser:
    def __init__(self, answer: Path | None = None) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self, _parent: object) -> Path | None:
        self.asked += 1
        return self.answer


@pytest.fixture(autouse=True)
def _light_theme(qapp: QApplication) -> None:
    apply_appearance(qapp, "light", 100)


@pytest.fixture
def unlocked(qtbot: QtBot, controller: VaultController) -> VaultController:
    with qtbot.waitSignal(controller.created, timeout=TIMEOUT_MS):
        controller.create(STRONG_PASSPHRASE)
    return controller


@pytest.fixture
def import_chooser() -> PathChooser:
    return PathChooser()


@pytest.fixture
def export_chooser() -> PathChooser:
    return PathChooser()


@pytest.fixture
def editor(
    qtbot: QtBot,
    unlocked: VaultController,
    import_chooser: PathChooser,
    export_chooser: PathChooser,
    fake_clock: FakeClock,
) -> CarePlanEditor:
    widget = CarePlanEditor(
        unlocked, choose_import_path=import_chooser, choose_export_path=export_chooser, clock=fake_clock
    )
    qtbot.addWidget(widget)
    widget.resize(760, 900)
    widget.show()
    qtbot.waitUntil(widget.is_loaded, timeout=TIMEOUT_MS)
    return widget




def stored_history(qtbot: QtBot, controller: VaultController) -> list[CarePlanRecord]:
    return run_in_db(qtbot, controller, lambda vault: CarePlanRepository(vault.database).history())


def render_whole(render: Render, editor: CarePlanEditor, name: str) -> None:
    editor.resize(760, max(editor.sizeHint().height(), editor.heightForWidth(760)))  # wrapped text too
    render(editor, name)


def history_rows(editor: CarePlanEditor) -> list[list[str]]:
    tree = editor.history_tree
    return [[tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())]


def finish_typing(qtbot: QtBot, field: QWidget) -> None:
    """End an edit the way leaving the field does (Return, here: focus needs an active window)."""
    qtbot.keyClick(field, Qt.Key.Key_Return)


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Replace what a spin box or line edit holds by typing, then end the edit."""
    line = field.lineEdit() if isinstance(field, QAbstractSpinBox) else field
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    finish_typing(qtbot, field)


def enter_prescription(qtbot: QtBot, editor: CarePlanEditor) -> None:
    """Type the prescribed plan the way a person would (keyboard where it matters)."""
    form = editor.form
    name = form.editor("medication_name")
    assert isinstance(name, QLineEdit)
    name.selectAll()
    qtbot.keyClicks(name, "Ketamine RDT")
    dose = form.editor("dose_mg")
    assert isinstance(dose, QDoubleSpinBox)
    dose.lineEdit().selectAll()
    qtbot.keyClicks(dose.lineEdit(), "300")
    route = form.editor("route")
    route.setCurrentIndex(route.findData("oral"))  # type: ignore[attr-defined]
    for day in (1, 4):
        form.weekday_checks()[day].setFocus()
        qtbot.keyClick(form.weekday_checks()[day], Qt.Key.Key_Space)
    minutes = form.editor("minimum_monitoring_minutes")
    assert isinstance(minutes, QSpinBox)
    minutes.setValue(150)
    rechecks = form.editor("bp_recheck_minutes")
    assert isinstance(rechecks, QLineEdit)
    rechecks.clear()
    qtbot.keyClicks(rechecks, "90, 40")
    food = form.editor("fasting_food_hours")
    assert isinstance(food, QDoubleSpinBox)
    food.setValue(4)
    qtbot.keyClicks(form.editor("clinician_name"), "Dr A. Lee")
    qtbot.keyClicks(form.editor("clinician_phone"), "+1 555 0100")
    form.region.north_america_button.setFocus()
    qtbot.keyClick(form.region.north_america_button, Qt.Key.Key_Space)  # 911 and 988
    qtbot.keyClicks(form.editor("patient_address"), "12 Elm Street, Springfield")
    qtbot.keyClicks(form.editor("allergies"), "none known")
    pcl5 = form.editor("pcl5_enabled")
    assert isinstance(pcl5, QCheckBox)
    pcl5.setChecked(True)


def write_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- the form ------------------------------------------------------------------------------------


def test_form_has_an_editor_for_every_field_with_default_and_unit(editor: CarePlanEditor) -> None:
    defaults = CarePlan()
    for spec in PLAN_FIELDS:
        widget = editor.form.editor(spec.name)
        assert widget.accessibleName() == spec.label
        description = widget.accessibleDescription()
        if spec.kind.value in ("whole number", "number") and not spec.required_in_file:
            default = getattr(defaults, spec.name)
            assert f"Default {default:g} {spec.unit}" in description, spec.name
            assert f"{spec.minimum:g} to {spec.maximum:g} {spec.unit}" in description, spec.name
    assert editor.form.plan() == NEW_PLAN  # nothing saved yet: the documented defaults, no country yet
    assert controls_without_accessible_names(editor) == []
    assert "No care plan is saved yet" in editor.status_text()
    assert editor.problems()  # the dose, the clinician's phone and the country are missing ...
    assert all(editor.form.field_problem_text(name) == "" for name in editor.form.field_problems.names())
    assert not editor.problems_label.isVisible()  # ... but nothing is red before anything is typed
    assert editor.save_button.isEnabled()  # pressing it shows what is missing
    assert not editor.export_button.isEnabled()


def test_minutes_are_read_in_order_and_anything_else_is_left_for_validation() -> None:
    assert parse_minutes("90, 40 40") == (40, 90)
    assert parse_minutes("") == ()
    assert parse_minutes("40, soon") == ("40", "soon")
    assert readable_problem("Dose (dose_mg) is wrong (really).") == "Dose is wrong (really)."


def test_enter_a_plan_and_save_it_then_change_it(
    qtbot: QtBot, editor: CarePlanEditor, unlocked: VaultController, fake_clock: FakeClock, render: Render
) -> None:
    render_whole(render, editor, "care_plan_empty")
    enter_prescription(qtbot, editor)
    assert editor.form.plan() == PRESCRIBED
    assert editor.problems() == []
    assert not editor.problems_label.isVisible()
    assert editor.save_button.isEnabled()
    render_whole(render, editor, "care_plan_entered")

    with qtbot.waitSignal(editor.plan_saved, timeout=TIMEOUT_MS) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    record = saved.args[0]
    assert (record.plan, record.source, record.issued_by) == (PRESCRIBED, "entered", None)
    assert [r.plan for r in stored_history(qtbot, unlocked)] == [PRESCRIBED]
    assert [row[1:] for row in history_rows(editor)] == [["Entered", "—"]]
    assert "Care plan saved" in editor.status_text()
    assert not editor.save_button.isEnabled()  # nothing changed since
    assert editor.export_button.isEnabled()
    render_whole(render, editor, "care_plan_saved")

    fake_clock.advance(3600)
    dose = editor.form.editor("dose_mg")
    assert isinstance(dose, QDoubleSpinBox)
    dose.setValue(350)
    assert editor.status_text() == ""
    with qtbot.waitSignal(editor.plan_saved, timeout=TIMEOUT_MS):
        editor.save_button.click()
    history = stored_history(qtbot, unlocked)
    assert [r.plan.dose_mg for r in history] == [350.0, 300.0]  # newest first; the old one kept
    assert history[0].set_at - history[1].set_at == timedelta(hours=1)  # the editor's clock
    assert len(history_rows(editor)) == 2


def test_invalid_values_are_explained_at_the_field_once_edited_and_all_after_save(
    qtbot: QtBot, editor: CarePlanEditor, unlocked: VaultController, render: Render
) -> None:
    enter_prescription(qtbot, editor)
    stop = editor.form.editor("stop_systolic_above")
    assert isinstance(stop, QSpinBox)
    stop.lineEdit().selectAll()
    qtbot.keyClicks(stop.lineEdit(), "40")  # the absurd limit the issue names
    assert stop.value() == 40  # kept as typed, so the plan's own check explains it
    assert editor.form.field_problem_text("stop_systolic_above") == ""  # not while still typing
    finish_typing(qtbot, stop)
    problem = editor.form.field_problem_text("stop_systolic_above")
    assert "whole number from 100 to 250 mmHg" in problem and "(stop_systolic_above)" not in problem
    assert not editor.problems_label.isVisible()  # the list of everything comes with Save

    stop.setValue(150)
    caution = editor.form.editor("caution_systolic_above")
    assert isinstance(caution, QSpinBox)
    caution.setValue(155)  # above the do-not-start limit
    rule = "must not be above the do-not-start systolic limit"
    assert rule in editor.form.field_problem_text("caution_systolic_above")
    assert rule in editor.form.field_problem_text("stop_systolic_above")
    rechecks = editor.form.editor("bp_recheck_minutes")
    assert isinstance(rechecks, QLineEdit)
    qtbot.keyClicks(rechecks, ", later")
    finish_typing(qtbot, rechecks)
    phone = editor.form.editor("clinician_phone")
    assert isinstance(phone, QLineEdit)
    phone.clear()  # not typed: its problem waits for Save

    problems = editor.problems()
    assert len(problems) == 3
    assert "Blood pressure re-check times must be" in editor.form.field_problem_text("bp_recheck_minutes")
    assert editor.form.field_problem_text("clinician_phone") == ""
    editor.save_button.click()  # shows every problem and saves nothing
    shown = editor.problems_label.text()
    for sentence in problems:
        assert readable_problem(sentence) in shown
    assert "must be a phone number" in phone.accessibleDescription()  # heard with the field
    render_whole(render, editor, "care_plan_invalid")
    qtbot.wait(50)
    assert stored_history(qtbot, unlocked) == []

    caution.setValue(140)
    rechecks.setText("40")
    phone.setText("555 0100")
    assert editor.problems() == [] and editor.save_button.isEnabled()
    assert editor.form.field_problem_text("caution_systolic_above") == ""
    assert not editor.problems_label.isVisible()


def test_saving_without_the_paramedics_details_says_what_a_session_still_needs(
    qtbot: QtBot, editor: CarePlanEditor
) -> None:
    enter_prescription(qtbot, editor)
    for name in ("patient_address", "allergies"):
        field = editor.form.editor(name)
        assert isinstance(field, QLineEdit)
        field.clear()
    with qtbot.waitSignal(editor.plan_saved, timeout=TIMEOUT_MS):
        editor.save_button.click()  # a valid plan: it is saved ...
    assert "Care plan saved" in editor.status_text()
    assert ("Before your first session, add: Your address (for the paramedics); Allergies (for the "
            "paramedics).") in editor.status_text()  # ... and says what a session still needs


# --- importing -----------------------------------------------------------------------------------


def accept_in_review(qtbot: QtBot, editor: CarePlanEditor) -> CarePlanRecord:
    """Take the only way to accept the file the review offers (an unsigned file: one button)."""
    qtbot.waitUntil(lambda: editor.review_dialog is not None, timeout=TIMEOUT_MS)
    dialog = editor.review_dialog
    assert dialog is not None
    [accept] = dialog.choice_buttons.values()
    with qtbot.waitSignal(editor.plan_saved, timeout=TIMEOUT_MS) as saved:
        accept.click()
    record = saved.args[0]
    assert isinstance(record, CarePlanRecord)
    return record


def test_import_a_good_file_opens_the_review_and_accepting_saves_it_as_imported(
    qtbot: QtBot,
    editor: CarePlanEditor,
    unlocked: VaultController,
    import_chooser: PathChooser,
    tmp_path: Path,
    render: Render,
) -> None:
    import_chooser.answer = write_file(
        tmp_path, "plan.json", write_care_plan_file(PRESCRIBED, "Dr A. Lee, Example Clinic", ISSUED_AT)
    )
    qtbot.mouseClick(editor.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.review_dialog is not None, timeout=TIMEOUT_MS)
    assert import_chooser.asked == 1
    assert editor.review_dialog is not None and editor.review_dialog.review.plan == PRESCRIBED
    assert stored_history(qtbot, unlocked) == []  # not saved until accepted
    assert editor.form.plan() == NEW_PLAN  # the form is untouched while the patient decides

    record = accept_in_review(qtbot, editor)
    assert (record.source, record.issued_by, record.signer_fingerprint) == (
        "imported", "Dr A. Lee, Example Clinic", None)
    assert editor.form.plan() == PRESCRIBED
    assert history_rows(editor)[0][1:] == ["Imported from an unsigned file", "Dr A. Lee, Example Clinic"]
    assert "was saved" in editor.import_status_text()
    render_whole(render, editor, "care_plan_imported_saved")


def test_an_imported_plan_changed_afterwards_is_recorded_as_entered(
    qtbot: QtBot, editor: CarePlanEditor, import_chooser: PathChooser, tmp_path: Path
) -> None:
    data = write_care_plan_file(PRESCRIBED, "Dr Lee", ISSUED_AT)
    import_chooser.answer = write_file(tmp_path, "plan.json", data)
    editor.import_button.click()
    accept_in_review(qtbot, editor)
    grace = editor.form.editor("checkin_grace_minutes")
    assert isinstance(grace, QSpinBox)
    grace.setValue(3)
    with qtbot.waitSignal(editor.plan_saved, timeout=TIMEOUT_MS) as saved:
        editor.save_button.click()
    assert (saved.args[0].source, saved.args[0].issued_by) == ("entered", None)
    assert editor.import_status_text() == ""  # the import's message is not left beside a later save


def _bad_file_bytes() -> bytes:
    document = json.loads(write_care_plan_file(PRESCRIBED, "Dr Lee", ISSUED_AT))
    document["care_plan"]["stop_systolic_above"] = 40
    document["care_plan"]["checkin_interval_minutes"] = "often"
    del document["care_plan"]["clinician_phone"]
    document["surprise"] = True
    return json.dumps(document).encode()


def test_a_bad_file_is_refused_with_every_problem_and_the_plan_is_untouched(
    qtbot: QtBot,
    editor: CarePlanEditor,
    unlocked: VaultController,
    import_chooser: PathChooser,
    tmp_path: Path,
    render: Render,
) -> None:
    enter_prescription(qtbot, editor)
    with qtbot.waitSignal(editor.plan_saved, timeout=TIMEOUT_MS):
        editor.save_button.click()
    name = editor.form.editor("clinician_name")
    assert isinstance(name, QLineEdit)
    name.setText("Dr B. Kim")  # an unsaved edit survives a refused file too
    on_form = editor.form.plan()

    data = _bad_file_bytes()
    with pytest.raises(CarePlanFileError) as refused:
        read_care_plan_file(data)
    expected = refused.value.problems
    assert len(expected) >= 4
    import_chooser.answer = write_file(tmp_path, "bad.json", data)
    editor.import_button.click()
    qtbot.waitUntil(editor.file_problems_panel.isVisible, timeout=TIMEOUT_MS)
    assert editor.file_problems() == expected
    assert f"What is wrong ({len(expected)})" in editor.file_problems_heading.text()
    assert "your care plan is unchanged" in editor.file_problems_heading.text()
    assert editor.form.plan() == on_form
    assert editor.review_dialog is None
    assert [r.plan for r in stored_history(qtbot, unlocked)] == [PRESCRIBED]
    assert controls_without_accessible_names(editor) == []
    render_whole(render, editor, "care_plan_import_refused")

    qtbot.keyClick(editor.dismiss_button, Qt.Key.Key_Space)
    assert editor.file_problems() == []

    import_chooser.answer = write_file(tmp_path, "not-json.json", b"\x00\xff not a care plan")
    editor.import_button.click()
    qtbot.waitUntil(editor.file_problems_panel.isVisible, timeout=TIMEOUT_MS)
    assert editor.file_problems() == ["The file is not UTF-8 text. Check that this is the right file."]

    import_chooser.answer = tmp_path / "gone.json"
    editor.import_button.click()
    qtbot.waitUntil(lambda: "could not be read" in editor.import_status_text(), timeout=TIMEOUT_MS)
    assert editor.form.plan() == on_form

    import_chooser.answer = None  # cancelled: nothing happens
    editor.import_button.click()
    assert editor.form.plan() == on_form


# --- export, lock ---------------------------------------------------------------------------------


def test_export_writes_a_file_that_reads_back_to_the_saved_plan(
    qtbot: QtBot, editor: CarePlanEditor, export_chooser: PathChooser, tmp_path: Path
) -> None:
    enter_prescription(qtbot, editor)
    with qtbot.waitSignal(editor.plan_saved, timeout=TIMEOUT_MS):
        editor.save_button.click()
    export_chooser.answer = tmp_path / "out.json"
    editor.export_button.click()
    qtbot.waitUntil(lambda: "written to out.json" in editor.status_text(), timeout=TIMEOUT_MS)
    exported = read_care_plan_file((tmp_path / "out.json").read_bytes())
    assert exported.plan == PRESCRIBED
    assert exported.issued_by == "Entered in companion"

    export_chooser.answer = tmp_path / "missing folder" / "out.json"
    editor.export_button.click()
    qtbot.waitUntil(lambda: "written to" not in editor.status_text() and editor.status_text() != "",
                    timeout=TIMEOUT_MS)


def test_the_exported_file_is_written_on_the_background_runner_not_the_database_thread(
    qtbot: QtBot, editor: CarePlanEditor, unlocked: VaultController, export_chooser: PathChooser,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading
    from typing import Any

    from companion.storage import atomic

    written_on: list[threading.Thread] = []
    real_write = atomic.atomic_write_bytes

    def recording_write(path: Path, data: bytes, **options: Any) -> None:
        written_on.append(threading.current_thread())
        real_write(path, data, **options)

    monkeypatch.setattr(atomic, "atomic_write_bytes", recording_write)
    enter_prescription(qtbot, editor)
    with qtbot.waitSignal(editor.plan_saved, timeout=TIMEOUT_MS):
        editor.save_button.click()
    database_thread = run_in_db(qtbot, unlocked, lambda _vault: threading.current_thread())
    export_chooser.answer = tmp_path / "out.json"
    editor.export_button.click()
    qtbot.waitUntil(lambda: "written to out.json" in editor.status_text(), timeout=TIMEOUT_MS)
    assert len(written_on) == 1
    assert written_on[0] is not threading.main_thread() and written_on[0] is not database_thread
    assert read_care_plan_file((tmp_path / "out.json").read_bytes()).plan == PRESCRIBED


def test_clear_content_empties_the_form_and_history_and_reloads_when_shown(
    qtbot: QtBot, editor: CarePlanEditor, render: Render
) -> None:
    enter_prescription(qtbot, editor)
    with qtbot.waitSignal(editor.plan_saved, timeout=TIMEOUT_MS):
        editor.save_button.click()
    editor.clear_content()
    assert editor.form.plan() == NEW_PLAN
    assert history_rows(editor) == [] and editor.current_record() is None
    assert editor.status_text() == ""
    assert not editor.form.isEnabled() and not editor.save_button.isEnabled()
    render_whole(render, editor, "care_plan_cleared")
    editor.hide()
    editor.show()  # shown again (after unlocking): loads the saved plan
    qtbot.waitUntil(editor.is_loaded, timeout=TIMEOUT_MS)
    assert editor.form.plan() == PRESCRIBED


def test_locking_closes_the_settings_dialog_and_clears_the_form(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, render: Render
) -> None:
    window: AppWindow = open_unlocked_window()
    window.main_shell().show_page("settings")
    settings = window.settings_screen
    assert settings is not None
    render(window, "care_plan_settings")
    settings.care_plan_button.click()
    dialog = settings.care_plan_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    editor = dialog.editor
    qtbot.waitUntil(editor.is_loaded, timeout=TIMEOUT_MS)
    assert controls_without_accessible_names(dialog) == []
    render(dialog, "care_plan_dialog")
    enter_prescription(qtbot, editor)
    with qtbot.waitSignal(editor.plan_saved, timeout=TIMEOUT_MS):
        editor.save_button.click()
    assert "care plan was saved" in settings.care_plan_status.text()

    names: list[str] = []
    name_field = editor.form.editor("clinician_name")
    assert isinstance(name_field, QLineEdit)
    name_field.textChanged.connect(names.append)
    qtbot.keyClicks(name_field, " (unsaved)")
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    with qtbot.waitSignal(window.controller.locked, timeout=TIMEOUT_MS):
        window.lock_now()
    assert closed == [0]
    assert names[-1] == ""  # emptied before the dialog went away
    assert settings.care_plan_dialog is None
    assert not settings.care_plan_status.isVisible()


@pytest.mark.parametrize("theme_name", ["dark", "high_contrast"])
def test_problems_and_hints_in_the_other_themes(
    qtbot: QtBot, qapp: QApplication, editor: CarePlanEditor, render: Render, theme_name: str
) -> None:
    apply_appearance(qapp, theme_name, 125)
    caution = editor.form.editor("caution_systolic_above")
    assert isinstance(caution, QSpinBox)
    type_into(qtbot, caution, "170")
    assert editor.form.field_problem_text("caution_systolic_above")
    render_whole(render, editor, f"care_plan_invalid_{theme_name}")


def test_a_stored_plan_with_a_stray_space_does_not_look_edited(
    qtbot: QtBot, unlocked: VaultController, fake_clock: FakeClock
) -> None:
    """A plan imported before files with a space at a field's end were refused: the form trimmed the space,
    saw an edit and offered Save, which re-stored the clinician's plan as the patient's own (issue 12,
    finding 15)."""
    spaced = replace(PRESCRIBED, clinician_name="Dr A. Lee ")
    run_in_db(
        qtbot, unlocked,
        lambda vault: CarePlanRepository(vault.database).save(
            spaced, at=fake_clock.now(), source="imported", issued_by="Dr A. Lee"
        ),
    )
    widget = CarePlanEditor(unlocked, clock=fake_clock)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(widget.is_loaded, timeout=TIMEOUT_MS)
    assert not widget.save_button.isEnabled()
