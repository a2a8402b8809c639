"""The desk window with real signed exports: adding a patient (nothing remembered without the explicit
confirmation), and opening an export — valid (the banner, then flags, charts and the session record),
altered (the banner names the file, nothing else shown), from an unknown key (offered for adding), and
re-keyed (loud, never "valid"). Every screen is rendered to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.desk.desk_access import OpenDesk, unlock_desk
from companion.desk.desk_paths import DeskPaths
from companion.desk.export_status import ExportStatus
from companion.desk.patient_candidate import candidate_from_export
from companion.domain.instruments import Instrument
from companion.storage import sshsig
from companion.ui.desk.desk_main_view import DeskMainView
from companion.ui.desk.patient_list_model import Column
from tests.desk_trust import DESK_PASSPHRASE, NOW, PATIENT_NAME, make_desk, write_patient_export
from tests.gui import desk_helpers
from tests.gui.conftest import Render
from tests.gui.desk_helpers import WAIT_MS, DeskHarness, WindowFactory
from tests.gui.keyboard_checks import (
    activate,
    focus_ring_pixels,
    perimeter,
    reading_order_problems,
    tab_chain,
)
from tests.gui.session_screens import settle_layouts
from tests.signed_export import TestSigner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
desk_paths, desk_window = desk_helpers.desk_paths, desk_helpers.desk_window  # the fixtures
unlocked_desk = desk_helpers.unlocked_desk


@pytest.fixture
def signer() -> TestSigner:
    return TestSigner(bytes(range(32)))


@pytest.fixture
def export(tmp_path: Path, signer: TestSigner) -> Path:
    return write_patient_export(tmp_path / "inbox", signer)


@pytest.fixture
def alex_desk(qtbot: QtBot, desk_paths: DeskPaths, desk_window: WindowFactory, export: Path) -> DeskHarness:
    """A desk that confirmed Alex from ``export``, its window unlocked to the list."""
    made = make_desk(desk_paths.base)
    made.patients.add_patient(candidate_from_export(export), "Alex", confirmed=True, now=NOW)
    harness = desk_window()
    screen = harness.window.unlock_screen
    qtbot.keyClicks(screen.passphrase_field.line_edit, DESK_PASSPHRASE)
    with qtbot.waitSignal(harness.window.controller.desk_opened, timeout=WAIT_MS):
        screen.unlock_button.click()
    return harness


def _view(harness: DeskHarness) -> DeskMainView:
    return harness.window.main_view


def _open(qtbot: QtBot, harness: DeskHarness, path: Path, *, content: bool) -> None:
    """Open ``path`` with "Open an export folder…" (or the zip button); wait for the banner (and content)."""
    page, view = _view(harness).patients_page, _view(harness)
    harness.chooser.answers.append(path)
    button = page.open_folder_button if path.is_dir() else page.open_zip_button
    with qtbot.waitSignal(view.export_page.banner_shown, timeout=WAIT_MS):
        button.click()
    assert view.currentWidget() is view.export_page
    if content:
        qtbot.waitUntil(lambda: view.export_page.timeline is not None, timeout=WAIT_MS)


def _desk_on_disk(paths: DeskPaths) -> OpenDesk:
    return unlock_desk(paths, DESK_PASSPHRASE)


def _render_tabs(harness: DeskHarness, render: Render, prefix: str) -> None:
    content = _view(harness).export_page.content
    for index, name in enumerate(("flags", "scores", "sessions", "mood", "bp", "sources")):
        content.setCurrentIndex(index)
        render(harness.window, f"{prefix}_{index + 1}_{name}")
    content.setCurrentIndex(0)


# --- adding a patient -------------------------------------------------------------------------------------


def test_adding_a_patient_from_an_export_needs_the_explicit_confirmation(
        qtbot: QtBot, unlocked_desk: DeskHarness, export: Path, signer: TestSigner, render: Render) -> None:
    view, paths = _view(unlocked_desk), unlocked_desk.paths
    before = paths.patients_file.read_bytes()
    unlocked_desk.chooser.answers.append(export)
    view.patients_page.add_from_folder_action.trigger()  # "Add a patient…" → from their first export
    qtbot.waitUntil(lambda: view.add_dialog is not None, timeout=WAIT_MS)
    dialog = view.add_dialog
    assert dialog is not None and dialog.isVisible()
    line = sshsig.fingerprint_line(signer.public_key)
    assert dialog.fingerprint_label.accessibleDescription() == line  # exactly as ssh-keygen -l prints it
    assert dialog.fingerprint_label.text().replace("\u200b", "") == line
    assert sshsig.fingerprint(signer.public_key).split(":")[1][:4] in dialog.grouped_label.text()
    assert ("Confirm this fingerprint with the patient (read aloud on a call, or from their Settings) "
            "before you add them") in dialog.instruction.text()
    assert dialog.name_field.text() == PATIENT_NAME  # the export's own name, to change if wanted
    render(dialog, "desk_add_patient_dialog")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape closes it: nothing remembered
    qtbot.waitUntil(lambda: view.add_dialog is None)
    qtbot.wait(100)
    assert paths.patients_file.read_bytes() == before and _desk_on_disk(paths).patients.patients == ()

    unlocked_desk.chooser.answers.append(export)
    view.patients_page.add_from_folder_action.trigger()
    qtbot.waitUntil(lambda: view.add_dialog is not None, timeout=WAIT_MS)
    dialog = view.add_dialog
    assert dialog is not None
    dialog.name_field.setText("Alex E.")
    with qtbot.waitSignal(view.patient_added, timeout=WAIT_MS):
        dialog.confirm_button.click()
    (alex,) = _desk_on_disk(paths).patients.patients
    assert alex.display_name == "Alex E." and alex.fingerprint == sshsig.fingerprint(signer.public_key)
    # Added from their export: it opens as theirs, and the opening is remembered.
    qtbot.waitUntil(lambda: view.export_page.timeline is not None, timeout=WAIT_MS)
    assert view.export_page.banner.status is ExportStatus.VALID_FOR_PATIENT
    qtbot.waitUntil(lambda: len(_desk_on_disk(paths).patients.patients[0].exports) == 1, timeout=WAIT_MS)
    view.export_page.back_button.click()
    qtbot.waitUntil(lambda: view.patients_page.model.rowCount() == 1)
    assert view.patients_page.show_button.isEnabled()  # the patient just looked at is selected
    model = view.patients_page.model
    assert model.index(0, Column.NAME).data() == "Alex E."
    qtbot.waitUntil(lambda: model.index(0, Column.OPEN_FLAGS).data() == "4", timeout=WAIT_MS)
    assert model.index(0, Column.STATUS).data() == "Verified"
    render(unlocked_desk.window, "desk_main_one_patient")


def test_adding_a_patient_from_their_patient_pub(qtbot: QtBot, unlocked_desk: DeskHarness, export: Path,
                                                 signer: TestSigner, render: Render) -> None:
    view = _view(unlocked_desk)
    unlocked_desk.chooser.answers.append(export / "patient.pub")
    view.patients_page.add_from_key_action.trigger()
    qtbot.waitUntil(lambda: view.add_dialog is not None, timeout=WAIT_MS)
    dialog = view.add_dialog
    assert dialog is not None and dialog.name_field.text() == ""  # a key file names nobody
    assert not dialog.confirm_button.isEnabled()  # a name first
    qtbot.keyClicks(dialog.name_field, "Sam")
    with qtbot.waitSignal(view.patient_added, timeout=WAIT_MS):
        qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)  # Return confirms: the dialog's main action
    qtbot.waitUntil(lambda: view.patients_page.model.rowCount() == 1, timeout=WAIT_MS)
    assert view.currentWidget() is view.patients_page
    assert view.patients_page.selected_patient() is not None
    (sam,) = _desk_on_disk(unlocked_desk.paths).patients.patients
    assert sam.display_name == "Sam" and sam.fingerprint == sshsig.fingerprint(signer.public_key)
    assert view.patients_page.model.index(0, Column.LATEST).data() == "none yet"


def test_a_patient_pub_that_is_not_a_key_is_one_sentence(qtbot: QtBot, unlocked_desk: DeskHarness,
                                                           tmp_path: Path) -> None:
    bogus = tmp_path / "patient.pub"
    bogus.write_text("hello\n")
    page = _view(unlocked_desk).patients_page
    unlocked_desk.chooser.answers.append(bogus)
    page.add_from_key_action.trigger()
    qtbot.waitUntil(page.message.isVisible, timeout=WAIT_MS)
    assert "is not a patient's key" in page.message.text() and _view(unlocked_desk).add_dialog is None


# --- opening an export ------------------------------------------------------------------------------------


def test_a_valid_export_shows_the_banner_then_flags_charts_and_the_session_record(
        qtbot: QtBot, alex_desk: DeskHarness, export: Path, render: Render) -> None:
    _open(qtbot, alex_desk, export, content=True)
    page = _view(alex_desk).export_page
    banner = page.banner
    assert banner.status is ExportStatus.VALID_FOR_PATIENT
    assert banner.heading_text() == "Verified: this export is Alex's, unchanged."
    content = page.content
    assert content.isVisible() and content.currentIndex() == 0
    assert content.tabText(0) == "Needs attention (4)"
    assert page.heading.text() == "Alex — 1 Apr 2026 to 30 Apr 2026"
    flags = content.flags_view.toPlainText()
    assert flags.index("Thoughts of death or self-harm") < flags.index("Severe side effect")  # worst first
    assert flags.index("Already discussed: 2") > flags.index("Sitter check-in missed")
    phq9 = content.score_charts[Instrument.PHQ9]
    assert phq9.score_series is not None and phq9.score_series.count() == 2
    assert phq9.session_series is not None and phq9.session_series.count() == 2  # two dosed sessions
    assert not content.score_charts[Instrument.PCL5].isHidden()  # this export has a PCL-5
    assert content.session_model.rowCount() == 3  # one row per session, REMS-shaped
    row = [content.session_model.index(0, c).data() for c in range(content.session_model.columnCount())]
    assert row[1] == "ketamine 100 mg sublingual" and row[6] == "128/82 · 138/86 · 126/80"
    assert "Ended early: She felt very sick" in content.session_model.index(1, 11).data()
    record = content.session_detail.toPlainText()  # the newest session's whole record, below the table
    assert "Session of 17 Apr 2026" in record and "Blood pressure too high today" in record
    content.session_table.selectRow(0)
    record = content.session_detail.toPlainText()
    assert "LOT-2604A" in record and "other sleeping pills" in record and "128/82 mmHg" in record
    assert content.mood_chart.after_series is not None and content.bp_chart.reading_series
    assert page.pdf_button.isVisible() and not page.zip_button.isVisible()
    _render_tabs(alex_desk, render, "desk_export_valid")
    page.pdf_button.click()
    page.csv_button.click()
    assert [url.toLocalFile() for url in alex_desk.opened_urls] == [str(export / "report.pdf"),
                                                                     str(export / "csv")]
    qtbot.waitUntil(lambda: len(_desk_on_disk(alex_desk.paths).patients.patients[0].exports) == 1,
                    timeout=WAIT_MS)


def test_a_zipped_export_offers_the_zip(qtbot: QtBot, alex_desk: DeskHarness, tmp_path: Path,
                                        signer: TestSigner, render: Render) -> None:
    zipped = write_patient_export(tmp_path / "zips", signer, as_zip=True)
    _open(qtbot, alex_desk, zipped, content=True)
    page = _view(alex_desk).export_page
    assert page.zip_button.isVisible() and page.zip_note.isVisible() and not page.pdf_button.isVisible()
    page.zip_button.click()
    assert [url.toLocalFile() for url in alex_desk.opened_urls] == [str(zipped)]
    render(alex_desk.window, "desk_export_zip")


def test_an_altered_export_names_the_file_and_shows_nothing_else(qtbot: QtBot, alex_desk: DeskHarness,
                                                                  export: Path, render: Render) -> None:
    data = bytearray((export / "csv" / "vitals.csv").read_bytes())
    data[40] ^= 0x01
    (export / "csv" / "vitals.csv").write_bytes(bytes(data))
    _open(qtbot, alex_desk, export, content=False)
    page = _view(alex_desk).export_page
    assert page.banner.status is ExportStatus.ALTERED
    assert page.banner.heading_text() == "Do not use this export: it was changed after it was signed."
    assert "csv/vitals.csv" in page.banner.body_text()
    qtbot.wait(300)  # nothing else arrives
    assert not page.content.isVisible() and not page.pdf_button.isVisible() and page.timeline is None
    assert not page.banner.add_button.isVisible()
    render(alex_desk.window, "desk_export_altered")


def test_an_export_from_an_unknown_key_offers_to_add_the_patient(qtbot: QtBot, alex_desk: DeskHarness,
                                                                  tmp_path: Path, render: Render) -> None:
    stranger = TestSigner(bytes(range(1, 33)))
    path = write_patient_export(tmp_path / "jordan", stranger, patient_name="Jordan Doe",
                                export_id="2b2b2b2b")
    _open(qtbot, alex_desk, path, content=False)
    page, view = _view(alex_desk).export_page, _view(alex_desk)
    assert page.banner.status is ExportStatus.UNKNOWN_KEY
    assert "Unknown key" in page.banner.heading_text() and "Jordan Doe" in page.banner.body_text()
    assert sshsig.fingerprint(stranger.public_key) in page.banner.body_text()
    assert page.banner.add_button.isVisible() and not page.content.isVisible()
    render(alex_desk.window, "desk_export_unknown_key")
    page.banner.add_button.click()
    qtbot.waitUntil(lambda: view.add_dialog is not None, timeout=WAIT_MS)
    dialog = view.add_dialog
    assert dialog is not None and dialog.name_field.text() == "Jordan Doe"
    with qtbot.waitSignal(view.patient_added, timeout=WAIT_MS):
        dialog.confirm_button.click()
    qtbot.waitUntil(lambda: page.timeline is not None, timeout=WAIT_MS)  # opened again: now Jordan's
    assert page.banner.status is ExportStatus.VALID_FOR_PATIENT and "Jordan Doe" in page.banner.heading_text()
    names = sorted(p.display_name for p in _desk_on_disk(alex_desk.paths).patients.patients)
    assert names == ["Alex", "Jordan Doe"]


def test_a_known_patients_export_signed_by_another_key_is_loud(qtbot: QtBot, alex_desk: DeskHarness,
                                                               tmp_path: Path, render: Render) -> None:
    impostor = TestSigner(bytes(range(2, 34)))
    path = write_patient_export(tmp_path / "rekeyed", impostor, export_id="3c3c3c3c")  # names Alex Example…
    desk = _desk_on_disk(alex_desk.paths)
    alex = desk.patients.patients[0]
    # …as Alex's own exports do: the desk remembered that name with Alex's key.
    assert alex.name_in_exports == PATIENT_NAME
    _open(qtbot, alex_desk, path, content=False)
    page = _view(alex_desk).export_page
    banner = page.banner
    assert banner.status is ExportStatus.KEY_CHANGED
    assert banner.heading_text() == "Warning: signed by a different key"
    body = banner.body_text()
    assert body.startswith("This export was signed by a different key than the one you confirmed for Alex.")
    assert alex.fingerprint in body and sshsig.fingerprint(impostor.public_key) in body
    assert "valid" not in (banner.heading_text() + body).lower()
    assert banner.new_key_button.isVisible() and not banner.add_button.isVisible()
    qtbot.wait(300)
    assert not page.content.isVisible() and page.timeline is None
    render(alex_desk.window, "desk_export_key_changed")
    # The list says so too: the opening is remembered under Alex, checked again as "key changed".
    qtbot.waitUntil(lambda: len(_desk_on_disk(alex_desk.paths).patients.patients[0].exports) == 1,
                    timeout=WAIT_MS)
    page.back_button.click()
    model = _view(alex_desk).patients_page.model
    qtbot.waitUntil(lambda: model.index(0, Column.STATUS).data() == "KEY CHANGED", timeout=WAIT_MS)
    render(alex_desk.window, "desk_main_key_changed")


def test_a_new_key_confirmed_with_the_patient_replaces_the_old_one(qtbot: QtBot, alex_desk: DeskHarness,
                                                                    tmp_path: Path, render: Render) -> None:
    new_computer = TestSigner(bytes(range(3, 35)))
    path = write_patient_export(tmp_path / "new-computer", new_computer, export_id="4d4d4d4d")
    _open(qtbot, alex_desk, path, content=False)
    page, view = _view(alex_desk).export_page, _view(alex_desk)
    assert page.banner.status is ExportStatus.KEY_CHANGED
    old_key = _desk_on_disk(alex_desk.paths).patients.patients[0].fingerprint
    page.banner.new_key_button.click()
    qtbot.waitUntil(lambda: view.add_dialog is not None, timeout=WAIT_MS)
    dialog = view.add_dialog
    assert dialog is not None and dialog.replacing is not None and not dialog.name_field.isVisible()
    line = sshsig.fingerprint_line(new_computer.public_key)
    assert dialog.fingerprint_label.accessibleDescription() == line
    assert "Confirm this fingerprint with Alex" in dialog.instruction.text()
    render(dialog, "desk_new_key_dialog")
    with qtbot.waitSignal(view.patient_added, timeout=WAIT_MS):
        dialog.confirm_button.click()
    qtbot.waitUntil(lambda: page.timeline is not None, timeout=WAIT_MS)  # opened again: now valid for Alex
    assert page.banner.status is ExportStatus.VALID_FOR_PATIENT
    alex = _desk_on_disk(alex_desk.paths).patients.patients[0]
    assert alex.fingerprint == sshsig.fingerprint(new_computer.public_key) and alex.former_keys == (old_key,)


def test_what_cannot_be_checked_is_one_sentence(qtbot: QtBot, alex_desk: DeskHarness, tmp_path: Path,
                                                 render: Render) -> None:
    _open(qtbot, alex_desk, tmp_path / "gone.zip", content=False)  # moved away since it was chosen
    banner = _view(alex_desk).export_page.banner
    assert banner.status is ExportStatus.UNREADABLE
    assert banner.heading_text() == "This export could not be checked."
    assert banner.body_text() == f"There is no file or folder at {tmp_path / 'gone.zip'}."
    render(alex_desk.window, "desk_export_unreadable")


def test_the_models_pass_qt_model_tester(qtbot: QtBot, qtmodeltester: object, alex_desk: DeskHarness,
                                         export: Path) -> None:
    _open(qtbot, alex_desk, export, content=True)
    view = _view(alex_desk)
    qtmodeltester.check(view.export_page.content.session_model)  # type: ignore[attr-defined]
    qtmodeltester.check(view.patients_page.model)  # type: ignore[attr-defined]


# --- keyboard and large text ------------------------------------------------------------------------------


def test_the_pages_read_in_tab_order_with_focus_visible(qtbot: QtBot, alex_desk: DeskHarness, export: Path,
                                                         render: Render) -> None:
    view = _view(alex_desk)
    _open(qtbot, alex_desk, export, content=True)  # the desk remembers it for Alex
    view.export_page.back_button.click()
    activate(qtbot, alex_desk.window)
    page = view.patients_page
    page.select_patient(page.model.patient_at(0).patient_id)
    chain = tab_chain(qtbot, page.display_button, page)
    assert reading_order_problems(chain, page) == []
    assert [w.accessibleName() for w in chain] == ["Display", "Open an export folder", "Open a zipped export",
                                                   "Add a patient", "Patients", "Show their exports",
                                                   "Write a care plan"]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Return on a patient shows their exports
    qtbot.waitUntil(lambda: view.export_page.timeline is not None, timeout=WAIT_MS)
    assert view.export_page.banner.heading_text() == "Verified: this export is Alex's, unchanged."
    export_page = view.export_page
    chain = tab_chain(qtbot, export_page.back_button, export_page)
    assert reading_order_problems(chain, export_page) == []
    assert chain[:3] == [export_page.back_button, export_page.pdf_button, export_page.csv_button]
    content = export_page.content
    assert chain[3:] == [content.tabBar(), content.flags_view]
    # Focus is visible on every stop: a ring at least 2 px wide all round (the tab bar's is the bar's).
    pairs = ((page.open_folder_button, page.open_zip_button), (page.open_zip_button, page.table),
             (page.add_button, page.table), (page.table, page.add_button), (page.show_button, page.table),
             (page.care_plan_button, page.table), (page.display_button, page.table))
    for control, other in pairs:
        view.setCurrentWidget(page)
        assert focus_ring_pixels(control, other) >= 2 * perimeter(control) * 0.8, control.accessibleName()
    view.setCurrentWidget(export_page)
    content.setCurrentIndex(2)
    for control in (export_page.back_button, export_page.pdf_button, export_page.csv_button,
                    content.session_table, content.session_detail):
        other = export_page.csv_button if control is not export_page.csv_button else export_page.back_button
        assert focus_ring_pixels(control, other) >= 2 * perimeter(control) * 0.8, control.accessibleName()
    assert focus_ring_pixels(content.tabBar(), export_page.back_button) >= perimeter(content.tabBar())
    content.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    render(alex_desk.window, "desk_export_focus_on_tabs")


@pytest.mark.parametrize("theme_name", ["light", "high_contrast"])
def test_at_200_percent_text_in_1024_by_768_nothing_scrolls_sideways(
        qtbot: QtBot, qapp: QApplication, desk_paths: DeskPaths, desk_window: WindowFactory,
        export: Path, tmp_path: Path, signer: TestSigner, theme_name: str, render: Render) -> None:
    made = make_desk(desk_paths.base)
    made.patients.add_patient(candidate_from_export(export), "Alex", confirmed=True, now=NOW)
    harness = desk_window(text_scale=200, theme=theme_name)
    suffix = "" if theme_name == "light" else f"_{theme_name}"
    window = harness.window
    window.resize(1024, 768)
    qtbot.keyClicks(window.unlock_screen.passphrase_field.line_edit, DESK_PASSPHRASE)
    render(window, f"desk_unlock_200{suffix}")
    with qtbot.waitSignal(window.controller.desk_opened, timeout=WAIT_MS):
        window.unlock_screen.unlock_button.click()
    view = window.main_view

    def fits(main_action: QApplication | object) -> None:
        qtbot.wait(50)
        settle_layouts()  # a size hint read before nested layouts settle is stale (CI once read 1028 px)
        assert window.minimumSizeHint().width() <= 1024 and window.width() <= 1024
        assert window.minimumSizeHint().height() <= 768
        button = main_action
        assert button.isVisible()  # type: ignore[attr-defined]
        top_left = button.mapTo(window, button.rect().topLeft())  # type: ignore[attr-defined]
        bottom_right = button.mapTo(window, button.rect().bottomRight())  # type: ignore[attr-defined]
        assert window.rect().contains(top_left) and window.rect().contains(bottom_right)

    fits(view.patients_page.open_folder_button)
    render(window, f"desk_main_200{suffix}")
    _open(qtbot, harness, export, content=True)
    fits(view.export_page.pdf_button)
    tab_bar = view.export_page.content.tabBar()
    assert tab_bar.tabRect(tab_bar.count() - 1).right() <= tab_bar.width()  # every tab in sight, no arrows
    _render_tabs(harness, render, f"desk_export_valid_200{suffix}")
    impostor = write_patient_export(tmp_path / "rekeyed", TestSigner(bytes(range(2, 34))),
                                    export_id="5e5e5e5e")
    _open(qtbot, harness, impostor, content=False)
    fits(view.export_page.banner.new_key_button)  # the loud banner and its action fit too
    render(window, f"desk_export_key_changed_200{suffix}")


def test_the_first_patient_is_chosen_when_the_desk_opens(qtbot: QtBot, alex_desk: DeskHarness) -> None:
    """With a patient highlighted but not selected, both buttons below stayed grey until Space was pressed."""
    page = _view(alex_desk).patients_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.selected_patient() is not None
    assert page.show_button.isEnabled() and page.care_plan_button.isEnabled()
