"""What the CSV tables and the FHIR bundle read the same way: local times, sections, sessions.

Both write every time in the patient's local offset (the one ``ExportData.generated_at`` carries),
both leave out what the patient left out (sections, and journal entries unless shared *and* opted
in), and both describe a session by the same derived facts, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from companion.domain.care_plan import Route
from companion.domain.session import Session
from companion.domain.session_events import HelpUsed
from companion.export.export_data import ExportData, Section
from companion.storage.journal import JournalEntry

# SNOMED CT route of administration (qualifier values).
ROUTE_SNOMED: dict[Route, tuple[str, str]] = {
    Route.SUBLINGUAL: ("37839007", "Sublingual route"),
    Route.ORAL: ("26643006", "Oral route"),
    Route.INTRANASAL: ("46713006", "Nasal route"),
    Route.INTRAMUSCULAR: ("78421000", "Intramuscular route"),
}
# RxNorm ingredient codes for the medication names a care plan holds (free text, compared without
# case). Only codes checked against RxNorm belong here; a name without one is written as text only.
MEDICATION_RXNORM: dict[str, tuple[str, str]] = {
    "ketamine": ("6130", "ketamine"),
}
# SNOMED CT severity qualifiers (the values of FHIR's condition-severity value set).
SEVERITY_SNOMED: dict[str, tuple[str, str]] = {
    "mild": ("255604002", "Mild"),
    "moderate": ("6736007", "Moderate"),
    "severe": ("24484000", "Severe"),
}
# PHQ-9 difficulty question (LOINC 69722-7) answers, value 0..3.
PHQ9_DIFFICULTY_ANSWER_LOINC = ("LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3")


def medication_rxnorm(name: str) -> tuple[str, str] | None:
    return MEDICATION_RXNORM.get(name.strip().casefold())


@dataclass(frozen=True)
class LocalTimes:
    """Times as the patient's clock showed them: the offset of ``generated_at``'s time zone."""

    tz: tzinfo

    @classmethod
    def of(cls, data: ExportData) -> LocalTimes:
        tz = data.generated_at.tzinfo
        if tz is None or data.generated_at.utcoffset() is None:
            raise ValueError("generated_at must be timezone-aware")
        return cls(tz)

    def local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("export times must be timezone-aware")
        return moment.astimezone(self.tz)

    def iso(self, moment: datetime | None) -> str:
        """ISO 8601 to the second with the UTC offset ("2026-04-07T17:20:00+02:00"); "" for None."""
        return "" if moment is None else self.local(moment).isoformat(timespec="seconds")

    def date(self, moment: datetime | None) -> str:
        return "" if moment is None else self.local(moment).date().isoformat()

    def clock(self, moment: datetime | None) -> str:
        return "" if moment is None else self.local(moment).strftime("%H:%M")


def included(data: ExportData, section: Section) -> bool:
    return section in data.options.sections


def shared_journal(data: ExportData) -> tuple[JournalEntry, ...]:
    """The journal entries this export may carry: opted in for this export, and each one shared."""
    if not data.options.include_journal or not included(data, Section.JOURNAL):
        return ()
    return tuple(entry for entry in data.journal if entry.shared and entry.trashed_at is None)


def session_started_at(session: Session) -> datetime | None:
    """When the session was begun: its first event (the checklist started)."""
    return session.events[0].at if session.events else None


def session_time(session: Session) -> datetime | None:
    """The time a session is filed under: the dose, or when it was begun when no dose was taken."""
    return session.dose_at if session.dose_at is not None else session_started_at(session)


def help_count(session: Session) -> int:
    return sum(1 for event in session.events if isinstance(event, HelpUsed))


def minutes_after(start: datetime | None, moment: datetime) -> int | None:
    """Whole minutes from ``start`` to ``moment``, rounded down (negative before it)."""
    if start is None:
        return None
    return int((moment - start).total_seconds() // 60)
