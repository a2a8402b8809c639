"""The shipped journal prompts: every kind has a handful, ids are unique, the file is checked."""

from __future__ import annotations

import json

import pytest

from companion.domain.journal_prompts import (
    PROMPTS_FILE,
    Prompt,
    PromptKind,
    load_prompts,
    parse_prompts,
    prompt_by_id,
    prompts_for,
)
from companion.resources import resource


def test_every_kind_has_about_eight_prompts() -> None:
    for kind in PromptKind:
        prompts = prompts_for(kind)
        assert 6 <= len(prompts) <= 12, kind
        assert all(prompt.kind is kind for prompt in prompts)


def test_ids_are_unique_and_found_by_id() -> None:
    prompts = load_prompts()
    assert len({prompt.id for prompt in prompts}) == len(prompts)
    for prompt in prompts:
        assert prompt_by_id(prompt.id) is prompt
    assert prompt_by_id("no.such.prompt") is None


def test_texts_are_short_calm_and_not_clinical() -> None:
    words = ("diagnos", "symptom", "patient", "dose", "medication", "disorder", "must", "should")
    for prompt in load_prompts():
        assert 10 <= len(prompt.text) <= 120, prompt.id
        assert prompt.text == prompt.text.strip() and "!" not in prompt.text
        assert not any(word in prompt.text.lower() for word in words), prompt.id


def test_load_prompts_is_cached() -> None:
    assert load_prompts() is load_prompts()


def test_the_file_ships_as_package_data() -> None:
    assert resource(PROMPTS_FILE).is_file()


def _document(prompts: list[object], version: int = 1) -> str:
    return json.dumps({"version": version, "prompts": prompts})


def _all_kinds() -> list[object]:
    return [{"id": f"{kind.value}.a", "kind": kind.value, "text": "Write."} for kind in PromptKind]


def test_parse_prompts_reads_a_good_file() -> None:
    prompts = parse_prompts(_document(_all_kinds()))
    assert prompts[0] == Prompt("intention.a", PromptKind.INTENTION, "Write.")


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        _document(_all_kinds(), version=2),
        json.dumps({"version": 1}),
        _document([*_all_kinds(), _all_kinds()[0]]),  # a duplicate id
        _document([*_all_kinds(), {"id": "x", "kind": "other", "text": "Write."}]),
        _document([*_all_kinds(), {"id": "x", "kind": "free", "text": "  "}]),
        _document([*_all_kinds(), {"id": "x", "kind": "free", "text": "Write.", "extra": 1}]),
        _document(_all_kinds()[:-1]),  # a kind with no prompt
    ],
)
def test_parse_prompts_refuses_a_malformed_file(text: str) -> None:
    with pytest.raises(RuntimeError):
        parse_prompts(text)
