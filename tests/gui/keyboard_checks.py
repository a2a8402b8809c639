"""Keyboard checks for screens outside session mode: the Tab chain against the visual order, and a
focus indicator measured in pixels (used by the setup wizard and care-plan tests)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.theme import contrast_ratio


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make the window active, so focus (and the focus ring) is real, as for a person at the keys."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def tab_stops(root: QWidget) -> list[QWidget]:
    """Every control inside ``root`` that Tab can reach now."""
    return [w for w in root.findChildren(QWidget)
            if w.isVisibleTo(root) and w.isEnabled() and not w.objectName().startswith("qt_")
            and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value]


def tab_chain(qtbot: QtBot, start: QWidget, root: QWidget, limit: int = 200) -> list[QWidget]:
    """Press Tab from ``start``; the controls inside ``root`` that take focus, in order, once round."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    chain = [start]
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            return chain
        if root.isAncestorOf(now):
            chain.append(now)
    raise AssertionError("Tab never came back to where it started")


def _box(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def reading_order_problems(chain: list[QWidget], root: QWidget) -> list[str]:
    """Each step of ``chain`` that goes up, or left within a line, as a sentence naming both widgets."""
    problems = []
    for before, after in pairwise(chain):
        a, b = _box(before, root), _box(after, root)
        overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
        same_line = overlap > min(a.height(), b.height()) / 2
        ok = b.left() > a.left() if same_line else b.top() >= a.top() + a.height() / 2
        if not ok:
            problems.append(f"{_name(before)} -> {_name(after)}")
    return problems


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})"


def focus_ring_pixels(widget: QWidget, elsewhere: QWidget, margin: int = 6) -> int:
    """How many pixels around ``widget`` change, by a contrast of at least 3:1, when it takes focus."""
    window = widget.window()
    scroll = widget.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(widget, margin * 2, margin * 2)  # a grab shows what is on screen
        QApplication.processEvents()
    area = _box(widget, window).adjusted(-margin, -margin, margin, margin)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    focused = window.grab(area).toImage()
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    unfocused = window.grab(area).toImage()
    return _changed(focused, unfocused)


def _changed(first: QImage, second: QImage) -> int:
    count = 0
    for y in range(min(first.height(), second.height())):
        for x in range(min(first.width(), second.width())):
            a, b = first.pixel(x, y), second.pixel(x, y)
            if a != b and contrast_ratio(QColor(a).name(), QColor(b).name()) >= 3.0:
                count += 1
    return count


def perimeter(widget: QWidget) -> int:
    return 2 * (widget.width() + widget.height())
