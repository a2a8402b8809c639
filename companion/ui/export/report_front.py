"""Page 1 of the report as rich text: header, needs attention, scores, session summary.

A clinician with five minutes reads page 1 only, so everything on it answers "is anything wrong, is
it working, did the sessions go as planned". When a long history has more flags than fit, page 1 shows
the most severe ones and says where the rest continue (:func:`continuation_html`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from companion.export.report_model import AttentionItem, Report
from companion.export.report_scores import ScoreLine
from companion.ui.core_text import core_text, number_text
from companion.ui.export.report_format import (
    DASH,
    band_text,
    bold,
    clock_text,
    date_text,
    day_text,
    esc,
    fill,
    offset_text,
    route_text,
    session_ref,
    severity_count_text,
    severity_label,
    signed,
    weekdays_text,
)
from companion.ui.export.report_style import GRID_TABLE, SHADE_URGENT
from companion.ui.export.report_summary_html import summary_html


def title_text() -> str:
    return QCoreApplication.translate("Report", "Treatment report — at-home ketamine sessions")


def period_text(report: Report) -> str:
    period = report.header.period
    return (
        QCoreApplication.translate("Report", "%1 – %2")
        .replace("%1", date_text(period.start))
        .replace("%2", date_text(period.end))
    )


def _header(report: Report) -> str:
    header = report.header
    days = (header.period.end - header.period.start).days + 1
    period = (
        QCoreApplication.translate("Report", "%1 (%2 days)")
        .replace("%1", period_text(report))
        .replace("%2", str(days))
    )
    generated = (
        f"{day_text(header.generated_at, own_offset=True)}, "
        f"{clock_text(header.generated_at, own_offset=True)} ({offset_text(header.generated_at)})"
    )
    plan = DASH
    if header.medication is not None:
        plan = header.medication
        if header.dose_mg is not None:
            plan += f" {number_text(header.dose_mg)} mg"
        if header.route is not None:
            plan += f" {route_text(header.route)}"
        if report.summary.planned_weekdays:
            plan += f"; {weekdays_text(report.summary.planned_weekdays)}"
    export = (
        QCoreApplication.translate("Report", "%1 · companion %2")
        .replace("%1", header.export_id)
        .replace("%2", header.app_version)
    )
    cells = (
        (
            QCoreApplication.translate("Report", "Patient"),
            header.patient,
            QCoreApplication.translate("Report", "Period"),
            period,
        ),
        (
            QCoreApplication.translate("Report", "Care plan"),
            plan,
            QCoreApplication.translate("Report", "Generated"),
            generated,
        ),
        (
            QCoreApplication.translate("Report", "Clinician"),
            header.clinician or DASH,
            QCoreApplication.translate("Report", "Export"),
            export,
        ),
    )
    rows = "".join(
        f"<tr><td class='k' width='11%'>{esc(a)}</td><td width='39%'>{esc(b)}</td>"
        f"<td class='k' width='11%'>{esc(c)}</td><td width='39%'>{esc(d)}</td></tr>"
        for a, b, c, d in cells
    )
    check = QCoreApplication.translate("Report", "(check: ssh-keygen -Y verify, namespace companion-export)")
    signing_key = QCoreApplication.translate("Report", "Signing key")  # lupdate skips f-strings
    rows += (
        f"<tr><td class='k'>{esc(signing_key)}</td>"
        f"<td colspan='3'>{esc(header.key_fingerprint)} <span class='small'>{esc(check)}</span></td></tr>"
    )
    left_out = ""
    if header.left_out:
        names = ", ".join(section.value for section in header.left_out)
        left_out = " " + QCoreApplication.translate(
            "Report", "The patient left these parts out of this export: %1."
        ).replace("%1", names)
    notice = QCoreApplication.translate("Report", "Patient-reported, not clinically verified.")
    return (
        f"<h1>{esc(title_text())}</h1>"
        f"<table width='100%' cellspacing='0' cellpadding='1'>{rows}</table>"
        f"<p class='small'><b>{esc(notice)}</b>{esc(left_out)}</p>"
    )


def attention_table(items: Sequence[AttentionItem]) -> str:
    """Severity and date, what happened, status: one row per flag."""
    # Translated outside the f-string: lupdate does not read calls inside one.
    when = QCoreApplication.translate("Report", "Severity, date")
    what = QCoreApplication.translate("Report", "What happened")
    status = QCoreApplication.translate("Report", "Status")
    head = (
        f"<thead><tr><th width='16%'>{esc(when)}</th><th>{esc(what)}</th>"
        f"<th width='11%'>{esc(status)}</th></tr></thead>"
    )
    rows: list[str] = []
    for item in items:
        shade = f" bgcolor='{SHADE_URGENT}'" if item.severity.rank == 0 else ""
        what = f"<b>{esc(core_text(item.title))}</b>"
        if item.session_number is not None:
            what += esc(f" ({session_ref(item.session_number)})")
        if item.is_open:
            status = bold(QCoreApplication.translate("Report", "OPEN"))
        else:
            status = (
                esc(QCoreApplication.translate("Report", "discussed"))
                + f"<br/>{esc(day_text(item.discussed_at))}"
            )
        rows.append(
            f"<tr{shade}><td>{bold(severity_label(item.severity))}<br/>{esc(day_text(item.raised_at))}</td>"
            f"<td>{what}. {esc(core_text(item.text))}</td><td>{status}</td></tr>"
        )
    return f"{GRID_TABLE}{head}{''.join(rows)}</table>"


def _attention(report: Report, shown: int, continues_on: int | None) -> str:
    items = report.attention
    title = QCoreApplication.translate("Report", "Needs attention")
    if not items:
        none = QCoreApplication.translate("Report", "No needs-attention flags in this period.")
        return f"<h2>{esc(title)}</h2><p>{esc(none)}</p>"
    counts = ", ".join(
        severity_count_text(severity, count) for severity, count in report.severity_counts().items()
    )
    summary = (
        QCoreApplication.translate("Report", "Flags: %1 (%2); open: %3. Most severe first.")
        .replace("%1", str(len(items)))
        .replace("%2", counts)
        .replace("%3", str(report.open_flags))
    )
    html = f"<h2>{esc(title)}</h2><p>{bold(summary)}</p>" + attention_table(items[:shown])
    rest = items[shown:]
    if rest:
        more = (
            QCoreApplication.translate("Report", "More flags, continued on page %3: %1 (%2).")
            .replace("%1", str(len(rest)))
            .replace("%3", str(continues_on or DASH))
            .replace(
                "%2",
                ", ".join(
                    severity_count_text(severity, sum(1 for item in rest if item.severity is severity))
                    for severity in dict.fromkeys(item.severity for item in rest)
                ),
            )
        )
        html += f"<p><b>{esc(more)}</b></p>"
    return html


def _change(line: ScoreLine) -> str:
    if line.latest is None:
        return esc(QCoreApplication.translate("Report", "none in this period"))
    if line.only_baseline:
        return esc(QCoreApplication.translate("Report", "only the baseline so far"))
    assert line.change is not None
    if line.change < 0:
        direction = QCoreApplication.translate("Report", "better")
    elif line.change > 0:
        direction = QCoreApplication.translate("Report", "worse")
    else:
        direction = QCoreApplication.translate("Report", "no change")
    points = QCoreApplication.translate("Report", "%1 points").replace("%1", signed(line.change))
    percent = "" if line.percent_change is None else f" ({signed(line.percent_change)} %)"
    text = f"{bold(points)}{esc(percent)}, {esc(direction)}"
    if line.reaches_mid is not None:
        mid = (
            QCoreApplication.translate("Report", "at least the %1-point MID")
            if line.reaches_mid
            else QCoreApplication.translate("Report", "less than the %1-point MID")
        )
        text += f"; {esc(mid.replace('%1', str(line.mid_points)))}"
    return text


def _outcome(line: ScoreLine) -> str:
    parts: list[str] = []
    if line.response is not None:
        parts.append(fill(QCoreApplication.translate("Report", "Response: %1"), _yes_no_bold(line.response)))
    if line.remission is not None:
        parts.append(
            fill(QCoreApplication.translate("Report", "Remission: %1"), _yes_no_bold(line.remission))
        )
    if line.item9_above_zero:
        parts.append(
            fill(
                QCoreApplication.translate("Report", "Question 9 above 0: %1 of %2"),
                bold(str(line.item9_above_zero)),
                str(line.count_in_period),
            )
        )
    return "<br/>".join(parts) if parts else DASH


def _yes_no_bold(value: bool) -> str:
    return bold(
        QCoreApplication.translate("Report", "YES") if value else QCoreApplication.translate("Report", "no")
    )


def _score(total: int, band_label: str, when: str) -> str:
    return f"<b>{total}</b> {esc(band_label)}<br/><span class='small'>{esc(when)}</span>"


def _scores(report: Report) -> str:
    title = QCoreApplication.translate("Report", "Scores — baseline to latest (lower is better)")
    if not report.scores:
        none = QCoreApplication.translate("Report", "No questionnaires answered yet.")
        return f"<h2>{esc(title)}</h2><p>{esc(none)}</p>"
    head = "".join(
        f"<th width='{width}'>{esc(label)}</th>"
        for label, width in (
            (QCoreApplication.translate("Report", "Scale"), "8%"),
            (QCoreApplication.translate("Report", "Baseline"), "18%"),
            (QCoreApplication.translate("Report", "Latest"), "22%"),
            (QCoreApplication.translate("Report", "Change from baseline"), "23%"),
            (
                QCoreApplication.translate("Report", "Response (≥ 50 % below baseline), remission (below 5)"),
                "29%",
            ),
        )
    )
    rows: list[str] = []
    for line in report.scores:
        baseline = _score(line.baseline.total, band_text(line.baseline.band), day_text(line.baseline.at))
        latest = DASH
        if line.latest is not None:
            when = (
                QCoreApplication.translate("Report", "%1 (%2 in the period)")
                .replace("%1", day_text(line.latest.at))
                .replace("%2", str(line.count_in_period))
            )
            latest = _score(line.latest.total, band_text(line.latest.band), when)
        rows.append(
            f"<tr><td><b>{esc(line.name)}</b><br/><span class='small'>0–{line.total_max}</span></td>"
            f"<td>{baseline}</td><td>{latest}</td><td>{_change(line)}</td><td>{_outcome(line)}</td></tr>"
        )
    return f"<h2>{esc(title)}</h2>{GRID_TABLE}<tr>{head}</tr>{''.join(rows)}</table>"


def front_html(report: Report, shown: int, continues_on: int | None) -> str:
    """Page 1 with the first ``shown`` flags; the rest continue on page ``continues_on``."""
    return (
        f"<html><body>{_header(report)}{_attention(report, shown, continues_on)}{_scores(report)}"
        f"{summary_html(report)}</body></html>"
    )


def continuation_html(report: Report, shown: int) -> str:
    """The flags page 1 had no room for, in the same order and shape."""
    title = (
        QCoreApplication.translate("Report", "Needs attention, continued (%1 of %2)")
        .replace("%1", str(len(report.attention) - shown))
        .replace("%2", str(len(report.attention)))
    )
    return f"<html><body><h2>{esc(title)}</h2>{attention_table(report.attention[shown:])}</body></html>"
