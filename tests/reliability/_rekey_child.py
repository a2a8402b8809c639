"""Child process for test_rekey_kill: changes the vault's passphrase (a re-key) until it is killed.

Usage: _rekey_child.py DATA_DIR PASSPHRASE_A PASSPHRASE_B
Prints "ready" once imported, then "changed N" after each completed change. Each change unlocks
with whichever passphrase works, opens the vault and changes to the other one, as the app does.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from companion.domain.clock import SystemClock
from companion.paths import DataPaths
from companion.storage.errors import WrongPassphraseError
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import open_vault, unlock


def main(argv: list[str]) -> None:
    data_dir, *passphrases = argv
    paths = DataPaths(Path(data_dir))
    print("ready", flush=True)
    for count in itertools.count(1):
        try:
            key, current = unlock(paths, passphrases[0]), 0
        except WrongPassphraseError:
            key, current = unlock(paths, passphrases[1]), 1
        with open_vault(paths, key, SystemClock()) as vault:
            vault.change_passphrase(passphrases[1 - current], LIGHT_TEST_PARAMS)
        print(f"changed {count}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
