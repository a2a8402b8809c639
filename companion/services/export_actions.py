"""What the Export page reads before an export, and what one export gathers on the database thread.

Qt-free: the page submits these to the database worker; the writing itself (the PDF, the files, the
rename) happens off the database thread, on the background runner, with the data gathered here.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from companion import __version__
from companion.export.export_data import ExportData, ExportOptions, ExportPeriod
from companion.services.export_gather import default_period, gather_export_data, last_patient_name
from companion.storage.sshsig import fingerprint

if TYPE_CHECKING:
    from companion.storage.sshsig import RawSigner
    from companion.storage.vault import OpenVault


@dataclass(frozen=True)
class ExportStart:
    """What the Export page fills in before the patient changes anything."""

    period: ExportPeriod  # since the last export
    last_export_end: date | None  # the last export's last day, when there was one
    patient_name: str  # as on the last export
    shared_entries: int  # journal entries marked "share with my clinician" (any date)
    key_fingerprint: str  # SHA256:… of the signing key, "" when it cannot be read


@dataclass(frozen=True)
class PreparedExport:
    data: ExportData
    signer: RawSigner  # signs off the database thread (pure cryptography, no disk)


def new_export_id() -> str:
    """Eight random hex digits: in the folder name and on every page, never personal."""
    return secrets.token_hex(4)


def export_start(vault: OpenVault, today: date) -> ExportStart:
    from companion.storage.errors import StorageError
    from companion.storage.exports import ExportRepository
    from companion.storage.journal import JournalRepository
    from companion.storage.journal_search import EntryFilter

    last = ExportRepository(vault.database).last_export()
    shared = JournalRepository(vault.database).count(EntryFilter(shared_only=True))
    try:
        key = fingerprint(vault.signer.public_key)
    except StorageError:
        key = ""
    return ExportStart(default_period(vault, today), None if last is None else last.period_end,
                       last_patient_name(vault), shared, key)


def prepare_export(vault: OpenVault, options: ExportOptions, *, now: datetime,
                   export_id: str) -> PreparedExport:
    """Everything the export holds, and the key that signs it (SigningKeyUnavailableError, a
    StorageError with one sentence, when the key cannot be used)."""
    signer = vault.signer
    data = gather_export_data(vault, options, now=now, export_id=export_id, app_version=__version__,
                              key_fingerprint=fingerprint(signer.public_key))
    return PreparedExport(data, signer)
