"""The exports the patient made (schema 7): when, which days, the name on the report, folder or zip.

Only what the next export needs to start "since the last export" and to offer the same name again;
never what an export held, never where it was written. :func:`first_record_at` answers the other half
of that default: when the vault's history begins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

import sqlcipher3

from companion.storage.database import Database
from companion.storage.session_codec import format_time, parse_time


class ExportKind(StrEnum):
    FOLDER = "folder"
    ZIP = "zip"


@dataclass(frozen=True)
class ExportRecord:
    id: str  # the export id (also in the export's name)
    created_at: datetime  # aware UTC
    period_start: date  # local calendar days, both included
    period_end: date
    patient_name: str  # as the patient chose to be named on the report ("" for none)
    kind: ExportKind


_COLUMNS = "id, created_at, period_start, period_end, patient_name, kind"

# Every table whose rows the patient recorded at a moment (the export's sections and its flags).
_FIRST_RECORD_SQL = (
    "SELECT min(at) FROM ("
    " SELECT min(created_at) AS at FROM sessions"
    " UNION ALL SELECT min(completed_at) FROM questionnaire_responses"
    " UNION ALL SELECT min(answered_at) FROM phq9_item9_answers"
    " UNION ALL SELECT min(recorded_at) FROM daily_moods"
    " UNION ALL SELECT min(created_at) FROM journal_entries WHERE trashed_at IS NULL"
    ")"
)


def _record(row: tuple[object, ...]) -> ExportRecord:
    return ExportRecord(str(row[0]), parse_time(row[1]), date.fromisoformat(str(row[2])),
                        date.fromisoformat(str(row[3])), str(row[4]), ExportKind(str(row[5])))


class ExportRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    def record_export(self, export_id: str, *, created_at: datetime, period_start: date, period_end: date,
                      patient_name: str, kind: ExportKind) -> ExportRecord:
        """Remember an export once it is written. ValueError for a period that ends before it starts or
        an id already recorded (export ids are random: a repeat is a bug)."""
        if period_start > period_end:
            raise ValueError("the period starts after it ends")
        try:
            with self._database.transaction() as connection:
                connection.execute(
                    f"INSERT INTO exports ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",  # noqa: S608 - constants
                    (export_id, format_time(created_at), period_start.isoformat(), period_end.isoformat(),
                     patient_name, ExportKind(kind).value),
                )
        except sqlcipher3.IntegrityError:
            raise ValueError(f"export {export_id!r} is already recorded") from None
        return ExportRecord(export_id, parse_time(format_time(created_at)), period_start, period_end,
                            patient_name, ExportKind(kind))

    def last_export(self) -> ExportRecord | None:
        """The export made most recently, or None before the first."""
        row = self._database.execute(
            f"SELECT {_COLUMNS} FROM exports ORDER BY created_at DESC, rowid DESC LIMIT 1"  # noqa: S608
        ).fetchone()
        return None if row is None else _record(tuple(row))

    def exports(self) -> list[ExportRecord]:
        """Every export, newest first."""
        rows = self._database.execute(
            f"SELECT {_COLUMNS} FROM exports ORDER BY created_at DESC, rowid DESC"  # noqa: S608
        ).fetchall()
        return [_record(tuple(row)) for row in rows]


def first_record_at(database: Database) -> datetime | None:
    """When the first thing the patient recorded was recorded (a session, a questionnaire or its
    question 9, a quick mood, a journal entry not in the trash); None in an empty vault."""
    row = database.execute(_FIRST_RECORD_SQL).fetchone()
    return None if row is None or row[0] is None else parse_time(row[0])
