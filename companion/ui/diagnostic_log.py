"""The optional diagnostic log: event names only, never content, and no file unless asked.

Only the fixed :class:`DiagnosticEvent` names can be logged, so nothing the user typed
(journal text, passphrases, file names) can reach the file by accident.  With the
preference off (the default) there is no handler and no file at all.
"""

from __future__ import annotations

import logging
import os
import traceback
from enum import Enum
from pathlib import Path
from types import TracebackType

from companion.paths import DataPaths

LOGGER_NAME = "companion.diagnostic"
LOG_FILE_NAME = "diagnostic.log"
_FORMAT = "%(asctime)s %(message)s"

_logger = logging.getLogger(LOGGER_NAME)
_logger.propagate = False  # never reaches a root handler another library may have set up
_logger.setLevel(logging.INFO)


class DiagnosticEvent(Enum):
    APP_STARTED = "app started"
    VAULT_CREATED = "vault created"
    VAULT_UNLOCKED = "vault unlocked"
    UNLOCK_FAILED = "unlock failed"
    VAULT_LOCKED = "vault locked"
    IDLE_LOCKED = "locked after inactivity"
    PASSPHRASE_CHANGED = "passphrase changed"  # noqa: S105 - an event name, not a secret
    BACKUP_CREATED = "backup created"
    BACKUP_RESTORED = "backup restored"
    VAULT_DAMAGED = "damaged vault moved aside"
    CRASHED = "unexpected error"


def log_file_path(paths: DataPaths) -> Path:
    return paths.logs_dir / LOG_FILE_NAME


def _file_handlers() -> list[logging.FileHandler]:
    return [h for h in _logger.handlers if isinstance(h, logging.FileHandler)]


def is_enabled() -> bool:
    return bool(_file_handlers())


def configure(paths: DataPaths, enabled: bool) -> None:
    """Start or stop writing ``logs/diagnostic.log``. Turning it off leaves an existing file alone."""
    for handler in _file_handlers():
        _logger.removeHandler(handler)
        handler.close()
    if not enabled:
        return
    path = log_file_path(paths)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Create it owner-only before logging opens it (logging would use the umask).
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    handler = logging.FileHandler(path, mode="a", encoding="utf-8", delay=False)
    handler.setFormatter(logging.Formatter(_FORMAT))
    _logger.addHandler(handler)


def log_event(event: DiagnosticEvent) -> None:
    """Record one event name (a no-op while the log is off)."""
    _logger.info(event.value)


def describe_crash(
    exc_type: type[BaseException], tb: TracebackType | None, error: BaseException | None = None
) -> str:
    """The exception type and its stack frames (file:line function) — never its message or values.

    The message and local variables may hold personal content, so they are left out.
    Paths are shortened to the part inside a package, so no home folder name appears.
    Exceptions it was raised from (``__cause__``/``__context__``) are described the same way.
    """
    lines = _describe_one(exc_type, tb)
    seen: set[int] = set()
    outer = error
    while outer is not None and len(seen) < 10:
        inner = outer.__cause__ or outer.__context__
        if inner is None or id(inner) in seen:
            break
        seen.add(id(inner))
        lines.append("caused by:" if outer.__cause__ is not None else "while handling:")
        lines.extend(_describe_one(type(inner), inner.__traceback__))
        outer = inner
    return "\n".join(lines)


def _describe_one(exc_type: type[BaseException], tb: TracebackType | None) -> list[str]:
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} {frame.name}")
    return lines


def _short_path(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("companion", "site-packages"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            start = index if anchor == "companion" else index + 1
            return "/".join(parts[start:])
    return Path(filename).name


def log_crash(
    exc_type: type[BaseException], tb: TracebackType | None, error: BaseException | None = None
) -> None:
    if is_enabled():
        _logger.error("%s\n%s", DiagnosticEvent.CRASHED.value, describe_crash(exc_type, tb, error))
