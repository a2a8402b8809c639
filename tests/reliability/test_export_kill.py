"""SIGKILL an export at random moments: never a partial export under its final name, and the next export
removes what the killed one left (DESIGN.md §6).

Two children: ``_export_child.py`` writes exports one after another with the real painter (folder, plain
zip, zip with a password) and is killed at random — while starting, anywhere in an export, or just after
it began writing files; and ``companion export`` itself, killed at a random moment of its whole run
(unlock, gathering, painting, writing, remembering). After each kill every export under a final name is
complete and verifies, hidden partials are only those of killed exports, and once a later export has
finished they are gone. Every child runs with TMPDIR pointing at an empty folder, which stays empty.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import pyzipper

from companion.export.verify import VerifyStatus, verify_export
from tests.export_vault import PASSPHRASE, cli_env, export_argv, make_vault, run_export
from tests.reliability.conftest import ReliabilityFigure

CHILD = Path(__file__).with_name("_export_child.py")
CHILD_KILLS = 50
CLI_KILLS = 12
SEED = 20260430
PASSWORD = "kill test zip password"  # _export_child.PASSWORD
PARTIAL_PREFIX = ".companion-export-"


@dataclass
class Findings:
    """What the kills left, checked as they happen."""

    checked: set[str] = field(default_factory=set)  # final names already verified
    pending: set[str] = field(default_factory=set)  # hidden partials a later export must remove
    complete_when_killed: int = 0  # the killed export was already under its final name
    absent_when_killed: int = 0
    partials_seen: int = 0
    finished: int = 0


def _verify_entry(path: Path, scratch: Path) -> None:
    """``path`` (a folder, a plain zip or a zip with the test password) is a complete, valid export."""
    if path.suffix == ".zip":
        with pyzipper.AESZipFile(path) as archive:
            encrypted = any(info.flag_bits & 0x1 for info in archive.infolist())
            if encrypted:
                archive.setpassword(PASSWORD.encode())
                unpacked = scratch / path.stem
                archive.extractall(unpacked)
                (path,) = unpacked.iterdir()
    result = verify_export(path)
    assert result.status is VerifyStatus.VALID, result.summary()


def _check_folder(out: Path, scratch: Path, findings: Findings, allowed_partials: set[str]) -> set[str]:
    """Verify every final name not checked yet; return the hidden partials found (all must be allowed)."""
    partials = set()
    for entry in sorted(out.iterdir()):
        if entry.name.startswith("."):
            assert entry.name.startswith(PARTIAL_PREFIX) and entry.name.endswith(".partial"), entry.name
            partials.add(entry.name)
        elif entry.name not in findings.checked:
            _verify_entry(entry, scratch)
            findings.checked.add(entry.name)
    assert partials <= allowed_partials, f"unexpected partials {partials - allowed_partials}"
    return partials


def _partial_name(export_id: str) -> str:
    return f"{PARTIAL_PREFIX}{export_id}.partial"


def _final_name(export_id: str, kind: int) -> str:
    return f"export-{export_id}" + ("" if kind == 0 else ".zip")


def _read_line(child: subprocess.Popen[bytes], lines: list[str]) -> str:
    assert child.stdout is not None
    line = child.stdout.readline().decode()
    if line.endswith("\n"):
        lines.append(line.strip())
    return line.strip()


def _wait_for(child: subprocess.Popen[bytes], lines: list[str], prefix: str) -> bool:
    while True:
        line = _read_line(child, lines)
        if not line:
            return False  # the child ended
        if line.startswith(prefix):
            return True


def _run_and_kill(data_dir: Path, out: Path, env: dict[str, str], rng: random.Random) -> list[str]:
    """One child, killed at a random moment; returns the lines it printed in full."""
    child = subprocess.Popen([sys.executable, str(CHILD), str(data_dir), str(out)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env=env)
    lines: list[str] = []
    try:
        moment = rng.random()
        if moment < 0.1:
            time.sleep(rng.uniform(0.0, 1.0))  # while it starts, unlocks, gathers
        elif moment < 0.55:
            assert _wait_for(child, lines, "done"), "the child stopped on its own"
            time.sleep(rng.uniform(0.0, 0.4))  # anywhere in the next exports
        else:
            assert _wait_for(child, lines, "done"), "the child stopped on its own"
            assert _wait_for(child, lines, "write"), "the child stopped on its own"
            time.sleep(rng.uniform(0.0, 0.04))  # while it writes, syncs, renames
        child.send_signal(signal.SIGKILL)
        assert child.stdout is not None
        rest = child.stdout.read().decode()
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL, "the child stopped on its own"
    lines.extend(rest.split("\n")[:-1])  # a line cut by the kill was never fully reported
    return lines


@pytest.fixture
def temp(tmp_path: Path) -> Path:
    folder = tmp_path / "temp"
    folder.mkdir()
    return folder


def test_killed_exports_never_leave_a_partial_export(
    tmp_path: Path, temp: Path, reliability_figure: ReliabilityFigure
) -> None:
    data_dir = make_vault(tmp_path / "data").base
    out, scratch = tmp_path / "out", tmp_path / "scratch"
    out.mkdir()
    scratch.mkdir()
    env = cli_env(TMPDIR=str(temp), PYTHONPATH=str(Path(__file__).parents[2]))
    rng = random.Random(SEED)
    findings = Findings()
    for _ in range(CHILD_KILLS):
        lines = _run_and_kill(data_dir, out, env, rng)
        started = {line.split()[1]: int(line.split()[2]) for line in lines if line.startswith("start")}
        done = {line.split()[1] for line in lines if line.startswith("done")}
        findings.finished += len(done)
        killed = set(started) - done
        assert len(killed) <= 1
        if done:  # a later export finished: what earlier kills left is gone
            assert not any((out / name).exists() for name in findings.pending), "leftovers not removed"
            findings.pending.clear()
        findings.pending |= {_partial_name(export_id) for export_id in killed}
        partials = _check_folder(out, scratch, findings, allowed_partials=findings.pending)
        findings.partials_seen += len(partials)
        for export_id in done:
            assert _final_name(export_id, started[export_id]) in findings.checked
        for export_id in killed:
            if (out / _final_name(export_id, started[export_id])).exists():
                findings.complete_when_killed += 1  # renamed into place just before "done" was printed
            else:
                findings.absent_when_killed += 1
    # One more, to the end: it removes whatever is left.
    result = run_export(data_dir, out / "final", "--from", "2000-01-01", env=env)
    assert result.returncode == 0, result.stderr
    _check_folder(out, scratch, findings, allowed_partials=set())
    assert list(temp.iterdir()) == []
    assert findings.absent_when_killed >= CHILD_KILLS // 2  # the kills really landed inside exports
    assert findings.partials_seen >= CHILD_KILLS // 4  # ... many of them while files were being written
    reliability_figure("kills", CHILD_KILLS, "SIGKILLs of a process writing exports")
    reliability_figure("exports finished", findings.finished)
    reliability_figure("killed before the rename", findings.absent_when_killed)
    reliability_figure("partials removed", findings.partials_seen, "hidden partials a later export removed")
    reliability_figure("partial exports", 0, "(every export under a final name verified)")


def test_killed_companion_export_commands_leave_no_partial_export(
    tmp_path: Path, temp: Path, reliability_figure: ReliabilityFigure
) -> None:
    data_dir = make_vault(tmp_path / "data").base
    out, scratch = tmp_path / "out", tmp_path / "scratch"
    out.mkdir()
    scratch.mkdir()
    env = cli_env(TMPDIR=str(temp))
    started = time.perf_counter()
    assert run_export(data_dir, out / "whole", "--from", "2000-01-01", env=env).returncode == 0
    duration = time.perf_counter() - started
    rng = random.Random(SEED + 1)
    findings = Findings(checked=set())
    for run in range(CLI_KILLS):
        name = f"run-{run}" + (".zip" if run % 2 else "")
        args = ["--from", "2000-01-01", "--include-journal"] + (["--zip"] if run % 2 else [])
        child = subprocess.Popen(export_argv(data_dir, out / name, *args), stdin=subprocess.PIPE,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        assert child.stdin is not None
        child.stdin.write(f"{PASSPHRASE}\n".encode())
        child.stdin.close()
        time.sleep(rng.uniform(0.4, 1.1) * duration)  # from the unlock to just after the rename
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.returncode == 0:
            findings.finished += 1
        partials = _check_folder(out, scratch, findings, allowed_partials={
            p.name for p in out.iterdir() if p.name.startswith(PARTIAL_PREFIX)})
        findings.partials_seen += len(partials - findings.pending)
        findings.pending |= partials
    result = run_export(data_dir, out / "final", "--from", "2000-01-01", env=env)
    assert result.returncode == 0, result.stderr  # the vault opens after every kill
    _check_folder(out, scratch, findings, allowed_partials=set())
    assert list(temp.iterdir()) == []
    reliability_figure("kills", CLI_KILLS, "SIGKILLs of `companion export`")
    reliability_figure("exports finished", findings.finished)
    reliability_figure("partials removed", findings.partials_seen, "hidden partials a later export removed")
    reliability_figure("partial exports", 0, "(every export under a final name verified)")
