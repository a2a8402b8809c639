"""The export's CSV tables (DESIGN.md §6): one file per table, the same bytes for the same data.

Format: UTF-8 with a byte-order mark (so spreadsheet programs read the accents, Arabic and emoji),
RFC 4180 with CRLF line ends, fields quoted only where needed (``csv.QUOTE_MINIMAL``).  Times are
ISO 8601 with the patient's UTC offset, with ``local_date`` / ``local_time`` beside the main one.
Yes/no facts are ``yes`` / ``no``, and an empty cell means "not recorded".

Formula-injection defence: every *text* cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return gets a leading ``'``, whoever wrote the text (the patient, the sitter or the app: a
flag's sentence may quote what the patient typed).  *Numbers* the app writes (ints and floats) are
never prefixed, so a negative change from the baseline stays a number a spreadsheet can sum.

The rows are built in :mod:`~companion.export.csv_session_rows` and
:mod:`~companion.export.csv_patient_rows`; the columns are declared (and
documented for README.txt) in :mod:`companion.export.csv_schema`.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Mapping

from companion.export import csv_patient_rows, csv_session_rows
from companion.export.csv_schema import (
    CHECKLIST_ANSWERS,
    FLAGS,
    JOURNAL,
    MOOD_RATINGS,
    QUESTIONNAIRE_ITEMS,
    SCORES,
    SESSIONS,
    SIDE_EFFECTS,
    SITTER_CHECKINS,
    TABLES,
    VITALS,
    Table,
)
from companion.export.export_common import LocalTimes, shared_journal
from companion.export.export_data import ExportData

BOM = "\ufeff"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | bool | None
Row = Mapping[str, Cell]


def escape_text(text: str) -> str:
    """``text`` made safe to open in a spreadsheet: a leading formula character gets a ``'``."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def cell_text(value: Cell) -> str:
    """One cell as written: yes/no, numbers as the app wrote them, text escaped, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("a CSV number must be finite")
        return str(int(value)) if value.is_integer() else repr(value)
    return escape_text(value)


def table_bytes(table: Table, rows: Iterable[Row]) -> bytes:
    """The header and ``rows`` (dicts with exactly the table's columns) as the file's bytes."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    header = table.header
    writer.writerow(header)
    for row in rows:
        if set(row) != set(header):
            raise ValueError(f"{table.name}: row columns {sorted(set(row) ^ set(header))} do not match")
        writer.writerow([cell_text(row[name]) for name in header])
    return (BOM + buffer.getvalue()).encode("utf-8")


def file_name(table: Table) -> str:
    return f"{table.name}.csv"


def csv_tables(data: ExportData) -> dict[str, bytes]:
    """File name → bytes for every table, in README order; ``journal.csv`` only with shared entries.

    A table whose section the patient left out, or with nothing in the period, is written with its
    header only, so a clinic's scripts always find every file.
    """
    times = LocalTimes.of(data)
    rows: dict[Table, list[dict[str, Cell]]] = {
        SESSIONS: csv_session_rows.sessions(data, times),
        CHECKLIST_ANSWERS: csv_session_rows.checklist_answers(data, times),
        VITALS: csv_session_rows.vitals(data, times),
        SITTER_CHECKINS: csv_session_rows.sitter_checkins(data, times),
        QUESTIONNAIRE_ITEMS: csv_patient_rows.questionnaire_items(data, times),
        SCORES: csv_patient_rows.scores(data, times),
        MOOD_RATINGS: csv_patient_rows.mood_ratings(data, times),
        SIDE_EFFECTS: csv_patient_rows.side_effects(data, times),
        FLAGS: csv_patient_rows.flags(data, times),
        JOURNAL: csv_patient_rows.journal(shared_journal(data), times),
    }
    files: dict[str, bytes] = {}
    for table in TABLES:
        if table is JOURNAL and not rows[JOURNAL]:
            continue
        files[file_name(table)] = table_bytes(table, rows[table])
    return files
