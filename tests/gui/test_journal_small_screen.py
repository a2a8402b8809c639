"""The journal at 1024×768: found on the screenshots, its editor asked for more room than the window had, so
the tags label was drawn over the text and the mood buttons over one another. It scrolls instead now."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.domain.journal_prompts import PromptKind
from tests.gui.conftest import Render, UnlockedWindowFactory


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def test_the_editor_fits_beside_the_list_and_nothing_is_drawn_over_anything(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, render: Render
) -> None:
    window = open_unlocked_window()
    window.resize(1024, 768)
    window.main_shell().show_page("journal")
    page = window.journal_page
    assert page is not None
    page.open_new_entry(PromptKind.FREE)
    qtbot.waitUntil(lambda: page.right.currentWidget() is page.picker, timeout=10_000)
    page.picker.choose(1)  # a prompt: the longest editor, with its line above the title
    editor = page.editor
    qtbot.waitUntil(editor.is_open, timeout=10_000)
    qtbot.wait(50)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint
    assert (window.width(), window.height()) == (1024, 768)
    toggles = [_rect(button, window) for button in editor.mood.group.buttons()]
    assert all(not a.intersects(b) for i, a in enumerate(toggles) for b in toggles[i + 1:])
    assert all(toggle.width() >= button.minimumWidth()
               for toggle, button in zip(toggles, editor.mood.group.buttons(), strict=True))
    body, tags = _rect(editor.body, window), _rect(editor.tags, window)
    assert not body.intersects(tags) and body.bottom() < tags.top()
    assert editor.save_button.isVisibleTo(window)
    render(window, "journal_editor_1024x768")
