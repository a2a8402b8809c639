"""Child for test_writer_kill: commit rows forever, reporting each id only after COMMIT returned.

Usage: python _writer_child.py <vault.db> <raw key hex>. Prints "ready" once the vault is open,
then one id per line. The parent SIGKILLs it at a random moment.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from companion.storage.data_key import DataKey
from companion.storage.database import Database


def main() -> None:
    path, key_hex = Path(sys.argv[1]), sys.argv[2]
    database = Database.open(path, DataKey(bytes.fromhex(key_hex)))
    os.write(1, b"ready\n")
    counter = 0
    while True:
        counter += 1
        payload = f"row {counter} " + "x" * (counter * 37 % 300)
        with database.transaction() as connection:
            cursor = connection.execute("INSERT INTO rows (payload) VALUES (?)", (payload,))
            row_id = cursor.lastrowid
        os.write(1, f"{row_id}\n".encode())  # only after COMMIT returned


if __name__ == "__main__":
    main()
