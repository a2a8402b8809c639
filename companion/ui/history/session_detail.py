"""One session in full: checklist answers, vitals, sitter check-ins, help used, the logs after it.

Rendered as simple rich text in a read-only browser (it scrolls and reflows at any text size). Every
piece of recorded text is HTML-escaped before it is placed.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

from companion.domain.session_events import HelpKind
from companion.storage.checkins import SIDE_EFFECT_LABELS
from companion.ui.history.display import (
    day_and_time_text,
    day_text,
    session_note_text,
    severity_text,
    state_text,
    time_text,
    tr,
)

if TYPE_CHECKING:
    from companion.storage.attention import FlagView
    from companion.ui.history.history_data import SessionDetail

_VITALS_KIND = {"pre_dose": "Before the dose", "recheck": "Re-check", "final": "At the end"}
_CHECKIN_OUTCOME = {"all_well": "all well", "worried": "sitter worried", "missed": "missed"}
_HELP_KIND = {
    HelpKind.OPENED: "Help opened",
    HelpKind.EMERGENCY: "Emergency",
    HelpKind.DISTRESS: "Distress",
    HelpKind.SITTER_GUIDANCE: "Guidance for the sitter",
}
_SEVERITY = {"mild": "mild", "moderate": "moderate", "severe": "severe"}


def _h(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _list(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def _side_effect_name(name: str) -> str:
    if name == "other":
        return tr("Other")
    return tr(SIDE_EFFECT_LABELS.get(name, name.replace("_", " ")).capitalize())


def _flag_line(view: FlagView) -> str:
    line = f"{severity_text(view.flag.severity)} · {view.flag.text}"
    if view.discussed_at is not None:
        line += " " + tr("(discussed with your clinician on %1)").replace("%1", day_text(view.discussed_at))
    return line


def detail_html(detail: SessionDetail) -> str:
    row, session = detail.row, detail.session
    parts = [f"<h2>{escape(tr('Session of %1').replace('%1', day_and_time_text(row.created_at)))}</h2>"]
    facts = [tr("Status: %1").replace("%1", state_text(row.state))]
    if row.dose_at is not None:
        facts.append(tr("Dose taken at %1").replace("%1", time_text(row.dose_at)))
    if row.minutes_monitored is not None:
        facts.append(tr("Monitored for %1 minutes after the dose").replace("%1", str(row.minutes_monitored)))
    if session.end_reason:
        facts.append(tr("Reason: %1").replace("%1", session.end_reason))
    if row.notes:
        notes = ", ".join(session_note_text(note) for note in row.notes)
        facts.append(tr("Also recorded: %1").replace("%1", notes))
    parts.append(_list(facts))
    if row.attention:
        parts.append(_h(tr("To mention to your clinician")))
        parts.append(_list([_flag_line(view) for view in row.attention]))

    parts.append(_h(tr("Before the session")))
    if detail.baseline is not None:
        baseline = detail.baseline
        line = tr("Mood %1 of 10, anxiety %2 of 10").replace("%1", str(baseline.mood)).replace(
            "%2", str(baseline.anxiety))
        parts.append(_p(line))
        if baseline.intention:
            parts.append(_p(tr("Intention: %1").replace("%1", baseline.intention)))
    answers: list[str] = []
    for item, item_id, answer in detail.checklist:
        question = item.question if item is not None else item_id.replace("_", " ")
        text = f"{question} — {tr('yes') if answer.value else tr('no')}"
        if answer.names:
            text += f" ({answer.names})"
        if answer.acknowledged:
            text += " · " + tr("caution acknowledged")
        answers.append(text)
    parts.append(_p(tr("Checklist answers:")) + _list(answers) if answers
                 else _p(tr("No checklist answers.")))

    parts.append(_h(tr("Blood pressure and heart rate")))
    vitals = [
        f"{tr(_VITALS_KIND.get(v.kind, v.kind))} ({time_text(v.measured_at)}): "
        f"{v.bp.systolic}/{v.bp.diastolic}"
        + ("" if v.heart_rate is None else tr(", heart rate %1").replace("%1", str(v.heart_rate)))
        for v in detail.vitals
    ]
    parts.append(_list(vitals) if vitals else _p(tr("No readings recorded.")))

    parts.append(_h(tr("Sitter check-ins")))
    checkins = [
        tr("Due %1, %2").replace("%1", time_text(c.due_at)).replace("%2", tr(_CHECKIN_OUTCOME[c.outcome]))
        for c in detail.checkins
    ]
    parts.append(_list(checkins) if checkins else _p(tr("No check-ins recorded.")))

    parts.append(_h(tr("Help used")))
    helps = [f"{time_text(h.at)}: {tr(_HELP_KIND.get(h.kind, str(h.kind)))}" for h in detail.help_uses]
    parts.append(_list(helps) if helps else _p(tr("Help was not used.")))

    parts.append(_h(tr("After the session")))
    record = detail.post_session_log
    if record is None:
        parts.append(_p(tr("No post-session log.")))
    else:
        log = record.log
        parts.append(_p(tr("Mood %1, anxiety %2, energy %3, peak intensity %4 (each of 10)")
                        .replace("%1", str(log.mood)).replace("%2", str(log.anxiety))
                        .replace("%3", str(log.energy)).replace("%4", str(log.peak_intensity))))
        effects = [
            f"{_side_effect_name(name)}{': ' + log.other_text if name == 'other' and log.other_text else ''}"
            f" — {tr(_SEVERITY.get(level, level))}"
            for name, level in log.side_effects.items() if level != "none"
        ]
        parts.append(_p(tr("Side effects:")) + _list(effects) if effects
                     else _p(tr("No side effects noted.")))
        if log.note:
            parts.append(_p(tr("Note: %1").replace("%1", log.note)))
        if record.version > 1:
            edited = tr("Changed %1 times; last saved %2.").replace("%1", str(record.version - 1)).replace(
                "%2", day_and_time_text(record.updated_at))
            parts.append(_p(edited + (" " + tr("Changed more than 24 hours after it was made.")
                                      if record.late_edit else "")))
    parts.append(_h(tr("Next-day check-in")))
    checkin = detail.next_day_checkin
    if checkin is None:
        parts.append(_p(tr("No next-day check-in.")))
    elif checkin.skipped:
        parts.append(_p(tr("Skipped (%1).").replace("%1", day_and_time_text(checkin.recorded_at))))
    else:
        lines = []
        if checkin.sleep_quality is not None:
            lines.append(tr("Sleep quality %1 of 10").replace("%1", str(checkin.sleep_quality)))
        if checkin.mood is not None:
            lines.append(tr("Mood %1 of 10").replace("%1", str(checkin.mood)))
        if checkin.lingering:
            lines.append(tr("Still lingering: %1").replace("%1", checkin.lingering))
        if checkin.stood_out:
            lines.append(tr("What stood out: %1").replace("%1", checkin.stood_out))
        parts.append(_list(lines) if lines else _p(tr("Answered, with nothing noted.")))
    return "".join(parts)


class SessionDetailView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Session details"))
        self.setOpenLinks(False)
        self.show_nothing()

    def show_detail(self, detail: SessionDetail) -> None:
        self.setHtml(detail_html(detail))

    def show_nothing(self, message: str = "") -> None:
        self.setHtml(_p(message or tr("Choose a session in the table to see everything recorded about it.")))

    def clear_content(self) -> None:
        self.clear()
        self.show_nothing()
