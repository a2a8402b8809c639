"""Child process for test_signing_key_upgrade_kill: upgrades a version-1 key file until it is killed.

Usage: _signing_key_upgrade_child.py KEY_FILE
Prints "ready" once imported, then, over and over: puts the committed version-1 key file back
(atomically, as any writer of the key file does), prints "reset N", gives it its signing key, and
prints "upgraded N". Imports only companion.storage, so it starts quickly.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from companion.storage.atomic import atomic_write_bytes
from companion.storage.keyfile import open_signing_key
from tests.fixtures.legacy_key_file import LEGACY_DATA_KEY, LEGACY_KEY_FILE


def main(argv: list[str]) -> None:
    key_file = Path(argv[0])
    legacy = LEGACY_KEY_FILE.read_bytes()
    print("ready", flush=True)
    for count in itertools.count(1):
        atomic_write_bytes(key_file, legacy, what="the key file")
        print(f"reset {count}", flush=True)
        open_signing_key(key_file, LEGACY_DATA_KEY)
        print(f"upgraded {count}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
