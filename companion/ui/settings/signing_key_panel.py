"""Settings' "Signing keys" group: the fingerprint the patient reads to their clinician once, and the
clinicians' keys the patient confirmed.

The patient's own is shown exactly as ``ssh-keygen -l -f patient.pub`` prints it
(``256 SHA256:… companion (ED25519)``), in a fixed-width font so that l and I, 0 and O differ when read
aloud, and wrapping inside the long token at large text sizes instead of being cut off. Below it, each
clinician key the patient confirmed on importing a signed care plan (issue 11): whose, its fingerprint
and when. Read on the database thread (the keys live in the open vault); forgotten on lock.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from companion.services.care_plan_actions import confirmed_clinician_keys
from companion.storage.errors import StorageError
from companion.storage.sshsig import fingerprint_line
from companion.ui.formatting import day_text
from companion.ui.scaled_fonts import scale_fixed_width_font, scale_font

if TYPE_CHECKING:
    from companion.storage.clinician_keys import ClinicianKey
    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController


def _keys(vault: OpenVault) -> tuple[str, list[ClinicianKey]]:
    """Database thread: the signing key's fingerprint, exactly as ``ssh-keygen -l`` prints it, and the
    clinicians' keys the patient confirmed."""
    return fingerprint_line(vault.signer.public_key), confirmed_clinician_keys(vault)


def _breakable(fingerprint: str) -> str:
    """``fingerprint`` with zero-width break chances in its long token: large text wraps, never clips."""
    words = fingerprint.split(" ")
    return " ".join("\u200b".join(word[i : i + 8] for i in range(0, len(word), 8)) for word in words)


class SigningKeyPanel(QGroupBox):
    """The signing key's fingerprint, read when shown or unlocked, cleared on lock."""

    def __init__(self, controller: VaultController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Signing keys"), parent)
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
        scale_fixed_width_font(self.fingerprint_label, 1.0)
        clinicians_heading = QLabel(self.tr("Your clinicians' keys"), self)
        scale_font(clinicians_heading, 1.0, bold=True)
        self.clinician_keys_note = QLabel(self)
        self.clinician_keys_note.setWordWrap(True)
        self.clinician_keys_note.setProperty("role", "muted")
        self.clinician_keys_box = QWidget(self)
        self._clinician_keys_layout = QVBoxLayout(self.clinician_keys_box)
        self._clinician_keys_layout.setContentsMargins(0, 0, 0, 0)
        self._clinician_key_labels: list[QLabel] = []
        own_heading = QLabel(self.tr("Your key"), self)
        scale_font(own_heading, 1.0, bold=True)
        layout = QVBoxLayout(self)
        layout.addWidget(own_heading)
        layout.addWidget(explanation)
        layout.addWidget(self.fingerprint_label)
        layout.addSpacing(8)
        layout.addWidget(clinicians_heading)
        layout.addWidget(self.clinician_keys_note)
        layout.addWidget(self.clinician_keys_box)
        controller.unlocked.connect(self.refresh)

    def fingerprint(self) -> str:
        """The fingerprint shown, exactly as ``ssh-keygen -l -f patient.pub`` prints it ("" until read)."""
        return self._fingerprint

    def clinician_keys(self) -> list[str]:
        """Each confirmed clinician key as shown: "name, confirmed date: fingerprint" (empty until read)."""
        return [label.accessibleDescription() for label in self._clinician_key_labels[::2]]

    def reload(self) -> None:
        """Read again (a care plan was imported: a key may have been confirmed); an older read on its
        way is dropped, since it may have been made before the key was remembered."""
        self._generation += 1
        self._pending = False
        self.fingerprint_label.clear()
        self.refresh()

    def refresh(self) -> None:
        """Read the keys on the database thread, unless they are shown or on their way."""
        if self._pending or self.fingerprint_label.text() or not self._controller.is_unlocked():
            return
        self._pending = True
        generation = self._generation

        def deliver(result: object) -> None:  # success and failure alike; dropped after a lock
            if Shiboken.isValid(self) and generation == self._generation:
                self._on_fingerprint_read(result)

        self._controller.run_in_database(_keys, deliver, deliver)

    def clear_content(self) -> None:
        """On lock: forget the fingerprint and any answer still on its way."""
        self._generation += 1
        self._pending = False
        self._fingerprint = ""
        self.fingerprint_label.clear()
        self.fingerprint_label.setAccessibleDescription("")
        self._show_clinician_keys(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_fingerprint_read(self, result: object) -> None:
        self._pending = False
        if isinstance(result, tuple):
            fingerprint, keys = result
            self._fingerprint = fingerprint
            self.fingerprint_label.setText(_breakable(fingerprint))
            self.fingerprint_label.setAccessibleDescription(fingerprint)
            self._show_clinician_keys(keys)
        elif isinstance(result, StorageError):  # the unlock could not load the key: its sentence
            self.fingerprint_label.setText(str(result))
        elif isinstance(result, BaseException):  # a bug: the crash dialog
            sys.excepthook(type(result), result, result.__traceback__)

    def _show_clinician_keys(self, keys: list[ClinicianKey] | None) -> None:
        """One line per confirmed key; ``None``: not read (locked), so nothing at all."""
        for label in self._clinician_key_labels:
            label.deleteLater()
        self._clinician_key_labels = []
        if keys is None:
            self.clinician_keys_note.clear()
            return
        self.clinician_keys_note.setText(
            self.tr("Care plans signed with these keys are recognised. You confirmed each one with your "
                    "clinician.") if keys else
            self.tr("None yet. The first time you import a care plan your clinician signed, you check its "
                    "fingerprint with them, and the key is remembered here."))
        for key in keys:
            name = QLabel(self.clinician_keys_box)
            name.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from the clinician's file
            name.setWordWrap(True)
            name.setText(self.tr("%1, confirmed %2").replace("%1", key.signer_name)
                         .replace("%2", day_text(key.confirmed_at)))
            name.setAccessibleDescription(f"{name.text()}: {key.fingerprint}")
            fingerprint = QLabel(_breakable(key.fingerprint), self.clinician_keys_box)
            fingerprint.setWordWrap(True)
            scale_fixed_width_font(fingerprint, 1.0)
            for label in (name, fingerprint):
                self._clinician_keys_layout.addWidget(label)
            self._clinician_key_labels += [name, fingerprint]
