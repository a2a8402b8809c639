"""The first view of the Check-ins page: what is due now, the questionnaires, the latest session's log.

It only shows a :class:`CheckinsOverview` and asks to start things (by signal); rows are rebuilt on
every overview, and each start button is kept in ``buttons`` under a stable key for tests and
keyboard focus ("post_session_log", "edit_post_session_log", "next_day:<id>", "phq9", ...).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.domain.instruments import Instrument, definition
from companion.services.checkins_state import CheckinsOverview, PostSessionContext, QuestionnaireStatus
from companion.ui.checkins.checkin_widgets import fill_with_scrolling_column, format_day, format_when, heading
from companion.ui.formatting import band_text
from companion.ui.i18n import translate
from companion.ui.widgets.session_widgets import SessionButton, make_label

_ABOUT = {
    Instrument.PHQ9: str(QT_TRANSLATE_NOOP("Checkins", "mood")),
    Instrument.GAD7: str(QT_TRANSLATE_NOOP("Checkins", "anxiety")),
    Instrument.PCL5: str(QT_TRANSLATE_NOOP("Checkins", "reactions to a very stressful experience")),
}


def log_summary(context: PostSessionContext) -> str:
    """ "Mood 7 (before: 5) · Anxiety 2 (before: 4) · Energy 6 · Peak intensity 8" (a saved log)."""
    if context.record is None:
        return ""
    log, baseline = context.record.log, context.baseline
    mood = translate("Checkins", "Mood %1").replace("%1", str(log.mood))
    anxiety = translate("Checkins", "Anxiety %1").replace("%1", str(log.anxiety))
    if baseline is not None:
        mood += " " + translate("Checkins", "(before: %1)").replace("%1", str(baseline.mood))
        anxiety += " " + translate("Checkins", "(before: %1)").replace("%1", str(baseline.anxiety))
    parts = [mood, anxiety, translate("Checkins", "Energy %1").replace("%1", str(log.energy)),
             translate("Checkins", "Peak intensity %1").replace("%1", str(log.peak_intensity))]
    effects = len(log.reported_side_effects)
    if effects:
        parts.append(translate("Checkins", "1 side effect") if effects == 1
                     else translate("Checkins", "%n side effects", "", effects))
    return " · ".join(parts)


def questionnaire_status_text(status: QuestionnaireStatus, every_days: int) -> str:
    latest = status.latest
    if latest is None:
        return translate("Checkins", "Not done yet: due now, to set your starting point.")
    result = (translate("Checkins", "Last: %1 (%2) on %3").replace("%1", str(latest.score.total))
              .replace("%2", band_text(latest.score.band)).replace("%3", format_day(latest.completed_at)))
    if status.due:
        return result + ". " + translate("Checkins", "Due now.")
    next_due = latest.completed_at + timedelta(days=every_days)
    return result + ". " + translate("Checkins", "Next due %1.").replace("%1", format_day(next_due))


class CheckinsOverviewView(QWidget):
    post_session_log_requested = Signal(int)  # session id
    next_day_checkin_requested = Signal(int)  # session id
    questionnaire_requested = Signal(object)  # Instrument
    journal_requested = Signal(int)  # session id: write about the day after it in the journal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self._rows: list[QWidget] = []
        content = QWidget(self)
        self._content = content
        self.heading = heading(translate("Checkins", "Check-ins"), content)
        self.status = make_label("", content, factor=1.1, bold=True)
        self.status.hide()
        self.journal_button = QPushButton(translate("Checkins", "Write more in your journal"), content)
        self.journal_button.setAccessibleName(translate("Checkins", "Write more in your journal"))
        self.journal_button.hide()
        self.journal_button.clicked.connect(self._on_journal_button_clicked)
        self._journal_session: int | None = None
        self.message = make_label("", content, role="error")
        self.message.hide()
        self.due_heading = make_label(translate("Checkins", "Due now"), content, factor=1.2, bold=True)
        self.nothing_due = make_label(translate("Checkins", "Nothing is due right now."), content,
                                      role="muted")
        self.due_rows = QVBoxLayout()
        self.questionnaires_heading = make_label(translate("Checkins", "Questionnaires"), content, factor=1.2,
                                                 bold=True)
        self.questionnaire_rows = QVBoxLayout()
        self.session_heading = make_label(translate("Checkins", "Your latest session"), content, factor=1.2,
                                          bold=True)
        self.session_rows = QVBoxLayout()
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.status)
        column.addWidget(self.journal_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.message)
        column.addWidget(self.due_heading)
        column.addWidget(self.nothing_due)
        column.addLayout(self.due_rows)
        column.addSpacing(12)
        column.addWidget(self.questionnaires_heading)
        column.addLayout(self.questionnaire_rows)
        column.addSpacing(12)
        column.addWidget(self.session_heading)
        column.addLayout(self.session_rows)
        column.addStretch(1)
        self.scroll_area = fill_with_scrolling_column(self, content)
        self.clear_content()

    def show_overview(self, overview: CheckinsOverview) -> None:
        self._clear_rows()
        latest = overview.latest_session
        if latest is not None and latest.record is None:
            text = translate("Checkins", "How you felt after the session on %1").replace(
                "%1", format_when(latest.ended_at))
            self._add_row(self.due_rows, text, "post_session_log", translate("Checkins", "Log how you feel"),
                          partial(self.post_session_log_requested.emit, latest.session_id))
        for due in overview.next_day:
            text = translate("Checkins", "Next-day check-in for the session on %1").replace(
                "%1", format_when(due.ended_at))
            self._add_row(self.due_rows, text, f"next_day:{due.session_id}",
                          translate("Checkins", "Start the check-in"),
                          partial(self.next_day_checkin_requested.emit, due.session_id))
        plan = overview.plan
        intervals = {Instrument.PHQ9: plan.phq9_every_days, Instrument.GAD7: plan.gad7_every_days,
                     Instrument.PCL5: plan.pcl5_every_days}
        for status in overview.questionnaires:
            name = definition(status.instrument).short_name
            about = translate("Checkins", _ABOUT[status.instrument])
            text = f"{name} ({about})\n" + questionnaire_status_text(status, intervals[status.instrument])
            self._add_row(self.due_rows if status.due else self.questionnaire_rows, text,
                          status.instrument.value, translate("Checkins", "Start the %1").replace("%1", name),
                          partial(self.questionnaire_requested.emit, status.instrument))
        self.nothing_due.setVisible(overview.due_count() == 0)
        self.questionnaires_heading.setVisible(any(not status.due for status in overview.questionnaires))
        if latest is not None and latest.record is not None:
            record = latest.record
            saved = translate("Checkins", "Post-session log saved %1").replace(
                "%1", format_when(record.updated_at))
            if record.version > 1:
                changes = record.version - 1
                saved += " " + self.tr("(changed %n times)", "", changes)
            self._add_row(self.session_rows, f"{saved}\n{log_summary(latest)}", "edit_post_session_log",
                          translate("Checkins", "Change the log"),
                          partial(self.post_session_log_requested.emit, latest.session_id))
        self.session_heading.setVisible(latest is not None and latest.record is not None)

    def show_status(self, sentence: str, *, journal_session: int | None = None) -> None:
        """A sentence about what was just saved; with ``journal_session``, a way on to the journal."""
        self.status.setText(sentence)
        self.status.setVisible(bool(sentence))
        self._journal_session = journal_session
        self.journal_button.setVisible(journal_session is not None)

    def _on_journal_button_clicked(self) -> None:
        if self._journal_session is not None:
            self.journal_requested.emit(self._journal_session)

    def show_error(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.setVisible(bool(sentence))

    def row_texts(self) -> list[str]:
        return [label.text() for row in self._rows for label in row.findChildren(QLabel)]

    def clear_content(self) -> None:
        self._clear_rows()
        self.show_status("")
        self.show_error("")
        self.nothing_due.hide()
        self.questionnaires_heading.hide()
        self.session_heading.hide()

    def _clear_rows(self) -> None:
        for row in self._rows:
            row.hide()
            row.setParent(None)
            row.deleteLater()
        self._rows.clear()
        self.buttons.clear()

    def _add_row(
        self, layout: QVBoxLayout, text: str, key: str, button_text: str, action: Callable[[], object]
    ) -> None:
        row = QWidget(self._content)
        label = make_label(text, row)
        button = SessionButton(button_text, row)
        button.setAccessibleName(f"{button_text}: {text.splitlines()[0]}")
        button.clicked.connect(lambda _checked=False: action())
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 4, 0, 4)
        row_layout.addWidget(label, 1)
        row_layout.addWidget(button)
        layout.addWidget(row)
        self._rows.append(row)
        self.buttons[key] = button
