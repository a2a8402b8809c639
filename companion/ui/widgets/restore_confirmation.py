"""The one question asked before a backup replaces the vault."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from companion.ui.i18n import translate

# (parent, question, details) -> True to go ahead; injectable so tests need no modal dialog.
RestoreConfirmer = Callable[[QWidget, str, str], bool]


def ask_to_confirm_restore(
    parent: QWidget, question: str, details: str, *, restore_by_default: bool = False
) -> bool:
    """Ask "Restore …?" with Restore and Cancel; Escape always cancels.

    Return picks Cancel unless ``restore_by_default``: restoring over a working vault should take a
    deliberate click, while after damage restoring is the way forward.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, "companion", question, QMessageBox.StandardButton.NoButton, parent
    )
    box.setInformativeText(details)
    restore = box.addButton(translate("RestoreConfirmation", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore if restore_by_default else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is restore


def ask_to_confirm_restore_after_damage(parent: QWidget, question: str, details: str) -> bool:
    return ask_to_confirm_restore(parent, question, details, restore_by_default=True)
