"""Needs-attention flags on Today: open ones with "Discussed with my clinician", discussed ones kept below.

A flag is never removed by the patient: marking it discussed only moves it to the quieter list with the
date it was discussed (the export still shows it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.domain.flags import Severity
from companion.ui.core_text import core_text
from companion.ui.formatting import day_text, severity_text
from companion.ui.i18n import translate
from companion.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from companion.storage.attention import FlagView


def _label(text: str, parent: QWidget, *, role: str = "", bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class FlagRow(QFrame):
    """One flag: how soon, what, when; a button while open, the discussed date once discussed."""

    discussed_requested = Signal(str)  # the flag's key
    session_requested = Signal(int)  # the session the flag is about

    def __init__(self, view: FlagView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        flag = view.flag
        self.key = flag.key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "flag")
        title = core_text(flag.title)  # the engine's rule title, marked in its own context
        heading = f"{severity_text(flag.severity)} · {title}"
        self.heading = _label(heading, self, bold=True,
                              role="error" if flag.severity is Severity.URGENT and view.is_open else "")
        self.text = _label(core_text(flag.text), self)  # the engine's sentence, with its numbers
        raised = translate("Today", "Recorded %1").replace("%1", day_text(flag.raised_at))
        self.discussed_button: QPushButton | None = None
        self.status: QLabel
        if view.discussed_at is None:
            self.status = _label(raised, self, role="muted")
            self.discussed_button = QPushButton(translate("Today", "Discussed with my clinician"), self)
            self.discussed_button.setAccessibleName(
                translate("Today", "Mark as discussed with my clinician: %1").replace("%1", title))
            self.discussed_button.clicked.connect(lambda: self.discussed_requested.emit(self.key))
        else:
            self.status = _label(
                translate("Today", "%1 · Discussed with your clinician on %2")
                .replace("%1", raised).replace("%2", day_text(view.discussed_at)),
                self, role="muted")
        self.session_button: QPushButton | None = None
        if view.session_id is not None:
            session_id = view.session_id
            self.session_button = QPushButton(translate("Today", "See the session"), self)
            self.session_button.setAccessibleName(
                translate("Today", "See the session this is about: %1").replace("%1", title))
            self.session_button.clicked.connect(lambda: self.session_requested.emit(session_id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.status)
        # The buttons wrap under one another rather than widen the page (200 % text, small screen).
        buttons = FlowLayout(spacing=8)
        for button in (self.session_button, self.discussed_button):
            if button is not None:
                buttons.addWidget(button)
        layout.addLayout(buttons)

    @property
    def is_discussed(self) -> bool:
        return self.discussed_button is None

    def set_busy(self, busy: bool) -> None:
        if self.discussed_button is not None:
            self.discussed_button.setEnabled(not busy)


class FlagList(QWidget):
    """Open flags first (most severe, then newest, as the engine orders them), then discussed ones."""

    discussed_requested = Signal(str)
    session_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FlagRow] = []
        self.summary = _label("", self, role="muted")
        self.discussed_heading = _label(translate("Today", "Already discussed"), self, bold=True)
        self._open_box = QVBoxLayout()
        self._open_box.setSpacing(8)
        self._discussed_box = QVBoxLayout()
        self._discussed_box.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addLayout(self._open_box)
        layout.addWidget(self.discussed_heading)
        layout.addLayout(self._discussed_box)
        self.show_flags(())

    def show_flags(self, views: Sequence[FlagView]) -> None:
        self.clear()
        open_views = [view for view in views if view.is_open]
        discussed = [view for view in views if not view.is_open]
        if not open_views:
            self.summary.setText(translate("Today", "Nothing needs attention right now."))
        elif len(open_views) == 1:
            self.summary.setText(translate("Today", "One thing to mention to your clinician."))
        else:
            count = len(open_views)
            self.summary.setText(self.tr("%n things to mention to your clinician.", "", count))
        for view in open_views:
            self._add(view, self._open_box)
        self.discussed_heading.setVisible(bool(discussed))
        for view in discussed:
            self._add(view, self._discussed_box)

    def _add(self, view: FlagView, box: QVBoxLayout) -> None:
        row = FlagRow(view, self)
        row.discussed_requested.connect(self.discussed_requested)
        row.session_requested.connect(self.session_requested)
        box.addWidget(row)
        self.rows.append(row)

    def row_for(self, key: str) -> FlagRow:
        return next(row for row in self.rows if row.key == key)

    def set_busy(self, busy: bool) -> None:
        for row in self.rows:
            row.set_busy(busy)

    def clear(self) -> None:
        for row in self.rows:
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.summary.setText("")
        self.discussed_heading.hide()
