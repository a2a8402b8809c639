"""What the desk's key, patient-list and open-export tests share: a desk made in milliseconds, and real
signed exports written by the app's own writer.

``write_patient_export`` writes the fixed history of ``tests/fixtures/export_history`` (the golden files'
history) as a folder or a zip, signed by a test key, with a stand-in PDF (the painter needs Qt; the
writer does not). ``export_from_vault`` writes one from a real vault made by ``tests/export_vault``,
signed by the vault's own signing key, as the patient's app does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from companion.desk.desk_access import OpenDesk, create_desk
from companion.desk.desk_paths import DeskPaths
from companion.export.export_data import ExportOptions, ExportPeriod
from companion.export.report_model import Report
from companion.export.writer import ExportTarget, export_name, write_export
from companion.services.export_gather import gather_export_data
from companion.storage import sshsig
from companion.storage.kdf import LIGHT_TEST_PARAMS
from tests.export_vault import make_vault, open_test_vault
from tests.fixtures.export_history import export_history

DESK_PASSPHRASE = "harbour lantern velvet quarry"
CLINICIAN = "Dr. Rowan Ellis"
NOW = datetime(2026, 5, 2, 9, 30, tzinfo=UTC)
FAKE_PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"
PATIENT_NAME = "Alex Example"


def fake_pdf(_report: Report) -> bytes:
    return FAKE_PDF


def make_desk(base: Path) -> OpenDesk:
    """A new desk in ``base`` (light key derivation) with an empty list of patients."""
    return create_desk(DeskPaths(base), CLINICIAN, DESK_PASSPHRASE, LIGHT_TEST_PARAMS, now=NOW)


def write_patient_export(place: Path, signer: sshsig.RawSigner, *, patient_name: str = PATIENT_NAME,
                         export_id: str = "7f3a9c2e", as_zip: bool = False) -> Path:
    """The fixed history as the app exports it, into ``place`` (a folder, or ``<name>.zip``)."""
    data = export_history()
    data = replace(data, export_id=export_id, key_fingerprint=sshsig.fingerprint(signer.public_key),
                   options=replace(data.options, patient_name=patient_name))
    place.mkdir(parents=True, exist_ok=True)
    name = export_name(data)
    target = ExportTarget(place / (f"{name}.zip" if as_zip else name), as_zip=as_zip)
    return write_export(data, target, signer=signer, render_pdf=fake_pdf)


def export_from_vault(base: Path, place: Path, *, patient_name: str = PATIENT_NAME) -> Path:
    """A vault with a week of demo history, exported and signed by its own key (as ``companion export``)."""
    moment = datetime(2026, 3, 20, 18, 0, tzinfo=UTC)
    make_vault(base, weeks=1, journal_entries=3, now=moment)
    place.mkdir(parents=True, exist_ok=True)
    with open_test_vault(base) as vault:
        options = ExportOptions(ExportPeriod(date(2026, 3, 1), date(2026, 3, 20)), patient_name=patient_name)
        data = gather_export_data(vault, options, now=moment, export_id="0badc0de", app_version="0.1.0",
                                  key_fingerprint=sshsig.fingerprint(vault.signer.public_key))
        assert vault.signer is not None
        return write_export(data, ExportTarget(place / export_name(data)), signer=vault.signer,
                            render_pdf=fake_pdf)
