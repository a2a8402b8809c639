"""``csv/README.txt``: how the tables are written and what every column means.

Built from the same declarations the tables are written from (:mod:`companion.export.csv_schema`),
so every column of every file is documented.  Plain UTF-8 text with CRLF line ends (Notepad opens
it), the same bytes for the same export.
"""

from __future__ import annotations

import textwrap

from companion.export.csv_schema import JOURNAL, TABLES, Table
from companion.export.export_common import LocalTimes, shared_journal
from companion.export.export_data import ExportData, Section

_WIDTH = 100

_GENERAL = """\
How these files are written
- One table per file. UTF-8 with a byte-order mark; RFC 4180 (comma-separated, fields in double
  quotes where needed, a double quote inside a field doubled); lines end in CR LF. Excel, LibreOffice
  and R's read.csv(fileEncoding = "UTF-8-BOM") open them as they are.
- Times are ISO 8601 with a UTC offset, in the patient's time zone when the export was made, e.g.
  2026-04-07T17:20:00+02:00. local_date (YYYY-MM-DD) and local_time (HH:MM) give the main time of a
  row as the patient's clock showed it. Where a record was saved at another time than the moment it
  is about, recorded_at stands beside it (a check-in's due time and when it was answered; a rating
  about a session and when it was saved).
- Yes/no facts are written yes or no. An empty cell means "not recorded" (or "not reached").
- Several values in one cell are separated by ";".
- Units are UCUM (https://ucum.org): mm[Hg], /min, %, mg, min. Codes are LOINC (https://loinc.org),
  SNOMED CT and RxNorm, as each column says.
- Formula defence: a text cell that would start with =, +, -, @, a tab or a carriage return starts
  with an apostrophe (') instead, so that a spreadsheet shows it as text and never runs it. Remove
  the first character of such a cell to get the text as written. Numbers are never changed (a
  negative number is a number).
- Everything here is patient-reported (or reported by the sitter, or measured at home with the
  patient's own devices) and not clinically verified.
- A table with only its header has no rows in the period, or its section was left out of this
  export by the patient (see below). Needs-attention flags are always included.
"""


def _paragraph(text: str, indent: str, hanging: str = "") -> list[str]:
    """``text`` wrapped, its first line after ``indent``, the others after as many spaces (and
    ``hanging`` more)."""
    return textwrap.wrap(text, width=_WIDTH, initial_indent=indent,
                         subsequent_indent=" " * len(indent) + hanging, break_long_words=False,
                         break_on_hyphens=False)


def _table_lines(table: Table) -> list[str]:
    lines = [f"{table.name}.csv", *_paragraph(table.about, "  "), ""]
    for column in table.columns:
        unit = f" [{column.unit}]" if column.unit else ""
        lines.extend(_paragraph(f"{column.name}: {column.meaning}{unit}", "  - ", "  "))
    lines.append("")
    return lines


def _sections_line(data: ExportData) -> str:
    chosen = data.options.sections
    names = {Section.SESSIONS: "sessions", Section.QUESTIONNAIRES: "questionnaires",
             Section.CHECKINS: "check-ins (mood, side effects)", Section.JOURNAL: "shared journal entries"}
    kept = [s for s in Section if s in chosen and (s is not Section.JOURNAL or shared_journal(data))]
    left = [names[s] for s in Section if s not in kept]
    line = f"Included: {', '.join(names[s] for s in kept) if kept else 'needs-attention flags only'}"
    line += "; needs-attention flags are always included."
    if left:
        line += f" Not included: {', '.join(left)}."
    return line


def csv_readme(data: ExportData) -> bytes:
    """The README.txt of ``data``'s csv folder (documents journal.csv only when it is written)."""
    times = LocalTimes.of(data)
    period = data.period
    header = [
        "companion export: tables (CSV)",
        "",
        f"Export {data.export_id}, generated {times.iso(data.generated_at)} by companion {data.app_version}.",
        f"Period: {period.start.isoformat()} to {period.end.isoformat()} (the patient's local days).",
        *_paragraph(_sections_line(data), "", "  "),
        "",
    ]
    lines = [*header, *_GENERAL.splitlines(), "", "The tables", ""]
    has_journal = bool(shared_journal(data))
    for table in TABLES:
        if table is JOURNAL and not has_journal:
            continue
        lines.extend(_table_lines(table))
    return ("\r\n".join(lines).rstrip("\r\n") + "\r\n").encode("utf-8")
