"""Keyboard checks: the Tab chain against the visual order, and a focus indicator measured in pixels
(the setup wizard, the care-plan form and every session screen use them)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget
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
    strong: dict[tuple[int, int], bool] = {}  # a ring is a few colours: judge each pair once
    for y in range(min(first.height(), second.height())):
        for x in range(min(first.width(), second.width())):
            a, b = first.pixel(x, y), second.pixel(x, y)
            if a == b:
                continue
            if (a, b) not in strong:
                strong[(a, b)] = contrast_ratio(QColor(a).name(), QColor(b).name()) >= 3.0
            count += strong[(a, b)]
    return count


def perimeter(widget: QWidget) -> int:
    return 2 * (widget.width() + widget.height())


# --- the visual order, scroll areas read whole (session mode) ---


def _reading_order(widgets: list[QWidget], frame: QWidget) -> list[QWidget]:
    """Rows top to bottom, each row left to right, by position in ``frame``; two widgets share a
    row when they overlap vertically by at least half the smaller height."""
    placed = sorted(((w.mapTo(frame, QPoint(0, 0)), w) for w in widgets), key=lambda p: (p[0].y(), p[0].x()))
    rows: list[list[tuple[QPoint, QWidget]]] = []
    for point, widget in placed:
        if rows:
            top, height = rows[-1][0][0].y(), min(w.height() for _, w in rows[-1])
            if point.y() < top + max(1, min(height, widget.height()) // 2):
                rows[-1].append((point, widget))
                continue
        rows.append([(point, widget)])
    return [w for row in rows for _, w in sorted(row, key=lambda p: p[0].x())]


def visual_order(widgets: list[QWidget], root: QWidget) -> list[QWidget]:
    """Reading order on screen, with a scroll area's content read where the scroll area is (all of
    it, also what is scrolled out of sight), whatever its scroll position."""
    blocks: dict[int, tuple[QWidget, list[QWidget]]] = {}
    for widget in widgets:
        area = next((a for a in _ancestors(widget, root) if isinstance(a, QScrollArea)), None)
        block = widget if area is None else area
        blocks.setdefault(id(block), (block, []))[1].append(widget)
    ordered: list[QWidget] = []
    for block in _reading_order([b for b, _ in blocks.values()], root):
        members = blocks[id(block)][1]
        inner = block.widget() if isinstance(block, QScrollArea) else None
        ordered.extend(members if inner is None else _reading_order(members, inner))
    return ordered


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    """From the outermost ancestor below ``root`` inwards."""
    chain: list[QWidget] = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        chain.append(parent)
        parent = parent.parentWidget()
    return list(reversed(chain))


def visual_tab_stops(root: QWidget) -> list[QWidget]:
    """Every control inside ``root`` that Tab can reach, in visual order.

    The buttons of an exclusive group (the 0–10 scales) are one stop, as Qt makes them: arrow keys
    move inside the group.
    """
    candidates = [w for w in root.findChildren(QWidget)
                  if w.isVisibleTo(root) and w.isEnabled()
                  and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
                  and not w.objectName().startswith("qt_")]
    ordered = visual_order(candidates, root)
    stops: list[QWidget] = []
    seen_groups: set[int] = set()
    for widget in ordered:
        group = widget.group() if isinstance(widget, QPushButton) else None
        if group is not None and group.exclusive():
            if id(group) in seen_groups:
                continue
            seen_groups.add(id(group))
        stops.append(widget)
    return stops


def stop_key(widget: QWidget) -> int:
    group = widget.group() if isinstance(widget, QPushButton) else None
    return id(group) if group is not None and group.exclusive() else id(widget)
