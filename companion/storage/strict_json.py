"""Strict reading of small authenticated JSON documents (the key file).

One spelling for every value, so that any edit to the bytes is an edit to the meaning: duplicate
keys, NaN and Infinity, unexpected or missing fields and upper-case hex are all refused with
ValueError. Canonical JSON (sorted keys, no spaces, ASCII) is what checksums and MACs cover.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def canonical(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def without(document: Mapping[str, Any], *names: str) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key not in names}


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def loads(raw: bytes) -> Any:
    """The JSON value of UTF-8 ``raw``; ValueError (or UnicodeError, RecursionError) if not strict JSON."""
    text = raw.decode("utf-8")
    return json.loads(text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant)


def hex_field(container: Mapping[str, Any], name: str, length: int) -> bytes:
    """``container[name]`` as ``length`` bytes written in lowercase hex, or ValueError."""
    text = container[name]
    if not isinstance(text, str) or len(text) != 2 * length:
        raise ValueError(f"{name} has the wrong length")
    value = bytes.fromhex(text)
    if value.hex() != text:  # one spelling only (lowercase), so every edit changes the bytes
        raise ValueError(f"{name} is not lowercase hex")
    return value


def exact_keys(container: object, keys: frozenset[str]) -> dict[str, Any]:
    """``container`` if it is an object with exactly ``keys``, or ValueError."""
    if not isinstance(container, dict) or set(container) != keys:
        raise ValueError("unexpected fields")
    return container
