"""Session events to and from the ``session_events`` table: a type name and a JSON payload.

The type is the event's class name; the payload holds every field, ``at`` included. Datetimes are
written as ISO 8601 UTC with microseconds (:func:`format_time`), so an event read back is equal to the
one written; a reason that is a core sentence keeps its translation context and arguments
(:mod:`companion.storage.text_json`), so it is shown in the reader's language. Reading is strict: an
unknown type, a missing or unknown field, or a value of the wrong kind means the stored history is
damaged, reported as :class:`SessionHistoryDamagedError` and never as a crash or a silently different
event.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import MISSING, fields
from datetime import UTC, datetime
from typing import Any

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
)
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.errors import StorageError
from companion.storage.text_json import StoredTextError, text_from_json, text_to_json

EVENT_TYPES: Mapping[str, type[SessionEvent]] = {
    cls.__name__: cls
    for cls in (
        ChecklistStarted,
        StartBlocked,
        ChecklistPassed,
        SitterHandedOver,
        DoseTaken,
        MonitoringStarted,
        CheckinConfirmed,
        CheckinMissed,
        BpRechecked,
        HelpUsed,
        RecoveryCheckStarted,
        RecoveryCheckFailed,
        Completed,
        EndedEarly,
        Abandoned,
        RecoveredAfterEnd,
    )
}


class SessionHistoryDamagedError(StorageError):
    """A stored session could not be read back; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "The stored session history is damaged and could not be read, so nothing was changed; "
            "restoring a recent backup may bring it back.",
        ))


def format_time(value: datetime) -> str:
    """An aware datetime as fixed-width ISO 8601 UTC with microseconds (sorts as text)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("only timezone-aware times are stored")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(text: object) -> datetime:
    """The inverse of :func:`format_time`; anything else is damage."""
    if not isinstance(text, str):
        raise SessionHistoryDamagedError()
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise SessionHistoryDamagedError() from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise SessionHistoryDamagedError()
    return value.astimezone(UTC)


# -- field kinds, named by the annotation text (the events module uses postponed annotations) ----


def _encode_value(value: object) -> object:
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, HelpKind):
        return value.value
    if isinstance(value, tuple):  # reasons: a core sentence keeps its parts, to be translated when shown
        return [text_to_json(item) if isinstance(item, str) else item for item in value]
    return value


def _decode_str(value: object) -> str:
    if not isinstance(value, str):
        raise SessionHistoryDamagedError()
    return value


def _decode_optional_str(value: object) -> str | None:
    return None if value is None else _decode_str(value)


def _decode_bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise SessionHistoryDamagedError()
    return value


def _decode_optional_bool(value: object) -> bool | None:
    return None if value is None else _decode_bool(value)


def _decode_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SessionHistoryDamagedError()
    return value


def _decode_optional_int(value: object) -> int | None:
    return None if value is None else _decode_int(value)


def _decode_texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise SessionHistoryDamagedError()
    try:
        return tuple(text_from_json(item) for item in value)
    except (StoredTextError, RecursionError):
        raise SessionHistoryDamagedError() from None


def _decode_help_kind(value: object) -> HelpKind:
    try:
        return HelpKind(_decode_str(value))
    except ValueError:
        raise SessionHistoryDamagedError() from None


_DECODERS: Mapping[str, Callable[[object], object]] = {
    "datetime": parse_time,
    "str": _decode_str,
    "str | None": _decode_optional_str,
    "bool": _decode_bool,
    "bool | None": _decode_optional_bool,
    "int": _decode_int,
    "int | None": _decode_optional_int,
    "tuple[str, ...]": _decode_texts,
    "HelpKind": _decode_help_kind,
}


def event_to_json(event: SessionEvent) -> tuple[str, str]:
    """``(type, payload_json)`` for one event."""
    name = type(event).__name__
    if EVENT_TYPES.get(name) is not type(event):
        raise TypeError(f"{name} is not a known session event")
    payload = {field.name: _encode_value(getattr(event, field.name)) for field in fields(event)}
    return name, json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_from_json(type_name: str, payload_json: str) -> SessionEvent:
    """The event written by :func:`event_to_json`; SessionHistoryDamagedError for anything else."""
    cls = EVENT_TYPES.get(type_name)
    if cls is None:
        raise SessionHistoryDamagedError()
    try:
        payload = json.loads(payload_json)
    except (TypeError, ValueError, RecursionError):
        raise SessionHistoryDamagedError() from None
    if not isinstance(payload, dict):
        raise SessionHistoryDamagedError()
    known = {field.name: field for field in fields(cls)}
    if any(key not in known for key in payload):
        raise SessionHistoryDamagedError()
    values: dict[str, Any] = {}
    for name, field in known.items():
        if name not in payload:
            if field.default is MISSING:
                raise SessionHistoryDamagedError()
            continue  # a field added later with a default: older rows still read
        decoder = _DECODERS.get(str(field.type))
        if decoder is None:  # an event field kind this codec does not know: a bug, caught by the tests
            raise TypeError(f"no decoder for {cls.__name__}.{name}: {field.type}")
        values[name] = decoder(payload[name])
    try:
        return cls(**values)
    except (TypeError, ValueError):
        raise SessionHistoryDamagedError() from None
