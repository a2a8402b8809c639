"""The journal prompts are shown in the app's language: in the prompt picker and above the entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from companion.domain.journal_prompts import PromptKind, load_prompts, prompt_by_id, prompts_for
from companion.ui.journal.journal_editor import JournalEditor
from companion.ui.journal.prompt_picker import PromptPicker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SPANISH = {
    "free.blank": "Escriba lo que quiera.",
    "free.today": "¿Qué pasó hoy que le gustaría recordar?",
    "integration.first": "¿Qué es lo primero que recuerda de la sesión?",
}


def test_every_prompt_has_a_spanish_translation(ui_language: str) -> None:
    for prompt in load_prompts():
        shown = QCoreApplication.translate(prompt.text.context, prompt.text.source)
        if ui_language == "es":
            assert shown and shown != prompt.text.english(), prompt.id
        else:
            assert shown == prompt.text.english()


def test_the_picker_shows_the_prompts_in_the_apps_language(qtbot: QtBot, ui_language: str) -> None:
    picker = PromptPicker()
    qtbot.addWidget(picker)
    for kind in PromptKind:
        picker.show_prompts(kind)
        rows = [picker.prompt_list.item(row) for row in range(picker.prompt_list.count())]
        english = [prompt.text.english() for prompt in prompts_for(kind)]
        texts = [item.text() for item in rows]
        assert [item.data(Qt.ItemDataRole.AccessibleTextRole) for item in rows] == texts
        if ui_language == "es":
            assert all(text != source for text, source in zip(texts, english, strict=True)), texts
        else:
            assert texts == english
    picker.show_prompts(PromptKind.FREE)
    first = picker.prompt_list.item(0).text()
    assert first == (SPANISH["free.blank"] if ui_language == "es" else "Write whatever you like.")


@pytest.mark.parametrize("prompt_id", sorted(SPANISH))
def test_the_editor_shows_its_prompt_in_the_apps_language(
        qtbot: QtBot, ui_language: str, prompt_id: str) -> None:
    editor = JournalEditor()
    qtbot.addWidget(editor)
    prompt = prompt_by_id(prompt_id)
    assert prompt is not None
    editor.open_new(prompt=prompt)
    expected = SPANISH[prompt_id] if ui_language == "es" else prompt.text.english()
    assert editor.prompt_label.text() == expected
    assert not editor.prompt_label.isHidden()
