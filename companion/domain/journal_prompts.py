"""Writing prompts offered when starting a journal entry (``resources/prompts/journal_prompts.json``).

The file ships with the app; a malformed one is a packaging bug, so it raises RuntimeError rather than
a calm sentence. Each prompt's text is a :class:`~companion.domain.texts.Text` in the context
``JournalPrompts``: ``str()`` is the file's English, and the UI shows it with ``core_text``, which finds
its translation because every text of the file is marked in :mod:`companion.domain.journal_prompt_texts`
(``pyside6-lupdate`` cannot read JSON; a unit test keeps the file and the marks the same). An entry
stores its prompt's id, never the text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files

from companion.domain.journal_prompt_texts import PROMPT_CONTEXT
from companion.domain.texts import Text

PROMPTS_FILE = "prompts/journal_prompts.json"
_FILE_VERSION = 1


class PromptKind(StrEnum):
    INTENTION = "intention"  # before a session
    INTEGRATION = "integration"  # after a session
    NEXT_DAY = "next_day"  # the day after a session
    FREE = "free"  # any other day


@dataclass(frozen=True)
class Prompt:
    id: str
    kind: PromptKind
    text: Text  # the English of the file, in the context JournalPrompts: show it with core_text


def parse_prompts(text: str) -> tuple[Prompt, ...]:
    """Prompts from the file's JSON text; RuntimeError for anything malformed (a packaging bug)."""
    try:
        document = json.loads(text)
    except ValueError as error:
        raise RuntimeError(f"{PROMPTS_FILE} is not valid JSON: {error}") from None
    if not isinstance(document, dict) or document.get("version") != _FILE_VERSION:
        raise RuntimeError(f"{PROMPTS_FILE} must be an object with version {_FILE_VERSION}")
    items = document.get("prompts")
    if not isinstance(items, list):
        raise RuntimeError(f"{PROMPTS_FILE} must hold a list of prompts")
    prompts: list[Prompt] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, dict) or set(item) != {"id", "kind", "text"}:
            raise RuntimeError(f"every prompt in {PROMPTS_FILE} has exactly an id, a kind and a text")
        prompt_id, kind, prompt_text = item["id"], item["kind"], item["text"]
        if not isinstance(prompt_id, str) or not prompt_id or prompt_id in seen:
            raise RuntimeError(f"prompt ids in {PROMPTS_FILE} must be unique, non-empty texts")
        if kind not in set(PromptKind) or not isinstance(prompt_text, str) or not prompt_text.strip():
            raise RuntimeError(f"prompt {prompt_id} has an unknown kind or an empty text")
        seen.add(prompt_id)
        prompts.append(Prompt(prompt_id, PromptKind(kind), Text(PROMPT_CONTEXT, prompt_text.strip())))
    if {prompt.kind for prompt in prompts} != set(PromptKind):
        raise RuntimeError(f"{PROMPTS_FILE} needs at least one prompt of every kind")
    return tuple(prompts)


@cache
def load_prompts() -> tuple[Prompt, ...]:
    """Every prompt shipped with the app, in file order (read once)."""
    # As companion.resources.resource() does; named by string so the core's type check does not need
    # the resources package (installed from the top-level resources/ folder) on its path.
    return parse_prompts(files("companion.resources").joinpath(PROMPTS_FILE).read_text(encoding="utf-8"))


def prompts_for(kind: PromptKind) -> tuple[Prompt, ...]:
    return tuple(prompt for prompt in load_prompts() if prompt.kind is kind)


def prompt_by_id(prompt_id: str) -> Prompt | None:
    """The prompt with that id, or None (an entry may name a prompt a later version removed)."""
    return next((prompt for prompt in load_prompts() if prompt.id == prompt_id), None)
