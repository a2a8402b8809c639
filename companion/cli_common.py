"""What every command of the command line shares: exit codes, the one-sentence error, the parser
that reports bad arguments in one sentence, the folder arguments, and how a sentence is printed
(DESIGN.md §7)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TextIO

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSPHRASE = 3
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """A known failure: ``str()`` is the sentence to print (in English), ``code`` the exit code; ``message``
    is that sentence as given, a core ``Text`` when it has one, which :func:`say` prints translated."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


# How a sentence becomes the text printed: English (``str``) until :func:`speak_system_language`.
_shown: Callable[[str | BaseException], str] = str
_application: Any = None  # Qt's application object, kept alive while translations are used


def speak_system_language() -> None:
    """Print the core's sentences (``Text``) in the computer's language from now on, as the desk speaks it
    (a clinician's commands have no saved language): Qt's catalogue, read by a QCoreApplication made here.
    Only for a real command line: a test calling ``main`` in its own process must not get Qt's application
    object from it. Without QtCore (a broken install) the sentences stay English."""
    global _shown, _application
    try:
        from PySide6.QtCore import QCoreApplication

        from companion.ui.core_text import core_text
        from companion.ui.language import SYSTEM, install_language
    except (ImportError, OSError):  # a Qt library missing: English, as before
        return
    _application = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_language(SYSTEM)
    _shown = core_text


def shown(sentence: str | BaseException) -> str:
    """``sentence`` (a ``Text``, a string, a known error) as it is printed: in the language spoken."""
    return _shown(sentence)


class CommandParser(argparse.ArgumentParser):
    """argparse that reports bad arguments in one sentence instead of usage + error."""

    def error(self, message: str) -> NoReturn:
        raise CommandError(f"{message[0].upper()}{message[1:]}. Try '{self.prog} --help'.", EXIT_USAGE)


def folder_argument(text: str) -> str:
    """argparse type for ``--data-dir`` and ``--desk-dir``: an empty name is refused, since leaving the
    option out is what means the default folder (an empty one silently made a vault there)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("needs the name of a folder, not an empty one; leave the option out "
                                         "to use the usual folder")
    return text


def say(message: str | BaseException, stream: TextIO | None = None) -> None:
    """Print ``message`` (a sentence, or a known error) as one line on stderr, in the language spoken: what
    it quotes from the user's input (a file name with a newline or a terminal escape, bytes that are not
    UTF-8) is shown escaped, not obeyed."""
    from companion.export.export_files import display_name  # only when there is something to say

    print(f"companion: {display_name(shown(message))}", file=stream or sys.stderr)


def companion_command() -> list[str]:
    """How to run companion itself in a child process: the bundle's own binary when frozen (PyInstaller),
    else this Python with ``-m companion`` (a bundle read ``-m`` as a command: the demo desk failed)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "companion"]
