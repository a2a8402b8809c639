"""Display and behaviour preferences, each declared once.

A preference is declared here with its key, type, default, allowed values and a
description; everything else (the preferences file, the settings screen) reads these
declarations instead of repeating them.  Preferences hold no personal content: they are
read before the vault is unlocked (theme, text size, language) and stored unencrypted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

T = TypeVar("T", int, str, bool)


@dataclass(frozen=True)
class Preference(Generic[T]):
    """One setting: what it is called, what it may hold, and what it holds by default."""

    key: str
    value_type: type[T]
    default: T
    description: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[T, ...] | None = None

    def __post_init__(self) -> None:
        # A declaration whose own default is refused would be a programming error.
        self.validate(self.default)

    def validate(self, raw: object) -> T:
        """Return ``raw`` if it is an allowed value, else raise ValueError."""
        # bool is a subclass of int; a JSON ``true`` must not pass as 1 minute.
        if not isinstance(raw, self.value_type) or type(raw) is not self.value_type:
            raise ValueError(f"{self.key}: expected {self.value_type.__name__}")
        value = raw
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.key}: not one of the allowed values")
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"{self.key}: below {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"{self.key}: above {self.maximum}")
        return value


IDLE_LOCK_MINUTES: Preference[int] = Preference(
    key="idle_lock_minutes",
    value_type=int,
    default=5,
    minimum=1,
    maximum=60,
    description="Lock the vault after this many minutes without keyboard or mouse input.",
)

THEME: Preference[str] = Preference(
    key="theme",
    value_type=str,
    default="light",
    choices=("light", "dark", "high_contrast"),
    description="Colour theme of the whole application.",
)

TEXT_SCALE: Preference[int] = Preference(
    key="text_scale",
    value_type=int,
    default=100,
    choices=(100, 125, 150, 200),
    description="Text size as a percentage of the system's normal size.",
)

# "system" follows the computer's language (English when companion does not have it); the others are
# language codes with a translation catalogue, companion_<code>.qm (English is the source language).
LANGUAGE: Preference[str] = Preference(
    key="language",
    value_type=str,
    default="system",
    choices=("system", "en", "es"),
    description="Language of the text, numbers, dates and times; \"system\" follows the computer's.",
)

DIAGNOSTIC_LOG: Preference[bool] = Preference(
    key="diagnostic_log",
    value_type=bool,
    default=False,
    description="Write a local log of event names (never content) to help report a problem.",
)

ALL_PREFERENCES: tuple[Preference[int] | Preference[str] | Preference[bool], ...] = (
    IDLE_LOCK_MINUTES,
    THEME,
    TEXT_SCALE,
    LANGUAGE,
    DIAGNOSTIC_LOG,
)


class Preferences:
    """An immutable set of preference values; every key always holds an allowed value."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, object] | None = None) -> None:
        """Take allowed values from ``values``; anything missing or refused falls back to its default.

        Unknown keys are dropped.  Falling back per key means one damaged entry never costs the others.
        """
        values = values or {}
        accepted: dict[str, object] = {}
        for preference in ALL_PREFERENCES:
            raw = values.get(preference.key, preference.default)
            try:
                accepted[preference.key] = preference.validate(raw)
            except ValueError:
                accepted[preference.key] = preference.default
        self._values = accepted

    def get(self, preference: Preference[T]) -> T:
        return cast(T, self._values[preference.key])

    def with_value(self, preference: Preference[T], value: T) -> Preferences:
        """A copy with one value changed; ValueError if the value is not allowed."""
        changed = dict(self._values)
        changed[preference.key] = preference.validate(value)
        return Preferences(changed)

    def to_mapping(self) -> dict[str, object]:
        """Plain JSON-ready values, one per declared preference."""
        return dict(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Preferences) and self._values == other._values

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, repr(v)) for k, v in self._values.items())))

    def __repr__(self) -> str:
        return f"Preferences({self._values!r})"
