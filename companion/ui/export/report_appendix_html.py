"""The report's appendix as rich text: item answers, checklist answers, after each session, shared
journal entries, the care plan in force and the scoring rules.

Questionnaire items, answers and notices are printed in the report's language, the one its labels are
translated into (:func:`current_language`): the published version in it where one is held (Spanish:
PHQ-9 and GAD-7), else the English with a note saying why (:func:`text_for`). The core's sentences (the
care plan's values, the scoring rules) are shown through :func:`core_text`."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from companion.domain.checklist import Answer, ItemKind
from companion.domain.instrument_texts import text_for
from companion.export.report_appendix import Appendix, ChecklistColumn, QuestionnaireAnswers
from companion.export.report_model import Report
from companion.ui.core_text import core_text
from companion.ui.export.report_format import (
    DASH,
    band_text,
    bold,
    clock_text,
    day_text,
    esc,
    fill,
    side_effect_severity_text,
)
from companion.ui.export.report_style import GRID_TABLE, grid_tables
from companion.ui.language import current_language


def _questionnaire(table: QuestionnaireAnswers) -> str:
    difficulty = table.rows and any(row.difficulty is not None for row in table.rows)
    numbers = "".join(f"<th>{index}</th>" for index in range(1, len(table.items) + 1))
    # Translated outside the f-strings: lupdate does not read calls inside one.
    date = QCoreApplication.translate("Report", "Date")
    total = QCoreApplication.translate("Report", "Total")
    band = QCoreApplication.translate("Report", "Band")
    difference = QCoreApplication.translate("Report", "Diff.")
    extra = f"<th>{esc(difference)}</th>" if difficulty else ""
    head = (f"<thead><tr><th>{esc(date)}</th>{numbers}{extra}"
            f"<th>{esc(total)}</th><th>{esc(band)}</th></tr></thead>")
    rows: list[str] = []
    for row in table.rows:
        # PHQ-9 question 9 above 0 stands out in bold wherever it is.
        cells = "".join(
            f"<td>{bold(str(v)) if (table.name == 'PHQ-9' and i == 8 and v) else v}</td>"
            for i, v in enumerate(row.answers)
        )
        if difficulty:
            cells += f"<td>{DASH if row.difficulty is None else row.difficulty}</td>"
        rows.append(
            f"<tr><td>{esc(day_text(row.at))}</td>{cells}<td><b>{row.total}</b></td>"
            f"<td>{esc(band_text(row.band))}</td></tr>"
        )
    texts = text_for(table.instrument, current_language())  # same items and answers, in order
    items = "; ".join(f"{index} {text}" for index, text in enumerate(texts.items, start=1))
    scale = " · ".join(f"{value} {text}" for value, text in enumerate(texts.answers))
    legend = (
        QCoreApplication.translate("Report", "Questions: %1. Answers: %2.")
        .replace("%1", items)
        .replace("%2", scale)
    )
    note = f"<p class='small'>{esc(texts.language_note)}</p>" if texts.language_note else ""
    return (
        f"<h3>{esc(table.name)}</h3>{grid_tables(head, rows)}{note}"
        f"<p class='small'>{esc(legend)}</p><p class='small'><i>{esc(texts.notice)}</i></p>"
    )


def _cell(column: ChecklistColumn, answer: Answer | None) -> str:
    if answer is None:
        return DASH
    text = (
        QCoreApplication.translate("Report", "yes")
        if answer.value
        else QCoreApplication.translate("Report", "no")
    )
    if column.blocking_answer is not None and answer.value == column.blocking_answer:
        if answer.acknowledged:
            text += " " + QCoreApplication.translate("Report", "(ack.)")
        return bold(text)
    return esc(text)


def _kind(kind: ItemKind | None) -> str:
    return {
        ItemKind.STOP: QCoreApplication.translate("Report", "stop"),
        ItemKind.CAUTION: QCoreApplication.translate("Report", "caution"),
        ItemKind.PREPARE: QCoreApplication.translate("Report", "prepare"),
        None: QCoreApplication.translate("Report", "no longer asked"),
    }[kind]


def _checklist(appendix: Appendix) -> str:
    title = QCoreApplication.translate("Report", "Checklist answers before each session")
    if not appendix.checklist_rows:
        none = QCoreApplication.translate("Report", "No checklist answers.")
        return f"<h2>{esc(title)}</h2><p>{esc(none)}</p>"
    columns = appendix.checklist_columns
    numbers = "".join(f"<th>{index}</th>" for index in range(1, len(columns) + 1))
    head = (
        f"<thead><tr><th>#</th><th>{esc(QCoreApplication.translate('Report', 'Date'))}</th>{numbers}"
        "</tr></thead>"
    )
    rows = [
        f"<tr><td>{row.session_number}</td><td>{esc(day_text(row.at))}</td>"
        + "".join(
            f"<td>{_cell(column, answer)}</td>" for column, answer in zip(columns, row.cells, strict=True)
        )
        + "</tr>"
        for row in appendix.checklist_rows
    ]
    legend = "<br/>".join(
        esc(f"{index} [{_kind(column.kind)}] {column.question}")
        for index, column in enumerate(columns, start=1)
    )
    key = fill(
        QCoreApplication.translate(
            "Report",
            "Bold: the answer that stops a session (stop) or needs an acknowledgement to go on "
            "(caution); ack.: acknowledged. The questions:%1",
        ),
        "<br/>" + legend,
    )
    return f"<h2>{esc(title)}</h2>{grid_tables(head, rows)}<p class='small'>{key}</p>"


def _pair(before: int | None, after: int | None) -> str:
    return f"{DASH if before is None else before} → {DASH if after is None else after}"


def _after_session(appendix: Appendix) -> str:
    title = QCoreApplication.translate("Report", "Before and after each session (patient's ratings, 0–10)")
    if not appendix.after_session:
        return ""
    headings = (  # (heading, width in per cent)
        ("#", 3),
        (QCoreApplication.translate("Report", "Date"), 11),
        (QCoreApplication.translate("Report", "Mood before → after"), 11),
        (QCoreApplication.translate("Report", "Anxiety before → after"), 11),
        (QCoreApplication.translate("Report", "Energy"), 7),
        (QCoreApplication.translate("Report", "Intensity"), 10),
        (QCoreApplication.translate("Report", "Side effects"), 32),
        (QCoreApplication.translate("Report", "Next day: sleep, mood"), 15),
    )
    head = "<thead><tr>" + "".join(f"<th width='{width}%'>{esc(text)}</th>" for text, width in headings)
    head += "</tr></thead>"
    rows: list[str] = []
    for row in appendix.after_session:
        effects = ", ".join(  # a marked label (Text) translated; what the patient typed stays as typed
            bold(f"{core_text(name)} ({side_effect_severity_text(severity)})")
            if severity == "severe"
            else esc(f"{core_text(name)} ({side_effect_severity_text(severity)})")
            for name, severity in row.side_effects
        ) or esc(QCoreApplication.translate("Report", "none"))
        if row.late_edit:
            effects += (
                "<br/><i>"
                + esc(QCoreApplication.translate("Report", "changed more than 24 h later"))
                + "</i>"
            )
        if row.next_day_skipped is None:
            next_day = DASH
        elif row.next_day_skipped:
            next_day = esc(QCoreApplication.translate("Report", "skipped"))
        else:
            next_day = esc(
                f"{DASH if row.next_day_sleep is None else row.next_day_sleep}, "
                f"{DASH if row.next_day_mood is None else row.next_day_mood}"
            )
        cells = (
            str(row.session_number),
            esc(day_text(row.at)),
            _pair(row.mood_before, row.mood_after),
            _pair(row.anxiety_before, row.anxiety_after),
            DASH if row.energy is None else str(row.energy),
            DASH if row.peak_intensity is None else str(row.peak_intensity),
            effects,
            next_day,
        )
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    return f"<h2>{esc(title)}</h2>{grid_tables(head, rows)}"


def _journal(appendix: Appendix) -> str:
    if not appendix.journal:
        return ""
    title = QCoreApplication.translate("Report", "Journal entries shared by the patient")
    parts = [f"<h2>{esc(title)}</h2>"]
    for entry in appendix.journal:
        label = QCoreApplication.translate("Report", "shared by patient")
        heading = f"{day_text(entry.created_at)}, {clock_text(entry.created_at)}"
        if entry.title:
            heading += f" — {entry.title}"
        if entry.edited_at - entry.created_at > timedelta(minutes=1):
            heading += " " + QCoreApplication.translate("Report", "(edited %1)").replace(
                "%1", day_text(entry.edited_at)
            )
        meta = f" <span class='small'>({esc(label)})</span>"
        parts.append(f"<h3>{esc(heading)}{meta}</h3>")
        parts += [f"<p>{esc(paragraph)}</p>" for paragraph in entry.paragraphs]
    return "".join(parts)


def _care_plan(appendix: Appendix) -> str:
    title = QCoreApplication.translate("Report", "The care plan in force")
    plan = appendix.care_plan
    if plan is None:
        none = QCoreApplication.translate("Report", "No care plan was set.")
        return f"<h2>{esc(title)}</h2><p>{esc(none)}</p>"
    if plan.signed_by is not None and plan.signer_fingerprint is not None:
        who = QCoreApplication.translate(
            "Report", "Imported from a care-plan file issued and signed by %1 with the key %3; in force "
                      "since %2."
        ).replace("%3", plan.signer_fingerprint).replace("%1", plan.signed_by)
    elif plan.source == "imported":
        who = QCoreApplication.translate(
            "Report", "Imported from an unsigned care-plan file issued by %1; in force since %2."
        ).replace("%1", plan.issued_by or QCoreApplication.translate("Report", "an unnamed issuer"))
    else:
        who = QCoreApplication.translate("Report", "Entered by the patient in the app; in force since %2.")
    who = who.replace("%2", day_text(plan.set_at))
    field = QCoreApplication.translate("Report", "Field")
    value = QCoreApplication.translate("Report", "Value")
    source = QCoreApplication.translate("Report", "Where the default comes from")  # lupdate skips f-strings
    head = f"<thead><tr><th>{esc(field)}</th><th>{esc(value)}</th><th>{esc(source)}</th></tr></thead>"
    rows = "".join(
        f"<tr><td>{esc(core_text(line.label))}</td><td><b>{esc(core_text(line.value))}</b></td>"
        f"<td>{esc(core_text(line.source))}</td></tr>"
        for line in plan.fields
    )
    return f"<h2>{esc(title)}</h2><p><b>{esc(who)}</b></p>{GRID_TABLE}{head}{rows}</table>"


def _rules(appendix: Appendix) -> str:
    title = QCoreApplication.translate("Report", "Scoring rules")
    items = "".join(f"<li>{esc(core_text(rule))}</li>" for rule in appendix.scoring_rules)
    notice = QCoreApplication.translate("Report", "Patient-reported, not clinically verified.")
    return f"<h2>{esc(title)}</h2><ul>{items}</ul><p>{bold(notice)}</p>"


def appendix_sections(report: Report) -> list[str]:
    """The appendix as rich-text sections, in order (the painter may start a long one on a new page)."""
    appendix = report.appendix
    title = QCoreApplication.translate("Report", "Appendix")
    answers = QCoreApplication.translate("Report", "Questionnaire answers, item by item")
    none_yet = QCoreApplication.translate("Report", "No questionnaires in this period.")
    questionnaires = [_questionnaire(table) for table in appendix.questionnaires]
    questionnaires = questionnaires or [f"<p>{esc(none_yet)}</p>"]
    no_sessions = ""
    if not report.record:
        no_sessions = f"<p>{esc(QCoreApplication.translate('Report', 'No sessions in this period.'))}</p>"
    opening = f"<h1>{esc(title)}</h1>{no_sessions}<h2>{esc(answers)}</h2>"
    return [
        opening + questionnaires[0],
        *questionnaires[1:],
        _checklist(appendix),
        _after_session(appendix),
        _journal(appendix),
        _care_plan(appendix),
        _rules(appendix),
    ]
