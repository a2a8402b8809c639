"""Guards against known defects of the Qt binding that would take the app down mid-session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Emitter(QObject):
    fired = Signal()


def test_emitting_a_signal_does_not_leak_a_reference_to_true(qapp: QApplication) -> None:
    # PySide6 6.12.0 returned True from Signal.emit() without a reference: every emit (the session
    # timer emits every second) wore True's count down until the interpreter aborted.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.fired.emit()
    assert sys.getrefcount(True) >= before - 5
