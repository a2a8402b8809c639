"""The ``DEMO`` file that marks a data folder made by ``companion demo`` (the app shows a demo banner, and
``companion demo`` reuses only such a folder)."""

from __future__ import annotations

from companion.paths import DataPaths
from companion.storage.atomic import atomic_write_bytes

_TEXT = b"This folder holds a demo vault with synthetic data only.\n"


def mark_demo_folder(paths: DataPaths) -> None:
    """Write the marker, readable by the owner only like everything else in a data folder (not as the
    umask has it). DiskError if the disk refuses."""
    atomic_write_bytes(paths.demo_marker, _TEXT, mode=0o600, what="the demo marker")
