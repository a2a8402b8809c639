"""The first-run wizard, driven page by page with the keyboard and mouse."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.services.care_plan_actions import ImportChoice, confirmed_clinician_keys
from companion.storage import sshsig
from companion.storage.care_plans import CarePlanRecord, CarePlanRepository
from companion.storage.keyfile import unlock_with_passphrase
from companion.storage.recovery_key import RecoveryKey
from companion.storage.signed_care_plan import write_signed_care_plan
from companion.storage.signing_key import SigningKey
from companion.ui.setup.setup_wizard import SetupWizard, normalise_symbols
from companion.ui.theme import apply_appearance
from companion.ui.vault_controller import VaultController
from companion.ui.widgets.recovery_key_pages import ask_for_pdf_path
from tests.gui.conftest import Render, controls_without_accessible_names
from tests.gui.database_helpers import run_in_db
from tests.gui.fake_controller import FakeVaultController
from tests.gui.test_care_plan_editor import ISSUED_AT, NEW_PLAN, PRESCRIBED, enter_prescription
from tests.gui.test_recovery_key_pdf import pdf_text_and_sizes

GOOD = "lantern orbit pickle meadow 42"
GROUP_INDEX = 2  # the wizard asks for "group 3 of 7"


@pytest.fixture(autouse=True)
def _light_theme(qapp: QApplication) -> None:
    """The app applies a theme at start; conftest puts the appearance back afterwards."""
    apply_appearance(qapp, "light", 100)


class PdfPathChooser:
    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self, _parent: object) -> Path | None:
        self.asked += 1
        return self.answer


# The offscreen platform warns whenever a top-level window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def fake() -> FakeVaultController:
    return FakeVaultController()


def _make_wizard(qtbot: QtBot, controller: object, chooser: PdfPathChooser | None = None) -> SetupWizard:
    wizard = SetupWizard(
        controller,  # type: ignore[arg-type]
        clock=FakeClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC)),
        choose_pdf_path=chooser or PdfPathChooser(None),
        choose_group=lambda count: GROUP_INDEX,
    )
    qtbot.addWidget(wizard)
    wizard.resize(900, 760)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


@pytest.fixture
def wizard(qtbot: QtBot, fake: FakeVaultController) -> Iterator[SetupWizard]:
    yield _make_wizard(qtbot, fake)


def _visible_text(widget: object) -> str:
    labels = widget.findChildren(QLabel)  # type: ignore[attr-defined]
    return "\n".join(label.text() for label in labels if label.isVisible())


def _type_passphrase(qtbot: QtBot, wizard: SetupWizard, first: str, repeat: str) -> None:
    form = wizard.passphrase_page.form
    qtbot.keyClicks(form.first_field.line_edit, first)
    qtbot.keyClicks(form.repeat_field.line_edit, repeat)


def _go_to_key_page(qtbot: QtBot, wizard: SetupWizard, fake: FakeVaultController) -> RecoveryKey:
    qtbot.mouseClick(wizard.welcome_page.start_button, Qt.MouseButton.LeftButton)
    _type_passphrase(qtbot, wizard, GOOD, GOOD)
    qtbot.waitUntil(wizard.passphrase_page.create_button.isEnabled)
    qtbot.mouseClick(wizard.passphrase_page.create_button, Qt.MouseButton.LeftButton)
    recovery = RecoveryKey.generate()
    fake.busy_changed.emit(True)
    fake.busy_changed.emit(False)
    fake.created.emit(recovery)
    assert wizard.current_page() is wizard.key_page
    return recovery


def test_welcome_says_what_companion_is_and_is_not(qtbot: QtBot, wizard: SetupWizard, render: Render) -> None:
    text = _visible_text(wizard.welcome_page)
    for expected in (
        "treatment your clinician prescribed",
        "checklist",
        "sitter",
        "private journal",
        "export",
        "not a medical device",
        "advice about doses",
        "not for emergencies",
        "local emergency number",
        "stays on this computer",
        "recovery key",
    ):
        assert expected in text
    render(wizard, "setup_1_welcome")
    qtbot.keyClick(wizard.welcome_page.start_button, Qt.Key.Key_Return)
    assert wizard.current_page() is wizard.passphrase_page


def test_weak_passphrase_is_refused_with_reasons(
    qtbot: QtBot, wizard: SetupWizard, fake: FakeVaultController, render: Render
) -> None:
    qtbot.mouseClick(wizard.welcome_page.start_button, Qt.MouseButton.LeftButton)
    _type_passphrase(qtbot, wizard, "companion2024", "companion2024")
    form = wizard.passphrase_page.form
    qtbot.waitUntil(lambda: form.reasons_text() != "")
    assert "at least 15 characters" in form.reasons_text()
    assert not wizard.passphrase_page.create_button.isEnabled()
    qtbot.keyClick(form.repeat_field.line_edit, Qt.Key.Key_Return)
    assert fake.calls_named("create") == []
    render(wizard, "setup_2_passphrase_weak")


def test_mismatched_repeat_keeps_create_disabled(
    qtbot: QtBot, wizard: SetupWizard, fake: FakeVaultController, render: Render
) -> None:
    qtbot.mouseClick(wizard.welcome_page.start_button, Qt.MouseButton.LeftButton)
    _type_passphrase(qtbot, wizard, GOOD, "lantern orbit pickle meadow 43")
    qtbot.wait(250)  # the debounced evaluation has run and accepted the first field
    assert "not the same" in wizard.passphrase_page.form.mismatch_text()
    assert not wizard.passphrase_page.create_button.isEnabled()
    qtbot.keyClick(wizard.passphrase_page.form.repeat_field.line_edit, Qt.Key.Key_Return)
    assert fake.calls_named("create") == []
    render(wizard, "setup_2_passphrase_mismatch")
    qtbot.keyClick(wizard.passphrase_page.form.repeat_field.line_edit, Qt.Key.Key_Escape)
    assert wizard.current_page() is wizard.welcome_page


def test_good_passphrase_creates_shows_progress_and_handles_failure(
    qtbot: QtBot, wizard: SetupWizard, fake: FakeVaultController, render: Render
) -> None:
    qtbot.mouseClick(wizard.welcome_page.start_button, Qt.MouseButton.LeftButton)
    _type_passphrase(qtbot, wizard, GOOD, GOOD)
    page = wizard.passphrase_page
    qtbot.waitUntil(page.create_button.isEnabled)
    render(wizard, "setup_2_passphrase_good")
    qtbot.keyClick(page.form.repeat_field.line_edit, Qt.Key.Key_Return)
    assert fake.calls_named("create") == [(GOOD,)]

    fake.busy_changed.emit(True)
    assert page.busy_row.isVisible()
    assert "Protecting your vault" in _visible_text(page)
    assert not page.create_button.isEnabled() and not page.form.isEnabled()
    render(wizard, "setup_2_passphrase_busy")
    qtbot.keyClick(page.form.repeat_field.line_edit, Qt.Key.Key_Return)
    assert len(fake.calls_named("create")) == 1  # no second create while busy

    fake.busy_changed.emit(False)
    fake.operation_failed.emit("The disk is full, so the vault could not be saved.")
    assert page.message.isVisible() and "disk is full" in page.message.text()
    assert not page.busy_row.isVisible()
    assert page.create_button.isEnabled()  # the passphrase is kept so trying again is one key
    render(wizard, "setup_2_passphrase_failed")

    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert len(fake.calls_named("create")) == 2
    fake.created.emit(RecoveryKey.generate())
    assert wizard.current_page() is wizard.key_page
    assert page.form.first_field.text() == page.form.repeat_field.text() == ""


def test_recovery_key_is_shown_grouped_and_next_waits_for_the_checkbox(
    qtbot: QtBot, wizard: SetupWizard, fake: FakeVaultController, render: Render
) -> None:
    recovery = _go_to_key_page(qtbot, wizard, fake)
    page = wizard.key_page
    for group in recovery.groups:
        assert group in page.key_label.text()
    assert page.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    buttons = [button.text() for button in wizard.findChildren(QAbstractButton) if button.isVisible()]
    assert not any("Copy" in text for text in buttons)
    assert "no Copy button on purpose" in _visible_text(page)
    assert not page.next_button.isEnabled()
    render(wizard, "setup_3_recovery_key")

    qtbot.keyClick(page.written_down_check, Qt.Key.Key_Return)
    assert wizard.current_page() is wizard.key_page  # Return does nothing while Next is disabled
    page.written_down_check.setFocus()
    qtbot.keyClick(page.written_down_check, Qt.Key.Key_Space)
    assert page.written_down_check.isChecked() and page.next_button.isEnabled()
    render(wizard, "setup_3_recovery_key_checked")
    qtbot.keyClick(page.written_down_check, Qt.Key.Key_Return)
    assert wizard.current_page() is wizard.confirm_page


def test_save_as_pdf_writes_the_key_and_reports_problems(
    qtbot: QtBot, fake: FakeVaultController, tmp_path: Path, render: Render
) -> None:
    chooser = PdfPathChooser(tmp_path / "key.pdf")
    wizard = _make_wizard(qtbot, fake, chooser)
    recovery = _go_to_key_page(qtbot, wizard, fake)
    page = wizard.key_page
    qtbot.mouseClick(page.save_pdf_button, Qt.MouseButton.LeftButton)
    assert chooser.asked == 1
    assert "Saving" in page.save_message.text()  # written on a thread of its own
    qtbot.waitUntil(lambda: "key.pdf" in page.save_message.text(), timeout=10_000)
    data = (tmp_path / "key.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text_and_sizes(data)[0]
    for group in recovery.groups:
        assert group in text
    assert page.save_message.isVisible() and "key.pdf" in page.save_message.text()
    render(wizard, "setup_3_recovery_key_saved")

    chooser.answer = tmp_path / "no such folder" / "key.pdf"
    qtbot.mouseClick(page.save_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be saved" in page.save_message.text(), timeout=10_000)

    chooser.answer = None  # cancelled: nothing written, nothing said
    page.save_message.setText("")
    qtbot.mouseClick(page.save_pdf_button, Qt.MouseButton.LeftButton)
    assert page.save_message.text() == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["key.pdf"]


def test_confirm_wrong_then_right_finishes(
    qtbot: QtBot, wizard: SetupWizard, fake: FakeVaultController, render: Render
) -> None:
    recovery = _go_to_key_page(qtbot, wizard, fake)
    wizard.key_page.written_down_check.setChecked(True)
    qtbot.mouseClick(wizard.key_page.next_button, Qt.MouseButton.LeftButton)
    confirm = wizard.confirm_page
    assert "group 3 of 7" in confirm.instruction.text()
    assert wizard.group_number() == 3
    render(wizard, "setup_4_confirm")

    wrong = "0000" if recovery.groups[GROUP_INDEX] != "0000" else "1111"
    with qtbot.assertNotEmitted(wizard.finished):
        qtbot.keyClicks(confirm.group_field, wrong)
        qtbot.keyClick(confirm.group_field, Qt.Key.Key_Return)
    assert confirm.message.isVisible() and "not quite group 3" in confirm.message.text()
    render(wizard, "setup_4_confirm_wrong")

    qtbot.keyClick(confirm.group_field, Qt.Key.Key_Escape)  # back to look at the key again
    assert wizard.current_page() is wizard.key_page
    assert recovery.groups[0] in wizard.key_page.key_label.text()
    qtbot.mouseClick(wizard.key_page.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() is wizard.confirm_page

    typed = (
        " " + "-".join(recovery.groups[GROUP_INDEX][:2]).lower() + recovery.groups[GROUP_INDEX][2:].lower()
    )
    qtbot.keyClicks(confirm.group_field, typed)
    with qtbot.assertNotEmitted(wizard.finished):
        qtbot.keyClick(confirm.group_field, Qt.Key.Key_Return)
    assert wizard.current_page() is wizard.care_plan_page  # the last step: the care plan
    assert wizard.key_page.key_label.text() == ""  # the key is not kept on screen afterwards


def _go_to_care_plan_page(qtbot: QtBot, wizard: SetupWizard, recovery: RecoveryKey) -> None:
    wizard.key_page.written_down_check.setChecked(True)
    qtbot.keyClick(wizard.key_page.written_down_check, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.confirm_page.group_field, recovery.groups[GROUP_INDEX])
    qtbot.keyClick(wizard.confirm_page.group_field, Qt.Key.Key_Return)
    assert wizard.current_page() is wizard.care_plan_page


def test_care_plan_step_can_be_left_for_later(
    qtbot: QtBot, wizard: SetupWizard, fake: FakeVaultController, render: Render
) -> None:
    _go_to_care_plan_page(qtbot, wizard, _go_to_key_page(qtbot, wizard, fake))
    page = wizard.care_plan_page
    text = _visible_text(page)
    for expected in ("Enter what your clinician prescribed", "import the care-plan file", "Settings"):
        assert expected in text
    assert page.editor.form.editor("medication_name").hasFocus()
    assert not page.editor.history_group.isVisible()  # nothing to list on the first run
    assert fake.calls_named("run_in_database") == []  # a new vault: nothing to load
    assert controls_without_accessible_names(page) == []
    render(wizard, "setup_5_care_plan")
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(page.later_button)
    render(wizard, "setup_5_care_plan_end")
    with qtbot.assertNotEmitted(wizard.finished):
        qtbot.keyClick(page.editor.form.editor("medication_name"), Qt.Key.Key_Return)
    with qtbot.waitSignal(wizard.finished):
        qtbot.mouseClick(page.later_button, Qt.MouseButton.LeftButton)
    assert fake.calls_named("run_in_database") == []  # nothing saved


def _create_with_real_controller(
    qtbot: QtBot, controller: VaultController, care_plan_file: Path | None = None
) -> SetupWizard:
    wizard = SetupWizard(
        controller,
        clock=FakeClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC)),
        choose_pdf_path=PdfPathChooser(None),
        choose_group=lambda count: GROUP_INDEX,
        choose_care_plan_file=lambda _parent: care_plan_file,
    )
    qtbot.addWidget(wizard)
    wizard.resize(900, 760)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.welcome_page.start_button, Qt.MouseButton.LeftButton)
    _type_passphrase(qtbot, wizard, GOOD, GOOD)
    qtbot.waitUntil(wizard.passphrase_page.create_button.isEnabled)
    with qtbot.waitSignal(controller.created, timeout=20_000) as created:
        qtbot.keyClick(wizard.passphrase_page.form.repeat_field.line_edit, Qt.Key.Key_Return)
    _go_to_care_plan_page(qtbot, wizard, created.args[0])
    return wizard


def _stored_plans(qtbot: QtBot, controller: VaultController) -> list[CarePlanRecord]:
    return run_in_db(qtbot, controller, lambda vault: CarePlanRepository(vault.database).history())


def test_care_plan_step_enter_and_save_finishes(
    qtbot: QtBot, controller: VaultController, render: Render
) -> None:
    wizard = _create_with_real_controller(qtbot, controller)
    editor = wizard.care_plan_page.editor
    enter_prescription(qtbot, editor)
    assert editor.save_button.isEnabled()
    render(wizard, "setup_5_care_plan_entered")
    with qtbot.waitSignal(wizard.finished, timeout=20_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [record] = _stored_plans(qtbot, controller)
    assert (record.plan, record.source) == (PRESCRIBED, "entered")
    assert record.set_at == datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # the wizard's clock
    assert editor.form.plan() == NEW_PLAN  # not left on screen


def test_care_plan_step_import_a_clinicians_signed_file(
    qtbot: QtBot, controller: VaultController, tmp_path: Path, render: Render
) -> None:
    clinician = SigningKey.generate()
    path = tmp_path / "plan.json"
    path.write_bytes(write_signed_care_plan(PRESCRIBED, "Dr A. Lee, Example Clinic", ISSUED_AT, clinician))
    wizard = _create_with_real_controller(qtbot, controller, care_plan_file=path)
    editor = wizard.care_plan_page.editor
    editor.import_button.click()
    qtbot.waitUntil(lambda: editor.review_dialog is not None, timeout=20_000)
    dialog = editor.review_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.change_count_label.text() == "You have no care plan yet. This file sets every value:"
    assert dialog.fingerprint_label is not None
    assert dialog.fingerprint_label.accessibleDescription() == sshsig.fingerprint(clinician.public_key)
    render(dialog, "setup_5_care_plan_review")
    assert _stored_plans(qtbot, controller) == []  # nothing before the patient accepts
    with qtbot.waitSignal(wizard.finished, timeout=20_000):
        dialog.choice_buttons[ImportChoice.CONFIRM_KEY_AND_ACCEPT].click()
    [record] = _stored_plans(qtbot, controller)
    assert (record.source, record.signed_by, record.signer_fingerprint) == (
        "imported", "Dr A. Lee, Example Clinic", sshsig.fingerprint(clinician.public_key))
    keys = run_in_db(qtbot, controller, confirmed_clinician_keys)
    assert [key.fingerprint for key in keys] == [record.signer_fingerprint]


def test_normalise_symbols_accepts_spacing_case_and_lookalikes() -> None:
    assert normalise_symbols(" ab-c d ") == "ABCD"
    assert normalise_symbols("o1Il") == "0111"


def test_controls_have_accessible_names(qtbot: QtBot, wizard: SetupWizard) -> None:
    for button in wizard.findChildren(QAbstractButton):
        assert button.accessibleName() or button.text(), button
    assert wizard.confirm_page.group_field.accessibleName()
    assert wizard.key_page.key_label.accessibleName() == "Recovery key"


def test_end_to_end_with_the_real_controller(
    qtbot: QtBot, controller: VaultController, data_paths: DataPaths, render: Render
) -> None:
    wizard = _make_wizard(qtbot, controller)
    qtbot.mouseClick(wizard.welcome_page.start_button, Qt.MouseButton.LeftButton)
    _type_passphrase(qtbot, wizard, GOOD, GOOD)
    qtbot.waitUntil(wizard.passphrase_page.create_button.isEnabled)
    with qtbot.waitSignal(controller.created, timeout=20_000) as created:
        qtbot.keyClick(wizard.passphrase_page.form.repeat_field.line_edit, Qt.Key.Key_Return)
    recovery = created.args[0]
    assert wizard.current_page() is wizard.key_page
    assert not wizard.passphrase_page.busy_row.isVisible()
    assert recovery.groups[0] in wizard.key_page.key_label.text()
    assert controller.is_unlocked()
    render(wizard, "setup_e2e_recovery_key")

    wizard.key_page.written_down_check.setChecked(True)
    qtbot.keyClick(wizard.key_page.written_down_check, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.confirm_page.group_field, recovery.groups[GROUP_INDEX])
    qtbot.keyClick(wizard.confirm_page.group_field, Qt.Key.Key_Return)
    with qtbot.waitSignal(wizard.finished):
        qtbot.mouseClick(wizard.care_plan_page.later_button, Qt.MouseButton.LeftButton)
    unlock_with_passphrase(data_paths.key_file, GOOD)  # the vault opens with what was typed


def test_default_pdf_dialog_adds_the_extension_and_handles_cancel(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers = iter([(str(tmp_path / "my key"), ""), (str(tmp_path / "key.PDF"), ""), ("", "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: next(answers))
    assert ask_for_pdf_path(parent) == tmp_path / "my key.pdf"
    assert ask_for_pdf_path(parent) == tmp_path / "key.PDF"
    assert ask_for_pdf_path(parent) is None


def test_recovery_key_page_in_the_dark_theme(
    qtbot: QtBot, qapp: QApplication, wizard: SetupWizard, fake: FakeVaultController, render: Render
) -> None:
    apply_appearance(qapp, "dark", 125)
    _go_to_key_page(qtbot, wizard, fake)
    render(wizard, "setup_3_recovery_key_dark")
    assert wizard.key_page.key_label.font().pointSizeF() > wizard.key_page.font().pointSizeF()
