"""Every session screen fits a small screen at large text (issue 9, findings 1, 2 and 10).

The whole session is walked at 1024×768 and 1280×720, at 100 % and 200 % text, in the light and
the high-contrast theme, in English and in Spanish (which runs about 25 % longer; issue 13). At
every state the window may not ask to be larger than the screen, and the screen's main action and
every emergency sign must be wholly inside the visible viewport, not below the fold of a scroll
area or cut off at the window's edge. Each state is rendered to
tests/artifacts/layout_<language>_<size>_<text>_<theme>_<state>.png to be looked at.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.domain.clock import FakeClock
from companion.domain.preferences import LANGUAGE, TEXT_SCALE, THEME, Preferences
from companion.paths import DataPaths
from companion.storage.preferences_file import PreferencesFile
from companion.ui.session.chime import RecordingChime
from tests.gui.conftest import Render, UnlockedWindowFactory
from tests.gui.english_left import english_left
from tests.gui.session_helpers import SessionWalker
from tests.gui.session_screens import emergency_signs, outside_viewport, settle_layouts, walk_session_screens

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZES = ((1024, 768), (1280, 720))


def open_session_window(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, data_paths: DataPaths, fake_clock: FakeClock,
    render: Render, *, size: tuple[int, int], text_scale: int, theme: str, language: str = "en",
) -> SessionWalker:
    """The window in ``language`` (install it first: the ``ui_language`` fixture), saved as the preference
    so the window keeps it."""
    data_paths.base.mkdir(parents=True, exist_ok=True)
    PreferencesFile(data_paths.preferences_file).save(
        Preferences().with_value(THEME, theme).with_value(TEXT_SCALE, text_scale)
        .with_value(LANGUAGE, language))
    window = open_unlocked_window()
    window.confirm_close_during_session = lambda _parent: True
    window.full_screen_in_session = False  # the test is the screen: it sizes the window itself
    window.resize(*size)
    walker = SessionWalker(qtbot, window, fake_clock, render)
    walker.page.mode.chime = RecordingChime()
    assert window.shell is not None
    window.shell.show_page("session")
    return walker


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("text_scale", [100, 200])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_session_screen_fits(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, data_paths: DataPaths, fake_clock: FakeClock,
    render: Render, size: tuple[int, int], text_scale: int, theme: str, ui_language: str,
) -> None:
    walker = open_session_window(qtbot, open_unlocked_window, data_paths, fake_clock, render, size=size,
                                 text_scale=text_scale, theme=theme, language=ui_language)
    window = walker.window
    problems: list[str] = []
    visited = 0
    for name, main_action in walk_session_screens(walker):
        visited += 1
        qtbot.wait(1)
        settle_layouts()
        hint = window.minimumSizeHint()
        if hint.width() > size[0] or hint.height() > size[1]:
            problems.append(f"{name}: the window asks for at least {hint.width()}×{hint.height()}")
        if (window.width(), window.height()) != size:
            problems.append(f"{name}: the window grew to {window.width()}×{window.height()}")
        if main_action is None:
            problems.append(f"{name}: no main action on screen")
        else:
            where = outside_viewport(main_action)
            if where or not main_action.isVisibleTo(window):
                problems.append(f"{name}: main action {main_action.text()!r} not on screen: {where}")
        page = walker.page
        if page.in_session_mode():
            where = outside_viewport(page.mode.help_button)
            if where or not page.mode.help_button.isVisibleTo(window):
                problems.append(f"{name}: the Help button is not on screen: {where}")
        for sign in emergency_signs(window):
            where = outside_viewport(sign)
            if where:
                problems.append(f"{name}: emergency sign {sign.text()!r} not on screen: {where}")
        for label in window.findChildren(QLabel):
            if label.isVisibleTo(window) and label.wordWrap() and label.text():
                needed = label.heightForWidth(label.width())
                if label.height() < needed - 1:
                    problems.append(f"{name}: text cut off at the bottom ({label.height()} of {needed} "
                                    f"pixels): {label.text()[:60]!r}")
        if ui_language != "en":
            problems.extend(f"{name}: English left: {where}" for where in english_left(window, ui_language))
        render(window, f"layout_{ui_language}_{size[0]}x{size[1]}_{text_scale}_{theme}_{name}")
    assert visited >= 25
    assert not problems, "\n".join(problems)
