"""What a verified export (or a patient's verified exports) holds, once the banner said it can be trusted.

Tabs, needs attention first (and shown first): the flags, open ones most severe first, then those the
patient marked discussed; the score charts over their bands with the session days (History's charts);
the session record, one row per session in the shape of the REMS monitoring form; mood before and
after; blood pressure against the care plan's limits; and the exports it was read from. History's
charts take its session rows, so :func:`session_rows` adapts the desk's sessions to them.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.desk.export_records import DeskFlag
from companion.desk.timeline import PatientTimeline
from companion.domain.flags import RULES_BY_ID, FlagRule
from companion.domain.instruments import Instrument, definition
from companion.services.history import SessionRow
from companion.ui.core_text import core_text
from companion.ui.desk.desk_texts import day_and_time_text, day_text, period_text
from companion.ui.desk.session_record_detail import SessionRecordDetail
from companion.ui.desk.session_record_model import SessionRecordModel
from companion.ui.formatting import severity_text
from companion.ui.i18n import translate
from companion.ui.widgets.score_chart import ScoreChart
from companion.ui.widgets.scroll_area import make_scroll_area
from companion.ui.widgets.session_charts import BloodPressureChart, MoodChart

MIN_CHART_HEIGHT = 280
CHART_LINES = 13  # a score chart's height in lines of text: its ticks, the dates and the legend
RESIZE_ROWS = 24  # rows the session table measures to size its columns (a wider cell is elided)


def session_rows(timeline: PatientTimeline) -> list[SessionRow]:
    """The sessions as History's mood and blood-pressure charts read them (sessions with a time only)."""
    moods = {mood.session_key: mood for mood in timeline.moods}
    rows = []
    for session in timeline.sessions:
        if session.at is None:
            continue
        mood = moods.get(session.key)
        rows.append(SessionRow(
            id=session.record_id, created_at=session.at, state=session.state, dose_at=session.dose_at,
            ended_at=session.ended_at, minutes_monitored=session.minutes_monitored, notes=(), attention=(),
            mood_before=None if mood is None else mood.mood_before,
            mood_after=None if mood is None else mood.mood_after,
            pre_dose=session.bp_before, recheck=session.bp_recheck, final=session.bp_end))
    return rows


def flag_title(flag: DeskFlag) -> str:
    """The rule's name in the desk's language; the export's own words for a rule this app does not know
    (a newer app's). The sentence below it stays as the patient's app wrote it into the record."""
    try:
        return core_text(RULES_BY_ID[FlagRule(flag.rule)].title)
    except (ValueError, KeyError):
        return flag.title


def _flag_html(flag: DeskFlag) -> str:
    head = (f"<b>{escape(severity_text(flag.severity))}</b> · {escape(flag_title(flag))} — "
            f"{escape(day_and_time_text(flag.raised_at))}")
    tail = "" if flag.discussed_at is None else "<br><i>" + escape(
        translate("Desk", "Marked discussed with the clinician on %1").replace(
            "%1", day_text(flag.discussed_at))) + "</i>"
    return f"<p>{head}<br>{escape(flag.sentence)}{tail}</p>"


def flags_html(flags: tuple[DeskFlag, ...]) -> str:
    """Open flags first (most severe first, then newest, as given), then the discussed ones."""
    open_flags = [flag for flag in flags if flag.is_open]
    discussed = [flag for flag in flags if not flag.is_open]
    if not flags:
        return "<p>" + escape(translate("Desk", "No needs-attention flags in this period.")) + "</p>"
    parts = ["<h3>" + escape(translate("Desk", "Open: %1").replace("%1", str(len(open_flags)))) + "</h3>"]
    none_open = "<p>" + escape(translate("Desk", "None open.")) + "</p>"
    parts += [_flag_html(flag) for flag in open_flags] or [none_open]
    if discussed:
        heading = translate("Desk", "Already discussed: %1").replace("%1", str(len(discussed)))
        parts.append("<h3>" + escape(heading) + "</h3>")
        parts += [_flag_html(flag) for flag in discussed]
    return "".join(parts)


def sources_html(timeline: PatientTimeline) -> str:
    lines = ["<p>" + escape(translate("Desk", "Signed by the key %1, the one you confirmed with the patient.")
                            .replace("%1", timeline.key_fingerprint)) + "</p>"]
    for source in reversed(timeline.sources):  # newest first
        kind = translate("Desk", "zip") if source.is_zip else translate("Desk", "folder")
        made = translate("Desk", "Made %1, covering %2.").replace(
            "%1", day_and_time_text(source.generated_at)).replace("%2", period_text(source.period))
        lines.append("<p><b>" + escape(source.location.name) + "</b> (" + escape(kind) + ")<br>"
                     + escape(made) + "<br>" + escape(str(source.location.parent)) + "</p>")
    plan = timeline.care_plan
    if plan is not None:
        who = translate("Desk", "entered by the patient") if plan.entered_by_patient else plan.issued_by
        lines.append("<p>" + escape(translate("Desk", "Care plan in force: %1, since %2.").replace("%1", who)
                                    .replace("%2", day_text(plan.in_force_since))) + "</p>")
    return "".join(lines)


def _browser(name: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setAccessibleName(name)
    browser.setOpenLinks(False)
    # Without keyboard selection the arrow and page keys scroll instead of moving a caret.
    browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    browser.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return browser


class ExportContent(QTabWidget):
    """The tabs of a verified export or timeline; empty and hidden until one is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Desk", "What the export holds"))
        self.flags_view = _browser(translate("Desk", "Needs attention"))
        self.score_charts = {instrument: ScoreChart(instrument) for instrument in Instrument}
        scores = QWidget()
        scores_layout = QVBoxLayout(scores)
        scores_layout.setContentsMargins(0, 8, 0, 0)
        for chart in self.score_charts.values():
            scores_layout.addWidget(chart)
        self.scores_scroll = make_scroll_area(
            scores, accessible_name=translate("Desk", "Questionnaire scores"),
            horizontal_bar=True, takes_focus=True, framed=True)  # charts only: the area scrolls by keyboard
        self.session_model = SessionRecordModel(self)
        self.session_table = QTableView()
        self.session_table.setAccessibleName(translate("Desk", "Session record"))
        self.session_table.setModel(self.session_model)
        self.session_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.session_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.session_table.setTabKeyNavigation(False)
        self.session_table.setAlternatingRowColors(True)
        self.session_table.setWordWrap(False)
        self.session_table.verticalHeader().hide()
        header = self.session_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(RESIZE_ROWS)  # not every row of two years: the GUI thread's time
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.sessions_note = QLabel()
        self.sessions_note.setWordWrap(True)
        self.sessions_note.setProperty("role", "muted")
        table_part = QWidget()
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 8, 0, 0)
        table_layout.addWidget(self.sessions_note)
        table_layout.addWidget(self.session_table, 1)
        self.session_detail = SessionRecordDetail()
        sessions = QSplitter(Qt.Orientation.Vertical)
        sessions.addWidget(table_part)
        sessions.addWidget(self.session_detail)
        sessions.setChildrenCollapsible(False)
        self.mood_chart = MoodChart()
        self.bp_chart = BloodPressureChart()
        self.sources_view = _browser(translate("Desk", "The exports shown"))

        # Short tab names: at 200 % text all six fit a 1024-pixel window without the bar's scroll arrows.
        self.addTab(self.flags_view, translate("Desk", "Needs attention"))
        self.addTab(self.scores_scroll, translate("Desk", "Scores"))
        self.addTab(sessions, translate("Desk", "Sessions"))
        self.addTab(self.mood_chart, translate("Desk", "Mood"))
        self.addTab(self.bp_chart, translate("Desk", "BP"))
        self.setTabToolTip(4, translate("Desk", "Blood pressure per session"))
        self.addTab(self.sources_view, translate("Desk", "Exports"))
        self.timeline: PatientTimeline | None = None
        self._filling = 0  # which show_timeline the steps on their way belong to
        self.session_table.selectionModel().selectionChanged.connect(self._on_session_selection_changed)

    def show_timeline(self, timeline: PatientTimeline, done: Callable[[], None] | None = None) -> None:
        """Fill every tab; the needs-attention tab is the one on show, filled at once. The others are
        filled one per turn of the event loop, then ``done`` is called: all at once they held the GUI
        thread for 100-250 ms on a 2-year export (charts, the session table, the newest record laid out)."""
        self.timeline = timeline
        self._filling += 1
        open_count = sum(flag.is_open for flag in timeline.flags)
        self.setTabText(0, translate("Desk", "Needs attention (%1)").replace("%1", str(open_count)))
        self.setTabToolTip(0, translate("Desk", "%n open flags, most severe first", "", open_count))
        self.flags_view.setHtml(flags_html(timeline.flags))
        self.setCurrentIndex(0)
        steps: list[Callable[[PatientTimeline], None]] = [
            self._fill_scores, self._fill_sessions, self._show_newest_session, self._fill_session_charts]
        filling = self._filling
        QTimer.singleShot(0, self, lambda: self._next_step(filling, timeline, steps, done))  # after a paint

    def _next_step(self, filling: int, timeline: PatientTimeline,
                   steps: list[Callable[[PatientTimeline], None]], done: Callable[[], None] | None) -> None:
        if filling != self._filling:
            return  # another timeline, or a clear, came first
        if not steps:
            if done is not None:
                done()
            return
        steps[0](timeline)
        QTimer.singleShot(0, self, lambda: self._next_step(filling, timeline, steps[1:], done))

    def _fill_scores(self, timeline: PatientTimeline) -> None:
        session_days = [s.dose_at for s in timeline.sessions if s.dose_at is not None]
        # Tall enough for a label at every tick at the text size in use (at 200 % the labels elided).
        height = max(MIN_CHART_HEIGHT, CHART_LINES * self.fontMetrics().lineSpacing())
        for instrument, chart in self.score_charts.items():
            chart.setMinimumHeight(height)
            scores = timeline.scores_of(instrument)
            chart.set_history([(score.completed_at, score.total) for score in scores], session_days)
            if not scores:
                name = definition(instrument).short_name
                chart.show_empty(translate("Desk", "No %1 answers in this export.").replace("%1", name))
            chart.setVisible(bool(scores) or instrument is not Instrument.PCL5)

    def _fill_sessions(self, timeline: PatientTimeline) -> None:
        self.session_model.set_sessions(timeline.sessions)
        self.session_detail.show_nothing()
        sessions = len(timeline.sessions)
        self.sessions_note.setText(
            self.tr("%n sessions, oldest first. Choose one to read its whole record below.", "", sessions))

    def _show_newest_session(self, timeline: PatientTimeline) -> None:
        if timeline.sessions:  # the newest session's record, to start with (its layout is a step of its own)
            self.session_table.selectRow(len(timeline.sessions) - 1)

    def _fill_session_charts(self, timeline: PatientTimeline) -> None:
        rows = session_rows(timeline)
        self.mood_chart.set_sessions(rows)
        plan = None if timeline.care_plan is None else timeline.care_plan.plan
        self.bp_chart.set_sessions(rows, plan)
        self.sources_view.setHtml(sources_html(timeline))

    def _on_session_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.session_table.selectionModel().selectedRows()
        if rows:
            self.session_detail.show_session(self.session_model.session_at(rows[0].row()))
        else:
            self.session_detail.show_nothing()

    def clear(self) -> None:
        self._filling += 1  # a fill on its way stops
        self.timeline = None
        self.setTabText(0, translate("Desk", "Needs attention"))
        self.flags_view.clear()
        self.session_model.set_sessions(())
        self.session_detail.show_nothing()
        self.sources_view.clear()
