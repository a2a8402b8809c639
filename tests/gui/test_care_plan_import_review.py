"""Importing a clinician's care-plan file in the real window (issue 11): the review says who signed it
and with which key, what changes field by field, and offers only the choices the file allows; a first
key is confirmed and remembered, a later plan from it is calm, another key is loud, an unsigned file is
plain; a damaged file is refused with its problems; Cancel and Escape change nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.care_plan import CarePlan
from companion.domain.care_plan_file import CarePlanFileError, write_care_plan_file
from companion.domain.clock import FakeClock
from companion.domain.preferences import TEXT_SCALE, Preferences
from companion.export.report_model import build_report
from companion.paths import DataPaths
from companion.services.care_plan_actions import (
    ImportChoice,
    accept_care_plan_import,
    confirmed_clinician_keys,
    review_care_plan_file,
    save_care_plan,
)
from companion.storage import sshsig
from companion.storage.care_plans import CarePlanRecord, CarePlanRepository
from companion.storage.clinician_keys import ClinicianKey
from companion.storage.preferences_file import PreferencesFile
from companion.storage.signed_care_plan import read_imported_care_plan, write_signed_care_plan
from companion.storage.signing_key import SigningKey
from companion.ui.care_plan.care_plan_editor import CarePlanEditor
from companion.ui.care_plan.care_plan_review import CarePlanReviewDialog, grouped_fingerprint
from companion.ui.export.report_appendix_html import appendix_sections
from companion.ui.main_window import AppWindow
from companion.ui.settings.settings_screen import SettingsScreen
from tests.fixtures.report_history import report_history
from tests.gui.conftest import (
    STRONG_PASSPHRASE,
    Render,
    UnlockedWindowFactory,
    controls_without_accessible_names,
)
from tests.gui.database_helpers import run_in_db
from tests.gui.keyboard_checks import (
    activate,
    focus_ring_pixels,
    perimeter,
    reading_order_problems,
    tab_chain,
)
from tests.gui.test_care_plan_editor import PRESCRIBED, PathChooser, render_whole

TIMEOUT_MS = 20_000
ISSUED_BY = "Dr A. Lee, Example Clinic"
ISSUED_AT = datetime(2026, 1, 4, 16, 30, tzinfo=UTC)
CLINICIAN = SigningKey.generate()
STRANGER = SigningKey.generate()
FINGERPRINT = sshsig.fingerprint(CLINICIAN.public_key)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# The next plan from the same clinician: three fields change.
NEXT = replace(PRESCRIBED, dose_mg=350.0, planned_weekdays=(1, 3, 4), fasting_food_hours=2.0)
NEXT_CHANGES = [("Dose", "300 mg", "350 mg"),
                ("Planned session days", "Tuesday, Friday", "Tuesday, Thursday, Friday"),
                ("Fasting from food", "4 hours", "2 hours")]


def signed_file(tmp_path: Path, name: str, plan: CarePlan, signer: SigningKey = CLINICIAN) -> Path:
    path = tmp_path / name
    path.write_bytes(write_signed_care_plan(plan, ISSUED_BY, ISSUED_AT, signer))
    return path


class Imports:
    """The real window's Settings → Care plan, with the file dialog answered by the test."""

    def __init__(self, qtbot: QtBot, window: AppWindow, fake_clock: FakeClock) -> None:
        self.qtbot, self.window, self.clock = qtbot, window, fake_clock
        self.chooser = PathChooser()
        window.main_shell().show_page("settings")
        settings = window.settings_screen
        assert settings is not None
        self.settings: SettingsScreen = settings
        settings.care_plan_options["choose_import_path"] = self.chooser
        settings.care_plan_button.click()
        dialog = settings.care_plan_dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        self.editor: CarePlanEditor = dialog.editor
        qtbot.waitUntil(self.editor.is_loaded, timeout=TIMEOUT_MS)

    def in_db(self, fn: Any) -> Any:
        return run_in_db(self.qtbot, self.window.controller, fn)

    def stored(self) -> tuple[list[CarePlanRecord], list[ClinicianKey]]:
        return self.in_db(lambda vault: (CarePlanRepository(vault.database).history(),
                                         confirmed_clinician_keys(vault)))

    def review(self, path: Path) -> CarePlanReviewDialog:
        """Pick ``path`` in the (stubbed) file dialog; the review that opens."""
        self.chooser.answer = path
        self.editor.import_button.click()
        self.qtbot.waitUntil(lambda: self.editor.review_dialog is not None, timeout=TIMEOUT_MS)
        dialog = self.editor.review_dialog
        assert dialog is not None
        self.qtbot.waitExposed(dialog)
        return dialog

    def choose(self, dialog: CarePlanReviewDialog, choice: ImportChoice) -> CarePlanRecord:
        with self.qtbot.waitSignal(self.editor.plan_saved, timeout=TIMEOUT_MS) as saved:
            self.qtbot.mouseClick(dialog.choice_buttons[choice], Qt.MouseButton.LeftButton)
        record = saved.args[0]
        assert isinstance(record, CarePlanRecord)
        return record


@pytest.fixture
def imports(qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock) -> Imports:
    window = open_unlocked_window()
    fake_clock.advance(3600)
    return Imports(qtbot, window, fake_clock)


@pytest.fixture
def in_force(imports: Imports) -> Iterator[Imports]:
    """A plan the patient entered is in force (entered before the window shows it)."""
    at = imports.clock.now()
    imports.in_db(lambda vault: save_care_plan(vault, PRESCRIBED, at=at, source="entered", issued_by=None))
    imports.editor.clear_content()
    imports.editor.refresh()
    imports.qtbot.waitUntil(imports.editor.is_loaded, timeout=TIMEOUT_MS)
    yield imports


def confirm_clinician_key(imports: Imports, tmp_path: Path) -> ClinicianKey:
    """The clinician's first plan, accepted with its key confirmed (in the vault, without the screen)."""
    data = write_signed_care_plan(PRESCRIBED, ISSUED_BY, ISSUED_AT, CLINICIAN)
    at = imports.clock.now()

    def accept(vault: Any) -> ClinicianKey:
        review = review_care_plan_file(vault, data)
        accept_care_plan_import(vault, review, ImportChoice.CONFIRM_KEY_AND_ACCEPT, at=at)  # type: ignore[arg-type]
        return confirmed_clinician_keys(vault)[0]

    key = imports.in_db(accept)
    imports.editor.clear_content()
    imports.editor.refresh()
    imports.qtbot.waitUntil(imports.editor.is_loaded, timeout=TIMEOUT_MS)
    return key


def button_texts(dialog: CarePlanReviewDialog) -> list[str]:
    """The buttons' words, on one line each (the confirming one is drawn on two)."""
    return [button.text().replace("\n", " ") for button in dialog.button_row.findChildren(QPushButton)]


def all_text(dialog: CarePlanReviewDialog) -> str:
    return "\n".join(label.text().replace("\u200b", "") for label in dialog.findChildren(QLabel)
                     if label.isVisibleTo(dialog))


# --- the first signed plan: confirm the key with the clinician ------------------------------------


def test_the_first_signed_plan_shows_the_fingerprint_and_confirming_remembers_the_key(
    in_force: Imports, tmp_path: Path, render: Render
) -> None:
    imports = in_force
    before = imports.stored()
    dialog = imports.review(signed_file(tmp_path, "first.json", NEXT))
    assert imports.stored() == before  # reviewing stores nothing
    assert dialog.heading.text() == f"A care plan from {ISSUED_BY}"
    assert dialog.fingerprint_label is not None
    assert dialog.fingerprint_label.text() == grouped_fingerprint(FINGERPRINT)
    assert dialog.fingerprint_label.accessibleDescription() == FINGERPRINT
    assert "call your clinician and ask them to read you their key's fingerprint; it must match exactly" in (
        all_text(dialog))
    assert button_texts(dialog) == ["The fingerprint matches — remember this key and accept",
                                    "Accept without remembering the key", "Cancel"]
    assert dialog.default_button is dialog.cancel_button and dialog.cancel_button.isDefault()
    assert QApplication.focusWidget() is dialog.cancel_button
    assert dialog.change_count_label.text() == "3 changes"
    assert dialog.shown_changes() == NEXT_CHANGES
    assert controls_without_accessible_names(dialog) == []
    render(dialog, "care_plan_review_new_key")

    record = imports.choose(dialog, ImportChoice.CONFIRM_KEY_AND_ACCEPT)
    assert imports.editor.review_dialog is None
    assert (record.plan, record.source, record.signed_by, record.signer_fingerprint) == (
        NEXT, "imported", ISSUED_BY, FINGERPRINT)
    history, [key] = imports.stored()
    assert history[0] == record and len(history) == 2
    assert (key.fingerprint, key.signer_name, key.confirmed_at) == (
        FINGERPRINT, ISSUED_BY, imports.clock.now())
    assert imports.editor.form.plan() == NEXT
    assert "Its key is remembered" in imports.editor.import_status_text()
    history_box = imports.editor.history_group
    assert history_box.in_force_label.text() == f"The plan in force was signed by {ISSUED_BY} with the key:"
    assert history_box.in_force_key_label.text() == grouped_fingerprint(FINGERPRINT)
    assert imports.editor.history_tree.topLevelItem(0).text(1) == "Imported from a signed file"
    render(imports.editor.window(), "care_plan_review_new_key_accepted")
    render_whole(render, imports.editor, "care_plan_review_new_key_accepted_editor")

    panel = imports.settings.signing_key_panel
    imports.qtbot.waitUntil(lambda: panel.clinician_keys() != [], timeout=TIMEOUT_MS)
    assert panel.clinician_keys() == [f"{ISSUED_BY}, confirmed 5 Jan 2026: {FINGERPRINT}"]
    imports.editor.window().close()
    render(imports.settings, "care_plan_review_settings_keys")


# --- a later plan from the confirmed key ----------------------------------------------------------


def test_a_plan_from_the_confirmed_key_is_calm_and_lists_exactly_what_changes(
    imports: Imports, tmp_path: Path, render: Render
) -> None:
    key = confirm_clinician_key(imports, tmp_path)
    imports.clock.advance(7 * 86400)
    dialog = imports.review(signed_file(tmp_path, "next.json", NEXT))
    assert dialog.signature_text.text() == f"Signed by the key you confirmed with {ISSUED_BY} on 5 Jan 2026."
    assert "Warning" not in all_text(dialog) and "not signed" not in all_text(dialog)
    assert dialog.shown_changes() == NEXT_CHANGES
    assert dialog.change_count_label.text() == "3 changes"
    assert button_texts(dialog) == ["Accept this plan", "Cancel"]
    accept = dialog.choice_buttons[ImportChoice.ACCEPT]
    assert dialog.default_button is accept and accept.property("role") == "primary"
    render(dialog, "care_plan_review_confirmed_key")

    activate(imports.qtbot, dialog)
    assert QApplication.focusWidget() is accept
    with imports.qtbot.waitSignal(imports.editor.plan_saved, timeout=TIMEOUT_MS) as saved:
        imports.qtbot.keyClick(accept, Qt.Key.Key_Return)  # Return takes the default: Accept
    assert (saved.args[0].plan, saved.args[0].signer_fingerprint) == (NEXT, FINGERPRINT)
    assert imports.stored()[1] == [key]

    same = imports.review(signed_file(tmp_path, "same.json", NEXT))  # nothing changes: it says so
    assert same.change_count_label.text() == "Same as the plan in force: this file changes no value."
    assert same.shown_changes() == [] and not same.changes_table.isVisibleTo(same)
    render(same, "care_plan_review_same_plan")
    same.cancel_button.click()


# --- another key, unsigned --------------------------------------------------------------------------


def test_another_key_is_a_loud_warning_and_cancel_or_accept_without_remembering_behave(
    imports: Imports, tmp_path: Path, render: Render
) -> None:
    key = confirm_clinician_key(imports, tmp_path)
    before = imports.stored()
    path = signed_file(tmp_path, "other.json", NEXT, STRANGER)
    dialog = imports.review(path)
    text = all_text(dialog)
    assert "Warning: this file was signed by a different key" in text
    owner = f"You confirmed the key of {ISSUED_BY} (on 5 Jan 2026)."
    assert f"{owner} This file was signed by a different key" in text
    assert dialog.fingerprint_label is not None
    assert dialog.fingerprint_label.accessibleDescription() == sshsig.fingerprint(STRANGER.public_key)
    assert button_texts(dialog) == ["The fingerprint matches — remember this key and accept",
                                    "Accept without remembering the key", "Cancel"]
    confirm = dialog.choice_buttons[ImportChoice.CONFIRM_KEY_AND_ACCEPT]
    assert not confirm.isDefault() and confirm.property("role") != "primary"
    assert dialog.default_button is dialog.cancel_button
    render(dialog, "care_plan_review_other_key")

    dialog.cancel_button.click()
    assert imports.editor.review_dialog is None
    assert imports.editor.import_status_text() == "Nothing was imported: your care plan is unchanged."
    assert imports.stored() == before

    dialog = imports.review(path)
    record = imports.choose(dialog, ImportChoice.ACCEPT_UNCONFIRMED)
    assert (record.plan, record.signer_fingerprint) == (NEXT, sshsig.fingerprint(STRANGER.public_key))
    assert imports.stored()[1] == [key]  # the stranger's key is not remembered


def test_an_unsigned_file_says_nobody_vouches_for_it_and_needs_its_own_button(
    in_force: Imports, tmp_path: Path, render: Render
) -> None:
    imports = in_force
    path = tmp_path / "unsigned.json"
    path.write_bytes(write_care_plan_file(NEXT, ISSUED_BY, ISSUED_AT))
    dialog = imports.review(path)
    text = all_text(dialog)
    assert "This plan is not signed" in text and "Nobody vouches for this file" in text
    assert dialog.fingerprint_label is None
    assert button_texts(dialog) == ["Accept this unsigned plan", "Cancel"]
    assert dialog.default_button is dialog.cancel_button
    assert dialog.choice_buttons[ImportChoice.ACCEPT_UNCONFIRMED].property("role") != "primary"
    render(dialog, "care_plan_review_unsigned")
    record = imports.choose(dialog, ImportChoice.ACCEPT_UNCONFIRMED)
    assert (record.plan, record.issued_by, record.signer_fingerprint) == (NEXT, ISSUED_BY, None)
    assert imports.stored()[1] == []
    assert "unsigned file" in imports.editor.history_group.in_force_label.text()


# --- refused files, Escape ----------------------------------------------------------------------------


def test_a_file_with_one_flipped_byte_is_refused_and_the_plan_in_force_is_untouched(
    in_force: Imports, tmp_path: Path, render: Render
) -> None:
    imports = in_force
    before = imports.stored()
    data = bytearray(write_signed_care_plan(NEXT, ISSUED_BY, ISSUED_AT, CLINICIAN))
    where = data.index(b"350")  # the new dose, inside the signed text
    data[where] ^= 0x01  # "350" -> "250"
    with pytest.raises(CarePlanFileError) as refused:
        read_imported_care_plan(bytes(data))
    path = tmp_path / "flipped.json"
    path.write_bytes(bytes(data))
    imports.chooser.answer = path
    imports.editor.import_button.click()
    imports.qtbot.waitUntil(imports.editor.file_problems_panel.isVisible, timeout=TIMEOUT_MS)
    assert imports.editor.file_problems() == refused.value.problems
    assert any("does not match this care plan" in problem for problem in imports.editor.file_problems())
    assert imports.editor.review_dialog is None
    assert imports.stored() == before and imports.editor.form.plan() == PRESCRIBED
    render(imports.editor.window(), "care_plan_review_flipped_byte")

    imports.chooser.answer = tmp_path / "gone.json"
    imports.editor.import_button.click()
    imports.qtbot.waitUntil(lambda: "could not be read" in imports.editor.import_status_text(),
                            timeout=TIMEOUT_MS)
    assert imports.editor.review_dialog is None and imports.stored() == before


def test_escape_cancels_and_changes_nothing(in_force: Imports, tmp_path: Path) -> None:
    imports = in_force
    before = imports.stored()
    dialog = imports.review(signed_file(tmp_path, "first.json", NEXT))
    activate(imports.qtbot, dialog)
    imports.qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Escape)
    imports.qtbot.waitUntil(lambda: imports.editor.review_dialog is None, timeout=TIMEOUT_MS)
    assert imports.stored() == before and imports.editor.form.plan() == PRESCRIBED


def test_locking_closes_the_review_and_stores_nothing(in_force: Imports, tmp_path: Path) -> None:
    imports = in_force
    before = imports.stored()
    imports.review(signed_file(tmp_path, "first.json", NEXT))
    with imports.qtbot.waitSignal(imports.window.controller.locked, timeout=TIMEOUT_MS):
        imports.window.lock_now()
    assert imports.editor.review_dialog is None
    with imports.qtbot.waitSignal(imports.window.controller.unlocked, timeout=TIMEOUT_MS):
        imports.window.controller.unlock(STRONG_PASSPHRASE)
    assert imports.stored() == before


# --- 200 % text in a 1024×768 window ----------------------------------------------------------------


def _outside(widget: QWidget, frame: QWidget) -> bool:
    box = QRect(widget.mapTo(frame, QPoint(0, 0)), widget.size())
    return not frame.rect().contains(box)


@pytest.mark.parametrize("signer", ["new", "other"])
def test_at_200_percent_text_the_review_wraps_and_keeps_its_buttons_in_sight(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, data_paths: DataPaths, fake_clock: FakeClock,
    tmp_path: Path, render: Render, signer: str,
) -> None:
    data_paths.base.mkdir(parents=True, exist_ok=True)
    PreferencesFile(data_paths.preferences_file).save(Preferences().with_value(TEXT_SCALE, 200))
    window = open_unlocked_window()
    window.resize(1024, 768)
    imports = Imports(qtbot, window, fake_clock)
    if signer == "other":
        confirm_clinician_key(imports, tmp_path)
        fake_clock.advance(86400)
    long_address = replace(NEXT, patient_address="Flat 3, 1200 Southwest Longfellow Boulevard Extension, "
                           "Springfield-upon-the-Rivers 01234", allergies="penicillin (rash); latex")
    dialog = imports.review(signed_file(tmp_path, "plan.json", long_address,
                                        CLINICIAN if signer == "new" else STRANGER))
    dialog.resize(1024, 768)
    qtbot.waitUntil(lambda: dialog.width() == 1024)
    QApplication.processEvents()
    assert dialog.minimumSizeHint().width() <= 1024
    body = dialog.scroll_area.widget()
    viewport = dialog.scroll_area.viewport()
    assert body.width() <= viewport.width()  # nothing to scroll sideways
    for label in body.findChildren(QLabel):
        if label.isVisibleTo(dialog):
            right = label.mapTo(viewport, QPoint(label.width(), 0)).x()
            assert right <= viewport.width(), f"{label.text()[:40]!r} runs off to the right"
    for button in dialog.button_row.findChildren(QPushButton):
        assert not _outside(button, dialog), f"{button.text()!r} is outside the window"
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is cut"

    activate(qtbot, dialog)
    chain = tab_chain(qtbot, dialog.choice_buttons[ImportChoice.CONFIRM_KEY_AND_ACCEPT], dialog)
    assert chain == [*dialog.choice_buttons.values(), dialog.cancel_button]
    assert reading_order_problems(chain, dialog) == []
    for button in chain:
        other = dialog.cancel_button if button is not dialog.cancel_button else chain[0]
        assert focus_ring_pixels(button, other) >= perimeter(button), button.text()
    dialog.cancel_button.setFocus()
    render(dialog, f"care_plan_review_{signer}_key_200")
    dialog.scroll_area.verticalScrollBar().setValue(dialog.scroll_area.verticalScrollBar().maximum())
    render(dialog, f"care_plan_review_{signer}_key_200_end")
    dialog.cancel_button.click()


def test_the_accepted_time_is_the_clock_of_the_window(imports: Imports, tmp_path: Path) -> None:
    imports.clock.advance(timedelta(days=2).total_seconds())
    dialog = imports.review(signed_file(tmp_path, "first.json", NEXT))
    assert dialog.change_count_label.text() == "You have no care plan yet. This file sets every value:"
    record = imports.choose(dialog, ImportChoice.CONFIRM_KEY_AND_ACCEPT)
    assert record.set_at == imports.clock.now() == datetime(2026, 1, 7, 10, 0, tzinfo=UTC)


def test_the_report_appendix_names_who_signed_the_plan_in_force_and_the_key(qapp: QApplication) -> None:
    data = report_history()
    assert data.care_plan is not None
    signed = replace(data.care_plan, issued_by=ISSUED_BY, signer_fingerprint=FINGERPRINT)
    text = " ".join(appendix_sections(build_report(replace(data, care_plan=signed))))
    assert f"issued and signed by {ISSUED_BY} with the key {FINGERPRINT}" in text
    unsigned = " ".join(appendix_sections(build_report(data)))
    assert "Imported from an unsigned care-plan file issued by Dr. Rowan (test clinic)" in unsigned
