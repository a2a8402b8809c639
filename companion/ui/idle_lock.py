"""Lock after a stretch with no keyboard, mouse or touch input.

An application-wide event filter stamps the last input with the injected clock's
monotonic time; a QTimer only *checks* ``clock.monotonic() - last_input`` against the
limit, so the lock time never depends on how often the timer fired (tests move a
FakeClock and fire the timer).  ``set_inhibited(True)`` suspends it, e.g. during an
active session where the screen must stay open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QInputEvent, QInputMethodEvent

from companion.domain.clock import Clock

DEFAULT_CHECK_INTERVAL_MS = 5_000

_INPUT_EVENT_NAMES = (
    "KeyPress",
    "KeyRelease",
    "MouseButtonPress",
    "MouseButtonRelease",
    "MouseButtonDblClick",
    "MouseMove",
    "Wheel",
    "TouchBegin",
    "TouchUpdate",
    "TabletPress",
    "TabletMove",
    "InputMethod",
)


def _input_event_types() -> frozenset[QEvent.Type]:
    # Built on first arm, not at import: QEvent.Type is a large enum and the cold start counts.
    return frozenset(getattr(QEvent.Type, name) for name in _INPUT_EVENT_NAMES)


class IdleLock(QObject):
    """Emits ``idle_timed_out`` once the user has been away for ``minutes`` while armed."""

    idle_timed_out = Signal()

    def __init__(
        self,
        clock: Clock,
        minutes: int,
        *,
        check_interval_ms: int = DEFAULT_CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = minutes
        self._inhibited = False
        self._armed = False
        self._last_input = clock.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._filter_installed = False
        self._input_events: frozenset[QEvent.Type] = frozenset()

    @property
    def minutes(self) -> int:
        return self._minutes

    def set_minutes(self, minutes: int) -> None:
        self._minutes = minutes

    def set_inhibited(self, inhibited: bool) -> None:
        """Suspend (True) or resume (False) idle locking; resuming starts a fresh idle period."""
        if self._inhibited and not inhibited:
            self.record_input()
        self._inhibited = inhibited

    def is_inhibited(self) -> bool:
        return self._inhibited

    def arm(self) -> None:
        """Start watching (the vault was unlocked)."""
        if not self._input_events:
            self._input_events = _input_event_types()
        if not self._filter_installed:
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
                self._filter_installed = True
        self.record_input()
        self._armed = True
        self.timer.start()

    def disarm(self) -> None:
        """Stop watching (the vault is locked; nothing left to protect)."""
        self._armed = False
        self.timer.stop()
        if self._filter_installed:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._filter_installed = False
        self._input_events = frozenset()

    def is_armed(self) -> bool:
        return self._armed

    def record_input(self) -> None:
        self._last_input = self._clock.monotonic()

    def idle_seconds(self) -> float:
        return self._clock.monotonic() - self._last_input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event in the app: a class test, then one set lookup (see return_key: type()
        # on a non-input event may build a Python enum).
        if isinstance(event, QInputEvent | QInputMethodEvent) and event.type() in self._input_events:
            self._last_input = self._clock.monotonic()
        return False

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.check()

    def check(self) -> bool:
        """Emit ``idle_timed_out`` (and disarm) if the limit has passed; True if it did."""
        if not self._armed or self._inhibited:
            return False
        if self.idle_seconds() < self._minutes * 60:
            return False
        self.disarm()
        self.idle_timed_out.emit()
        return True
