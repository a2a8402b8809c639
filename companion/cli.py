"""The command line (DESIGN.md §7). Stable: scripts and tests depend on it.

Every failure ends in one sentence on stderr and a documented exit code, never a traceback,
and changes nothing that was already saved.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence

from companion import __version__
from companion.cli_common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    EXIT_WRONG_PASSPHRASE,
    CommandError,
    CommandParser,
    folder_argument,
    say,
    speak_system_language,
)
from companion.clinician_cli import CLINICIAN_HANDLERS, SPOKEN_COMMANDS
from companion.paths import (
    DataFolderError,
    DataPaths,
    default_demo_base_dir,
    open_data_folder,
    resolve_data_paths,
)
from companion.storage.errors import NoVaultError, StorageError, VaultExistsError, WrongPassphraseError
from companion.storage.no_core_dumps import disable_core_dumps

# Printed by `companion demo`; only ever protects synthetic data.
DEMO_PASSPHRASE = "demo only: quiet harbour lantern morning"  # noqa: S105 (public by design)


DEFAULT_DEMO_WEEKS = 8
MAX_DEMO_WEEKS = 104
DEFAULT_DEMO_JOURNAL_ENTRIES = 40
MAX_DEMO_JOURNAL_ENTRIES = 200_000


def _whole_number(text: str, what: str, low: int, high: int) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"takes a whole number of {what}, not {text!r}") from None
    if not low <= number <= high:
        raise argparse.ArgumentTypeError(f"takes a number of {what} from {low} to {high:,}")
    return number


def _weeks(text: str) -> int:
    """argparse type for --weeks: a whole number of weeks within range."""
    return _whole_number(text, "weeks", 1, MAX_DEMO_WEEKS)


def _journal_entries(text: str) -> int:
    """argparse type for --journal-entries."""
    return _whole_number(text, "entries", 0, MAX_DEMO_JOURNAL_ENTRIES)


def build_parser() -> argparse.ArgumentParser:
    data_dir = CommandParser(add_help=False)
    data_dir.add_argument(
        "--data-dir",
        type=folder_argument,
        metavar="D",
        help="folder for the vault and everything else the app writes "
        "(default: $COMPANION_DATA_DIR, then the platform's user data folder)",
    )
    passphrase = CommandParser(add_help=False)
    passphrase.add_argument(
        "--passphrase-stdin",
        action="store_true",
        required=True,
        help="read the passphrase from standard input (one line)",
    )

    parser = CommandParser(
        prog="companion",
        description="A private companion for at-home ketamine treatment. Not a medical device; "
        "gives no dosing advice.",
        parents=[data_dir],
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)

    demo = commands.add_parser(
        "demo",
        parents=[data_dir],
        help="make a demo vault with synthetic data and open it",
        description="Make a demo vault with synthetic data (its passphrase is printed) and open it. "
        "Without --data-dir it lives in its own folder, never in your real one.",
    )
    demo.add_argument("--no-gui", action="store_true", help="create the demo vault and exit")
    demo.add_argument(
        "--weeks",
        type=_weeks,
        default=DEFAULT_DEMO_WEEKS,
        metavar="N",
        help=f"weeks of synthetic history in a new demo vault (1-{MAX_DEMO_WEEKS}; {DEFAULT_DEMO_WEEKS})",
    )
    demo.add_argument(
        "--journal-entries",
        type=_journal_entries,
        default=DEFAULT_DEMO_JOURNAL_ENTRIES,
        metavar="N",
        help="synthetic journal entries in a new demo vault "
        f"(0-{MAX_DEMO_JOURNAL_ENTRIES:,}; {DEFAULT_DEMO_JOURNAL_ENTRIES})",
    )

    commands.add_parser(
        "init",
        parents=[data_dir, passphrase],
        help="create a vault and print its recovery key",
        description="Create a vault in --data-dir and print its recovery key. Exit 2 if a vault exists.",
    )
    commands.add_parser(
        "check",
        parents=[data_dir, passphrase],
        help="check the vault and its backups for damage (read-only)",
        description="Check the integrity of the vault and every backup without changing anything. "
        "Exit 0 when all is well, 1 when there are problems, 3 for a wrong passphrase.",
    )
    export = commands.add_parser(
        "export",
        parents=[data_dir, passphrase],
        help="write the clinician's export (report.pdf, CSV, FHIR, signed) without the window",
        description="Write a signed export of the period (default: since the last export) to --out, a new "
        "folder or .zip. The passphrase is standard input's first line, the zip password its second. "
        "Exit 0 written, 2 bad arguments, no vault, a bad destination or nothing in the period "
        "(nothing written), 3 wrong passphrase.",
    )
    from companion.export_command import add_export_arguments

    add_export_arguments(export)
    from companion.clinician_cli import add_clinician_commands

    add_clinician_commands(commands)
    self_test = commands.add_parser(
        "self-test",
        help="check that this computer can run companion",
        description="Check the Qt platform, SQLCipher with FTS5, cryptography and fonts; "
        "name any missing system library.",
    )
    self_test.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()  # before any passphrase is read or vault opened (DESIGN.md §5); failing, go on
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if not args_list:  # the everyday start: no parser to build on the way to the window
            return _run_app(argparse.Namespace(data_dir=None, command=None))
        args = build_parser().parse_args(args_list)
        if argv is None and args.command in SPOKEN_COMMANDS and not getattr(args, "json", False):
            speak_system_language()  # the real command line only: see its docstring
        handler = _HANDLERS.get(args.command or "", _run_app)
        return handler(args)
    except CommandError as error:
        say(error.message)
        return error.code
    except StorageError as error:  # known problems from the world: one calm sentence
        say(error)
        return _exit_code_for(error)
    except KeyboardInterrupt:
        say("Interrupted; nothing was changed.")
        return EXIT_INTERRUPTED
    except SystemExit as exit_:  # --help and --version
        return exit_.code if isinstance(exit_.code, int) else EXIT_OK
    except Exception as error:  # a bug: no traceback (it may hold content), just how to report it
        if os.environ.get("COMPANION_DEBUG"):
            raise
        say(
            f"Unexpected internal error ({type(error).__name__}); nothing was changed. "
            "Please report it; set COMPANION_DEBUG=1 to see the details."
        )
        return EXIT_PROBLEMS


def _exit_code_for(error: StorageError) -> int:
    if isinstance(error, WrongPassphraseError):
        return EXIT_WRONG_PASSPHRASE
    if isinstance(error, (VaultExistsError, NoVaultError)):
        return EXIT_USAGE
    return EXIT_PROBLEMS


def _paths_for(args: argparse.Namespace) -> DataPaths:
    return _checked(resolve_data_paths(args.data_dir))


def _checked(paths: DataPaths) -> DataPaths:
    """``paths`` once its folder is checked and made private, before anything reads it; a folder that
    cannot be used is one sentence, exit 2."""
    try:
        open_data_folder(paths)
    except DataFolderError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    return paths


def _read_passphrase(prompt: str = "Passphrase: ", what: str = "passphrase") -> str:
    """One line from stdin (a terminal is asked without echo); only the line ending is removed."""
    if sys.stdin is None:
        raise CommandError(f"No standard input to read the {what} from.")
    try:
        if sys.stdin.isatty():
            return _utf8(getpass.getpass(prompt))
        line = _utf8(sys.stdin.readline())
    except UnicodeError:  # stdin decodes strictly (a UTF-8 locale), or _utf8 found escaped bytes
        raise CommandError(f"The {what} is not UTF-8 text; type it again, or pipe it in as UTF-8.") from None
    if line.endswith("\n"):
        line = line[:-1]
    if line.endswith("\r"):
        line = line[:-1]
    if not line:
        raise CommandError(f"No {what} on standard input; pipe it in as one line.")
    return line


def _utf8(text: str) -> str:
    """``text``, if it is text: under the C locales stdin turns bytes that are not UTF-8 into lone
    surrogates, which no key derivation can encode (UnicodeEncodeError)."""
    text.encode("utf-8")
    return text


def _require_acceptable(passphrase: str) -> None:
    from companion.domain.passphrase_policy import evaluate_passphrase

    verdict = evaluate_passphrase(passphrase, context_words=("companion", "ketamine"))
    if not verdict.acceptable:
        raise CommandError("That passphrase cannot be used: " + " ".join(verdict.reasons), EXIT_USAGE)


def _cmd_init(args: argparse.Namespace) -> int:
    from companion.domain.clock import SystemClock
    from companion.storage import vault
    from companion.storage.kdf import calibrate

    paths = _paths_for(args)
    if vault.vault_status(paths) is not vault.VaultStatus.ABSENT:
        raise VaultExistsError(paths.base)
    passphrase = _read_passphrase()
    _require_acceptable(passphrase)
    opened, recovery = vault.create_vault(paths, passphrase, calibrate(), SystemClock())
    opened.close()
    print(f"Vault created in {paths.base}.")
    print("Recovery key (write it down and keep it somewhere safe; it is shown only once):")
    print(f"    {recovery.formatted}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from companion.storage import vault, vault_check

    paths = _paths_for(args)
    status = vault.vault_status(paths)
    if status is vault.VaultStatus.ABSENT:
        raise CommandError(f"There is no vault in {paths.base}.", EXIT_USAGE)
    if status is vault.VaultStatus.KEY_FILE_MISSING:
        say(f"The key file is missing from {paths.base}; the vault cannot be opened without it.")
        return EXIT_PROBLEMS
    key = vault.unlock(paths, _read_passphrase())
    problems = vault_check.check_vault(paths, key)
    if problems:
        for problem in problems:
            print(f"problem: {problem}")
        say(f"{len(problems)} problem(s) found; nothing was changed.")
        return EXIT_PROBLEMS
    print("The vault and its backups passed the integrity checks.")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from companion.domain.clock import SystemClock
    from companion.storage import vault
    from companion.storage.kdf import calibrate

    # Never $COMPANION_DATA_DIR: that may point at a real vault.
    paths = _checked(resolve_data_paths(args.data_dir) if args.data_dir is not None
                     else DataPaths(default_demo_base_dir()))
    status = vault.vault_status(paths)
    if status is vault.VaultStatus.ABSENT:
        from companion.demo.demo_history import fill_demo_history
        from companion.demo.demo_journal import fill_demo_journal
        from companion.demo.demo_marker import mark_demo_folder

        clock = SystemClock()
        opened, _recovery = vault.create_vault(paths, DEMO_PASSPHRASE, calibrate(), clock)
        try:
            fill_demo_history(opened, weeks=args.weeks, now=clock.now())
            fill_demo_journal(opened, count=args.journal_entries, now=clock.now())
        finally:
            opened.close()
        mark_demo_folder(paths)
        print(f"Demo vault created in {paths.base} with {args.weeks} weeks of synthetic history "
              f"and {args.journal_entries:,} journal entries.")
    elif not paths.demo_marker.exists():
        raise CommandError(
            f"{paths.base} holds a vault that is not a demo; it was left alone. "
            "Choose an empty folder with --data-dir.",
            EXIT_USAGE,
        )
    else:
        print(f"Using the demo vault in {paths.base}.")
    print(f"Demo passphrase: {DEMO_PASSPHRASE}")
    _make_demo_desk(paths, args.weeks)
    if args.no_gui:
        return EXIT_OK
    return _launch_gui(paths, demo_passphrase=DEMO_PASSPHRASE)


def _cmd_export(args: argparse.Namespace) -> int:
    from companion.export.writer import ExportDestinationError
    from companion.export_command import ExportRefusedError, PdfUnavailableError, run_export

    try:
        return run_export(args, _paths_for(args), _read_passphrase)
    except (ExportRefusedError, ExportDestinationError) as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    except PdfUnavailableError as error:
        raise CommandError(str(error), EXIT_PROBLEMS) from None


def _cmd_self_test(args: argparse.Namespace) -> int:
    from companion.self_test import qt_probe, run_self_test

    if args.qt_probe:
        return qt_probe()
    return EXIT_OK if run_self_test(sys.stdout) else EXIT_PROBLEMS


def _make_demo_desk(paths: DataPaths, weeks: int) -> None:
    """The clinician's demo desk beside the demo vault, holding the demo patient and two exports."""
    from companion.demo_desk import DEMO_DESK_PASSPHRASE, demo_desk_paths, make_demo_desk
    from companion.domain.clock import SystemClock

    desk = demo_desk_paths(paths)
    print(make_demo_desk(paths, DEMO_PASSPHRASE, desk, weeks=weeks, now=SystemClock().now()))
    default = demo_desk_paths(DataPaths(default_demo_base_dir()))
    how = "companion desk --demo" if desk == default else f"companion desk --desk-dir {desk.base}"
    print(f"Demo desk passphrase: {DEMO_DESK_PASSPHRASE} (open it with: {how})")


def _run_app(args: argparse.Namespace) -> int:
    # The app checks the folder itself, to say what is wrong in a window (it may have no terminal).
    return _launch_gui(resolve_data_paths(args.data_dir))


def _launch_gui(paths: DataPaths, demo_passphrase: str | None = None) -> int:
    from companion.self_test import qt_start_problem

    problem = qt_start_problem()
    if problem:
        raise CommandError(problem + " Run 'companion self-test' for details.", EXIT_PROBLEMS)
    from companion.app import run_app

    return run_app(paths, demo_passphrase=demo_passphrase)


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    **CLINICIAN_HANDLERS,
    "init": _cmd_init,
    "check": _cmd_check,
    "demo": _cmd_demo,
    "export": _cmd_export,
    "self-test": _cmd_self_test,
}
