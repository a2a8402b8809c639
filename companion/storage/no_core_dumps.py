"""Core dumps off at start (DESIGN.md §5, "No secrets on disk by accident"), as KeePassXC does.

A core file is a copy of the process's memory: while the vault is unlocked that is the raw data key,
the passphrase as typed and every decrypted entry on screen. The command line calls
``disable_core_dumps()`` first thing, before any passphrase is read or any vault opened.

- Linux: ``RLIMIT_CORE`` 0 (soft and hard, so nothing later in the process can raise it again) and
  ``prctl(PR_SET_DUMPABLE, 0)``, which also covers a ``core_pattern`` pipe to a crash collector
  (apport, systemd-coredump) — the kernel hands a non-dumpable process to neither — and stops other
  processes of the same user from reading its memory through ptrace or ``/proc/<pid>/mem``.
- macOS: ``RLIMIT_CORE`` 0; there is no dumpable flag.
- Windows: nothing. Windows writes no core file for a crash; Windows Error Reporting makes a
  minidump only when the user (or an administrator) turned on its LocalDumps setting, a choice
  that belongs to them and that a process cannot switch off for itself.

Plain standard library, imported only by the command line; never raises.
"""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> bool:
    """Switch core dumps off for this process and its children; True when it was done.

    A failure (a strange platform, a sandbox that refuses the calls) returns False and is otherwise
    ignored: the app must still start.
    """
    if sys.platform == "win32":
        return False
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done = True
        if sys.platform.startswith("linux"):
            done = _prctl(PR_SET_DUMPABLE, 0) == 0
        return done
    except (OSError, ValueError, AttributeError, ImportError):
        return False


def _prctl(option: int, value: int) -> int:
    """``prctl(option, value, 0, 0, 0)`` through libc; -1 when it failed or libc has no prctl."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    prctl = libc.prctl
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    result: int = prctl(option, value, 0, 0, 0)
    return result


def is_dumpable() -> bool | None:
    """Linux's dumpable flag for this process (for the tests); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return _prctl(PR_GET_DUMPABLE, 0) != 0
