"""RatingScale, the app's one 0–10 rating: nothing pre-filled, one Tab stop, arrows, Space, names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.theme import apply_appearance
from companion.ui.widgets.rating_scale import RatingScale
from tests.gui.conftest import Render
from tests.gui.keyboard_checks import tab_chain


@pytest.fixture(autouse=True)
def _light_theme(qapp: QApplication) -> None:
    apply_appearance(qapp, "light", 100)


class _Host(QWidget):
    """A field before and after the rating, as on the forms, in a scroll area as on the screens."""

    def __init__(self, *, clear_text: str = "") -> None:
        super().__init__()
        self.before_field = QLineEdit(self)
        self.before_field.setAccessibleName("Before")
        self.rating = RatingScale("Mood", "very low", "very good", self, clear_text=clear_text)
        self.after_field = QLineEdit(self)
        self.after_field.setAccessibleName("After")
        column = QVBoxLayout(self)
        for widget in (self.before_field, self.rating, self.after_field):
            column.addWidget(widget)


def _show(qtbot: QtBot, host: _Host) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(host)
    qtbot.addWidget(area)
    area.resize(760, 320)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    return area


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[_Host]:
    host = _Host()
    area = _show(qtbot, host)
    yield host
    area.close()


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_nothing_is_chosen_until_the_patient_chooses(host: _Host, qtbot: QtBot) -> None:
    rating = host.rating
    assert rating.value() is None
    with qtbot.waitSignal(rating.changed, timeout=1000):
        qtbot.mouseClick(rating.group.button(7), Qt.MouseButton.LeftButton)
    assert rating.value() == 7
    rating.reset()
    assert rating.value() is None
    rating.choose(3)
    assert rating.value() == 3
    rating.choose(None)
    assert rating.value() is None


def test_the_eleven_toggles_are_one_tab_stop_and_the_arrows_move_inside(host: _Host, qtbot: QtBot,
                                                                          render: Render) -> None:
    rating = host.rating
    host.before_field.setFocus()
    stops = tab_chain(qtbot, host.before_field, host)
    names = [widget.accessibleName() for widget in stops]
    assert names == ["Before", "Mood 0", "After"]  # Tab goes into the group once, then on

    host.before_field.setFocus()
    qtbot.keyClick(host.before_field, Qt.Key.Key_Tab)
    assert _focused() is rating.group.button(0)
    qtbot.keyClick(rating.group.button(0), Qt.Key.Key_Right)
    qtbot.keyClick(rating.group.button(1), Qt.Key.Key_Right)
    assert _focused() is rating.group.button(2)
    assert rating.value() is None  # moving is not choosing
    with qtbot.waitSignal(rating.changed, timeout=1000):
        qtbot.keyClick(rating.group.button(2), Qt.Key.Key_Space)
    assert rating.value() == 2
    qtbot.keyClick(rating.group.button(2), Qt.Key.Key_Right)  # once chosen, the choice follows
    assert (_focused(), rating.value()) == (rating.group.button(3), 3)
    qtbot.keyClick(rating.group.button(3), Qt.Key.Key_Left)
    assert (_focused(), rating.value()) == (rating.group.button(2), 2)
    render(host.window(), "rating_scale_keyboard")

    host.after_field.setFocus()
    qtbot.keyClick(host.after_field, Qt.Key.Key_Backtab)
    assert _focused() is rating.group.button(2)  # Shift+Tab comes back to the chosen number


def test_every_toggle_is_named_and_the_before_line_shows_only_with_text(host: _Host) -> None:
    rating = host.rating
    assert [button.accessibleName() for button in rating.group.buttons()] == [f"Mood {n}" for n in range(11)]
    assert rating.before.isHidden()
    rating.set_before("Before the session: 4")
    assert rating.before.isVisible() and rating.before.accessibleName() == "Mood: Before the session: 4"
    rating.reset()
    assert rating.before.isHidden() and rating.before.text() == ""


def test_an_optional_rating_can_be_taken_back(qtbot: QtBot) -> None:
    host = _Host(clear_text="No mood")
    area = _show(qtbot, host)
    rating, clear = host.rating, host.rating.clear_button
    assert clear is not None and clear.isHidden()  # nothing to take back yet
    qtbot.mouseClick(rating.group.button(5), Qt.MouseButton.LeftButton)
    assert rating.value() == 5 and clear.isVisible()
    with qtbot.waitSignal(rating.changed, timeout=1000):
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert rating.value() is None and clear.isHidden()
    assert _focused() is rating.group.button(5)  # focus is not lost with the hidden button
    area.close()
