"""A patient's timeline: several exports of one patient read as one history (DESIGN.md §2).

A patient sends an export every few weeks, often overlapping the last one (weeks 1–6, then 4–10).
:func:`merge_exports` puts them together: every record once, identified by its stable key (see
:mod:`companion.desk.export_records`), taken from the **newest** export that holds it (the latest
``generated_at``), because a later export knows more about the same record — a flag since marked
"discussed", a session's log edited the next day, a reading added after the earlier export.

A record an older export holds and a newer one does not is kept from the older one: the newer one may
simply not cover those days, or the patient left that section out of it.  The care plan is the newest
export's that carries one (the plan in force when it was made: what the next plan starts from).

Exports of different keys are never merged: a key is the patient's identity on the desk, and a
timeline must not mix two people's records (or a stranger's into a patient's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from companion.desk.export_records import (
    DailyMood,
    DeskExport,
    DeskFlag,
    DeskSession,
    PlanInExport,
    RecordKey,
    ScoreTotal,
    SessionMood,
    VitalReading,
    flag_order,
    session_order,
)
from companion.domain.instruments import Instrument
from companion.export.export_data import ExportPeriod


@dataclass(frozen=True)
class ExportSource:
    """One export the timeline was made from."""

    export_id: str
    generated_at: datetime
    period: ExportPeriod
    location: Path
    is_zip: bool


@dataclass(frozen=True)
class PatientTimeline:
    """One patient's history over every export given, each record from the newest export holding it."""

    key_fingerprint: str
    patient_name: str  # as the newest export names the patient ("" if it does not)
    sources: tuple[ExportSource, ...]  # oldest first (by generated_at)
    flags: tuple[DeskFlag, ...]  # most severe first, then newest
    scores: tuple[ScoreTotal, ...]  # oldest first
    sessions: tuple[DeskSession, ...]  # oldest first
    moods: tuple[SessionMood, ...]  # oldest first
    daily_moods: tuple[DailyMood, ...]  # oldest first
    care_plan: PlanInExport | None  # from the newest export that carries one
    care_plan_export_id: str | None  # which export that is
    record_sources: Mapping[RecordKey, str]  # each record's key → the id of the export it was taken from

    @property
    def latest(self) -> ExportSource:
        return self.sources[-1]

    def scores_of(self, instrument: Instrument) -> tuple[ScoreTotal, ...]:
        return tuple(score for score in self.scores if score.instrument is instrument)

    @property
    def bp_readings(self) -> tuple[VitalReading, ...]:
        return tuple(reading for session in self.sessions for reading in session.readings)


class _Keyed(Protocol):
    @property
    def key(self) -> RecordKey: ...


_Record = TypeVar("_Record", bound=_Keyed)


def _newest_first(exports: Sequence[DeskExport]) -> list[DeskExport]:
    """Each export once, newest first.

    The same export given twice (opened again, or as its folder and as its zip: the same id, the same
    signed content) is one source, its folder preferred.  Ties (two exports made in the same second)
    are broken by id, so the result never depends on the order the exports were given in."""
    distinct: dict[str, DeskExport] = {}
    for export in sorted(exports, key=lambda e: (e.is_zip, str(e.location))):
        distinct.setdefault(export.export_id, export)
    return sorted(distinct.values(), key=lambda export: (export.generated_at, export.export_id), reverse=True)


def _take_newest(newest_first: Sequence[DeskExport], records_of: Callable[[DeskExport], Iterable[_Record]],
                 sources: dict[RecordKey, str]) -> list[_Record]:
    """Every record once: the first export (the newest) that holds its key wins."""
    chosen: dict[RecordKey, _Record] = {}
    for export in newest_first:
        for record in records_of(export):
            if record.key not in chosen:
                chosen[record.key] = record
                sources[record.key] = export.export_id
    return list(chosen.values())


def _check_one_patient(exports: Sequence[DeskExport]) -> str:
    if not exports:
        raise ValueError("There are no exports to put together.")
    keys = sorted({export.key_fingerprint for export in exports})
    if len(keys) > 1:
        raise ValueError(f"These exports were signed by {len(keys)} different keys ({', '.join(keys)}), so "
                         "they are not one patient's history; open each patient's exports on their own page.")
    return keys[0]


def merge_exports(exports: Sequence[DeskExport]) -> PatientTimeline:
    """The exports of one patient as one history; ValueError (one sentence) for none or another key's."""
    fingerprint = _check_one_patient(exports)
    newest_first = _newest_first(exports)
    sources: dict[RecordKey, str] = {}
    flags = _take_newest(newest_first, lambda export: export.flags, sources)
    scores = _take_newest(newest_first, lambda export: export.scores, sources)
    sessions = _take_newest(newest_first, lambda export: export.sessions, sources)
    moods = _take_newest(newest_first, lambda export: export.moods, sources)
    daily_moods = _take_newest(newest_first, lambda export: export.daily_moods, sources)
    with_plan = next((export for export in newest_first if export.care_plan is not None), None)
    return PatientTimeline(
        key_fingerprint=fingerprint,
        patient_name=newest_first[0].patient_name,
        sources=tuple(ExportSource(e.export_id, e.generated_at, e.period, e.location, e.is_zip)
                      for e in reversed(newest_first)),
        flags=tuple(sorted(flags, key=flag_order)),
        scores=tuple(sorted(scores, key=lambda s: (s.completed_at, s.key))),
        sessions=tuple(sorted(sessions, key=session_order)),
        moods=tuple(sorted(moods, key=lambda m: (m.at, m.key))),
        daily_moods=tuple(sorted(daily_moods, key=lambda m: (m.at, m.key))),
        care_plan=None if with_plan is None else with_plan.care_plan,
        care_plan_export_id=None if with_plan is None else with_plan.export_id,
        record_sources=sources,
    )
