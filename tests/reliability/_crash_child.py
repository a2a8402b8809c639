"""Child for test_no_core_dumps: a process that holds a secret and crashes on purpose.

Usage: python _crash_child.py <report|crash|crash-unprotected> <secret>

First it raises its own soft ``RLIMIT_CORE`` to the hard limit, so the kernel WOULD write a core file
(a shell's ``ulimit -c 0`` is common and would make the test pass by chance). Then, except in
``crash-unprotected`` (the control), it goes through the command line's start path,
``companion.cli.main(["--version"])``, which switches core dumps off. It keeps the secret in memory
and then:

    report               prints "<soft> <hard> <dumpable>" on stdout and exits 0
    crash                os.abort(): SIGABRT, which dumps core by default
    crash-unprotected    os.abort() without the start path
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import sys

from companion.storage.no_core_dumps import is_dumpable


def main(mode: str, secret: str) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    held = bytearray(secret.encode("utf-8")) * 4  # what a core file would give away
    if mode != "crash-unprotected":
        from companion.cli import main as companion_main

        with contextlib.redirect_stdout(io.StringIO()):
            companion_main(["--version"])
    if mode == "report":
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        print(soft, hard, int(bool(is_dumpable())), flush=True)
        return
    sys.stdout.flush()
    assert held
    os.abort()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
