"""What the export's command-line, kill and canary tests share: a vault with a demo history that unlocks
in milliseconds, and ``companion export`` run as a user runs it (a child process, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from companion.demo.demo_history import fill_demo_history
from companion.demo.demo_journal import fill_demo_journal
from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import OpenVault, create_vault, open_vault, unlock

PASSPHRASE = "export test passphrase, plenty long"


def make_vault(base: Path, *, weeks: int = 3, journal_entries: int = 30,
               now: datetime | None = None) -> DataPaths:
    """A vault in ``base`` (light key derivation) holding ``weeks`` of demo history up to ``now``
    (default: this moment, so the command's default period finds it)."""
    paths = DataPaths(base)
    moment = now or datetime.now(UTC)
    vault, _recovery = create_vault(paths, PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock(moment))
    with vault:
        fill_demo_history(vault, weeks=weeks, now=moment)
        fill_demo_journal(vault, count=journal_entries, now=moment)
    return paths


def open_test_vault(base: Path) -> OpenVault:
    """The vault :func:`make_vault` made in ``base``, unlocked and open (close it)."""
    paths = DataPaths(base)
    return open_vault(paths, unlock(paths, PASSPHRASE), FakeClock(datetime.now(UTC)))


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COMPANION_DATA_DIR", "QT_QPA_PLATFORM")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def export_argv(data_dir: Path, out: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "companion", "export", "--data-dir", str(data_dir), "--passphrase-stdin",
            "--out", str(out), *args]


def run_export(data_dir: Path, out: Path, *args: str, stdin: str = PASSPHRASE + "\n",
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``companion export --data-dir data_dir --passphrase-stdin --out out *args``."""
    return subprocess.run(export_argv(data_dir, out, *args), input=stdin, capture_output=True, text=True,
                          env=env or cli_env(), timeout=120, check=False)
