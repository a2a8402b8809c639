"""SIGTERM, SIGINT and SIGHUP (a logout, a shutdown, ``kill``) quit the app the way closing it does.

A Python signal handler runs only when the interpreter gets control, which it may not while Qt waits
for events. So the handlers here do nothing themselves: ``signal.set_wakeup_fd`` makes the C-level
handler write the signal's number to one end of a socket pair, a ``QSocketNotifier`` on the other
end wakes the event loop, and the quit runs on the GUI thread like any other slot.

The quit is ``QCoreApplication.exit(0)``, never ``quit()``: in Qt 6 ``quit()`` first sends every
window a close event, and the patient's window then asks "a session is in progress — keep open?",
which no one is there to answer at a logout. ``exit`` leaves the loop; ``aboutToQuit`` and
``run_until_quit`` then shut the window down as after a close: the journal draft is saved, the vault
locked (its database closed), and a session in progress is not ended (it resumes at the next unlock).
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal, Slot

QUIT_EXIT_CODE = 0


def quit_signal_numbers() -> tuple[signal.Signals, ...]:
    """The signals that mean "the user or the system wants the app to go": SIGHUP only on POSIX."""
    numbers = [signal.SIGTERM, signal.SIGINT]
    hangup = getattr(signal, "SIGHUP", None)
    if isinstance(hangup, signal.Signals):
        numbers.append(hangup)
    return tuple(numbers)


def _wake_only(_number: int, _frame: FrameType | None) -> None:
    """The Python-level handler: the wake-up byte already carries the news, so nothing to do."""


class QuitSignalWatcher(QObject):
    """Turns the quit signals into ``quit_requested`` on the GUI thread; ``uninstall`` undoes it all."""

    quit_requested = Signal(int)  # the signal's number

    def __init__(self, on_quit: Callable[[], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_quit = on_quit if on_quit is not None else _exit_application
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_handlers: dict[signal.Signals, object] = {}
        self._previous_wakeup_fd = -1
        self._installed = False
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.setEnabled(False)
        self._notifier.activated.connect(self._on_notifier_activated)

    def install(self) -> None:
        """Catch the quit signals from now on (call on the main thread, with the application made)."""
        if self._installed:
            return
        self._previous_wakeup_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in quit_signal_numbers():
            self._previous_handlers[number] = signal.signal(number, _wake_only)
        self._notifier.setEnabled(True)
        self._installed = True

    def uninstall(self) -> None:
        """Give the signals back to whoever had them, and close the socket pair."""
        if self._installed:
            self._notifier.setEnabled(False)
            for number, previous in self._previous_handlers.items():
                signal.signal(number, previous)  # type: ignore[arg-type]  # as signal.signal returned it
            self._previous_handlers.clear()
            signal.set_wakeup_fd(self._previous_wakeup_fd)
            self._installed = False
        self._reader.close()
        self._writer.close()

    @Slot()
    def _on_notifier_activated(self) -> None:
        try:
            received = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        numbers = [number for number in received if number in quit_signal_numbers()]
        if numbers:
            self.quit_requested.emit(numbers[0])
            self._on_quit()


def _exit_application() -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.exit(QUIT_EXIT_CODE)


def install_quit_signals(
    app: QCoreApplication, on_quit: Callable[[], None] | None = None
) -> QuitSignalWatcher:
    """Install a watcher owned by ``app``; the caller uninstalls it once the window is shut down
    (not at ``aboutToQuit``: a second SIGTERM during the shutdown must not kill the process half-way)."""
    watcher = QuitSignalWatcher(on_quit, parent=app)
    watcher.install()
    return watcher
