"""Search field and filters over the entry list: a tag, a period, shared only, and the trash."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.storage.journal import EntryFilter
from companion.ui.i18n import translate
from companion.ui.journal.journal_display import local_day_range, local_day_start
from companion.ui.time_format import short_date_format
from companion.ui.widgets.session_widgets import CHOICE_STYLE
from companion.ui.widgets.wheel_guard import guard_wheel


class Period(Enum):
    ANY = "any"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    BETWEEN = "between"


_PERIOD_TEXTS = {
    Period.ANY: str(QT_TRANSLATE_NOOP("Journal", "Any time")),
    Period.WEEK: str(QT_TRANSLATE_NOOP("Journal", "The last 7 days")),
    Period.MONTH: str(QT_TRANSLATE_NOOP("Journal", "The last 30 days")),
    Period.QUARTER: str(QT_TRANSLATE_NOOP("Journal", "The last 3 months")),
    Period.YEAR: str(QT_TRANSLATE_NOOP("Journal", "The last 12 months")),
    Period.BETWEEN: str(QT_TRANSLATE_NOOP("Journal", "Between two dates…")),
}
_PERIOD_DAYS = {Period.ANY: 0, Period.WEEK: 7, Period.MONTH: 30, Period.QUARTER: 91, Period.YEAR: 365,
                Period.BETWEEN: 0}


class JournalFilterBar(QWidget):
    search_changed = Signal(str)  # the text in the search field, as typed
    filter_changed = Signal()  # tag, period, shared only or trash changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(translate("Journal", "Search the journal"))
        self.search.setPlaceholderText(translate("Journal", "Search (Control+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(38)

        self.tag = QComboBox(self)
        self.tag.setAccessibleName(translate("Journal", "Tag"))
        self.period = QComboBox(self)
        self.period.setAccessibleName(translate("Journal", "Period"))
        for period in Period:
            self.period.addItem(translate("Journal", _PERIOD_TEXTS[period]), period)
        self.date_from = QDateEdit(self)
        self.date_from.setAccessibleName(translate("Journal", "From"))
        self.date_to = QDateEdit(self)
        guard_wheel(self.tag, self.period, self.date_from, self.date_to)
        self.date_to.setAccessibleName(translate("Journal", "Until"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(short_date_format())
        self.dates_row = QWidget(self)
        dates_layout = QHBoxLayout(self.dates_row)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        from_label = QLabel(translate("Journal", "From"), self.dates_row)
        until_label = QLabel(translate("Journal", "until"), self.dates_row)
        for widget in (from_label, self.date_from, until_label, self.date_to):
            dates_layout.addWidget(widget)
        dates_layout.addStretch(1)
        self.dates_row.hide()
        self.shared_only = QCheckBox(translate("Journal", "Shared only"), self)
        self.shared_only.setAccessibleName(translate("Journal", "Show only entries shared with my clinician"))
        self.trash = QPushButton(translate("Journal", "Trash"), self)
        self.trash.setCheckable(True)
        self.trash.setAccessibleName(translate("Journal", "Show the trash"))
        self.trash.setToolTip(translate("Journal", "Deleted entries, kept 30 days"))
        self.trash.setStyleSheet(CHOICE_STYLE)  # unmistakably on while the list shows the trash
        self.trash.setMinimumWidth(96)
        for combo in (self.tag, self.period):
            combo.setMinimumHeight(34)

        first_row = QHBoxLayout()
        first_row.addWidget(self.tag, 1)
        first_row.addWidget(self.period, 1)
        second_row = QHBoxLayout()
        second_row.addWidget(self.shared_only)
        second_row.addStretch(1)
        second_row.addWidget(self.trash)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addLayout(first_row)
        layout.addWidget(self.dates_row)
        layout.addLayout(second_row)

        self.search.textChanged.connect(self.search_changed)
        self.tag.currentIndexChanged.connect(self._on_any_changed)
        self.period.currentIndexChanged.connect(self._on_period_current_index_changed)
        self.date_from.dateChanged.connect(self._on_any_changed)
        self.date_to.dateChanged.connect(self._on_any_changed)
        self.shared_only.toggled.connect(self._on_any_changed)
        self.trash.toggled.connect(self._on_any_changed)
        self.clear()

    # --- reading ------------------------------------------------------------------------------------

    def search_text(self) -> str:
        return self.search.text()

    def in_trash(self) -> bool:
        return self.trash.isChecked()

    def is_narrowed(self) -> bool:
        """Anything beyond the whole journal: search text, a tag, a period or shared only."""
        return bool(self.search.text().strip() or self.tag.currentData() or self.shared_only.isChecked()
                    or self.period.currentData() is not Period.ANY)

    def entry_filter(self, now: datetime) -> EntryFilter:
        tag = self.tag.currentData()
        created_from, created_before = self._range(now)
        return EntryFilter(tags=(tag,) if isinstance(tag, str) and tag else (), created_from=created_from,
                           created_before=created_before, shared_only=self.shared_only.isChecked(),
                           trashed=self.trash.isChecked())

    def _range(self, now: datetime) -> tuple[datetime | None, datetime | None]:
        period = self.period.currentData()
        if period is Period.BETWEEN:
            first, last = self.date_from.date().toPython(), self.date_to.date().toPython()
            return local_day_range(first, last)  # type: ignore[arg-type]
        days = _PERIOD_DAYS[period]
        if not days:
            return None, None
        today = now.astimezone().date()
        return local_day_start(today - timedelta(days=days - 1)), None

    # --- setting ------------------------------------------------------------------------------------

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        """The tags in the journal (with counts); the chosen one stays chosen if it is still there."""
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(translate("Journal", "All tags"), "")
        for name, count in tags:
            self.tag.addItem(f"#{name} ({count})", name)
        index = self.tag.findData(chosen) if chosen else 0
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)
        if chosen and index < 0:
            self.filter_changed.emit()  # the chosen tag is gone: the list shows every tag now

    def choose_tag(self, name: str) -> None:
        index = self.tag.findData(name)
        if index >= 0:
            self.tag.setCurrentIndex(index)

    def set_between(self, first: QDate, last: QDate) -> None:
        self.period.setCurrentIndex(self.period.findData(Period.BETWEEN))
        self.date_from.setDate(first)
        self.date_to.setDate(last)

    def clear(self) -> None:
        """Back to the whole journal, nothing typed (a lock)."""
        for widget in (self.search, self.tag, self.period, self.date_from, self.date_to, self.shared_only,
                       self.trash):
            widget.blockSignals(True)
        self.search.setText("")
        self.tag.clear()
        self.tag.addItem(translate("Journal", "All tags"), "")
        self.period.setCurrentIndex(0)
        self.dates_row.hide()
        today = QDate.currentDate()
        self.date_from.setDate(today.addDays(-30))
        self.date_to.setDate(today)
        self.shared_only.setChecked(False)
        self.trash.setChecked(False)
        for widget in (self.search, self.tag, self.period, self.date_from, self.date_to, self.shared_only,
                       self.trash):
            widget.blockSignals(False)

    @Slot()
    def _on_any_changed(self) -> None:
        self.filter_changed.emit()

    @Slot(int)
    def _on_period_current_index_changed(self, _index: int) -> None:
        self.dates_row.setVisible(self.period.currentData() is Period.BETWEEN)
        self.filter_changed.emit()
