"""Typed access to the JSON of a verified bundle: every value checked as it is read.

The bundle was signed by the patient's key, so it is what the patient's app wrote — but a desk must
not crash on a bundle from a newer (or buggy) app: a missing element or a value of the wrong type
raises :class:`ExportContentError` with one sentence, never a KeyError or TypeError.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, TypeVar, cast

from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.export.fhir_common import APP_CODE_SYSTEM

Json = Mapping[str, Any]
_T = TypeVar("_T")


class ExportContentError(ValueError):
    """A verified export whose content this desk cannot read; ``str()`` is one sentence."""


def content_error(what: str) -> ExportContentError:
    # ``what`` names FHIR structure for whoever debugs the bundle: left in English
    return ExportContentError(QT_TRANSLATE_NOOP(
        "DeskErrors", "This export's FHIR bundle cannot be read by this desk: %1.").arg(what))


def _is(value: object, kind: type[Any]) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, kind)


def optional(resource: Json, name: str, kind: type[_T]) -> _T | None:
    """``resource[name]`` when present; ExportContentError when it is of another type."""
    value = resource.get(name)
    if value is None:
        return None
    if not _is(value, kind):
        raise content_error(f"{name} is not a {kind.__name__}")
    return cast(_T, value)


def required(resource: Json, name: str, kind: type[_T]) -> _T:
    value = optional(resource, name, kind)
    if value is None:
        raise content_error(f"a {resource.get('resourceType', 'part')} has no {name}")
    return value


def obj(resource: Json, name: str) -> Json:
    """``resource[name]`` as an object ({} when absent)."""
    return optional(resource, name, dict) or {}


def objects(resource: Json, name: str) -> Iterator[Json]:
    """The objects of the list ``resource[name]`` (none when absent)."""
    for item in optional(resource, name, list) or []:
        if not isinstance(item, dict):
            raise content_error(f"an item of {name} is not an object")
        yield item


def first(resource: Json, name: str) -> Json:
    """The first object of the list ``resource[name]`` ({} when absent or empty)."""
    return next(objects(resource, name), {})


def when(text: str | None) -> datetime | None:
    """A FHIR dateTime with its UTC offset (as the app writes every time)."""
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise content_error(f"{text[:40]!r} is not a date and time") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise content_error(f"{text[:40]!r} has no UTC offset")
    return moment


def required_when(resource: Json, name: str) -> datetime:
    moment = when(required(resource, name, str))
    assert moment is not None
    return moment


def code_of(concept: Json, system: str = APP_CODE_SYSTEM) -> str | None:
    """The code of ``system`` in a CodeableConcept, if it has one."""
    for coding in objects(concept, "coding"):
        if coding.get("system") == system:
            return optional(coding, "code", str)
    return None


def quantity_value(resource: Json, name: str = "valueQuantity") -> float | None:
    return optional(obj(resource, name), "value", float)


def whole(value: float | None) -> int | None:
    """A quantity the app writes as a whole number (minutes, mmHg, %)."""
    if value is None:
        return None
    if value != int(value):
        raise content_error(f"{value} is not a whole number")
    return int(value)


def reference(resource: Json, name: str) -> str | None:
    return optional(obj(resource, name), "reference", str)


def components(resource: Json) -> dict[str, list[Json]]:
    """An Observation's components by their app code (a code may repeat: other-medicine-category)."""
    found: dict[str, list[Json]] = {}
    for component in objects(resource, "component"):
        code = code_of(obj(component, "code"))
        if code is not None:
            found.setdefault(code, []).append(component)
    return found
