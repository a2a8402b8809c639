"""The export of a 2-year history, and ``companion verify`` of it (DESIGN.md §8).

Budgets: the whole export ≤ 2 s; ``companion verify`` ≤ 0.5 s; the cold start not slowed by the export
code (``bench_startup.py`` times the start; ``tests/unit/test_cli_export.py`` checks that no export
module is loaded on the way to the unlock screen).

The history is the budget's, made by the demo's generators (``companion.demo``): 104 weeks with one
session a week (about 100 sessions), weekly questionnaires, post-session logs and moods, and 2,000
journal entries of which exactly 200 are shared (the demo shares about 5 %; more are marked shared
here). Then the demo's own rhythm, two sessions a week for two years (about 200 sessions), to show
how the time grows.

The whole export is what the Export page does after the unlock: gather from the vault
(``prepare_export``), then ``write_export`` with the real painter — the report model, the PDF, the CSV
tables, the FHIR bundle, the manifest and its signature, the files written, fsynced and renamed.

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_export.py``.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import dataclasses
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

from PySide6.QtGui import QGuiApplication

from companion.demo.demo_history import fill_demo_history
from companion.demo.demo_journal import fill_demo_journal
from companion.domain.clock import FakeClock
from companion.export.csv_tables import csv_tables
from companion.export.export_data import ExportData, ExportOptions, ExportPeriod
from companion.export.fhir_bundle import fhir_bundle_json
from companion.export.report_model import build_report
from companion.export.verify import verify_export
from companion.export.writer import ExportTarget, write_export
from companion.paths import DataPaths
from companion.services.export_actions import PreparedExport, prepare_export
from companion.storage.journal import EntryFilter, JournalRepository
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import OpenVault, create_vault
from companion.ui.export.report_pdf import render_report_pdf
from tests.perf.figures import EXPORT, VERIFY, quick, report

PASSPHRASE = "benchmark passphrase, long enough"
JOURNAL_ENTRIES = 2_000
SHARED = 200
ROUNDS = 2 if quick() else 5
NOW = datetime(2026, 6, 30, 18, 0, tzinfo=UTC)
OPTIONS = ExportOptions(ExportPeriod(date(2024, 6, 1), date(2026, 6, 30)), include_journal=True,
                        patient_name="Benchmark Patient")


def _share_exactly(vault: OpenVault, count: int) -> None:
    journal = JournalRepository(vault.database)
    entries = journal.list_page(EntryFilter(), limit=JOURNAL_ENTRIES * 2).entries
    shared = {entry.id for entry in journal.shared_entries()}
    others = sorted(entry.id for entry in entries if entry.id not in shared)
    rng = random.Random(5)  # synthetic data
    for entry_id in rng.sample(others, count - len(shared)):
        journal.set_shared(entry_id, True)


def _build(base: Path, weeks: int, weekdays: tuple[int, ...]) -> OpenVault:
    vault, _ = create_vault(DataPaths(base), PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock(NOW))
    fill_demo_history(vault, weeks=weeks, now=NOW, weekdays=weekdays)
    fill_demo_journal(vault, count=JOURNAL_ENTRIES, now=NOW)
    _share_exactly(vault, SHARED)
    return vault


def _seconds(call: Callable[[], object], rounds: int = ROUNDS) -> list[float]:
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        timings.append(time.perf_counter() - started)
    return timings


def _line(label: str, timings: list[float], budget: str = "") -> float:
    """Print the median and range; return the median in seconds."""
    print(f"{label:<44}: {statistics.median(timings) * 1000:7.0f} ms median "
          f"({min(timings) * 1000:.0f}-{max(timings) * 1000:.0f}){budget}", flush=True)
    return statistics.median(timings)


class _Exports:
    """Each export to a new place under ``out``, with an id of its own."""

    def __init__(self, vault: OpenVault, out: Path) -> None:
        self.vault, self.out, self.count = vault, out, 0

    def prepare(self) -> PreparedExport:
        self.count += 1
        return prepare_export(self.vault, OPTIONS, now=NOW, export_id=f"{self.count:08x}")

    def write(self, prepared: PreparedExport, *, as_zip: bool = False, password: str | None = None) -> Path:
        name = prepared.data.export_id + (".zip" if as_zip else "")
        return write_export(prepared.data, ExportTarget(self.out / name, as_zip, password),
                            signer=prepared.signer, render_pdf=render_report_pdf)

    def whole(self) -> Path:
        return self.write(self.prepare())


def _describe(data: ExportData, folder: Path) -> str:
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    pages = (folder / "report.pdf").read_bytes().count(b"/Type /Page\n")
    print(f"history: {len(data.sessions)} sessions, {len(data.questionnaires)} questionnaires, "
          f"{len(data.journal)} shared journal entries, {len(data.flags)} flags; export "
          f"{size / 1e6:.1f} MB, report.pdf {pages} pages", flush=True)
    return (f"{len(data.sessions)} sessions, {len(data.journal)} shared entries; "
            f"{size / 2**20:.1f} MB, {pages}-page PDF")


def _verify_process(path: Path) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "companion", "verify", str(path)]
    return subprocess.run(command, capture_output=True, env=dict(os.environ), check=False)


def _export_command(data_dir: Path, out: Path) -> None:
    command = [sys.executable, "-m", "companion", "export", "--data-dir", str(data_dir), "--passphrase-stdin",
               "--out", str(out), "--from", OPTIONS.period.start.isoformat(), "--include-journal"]
    subprocess.run(command, input=PASSPHRASE + "\n", text=True, capture_output=True, check=True)


def _measure(temp: Path, weeks: int, weekdays: tuple[int, ...], *, detailed: bool) -> None:
    started = time.perf_counter()
    vault = _build(temp / "data", weeks, weekdays)
    print(f"-- {weeks} weeks of demo history, {len(weekdays)} session(s) a week "
          f"(built in {time.perf_counter() - started:.1f} s, in no figure)")
    out = temp / "out"
    out.mkdir()
    exports = _Exports(vault, out)
    first = exports.whole()  # warm: fonts, imports, the database's pages
    prepared = exports.prepare()
    history = _describe(prepared.data, first)
    folder_s = _line("whole export, folder (gather + write)", _seconds(exports.whole), "   (budget <= 2 s)")
    a_week = f"{len(weekdays)} session{'s' if len(weekdays) > 1 else ''} a week"
    if not detailed:
        report("export.folder_2_a_week", f"export, 2 years with {a_week}, folder, median", folder_s, "s",
               note=history, digits=2)
    if detailed:
        gather = _line("  gather from the vault", _seconds(exports.prepare))
        model = build_report(prepared.data)
        _line("  report model", _seconds(lambda: build_report(prepared.data)))
        pdf = _line("  report.pdf painted", _seconds(lambda: render_report_pdf(model)))
        _line("  csv tables", _seconds(lambda: csv_tables(prepared.data)))
        fhir = _line("  fhir bundle", _seconds(lambda: fhir_bundle_json(prepared.data)))
        renamed = (dataclasses.replace(prepared.data, export_id=f"w{i:07x}") for i in range(100))
        _line("  write_export (everything after gather)",
              _seconds(lambda: exports.write(PreparedExport(next(renamed), prepared.signer))))
        report("export.folder", "export of the 2-year history, folder (gather + write), median", folder_s,
               "s", EXPORT, digits=2,
               note=f"{history}; gather {gather:.2f} s, PDF {pdf:.2f} s, FHIR {fhir:.2f} s")
    zipped = exports.write(exports.prepare(), as_zip=True)
    if detailed:
        zip_s = _line("whole export, zip", _seconds(lambda: exports.write(exports.prepare(), as_zip=True)))
        password_s = _line("whole export, zip with a password (AES-256)", _seconds(
            lambda: exports.write(exports.prepare(), as_zip=True, password="benchmark zip pw")))
        report("export.zip", "export of the 2-year history, zip, median", zip_s, "s", EXPORT, digits=2)
        report("export.zip_password", "export of the 2-year history, zip with a password, median", password_s,
               "s", EXPORT, digits=2)
    vault.close()
    runs = iter(range(100))
    command_s = _line("companion export (a process; light KDF)",
                      _seconds(lambda: _export_command(temp / "data", out / f"cli-{next(runs)}")))
    if detailed:
        report("export.command", "`companion export` of that history, the whole process, median", command_s,
               "s", digits=2, note="a light key derivation, so without the unlock's")
    for label, path in (("folder", first), ("zip", zipped)):
        assert _verify_process(path).returncode == 0
        process_s = _line(f"companion verify (a process), {label}",
                          _seconds(lambda path=path: _verify_process(path)), "   (budget <= 0.5 s)")
        inside_s = _line(f"  verify_export in-process, {label}",
                         _seconds(lambda path=path: verify_export(path)))
        if detailed:
            report(f"verify.{label}", f"companion verify of that export, a process, {label}, median",
                   process_s, "s", VERIFY, digits=2, note=f"in-process {inside_s * 1000:.0f} ms")


def main() -> None:
    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    variants = ((104, (1,), True),) if quick() else ((104, (1,), True), (104, (1, 4), False))
    for weeks, weekdays, detailed in variants:
        with tempfile.TemporaryDirectory() as temp:
            _measure(Path(temp), weeks, weekdays, detailed=detailed)
    print("start-up: bench_startup.py times it; tests/unit/test_cli_export.py checks that no export module "
          "is loaded on the way to the unlock screen")
    del application


if __name__ == "__main__":
    main()
