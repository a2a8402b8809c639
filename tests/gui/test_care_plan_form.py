"""The care-plan form on its own (issue 9, finding 12): sources beside defaults, a limit that cannot act,
the oximeter and paramedics fields, and the country question before 911 and 988."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from companion.domain.care_plan import FIELDS_BY_NAME, PLAN_FIELDS, CarePlan
from companion.domain.care_plan_sources import SOURCES, source_of
from companion.ui.care_plan.care_plan_form import CarePlanForm
from companion.ui.care_plan.care_plan_sources_dialog import CarePlanSourcesDialog, sources_html
from companion.ui.care_plan.care_plan_texts import NO_DEFAULT_SOURCES, default_text, source_name
from companion.ui.theme import apply_appearance
from tests.gui.conftest import Render
from tests.gui.test_care_plan_editor import type_into

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def _light_theme(qapp: QApplication) -> None:
    apply_appearance(qapp, "light", 100)


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[CarePlanForm]:
    """The form as the editor drives it: the problems are handed back after every change."""
    widget = CarePlanForm()
    qtbot.addWidget(widget)
    widget.edited.connect(lambda: widget.show_problems(widget.problems()))
    widget.show_problems(widget.problems())
    widget.resize(760, 900)
    widget.show()
    qtbot.waitExposed(widget)
    # As tall as its wrapped text needs at this width, as in the editor's scroll area (a render of
    # a squeezed form would show overlaps no user sees).
    widget.resize(760, max(900, widget.heightForWidth(760), widget.minimumSizeHint().height()))
    yield widget
    if widget.sources_dialog is not None:
        widget.sources_dialog.close()


def spin(form: CarePlanForm, name: str) -> QSpinBox:
    editor = form.editor(name)
    assert isinstance(editor, QSpinBox)
    return editor


def line(form: CarePlanForm, name: str) -> QLineEdit:
    editor = form.editor(name)
    assert isinstance(editor, QLineEdit)
    return editor


def label_showing(form: CarePlanForm, text: str) -> QLabel:
    [label] = [label for label in form.findChildren(QLabel) if label.text() == text and label.isVisible()]
    return label


# --- sources -------------------------------------------------------------------------------------


def test_every_default_names_its_source_and_fields_without_one_say_so(form: CarePlanForm) -> None:
    assert form.hint_text("minimum_monitoring_minutes") == (
        "Default 120 minutes (Spravato REMS); allowed 60 to 480 minutes."
    )
    assert form.hint_text("spo2_urgent_below") == (
        "Default 93 % (Spravato HCP dosing page; Johnson & Johnson medical information); allowed 85 to 97 %."
    )
    for spec in PLAN_FIELDS:
        hint = form.hint_text(spec.name)
        if source_of(spec.name).key in NO_DEFAULT_SOURCES:
            assert hint.startswith("No default"), spec.name
        else:
            assert source_name(spec.name) in hint, spec.name
        assert hint in form.editor(spec.name).accessibleDescription()  # heard with the field


def test_the_sources_page_lists_every_field_with_its_default_and_source(
    qtbot: QtBot, qapp: QApplication, form: CarePlanForm, render: Render
) -> None:
    qtbot.mouseClick(form.sources_button, Qt.MouseButton.LeftButton)
    dialog = form.sources_dialog
    assert isinstance(dialog, CarePlanSourcesDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Where these numbers come from"
    text = dialog.text()
    for spec in PLAN_FIELDS:
        assert spec.label in text, spec.name
        assert source_of(spec.name).short in text, spec.name
    for source in SOURCES:
        assert source.citation in text
    page = sources_html()
    for name in ("dose_mg", "medication_name", "clinician_phone", "patient_address", "allergies"):
        assert f"<td>{FIELDS_BY_NAME[name].label}</td><td>No default</td>" in page.replace("&#x27;", "'")
    assert f"<td>{default_text(FIELDS_BY_NAME['minimum_monitoring_minutes'])}</td>" in page
    assert default_text(FIELDS_BY_NAME["minimum_monitoring_minutes"]) == "120 minutes"
    render(dialog, "care_plan_sources")
    apply_appearance(qapp, "high_contrast", 200)
    qtbot.waitUntil(lambda: dialog.browser.horizontalScrollBar().maximum() == 0)  # never sideways
    render(dialog, "care_plan_sources_hc_200")
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: form.sources_dialog is None)


# --- a caution limit that cannot act ----------------------------------------------------------------


def test_a_caution_limit_equal_to_the_do_not_start_limit_says_it_never_acts(
    qtbot: QtBot, form: CarePlanForm, render: Render
) -> None:
    note = form.note_text("caution_diastolic_above")  # the defaults: both 90
    assert "never acts" in note and "a diastolic above 90 already stops the start" in note
    assert label_showing(form, note).property("role") == "muted"  # information, not an error
    assert note in form.editor("caution_diastolic_above").accessibleDescription()
    assert form.note_text("caution_systolic_above") == ""
    assert form.field_problem_text("caution_diastolic_above") == ""
    render(form, "care_plan_form_inert_limit")

    spin(form, "caution_diastolic_above").setValue(85)  # live: the note goes with the cause
    assert form.note_text("caution_diastolic_above") == ""
    spin(form, "stop_diastolic_above").setValue(85)
    assert "above 85 already stops" in form.note_text("caution_diastolic_above")
    assert "Both defaults are 90" not in form.note_text("caution_diastolic_above")
    spin(form, "caution_systolic_above").setValue(160)
    assert "a systolic above 160 already stops" in form.note_text("caution_systolic_above")
    spin(form, "caution_systolic_above").setValue(170)  # above: a mistake, said once, in red
    assert form.note_text("caution_systolic_above") == ""
    form.set_plan(CarePlan())
    assert "never acts" in form.note_text("caution_diastolic_above")


# --- new fields ----------------------------------------------------------------------------------


def test_the_oxygen_limit_is_enabled_only_with_an_oximeter_in_the_kit(
    qtbot: QtBot, form: CarePlanForm
) -> None:
    oximeter = form.editor("kit_has_oximeter")
    assert isinstance(oximeter, QCheckBox)
    limit = spin(form, "spo2_urgent_below")
    assert not oximeter.isChecked() and not limit.isEnabled()
    oximeter.setFocus()
    qtbot.keyClick(oximeter, Qt.Key.Key_Space)
    assert limit.isEnabled()
    limit.setValue(92)
    plan = form.plan()
    assert (plan.kit_has_oximeter, plan.spo2_urgent_below) == (True, 92)
    oximeter.setChecked(False)
    assert not limit.isEnabled()
    form.set_plan(replace(CarePlan(), kit_has_oximeter=True))
    assert limit.isEnabled()


def test_the_paramedics_fields_are_asked_for_before_the_first_session(
    qtbot: QtBot, form: CarePlanForm
) -> None:
    for name in ("patient_address", "allergies"):
        assert "Needed before your first session" in form.hint_text(name)
    assert "none known" in form.hint_text("allergies")
    assert "none known" in line(form, "allergies").placeholderText()
    assert form.plan().session_problems()
    qtbot.keyClicks(line(form, "patient_address"), "12 Elm Street, Springfield")
    qtbot.keyClicks(line(form, "allergies"), "none known")
    plan = form.plan()
    assert (plan.patient_address, plan.allergies) == ("12 Elm Street, Springfield", "none known")
    assert plan.session_problems() == []


# --- where you live ------------------------------------------------------------------------------


def test_the_emergency_numbers_wait_for_where_you_live(
    qtbot: QtBot, form: CarePlanForm, render: Render
) -> None:
    region = form.region
    emergency, crisis = line(form, "emergency_number"), line(form, "crisis_line")
    assert not region.north_america_button.isChecked() and not region.elsewhere_button.isChecked()
    assert (emergency.text(), crisis.text()) == ("", "")  # not preset before the question is answered
    assert not emergency.isEnabled() and not crisis.isEnabled()
    assert form.region_problem_text in form.problems()
    assert not any("Emergency number" in problem for problem in form.problems())
    assert form.field_problem_text("emergency_region") == ""  # asked, not scolded, before Save

    region.north_america_button.setFocus()
    qtbot.keyClick(region.north_america_button, Qt.Key.Key_Space)
    assert (emergency.text(), crisis.text()) == ("911", "988") and emergency.isEnabled()
    assert form.region_problem_text not in form.problems()
    render(form, "care_plan_form_north_america")

    region.elsewhere_button.setFocus()
    qtbot.keyClick(region.elsewhere_button, Qt.Key.Key_Space)
    assert not region.north_america_button.isChecked()
    assert (emergency.text(), crisis.text()) == ("", "")  # nobody's numbers are invented
    assert region.elsewhere_note.isVisible() and "ask your clinician" in region.elsewhere_note.text()
    assert form.field_problem_text("emergency_number") == ""  # emptied by the answer, not by a mistake
    type_into(qtbot, emergency, "112")
    assert form.field_problem_text("emergency_number") == ""
    form.reveal_all_problems()
    assert "Crisis line must be a phone number" in form.field_problem_text("crisis_line")
    type_into(qtbot, crisis, "116 123")
    assert form.problems() == form.plan().problems()  # the question is answered
    assert (form.plan().emergency_number, form.plan().crisis_line) == ("112", "116 123")
    render(form, "care_plan_form_elsewhere")

    form.set_plan(form.plan())  # a saved plan with other numbers: the answer was "elsewhere"
    assert region.elsewhere_button.isChecked() and emergency.isEnabled()
    form.set_plan(CarePlan())  # 911 and 988 saved: the answer was the United States or Canada
    assert region.north_america_button.isChecked()
    form.set_plan(None)  # a new plan: asked again
    assert region.region() == "" and emergency.text() == ""


def test_tab_reaches_both_answers(qtbot: QtBot, form: CarePlanForm) -> None:
    region = form.region
    assert region.north_america_button.nextInFocusChain() is region.elsewhere_button
    assert not region.north_america_button.autoExclusive()  # an exclusive group would let Tab reach one
