"""Settings' "Signing key" group: the fingerprint the patient reads to their clinician once.

Shown exactly as ``ssh-keygen -l -f patient.pub`` prints it (``256 SHA256:… companion (ED25519)``),
in a fixed-width font so that l and I, 0 and O differ when read aloud, and wrapping inside the long
token at large text sizes instead of being cut off. Read on the database thread (the signing key
lives in the open vault); forgotten on lock.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from companion.storage.errors import StorageError
from companion.storage.sshsig import fingerprint_line
from companion.ui.scaled_fonts import scale_font

if TYPE_CHECKING:
    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController


def _signing_key_fingerprint(vault: OpenVault) -> str:
    """Database thread: the signing key's fingerprint, exactly as ``ssh-keygen -l`` prints it."""
    return fingerprint_line(vault.signer.public_key)


def _breakable(fingerprint: str) -> str:
    """``fingerprint`` with zero-width break chances in its long token: large text wraps, never clips."""
    words = fingerprint.split(" ")
    return " ".join("\u200b".join(word[i : i + 8] for i in range(0, len(word), 8)) for word in words)


class SigningKeyPanel(QGroupBox):
    """The signing key's fingerprint, read when shown or unlocked, cleared on lock."""

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Signing key"), parent)
        self._controller = controller
        self._fingerprint = ""
        self._generation = 0
        self._pending = False
        explanation = QLabel(
            self.tr(
                "Every export is signed with a key that only this vault holds. Read this fingerprint "
                "to your clinician once, so they can check that later exports come from you, unchanged."
            ),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setProperty("role", "muted")
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setWordWrap(True)  # not selectable: a copy would carry the break chances
        self.fingerprint_label.setAccessibleName(self.tr("Your signing key's fingerprint"))
        fixed = QFont(self.fingerprint_label.font())
        fixed.setFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
        self.fingerprint_label.setFont(fixed)
        scale_font(self.fingerprint_label, 1.0)  # keeps the family, follows the text size
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.fingerprint_label)
        controller.unlocked.connect(self.refresh)

    def fingerprint(self) -> str:
        """The fingerprint shown, exactly as ``ssh-keygen -l -f patient.pub`` prints it ("" until read)."""
        return self._fingerprint

    def refresh(self) -> None:
        """Read the fingerprint on the database thread, unless it is shown or on its way."""
        if self._pending or self.fingerprint_label.text() or not self._controller.is_unlocked():
            return
        self._pending = True
        generation = self._generation

        def deliver(result: object) -> None:  # success and failure alike; dropped after a lock
            if Shiboken.isValid(self) and generation == self._generation:
                self._on_fingerprint_read(result)

        self._controller.run_in_database(_signing_key_fingerprint, deliver, deliver)

    def clear_content(self) -> None:
        """On lock: forget the fingerprint and any answer still on its way."""
        self._generation += 1
        self._pending = False
        self._fingerprint = ""
        self.fingerprint_label.clear()
        self.fingerprint_label.setAccessibleDescription("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_fingerprint_read(self, result: object) -> None:
        self._pending = False
        if isinstance(result, str):
            self._fingerprint = result
            self.fingerprint_label.setText(_breakable(result))
            self.fingerprint_label.setAccessibleDescription(result)
        elif isinstance(result, StorageError):  # the unlock could not load the key: its sentence
            self.fingerprint_label.setText(str(result))
        elif isinstance(result, BaseException):  # a bug: the crash dialog
            sys.excepthook(type(result), result, result.__traceback__)
