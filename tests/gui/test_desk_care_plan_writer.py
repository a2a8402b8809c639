"""The clinician's care-plan writer (issue 11): the patient's own form, filled from the latest export's
plan, the changes the patient will see, and a file signed with the desk's key that OpenSSH accepts and
the patient's app reviews as exactly those changes; invalid plans and failed saves write nothing."""

from __future__ import annotations

import errno
import json
import os
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from companion.desk.clinician_key import UnlockedDesk
from companion.domain.care_plan import PLAN_FIELDS, CarePlan, Route
from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.services.care_plan_actions import (
    CarePlanImportReview,
    ImportChoice,
    SignatureStatus,
    accept_care_plan_import,
    load_care_plans,
    read_care_plan_bytes,
    review_care_plan_file,
    save_care_plan,
)
from companion.storage import sshsig
from companion.storage.atomic import temp_files_for
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.signed_care_plan import SignedCarePlanFile, read_imported_care_plan
from companion.storage.vault import create_vault
from companion.ui.background import BackgroundRunner
from companion.ui.care_plan.care_plan_review import CarePlanReviewDialog, grouped_fingerprint
from companion.ui.desk.care_plan_writer import CarePlanWriter, suggested_file_name
from companion.ui.theme import apply_appearance
from tests.desk_trust import CLINICIAN, make_desk
from tests.gui.conftest import STRONG_PASSPHRASE, Render, controls_without_accessible_names
from tests.gui.keyboard_checks import (
    activate,
    focus_ring_pixels,
    perimeter,
    reading_order_problems,
    tab_chain,
    tab_stops,
)
from tests.gui.test_care_plan_editor import type_into
from tests.signed_export import openssh_tool

TIMEOUT_MS = 10_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

IN_EXPORT = CarePlan(
    medication_name="Ketamine RDT",
    dose_mg=50.0,
    route=Route.SUBLINGUAL,
    planned_weekdays=(1,),
    bp_recheck_minutes=(40, 80),
    clinician_name="Dr. Rowan Ellis",
    clinician_phone="+1 555 0100",
    patient_address="12 Elm Street, Springfield",
    allergies="none known",
)
NEW_PLAN = replace(IN_EXPORT, dose_mg=62.5, planned_weekdays=(1, 4))


class SaveChooser:
    """Stands in for the save dialog: answers ``answer`` and remembers the suggested name."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.suggested: list[str] = []

    def __call__(self, _parent: QWidget, suggested_name: str) -> Path | None:
        self.suggested.append(suggested_name)
        return self.answer


@pytest.fixture(autouse=True)
def _light_theme(qapp: QApplication) -> None:
    apply_appearance(qapp, "light", 100)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> UnlockedDesk:
    return make_desk(tmp_path_factory.mktemp("desk")).key


@pytest.fixture
def place(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    return folder


@pytest.fixture
def chooser(place: Path) -> SaveChooser:
    return SaveChooser(place / "plan-for-alex.json")


def open_writer(qtbot: QtBot, desk: UnlockedDesk, runner: BackgroundRunner, clock: FakeClock,
                chooser: SaveChooser, plan: CarePlan | None = IN_EXPORT) -> CarePlanWriter:
    writer = CarePlanWriter(desk, runner, patient_name="Alex Example", plan=plan, clock=clock,
                            choose_path=chooser)
    qtbot.addWidget(writer)
    writer.resize(1024, 768)
    writer.show()
    qtbot.waitExposed(writer)
    return writer


@pytest.fixture
def writer(qtbot: QtBot, desk: UnlockedDesk, runner: BackgroundRunner, fake_clock: FakeClock,
           chooser: SaveChooser) -> CarePlanWriter:
    return open_writer(qtbot, desk, runner, fake_clock, chooser)


def change_dose_and_days(qtbot: QtBot, writer: CarePlanWriter) -> None:
    """62.5 mg instead of 50, typed; Friday added with the space bar."""
    dose = writer.form.editor("dose_mg")
    assert isinstance(dose, QDoubleSpinBox)
    type_into(qtbot, dose, "62.5")
    friday = writer.form.weekday_checks()[4]
    friday.setFocus()
    qtbot.keyClick(friday, Qt.Key.Key_Space)


def sign(qtbot: QtBot, writer: CarePlanWriter) -> Path:
    with qtbot.waitSignal(writer.saved, timeout=TIMEOUT_MS) as saved:
        qtbot.mouseClick(writer.sign_button, Qt.MouseButton.LeftButton)
    path = saved.args[0]
    assert isinstance(path, Path)
    return path


def ssh_keygen_accepts(path: Path, desk: UnlockedDesk, folder: Path) -> subprocess.CompletedProcess[str]:
    """``ssh-keygen -Y verify`` of the file's inner care-plan file, trusting the desk's key."""
    document = json.loads(path.read_text(encoding="utf-8"))
    (folder / "care-plan.json").write_bytes(document["care_plan_file"].encode("utf-8"))
    (folder / "care-plan.sig").write_text(document["signature"], encoding="ascii")
    (folder / "allowed_signers").write_text(f"clinician {desk.public_key_line()}\n")
    with (folder / "care-plan.json").open("rb") as signed:
        return subprocess.run(
            [openssh_tool("ssh-keygen"), "-Y", "verify", "-f", "allowed_signers", "-I", "clinician",
             "-n", "companion-care-plan", "-s", "care-plan.sig"],
            stdin=signed, cwd=folder, capture_output=True, text=True, timeout=60, check=False,
        )


def within(widget: QWidget, root: QWidget) -> bool:
    """Whether ``widget`` lies wholly inside ``root``'s rectangle (on screen, not scrolled away)."""
    box = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    return root.rect().contains(box)


# --- the round trip ----------------------------------------------------------------------------------


def test_two_changes_signed_read_back_verified_by_openssh_and_accepted_by_the_patient(
    qtbot: QtBot, writer: CarePlanWriter, desk: UnlockedDesk, chooser: SaveChooser, fake_clock: FakeClock,
    place: Path, tmp_path: Path, render: Render,
) -> None:
    assert writer.plan() == IN_EXPORT  # filled in from the export's plan
    assert writer.change_list.changes() == []
    assert "No changes against the latest export" in writer.change_list.heading.text()
    assert controls_without_accessible_names(writer) == []
    render(writer, "desk_care_plan_writer_filled")

    change_dose_and_days(qtbot, writer)
    assert writer.plan() == NEW_PLAN
    changes = writer.change_list.changes()
    assert [(c.name, c.old_text, c.new_text) for c in changes] == [
        ("dose_mg", "50 mg", "62.5 mg"), ("planned_weekdays", "Tuesday", "Tuesday, Friday")]
    assert writer.change_list.heading.text() == "What the patient will see change (2):"
    assert writer.change_list.text().splitlines() == [
        "Dose: 50 mg → 62.5 mg", "Planned session days: Tuesday → Tuesday, Friday"]
    assert "Dose: 50 mg → 62.5 mg" in writer.sign_button.accessibleDescription()  # heard with the action
    render(writer, "desk_care_plan_writer_two_changes")

    path = sign(qtbot, writer)
    assert chooser.suggested == [suggested_file_name(fake_clock.now())]
    assert chooser.suggested == ["companion-care-plan-20260105.json"]  # the date, nobody's name
    assert path == chooser.answer and [p.name for p in place.iterdir()] == [path.name]  # no temporary left
    read = read_imported_care_plan(path.read_bytes())
    assert isinstance(read, SignedCarePlanFile)
    assert (read.plan, read.issued_by, read.issued_at) == (NEW_PLAN, CLINICIAN, fake_clock.now())
    assert read.fingerprint == desk.fingerprint == sshsig.fingerprint(desk.public_key)
    verified = ssh_keygen_accepts(path, desk, tmp_path)
    assert verified.returncode == 0, verified.stderr
    said = verified.stdout + verified.stderr  # OpenSSH versions differ in which stream they use
    assert f'Good "companion-care-plan" signature for clinician with ED25519 key {desk.fingerprint}' in said

    assert writer.result.isVisible() and not writer.change_list.isVisible()
    assert writer.result_path.text() == str(path)
    assert writer.result_fingerprint.text() == grouped_fingerprint(desk.fingerprint)  # as the patient sees it
    assert writer.result_fingerprint.text().replace(" ", "") == desk.fingerprint
    assert writer.cancel_button.text() == "Close"
    assert QApplication.focusWidget() is writer.result_path or not writer.isActiveWindow()
    render(writer, "desk_care_plan_writer_saved")

    # The patient's side: the same file, reviewed and accepted in a vault whose plan is the export's.
    vault, _recovery = create_vault(DataPaths(tmp_path / "patient"), STRONG_PASSPHRASE, LIGHT_TEST_PARAMS,
                                    FakeClock())
    with vault:
        save_care_plan(vault, IN_EXPORT, at=vault.clock.now(), source="entered", issued_by=None)
        data = read_care_plan_bytes(path)
        assert isinstance(data, bytes), data
        review = review_care_plan_file(vault, data)
        assert isinstance(review, CarePlanImportReview), review
        assert (review.status, review.fingerprint, review.issued_by) == (
            SignatureStatus.SIGNED_BY_NEW_KEY, desk.fingerprint, CLINICIAN)
        assert [(c.name, c.old_text, c.new_text) for c in review.changes] == [
            (c.name, c.old_text, c.new_text) for c in changes]
        dialog = CarePlanReviewDialog(review)  # what the patient is shown is what the clinician saw
        qtbot.addWidget(dialog)
        assert dialog.shown_changes() == writer.change_list.shown_changes() == [
            ("Dose", "50 mg", "62.5 mg"), ("Planned session days", "Tuesday", "Tuesday, Friday")]
        record, plans = accept_care_plan_import(vault, review, ImportChoice.CONFIRM_KEY_AND_ACCEPT,
                                                at=vault.clock.now())
        assert (record.plan, record.signed_by, record.signer_fingerprint) == (NEW_PLAN, CLINICIAN,
                                                                             desk.fingerprint)
        current = load_care_plans(vault).current
        assert current is not None and current.plan == NEW_PLAN and plans.current == record


def test_editing_after_a_save_shows_the_changes_again_and_a_second_save_replaces_the_file(
    qtbot: QtBot, writer: CarePlanWriter, chooser: SaveChooser, fake_clock: FakeClock,
) -> None:
    change_dose_and_days(qtbot, writer)
    path = sign(qtbot, writer)
    oximeter = writer.form.editor("kit_has_oximeter")
    assert isinstance(oximeter, QCheckBox)
    oximeter.setChecked(True)
    assert writer.change_list.isVisible() and not writer.result.isVisible()
    assert writer.cancel_button.text() == "Cancel"
    assert [c.name for c in writer.change_list.changes()] == [
        "dose_mg", "planned_weekdays", "kit_has_oximeter"]
    fake_clock.advance(600)
    assert sign(qtbot, writer) == path
    read = read_imported_care_plan(path.read_bytes())
    assert read.plan.kit_has_oximeter and read.issued_at == fake_clock.now()


def test_without_a_plan_in_the_export_every_field_is_new_and_the_country_is_asked(
    qtbot: QtBot, desk: UnlockedDesk, runner: BackgroundRunner, fake_clock: FakeClock, chooser: SaveChooser,
    render: Render,
) -> None:
    writer = open_writer(qtbot, desk, runner, fake_clock, chooser, plan=None)
    assert len(writer.change_list.changes()) == len(PLAN_FIELDS)
    assert "holds no care plan" in writer.change_list.heading.text()
    assert writer.form.region.region() == ""  # "Where do you live?" is asked, as on the patient's side
    assert ("Route", None, "Sublingual (under the tongue)") in writer.change_list.shown_changes()
    render(writer, "desk_care_plan_writer_no_plan")
    writer.sign_button.click()  # no dose, no phone, no country: nothing is asked, nothing written
    assert chooser.suggested == [] and not chooser.answer.exists()  # type: ignore[union-attr]


# --- nothing written ---------------------------------------------------------------------------------


def test_invalid_values_show_the_forms_problems_and_nothing_is_written(
    qtbot: QtBot, writer: CarePlanWriter, chooser: SaveChooser, place: Path, render: Render,
) -> None:
    stop = writer.form.editor("stop_systolic_above")
    assert isinstance(stop, QSpinBox)
    type_into(qtbot, stop, "40")  # the absurd limit
    caution = writer.form.editor("caution_diastolic_above")
    assert isinstance(caution, QSpinBox)
    caution.setValue(95)  # above the do-not-start diastolic limit of 90
    phone = writer.form.editor("clinician_phone")
    assert isinstance(phone, QLineEdit)
    phone.clear()  # not typed: its problem waits for Sign
    assert writer.form.field_problem_text("clinician_phone") == ""
    writer.sign_button.click()
    qtbot.wait(50)
    assert chooser.suggested == [] and list(place.iterdir()) == []
    assert "whole number from 100 to 250 mmHg" in writer.form.field_problem_text("stop_systolic_above")
    assert "must not be above" in writer.form.field_problem_text("caution_diastolic_above")
    assert "must be a phone number" in writer.form.field_problem_text("clinician_phone")
    assert writer.message_text() == (
        "Nothing was signed. Fix what is shown in red beside the fields (3), then sign again.")
    assert [c.name for c in writer.change_list.changes()] == [
        "stop_systolic_above", "caution_diastolic_above", "clinician_phone"]  # still live
    render(writer, "desk_care_plan_writer_invalid")
    type_into(qtbot, stop, "160")
    caution.setValue(90)
    phone.setText("+1 555 0100")
    assert writer.problems() == [] and writer.message_text() == ""


@pytest.mark.parametrize("failure", ["unwritable folder", "disk full while writing"])
def test_a_save_that_fails_says_one_sentence_and_leaves_no_file(
    qtbot: QtBot, writer: CarePlanWriter, chooser: SaveChooser, place: Path, monkeypatch: pytest.MonkeyPatch,
    render: Render, failure: str,
) -> None:
    target = chooser.answer
    assert target is not None
    if failure == "unwritable folder":
        place.chmod(0o500)
        real_open = os.open

        def refuse_in_place(path: object, flags: int, *args: int, **kwargs: object) -> int:
            if os.geteuid() == 0 and Path(str(path)).parent == place and flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied")  # root may write anywhere
            return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", refuse_in_place)
        expected = (f"companion may not write in {place}, so nothing was saved. Choose another folder and "
                    "sign again.")
    else:
        def full(_fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
        expected = (f"The disk of {place} is full, so nothing was saved. Free some space or choose another "
                    "folder, and sign again.")
    change_dose_and_days(qtbot, writer)
    writer.sign_button.click()
    qtbot.waitUntil(lambda: writer.message_text() != "", timeout=TIMEOUT_MS)
    monkeypatch.undo()
    place.chmod(0o700)
    assert writer.message_text() == expected
    assert list(place.iterdir()) == [] and temp_files_for(target) == []
    assert not writer.result.isVisible() and writer.change_list.isVisible()
    assert writer.sign_button.isEnabled() and writer.form.isEnabled()  # the clinician may try elsewhere
    render(writer, f"desk_care_plan_writer_failed_{failure.split()[0]}")


# --- keyboard and large text -------------------------------------------------------------------------


@pytest.mark.parametrize(("theme_name", "scale"), [("light", 100), ("high_contrast", 200)])
def test_tab_follows_the_visual_order_focus_is_visible_and_sign_stays_on_screen(
    qtbot: QtBot, qapp: QApplication, writer: CarePlanWriter, render: Render, theme_name: str, scale: int,
) -> None:
    """In a 1024×768 window, also at 200 % text: the form scrolls down only, and the change list, the
    result and the two buttons stay on screen."""
    apply_appearance(qapp, theme_name, scale)
    change_dose_and_days(qtbot, writer)
    activate(qtbot, writer)
    qtbot.waitUntil(lambda: writer.scroll_area.horizontalScrollBar().maximum() == 0)  # never sideways
    # The change list's height follows its text, a layout pass or two after the text size changed.
    view = writer.change_list.view
    qtbot.waitUntil(lambda: view.mapTo(writer, QPoint(0, view.height())).y() < writer.sign_button.y())
    assert writer.form.width() <= writer.scroll_area.viewport().width()
    for always in (writer.sign_button, writer.cancel_button, writer.change_list.heading):
        assert within(always, writer), always.text()
    chain = tab_chain(qtbot, writer.form.sources_button, writer)
    assert reading_order_problems(chain, writer) == []
    assert {id(w) for w in chain} == {id(w) for w in tab_stops(writer)}  # every control, none skipped
    assert chain[-3:] == [writer.change_list.view, writer.sign_button, writer.cancel_button]
    elsewhere = writer.form.editor("clinician_name")
    for control in (writer.form.sources_button, writer.form.editor("dose_mg"),
                    writer.form.weekday_checks()[4], writer.change_list.view, writer.sign_button,
                    writer.cancel_button):
        changed = focus_ring_pixels(control, elsewhere)
        assert changed >= 2 * perimeter(control) * 0.8, (control.accessibleName(), changed)
    writer.sign_button.setFocus()
    render(writer, f"desk_care_plan_writer_{theme_name}_{scale}")

    sign(qtbot, writer)  # the tallest bottom: where the file went and the fingerprint
    qtbot.waitUntil(lambda: within(writer.result_fingerprint, writer))
    for always in (writer.result_path, writer.result_fingerprint, writer.sign_button, writer.cancel_button):
        assert within(always, writer), always.accessibleName()
    assert writer.scroll_area.viewport().height() > 4 * writer.fontMetrics().lineSpacing()  # still a form
    render(writer, f"desk_care_plan_writer_saved_{theme_name}_{scale}")


def test_return_on_sign_saves_escape_cancels_and_ctrl_s_signs_from_a_field(
    qtbot: QtBot, writer: CarePlanWriter, chooser: SaveChooser,
) -> None:
    activate(qtbot, writer)
    qtbot.waitUntil(lambda: writer.form.editor("medication_name").hasFocus())  # the first field, at once
    change_dose_and_days(qtbot, writer)
    name = writer.form.editor("clinician_name")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # Return in a field only ends the edit
    qtbot.wait(50)
    assert chooser.suggested == []
    writer.sign_button.setFocus()
    with qtbot.waitSignal(writer.saved, timeout=TIMEOUT_MS):
        qtbot.keyClick(writer.sign_button, Qt.Key.Key_Return)
    name.setFocus()
    with qtbot.waitSignal(writer.saved, timeout=TIMEOUT_MS):
        qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(chooser.suggested) == 2
    with qtbot.waitSignal(writer.cancelled, timeout=TIMEOUT_MS):
        qtbot.keyClick(writer.form.editor("dose_mg"), Qt.Key.Key_Escape)


def test_a_cancelled_save_dialog_writes_nothing(
    qtbot: QtBot, desk: UnlockedDesk, runner: BackgroundRunner, fake_clock: FakeClock, place: Path,
) -> None:
    chooser = SaveChooser(None)
    writer = open_writer(qtbot, desk, runner, fake_clock, chooser)
    with qtbot.assertNotEmitted(writer.saved, wait=100):
        writer.sign_button.click()
    assert chooser.suggested and list(place.iterdir()) == [] and writer.message_text() == ""
    assert writer.sign_button.isEnabled()


@pytest.fixture(autouse=True)
def _no_leftover_dialogs(qapp: QApplication) -> Iterator[None]:
    yield
    for widget in qapp.topLevelWidgets():
        if widget.isVisible() and widget.windowTitle() == "Where these numbers come from":
            widget.close()
