"""A read-only table over a list of rows: History's sessions, the desk's patients and session record.

What every such table repeats lives here once: the row list and its reset, the counts, the header
texts and tooltips (tables marked with ``QT_TRANSLATE_NOOP`` in the subclass's translation context, and
translated in it), the index check and the flags. A subclass says what a cell shows with :meth:`cell`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from companion.ui.i18n import translate

ModelIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of ``RowT``; ``headers[column]`` and ``tips[column]`` are untranslated header texts, marked with
    ``QT_TRANSLATE_NOOP(context, …)``."""

    def __init__(self, headers: Sequence[str], context: str, *,
                 tips: Mapping[int, str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._tips = dict(tips or {})
        self._context = context
        self._rows: list[RowT] = []

    # --- content ---------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rows(self) -> tuple[RowT, ...]:
        return tuple(self._rows)

    def header_text(self, column: int) -> str:
        return translate(self._context, self._headers[column])

    # --- what a subclass says --------------------------------------------------------------------

    def cell(self, row: RowT, column: int, role: int) -> object:
        """What ``role`` of the cell shows (None: nothing)."""
        raise NotImplementedError

    def header_alignment(self, column: int) -> int | None:
        """The header's alignment (None: Qt's own)."""
        return None

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole and section in self._tips:
            return translate(self._context, self._tips[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.header_alignment(section)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        in_range = 0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._headers)
        if not index.isValid() or not in_range:
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
