"""A session's stored reasons keep their translation parts: written, read back equal, damage refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from companion.domain.session_events import RecoveryCheckFailed, StartBlocked
from companion.domain.texts import QT_TRANSLATE_NOOP, Text, joined
from companion.storage.session_codec import SessionHistoryDamagedError, event_from_json, event_to_json
from companion.storage.text_json import StoredTextError, text_from_json, text_to_json

AT = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
SIMPLE = QT_TRANSLATE_NOOP("Session", "The patient still feels sick.")
WITH_NUMBER = QT_TRANSLATE_NOOP("Vitals", "Blood pressure %1/%2 is at or above the limit.").arg(182, 96.5)
NESTED = QT_TRANSLATE_NOOP("Checklist", "Wait %1 after eating.").arg(
    QT_TRANSLATE_NOOP("Durations", "%n hours", None, 1).counted(2))


def _parts(text: str) -> tuple[object, ...]:
    assert isinstance(text, Text)
    args = tuple(_parts(argument) if isinstance(argument, Text) else argument for argument in text.args)
    return (text.context, text.source, args, text.n)


@pytest.mark.parametrize("sentence", [SIMPLE, WITH_NUMBER, NESTED, joined([SIMPLE, WITH_NUMBER])])
def test_a_sentence_reads_back_with_its_parts_and_its_english(sentence: Text) -> None:
    back = text_from_json(json.loads(json.dumps(text_to_json(sentence))))
    assert back == str(sentence) and _parts(back) == _parts(sentence)


def test_plain_text_and_a_sentence_without_parts_stay_plain_strings() -> None:
    assert text_to_json("Something the patient typed") == "Something the patient typed"
    assert text_from_json("An old row's reason, in whatever language it was written") == (
        "An old row's reason, in whatever language it was written")
    assert text_to_json(Text("", "untranslated")) == "untranslated"


def test_events_keep_their_reasons_parts_and_read_old_rows() -> None:
    for event in (StartBlocked(at=AT, reasons=(SIMPLE, WITH_NUMBER)),
                  RecoveryCheckFailed(at=AT, reasons=(NESTED, "typed before this version"))):
        back = event_from_json(*event_to_json(event))
        assert back == event
        assert [_parts(r) if isinstance(r, Text) else r for r in back.reasons] == [  # type: ignore[attr-defined]
            _parts(r) if isinstance(r, Text) else r for r in event.reasons]
    old = '{"at":"2026-03-02T15:00:00.000000Z","reasons":["La paciente aún se siente mal."]}'
    read = event_from_json("StartBlocked", old)
    assert isinstance(read, StartBlocked) and read.reasons == ("La paciente aún se siente mal.",)


GOOD = text_to_json(WITH_NUMBER)
assert isinstance(GOOD, dict)


@pytest.mark.parametrize("damaged", [
    {**GOOD, "text": "Blood pressure 999/96.5 is at or above the limit."},  # parts that give other words
    {**GOOD, "extra": 1},
    {key: value for key, value in GOOD.items() if key != "n"},
    {**GOOD, "context": 3},
    {**GOOD, "args": "182"},
    {**GOOD, "args": [True, 96.5]},
    {**GOOD, "n": "2"},
    {**GOOD, "args": [[182], 96.5]},
    {**GOOD, "args": list(range(100))},
    17,
    None,
])
def test_a_damaged_stored_sentence_is_refused(damaged: object) -> None:
    with pytest.raises(StoredTextError):
        text_from_json(damaged)
    payload = json.dumps({"at": "2026-03-02T15:00:00.000000Z", "reasons": [damaged]})
    with pytest.raises(SessionHistoryDamagedError):
        event_from_json("StartBlocked", payload)


def test_nesting_deeper_than_any_sentence_the_app_makes_is_refused() -> None:
    deep: object = "x"
    for _ in range(6):
        deep = {"text": "x", "context": "C", "source": "%1", "args": [deep], "n": None}
    with pytest.raises(StoredTextError):
        text_from_json(deep)
