"""Every file and folder under a directory: content hash, mode and modification time."""

from __future__ import annotations

import hashlib
from pathlib import Path

Snapshot = dict[str, tuple[str, int, int]]


def snapshot(base: Path) -> Snapshot:
    """Compare two of these to prove that nothing under ``base`` was written, added or removed."""
    result: Snapshot = {}
    for path in sorted(base.rglob("*")):
        info = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "<dir>"
        result[path.relative_to(base).as_posix()] = (digest, info.st_mode, info.st_mtime_ns)
    return result
