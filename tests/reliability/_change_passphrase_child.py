"""Child process for test_passphrase_change_kill: changes the passphrase until it is killed.

Usage: _change_passphrase_child.py KEY_FILE DATA_KEY_HEX PASSPHRASE_A PASSPHRASE_B
Prints "ready" once imported, then "changed N" after each completed change, alternating
between the two passphrases. Imports only companion.storage, so it starts quickly.
"""

from __future__ import annotations

import itertools
import sys
from datetime import UTC, datetime
from pathlib import Path

from companion.storage.data_key import DataKey
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.keyfile import rewrap_passphrase


def main(argv: list[str]) -> None:
    key_file, data_key_hex, *passphrases = argv
    data_key = DataKey(bytes.fromhex(data_key_hex))
    print("ready", flush=True)
    for count in itertools.count(1):
        new_passphrase = passphrases[count % 2]
        rewrap_passphrase(Path(key_file), data_key, new_passphrase, LIGHT_TEST_PARAMS, now=datetime.now(UTC))
        print(f"changed {count}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
