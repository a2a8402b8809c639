"""A mouse wheel scrolls the page, not the value of a number or list the pointer happens to pass over.

Qt gives a spin box, date edit or combo box every wheel event over it, focused or not: scrolling down a
long form with the wheel changed whatever field passed under the pointer — in the care-plan form, a
fasting time went from 0.5 to 0 hours with nothing on screen saying so. Guarded, such a control takes
the wheel only once it has focus (clicked or tabbed to, so the person is looking at it); otherwise the
event goes to the scroll area around it, and the page scrolls as it would over plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)  # the page around it scrolls
        return True


_GUARD: _WheelGuard | None = None


def guard_wheel(*controls: QWidget) -> None:
    """Let ``controls`` take the wheel only while focused; the wheel no longer gives them focus either."""
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard(QCoreApplication.instance())
    for control in controls:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        control.installEventFilter(_GUARD)
