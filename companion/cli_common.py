"""What every command of the command line shares: exit codes, the one-sentence error, the parser
that reports bad arguments in one sentence, and how a sentence is printed (DESIGN.md §7)."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TextIO

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """A known failure: ``str()`` is the sentence to print, ``code`` the exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


class CommandParser(argparse.ArgumentParser):
    """argparse that reports bad arguments in one sentence instead of usage + error."""

    def error(self, message: str) -> NoReturn:
        raise CommandError(f"{message[0].upper()}{message[1:]}. Try '{self.prog} --help'.", EXIT_USAGE)


def say(message: str, stream: TextIO | None = None) -> None:
    print(f"companion: {message}", file=stream or sys.stderr)
