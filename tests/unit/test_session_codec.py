"""Session events to JSON and back: exact round trips; anything damaged is a calm StorageError."""

from __future__ import annotations

import inspect
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain import session_events
from companion.domain.session_events import (
    Abandoned,
    BpRechecked,
    CheckinConfirmed,
    CheckinMissed,
    ChecklistPassed,
    ChecklistStarted,
    Completed,
    DoseTaken,
    EndedEarly,
    HelpKind,
    HelpUsed,
    MonitoringStarted,
    RecoveredAfterEnd,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SessionEvent,
    SitterHandedOver,
    StartBlocked,
    hash_sitter_code,
)
from companion.storage.errors import StorageError
from companion.storage.session_codec import (
    EVENT_TYPES,
    SessionHistoryDamagedError,
    event_from_json,
    event_to_json,
    format_time,
    parse_time,
)

CODE_HASH = hash_sitter_code("4821", salt=bytes(16))

# Aware datetimes in assorted zones (the events normalise them to UTC), microseconds included.
zones = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-7, minutes=-30))])
times = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=zones
)
texts = st.text(min_size=1, max_size=40).filter(lambda text: text.strip() != "")
reasons = st.lists(texts, min_size=1, max_size=3).map(tuple)
vital = st.integers(min_value=1, max_value=400)

EVENT_STRATEGIES: dict[type[SessionEvent], st.SearchStrategy[SessionEvent]] = {
    ChecklistStarted: st.builds(ChecklistStarted, at=times),
    StartBlocked: st.builds(StartBlocked, at=times, reasons=reasons),
    ChecklistPassed: st.builds(ChecklistPassed, at=times, cautions_acknowledged=st.lists(texts).map(tuple)),
    SitterHandedOver: st.builds(
        SitterHandedOver, at=times, sitter_name=texts, relationship=st.text(max_size=20),
        phone=st.text(max_size=20), code_hash=st.sampled_from([None, CODE_HASH]),
    ),
    DoseTaken: st.builds(DoseTaken, at=times),
    MonitoringStarted: st.builds(MonitoringStarted, at=times),
    CheckinConfirmed: st.builds(CheckinConfirmed, at=times, due_at=times, all_well=st.booleans()),
    CheckinMissed: st.builds(CheckinMissed, at=times, due_at=times),
    BpRechecked: st.builds(BpRechecked, at=times, systolic=vital, diastolic=vital, heart_rate=vital),
    HelpUsed: st.builds(HelpUsed, at=times, kind=st.sampled_from(list(HelpKind))),
    RecoveryCheckStarted: st.builds(RecoveryCheckStarted, at=times),
    RecoveryCheckFailed: st.builds(RecoveryCheckFailed, at=times, reasons=reasons),
    RecoveredAfterEnd: st.one_of(
        st.builds(RecoveredAfterEnd, at=times),
        st.builds(RecoveredAfterEnd, at=times, systolic=vital, diastolic=vital, heart_rate=vital),
    ),
    Completed: st.one_of(
        st.builds(Completed, at=times),
        st.builds(Completed, at=times, systolic=vital, diastolic=vital, heart_rate=vital),
    ),
    EndedEarly: st.builds(EndedEarly, at=times, reason=texts),
    Abandoned: st.builds(Abandoned, at=times, reason=texts),
}
any_event = st.one_of(*EVENT_STRATEGIES.values())


def test_every_event_class_has_a_codec_entry_and_a_strategy() -> None:
    defined = {
        cls
        for _, cls in inspect.getmembers(session_events, inspect.isclass)
        if issubclass(cls, SessionEvent) and cls is not SessionEvent
    }
    assert set(EVENT_TYPES.values()) == defined
    assert set(EVENT_STRATEGIES) == defined


@settings(max_examples=300, deadline=None)
@given(any_event)
def test_every_event_round_trips_exactly(event: SessionEvent) -> None:
    type_name, payload = event_to_json(event)
    assert type_name == type(event).__name__
    back = event_from_json(type_name, payload)
    assert back == event
    assert type(back) is type(event)
    assert back.at.tzinfo is UTC
    assert back.at.microsecond == event.at.microsecond
    assert event_to_json(back) == (type_name, payload)  # stable text too


def test_times_keep_microseconds_and_come_back_in_utc() -> None:
    local = datetime(2026, 3, 29, 1, 59, 59, 999_999, tzinfo=timezone(timedelta(hours=1)))
    text = format_time(local)
    assert text == "2026-03-29T00:59:59.999999+00:00"
    assert parse_time(text) == local
    assert parse_time(text).tzinfo is UTC
    assert format_time(datetime(2026, 1, 1, tzinfo=UTC)) == "2026-01-01T00:00:00.000000+00:00"
    with pytest.raises(ValueError, match="timezone-aware"):
        format_time(datetime(2026, 1, 1))  # naive: refused


def test_a_field_added_later_with_a_default_still_reads_old_rows() -> None:
    payload = json.dumps({"at": "2026-01-01T10:00:00.000000+00:00"})
    expected = ChecklistPassed(at=datetime(2026, 1, 1, 10, tzinfo=UTC))
    assert event_from_json("ChecklistPassed", payload) == expected


AT = "2026-01-01T10:16:00.000000+00:00"
GOOD_CHECKIN = {"at": "2026-01-01T10:16:00.000000+00:00", "due_at": "2026-01-01T10:15:00.000000+00:00",
                "all_well": True}


@pytest.mark.parametrize(
    ("type_name", "payload"),
    [
        ("NoSuchEvent", json.dumps(GOOD_CHECKIN)),
        ("", "{}"),
        ("CheckinConfirmed", "not json"),
        ("CheckinConfirmed", ""),
        ("CheckinConfirmed", "[1, 2]"),
        ("CheckinConfirmed", "null"),
        ("CheckinConfirmed", json.dumps({**GOOD_CHECKIN, "extra": 1})),
        ("CheckinConfirmed", json.dumps({k: v for k, v in GOOD_CHECKIN.items() if k != "due_at"})),
        ("CheckinConfirmed", json.dumps({**GOOD_CHECKIN, "all_well": 1})),
        ("CheckinConfirmed", json.dumps({**GOOD_CHECKIN, "all_well": "yes"})),
        ("CheckinConfirmed", json.dumps({**GOOD_CHECKIN, "due_at": "2026-01-01T10:15:00"})),  # naive
        ("CheckinConfirmed", json.dumps({**GOOD_CHECKIN, "due_at": "yesterday"})),
        ("CheckinConfirmed", json.dumps({**GOOD_CHECKIN, "due_at": 1767262500})),
        ("BpRechecked", json.dumps({"at": AT, "systolic": True, "diastolic": 80, "heart_rate": 70})),
        ("BpRechecked", json.dumps({"at": AT, "systolic": 120.5, "diastolic": 80, "heart_rate": 70})),
        ("BpRechecked", json.dumps({"at": AT, "systolic": -5, "diastolic": 80, "heart_rate": 70})),
        ("HelpUsed", json.dumps({"at": AT, "kind": "party"})),
        ("EndedEarly", json.dumps({"at": AT, "reason": "   "})),
        ("EndedEarly", json.dumps({"at": AT, "reason": None})),
        ("StartBlocked", json.dumps({"at": AT, "reasons": []})),
        ("StartBlocked", json.dumps({"at": AT, "reasons": "high"})),
        ("StartBlocked", json.dumps({"at": AT, "reasons": [3]})),
        ("Completed", json.dumps({"at": AT, "systolic": 120})),  # half the vitals
        ("SitterHandedOver", json.dumps({"at": AT, "sitter_name": "Sam", "code_hash": "1234"})),
        ("CheckinConfirmed", "[" * 100_000),
    ],
)
def test_damaged_rows_raise_a_calm_storage_error(type_name: str, payload: str) -> None:
    with pytest.raises(SessionHistoryDamagedError) as caught:
        event_from_json(type_name, payload)
    assert isinstance(caught.value, StorageError)
    message = str(caught.value)
    assert "session history is damaged" in message
    assert "Sam" not in message and "1234" not in message and "party" not in message


def test_the_sitter_code_is_stored_only_as_its_hash() -> None:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    event = SitterHandedOver(at=at, sitter_name="Sam (partner)", code_hash=CODE_HASH)
    _, payload = event_to_json(event)
    assert "4821" not in payload
    assert json.loads(payload)["code_hash"] == CODE_HASH
