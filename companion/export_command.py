"""``companion export``: the clinician's export without the window (DESIGN.md §7).

The same code as the Export page: the data is gathered by ``services.export_actions`` through the read
models Today and History use, written by ``export.writer`` (a hidden partial beside the destination,
one rename at the end) and remembered so the next export starts after this one's period. Qt is
loaded only to paint the PDF, on the offscreen platform unless ``QT_QPA_PLATFORM`` says otherwise.

Everything that can be refused is refused before the passphrase is read and before anything is
written: the dates, the options, the destination. Each refusal is one sentence
(:class:`ExportRefusedError`, exit 2); the command line turns the writer's and the vault's errors into
theirs (a wrong passphrase is exit 3).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.export.export_data import ExportPeriod
    from companion.export.report_model import Report
    from companion.paths import DataPaths
    from companion.storage.vault import OpenVault

MAX_NAME_CHARS = 100
PAPERS = ("a4", "letter")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class ExportRefusedError(Exception):
    """Bad options or nothing to export: one sentence, nothing written (exit 2)."""


class PdfUnavailableError(Exception):
    """Qt cannot start on this computer, so there is no PDF: one sentence (exit 1)."""


def _day(text: str) -> date:
    """argparse type for --from and --to: a calendar date written YYYY-MM-DD."""
    if not _DAY.fullmatch(text):
        raise argparse.ArgumentTypeError(f"takes a date written YYYY-MM-DD, not {text!r}")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"takes a date written YYYY-MM-DD; {text} is not a day "
                                         "of the calendar") from None


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="PATH", required=True,
                        help="the export's own folder, or its .zip file with --zip; it must not exist yet")
    parser.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD",
                        help="first day of the period (default: the day after the last export's period, "
                        "or the first day with anything recorded)")
    parser.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD",
                        help="last day of the period (default: today)")
    parser.add_argument("--include-journal", action="store_true",
                        help="include the journal entries you marked shared (never any other)")
    parser.add_argument("--zip", action="store_true", help="write one .zip file instead of a folder")
    parser.add_argument("--password-stdin", action="store_true",
                        help="with --zip: encrypt it (AES-256) with a password read from the second line "
                        "of standard input; open it with 7-Zip or a similar tool")
    parser.add_argument("--name", metavar="NAME",
                        help="how the report names you (default: as on your last export; none at first)")
    parser.add_argument("--paper", choices=PAPERS, help="paper size of report.pdf (default: from the locale)")


def _check_options(args: argparse.Namespace) -> str | None:
    """The patient's name as given, after refusing options that cannot go together."""
    if args.password_stdin and not args.zip:
        raise ExportRefusedError("--password-stdin needs --zip: only a zip can have a password.")
    if args.start is not None and args.end is not None and args.start > args.end:
        raise ExportRefusedError(f"--from {args.start} is after --to {args.end}; the period must start "
                                 "on or before the day it ends.")
    if args.name is None:
        return None
    name = str(args.name).strip()
    if len(name) > MAX_NAME_CHARS or any(not character.isprintable() for character in name):
        raise ExportRefusedError(f"--name takes up to {MAX_NAME_CHARS} characters on one line.")
    return name


def _period(vault: OpenVault, args: argparse.Namespace, today: date) -> ExportPeriod:
    from companion.export.export_data import ExportPeriod
    from companion.services.export_gather import default_period

    end = args.end or today
    start = args.start or default_period(vault, today).start
    if start > end:
        reason = "the day after the last export" if args.start is None else "--from"
        raise ExportRefusedError(f"The period would start on {start} ({reason}), after its last day {end}; "
                                 "give --from and --to.")
    return ExportPeriod(start, end)


def _pdf_renderer(paper: str | None, preferences_file: Path) -> Callable[[Report], bytes]:
    """A function painting the report (a QGuiApplication on the offscreen platform, made once), in the
    language the patient chose (the preferences file, as the app reads it before unlock)."""
    from companion.self_test import QT_SYSTEM_LIBRARIES, missing_libraries

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    missing = missing_libraries(QT_SYSTEM_LIBRARIES)
    if missing:
        raise PdfUnavailableError("The report cannot be painted: missing system library "
                                  + ", ".join(missing) + ". Run 'companion self-test' for details.")
    from PySide6.QtGui import QGuiApplication, QPageSize

    from companion.ui.export.report_pdf import render_report_pdf
    from companion.ui.language import install_saved_language

    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    install_saved_language(preferences_file)
    sizes = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    size = None if paper is None else sizes[paper]

    def render(report: Report) -> bytes:
        assert application is not None  # kept alive while it paints
        return render_report_pdf(report, size)

    return render


def run_export(args: argparse.Namespace, paths: DataPaths, read_secret: Callable[[str, str], str]) -> int:
    """Write the export ``args`` describes from the vault in ``paths``; print where, and the key.

    ``read_secret(prompt, what)`` reads one line of standard input (asking on a terminal).
    Raises ExportRefusedError, ExportDestinationError, PdfUnavailableError or a StorageError
    (WrongPassphraseError for a wrong passphrase), each with one sentence.
    """
    from companion.domain.clock import SystemClock
    from companion.export.export_data import ExportOptions
    from companion.export.writer import ExportTarget, check_target, write_export
    from companion.paths import path_sentence
    from companion.services.export_actions import new_export_id, prepare_export
    from companion.services.export_gather import last_patient_name, remember_export
    from companion.storage import vault as vaults
    from companion.storage.exports import ExportKind

    name = _check_options(args)
    if vaults.vault_status(paths) is vaults.VaultStatus.ABSENT:
        raise ExportRefusedError(f"There is no vault in {paths.base}.")
    target = ExportTarget(Path(args.out), as_zip=bool(args.zip))
    try:
        check_target(target)
    except OSError as error:  # a path the file system will not even look at (too long, a loop, no access)
        raise ExportRefusedError(path_sentence(target.path, error, "--out")) from None
    passphrase = read_secret("Passphrase: ", "passphrase")
    password = read_secret("Zip password: ", "zip password") if args.password_stdin else None
    target = ExportTarget(target.path, as_zip=target.as_zip, password=password)
    render = _pdf_renderer(args.paper, paths.preferences_file)  # before the unlock: no Qt is said at once
    clock = SystemClock()
    key = vaults.unlock(paths, passphrase)
    with vaults.open_vault(paths, key, clock) as vault:
        now = clock.now()
        period = _period(vault, args, now.astimezone().date())
        options = ExportOptions(period, include_journal=bool(args.include_journal),
                                patient_name=last_patient_name(vault) if name is None else name)
        prepared = prepare_export(vault, options, now=now, export_id=new_export_id())
        if not prepared.data.has_data():
            raise ExportRefusedError(f"There is nothing to export from {period.start} to {period.end}, so "
                                     "nothing was written; choose other days with --from and --to.")
        written = write_export(prepared.data, target, signer=prepared.signer, render_pdf=render)
        remember_export(vault, prepared.data, ExportKind.ZIP if target.as_zip else ExportKind.FOLDER)
    print(f"Export of {period.start} to {period.end} written to {written.absolute()}")
    print(f"Signed by {prepared.data.key_fingerprint} (your signing key, as on page 1 and in patient.pub)")
    if password:
        print("Encrypted with AES-256: open it with 7-Zip or a similar tool and the password.")
    return 0
