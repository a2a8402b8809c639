"""The session summary on page 1, as rich text: one labelled line per thing a clinician checks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.export.report_model import Report
from companion.export.report_summary import BpFigure, SessionOverview
from companion.ui.core_text import core_text, number_text
from companion.ui.export.report_format import (
    DASH,
    bold,
    bp_text,
    day_text,
    esc,
    fill,
    route_text,
    side_effect_severity_text,
    weekdays_text,
)
from companion.ui.export.report_style import GRID_TABLE

MAX_EARLY_ENDS = 3  # named on page 1; every one is in the session record
MAX_DOSES = 3


def _sessions(summary: SessionOverview) -> str:
    if summary.planned is None:
        done = fill(
            QCoreApplication.translate("Report", "%1 dosed (the care plan sets no session days)"),
            bold(str(summary.dosed)),
        )
    else:
        done = fill(
            QCoreApplication.translate("Report", "%1 dosed of %2 planned (%3)"),
            bold(str(summary.dosed)),
            bold(str(summary.planned)),
            esc(weekdays_text(summary.planned_weekdays)),
        )
    parts = [
        QCoreApplication.translate("Report", "%1 completed").replace("%1", str(summary.completed)),
        QCoreApplication.translate("Report", "%1 ended early").replace("%1", str(summary.ended_early)),
    ]
    if summary.not_dosed:
        parts.append(
            QCoreApplication.translate("Report", "%1 stopped before the dose").replace(
                "%1", str(summary.not_dosed)
            )
        )
    if summary.in_progress:
        parts.append(
            QCoreApplication.translate("Report", "%1 not finished").replace("%1", str(summary.in_progress))
        )
    return f"{done}: {esc(', '.join(parts))}"


def _doses(summary: SessionOverview) -> str:
    if not summary.doses:
        return DASH
    monitored = ""
    if summary.median_minutes_monitored is not None:
        monitored = "; " + QCoreApplication.translate("Report", "median %1 min monitored").replace(
            "%1", str(summary.median_minutes_monitored)
        )
    lines = [
        QCoreApplication.translate("Report", "%1 %2 mg %3 (sessions: %4)")
        .replace("%1", dose.medication)
        .replace("%2", number_text(dose.dose_mg))
        .replace("%3", route_text(dose.route))
        .replace("%4", str(dose.sessions))
        for dose in summary.doses[:MAX_DOSES]
    ]
    if len(summary.doses) > MAX_DOSES:
        lines.append(
            QCoreApplication.translate(
                "Report", "other doses (sessions: %1; see the session record)"
            ).replace("%1", str(sum(dose.sessions for dose in summary.doses[MAX_DOSES:])))
        )
    return esc("; ".join(lines) + monitored)


def _checkins(summary: SessionOverview) -> str:
    percent = summary.checkins_percent
    if percent is None:
        return DASH
    return fill(
        QCoreApplication.translate(
            "Report", "%1 confirmed (%2 of %3); %4 missed; %5 without the sitter's code"
        ),
        bold(f"{percent} %"),
        str(summary.checkins_confirmed),
        str(summary.checkins_confirmed + summary.checkins_missed),
        bold(str(summary.checkins_missed)),
        str(summary.checkins_without_code),
    )


def _bp(label: str, figure: BpFigure) -> str:
    if figure.median is None:
        return f"{esc(label)}: {DASH}"
    return fill(
        QCoreApplication.translate("Report", "%1: median %2, highest %3 (%4)"),
        esc(label),
        esc(bp_text(figure.median)),
        bold(bp_text(figure.highest)),
        esc(day_text(figure.highest_at)),
    )


def _blood_pressure(summary: SessionOverview) -> str:
    return "<br/>".join(
        (
            _bp(QCoreApplication.translate("Report", "Before the dose"), summary.bp_before),
            _bp(QCoreApplication.translate("Report", "Peak after the dose"), summary.bp_peak),
            _bp(QCoreApplication.translate("Report", "At the end"), summary.bp_end),
        )
    )


def _spo2(summary: SessionOverview) -> str:
    if summary.spo2_lowest is None:
        return esc(QCoreApplication.translate("Report", "not measured (no pulse oximeter in the kit)"))
    limit = DASH if summary.spo2_limit is None else str(summary.spo2_limit)
    return fill(
        QCoreApplication.translate(
            "Report", "lowest %1 (%2); readings below the plan's limit of %4 %: %3; sessions measured: %5"
        ),
        bold(f"{summary.spo2_lowest} %"),
        esc(day_text(summary.spo2_lowest_at)),
        bold(str(summary.spo2_below_limit)),
        limit,
        str(summary.spo2_sessions),
    )


def _observations(summary: SessionOverview) -> str:
    if not summary.observed_sessions:
        return esc(QCoreApplication.translate("Report", "not recorded"))
    return fill(
        QCoreApplication.translate(
            "Report",
            "very sleepy or hard to wake %1 · detached or confused %2 · "
            "breathing slowly %3 (sessions; %4 observed)",
        ),
        bold(str(summary.sedation)),
        bold(str(summary.dissociation)),
        bold(str(summary.slow_breathing)),
        str(summary.observed_sessions),
    )


def _side_effects(summary: SessionOverview) -> str:
    if not summary.post_session_logs:
        return esc(QCoreApplication.translate("Report", "no post-session logs"))
    counts = ", ".join(
        bold(f"{count} {side_effect_severity_text(severity)}")
        if severity == "severe" and count
        else esc(f"{count} {side_effect_severity_text(severity)}")
        for severity, count in summary.side_effects
    )
    text = fill(
        QCoreApplication.translate("Report", "%1 (post-session logs: %2)"),
        counts,
        str(summary.post_session_logs),
    )
    if summary.frequent_side_effects:
        names = ", ".join(f"{core_text(name)} × {count}" for name, count in summary.frequent_side_effects)
        text += fill(QCoreApplication.translate("Report", "; most often %1"), esc(names))
    return text


def _early_ends(summary: SessionOverview) -> str:
    if not summary.early_ends:
        return "0"
    lines = [
        QCoreApplication.translate("Report", "session %1, %2, after %3 min: “%4”")
        .replace("%1", str(end.session_number))
        .replace("%2", day_text(end.at))
        .replace("%3", DASH if end.minutes is None else str(end.minutes))
        .replace("%4", end.reason)
        for end in summary.early_ends[:MAX_EARLY_ENDS]
    ]
    more = len(summary.early_ends) - MAX_EARLY_ENDS
    if more > 0:
        lines.append(
            QCoreApplication.translate("Report", "%1 more in the session record").replace("%1", str(more))
        )
    return f"{bold(str(len(summary.early_ends)))}: {esc('; '.join(lines))}"


def summary_html(report: Report) -> str:
    summary = report.summary
    title = QCoreApplication.translate("Report", "Sessions in the period")
    if not summary.sessions:
        none = QCoreApplication.translate("Report", "No sessions in this period.")
        return f"<h2>{esc(title)}</h2><p>{esc(none)}</p>"
    others = QCoreApplication.translate(
        "Report", "sessions with other medicines taken that day: %1 (the kinds are in the session record)"
    )
    rows = (
        (QCoreApplication.translate("Report", "Sessions"), _sessions(summary)),
        (QCoreApplication.translate("Report", "Dose, route"), _doses(summary)),
        (QCoreApplication.translate("Report", "Sitter check-ins"), _checkins(summary)),
        (QCoreApplication.translate("Report", "Blood pressure"), _blood_pressure(summary)),
        (QCoreApplication.translate("Report", "SpO2"), _spo2(summary)),
        (QCoreApplication.translate("Report", "The sitter saw"), _observations(summary)),
        (
            QCoreApplication.translate("Report", "Other medicines"),
            fill(others, bold(str(summary.other_medicines))),
        ),
        (QCoreApplication.translate("Report", "Side effects"), _side_effects(summary)),
        (QCoreApplication.translate("Report", "Early ends"), _early_ends(summary)),
    )
    cells = "".join(
        f"<tr><td class='k' width='17%'>{esc(label)}</td><td>{value}</td></tr>" for label, value in rows
    )
    return f"<h2>{esc(title)}</h2>{GRID_TABLE}{cells}</table>"
