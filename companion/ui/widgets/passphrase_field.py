"""A passphrase input: hidden by default, with a keyboard-reachable show/hide button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class PassphraseField(QWidget):
    """A password-mode line edit plus a "Show" toggle.

    The toggle is a real button (in the tab order), not an icon inside the field, so it
    works without a mouse.  ``wipe()`` empties the field, its undo history and hides it again.
    """

    text_changed = Signal(str)
    return_pressed = Signal()
    revealed_changed = Signal(bool)

    def __init__(
        self, accessible_name: str, *, show_toggle: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.line_edit.setAccessibleName(accessible_name)
        self.line_edit.setTextMargins(6, 4, 6, 4)  # a larger target; grows with the text size
        self.line_edit.textChanged.connect(self.text_changed)
        self.line_edit.returnPressed.connect(self.return_pressed)

        self.toggle_button = QPushButton(self.tr("Show"), self)
        self.toggle_button.setCheckable(True)
        self.toggle_button.setAutoDefault(False)
        self.toggle_button.setAccessibleName(self.tr("Show passphrase"))
        self.toggle_button.toggled.connect(self.set_revealed)
        # A field without its own toggle keeps the space, so stacked fields line up.
        policy = self.toggle_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.toggle_button.setSizePolicy(policy)
        self.toggle_button.setVisible(show_toggle)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.toggle_button)
        self.setFocusProxy(self.line_edit)

    def text(self) -> str:
        return self.line_edit.text()

    def is_revealed(self) -> bool:
        return self.line_edit.echoMode() == QLineEdit.EchoMode.Normal

    def set_revealed(self, revealed: bool) -> None:
        """Show the typed text (to check it) or hide it again."""
        if revealed == self.is_revealed():
            return
        mode = QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        self.line_edit.setEchoMode(mode)
        self.toggle_button.blockSignals(True)
        self.toggle_button.setChecked(revealed)
        self.toggle_button.blockSignals(False)
        self.toggle_button.setText(self.tr("Hide") if revealed else self.tr("Show"))
        self.toggle_button.setAccessibleName(
            self.tr("Hide passphrase") if revealed else self.tr("Show passphrase")
        )
        self.revealed_changed.emit(revealed)

    def wipe(self) -> None:
        """Empty the field; setText (unlike clear) also drops the undo history."""
        self.line_edit.setText("")
        self.line_edit.setModified(False)
        self.set_revealed(False)
