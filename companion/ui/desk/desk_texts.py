"""How the desk words statuses, dates and readings (one place, so the list, the banner and the tables agree).

Dates are shown in the computer's time zone with the locale's month names, as History does.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from companion.desk.export_status import ExportStatus
from companion.domain.vitals import BloodPressure
from companion.export.export_data import ExportPeriod
from companion.ui.formatting import to_qdatetime
from companion.ui.i18n import translate
from companion.ui.time_format import short_date_format


def status_text(status: ExportStatus | None) -> str:
    """A short status for a table cell."""
    if status is None:
        return translate("Desk", "No export yet")
    return {
        ExportStatus.VALID_FOR_PATIENT: translate("Desk", "Verified"),
        ExportStatus.ALTERED: translate("Desk", "ALTERED"),
        ExportStatus.UNKNOWN_KEY: translate("Desk", "Unknown key"),
        ExportStatus.KEY_CHANGED: translate("Desk", "KEY CHANGED"),
        ExportStatus.UNREADABLE: translate("Desk", "Could not be read"),
    }[status]


def day_text(moment: datetime | date) -> str:
    """"5 Jan 2026": a datetime in local time, a date as it is."""
    if isinstance(moment, datetime):
        return QLocale().toString(to_qdatetime(moment).date(), short_date_format())
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), short_date_format())


def day_and_time_text(moment: datetime) -> str:
    """"5 Jan 2026, 14:05" in local time."""
    local = to_qdatetime(moment)
    return f"{QLocale().toString(local.date(), 'd MMM yyyy')}, {QLocale().toString(local.time(), 'HH:mm')}"


def period_text(period: ExportPeriod) -> str:
    """"1 Apr 2026 to 30 Apr 2026"."""
    return (translate("Desk", "%1 to %2").replace("%1", day_text(period.start))
            .replace("%2", day_text(period.end)))


def bp_text(bp: BloodPressure | None) -> str:
    return "–" if bp is None else f"{bp.systolic}/{bp.diastolic}"


def yes_no_text(value: bool | None) -> str:
    if value is None:
        return translate("Desk", "not asked")
    return translate("Desk", "Yes") if value else translate("Desk", "No")


def breakable(text: str, every: int = 8) -> str:
    """``text`` with zero-width break chances inside its long words: large text wraps, never clips."""
    return " ".join("\u200b".join(word[i : i + every] for i in range(0, len(word), every))
                    for word in text.split(" "))

