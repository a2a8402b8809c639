"""Scrolling a long form with the mouse wheel scrolls it; it never changes the value under the pointer.

Found walking setup by hand: wheeling down the care-plan form turned the fluid fast from 0.5 to 0 hours.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.care_plan import CarePlan
from companion.ui.care_plan.care_plan_form import CarePlanForm
from companion.ui.widgets.scroll_area import make_scroll_area


def _wheel(widget: QWidget, steps: int) -> None:
    """``steps`` notches of the wheel over ``widget``: negative is down (towards the end of the page)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_field_scrolls_the_form_and_changes_nothing(qtbot: QtBot) -> None:
    form = CarePlanForm()
    form.set_plan(CarePlan())
    area = make_scroll_area(form)
    qtbot.addWidget(area)
    area.resize(700, 400)
    area.show()
    qtbot.waitExposed(area)
    fluids = form.findChild(QDoubleSpinBox, "fasting_liquids_hours")
    route = form.findChild(QComboBox, "route")
    assert fluids is not None and route is not None
    area.ensureWidgetVisible(fluids)
    before, bar = fluids.value(), area.verticalScrollBar()
    scrolled_from = bar.value()
    assert before == 0.5 and not fluids.hasFocus()
    assert scrolled_from > 0  # room to scroll up
    _wheel(fluids, 1)
    assert fluids.value() == before  # the value under the pointer is what it was
    assert bar.value() < scrolled_from  # and the form scrolled instead
    route_before = route.currentIndex()
    area.ensureWidgetVisible(route)
    _wheel(route, -1)
    assert route.currentIndex() == route_before
    assert fluids.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not give it focus

    fluids.setFocus()  # clicked or tabbed to: the person is looking at it, and the wheel works as usual
    qtbot.waitUntil(fluids.hasFocus)
    _wheel(fluids, -1)
    assert fluids.value() < before
