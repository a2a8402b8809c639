"""The demo desk: a clinician's desk holding the demo patient and two of their exports.

``companion demo`` makes it beside the demo vault so that a clinician evaluating the app sees the
desk working in one command (``companion desk --demo``). The exports are made by ``companion export``
in child processes, exactly as a patient would make them: the report is painted by Qt offscreen,
and a child keeps that away from the window this process may open afterwards. The two exports
overlap (the first ends half-way through the demo history, the second runs to today), so the desk
shows one timeline.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from companion.cli_common import EXIT_PROBLEMS, EXIT_USAGE, CommandError, companion_command
from companion.desk.desk_paths import DeskPaths
from companion.paths import DataPaths
from companion.storage.atomic import atomic_write_bytes

# Printed by `companion demo`; only ever protects a desk of synthetic data.
DEMO_DESK_PASSPHRASE = "demo desk only: amber meadow compass river"  # noqa: S105 (public by design)
DEMO_CLINICIAN = "Dr. Rowan (demo clinic)"
DEMO_PATIENT = "Alex Demo"  # how the demo patient names themselves on their exports
DEMO_DESK_MARKER = "DEMO"
_EXPORT_TIMEOUT_SECONDS = 300


def demo_desk_paths(vault_paths: DataPaths) -> DeskPaths:
    """Beside the demo vault's folder (a desk is never inside a patient's data folder)."""
    base = vault_paths.base
    return DeskPaths(base.parent / f"{base.name}-desk")


def is_demo_desk(paths: DeskPaths) -> bool:
    return (paths.base / DEMO_DESK_MARKER).is_file()


def _run_export(vault_paths: DataPaths, passphrase: str, out: Path, start: str, end: str) -> bool:
    """``companion export`` in a child process, offscreen: True when written, False when the period held
    nothing; CommandError with its sentence for any other failure."""
    command = [*companion_command(), "export", "--data-dir", str(vault_paths.base),
               "--passphrase-stdin", "--out", str(out), "--from", start, "--to", end, "--name", DEMO_PATIENT]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, input=passphrase + "\n", capture_output=True, text=True, env=env,
                          timeout=_EXPORT_TIMEOUT_SECONDS, check=False)
    if done.returncode != 0 and "nothing to export" in done.stderr:
        return False
    if done.returncode != 0:
        reason = done.stderr.strip().splitlines()[-1:] or ["no reason given"]
        raise CommandError(f"The demo desk could not be made: an export failed ({reason[0]}).", EXIT_PROBLEMS)
    return True


def make_demo_desk(vault_paths: DataPaths, vault_passphrase: str, paths: DeskPaths, *, weeks: int,
                   now: datetime) -> str:
    """Make the demo desk in ``paths`` (or reuse the one there); the sentence to print.

    Refuses a folder that holds a desk which is not a demo. The demo vault must exist.
    """
    from companion.desk.desk_access import create_desk, desk_exists
    from companion.desk.export_copies import import_export
    from companion.desk.opened_export import open_export
    from companion.desk.patient_candidate import candidate_from_export
    from companion.storage.kdf import calibrate

    if desk_exists(paths):
        if not is_demo_desk(paths):
            raise CommandError(f"{paths.base} holds a desk that is not a demo; it was left alone.",
                               EXIT_USAGE)
        return f"Using the demo desk in {paths.base}."
    today = now.astimezone().date()
    start = (today - timedelta(weeks=weeks, days=7)).isoformat()
    first_end = (today - timedelta(days=max(1, weeks * 7 // 2))).isoformat()
    paths.ensure_base()
    staging = Path(tempfile.mkdtemp(prefix=".demo-exports-", dir=paths.base))
    try:
        first = staging / f"companion-export-{first_end.replace('-', '')}-demo1"
        second = staging / f"companion-export-{today:%Y%m%d}-demo2"
        written = {folder: end for folder, end in ((first, first_end), (second, today.isoformat()))
                   if _run_export(vault_paths, vault_passphrase, folder, start, end)}
        if not written:
            raise CommandError("The demo desk could not be made: the demo history holds nothing to export.",
                               EXIT_PROBLEMS)
        desk = create_desk(paths, DEMO_CLINICIAN, DEMO_DESK_PASSPHRASE, calibrate(), now=now)
        marker = b"A demo desk with synthetic data only.\n"
        atomic_write_bytes(paths.base / DEMO_DESK_MARKER, marker, mode=0o600, what="the demo marker")
        # The demo clinician "confirmed" the fingerprint with the demo patient: there is nobody to call.
        candidate = candidate_from_export(next(iter(written)))
        desk.patients.add_patient(candidate, candidate.suggested_name, confirmed=True, now=now)
        for folder in written:
            opened = open_export(folder, desk.patients)
            import_export(opened, paths, desk.patients, now=now)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    ends = " and to ".join(written.values())
    return (f"Demo desk created in {paths.base} with the demo patient and {len(written)} of their exports "
            f"(to {ends}).")
