"""Injected time.

Domain code never calls ``datetime.now()`` or ``time.monotonic()`` itself: it is handed a
:class:`Clock`.  Tests hand it a :class:`FakeClock` and move it forward instead of sleeping.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware (UTC)."""

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; only differences are meaningful."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start if start is not None else datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._monotonic = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        """Move both clocks forward together, as real time would."""
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds

    def jump_wall_clock(self, seconds: float) -> None:
        """Move only the wall clock (a user or NTP changing the time)."""
        self._now += timedelta(seconds=seconds)
