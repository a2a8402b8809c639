"""Child for test_interrupted_write_leftovers: a backup or a passphrase change killed mid-write.

Usage: python _interrupted_write_child.py <data dir> <raw key hex> backup|passphrase <n>. The n-th
``os.fsync`` ends the process at once (``os._exit``: no ``finally``, no clean-up, as a kill would),
so the real writer leaves whatever temporary file it had at that moment.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage import keyfile
from companion.storage.backups import MANUAL, BackupStore
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.kdf import LIGHT_TEST_PARAMS

KILLED = 9


def main() -> None:
    paths, key = DataPaths(Path(sys.argv[1])), DataKey(bytes.fromhex(sys.argv[2]))
    action, fatal_call = sys.argv[3], int(sys.argv[4])
    database = Database.open(paths.vault_db, key)
    calls = 0

    def fsync(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == fatal_call:
            os._exit(KILLED)

    os.fsync = fsync
    if action == "backup":
        BackupStore(paths.backups_dir, SystemClock(), key_file=paths.key_file).create(database, MANUAL)
    else:
        keyfile.rewrap_passphrase(paths.key_file, key, "a different passphrase entirely", LIGHT_TEST_PARAMS,
                                  now=SystemClock().now())
    sys.exit(0)  # the write finished: the parent treats that as a failure of the set-up


if __name__ == "__main__":
    main()
