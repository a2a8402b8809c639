"""Every path the app writes derives from one base directory.

The base is, in order: ``--data-dir``, ``$COMPANION_DATA_DIR``, then the platform's
per-user data folder.  Tests and demos always pass their own base, so they never
touch a real patient's vault.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "COMPANION_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The files and folders inside one data directory."""

    base: Path

    @property
    def vault_db(self) -> Path:
        """The SQLCipher database (plus its ``-wal`` and ``-shm`` companions)."""
        return self.base / "vault.db"

    @property
    def key_file(self) -> Path:
        """The wrapped data key (JSON, authenticated)."""
        return self.base / "vault.key"

    @property
    def backups_dir(self) -> Path:
        return self.base / "backups"

    @property
    def damaged_dir(self) -> Path:
        """Where an unreadable vault is moved aside, never deleted."""
        return self.base / "damaged"

    @property
    def preferences_file(self) -> Path:
        """Display preferences needed before unlock (theme, text size); no personal content."""
        return self.base / "preferences.json"

    @property
    def logs_dir(self) -> Path:
        """Only used when the diagnostic log is switched on."""
        return self.base / "logs"

    @property
    def demo_marker(self) -> Path:
        """Present only in a data directory made by ``companion demo``."""
        return self.base / "DEMO"

    def ensure_base(self) -> None:
        """Create the base directory, readable by the owner only."""
        self.base.mkdir(mode=0o700, parents=True, exist_ok=True)


def _user_data_dir(name: str) -> Path:
    import platformdirs  # only when no folder was given: keeps it off the usual start path

    return Path(platformdirs.user_data_dir(name, appauthor=False, roaming=False))


def default_base_dir() -> Path:
    return _user_data_dir("companion")


def default_demo_base_dir() -> Path:
    return _user_data_dir("companion-demo")


def resolve_data_paths(cli_value: str | None, env: Mapping[str, str] | None = None) -> DataPaths:
    """The data directory chosen by the command line, the environment, or the platform."""
    env = os.environ if env is None else env
    if cli_value:
        return DataPaths(Path(cli_value).expanduser().absolute())
    from_env = env.get(ENV_DATA_DIR)
    if from_env:
        return DataPaths(Path(from_env).expanduser().absolute())
    return DataPaths(default_base_dir())
