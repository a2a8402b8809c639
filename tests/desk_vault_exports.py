"""What the desk's tests share: real exports of a demo vault, written as the Export page writes them
(gathered by ``prepare_export``, signed by the vault's key), with a stand-in PDF (the writer is Qt-free;
the painter is tested elsewhere), and one more session recorded the way a session screen records it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from companion.domain.session_events import (
    ChecklistPassed,
    ChecklistStarted,
    DoseTaken,
    EndedEarly,
    MonitoringStarted,
    SitterHandedOver,
)
from companion.domain.vitals import BloodPressure
from companion.export.export_data import ExportData, ExportOptions, ExportPeriod
from companion.export.report_model import Report
from companion.export.writer import ExportTarget, write_export
from companion.services.export_actions import prepare_export
from companion.storage.care_plans import CarePlanRepository
from companion.storage.sessions import SessionRepository
from companion.storage.vault import OpenVault

FAKE_PDF = b"%PDF-1.7\n%%EOF\n"


def fake_pdf(_report: Report) -> bytes:
    return FAKE_PDF


@dataclass(frozen=True)
class WrittenExport:
    path: Path
    data: ExportData  # what the vault gave the export


def write_vault_export(vault: OpenVault, out: Path, *, start: date, end: date, now: datetime, export_id: str,
                       as_zip: bool = False, patient_name: str = "Alex Example") -> WrittenExport:
    """An export of ``start``..``end`` made at ``now``, written to ``out/<export_id>[.zip]``."""
    prepared = prepare_export(vault, ExportOptions(ExportPeriod(start, end), patient_name=patient_name),
                              now=now, export_id=export_id)
    target = ExportTarget(out / (export_id + (".zip" if as_zip else "")), as_zip=as_zip)
    path = write_export(prepared.data, target, signer=prepared.signer, render_pdf=fake_pdf)
    return WrittenExport(path, prepared.data)


LATE_SESSION_REASON = "Felt unwell; stopped on the clinic's advice."


def record_short_session(vault: OpenVault, begin: datetime) -> int:
    """One more session, begun at ``begin``: dosed, then ended early after 40 minutes. Its id."""
    sessions = SessionRepository(vault.database)
    plan = CarePlanRepository(vault.database).current()
    assert plan is not None

    def at(minutes: int) -> datetime:
        return begin + timedelta(minutes=minutes)

    session_id = sessions.create(plan, at=begin).id
    sessions.append(session_id, ChecklistStarted(at=at(1)))
    sessions.save_vitals(session_id, "pre_dose", BloodPressure(124, 78), 72, at(3), spo2=97)
    sessions.append(session_id, ChecklistPassed(at=at(4)),
                    SitterHandedOver(at=at(6), sitter_name="Sam (partner)", relationship="partner"),
                    DoseTaken(at=at(8), lot_number="LATE1"), MonitoringStarted(at=at(8)))
    sessions.save_vitals(session_id, "final", BloodPressure(130, 80), 76, at(47), spo2=96)
    sessions.append(session_id, EndedEarly(at=at(48), reason=LATE_SESSION_REASON))
    return session_id
