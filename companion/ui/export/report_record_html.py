"""The session record as rich text: one row per session, in the shape of the Spravato REMS patient
monitoring form (DESIGN.md §3), on landscape pages with the column headings repeated on each page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.domain.checklist import MedicineCategory
from companion.domain.flags import FlagRule
from companion.domain.session import SessionState
from companion.export.report_model import RecordRow, Report
from companion.ui.core_text import number_text
from companion.ui.export.report_format import (
    DASH,
    bold,
    clock_text,
    day_text,
    esc,
    flag_short_text,
    reading_text,
    route_abbreviation,
    yes_no,
)
from companion.ui.export.report_style import grid_tables


def _medicines(row: RecordRow) -> str:
    record = row.record
    if record.other_medicines_taken is None:
        return DASH
    if not record.other_medicines_taken:
        return esc(QCoreApplication.translate("Report", "none"))
    names = {
        MedicineCategory.BENZODIAZEPINES: QCoreApplication.translate("Report", "benzodiazepine"),
        MedicineCategory.SLEEPING_PILLS: QCoreApplication.translate("Report", "other sleeping pill"),
        MedicineCategory.STIMULANTS: QCoreApplication.translate("Report", "stimulant"),
        MedicineCategory.MAOIS: QCoreApplication.translate("Report", "MAOI"),
        MedicineCategory.OPIOIDS: QCoreApplication.translate("Report", "opioid"),
    }
    kinds = ", ".join(names[category] for category in record.other_medicines)
    if not record.other_medicine_categories_recorded:
        kinds = QCoreApplication.translate("Report", "yes (kinds not recorded)")
    text = bold(kinds)
    if record.other_medicine_names:
        text += f"<br/>{esc(record.other_medicine_names)}"
    return text


def _outcome(row: RecordRow) -> str:
    record = row.record
    if record.state is SessionState.COMPLETED:
        text = esc(QCoreApplication.translate("Report", "completed"))
    elif record.state is SessionState.ENDED_EARLY:
        text = bold(QCoreApplication.translate("Report", "ended early")) + esc(
            f": {record.ended_early}" if record.ended_early else ""
        )
    elif record.state is SessionState.ABANDONED:
        text = bold(QCoreApplication.translate("Report", "not dosed")) + esc(
            f": {row.not_started_reason}" if row.not_started_reason else ""
        )
    else:
        text = bold(QCoreApplication.translate("Report", "not finished"))
    if row.flag_rules:
        names = ", ".join(dict.fromkeys(flag_short_text(rule) for rule in row.flag_rules))
        flagged = QCoreApplication.translate("Report", "flagged: %1").replace("%1", names)
        text += f"<br/><i>{esc(flagged)}</i>"
    return text


def _observed(row: RecordRow) -> str:
    record = row.record
    values = (record.sedation, record.dissociation, record.breathing)
    return " / ".join(bold(yes_no(value)) if value else esc(yes_no(value)) for value in values)


def _checkins(row: RecordRow) -> str:
    record = row.record
    if record.dose_at is None:
        return DASH
    missed = bold(str(record.checkins_missed)) if record.checkins_missed else "0"
    without = bold(str(record.checkins_without_code)) if record.checkins_without_code else "0"
    return f"{record.checkins_confirmed} / {missed} / {without}"


def _marked(text: str, flagged: bool) -> str:
    return bold(text) if flagged else esc(text)


def _row(row: RecordRow) -> str:
    record = row.record
    dosed = record.dose_at is not None
    medication = (
        f"{record.medication} {number_text(record.dose_mg)} mg {route_abbreviation(record.route)}"
        if dosed
        else DASH
    )
    spo2 = DASH if record.spo2_lowest is None else f"{record.spo2_lowest} %"
    minutes = DASH if record.minutes_monitored is None else str(record.minutes_monitored)
    rules = set(row.flag_rules)
    # What a flag is about stands out in bold, so the eye finds it going down the column.
    before = _marked(
        reading_text(record.bp_before),
        record.vitals_acceptable_before is False or FlagRule.PRE_DOSE_BP_CAUTION in rules,
    )
    recheck = _marked(reading_text(record.bp_40), FlagRule.URGENT_BP in rules)
    end = _marked(reading_text(record.bp_end), record.vitals_acceptable_at_end is False)
    cells = (
        bold(str(row.number)),
        esc(day_text(row.at)),
        esc(medication),
        esc(record.lot_number or DASH),
        esc(clock_text(record.dose_at)),
        esc(minutes),
        esc(clock_text(record.ready_at)),
        esc(f"{yes_no(record.vitals_acceptable_before)} / {yes_no(record.vitals_acceptable_at_end)}"),
        before,
        recheck,
        end,
        _marked(spo2, FlagRule.SPO2_LOW in rules),
        _observed(row),
        _medicines(row),
        _checkins(row),
        _outcome(row),
    )
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def _headings(recheck: int | None) -> list[tuple[str, int]]:
    """(heading, width in per cent) of each column."""
    at_recheck = (
        QCoreApplication.translate("Report", "BP at %1 min (HR)").replace("%1", str(recheck))
        if recheck is not None
        else QCoreApplication.translate("Report", "BP at the first re-check (HR)")
    )
    return [
        ("#", 2),
        (QCoreApplication.translate("Report", "Date"), 7),
        (QCoreApplication.translate("Report", "Medication, dose, route"), 10),
        (QCoreApplication.translate("Report", "Lot"), 5),
        (QCoreApplication.translate("Report", "Dose at"), 4),
        (QCoreApplication.translate("Report", "Minutes"), 5),
        (QCoreApplication.translate("Report", "Ready to be left"), 5),
        (QCoreApplication.translate("Report", "Vitals OK before / end"), 6),
        (QCoreApplication.translate("Report", "BP before the dose (HR)"), 7),
        (at_recheck, 7),
        (QCoreApplication.translate("Report", "BP at the end (HR)"), 7),
        (QCoreApplication.translate("Report", "SpO2 lowest"), 4),
        (QCoreApplication.translate("Report", "Very sleepy / detached / slow breathing"), 7),
        (QCoreApplication.translate("Report", "Other medicines that day"), 7),
        (QCoreApplication.translate("Report", "Check-ins done / missed / no code"), 6),
        (QCoreApplication.translate("Report", "Outcome"), 11),
    ]


def record_html(report: Report) -> str:
    title = QCoreApplication.translate(
        "Report", "Session record (after the Spravato REMS patient monitoring form)"
    )
    key = QCoreApplication.translate(
        "Report",
        "One row per session in the period. Times are the patient's local time. BP in mmHg with the "
        "heart rate (HR) per minute in brackets. Minutes: monitored from the dose to the end. SL sublingual, "
        "PO oral, IN intranasal, IM intramuscular. Vitals OK: the reading before the dose allowed a start / "
        "the last one was within the care plan's limits. %1 not recorded.",
    ).replace("%1", DASH)
    head = "".join(
        f"<th width='{width}%'>{esc(text)}</th>" for text, width in _headings(report.charts.recheck_minutes)
    )
    rows = [_row(row) for row in report.record]
    return (
        f"<html><body><h2>{esc(title)}</h2><p class='small'>{esc(key)}</p>"
        f"{grid_tables(f'<thead><tr>{head}</tr></thead>', rows)}</body></html>"
    )
