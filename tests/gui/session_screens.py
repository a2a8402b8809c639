"""Walk every session-mode screen and state, and check screens by geometry, keys and pixels.

``walk_session_screens(walker)`` drives one whole session through each state the sitter and the
patient can meet, and yields ``(name, main_action)`` at each, with the state on screen.  The
layout test and the keyboard test both use it, so they look at exactly the same states.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget

from companion.domain.session_events import HelpKind
from companion.ui.session.help_panel import EMERGENCY_SIGN_PROPERTY
from companion.ui.session.session_widgets import ActionScreen
from companion.ui.theme import contrast_ratio
from tests.gui.session_helpers import SessionWalker

State = tuple[str, QPushButton | None]


def _main_action(walker: SessionWalker) -> QPushButton | None:
    page = walker.page
    if page.steps.currentWidget() is not page.mode:
        current = page.steps.currentWidget()
        buttons = [b for b in current.findChildren(QPushButton) if b.property("role") == "primary"]
        return next((b for b in buttons if b.isVisibleTo(page)), None)
    screen = page.mode.current_screen()
    return screen.main_action if isinstance(screen, ActionScreen) else None


def walk_session_screens(walker: SessionWalker) -> Iterator[State]:
    page, qtbot = walker.page, walker.qtbot
    mode = page.mode
    walker.save_plan()
    walker.stored(page.reload)
    walker.stored(page.start_view.start_button.click)
    yield "checklist", _main_action(walker)
    walker.answer_checklist(stop="fasting_food")
    yield "checklist_stop_answer", _main_action(walker)
    walker.answer_checklist(sedatives="lorazepam")
    page.checklist.continue_button.click()
    yield "vitals", _main_action(walker)
    walker.type_reading(page.vitals.form, 150, 85, 72)
    page.vitals.continue_button.click()
    yield "vitals_caution", _main_action(walker)
    page.vitals.acknowledge.setChecked(True)
    page.vitals.continue_button.click()
    page.baseline.mood.choose(5)
    page.baseline.anxiety.choose(4)
    yield "baseline", _main_action(walker)
    walker.stored(page.baseline.continue_button.click)
    yield "handover", _main_action(walker)
    walker.hand_over()
    yield "dose", _main_action(walker)
    mode.dose.stop_button.click()
    yield "stop_before_dose", _main_action(walker)
    mode.end_early.cancel_button.click()
    walker.stored(mode.dose.dose_button.click)
    walker.advance_to(7)
    yield "monitoring", _main_action(walker)
    walker.advance_to(15)
    yield "checkin_due", _main_action(walker)
    walker.advance_to(17.5)
    yield "checkin_escalation", _main_action(walker)
    walker.confirm_checkin()
    yield "checkin_confirmed", _main_action(walker)
    mode.help_button.click()
    yield "help", _main_action(walker)
    for kind in (HelpKind.EMERGENCY, HelpKind.DISTRESS, HelpKind.SITTER_GUIDANCE, HelpKind.PARAMEDICS):
        walker.stored(mode.help.section_buttons[kind].click)
        yield f"help_{kind.value}", _main_action(walker)
    walker.stored(mode.help.section_buttons[HelpKind.EMERGENCY].click)
    walker.advance_to(30)
    yield "help_with_checkin_waiting", _main_action(walker)
    mode.waiting_button.click()
    walker.confirm_checkin()
    mode.help.back_button.click()
    walker.advance_to(40)
    yield "recheck_due", _main_action(walker)
    walker.type_reading(mode.reading.form, 185, 95, 88)
    walker.stored(mode.reading.save_button.click)
    yield "urgent_reading", _main_action(walker)
    mode.urgent.back_button.click()
    walker.tick()
    yield "urgent_follow_up_pending", _main_action(walker)
    walker.advance_to(44.9)  # the 45-minute check-in opens its grace period; confirm it first
    walker.advance_to(45)
    walker.confirm_checkin()
    walker.advance_to(45.2)
    yield "follow_up_due", _main_action(walker)
    walker.type_reading(mode.reading.form, 140, 85, 76)
    walker.stored(mode.reading.save_button.click)
    mode.calm.reading_button.click()
    yield "reading_at_will", _main_action(walker)
    mode.reading.cancel_button.click()
    mode.calm.end_early_button.click()
    yield "end_early", _main_action(walker)
    mode.end_early.cancel_button.click()
    for minute in (60, 75, 90, 105, 120):
        walker.advance_to(minute)
        walker.confirm_checkin()
    yield "recovery_ready", _main_action(walker)
    walker.stored(mode.recovery_ready.start_button.click)
    yield "recovery_check", _main_action(walker)
    for question, answer in zip(mode.recovery.questions, (True, False, True), strict=True):
        question.set_value(answer)
    walker.type_reading(mode.recovery.form, 132, 82, 74)
    walker.stored(mode.recovery.finish_button.click)
    walker.tick()
    yield "recovery_failed", _main_action(walker)
    walker.advance_to(135)
    walker.confirm_checkin()
    walker.stored(mode.recovery_ready.start_button.click)
    for question in mode.recovery.questions:
        question.set_value(True)
    walker.type_reading(mode.recovery.form, 128, 80, 70)
    walker.stored(mode.recovery.finish_button.click)
    qtbot.waitUntil(lambda: page.steps.currentWidget() is page.finished)
    yield "completed", _main_action(walker)


# --- geometry -------------------------------------------------------------------------------------


def outside_viewport(widget: QWidget) -> str:
    """Why ``widget`` is not wholly on screen (clipped by a scroll area, a parent or the window)."""
    rect = widget.rect()
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        if not parent.rect().contains(rect):
            return f"{rect} is outside {type(parent).__name__} {parent.rect()}"
        if parent.isWindow():
            break
        child, parent = parent, parent.parentWidget()
    return ""


def emergency_signs(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel)
            if label.property(EMERGENCY_SIGN_PROPERTY) is True and label.isVisibleTo(root)]


# --- keyboard -------------------------------------------------------------------------------------


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


def tab_stops(root: QWidget) -> list[QWidget]:
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


def tab_cycle(start: QWidget, limit: int = 80) -> list[QWidget]:
    """Press Tab from ``start`` until focus comes back to it; the widgets focused, in order."""
    from pytestqt.qtbot import QtBot

    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited = [start]
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        QtBot.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert now is not None
        if now is start:
            return visited
        visited.append(now)
    raise AssertionError("Tab never came back to where it started")


def focus_ring_pixels(window: QWidget, widget: QWidget, elsewhere: QWidget) -> int:
    """How many pixels around ``widget`` change, by at least 3:1 contrast, when it takes focus."""
    margin = 8
    for scroll_area in _ancestors(widget, window):
        if isinstance(scroll_area, QScrollArea):
            scroll_area.ensureWidgetVisible(widget, margin, margin)
    QApplication.processEvents()
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(-margin, -margin, margin, margin)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    focused = window.grab(area).toImage()
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    unfocused = window.grab(area).toImage()
    return _contrasting_changes(focused, unfocused)


def _contrasting_changes(first: QImage, second: QImage) -> int:
    count = 0
    width, height = min(first.width(), second.width()), min(first.height(), second.height())
    strong: dict[tuple[int, int], bool] = {}
    for y in range(height):
        for x in range(width):
            a, b = first.pixel(x, y), second.pixel(x, y)
            if a == b:
                continue
            key = (a, b)
            if key not in strong:
                strong[key] = contrast_ratio(QColor(a).name(), QColor(b).name()) >= 3.0
            count += strong[key]
    return count
