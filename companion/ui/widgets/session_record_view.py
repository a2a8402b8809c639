"""The session record of DESIGN.md §3 in History's session detail, in the shape of the monitoring form.

:func:`record_rows` turns a :class:`SessionMonitoringRecord` (read on the database thread with the rest
of the detail) into plain label / value rows in the order of the Spravato REMS patient monitoring
form, so the patient reads what their clinician receives. Nothing is left blank: a field a session
never recorded (older sessions lack the lot number, SpO2, the check-in observations and the medicine
categories) says "not recorded", "not asked" or "not measured". :func:`record_html` lays the rows out
as a two-column table that reflows with the text size. Times follow the user's locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from companion.domain.care_plan import Route
from companion.domain.checklist import MedicineCategory
from companion.ui.core_text import number_text
from companion.ui.time_format import clock_text

if TYPE_CHECKING:
    from companion.domain.session import Session
    from companion.domain.session_record import RecordedReading, SessionMonitoringRecord

# Short names for the record (the checklist's own labels add examples, too long for a form row).
_MEDICINE_CATEGORIES: dict[MedicineCategory, str] = {
    MedicineCategory.BENZODIAZEPINES: str(QT_TRANSLATE_NOOP("History", "Benzodiazepines")),
    MedicineCategory.SLEEPING_PILLS: str(QT_TRANSLATE_NOOP("History", "Other sleeping pills")),
    MedicineCategory.STIMULANTS: str(QT_TRANSLATE_NOOP("History", "Stimulants")),
    MedicineCategory.MAOIS: str(QT_TRANSLATE_NOOP("History", "MAOIs")),
    MedicineCategory.OPIOIDS: str(QT_TRANSLATE_NOOP("History", "Opioids")),
}
_ROUTES: dict[Route, str] = {
    Route.SUBLINGUAL: str(QT_TRANSLATE_NOOP("History", "Under the tongue (sublingual)")),
    Route.ORAL: str(QT_TRANSLATE_NOOP("History", "Swallowed (oral)")),
    Route.INTRANASAL: str(QT_TRANSLATE_NOOP("History", "Nasal spray (intranasal)")),
    Route.INTRAMUSCULAR: str(QT_TRANSLATE_NOOP("History", "Injection into a muscle (intramuscular)")),
}
assert set(_MEDICINE_CATEGORIES) == set(MedicineCategory) and set(_ROUTES) == set(Route)


@dataclass(frozen=True)
class RecordRow:
    """One row of the form: a plain label and its value, one line each (never empty)."""

    label: str
    values: tuple[str, ...]


def _row(label: str, *values: str) -> RecordRow:
    return RecordRow(label, values)


def keep_together(text: str) -> str:
    """A number with its unit on one line ("94 %", "56 mg"): its spaces become no-break spaces."""
    return text.replace(" ", "\u00a0")


def _yes_no(value: bool | None, missing: str) -> str:
    if value is None:
        return missing
    if value:
        return QCoreApplication.translate("History", "Yes")
    return QCoreApplication.translate("History", "No")


def _acceptable(value: bool | None) -> str:
    return _yes_no(value, QCoreApplication.translate("History", "not measured"))


def _observed(value: bool | None) -> str:
    return _yes_no(value, QCoreApplication.translate("History", "not asked"))


def _reading(reading: RecordedReading | None) -> str:
    """"128/82 mmHg, heart rate 74, at 15:05"."""
    if reading is None:
        return QCoreApplication.translate("History", "not measured")
    bp = keep_together(QCoreApplication.translate("History", "%1 mmHg").replace(
        "%1", f"{reading.bp.systolic}/{reading.bp.diastolic}"))
    if reading.heart_rate is None:
        return (QCoreApplication.translate("History", "%1, at %2")
                .replace("%1", bp).replace("%2", clock_text(reading.at)))
    return (QCoreApplication.translate("History", "%1, heart rate %2, at %3")
            .replace("%1", bp).replace("%2", str(reading.heart_rate)).replace("%3", clock_text(reading.at)))


def _percent(value: int) -> str:
    return keep_together(QCoreApplication.translate("History", "%1 %").replace("%1", str(value)))


def _ready(record: SessionMonitoringRecord, session: Session) -> str:
    if record.ready_at is not None:
        return clock_text(record.ready_at)
    failure = session.last_recovery_failure
    if failure is not None:
        return (QCoreApplication.translate("History", "Did not pass (last tried at %1)")
                .replace("%1", clock_text(failure.at)))
    return QCoreApplication.translate("History", "not recorded")


def _dose_rows(record: SessionMonitoringRecord, session: Session) -> list[RecordRow]:
    monitored = (QCoreApplication.translate("History", "not recorded") if record.minutes_monitored is None
                 else keep_together(QCoreApplication.translate("History", "%1 minutes").replace(
                     "%1", QLocale().toString(record.minutes_monitored))))
    return [
        _row(QCoreApplication.translate("History", "Medication"),
             record.medication or QCoreApplication.translate("History", "not recorded")),
        _row(QCoreApplication.translate("History", "Dose"),
             keep_together(QCoreApplication.translate("History", "%1 mg").replace(
                 "%1", number_text(record.dose_mg)))),
        _row(QCoreApplication.translate("History", "Route"),
             QCoreApplication.translate("History", _ROUTES[record.route])),
        _row(QCoreApplication.translate("History", "Lot number"),
             record.lot_number or QCoreApplication.translate("History", "not recorded")),
        _row(QCoreApplication.translate("History", "Time of dose"),
             QCoreApplication.translate("History", "not recorded") if record.dose_at is None
             else clock_text(record.dose_at)),
        _row(QCoreApplication.translate("History", "Total time monitored"), monitored),
        _row(QCoreApplication.translate("History", "Ready to be left at (recovery check passed)"),
             _ready(record, session)),
    ]


def _vitals_rows(record: SessionMonitoringRecord, session: Session) -> list[RecordRow]:
    if record.first_recheck_minutes is None:
        recheck = _row(QCoreApplication.translate("History", "Blood pressure at the first re-check"),
                       QCoreApplication.translate("History", "no re-check in the care plan"))
    else:
        after = keep_together(QCoreApplication.translate("History", "%1 minutes").replace(
            "%1", QLocale().toString(record.first_recheck_minutes)))
        recheck = _row(QCoreApplication.translate("History", "Blood pressure at %1").replace("%1", after),
                       _reading(record.bp_40))
    rows = [
        _row(QCoreApplication.translate("History", "Vital signs acceptable before the dose"),
             _acceptable(record.vitals_acceptable_before)),
        _row(QCoreApplication.translate("History", "Vital signs acceptable at the end"),
             _acceptable(record.vitals_acceptable_at_end)),
        _row(QCoreApplication.translate("History", "Blood pressure before the dose"),
             _reading(record.bp_before)),
        recheck,
        _row(QCoreApplication.translate("History", "Blood pressure at the end"), _reading(record.bp_end)),
    ]
    if record.spo2_readings:
        rows.append(_row(QCoreApplication.translate("History", "Oxygen level (SpO2), lowest"),
                         _percent(min(r.spo2 for r in record.spo2_readings))))
        rows.append(RecordRow(
            QCoreApplication.translate("History", "Oxygen level (SpO2), each reading"),
            tuple(QCoreApplication.translate("History", "%1 at %2").replace("%1", _percent(r.spo2))
                  .replace("%2", clock_text(r.at)) for r in record.spo2_readings)))
    elif not session.plan.kit_has_oximeter:
        rows.append(_row(QCoreApplication.translate("History", "Oxygen level (SpO2)"),
                         QCoreApplication.translate("History", "No oximeter in the kit")))
    else:
        rows.append(_row(QCoreApplication.translate("History", "Oxygen level (SpO2)"),
                         QCoreApplication.translate("History", "not measured")))
    return rows


def _medicines(record: SessionMonitoringRecord) -> tuple[str, ...]:
    if record.other_medicines_taken is None:
        return (QCoreApplication.translate("History", "not recorded"),)
    if not record.other_medicines_taken:
        return (QCoreApplication.translate("History", "None"),)
    if record.other_medicine_categories_recorded:
        lines = [QCoreApplication.translate("History", _MEDICINE_CATEGORIES[category])
                 for category in record.other_medicines]
    else:
        lines = [QCoreApplication.translate("History", "Yes (categories not recorded)")]
    if record.other_medicine_names:
        lines.append(QCoreApplication.translate("History", "Named: %1").replace(
            "%1", record.other_medicine_names))
    return tuple(lines)


def record_rows(record: SessionMonitoringRecord, session: Session) -> list[RecordRow]:
    """The form's rows, top to bottom; ``session`` is the one the record was built from."""
    rows = [*_dose_rows(record, session), *_vitals_rows(record, session)]
    rows += [
        _row(QCoreApplication.translate("History", "Very sleepy or hard to wake at a check-in (sedation)"),
             _observed(record.sedation)),
        _row(QCoreApplication.translate("History", "Detached or confused at a check-in (dissociation)"),
             _observed(record.dissociation)),
        _row(QCoreApplication.translate("History", "Breathing slowly or shallowly at a check-in"),
             _observed(record.breathing)),
        RecordRow(QCoreApplication.translate("History", "Other medicines today"), _medicines(record)),
        _row(QCoreApplication.translate("History", "Sitter check-ins confirmed"),
             QLocale().toString(record.checkins_confirmed)),
        _row(QCoreApplication.translate("History", "Sitter check-ins missed"),
             QLocale().toString(record.checkins_missed)),
        _row(QCoreApplication.translate("History", "Confirmed without the sitter's code"),
             QLocale().toString(record.checkins_without_code)),
    ]
    if record.ended_early is not None:
        rows.append(_row(QCoreApplication.translate("History", "Ended early, because"), record.ended_early))
    return rows


def record_html(rows: list[RecordRow]) -> str:
    """A two-column table (label, value) that wraps at any width; every text is escaped."""
    cells = "".join(
        '<tr><td width="45%" valign="top">' + escape(row.label) + '</td><td valign="top"><b>'
        + "<br>".join(escape(value) for value in row.values) + "</b></td></tr>"
        for row in rows
    )
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="6" '
            'style="border-collapse: collapse;">' + cells + "</table>")
