"""The one "save as" dialog: in Documents, with a suggested name, the ending added if left off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_where_to_save(parent: QWidget, title: str, suggested_name: str, file_filter: str) -> Path | None:
    """The chosen path, always ending like ``suggested_name`` (the ending the file is opened by later);
    ``None`` when the person cancels. ``title`` and ``file_filter`` come translated."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(documents or Path.home()) / suggested_name
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    path, ending = Path(chosen), suggested.suffix
    return path if path.suffix.lower() == ending.lower() else path.with_name(path.name + ending)
