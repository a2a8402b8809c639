"""NewPassphraseForm, PassphraseField and StrengthMeter driven from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea
from pytestqt.qtbot import QtBot

from companion.domain.passphrase_policy import PassphraseVerdict
from companion.ui.theme import apply_appearance
from companion.ui.widgets.new_passphrase_form import NewPassphraseForm
from companion.ui.widgets.passphrase_field import PassphraseField
from companion.ui.widgets.strength_meter import StrengthMeter
from tests.gui.conftest import Render

GOOD = "lantern orbit pickle meadow 42"


@pytest.fixture(autouse=True)
def _light_theme(qapp: QApplication) -> None:
    """The app applies a theme at start; conftest puts the appearance back afterwards."""
    apply_appearance(qapp, "light", 100)


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[NewPassphraseForm]:
    # Hosted in a scroll area, as on the screens: a bare top-level form would pass its
    # changing minimum size to the offscreen platform, which warns that it cannot.
    host = QScrollArea()
    host.setWidgetResizable(True)
    form = NewPassphraseForm()
    host.setWidget(form)
    qtbot.addWidget(host)
    host.resize(640, 440)
    host.show()
    qtbot.waitExposed(host)
    yield form
    host.close()


def test_weak_passphrase_shows_reasons_and_stays_invalid(
    qtbot: QtBot, form: NewPassphraseForm, render: Render
) -> None:
    qtbot.keyClicks(form.first_field.line_edit, "ketamine")
    qtbot.keyClicks(form.repeat_field.line_edit, "ketamine")
    qtbot.waitUntil(lambda: form.reasons_text() != "")
    assert "15 characters" in form.reasons_text()
    assert "8 characters" in form._length_label.text()
    assert form.strength_meter.strength_text() == "Strength: very weak"
    assert not form.is_valid()
    render(form, "form_weak")


def test_good_matching_passphrase_becomes_valid_then_clear_wipes(
    qtbot: QtBot, form: NewPassphraseForm
) -> None:
    with qtbot.waitSignal(form.validity_changed, check_params_cb=lambda valid: valid):
        qtbot.keyClicks(form.first_field.line_edit, GOOD)
        qtbot.keyClicks(form.repeat_field.line_edit, GOOD)
    assert form.passphrase() == GOOD
    assert form.reasons_text() == ""
    assert form.strength_meter.filled_segments() == 4

    with qtbot.waitSignal(form.validity_changed, check_params_cb=lambda valid: not valid):
        form.clear()
    assert form.first_field.text() == form.repeat_field.text() == ""
    assert form.passphrase() == ""


def test_mismatch_is_reported_only_for_a_real_difference(
    qtbot: QtBot, form: NewPassphraseForm, render: Render
) -> None:
    qtbot.keyClicks(form.first_field.line_edit, GOOD)
    qtbot.keyClicks(form.repeat_field.line_edit, GOOD[:10])
    assert form.mismatch_text() == ""  # still typing: a beginning of the first field
    qtbot.keyClicks(form.repeat_field.line_edit, "X")
    assert "not the same" in form.mismatch_text()
    qtbot.wait(200)  # let the debounced evaluation run: the policy accepts, the repeat does not match
    assert form.strength_meter.filled_segments() == 4
    assert not form.is_valid()
    render(form, "form_mismatch")


def test_editing_after_valid_invalidates_at_once(qtbot: QtBot, form: NewPassphraseForm) -> None:
    qtbot.keyClicks(form.first_field.line_edit, GOOD)
    qtbot.keyClicks(form.repeat_field.line_edit, GOOD)
    qtbot.waitUntil(form.is_valid)
    qtbot.keyClick(form.first_field.line_edit, Qt.Key.Key_Backspace)
    assert not form.is_valid()  # the stale verdict never counts


def test_show_toggle_reveals_both_fields_and_wipe_hides_again(qtbot: QtBot, form: NewPassphraseForm) -> None:
    qtbot.keyClicks(form.first_field.line_edit, "secret words here")
    form.first_field.toggle_button.setFocus()
    qtbot.keyClick(form.first_field.toggle_button, Qt.Key.Key_Space)
    assert form.first_field.line_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert form.repeat_field.line_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert form.first_field.toggle_button.text() == "Hide"
    form.first_field.wipe()
    assert form.first_field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    assert form.repeat_field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    assert form.first_field.text() == ""


def test_wipe_leaves_nothing_to_undo(qtbot: QtBot) -> None:
    field = PassphraseField("Passphrase")
    qtbot.addWidget(field)
    qtbot.keyClicks(field.line_edit, "something private")
    field.wipe()
    field.line_edit.undo()
    assert field.text() == ""


def test_every_control_has_an_accessible_name(qtbot: QtBot, form: NewPassphraseForm) -> None:
    for control in (form.first_field.line_edit, form.first_field.toggle_button, form.repeat_field.line_edit):
        assert control.accessibleName()
    assert form.strength_meter.accessibleName()


def test_strength_meter_words_follow_the_verdict(qtbot: QtBot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    assert meter.filled_segments() == 0
    meter.set_verdict(PassphraseVerdict(acceptable=True, reasons=(), strength=3, length=20))
    assert (meter.filled_segments(), meter.strength_text()) == (3, "Strength: strong")
    assert meter.accessibleDescription() == "Strength: strong"
    meter.set_verdict(None)
    assert meter.filled_segments() == 0
