"""One session's record in full, below the session table: the REMS monitoring form's fields as label /
value rows that wrap at any text size (the table beside it is one line per session and scrolls sideways).

The rows are laid out by History's :func:`~companion.ui.widgets.session_record_view.record_html`, so
the clinician reads the same form the patient's History shows; the values come from the export.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from companion.desk.export_records import DeskSession, VitalReading
from companion.ui.desk.desk_texts import day_and_time_text, yes_no_text
from companion.ui.desk.session_record_model import Column, cell_text
from companion.ui.i18n import translate
from companion.ui.time_format import clock_text
from companion.ui.widgets.session_record_view import RecordRow, keep_together, record_html

_SEVERITIES = {
    "mild": str(QT_TRANSLATE_NOOP("Desk", "mild")),
    "moderate": str(QT_TRANSLATE_NOOP("Desk", "moderate")),
    "severe": str(QT_TRANSLATE_NOOP("Desk", "severe")),
}


def _side_effect(label: str, severity: str) -> str:
    """"Nausea (moderate)"; a severity a newer app may add is shown as it came."""
    shown = translate("Desk", _SEVERITIES[severity]) if severity in _SEVERITIES else severity
    return translate("Desk", "%1 (%2)").replace("%1", label).replace("%2", shown)


def _reading(reading: VitalReading | None) -> str:
    if reading is None:
        return translate("Desk", "not measured")
    bp = keep_together(translate("Desk", "%1 mmHg").replace(
        "%1", f"{reading.bp.systolic}/{reading.bp.diastolic}"))
    parts = [bp]
    if reading.heart_rate is not None:
        parts.append(translate("Desk", "heart rate %1").replace("%1", str(reading.heart_rate)))
    if reading.spo2 is not None:
        parts.append(keep_together(translate("Desk", "SpO2 %1 %").replace("%1", str(reading.spo2))))
    return (translate("Desk", "%1, at %2").replace("%1", ", ".join(parts))
            .replace("%2", clock_text(reading.measured_at)))


def _first(session: DeskSession, kind: str) -> VitalReading | None:
    return next((r for r in session.readings if r.kind == kind), None)


def _last(session: DeskSession, kind: str) -> VitalReading | None:
    return next((r for r in reversed(session.readings) if r.kind == kind), None)


def record_rows(session: DeskSession) -> list[RecordRow]:
    """The form's rows, top to bottom, never empty."""
    def row(label: str, *values: str) -> RecordRow:
        return RecordRow(label, values)

    minutes = session.first_recheck_minutes
    recheck_label = (translate("Desk", "Blood pressure at the first re-check") if minutes is None
                     else translate("Desk", "Blood pressure at %1 minutes").replace("%1", str(minutes)))
    rows = [
        row(translate("Desk", "Time of dose"), cell_text(session, Column.DATE)),
        row(translate("Desk", "Medication, dose, route"), cell_text(session, Column.MEDICATION)),
        row(translate("Desk", "Lot number"), cell_text(session, Column.LOT)),
        row(translate("Desk", "Sitter"), session.sitter_name or translate("Desk", "not recorded")),
        row(translate("Desk", "Minutes monitored, of the plan's minimum"),
            cell_text(session, Column.MONITORED)),
        row(translate("Desk", "Ready to be left at (recovery check passed)"),
            cell_text(session, Column.READY)),
        row(translate("Desk", "Vital signs acceptable before the dose"),
            yes_no_text(session.vitals_acceptable_before)),
        row(translate("Desk", "Vital signs acceptable at the end"),
            yes_no_text(session.vitals_acceptable_at_end)),
        row(translate("Desk", "Blood pressure before the dose"), _reading(_first(session, "pre_dose"))),
        row(recheck_label, _reading(_first(session, "recheck"))),
        row(translate("Desk", "Blood pressure at the end"), _reading(_last(session, "final"))),
        row(translate("Desk", "Oxygen level (SpO2), lowest"), cell_text(session, Column.SPO2)),
        row(translate("Desk", "Very sleepy or hard to wake at a check-in (sedation)"),
            yes_no_text(session.sedation)),
        row(translate("Desk", "Detached or confused at a check-in (dissociation)"),
            yes_no_text(session.dissociation)),
        row(translate("Desk", "Breathing slowly or shallowly at a check-in"),
            yes_no_text(session.slow_breathing)),
        row(translate("Desk", "Other medicines today"), cell_text(session, Column.MEDICINES)),
        row(translate("Desk", "Sitter check-ins confirmed · missed"), cell_text(session, Column.CHECKINS)),
    ]
    if session.checkins_without_code:
        rows.append(row(translate("Desk", "Confirmed without the sitter's code"),
                        str(session.checkins_without_code)))
    if session.help_used:
        rows.append(row(translate("Desk", "Help opened"), QLocale().toString(session.help_used)))
    if session.side_effects:
        rows.append(RecordRow(translate("Desk", "Side effects reported after it"), tuple(
            _side_effect(effect.label, effect.severity) for effect in session.side_effects)))
    rows.append(row(translate("Desk", "How it ended"), cell_text(session, Column.OUTCOME)))
    return rows


class SessionRecordDetail(QTextBrowser):
    """The chosen session's record; a sentence when none is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Desk", "The chosen session's record"))
        self.setOpenLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.show_nothing()

    def show_session(self, session: DeskSession) -> None:
        moment = session.dose_at or session.at
        title = (translate("Desk", "Session of %1").replace("%1", day_and_time_text(moment)) if moment
                 else translate("Desk", "Session"))
        self.setHtml(f"<h3>{escape(title)}</h3>" + record_html(record_rows(session)))

    def show_nothing(self) -> None:
        self.setPlainText(translate("Desk", "Choose a session in the table to read its whole record here."))
