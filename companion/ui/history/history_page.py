"""The History page: questionnaire scores over their bands, mood and blood pressure per session, and a
sortable session table with the chosen session in full.

Read in one database job when the page is shown (:func:`load_history`); a chosen session's details in
another. An empty vault and a two-year one take the same path: charts say so when they have nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.instruments import Instrument, definition, progress
from companion.services.history import HistoryData, SessionDetail, load_history, load_session_detail
from companion.ui.formatting import day_text, progress_text
from companion.ui.history.session_detail import SessionDetailView
from companion.ui.history.session_table_model import SESSION_ID_ROLE, SORT_ROLE, Column, SessionTableModel
from companion.ui.i18n import translate
from companion.ui.jobs import BugReporter, report_to_excepthook
from companion.ui.page_jobs import PageJobs
from companion.ui.widgets.score_chart import ScoreChart
from companion.ui.widgets.scroll_area import make_scroll_area
from companion.ui.widgets.session_charts import BloodPressureChart, MoodChart

if TYPE_CHECKING:
    from companion.ui.vault_controller import VaultController


def _muted(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "muted")
    return label


def _progress_lines(data: HistoryData | None) -> str:
    lines: list[str] = []
    for instrument, points in ({} if data is None else data.scores).items():
        if len(points) >= 2:
            first, latest = points[0], points[-1]
            moved = progress(instrument, first.total, latest.total)
            name = definition(instrument).short_name
            lines.append(translate("History", "%1 now %2: %3").replace("%1", name)
                         .replace("%2", str(latest.total))
                         .replace("%3", progress_text(moved, first.completed_at)))
    return "\n".join(lines)


class HistoryPage(QWidget):
    loaded = Signal()  # charts and table show the newly read history
    detail_loaded = Signal(int)  # the session id now shown in the detail view

    def __init__(self, vault: VaultController, parent: QWidget | None = None, *,
                 report_bug: BugReporter = report_to_excepthook) -> None:
        super().__init__(parent)
        self._vault = vault
        self._data: HistoryData | None = None
        self._loading = False
        self._reload_again = False
        self._wanted_session: int | None = None
        self.jobs = PageJobs(vault, self, report_bug=report_bug)

        self.heading = QLabel(translate("History", "History"), self)
        self.heading.setProperty("role", "heading")
        self.summary = _muted(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("History", "History views"))
        self.score_charts = {instrument: ScoreChart(instrument) for instrument in Instrument}
        scores = QWidget()
        scores_layout = QVBoxLayout(scores)
        scores_layout.setContentsMargins(0, 8, 0, 0)
        self.progress_label = _muted(scores)  # first → latest, with response / remission for the PHQ-9
        self.progress_label.setAccessibleName(translate("History", "Change since the first questionnaire"))
        scores_layout.addWidget(self.progress_label)
        for chart in self.score_charts.values():
            chart.setMinimumHeight(300)
            scores_layout.addWidget(chart)
        self.scores_scroll = make_scroll_area(
            scores, accessible_name=translate("History", "Questionnaire scores"),
            horizontal_bar=True, takes_focus=True, framed=True)  # charts only: the area scrolls by keyboard
        self.mood_chart = MoodChart()
        self.bp_chart = BloodPressureChart()

        self.model = SessionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(translate("History", "Sessions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # a long "What happened" elides on one line (its tooltip has it all)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.OUTCOME, QHeaderView.ResizeMode.Stretch)  # long ones elide
        header.setHighlightSections(False)  # bold headers would widen every column
        self.detail = SessionDetailView()
        self.sessions_split = QSplitter(Qt.Orientation.Vertical)
        self.sessions_split.addWidget(self.table)
        self.sessions_split.addWidget(self.detail)
        self.sessions_split.setStretchFactor(0, 3)
        self.sessions_split.setStretchFactor(1, 2)

        self.tabs.addTab(self.scores_scroll, translate("History", "Questionnaires"))
        self.tabs.addTab(self.mood_chart, translate("History", "Mood"))
        self.tabs.addTab(self.bp_chart, translate("History", "Blood pressure"))
        self.tabs.addTab(self.sessions_split, translate("History", "Sessions"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.jobs.failed.connect(self._on_jobs_failed)
        self._show(None)

    # --- what the shell asks -----------------------------------------------------------------------

    def data(self) -> HistoryData | None:
        return self._data

    @Slot()
    def reload(self) -> None:
        """Read everything again; asked while a read is on its way, one more follows it."""
        if not self._vault.is_unlocked():
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading, self._reload_again = True, False
        self.jobs.run(load_history, self._on_loaded)

    def clear_content(self) -> None:
        """The vault is locking: empty the charts, the table and the detail, drop jobs on their way."""
        self.jobs.clear()
        self._loading = self._reload_again = False
        self._data = None
        self._wanted_session = None
        self._show(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def select_session(self, session_id: int) -> bool:
        """Show a session in the table and its detail; False when it is not in the table (yet)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(SESSION_ID_ROLE) == session_id:
                self.tabs.setCurrentWidget(self.sessions_split)
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def show_session(self, session_id: int) -> None:
        """Open a session's detail (e.g. from a flag on Today), now or once the history has loaded."""
        self._wanted_session = session_id
        if self._data is not None and not self._loading and self.select_session(session_id):
            self._wanted_session = None

    def _selected_session(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        return None if not indexes else int(indexes[0].data(SESSION_ID_ROLE))

    # --- showing -----------------------------------------------------------------------------------

    def _on_loaded(self, data: HistoryData) -> None:
        self._loading = False
        if self._reload_again:
            self.reload()  # something changed while reading: show the newer state, not this one
            return
        self._data = data
        self.message.hide()
        kept = self._wanted_session if self._wanted_session is not None else self._selected_session()
        self._show(data)
        # A reload keeps the session the patient was looking at (or the one asked for meanwhile).
        if kept is not None and self.select_session(kept):
            self._wanted_session = None
        self.loaded.emit()

    def _show(self, data: HistoryData | None) -> None:
        rows = () if data is None else data.sessions
        self.model.set_rows(rows)
        self.detail.clear_content()
        if data is not None and not rows:
            self.detail.show_nothing(translate("History", "No sessions recorded yet."))
        session_days = [row.dose_at for row in rows if row.dose_at is not None]
        plan = None if data is None else data.plan
        for instrument, chart in self.score_charts.items():
            points = () if data is None else data.scores.get(instrument, ())
            chart.set_history([(point.completed_at, point.total) for point in points], session_days)
            pcl5_asked = plan is not None and plan.pcl5_enabled
            wanted = instrument is not Instrument.PCL5 or bool(points) or pcl5_asked
            chart.setVisible(wanted)
        self.progress_label.setText(_progress_lines(data))
        self.progress_label.setVisible(bool(self.progress_label.text()))
        self.mood_chart.set_sessions(rows)
        self.bp_chart.set_sessions(rows, plan)
        if data is None:
            self.summary.clear()
        elif not rows:
            self.summary.setText(translate("History", "No sessions yet. Sessions, questionnaires and moods "
                                                      "appear here as you record them."))
        else:
            first = day_text(rows[0].created_at)
            if len(rows) > 1:
                self.summary.setText(self.tr("%n sessions since %1.", "", len(rows)).replace(
                    "%1", first))
            else:
                self.summary.setText(translate("History", "One session, on %1.").replace("%1", first))

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            self.detail.show_nothing()
            return
        source: QModelIndex = self.proxy.mapToSource(indexes[0])
        row = self.model.row_at(source.row())
        self.jobs.run(lambda vault: load_session_detail(vault, row), self._on_detail_loaded)

    def _on_detail_loaded(self, detail: SessionDetail) -> None:
        current = self.table.selectionModel().selectedRows()
        chosen = self.proxy.mapToSource(current[0]).row() if current else -1
        if 0 <= chosen < self.model.rowCount() and self.model.row_at(chosen).id != detail.row.id:
            return  # another session was chosen meanwhile; its detail is on its way
        self.detail.show_detail(detail)
        self.detail_loaded.emit(detail.row.id)

    @Slot(str)
    def _on_jobs_failed(self, message: str) -> None:
        self._loading = self._reload_again = False
        self.message.setText(message)
        self.message.show()
