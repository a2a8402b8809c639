"""One session in full: the session record (what the clinician receives), checklist answers, vitals,
sitter check-ins, help used, the logs after it.

Rendered as simple rich text in a read-only browser (it scrolls and reflows at any text size). Every
piece of recorded text is HTML-escaped before it is placed. Times follow the user's locale.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from companion.domain.session_events import HelpKind
from companion.storage.checkins import SIDE_EFFECTS
from companion.ui.core_text import core_text
from companion.ui.formatting import day_text, session_note_text, severity_text, state_text
from companion.ui.time_format import clock_text
from companion.ui.widgets.session_record_view import keep_together, record_html, record_rows

if TYPE_CHECKING:
    from companion.services.history import SessionDetail
    from companion.storage.attention import FlagView

RECORD_ANCHOR = "session-record"  # scrollToAnchor() shows the record's heading at the top
_VITALS_KIND = {
    "pre_dose": str(QT_TRANSLATE_NOOP("History", "Before the dose")),
    "recheck": str(QT_TRANSLATE_NOOP("History", "Re-check")),
    "final": str(QT_TRANSLATE_NOOP("History", "At the end")),
}
_CHECKIN_OUTCOME = {
    "all_well": str(QT_TRANSLATE_NOOP("History", "all well")),
    "worried": str(QT_TRANSLATE_NOOP("History", "sitter worried")),
    "missed": str(QT_TRANSLATE_NOOP("History", "missed")),
}
_HELP_KIND: dict[str, str] = {
    HelpKind.OPENED: str(QT_TRANSLATE_NOOP("History", "Help opened")),
    HelpKind.EMERGENCY: str(QT_TRANSLATE_NOOP("History", "Emergency")),
    HelpKind.DISTRESS: str(QT_TRANSLATE_NOOP("History", "Distress")),
    HelpKind.SITTER_GUIDANCE: str(QT_TRANSLATE_NOOP("History", "Guidance for the sitter")),
    HelpKind.PARAMEDICS: str(QT_TRANSLATE_NOOP("History", "For the paramedics")),
}
_SEVERITY = {
    "mild": str(QT_TRANSLATE_NOOP("History", "mild")),
    "moderate": str(QT_TRANSLATE_NOOP("History", "moderate")),
    "severe": str(QT_TRANSLATE_NOOP("History", "severe")),
}
_SIDE_EFFECTS = {
    "nausea": str(QT_TRANSLATE_NOOP("History", "Nausea")),
    "vomiting": str(QT_TRANSLATE_NOOP("History", "Vomiting")),
    "dizziness": str(QT_TRANSLATE_NOOP("History", "Dizziness")),
    "headache": str(QT_TRANSLATE_NOOP("History", "Headache")),
    "blurred_or_double_vision": str(QT_TRANSLATE_NOOP("History", "Blurred or double vision")),
    "racing_heart": str(QT_TRANSLATE_NOOP("History", "Racing heart")),
    "confusion": str(QT_TRANSLATE_NOOP("History", "Confusion")),
    "anxiety_or_panic": str(QT_TRANSLATE_NOOP("History", "Anxiety or panic")),
    "bladder_pain_or_urgency": str(QT_TRANSLATE_NOOP("History", "Bladder pain or urgency")),
    "other": str(QT_TRANSLATE_NOOP("History", "Other")),
}
assert set(_SIDE_EFFECTS) == set(SIDE_EFFECTS)


def _translated(table: dict[str, str], key: str) -> str:
    """A table's (QT_TRANSLATE_NOOP-marked) text, or the stored key made readable when it is unknown."""
    text = table.get(key)
    return key.replace("_", " ") if text is None else QCoreApplication.translate("History", text)


def _h(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _list(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def _day_and_time(moment_text: str, clock: str) -> str:
    return QCoreApplication.translate("History", "%1, %2").replace("%1", moment_text).replace("%2", clock)


def _flag_line(view: FlagView) -> str:
    line = f"{severity_text(view.flag.severity)} · {core_text(view.flag.text)}"
    if view.discussed_at is not None:
        line += " " + QCoreApplication.translate("History", "(discussed with your clinician on %1)").replace(
            "%1", day_text(view.discussed_at))
    return line


def _heading_html(detail: SessionDetail) -> list[str]:
    row, session = detail.row, detail.session
    started = _day_and_time(day_text(row.created_at), clock_text(row.created_at))
    title = QCoreApplication.translate("History", "Session of %1").replace("%1", started)
    parts = [f"<h2>{escape(title)}</h2>"]
    facts = [QCoreApplication.translate("History", "Status: %1").replace("%1", state_text(row.state))]
    if session.end_reason and row.dose_at is None:  # after a dose, the record says why it ended early
        facts.append(QCoreApplication.translate("History", "Reason: %1").replace("%1", session.end_reason))
    if row.notes:
        notes = ", ".join(session_note_text(note) for note in row.notes)
        facts.append(QCoreApplication.translate("History", "Also recorded: %1").replace("%1", notes))
    parts.append(_list(facts))
    if row.attention:
        parts.append(_h(QCoreApplication.translate("History", "To mention to your clinician")))
        parts.append(_list([_flag_line(view) for view in row.attention]))
    return parts


def _record_html(detail: SessionDetail) -> list[str]:
    title = escape(QCoreApplication.translate("History", "Session record"))
    parts = [f'<h3><a name="{RECORD_ANCHOR}"></a>{title}</h3>']
    if detail.session.dose_at is None:
        parts.append(_p(QCoreApplication.translate(
            "History", "No dose was taken in this session, so there is no monitoring record.")))
        return parts
    parts.append(_p(QCoreApplication.translate(
        "History", "What your clinician receives about this session, in the order of the monitoring form "
                   "clinics use.")))
    parts.append(record_html(record_rows(detail.record, detail.session)))
    return parts


def _before_html(detail: SessionDetail) -> list[str]:
    parts = [_h(QCoreApplication.translate("History", "Before the session"))]
    if detail.baseline is not None:
        baseline = detail.baseline
        line = (QCoreApplication.translate("History", "Mood %1 of 10, anxiety %2 of 10")
                .replace("%1", str(baseline.mood)).replace("%2", str(baseline.anxiety)))
        parts.append(_p(line))
        if baseline.intention:
            parts.append(_p(QCoreApplication.translate("History", "Intention: %1").replace(
                "%1", baseline.intention)))
    answers: list[str] = []
    for item, item_id, answer in detail.checklist:
        question = core_text(item.question) if item is not None else item_id.replace("_", " ")
        yes_no = (QCoreApplication.translate("History", "yes") if answer.value
                  else QCoreApplication.translate("History", "no"))
        text = f"{question} — {yes_no}"
        if answer.names:
            text += f" ({answer.names})"
        if answer.acknowledged:
            text += " · " + QCoreApplication.translate("History", "caution acknowledged")
        answers.append(text)
    parts.append(_p(QCoreApplication.translate("History", "Checklist answers:")) + _list(answers) if answers
                 else _p(QCoreApplication.translate("History", "No checklist answers.")))
    return parts


def _monitoring_html(detail: SessionDetail) -> list[str]:
    parts = [_h(QCoreApplication.translate("History", "Blood pressure and heart rate"))]
    vitals = []
    for v in detail.vitals:
        line = (f"{_translated(_VITALS_KIND, v.kind)} ({clock_text(v.measured_at)}): "
                f"{v.bp.systolic}/{v.bp.diastolic}")
        if v.heart_rate is not None:
            line += QCoreApplication.translate("History", ", heart rate %1").replace("%1", str(v.heart_rate))
        if v.spo2 is not None:
            spo2 = keep_together(QCoreApplication.translate("History", "%1 %").replace("%1", str(v.spo2)))
            line += QCoreApplication.translate("History", ", SpO2 %1").replace("%1", spo2)
        vitals.append(line)
    parts.append(_list(vitals) if vitals
                 else _p(QCoreApplication.translate("History", "No readings recorded.")))

    parts.append(_h(QCoreApplication.translate("History", "Sitter check-ins")))
    checkins = [
        QCoreApplication.translate("History", "Due %1, %2").replace("%1", clock_text(c.due_at))
        .replace("%2", _translated(_CHECKIN_OUTCOME, c.outcome))
        for c in detail.checkins
    ]
    parts.append(_list(checkins) if checkins
                 else _p(QCoreApplication.translate("History", "No check-ins recorded.")))

    parts.append(_h(QCoreApplication.translate("History", "Help used")))
    helps = [f"{clock_text(h.at)}: {_translated(_HELP_KIND, h.kind)}" for h in detail.help_uses]
    parts.append(_list(helps) if helps else _p(QCoreApplication.translate("History", "Help was not used.")))
    return parts


def _after_html(detail: SessionDetail) -> list[str]:
    parts = [_h(QCoreApplication.translate("History", "After the session"))]
    record = detail.post_session_log
    if record is None:
        parts.append(_p(QCoreApplication.translate("History", "No post-session log.")))
    else:
        log = record.log
        parts.append(_p(QCoreApplication.translate(
            "History", "Mood %1, anxiety %2, energy %3, peak intensity %4 (each of 10)")
                        .replace("%1", str(log.mood)).replace("%2", str(log.anxiety))
                        .replace("%3", str(log.energy)).replace("%4", str(log.peak_intensity))))
        effects = [
            _translated(_SIDE_EFFECTS, name)
            + (": " + log.other_text if name == "other" and log.other_text else "")
            + " — " + _translated(_SEVERITY, level)
            for name, level in log.side_effects.items() if level != "none"
        ]
        parts.append(_p(QCoreApplication.translate("History", "Side effects:")) + _list(effects) if effects
                     else _p(QCoreApplication.translate("History", "No side effects noted.")))
        if log.note:
            parts.append(_p(QCoreApplication.translate("History", "Note: %1").replace("%1", log.note)))
        if record.version > 1:
            saved = _day_and_time(day_text(record.updated_at), clock_text(record.updated_at))
            edited = (QCoreApplication.translate("History", "Changed %1 times; last saved %2.")
                      .replace("%1", str(record.version - 1)).replace("%2", saved))
            late = " " + QCoreApplication.translate("History",
                                                    "Changed more than 24 hours after it was made.")
            parts.append(_p(edited + (late if record.late_edit else "")))
    parts.append(_h(QCoreApplication.translate("History", "Next-day check-in")))
    checkin = detail.next_day_checkin
    if checkin is None:
        parts.append(_p(QCoreApplication.translate("History", "No next-day check-in.")))
    elif checkin.skipped:
        at = _day_and_time(day_text(checkin.recorded_at), clock_text(checkin.recorded_at))
        parts.append(_p(QCoreApplication.translate("History", "Skipped (%1).").replace("%1", at)))
    else:
        lines = []
        if checkin.sleep_quality is not None:
            lines.append(QCoreApplication.translate("History", "Sleep quality %1 of 10").replace(
                "%1", str(checkin.sleep_quality)))
        if checkin.mood is not None:
            lines.append(QCoreApplication.translate("History", "Mood %1 of 10").replace(
                "%1", str(checkin.mood)))
        if checkin.lingering:
            lines.append(QCoreApplication.translate("History", "Still lingering: %1").replace(
                "%1", checkin.lingering))
        if checkin.stood_out:
            lines.append(QCoreApplication.translate("History", "What stood out: %1").replace(
                "%1", checkin.stood_out))
        parts.append(_list(lines) if lines
                     else _p(QCoreApplication.translate("History", "Answered, with nothing noted.")))
    return parts


def detail_html(detail: SessionDetail) -> str:
    return "".join([*_heading_html(detail), *_record_html(detail), *_before_html(detail),
                    *_monitoring_html(detail), *_after_html(detail)])


class SessionDetailView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Session details"))
        self.setOpenLinks(False)
        # A long lot number or medicine name breaks anywhere rather than push the text sideways.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.show_nothing()

    def show_detail(self, detail: SessionDetail) -> None:
        self.setHtml(detail_html(detail))

    def show_nothing(self, message: str = "") -> None:
        self.setHtml(_p(message or self.tr(
            "Choose a session in the table to see everything recorded about it.")))

    def clear_content(self) -> None:
        self.clear()
        self.show_nothing()
