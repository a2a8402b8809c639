"""A core sentence (:class:`~companion.domain.texts.Text`) stored as JSON, so it reads back translatable.

A session's stored reasons (why a start was blocked, why the recovery check did not pass) are shown
again later, on resuming and in the record, in whatever language the app speaks then. Stored as plain
text they stayed in the language of the day they were written; stored as their context, English source
and arguments they are translated when shown, and their English (``"text"``, also what ``str()`` gives)
stays readable in the row. A plain string (what older versions stored) reads back as it is.
"""

from __future__ import annotations

from typing import Any

from companion.domain.texts import Text

_KEYS = {"text", "context", "source", "args", "n"}
_MAX_DEPTH = 4  # a reason inside a sentence inside a joined list is 3
_MAX_ARGS = 99


class StoredTextError(ValueError):
    """A stored sentence that is not one this module writes."""


def text_to_json(value: object) -> object:
    """A JSON value for ``value``: a sentence with a context or arguments as an object, else its text."""
    if isinstance(value, Text) and (value.context or value.args):
        return {"text": str(value), "context": value.context, "source": value.source,
                "args": [_argument_to_json(argument) for argument in value.args], "n": value.n}
    return str(value)


def _argument_to_json(value: object) -> object:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value  # a number stays a number: it is written the reader's way when shown
    return text_to_json(value)


def text_from_json(value: object) -> str:
    """The sentence :func:`text_to_json` wrote (a plain string as it is); StoredTextError otherwise."""
    decoded = _decode(value, 0)
    if not isinstance(decoded, str):
        raise StoredTextError("a sentence is text")
    return decoded


def _decode(value: object, depth: int) -> object:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and depth > 0:
        return value
    if not isinstance(value, dict) or set(value) != _KEYS or depth >= _MAX_DEPTH:
        raise StoredTextError("not a stored sentence")
    stored: dict[str, Any] = value
    context, source, args, n = stored["context"], stored["source"], stored["args"], stored["n"]
    if not (isinstance(context, str) and isinstance(source, str) and isinstance(args, list)
            and len(args) <= _MAX_ARGS and (n is None or (isinstance(n, int) and not isinstance(n, bool)))):
        raise StoredTextError("not a stored sentence")
    text = Text(context, source, tuple(_decode(argument, depth + 1) for argument in args), n)
    if str(text) != stored["text"]:  # the English written beside it: the parts must give it again
        raise StoredTextError("a stored sentence does not match its parts")
    return text
