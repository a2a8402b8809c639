"""Closing the window during a session: a large, dark question whose safe answer is the default.

Closing never ends the session (it resumes on the next unlock, and check-ins that fall due meanwhile
are recorded as missed), but a sitter who closes it by mistake loses the chime and the Help button,
so "Keep companion open" is the big default and Escape keeps it open too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from companion.ui.theme import palette_for
from companion.ui.widgets.session_widgets import (
    SESSION_MODE_STYLE,
    SessionButton,
    apply_session_fonts,
    make_heading,
    make_label,
)


class CloseDuringSessionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A session is in progress"))
        self.setModal(True)
        body = QWidget(self)
        body.setObjectName("sessionMode")
        body.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        body.setStyleSheet(SESSION_MODE_STYLE)
        body.setPalette(palette_for("high_contrast"))
        heading = make_heading(self.tr("A session is in progress"), body)
        text = make_label(self.tr(
            "Closing companion does not end the session, but the chime, the check-ins and the Help button "
            "stop until it is opened again, and check-ins that fall due meanwhile are recorded as missed."),
            body)
        self.keep_button = SessionButton(self.tr("Keep companion open"), body, role="primary")
        self.close_button = SessionButton(self.tr("Close anyway"), body)
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(16)
        column.addWidget(heading)
        column.addWidget(text)
        column.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(body)
        apply_session_fonts(body)
        self.setMinimumWidth(640)
        self.keep_button.setFocus()


def ask_close_during_session(parent: QWidget) -> bool:
    """True only when the user chose "Close anyway"."""
    dialog = CloseDuringSessionDialog(parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
