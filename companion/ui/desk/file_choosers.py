"""Choosing an export (a folder or a .zip) or a patient's key file, and where a signed care plan goes:
the system's file dialogs.

No one file dialog picks a folder or a file alike, so each kind has its own question. Tests give the
main view a chooser of their own instead (anything with these four methods).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QWidget

from companion.ui.i18n import translate


class FileChooser(Protocol):
    def export_folder(self, parent: QWidget) -> Path | None: ...

    def export_zip(self, parent: QWidget) -> Path | None: ...

    def public_key(self, parent: QWidget) -> Path | None: ...

    def care_plan_file(self, parent: QWidget, suggested_name: str) -> Path | None: ...


class DialogFileChooser:
    """The platform's dialogs, starting where the last choice was made (the home folder at first)."""

    def __init__(self) -> None:
        self._folder = str(Path.home())

    def _remember(self, chosen: str) -> Path | None:
        """The chosen path (None if cancelled); the next dialog starts beside it."""
        if not chosen:
            return None
        path = Path(chosen)
        self._folder = str(path.parent)
        return path

    def export_folder(self, parent: QWidget) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, translate("Desk", "Choose the export's folder"),
                                                  self._folder)
        return self._remember(chosen)

    def export_zip(self, parent: QWidget) -> Path | None:
        title = translate("Desk", "Choose the zipped export")
        chosen, _filter = QFileDialog.getOpenFileName(parent, title, self._folder,
                                                      translate("Desk", "Zipped exports (*.zip)"))
        return self._remember(chosen)

    def public_key(self, parent: QWidget) -> Path | None:
        title = translate("Desk", "Choose the patient's patient.pub")
        kinds = translate("Desk", "Patient keys (*.pub);;All files (*)")
        chosen, _filter = QFileDialog.getOpenFileName(parent, title, self._folder, kinds)
        return self._remember(chosen)

    def care_plan_file(self, parent: QWidget, suggested_name: str) -> Path | None:
        """Where to save a signed care plan: the writer's own question (in Documents, always ``.json``)."""
        from companion.ui.desk.care_plan_writer import ask_where_to_save_care_plan

        return ask_where_to_save_care_plan(parent, suggested_name)
