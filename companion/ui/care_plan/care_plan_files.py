"""The care-plan editor's file dialogs (reading and writing the files: ``services.care_plan_actions``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from companion.ui.i18n import translate
from companion.ui.widgets.save_dialog import ask_where_to_save

PathChooser = Callable[[QWidget], Path | None]


def ask_for_care_plan_file(parent: QWidget) -> Path | None:
    """The open dialog for a clinician's care-plan file; ``None`` when cancelled."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, translate("CarePlanFiles", "Import the clinician's care-plan file"),
        documents or str(Path.home()), translate("CarePlanFiles", "Care-plan files (*.json);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def ask_where_to_export(parent: QWidget) -> Path | None:
    """The save dialog for exporting the plan as a file; ``None`` when cancelled."""
    return ask_where_to_save(parent, translate("CarePlanFiles", "Export the care plan as a file"),
                             "care-plan.json", translate("CarePlanFiles", "Care-plan files (*.json)"))
