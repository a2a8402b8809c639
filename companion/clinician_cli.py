"""The clinician's commands (DESIGN.md §7): ``verify``, ``fhir-transaction`` and ``desk``.

They need no patient vault. ``verify`` and ``fhir-transaction`` load no Qt but QtCore, and that only on a
real command line, to print their sentences in the computer's language as the desk does (``--json`` is
English, for programs, and loads no Qt at all).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from companion.cli_common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CommandError,
    CommandParser,
    companion_command,
    folder_argument,
    shown,
)
from companion.domain.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from companion.desk.desk_paths import DeskPaths
    from companion.export.verify import KeyArgumentError

# The commands whose sentences a person reads in the computer's language (see speak_system_language).
SPOKEN_COMMANDS = frozenset({"verify", "fhir-transaction"})


def add_clinician_commands(commands: argparse._SubParsersAction[CommandParser]) -> None:
    expected_key = CommandParser(add_help=False)  # verify and fhir-transaction check the export the same way
    expected_key.add_argument(
        "--key",
        metavar="patient.pub",
        help="the patient's public key file as you first received it (or its SHA256:… fingerprint)",
    )
    verify = commands.add_parser(
        "verify",
        parents=[expected_key],
        help="check that an export (folder or .zip) is exactly as the patient's app signed it",
        description="Check an export folder or .zip: every file matches manifest-sha256.txt, no file was "
        "added, and manifest.sig is a good signature of the manifest by patient.pub; with --key, also that "
        "patient.pub is the key you got from the patient the first time. Never changes anything. "
        "Exit 0 valid, 1 altered or invalid (the file is named), 2 unreadable or bad arguments.",
    )
    verify.add_argument("path", metavar="PATH", help="the export folder or .zip file")
    verify.add_argument("--json", action="store_true", help="print the result as JSON (fixed keys)")
    transaction = commands.add_parser(
        "fhir-transaction",
        parents=[expected_key],
        help="turn a verified export's FHIR bundle into a transaction Bundle for a clinic's FHIR server",
        description="Verify an export folder or .zip as 'companion verify' does, then write its "
        "fhir/bundle.json as a FHIR R4 transaction Bundle to --out: every resource a conditional create "
        "keyed on its stable identifier, so loading the same export again, or one whose period overlaps, "
        "creates no duplicates. Nothing is sent anywhere. The file is written atomically, readable by you "
        "only; an existing file is refused unless --force replaces it. Exit 0 written, 1 the export is "
        "altered or invalid (nothing written), 2 unreadable, not an export, or bad arguments.",
    )
    transaction.add_argument("path", metavar="PATH", help="the export folder or .zip file")
    transaction.add_argument("--out", metavar="FILE", required=True,
                             help="the transaction file to write (its folder must exist)")
    transaction.add_argument("--force", action="store_true",
                             help="replace --out if it exists (atomically: never half a file)")
    desk = commands.add_parser(
        "desk",
        help="the clinician's desk: open, check and follow patients' exports; write signed care plans",
        description="Open the clinician's desk, which needs no patient vault: the patients whose keys you "
        "confirmed, their exports checked against those keys and read as one timeline, and care plans "
        "signed with your own key. It keeps only what it must remember in its own folder.",
    )
    desk.add_argument("--desk-dir", metavar="D", type=folder_argument,
                      help="the desk's folder (default: $COMPANION_DESK_DIR, then the platform's user data "
                      "folder); never a patient's data folder")
    desk.add_argument("--demo", action="store_true",
                      help="open the demo desk that 'companion demo' makes (made now if missing)")


MAX_KEY_FILE_BYTES = 64 * 1024


def _read_expected_key(value: str) -> str | bytes:
    """``--key``: a public key file's bytes, or a ``SHA256:`` fingerprint typed as it was read out."""
    import stat
    from pathlib import Path

    path = Path(value)
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if value.startswith("SHA256:"):  # no such file (a fingerprint may hold "/"): verify checks it
            return value
        if isinstance(error, FileNotFoundError):
            raise CommandError(f"There is no key file at {value}.", EXIT_USAGE) from None
        raise CommandError(f"The key file {value} could not be read: {error.strerror}.", EXIT_USAGE) from None
    if stat.S_ISDIR(mode):
        raise CommandError(f"{value} is a folder; --key takes the patient's patient.pub file.", EXIT_USAGE)
    if not stat.S_ISREG(mode):
        raise CommandError(f"{value} is not a file; --key takes the patient's patient.pub file.", EXIT_USAGE)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as error:
        raise CommandError(f"The key file {value} could not be read: {error.strerror}.", EXIT_USAGE) from None
    if len(data) > MAX_KEY_FILE_BYTES:
        raise CommandError(f"{value} is far too large to be a public key file.", EXIT_USAGE)
    return data


def _cmd_verify(args: argparse.Namespace) -> int:
    import json

    from companion.export.verify import KeyArgumentError, verify_export

    key = _read_expected_key(args.key) if args.key is not None else None
    try:
        result = verify_export(args.path, key)
    except KeyArgumentError as error:
        raise CommandError(_key_refused(args.key, error), EXIT_USAGE) from None
    if args.json:  # English: for programs, the same in every language
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=True))
    else:
        print("\n".join(shown(line) for line in result.summary()))
    return result.exit_code


def _cmd_fhir_transaction(args: argparse.Namespace) -> int:
    from pathlib import Path

    from companion.export.fhir_transaction import (
        DestinationError,
        ExportNotValidError,
        FhirTransactionError,
        check_destination,
        transaction_from_export,
        write_transaction,
    )
    from companion.export.verify import KeyArgumentError, signed_by
    from companion.paths import path_sentence

    key = _read_expected_key(args.key) if args.key is not None else None
    out = Path(args.out)
    try:
        try:
            check_destination(out, replace=args.force)
        except OSError as error:  # a name the file system refuses (too long, a loop, no access)
            raise DestinationError(path_sentence(out, error, "--out")) from None
        transaction = transaction_from_export(args.path, key)
        write_transaction(out, transaction.content, replace=args.force)
    except KeyArgumentError as error:
        raise CommandError(_key_refused(args.key, error), EXIT_USAGE) from None
    except ExportNotValidError as error:
        raise CommandError(error.args[0], EXIT_PROBLEMS) from None
    except FhirTransactionError as error:
        raise CommandError(error.args[0], EXIT_USAGE) from None
    print(shown(QT_TRANSLATE_NOOP("FhirTransaction", "Wrote %1: %2 resources of %3 as a FHIR transaction.")
                .arg(out, transaction.resources, transaction.export)))
    if key is None:
        print(shown(signed_by(transaction.fingerprint)))
    return EXIT_OK


def _key_refused(given: str, error: KeyArgumentError) -> Text:
    """"--key <what was given>: <why it is no key>", the reason translated."""
    return Text("", "--key %1: %2", (given, error.args[0]))


def _demo_desk() -> DeskPaths:
    """The demo desk beside the default demo vault; ``companion demo --no-gui`` makes both if missing."""
    import subprocess

    from companion.demo_desk import DEMO_DESK_PASSPHRASE, demo_desk_paths, is_demo_desk
    from companion.paths import DataPaths, default_demo_base_dir

    paths = demo_desk_paths(DataPaths(default_demo_base_dir()))
    if not is_demo_desk(paths):
        made = subprocess.run([*companion_command(), "demo", "--no-gui"], check=False)
        if made.returncode != EXIT_OK:
            raise CommandError("The demo desk could not be made; see the message above.", EXIT_PROBLEMS)
    print(f"Demo desk passphrase: {DEMO_DESK_PASSPHRASE}")
    return paths


def _cmd_desk(args: argparse.Namespace) -> int:
    from companion.desk.desk_paths import resolve_desk_paths
    from companion.paths import DataFolderError, check_folder
    from companion.self_test import qt_start_problem

    if args.demo and args.desk_dir is not None:
        raise CommandError("--demo opens the demo desk in its own folder; leave out --desk-dir.", EXIT_USAGE)
    paths = _demo_desk() if args.demo else resolve_desk_paths(args.desk_dir)
    try:
        check_folder(paths.base, "--desk-dir")
    except DataFolderError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    problem = qt_start_problem()
    if problem:
        raise CommandError(problem + " Run 'companion self-test' for details.", EXIT_PROBLEMS)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from companion.resources import resource
    from companion.ui.desk.desk_app import run_desk

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["companion"])
    app.setWindowIcon(QIcon(str(resource("icons/companion.svg"))))
    return run_desk(paths)


CLINICIAN_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "desk": _cmd_desk,
    "fhir-transaction": _cmd_fhir_transaction,
    "verify": _cmd_verify,
}
