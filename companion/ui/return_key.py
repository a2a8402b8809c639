"""Return (or Enter) on a focused push button presses it, everywhere in the app.

Qt presses a focused button on Return only when it is a dialog's button or marked
auto-default; everywhere else the key is silently dropped, so a keyboard user on Today or
in Settings pressed Return on a button and nothing happened (issue 9, finding 11).  One
event filter, installed once, fixes that for every button.

It acts last, never first: only when a Return that nobody handled reaches the top-level
window (a key event travels from the focused widget up through its parents until one
accepts it).  So it watches windows, not the application: it is installed on a window when
focus first enters it.  An application-wide Python filter would have every event of every
widget wrapped for Python, which on the first window alone cost 25 ms of every start.  Text
fields, combo boxes, lists, a page that gives Return its own meaning
(the questionnaires, the guided pages' main action) and buttons that already take Return
(auto-default or default ones, as in session mode) keep theirs; in a dialog with a default
button, Return still presses that button, as Qt intends.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ALLOWED_MODIFIERS = Qt.KeyboardModifier.KeypadModifier  # Enter on the number pad
_OBJECT_NAME = "companionReturnKeyFilter"


class ReturnPressesButtonFilter(QObject):
    """The application event filter; see the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_OBJECT_NAME)

    @Slot(QWidget, QWidget)
    def watch_window_of(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Focus moved to ``new``: watch its window (installing again only moves the filter first)."""
        if new is not None:
            new.window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of a watched window: the class test first, it costs least.
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        window = watched
        if not isinstance(window, QWidget):
            return False
        if not window.isWindow():
            return False  # not yet at the top: someone below may still take it
        if event.key() not in _RETURN_KEYS or event.modifiers() & ~_ALLOWED_MODIFIERS:
            return False
        button = QApplication.focusWidget()
        if not isinstance(button, QPushButton) or button.window() is not window:
            return False
        if button.autoDefault() or button.isDefault() or button.menu() is not None:
            return False  # Qt already pressed it (or opens its menu)
        if not (button.isEnabled() and button.isVisible()):
            return False
        if isinstance(window, QDialog) and _has_default_button(window):
            return False  # the dialog presses its default button, as Qt intends
        if not event.isAutoRepeat():  # holding Return down must not press the button again and again
            button.animateClick()
        return True


def _has_default_button(dialog: QDialog) -> bool:
    return any(button.isDefault() and button.isVisible() for button in dialog.findChildren(QPushButton))


def install_return_key_filter(app: QCoreApplication) -> ReturnPressesButtonFilter:
    """Install the filter on ``app`` once; calling again returns the one already installed."""
    existing = app.findChild(ReturnPressesButtonFilter, _OBJECT_NAME)
    if isinstance(existing, ReturnPressesButtonFilter):
        return existing
    key_filter = ReturnPressesButtonFilter(app)
    if isinstance(app, QApplication):
        app.focusChanged.connect(key_filter.watch_window_of)
        focused = app.focusWidget()
        if focused is not None:
            focused.window().installEventFilter(key_filter)
    return key_filter
