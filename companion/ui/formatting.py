"""How every page writes dates, times, session states, flags and score bands.

Dates are shown in the computer's time zone with the locale's month names; stored times are UTC.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QTime, QTimeZone

from companion.domain.flags import FlagRule, Severity
from companion.domain.instruments import Instrument, Progress, QuestionnaireScore, SeverityBand, definition
from companion.domain.session import SessionState
from companion.ui.i18n import translate
from companion.ui.time_format import short_date_format, weekday_date_format

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


def local_time_text(moment: datetime) -> str:
    """Local date and time, unambiguous in any language (e.g. 2026-01-05 10:00)."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a local QDateTime (for axes and locale formatting)."""
    utc = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc())
    return utc.toLocalTime()


def epoch_ms(moment: datetime) -> float:
    return moment.timestamp() * 1000.0


def day_text(moment: datetime) -> str:
    """"5 Jan 2026" in local time."""
    return QLocale().toString(to_qdatetime(moment).date(), short_date_format())


def day_and_time_text(moment: datetime) -> str:
    """"5 Jan 2026, 14:05" in local time."""
    local = to_qdatetime(moment)
    return f"{QLocale().toString(local.date(), 'd MMM yyyy')}, {QLocale().toString(local.time(), 'HH:mm')}"


def time_text(moment: datetime) -> str:
    return QLocale().toString(to_qdatetime(moment).time(), "HH:mm")


def weekday_text(day: date) -> str:
    """"Tuesday 6 January"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), weekday_date_format())


def local_clock_text(hours: int, minutes: int) -> str:
    return QLocale().toString(QTime(hours, minutes), "HH:mm")


def state_text(state: SessionState) -> str:
    return {
        SessionState.PLANNED: translate("History", "Started"),
        SessionState.CHECKLIST: translate("History", "Checklist"),
        SessionState.HANDED_OVER: translate("History", "Handed over"),
        SessionState.DOSED: translate("History", "Dose taken"),
        SessionState.MONITORING: translate("History", "Monitoring"),
        SessionState.RECOVERY_CHECK: translate("History", "Recovery check"),
        SessionState.COMPLETED: translate("History", "Completed"),
        SessionState.ENDED_EARLY: translate("History", "Ended early"),
        SessionState.ABANDONED: translate("History", "Not started"),
    }[state]


def severity_text(severity: Severity) -> str:
    return {
        Severity.URGENT: translate("History", "Urgent"),
        Severity.HIGH: translate("History", "Important"),
        Severity.MODERATE: translate("History", "Worth mentioning"),
        Severity.INFO: translate("History", "For the record"),
    }[severity]


# The severity bands as people read them: the domain's English labels (SeverityBand.label), marked here
# so that a translation has them.
BAND_TEXTS: dict[SeverityBand, str] = {
    SeverityBand.MINIMAL: str(QT_TRANSLATE_NOOP("History", "Minimal")),
    SeverityBand.MILD: str(QT_TRANSLATE_NOOP("History", "Mild")),
    SeverityBand.MODERATE: str(QT_TRANSLATE_NOOP("History", "Moderate")),
    SeverityBand.MODERATELY_SEVERE: str(QT_TRANSLATE_NOOP("History", "Moderately severe")),
    SeverityBand.SEVERE: str(QT_TRANSLATE_NOOP("History", "Severe")),
    SeverityBand.BELOW_PTSD_CUTOFF: str(QT_TRANSLATE_NOOP("History", "Below the PTSD cut-off")),
    SeverityBand.PROBABLE_PTSD: str(QT_TRANSLATE_NOOP("History", "Probable PTSD")),
}


def band_text(band: SeverityBand) -> str:
    return translate("History", BAND_TEXTS[band])


def score_text(instrument: Instrument, score: QuestionnaireScore) -> str:
    """"8 of 27, mild"."""
    spec = definition(instrument)
    return (translate("History", "%1 of %2, %3").replace("%1", str(score.total))
            .replace("%2", str(spec.total_max)).replace("%3", band_text(score.band).lower()))


# Short names of the flag engine's rules, for a table cell (the full sentence is in the detail view).
FLAG_SHORT_TEXTS: dict[FlagRule, str] = {
    FlagRule.PHQ9_ITEM9: str(QT_TRANSLATE_NOOP("History", "PHQ-9 question 9")),
    FlagRule.PHQ9_RISE: str(QT_TRANSLATE_NOOP("History", "PHQ-9 up 5 or more")),
    FlagRule.GAD7_SEVERE: str(QT_TRANSLATE_NOOP("History", "GAD-7 severe")),
    FlagRule.PRE_DOSE_BP_CAUTION: str(QT_TRANSLATE_NOOP("History", "blood pressure in the caution range")),
    FlagRule.URGENT_BP: str(QT_TRANSLATE_NOOP("History", "urgent blood pressure")),
    FlagRule.SPO2_LOW: str(QT_TRANSLATE_NOOP("History", "low oxygen level (SpO2)")),
    FlagRule.SEDATION_OR_SLOW_BREATHING: str(QT_TRANSLATE_NOOP("History", "hard to wake or slow breathing")),
    FlagRule.CHECKIN_MISSED: str(QT_TRANSLATE_NOOP("History", "check-in missed")),
    FlagRule.CHECKIN_WITHOUT_CODE: str(QT_TRANSLATE_NOOP("History", "check-in without the sitter's code")),
    FlagRule.ENDED_BEFORE_MINIMUM: str(QT_TRANSLATE_NOOP("History", "ended before the minimum time")),
    FlagRule.CAUTION_ACKNOWLEDGED: str(QT_TRANSLATE_NOOP("History", "caution acknowledged")),
    FlagRule.SEVERE_SIDE_EFFECT: str(QT_TRANSLATE_NOOP("History", "severe side effect")),
    FlagRule.NO_RECORDED_END: str(QT_TRANSLATE_NOOP("History", "no recorded end")),
    FlagRule.LATE_EDIT: str(QT_TRANSLATE_NOOP("History", "log changed after 24 hours")),
    FlagRule.START_BLOCKED: str(QT_TRANSLATE_NOOP("History", "start blocked")),
}
# SessionSummary.notes (companion.storage.sessions.NOTE_*): facts of the record that are not flags.
SESSION_NOTE_TEXTS = {
    "sitter_worried": str(QT_TRANSLATE_NOOP("History", "sitter worried")),
    "help_used": str(QT_TRANSLATE_NOOP("History", "help used")),
    "recovery_check_failed": str(QT_TRANSLATE_NOOP("History", "recovery check not passed")),
    "confirmed_without_code": str(QT_TRANSLATE_NOOP("History",
                                                    "check-in confirmed without the sitter's code")),
}


def flag_short_text(rule: FlagRule) -> str:
    return translate("History", FLAG_SHORT_TEXTS[rule])


def session_note_text(name: str) -> str:
    if name not in SESSION_NOTE_TEXTS:
        return name.replace("_", " ")
    return translate("History", SESSION_NOTE_TEXTS[name])


def progress_text(moved: Progress, first_at: datetime) -> str:
    """How the latest total compares with the first one, and whether that is a response or remission."""
    first = translate("History", "the first one (%1 on %2)").replace("%1", str(moved.baseline_total)).replace(
        "%2", day_text(first_at))
    change = moved.percent_change
    if change is None or change == 0:
        same = moved.latest_total == moved.baseline_total
        sentence = (translate("History", "The same as %1.") if same
                    else translate("History", "Compared with %1.")).replace("%1", first)
    elif change < 0:
        sentence = translate("History", "%1 % lower than %2.").replace("%1", str(-change)).replace(
            "%2", first)
    else:
        sentence = translate("History", "%1 % higher than %2.").replace("%1", str(change)).replace(
            "%2", first)
    if moved.response and moved.remission:
        sentence += " " + translate("History", "Clinicians call this a response (half or less of the first "
                                               "score) and remission (below 5).")
    elif moved.response:
        sentence += " " + translate("History",
                                    "Clinicians call this a response: half or less of the first score.")
    elif moved.remission:
        sentence += " " + translate("History", "Below 5: what clinicians call remission.")
    return sentence
