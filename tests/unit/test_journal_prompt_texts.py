"""The journal prompts' texts are marked for translation: each text of the JSON file has exactly one
``QT_TRANSLATE_NOOP("JournalPrompts", …)`` in the code, every such mark is a text of the file (so the two
cannot drift apart), and a prompt's text is a ``Text`` in that context whose English is the file's."""

from __future__ import annotations

import ast
import json
from collections import Counter
from pathlib import Path

import companion
from companion.domain.journal_prompt_texts import PROMPT_CONTEXT, PROMPT_TEXTS
from companion.domain.journal_prompts import PROMPTS_FILE, load_prompts, parse_prompts
from companion.domain.texts import Text
from companion.resources import resource

PACKAGE = Path(companion.__file__).resolve().parent


def _file_texts() -> list[str]:
    document = json.loads(resource(PROMPTS_FILE).read_text(encoding="utf-8"))
    return [item["text"].strip() for item in document["prompts"]]


def _marks() -> Counter[str]:
    """The source of every ``QT_TRANSLATE_NOOP("JournalPrompts", "…")`` under companion/, counted."""
    found: Counter[str] = Counter()
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP" and len(node.args) >= 2
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value == PROMPT_CONTEXT):
                source = node.args[1]
                assert isinstance(source, ast.Constant) and isinstance(source.value, str), (
                    f"{path}:{node.lineno}: a prompt is marked with a string literal")
                found[source.value] += 1
    return found


def test_every_prompt_of_the_file_is_marked_exactly_once() -> None:
    marks = _marks()
    texts = _file_texts()
    assert len(texts) == 32
    unmarked = [text for text in texts if marks[text] == 0]
    assert not unmarked, "add to companion/domain/journal_prompt_texts.py:\n" + "\n".join(unmarked)
    twice = [text for text, count in marks.items() if count > 1]
    assert not twice, "\n".join(twice)


def test_every_mark_is_a_prompt_of_the_file() -> None:
    stale = sorted(set(_marks()) - set(_file_texts()))
    assert not stale, "marked, but no longer a prompt of the file:\n" + "\n".join(stale)


def test_the_marks_table_holds_the_files_texts_in_order() -> None:
    assert [text.english() for text in PROMPT_TEXTS] == _file_texts()
    assert {text.context for text in PROMPT_TEXTS} == {PROMPT_CONTEXT}


def test_a_prompts_text_is_a_translatable_text_whose_english_is_the_files() -> None:
    for prompt, english in zip(load_prompts(), _file_texts(), strict=True):
        assert isinstance(prompt.text, Text)
        assert (prompt.text.context, prompt.text.source, prompt.text.args) == (PROMPT_CONTEXT, english, ())
        assert str(prompt.text) == prompt.text.english() == english
        assert type(str(prompt.text)) is str


def test_parse_prompts_strips_the_text_before_it_becomes_the_source() -> None:
    kinds = ("intention", "integration", "next_day", "free")
    document = json.dumps({"version": 1, "prompts": [
        {"id": f"{kind}.a", "kind": kind, "text": "  Write.  "} for kind in kinds]})
    text = parse_prompts(document)[0].text
    assert (text.context, text.source, str(text)) == (PROMPT_CONTEXT, "Write.", "Write.")
