"""A crash leaves no core file (issue 12, finding 2; DESIGN.md §5).

A core file is the process's memory: the data key, the passphrase, decrypted journal text. The
command line switches core dumps off first thing. Each test runs a child process
(``_crash_child.py``) that raises its own core limit first, so the result never depends on the
shell's ``ulimit -c``:

- the start path leaves ``RLIMIT_CORE`` at (0, 0) and the process not dumpable (Linux);
- a child that crashes after the start path writes no core file into its working folder, while the
  same child without the start path (the control) does, and that core holds the secret — when the
  system's ``/proc/sys/kernel/core_pattern`` writes plain files into the working folder. A pipe to a
  crash collector (apport, systemd-coredump) or a fixed folder skips the comparison, saying why;
  the first test still runs.

The pytest process itself keeps its core dumps (tests/conftest.py), so a crash in the GUI tests can
still be debugged.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from companion.storage.no_core_dumps import disable_core_dumps

CHILD = Path(__file__).with_name("_crash_child.py")
ROOT = Path(__file__).parents[2]
CORE_PATTERN = Path("/proc/sys/kernel/core_pattern")
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checked on Linux only")


def _run_child(mode: str, cwd: Path, secret: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONFAULTHANDLER", None)
    return subprocess.run([sys.executable, str(CHILD), mode, secret], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60, check=False)


def _plain_file_pattern() -> str | None:
    """Why a core would not land in the working folder as a plain file; None when it would."""
    try:
        pattern = CORE_PATTERN.read_text(encoding="utf-8").strip()
    except OSError as error:
        return f"cannot read {CORE_PATTERN}: {error}"
    if pattern.startswith("|"):
        return f"core_pattern pipes cores to a collector ({pattern.split()[0]}), not to the working folder"
    if "/" in pattern:
        return f"core_pattern writes cores to a fixed place ({pattern}), not to the working folder"
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard == 0:
        return "this test run's hard RLIMIT_CORE is 0, so no child can write a core"
    return None


def test_the_start_path_switches_core_dumps_off(tmp_path: Path) -> None:
    result = _run_child("report", tmp_path, "unused")
    assert result.returncode == 0, result.stderr
    soft, hard, dumpable = (int(word) for word in result.stdout.split())
    assert (soft, hard) == (0, 0)
    assert dumpable == 0


def test_a_crash_after_the_start_path_writes_no_core_file(tmp_path: Path) -> None:
    secret = f"CORE-CANARY-{uuid.uuid4().hex}"
    protected = tmp_path / "protected"
    protected.mkdir()
    result = _run_child("crash", protected, secret)
    assert result.returncode == -signal.SIGABRT, result.stderr
    assert sorted(path.name for path in protected.iterdir()) == []

    reason = _plain_file_pattern()
    if reason is not None:
        pytest.skip(f"no control crash: {reason}")
    control = tmp_path / "control"
    control.mkdir()
    result = _run_child("crash-unprotected", control, secret)
    assert result.returncode == -signal.SIGABRT, result.stderr
    cores = list(control.iterdir())
    if not cores:
        pytest.skip("the control child wrote no core file either (the system holds cores back), so this "
                    "machine cannot show the difference")
    assert len(cores) == 1
    try:
        whole = resource.getrlimit(resource.RLIMIT_CORE)[1] == resource.RLIM_INFINITY  # not a cut-off core
        if whole:
            assert secret.encode("utf-8") in cores[0].read_bytes()
    finally:
        cores[0].unlink()  # tens of megabytes; pytest keeps the last runs' folders


def test_switching_off_never_raises_and_says_when_it_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise OSError("not permitted")

    monkeypatch.setattr(resource, "setrlimit", refuse)
    assert disable_core_dumps() is False
    monkeypatch.setattr(sys, "platform", "win32")
    assert disable_core_dumps() is False
