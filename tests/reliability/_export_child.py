"""Child for test_export_kill: write exports one after another, forever, until the parent kills it.

Usage: python _export_child.py <data dir> <out folder>. Unlocks the test vault, gathers the export once
(as the Export page does), prints "ready", then for each export prints "start <id> <kind>", writes it
with the real PDF painter (kind 0 a folder, 1 a plain zip, 2 a zip with a password, in turn), printing
"write <id>" when the files start to be written, and "done <id>" only after write_export returned. The
parent SIGKILLs it at a random moment.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from companion.export.export_data import ExportOptions, ExportPeriod
from companion.export.writer import ExportTarget, write_export
from companion.services.export_actions import new_export_id, prepare_export
from companion.ui.export.report_pdf import render_report_pdf
from tests.export_vault import open_test_vault

PASSWORD = "kill test zip password"
WRITING_PERCENT = 70  # write_export's "Writing the files" step


def target_for(out: Path, export_id: str, turn: int) -> ExportTarget:
    kind = turn % 3
    if kind == 0:
        return ExportTarget(out / f"export-{export_id}")
    password = PASSWORD if kind == 2 else None
    return ExportTarget(out / f"export-{export_id}.zip", as_zip=True, password=password)


def main() -> None:
    data_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    application = QGuiApplication(sys.argv[:1])
    now = datetime.now(UTC)
    options = ExportOptions(ExportPeriod(datetime(2000, 1, 1).date(), now.astimezone().date()),
                            include_journal=True, patient_name="Kill Test")
    with open_test_vault(data_dir) as vault:
        prepared = prepare_export(vault, options, now=now, export_id=new_export_id())
    os.write(1, b"ready\n")
    turn = 0
    while True:
        export_id = new_export_id()
        data = dataclasses.replace(prepared.data, export_id=export_id)
        os.write(1, f"start {export_id} {turn % 3}\n".encode())

        def progress(percent: int, _what: str, export_id: str = export_id) -> None:
            if percent == WRITING_PERCENT:
                os.write(1, f"write {export_id}\n".encode())

        write_export(data, target_for(out, export_id, turn), signer=prepared.signer,
                     render_pdf=render_report_pdf, progress=progress)
        os.write(1, f"done {export_id}\n".encode())  # only after write_export returned
        turn += 1
    del application


if __name__ == "__main__":
    main()
