"""The Today page: the next session, what is due, what needs attention, recent scores, a quick mood.

Calm and factual (DESIGN.md §2): no streaks, no points, no colours that shout except an urgent flag.
Everything is read in one database job (:func:`~companion.services.today.load_today`) when the
page is shown or the vault unlocked, and again after each thing saved here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.domain.instruments import definition, progress
from companion.services.today import (
    POST_SESSION_LOG_WINDOW,
    TodayData,
    interval_days,
    load_today,
    local_midnight,
    mark_flag_discussed,
    next_planned_day,
    save_quick_mood,
)
from companion.ui.formatting import day_and_time_text, day_text, progress_text, score_text, weekday_text
from companion.ui.i18n import translate
from companion.ui.jobs import BugReporter, report_to_excepthook
from companion.ui.page_jobs import PageJobs
from companion.ui.today.flag_list import FlagList
from companion.ui.today.quick_mood import QuickMoodForm
from companion.ui.widgets.scroll_area import make_scroll_area

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.ui.vault_controller import VaultController

SESSION_PAGE, CHECKINS_PAGE = "session", "checkins"


def _label(parent: QWidget, *, role: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


def _section(title: str, parent: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    layout.setSpacing(8)
    return box, layout


class TodayPage(QWidget):
    loaded = Signal()  # new content is on screen
    page_requested = Signal(str)  # a shell page key: "session" or "checkins"
    session_requested = Signal(int)  # show this session's record (History)

    def __init__(self, vault: VaultController, clock: Clock, parent: QWidget | None = None, *,
                 report_bug: BugReporter = report_to_excepthook) -> None:
        super().__init__(parent)
        self._vault = vault
        self._clock = clock
        self._data: TodayData | None = None
        self._loading = False
        self._reload_again = False
        self.jobs = PageJobs(vault, self, report_bug=report_bug)

        content = QWidget(self)
        content.setMaximumWidth(820)
        self.heading = QLabel(translate("Today", "Today"), content)
        self.heading.setProperty("role", "heading")
        self.date_label = _label(content, role="muted")
        self.message = _label(content, role="error")
        self.message.hide()

        self.next_box, next_layout = _section(translate("Today", "Next session"), content)
        self.next_text = _label(self.next_box)
        self.session_button = QPushButton(translate("Today", "Go to the session page"), self.next_box)
        next_layout.addWidget(self.next_text)
        next_layout.addWidget(self.session_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.due_box, due_layout = _section(translate("Today", "Due"), content)
        self.due_text = _label(self.due_box)
        self.checkins_button = QPushButton(translate("Today", "Open check-ins"), self.due_box)
        due_layout.addWidget(self.due_text)
        due_layout.addWidget(self.checkins_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.flags_box, flags_layout = _section(translate("Today", "Needs attention"), content)
        self.flag_list = FlagList(self.flags_box)
        flags_layout.addWidget(self.flag_list)

        self.scores_box, scores_layout = _section(translate("Today", "Recent questionnaires"), content)
        self.scores_text = _label(self.scores_box)
        scores_layout.addWidget(self.scores_text)

        self.mood_box, mood_layout = _section(translate("Today", "Quick mood"), content)
        self.mood_form = QuickMoodForm(self.mood_box)
        mood_layout.addWidget(self.mood_form)

        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 32)
        column.setSpacing(16)
        for widget in (self.heading, self.date_label, self.message, self.next_box, self.due_box,
                       self.flags_box, self.scores_box, self.mood_box):
            column.addWidget(widget)
        column.addStretch(1)
        self.scroll_area = make_scroll_area(content, self, accessible_name=translate("Today", "Today"),
                                            horizontal_bar=True, takes_focus=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        self.session_button.clicked.connect(lambda: self.page_requested.emit(SESSION_PAGE))
        self.checkins_button.clicked.connect(lambda: self.page_requested.emit(CHECKINS_PAGE))
        self.flag_list.discussed_requested.connect(self._on_flag_list_discussed_requested)
        self.flag_list.session_requested.connect(self.session_requested)
        self.mood_form.save_requested.connect(self._on_mood_form_save_requested)
        self.jobs.failed.connect(self._on_jobs_failed)
        self.jobs.busy_changed.connect(self._on_jobs_busy_changed)
        vault.unlocked.connect(self.reload)
        self._show_empty()

    # --- what the shell asks ---------------------------------------------------------------------

    def data(self) -> TodayData | None:
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
        now = self._clock.now()
        self.jobs.run(lambda vault: load_today(vault, now), self._on_loaded)

    def clear_content(self) -> None:
        """The vault is locking: drop scores, flags, notes and moods, and any result on its way."""
        self.jobs.clear()
        self._loading = self._reload_again = False
        self._data = None
        self.mood_form.reset()
        self._show_empty()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    # --- showing ---------------------------------------------------------------------------------

    def _show_empty(self) -> None:
        self.date_label.clear()
        self.message.hide()
        self.next_text.clear()
        self.due_text.clear()
        self.scores_text.clear()
        self.flag_list.clear()
        self.session_button.hide()
        self.checkins_button.hide()

    def _on_loaded(self, data: TodayData) -> None:
        self._loading = False
        if self._reload_again:
            self.reload()  # something changed while reading: show the newer state, not this one
            return
        self._data = data
        now = self._clock.now()
        self.message.hide()
        self.date_label.setText(weekday_text(local_midnight(now).date()))
        self._show_next_session(data)
        self._show_due(data)
        self.flag_list.show_flags(data.flags)
        self._show_scores(data)
        self.mood_form.show_today(data.moods_today)
        self.loaded.emit()

    def _show_next_session(self, data: TodayData) -> None:
        plan = data.plan
        self.session_button.setVisible(plan is not None)
        if plan is None:
            self.next_text.setText(translate(
                "Today",
                "There is no care plan yet, so a session cannot start. Enter the plan your clinician gave "
                "you (or import their file) in Settings → Care plan."))
            return
        if data.active_session is not None:
            self.next_text.setText(translate(
                "Today", "A session is in progress (started %1). Continue it on the session page.")
                .replace("%1", day_and_time_text(data.active_session.created_at)))
            return
        today = local_midnight(self._clock.now()).date()
        day = next_planned_day(plan.planned_weekdays, today, session_today=data.session_today)
        if day is None:
            text = translate("Today", "Your care plan has no planned session days. When your clinician says "
                                      "a session is due, the safety checklist can start from the session "
                                      "page.")
        elif day == today:
            text = translate("Today", "Today is a planned session day. The safety checklist can start "
                                      "whenever you are ready and your sitter is with you.")
        else:
            text = translate("Today", "Next planned session: %1. The safety checklist starts from the "
                                      "session page on the day.").replace("%1", weekday_text(day))
            if data.session_today:
                text = translate("Today", "Today's session is recorded.") + " " + text
        self.next_text.setText(text)

    def _show_due(self, data: TodayData) -> None:
        lines: list[str] = []
        for log in data.post_session_logs_due:
            open_until = day_and_time_text(log.ended_at + POST_SESSION_LOG_WINDOW)
            lines.append(translate("Today",
                                   "How you feel after the session of %1 (the log stays open until %2)")
                         .replace("%1", day_text(log.ended_at)).replace("%2", open_until))
        for checkin in data.next_day_checkins_due:
            lines.append(translate("Today", "Next-day check-in for the session of %1")
                         .replace("%1", day_text(checkin.ended_at)))
        for due in data.due_questionnaires:
            name = definition(due.instrument).short_name
            if due.last_completed_at is None:
                lines.append(translate("Today",
                                       "%1: your first one, as a starting point").replace("%1", name))
            else:
                every = interval_days(data.plan, due.instrument) if data.plan is not None else 0
                lines.append(translate("Today", "%1: last one on %2 (every %n days)", "", every)
                             .replace("%1", name).replace("%2", day_text(due.last_completed_at)))
        if lines:
            self.due_text.setText("\n".join(f"• {line}" for line in lines))
        else:
            self.due_text.setText(translate("Today", "Nothing is due today."))
        self.checkins_button.setVisible(bool(lines))

    def _show_scores(self, data: TodayData) -> None:
        if not data.latest_scores:
            self.scores_text.setText(translate("Today", "No questionnaires yet."))
            return
        lines: list[str] = []
        for record in data.latest_scores:
            name = definition(record.instrument).short_name
            lines.append(translate("Today", "%1: %2 (%3)").replace("%1", name)
                         .replace("%2", score_text(record.instrument, record.score))
                         .replace("%3", day_text(record.completed_at)))
            first = data.baseline_for(record.instrument)
            if first is not None and first.id != record.id:
                moved = progress(record.instrument, first.score.total, record.score.total)
                lines.append(progress_text(moved, first.completed_at))
        self.scores_text.setText("\n".join(lines))

    # --- actions ---------------------------------------------------------------------------------

    @Slot(str)
    def _on_flag_list_discussed_requested(self, key: str) -> None:
        at = self._clock.now()
        self.jobs.run(lambda vault: mark_flag_discussed(vault, key, at=at), self._on_saved)

    @Slot(int, str)
    def _on_mood_form_save_requested(self, mood: int, note: str) -> None:
        at = self._clock.now()
        self.jobs.run(lambda vault: save_quick_mood(vault, mood, note, at=at), self._on_mood_saved)

    def _on_mood_saved(self, _result: object) -> None:
        self.mood_form.reset()
        self._on_saved(None)

    def _on_saved(self, _result: object) -> None:
        self.reload()

    @Slot(str)
    def _on_jobs_failed(self, message: str) -> None:
        self._loading = self._reload_again = False
        self.message.setText(message)
        self.message.show()

    @Slot(bool)
    def _on_jobs_busy_changed(self, busy: bool) -> None:
        self.flag_list.set_busy(busy)
        self.mood_form.set_busy(busy)
