"""How the report writes times, numbers, readings and labels (Qt: the locale and translations).

Times are shown in the patient's local time (the report is made on the patient's computer), dates with
the locale's month names. Every label goes through ``QCoreApplication.translate("Report", …)``.
"""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from companion.domain.care_plan import Route
from companion.domain.flags import FlagRule, Severity
from companion.domain.instruments import SeverityBand
from companion.domain.session_record import RecordedReading
from companion.domain.vitals import BloodPressure
from companion.ui.time_format import short_date_format

DASH = "—"  # not recorded
MINUS = "\u2212"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def local(moment: datetime) -> datetime:
    """``moment`` in this computer's time zone (the patient's)."""
    return moment.astimezone()


def day_text(moment: datetime | None, *, own_offset: bool = False) -> str:
    """ "5 Mar 2026" (local; or at the moment's own UTC offset)."""
    if moment is None:
        return DASH
    day = moment if own_offset else local(moment)
    return QLocale().toString(QDate(day.year, day.month, day.day), short_date_format())


def date_text(day: date) -> str:
    """A calendar day (the period's ends): "5 Mar 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), short_date_format())


def clock_text(moment: datetime | None, *, own_offset: bool = False) -> str:
    """ "14:05" (local; or at the moment's own UTC offset)."""
    if moment is None:
        return DASH
    at = moment if own_offset else local(moment)
    return QLocale().toString(QTime(at.hour, at.minute), "HH:mm")


def offset_text(moment: datetime) -> str:
    """ "UTC+01:00" from the moment's own offset."""
    offset = moment.utcoffset()
    minutes = 0 if offset is None else round(offset.total_seconds() / 60)
    sign = "+" if minutes >= 0 else MINUS
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def signed(value: int) -> str:
    """ "+3", "−10", "0" (a real minus sign)."""
    return f"+{value}" if value > 0 else (f"{MINUS}{-value}" if value < 0 else "0")


def bp_text(bp: BloodPressure | None) -> str:
    return DASH if bp is None else f"{bp.systolic}/{bp.diastolic}"


def reading_text(reading: RecordedReading | None) -> str:
    """ "124/78 (72)" — blood pressure and, in brackets, heart rate of one reading."""
    if reading is None:
        return DASH
    text = bp_text(reading.bp)
    if reading.heart_rate is not None:
        text += f" ({reading.heart_rate})"
    return text


def yes_no(value: bool | None) -> str:
    if value is None:
        return DASH
    return (
        QCoreApplication.translate("Report", "yes") if value else QCoreApplication.translate("Report", "no")
    )


def route_text(route: Route) -> str:
    return {
        Route.SUBLINGUAL: QCoreApplication.translate("Report", "sublingual"),
        Route.ORAL: QCoreApplication.translate("Report", "oral"),
        Route.INTRANASAL: QCoreApplication.translate("Report", "intranasal"),
        Route.INTRAMUSCULAR: QCoreApplication.translate("Report", "intramuscular"),
    }[route]


def route_abbreviation(route: Route) -> str:
    """The prescription abbreviations clinicians read: SL, PO, IN, IM."""
    return {Route.SUBLINGUAL: "SL", Route.ORAL: "PO", Route.INTRANASAL: "IN", Route.INTRAMUSCULAR: "IM"}[
        route
    ]


def severity_label(severity: Severity) -> str:
    """Upper case and in words, so it reads without colour."""
    return {
        Severity.URGENT: QCoreApplication.translate("Report", "URGENT"),
        Severity.HIGH: QCoreApplication.translate("Report", "HIGH"),
        Severity.MODERATE: QCoreApplication.translate("Report", "MODERATE"),
        Severity.INFO: QCoreApplication.translate("Report", "FOR THE RECORD"),
    }[severity]


def severity_count_text(severity: Severity, count: int) -> str:
    return {
        Severity.URGENT: QCoreApplication.translate("Report", "%1 urgent"),
        Severity.HIGH: QCoreApplication.translate("Report", "%1 high"),
        Severity.MODERATE: QCoreApplication.translate("Report", "%1 moderate"),
        Severity.INFO: QCoreApplication.translate("Report", "%1 for the record"),
    }[severity].replace("%1", str(count))


def band_text(band: SeverityBand) -> str:
    return {
        SeverityBand.MINIMAL: QCoreApplication.translate("Report", "minimal"),
        SeverityBand.MILD: QCoreApplication.translate("Report", "mild"),
        SeverityBand.MODERATE: QCoreApplication.translate("Report", "moderate"),
        SeverityBand.MODERATELY_SEVERE: QCoreApplication.translate("Report", "moderately severe"),
        SeverityBand.SEVERE: QCoreApplication.translate("Report", "severe"),
        SeverityBand.BELOW_PTSD_CUTOFF: QCoreApplication.translate("Report", "below the PTSD cut-off"),
        SeverityBand.PROBABLE_PTSD: QCoreApplication.translate("Report", "probable PTSD"),
    }[band]


def side_effect_severity_text(severity: str) -> str:
    return {
        "mild": QCoreApplication.translate("Report", "mild"),
        "moderate": QCoreApplication.translate("Report", "moderate"),
        "severe": QCoreApplication.translate("Report", "severe"),
    }.get(severity, severity)


def weekdays_text(weekdays: tuple[int, ...]) -> str:
    """ "Tue, Fri" in the locale's short day names."""
    return ", ".join(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat) for day in weekdays)


def session_ref(number: int | None) -> str:
    return (
        ""
        if number is None
        else QCoreApplication.translate("Report", "session %1").replace("%1", str(number))
    )


def fill(template: str, *values: str) -> str:
    """A translated ``template`` as rich text, its %1, %2, … replaced by ``values`` (already rich text:
    escape plain values with :func:`esc`, or make them bold with :func:`bold`)."""
    text = esc(template)
    for index in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{index}", values[index - 1])
    return text


def bold(text: str) -> str:
    return f"<b>{esc(text)}</b>"


def flag_short_text(rule: FlagRule) -> str:
    """A flag in a few words, for a table cell (the full sentence is under "Needs attention")."""
    return {
        FlagRule.PHQ9_ITEM9: QCoreApplication.translate("Report", "PHQ-9 question 9"),
        FlagRule.PHQ9_RISE: QCoreApplication.translate("Report", "PHQ-9 up 5 or more"),
        FlagRule.GAD7_SEVERE: QCoreApplication.translate("Report", "GAD-7 severe"),
        FlagRule.PRE_DOSE_BP_CAUTION: QCoreApplication.translate("Report", "BP in the caution range"),
        FlagRule.URGENT_BP: QCoreApplication.translate("Report", "urgent BP"),
        FlagRule.SPO2_LOW: QCoreApplication.translate("Report", "low SpO2"),
        FlagRule.SEDATION_OR_SLOW_BREATHING: QCoreApplication.translate(
            "Report", "hard to wake or slow breathing"
        ),
        FlagRule.CHECKIN_MISSED: QCoreApplication.translate("Report", "check-in missed"),
        FlagRule.CHECKIN_WITHOUT_CODE: QCoreApplication.translate("Report", "check-in without code"),
        FlagRule.ENDED_BEFORE_MINIMUM: QCoreApplication.translate("Report", "ended before the minimum"),
        FlagRule.CAUTION_ACKNOWLEDGED: QCoreApplication.translate("Report", "caution acknowledged"),
        FlagRule.SEVERE_SIDE_EFFECT: QCoreApplication.translate("Report", "severe side effect"),
        FlagRule.NO_RECORDED_END: QCoreApplication.translate("Report", "no recorded end"),
        FlagRule.LATE_EDIT: QCoreApplication.translate("Report", "log changed after 24 h"),
        FlagRule.START_BLOCKED: QCoreApplication.translate("Report", "start blocked"),
    }[rule]
