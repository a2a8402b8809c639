"""How the looking-back pages (Today and History) write dates, states, flags and score bands.

Dates are shown in the computer's time zone with the locale's month names; stored times are UTC.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from companion.domain.flags import Severity
from companion.domain.instruments import Instrument, QuestionnaireScore, SeverityBand, definition
from companion.domain.session import SessionState

# Band shading: calm, distinguishable tints (drawn translucent over the chart's background).
BAND_COLOURS: dict[SeverityBand, str] = {
    SeverityBand.MINIMAL: "#4f9d69",
    SeverityBand.MILD: "#c9b43a",
    SeverityBand.MODERATE: "#e0913a",
    SeverityBand.MODERATELY_SEVERE: "#d0653a",
    SeverityBand.SEVERE: "#b8413f",
    SeverityBand.BELOW_PTSD_CUTOFF: "#4f9d69",
    SeverityBand.PROBABLE_PTSD: "#b8413f",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a local QDateTime (for axes and locale formatting)."""
    utc = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc())
    return utc.toLocalTime()


def epoch_ms(moment: datetime) -> float:
    return moment.timestamp() * 1000.0


def day_text(moment: datetime) -> str:
    """"5 Jan 2026" in local time."""
    return QLocale().toString(to_qdatetime(moment).date(), "d MMM yyyy")


def day_and_time_text(moment: datetime) -> str:
    """"5 Jan 2026, 14:05" in local time."""
    local = to_qdatetime(moment)
    return f"{QLocale().toString(local.date(), 'd MMM yyyy')}, {QLocale().toString(local.time(), 'HH:mm')}"


def time_text(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment).time(), "HH:mm")


def weekday_text(day: date) -> str:
    """"Tuesday 6 January"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def local_clock_text(hours: int, minutes: int) -> str:
    return QLocale().toString(QTime(hours, minutes), "HH:mm")


def state_text(state: SessionState) -> str:
    return {
        SessionState.PLANNED: tr("Started"),
        SessionState.CHECKLIST: tr("Checklist"),
        SessionState.HANDED_OVER: tr("Handed over"),
        SessionState.DOSED: tr("Dose taken"),
        SessionState.MONITORING: tr("Monitoring"),
        SessionState.RECOVERY_CHECK: tr("Recovery check"),
        SessionState.COMPLETED: tr("Completed"),
        SessionState.ENDED_EARLY: tr("Ended early"),
        SessionState.ABANDONED: tr("Not started"),
    }[state]


def severity_text(severity: Severity) -> str:
    return {
        Severity.URGENT: tr("Urgent"),
        Severity.HIGH: tr("Important"),
        Severity.MODERATE: tr("Worth mentioning"),
        Severity.INFO: tr("For the record"),
    }[severity]


def band_text(band: SeverityBand) -> str:
    return tr(band.label)


def score_text(instrument: Instrument, score: QuestionnaireScore) -> str:
    """"8 of 27, mild"."""
    spec = definition(instrument)
    return (tr("%1 of %2, %3").replace("%1", str(score.total)).replace("%2", str(spec.total_max))
            .replace("%3", band_text(score.band).lower()))


# Session flag names from SessionSummary.flags, for the table and the detail view.
SESSION_FLAG_TEXTS = {
    "start_blocked": "start blocked",
    "caution_acknowledged": "caution acknowledged",
    "checkin_missed": "check-in missed",
    "sitter_worried": "sitter worried",
    "help_used": "help used",
    "urgent_bp": "urgent blood pressure",
    "recovery_check_failed": "recovery check not passed",
    "ended_early": "ended early",
}


def session_flag_text(name: str) -> str:
    return tr(SESSION_FLAG_TEXTS.get(name, name.replace("_", " ")))
