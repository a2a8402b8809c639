"""The command line, run as a user would: a child process, its exit code, stdout and stderr."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli import DEMO_PASSPHRASE, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_WRONG_PASSPHRASE
from companion.domain.passphrase_policy import evaluate_passphrase

GOOD_PASSPHRASE = "tangerine orbit velvet quarry 42"
RECOVERY_KEY = re.compile(r"^\s+([0-9A-Z]{4}-){6}[0-9A-Z]{4}$", re.MULTILINE)


def run_cli(
    *args: str, stdin: str = "", env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COMPANION_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=120,
    )


def assert_one_clear_sentence(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("companion: ")


def snapshot(base: Path) -> dict[str, str]:
    return {
        str(p.relative_to(base)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(base.rglob("*")) if p.is_file()
    }


def test_demo_passphrase_meets_the_policy() -> None:
    assert evaluate_passphrase(DEMO_PASSPHRASE).acceptable


def test_good_test_passphrase_meets_the_policy() -> None:
    assert evaluate_passphrase(GOOD_PASSPHRASE).acceptable


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == EXIT_OK
    assert re.fullmatch(r"companion \d+\.\d+\.\d+\n", result.stdout)


@pytest.mark.parametrize(
    "args",
    [["--bogus"], ["init"], ["frobnicate"], ["check", "--data-dir"], ["demo", "--no-such-flag"],
     ["demo", "--weeks", "0"], ["demo", "--weeks", "105"], ["demo", "--weeks", "two"],
     ["demo", "--journal-entries", "-1"], ["demo", "--journal-entries", "200001"],
     ["demo", "--journal-entries", "lots"]],
)
def test_bad_arguments_get_one_sentence_and_exit_2(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == EXIT_USAGE
    assert_one_clear_sentence(result)


def test_init_refuses_a_weak_passphrase_and_creates_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_cli("init", "--data-dir", str(data), "--passphrase-stdin", stdin="password1234567\n")
    assert result.returncode == EXIT_USAGE
    assert_one_clear_sentence(result)
    assert not (data / "vault.key").exists()
    assert not (data / "vault.db").exists()


def test_init_refuses_empty_input(tmp_path: Path) -> None:
    result = run_cli("init", "--data-dir", str(tmp_path / "d"), "--passphrase-stdin", stdin="")
    assert result.returncode == EXIT_USAGE
    assert_one_clear_sentence(result)


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    result = run_cli("init", "--data-dir", str(a_file), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\n")
    assert result.returncode == EXIT_USAGE
    assert_one_clear_sentence(result)
    assert a_file.read_text() == "x"


def test_init_then_check_then_wrong_passphrase_then_second_init(tmp_path: Path) -> None:
    data = tmp_path / "data"
    created = run_cli("init", "--data-dir", str(data), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\n")
    assert created.returncode == EXIT_OK, created.stderr
    assert RECOVERY_KEY.search(created.stdout)
    assert GOOD_PASSPHRASE not in created.stdout

    checked = run_cli("check", "--data-dir", str(data), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\n")
    assert checked.returncode == EXIT_OK, checked.stderr
    before = snapshot(data)

    wrong = run_cli("check", "--data-dir", str(data), "--passphrase-stdin", stdin="not the passphrase\n")
    assert wrong.returncode == EXIT_WRONG_PASSPHRASE
    assert_one_clear_sentence(wrong)

    again = run_cli("init", "--data-dir", str(data), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\n")
    assert again.returncode == EXIT_USAGE
    assert_one_clear_sentence(again)
    assert snapshot(data) == before


def test_check_reports_a_damaged_vault_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("init", "--data-dir", str(data), "--passphrase-stdin",
                   stdin=GOOD_PASSPHRASE + "\n").returncode == EXIT_OK
    vault_db = data / "vault.db"
    raw = bytearray(vault_db.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    vault_db.write_bytes(bytes(raw))
    before = snapshot(data)
    result = run_cli("check", "--data-dir", str(data), "--passphrase-stdin", stdin=GOOD_PASSPHRASE + "\n")
    assert result.returncode == EXIT_PROBLEMS
    assert "Traceback" not in result.stderr
    assert "problem" in result.stdout
    assert snapshot(data) == before


def test_check_without_a_vault(tmp_path: Path) -> None:
    result = run_cli("check", "--data-dir", str(tmp_path / "none"), "--passphrase-stdin", stdin="x\n")
    assert result.returncode == EXIT_USAGE
    assert_one_clear_sentence(result)
    assert not (tmp_path / "none").exists()


def test_demo_no_gui_creates_then_reuses_and_refuses_a_real_vault(tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    first = run_cli("demo", "--data-dir", str(demo), "--no-gui")
    assert first.returncode == EXIT_OK, first.stderr
    assert DEMO_PASSPHRASE in first.stdout
    assert (demo / "DEMO").exists()
    second = run_cli("demo", "--data-dir", str(demo), "--no-gui")
    assert second.returncode == EXIT_OK
    assert "Using the demo vault" in second.stdout

    real = tmp_path / "real"
    assert run_cli("init", "--data-dir", str(real), "--passphrase-stdin",
                   stdin=GOOD_PASSPHRASE + "\n").returncode == EXIT_OK
    before = snapshot(real)
    refused = run_cli("demo", "--data-dir", str(real), "--no-gui")
    assert refused.returncode == EXIT_USAGE
    assert_one_clear_sentence(refused)
    assert snapshot(real) == before


def test_demo_ignores_the_data_dir_environment_variable(tmp_path: Path) -> None:
    # A demo must never land in the folder $COMPANION_DATA_DIR points at (it may be a real vault).
    real = tmp_path / "real"
    xdg = tmp_path / "xdg"
    env = {"COMPANION_DATA_DIR": str(real), "XDG_DATA_HOME": str(xdg)}
    result = run_cli("demo", "--no-gui", env_extra=env)
    assert result.returncode == EXIT_OK, result.stderr
    assert not real.exists()
    assert (xdg / "companion-demo" / "vault.key").exists()


def test_self_test_passes_offscreen() -> None:
    result = run_cli("self-test")
    assert result.returncode == EXIT_OK, result.stdout
    assert "FAIL" not in result.stdout
    assert "SQLCipher" in result.stdout


def test_self_test_names_a_missing_library(monkeypatch: pytest.MonkeyPatch) -> None:
    from companion import self_test

    monkeypatch.setitem(self_test.QT_SYSTEM_LIBRARIES, "libcompanion-not-here.so.9", "no-such-package")
    problem = self_test.qt_start_problem()
    assert problem is not None
    assert "libcompanion-not-here.so.9" in problem and "no-such-package" in problem


def test_app_without_display_explains_instead_of_aborting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["COMPANION_DATA_DIR"] = str(tmp_path / "d")
    result = subprocess.run([sys.executable, "-m", "companion"], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == EXIT_PROBLEMS
    assert_one_clear_sentence(result)
    assert "display" in result.stderr


def test_demo_vault_holds_the_synthetic_history(tmp_path: Path) -> None:
    from companion.domain.clock import SystemClock
    from companion.paths import DataPaths
    from companion.storage import vault
    from companion.storage.journal import JournalRepository
    from companion.storage.sessions import SessionRepository

    demo = tmp_path / "demo"
    created = run_cli("demo", "--data-dir", str(demo), "--no-gui", "--weeks", "2", "--journal-entries", "25")
    assert created.returncode == EXIT_OK and "25 journal entries" in created.stdout
    paths = DataPaths(demo)
    opened = vault.open_vault(paths, vault.unlock(paths, DEMO_PASSPHRASE), SystemClock())
    try:
        sessions = SessionRepository(opened.database).list_sessions()
        entries = JournalRepository(opened.database).count()
    finally:
        opened.close()
    assert 3 <= len(sessions) <= 5  # about two a week
    assert entries == 25


def test_self_test_notes_a_silent_chime_without_failing(monkeypatch: pytest.MonkeyPatch) -> None:
    from companion import self_test

    monkeypatch.setattr(self_test, "AUDIO_SYSTEM_LIBRARIES", {"libcompanion-no-sound.so.1": "no-sound"})
    ok, detail = self_test.check_sound()
    assert ok is None
    assert "libcompanion-no-sound.so.1" in detail and "silent" in detail


def test_companion_runs_itself_as_the_bundle_binary_when_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """In the PyInstaller bundle ``-m companion`` was read as a command, so the demo desk's exports failed."""
    from companion.cli_common import companion_command

    assert companion_command()[1:] == ["-m", "companion"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert companion_command() == [sys.executable]
