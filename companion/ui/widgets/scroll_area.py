"""One way to put a page's content in a scroll area, and Page Up / Page Down for it.

Every scrolling page of the app is built the same way: the content resizes with the area, there is
no frame, and the area itself takes no focus (the controls inside do; a page that holds only text
scrolls with Page Up / Page Down through :func:`scroll_by_page`).  The options are the few ways the
pages really differ.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

_PAGE_KEYS = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}


def make_scroll_area(
    content: QWidget,
    parent: QWidget | None = None,
    *,
    accessible_name: str = "",
    horizontal_bar: bool = False,
    takes_focus: bool = False,
    framed: bool = False,
    column_width: int | None = None,
    centred: bool = False,
    side_margin: int = 0,
) -> QScrollArea:
    """``content`` in a vertically scrolling area that resizes it.

    - ``horizontal_bar``: a horizontal scroll bar when the content is wider than the area (off: the
      content wraps to the area's width instead);
    - ``takes_focus``: the area is a Tab stop of its own and scrolls with the arrow keys — for a
      page with nothing focusable inside (charts, read-only text);
    - ``framed``: the style's frame around the area (a scroll area inside a tab);
    - ``column_width``: the content at most this wide, left aligned (``centred``: in the middle),
      the rest of a wide window empty; ``side_margin`` px on both sides of the column.
    """
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    if not framed:
        area.setFrameShape(QFrame.Shape.NoFrame)
    if not takes_focus:
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside take focus, not the frame
    if not horizontal_bar:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if accessible_name:
        area.setAccessibleName(accessible_name)
    if column_width is not None:
        content.setMaximumWidth(column_width)
        holder = QWidget(area)
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(side_margin, 0, side_margin, 0)
        if centred:
            holder_layout.addStretch(1)
        holder_layout.addWidget(content, 100)  # up to ``column_width``; the rest stays empty
        holder_layout.addStretch(1)
        content = holder
    area.setWidget(content)
    return area


def scroll_by_page(area: QScrollArea, event: QKeyEvent) -> bool:
    """Page Up / Page Down scroll ``area`` from wherever focus is; True when ``event`` was one of them.

    For a ``keyPressEvent`` of the page around an area that takes no focus: a keyboard user could
    otherwise not read what is below the fold.
    """
    step = _PAGE_KEYS.get(Qt.Key(event.key()))
    if step is None:
        return False
    bar = area.verticalScrollBar()
    bar.setValue(bar.value() + step * bar.pageStep())
    event.accept()
    return True
