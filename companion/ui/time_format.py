"""Times and durations as people read them, in the user's locale.

A clock time is local and follows the locale ("09:30" or "9:30 AM").  A duration always carries
its units ("1 h 28 min", never "1:28", which reads as minutes and seconds).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QTime


def clock_text(moment: datetime) -> str:
    """The local time of day of an aware datetime, in the locale's short format."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def whole_minutes(span: timedelta, *, round_up: bool = False) -> int:
    """Whole minutes of ``span``: elapsed time rounds down, time left rounds up, so that the two
    always add up to the whole (0 min elapsed + 2 h left, never 0:00 + 1:59)."""
    seconds = max(0.0, span.total_seconds())
    minutes = int(seconds // 60)
    if round_up and seconds > minutes * 60:
        minutes += 1
    return minutes


def duration_text(minutes: int) -> str:
    """ "2 h", "1 h 28 min", "28 min", "0 min"."""
    hours, rest = divmod(max(0, minutes), 60)
    if hours and rest:
        return (QCoreApplication.translate("TimeFormat", "%1 h %2 min")
                .replace("%1", str(hours)).replace("%2", str(rest)))
    if hours:
        return QCoreApplication.translate("TimeFormat", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("TimeFormat", "%1 min").replace("%1", str(rest))


def weekday_date_format() -> str:
    """The QDate format of a day with its weekday ("Monday 7 December"), as the language writes it."""
    #: A Qt date format (dddd weekday, d day, MMMM month); quote literal words, e.g. dddd d 'de' MMMM.
    return QCoreApplication.translate("TimeFormat", "dddd d MMMM")


def weekday_date_time_format() -> str:
    """A day with its weekday and the time ("Monday 7 December, 09:30")."""
    #: A Qt date-time format (dddd weekday, d day, MMMM month, HH:mm time); quote literal words.
    return QCoreApplication.translate("TimeFormat", "dddd d MMMM, HH:mm")


def short_date_format() -> str:
    """A date in short ("7 Dec 2026"), for tables and reports."""
    #: A Qt date format (d day, MMM short month, yyyy year); quote literal words.
    return QCoreApplication.translate("TimeFormat", "d MMM yyyy")

