"""``companion export`` run as a user would: a child process, offscreen, its exit code, stdout and stderr
(DESIGN.md §7). Every refusal is one sentence and writes nothing; a written export verifies."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import pyzipper

from companion.cli import EXIT_OK, EXIT_USAGE, EXIT_WRONG_PASSPHRASE
from companion.export.verify import VerifyStatus, verify_export
from companion.storage import sshsig
from companion.storage.exports import ExportKind, ExportRepository
from tests.export_vault import PASSPHRASE, cli_env, make_vault, open_test_vault, run_export
from tests.signed_export import openssh_tool

FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/]{43}")
ZIP_PASSWORD = "a zip password for the clinic"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_vault(tmp_path_factory.mktemp("template") / "data").base


@pytest.fixture
def data_dir(template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo vault (an export is remembered in it)."""
    return Path(shutil.copytree(template, tmp_path / "data"))


@pytest.fixture
def out(tmp_path: Path) -> Iterator[Path]:
    """An empty folder to export into; it must still be empty unless the test wrote there."""
    folder = tmp_path / "out"
    folder.mkdir()
    yield folder


def assert_one_clear_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("companion: ")
    return lines[0]


def verify_cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "companion", "verify", str(path), *args],
                          capture_output=True, text=True, env=cli_env(), timeout=60, check=False)


def pdf_text(pdf: Path) -> str:
    return subprocess.run([openssh_tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout


def pdf_page_size(pdf: Path) -> str:
    info = subprocess.run([openssh_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    return re.search(r"Page size:\s+(.*)", info).group(1)  # type: ignore[union-attr]


def test_an_export_to_a_folder_verifies_and_is_remembered(data_dir: Path, out: Path) -> None:
    result = run_export(data_dir, out / "for-the-clinic", "--include-journal", "--name", "Alex Example",
                        "--paper", "letter")
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr == ""
    folder = out / "for-the-clinic"
    assert str(folder) in result.stdout
    public_key = sshsig.parse_public_key((folder / "patient.pub").read_bytes())
    printed = FINGERPRINT.findall(result.stdout)
    assert printed == [sshsig.fingerprint(public_key)]
    # The fingerprint printed is the one ssh-keygen -l prints for patient.pub.
    listed = subprocess.run([openssh_tool("ssh-keygen"), "-l", "-f", str(folder / "patient.pub")],
                            capture_output=True, text=True, check=True, timeout=60).stdout
    assert printed[0] in listed
    checked = verify_cli(folder, "--key", printed[0])
    assert checked.returncode == EXIT_OK, checked.stdout + checked.stderr
    assert (folder / "csv" / "journal.csv").exists()
    text = pdf_text(folder / "report.pdf")
    assert "Alex Example" in text and printed[0] in text
    assert "(letter)" in pdf_page_size(folder / "report.pdf")
    assert [p.name for p in out.iterdir()] == ["for-the-clinic"]  # no partial left
    with open_test_vault(data_dir) as vault:
        remembered = ExportRepository(vault.database).exports()
    assert [(r.kind, r.patient_name, r.period_end) for r in remembered] == [
        (ExportKind.FOLDER, "Alex Example", date.today())]


def test_a_zip_with_a_password_from_the_second_line(data_dir: Path, out: Path) -> None:
    zipped = out / "export.zip"
    result = run_export(data_dir, zipped, "--zip", "--password-stdin", "--paper", "a4",
                        stdin=f"{PASSPHRASE}\n{ZIP_PASSWORD}\n")
    assert result.returncode == EXIT_OK, result.stderr
    assert "7-Zip" in result.stdout
    assert ZIP_PASSWORD not in result.stdout + result.stderr
    assert verify_export(zipped).status is VerifyStatus.UNREADABLE  # a password: unpack it first
    unpacked = out / "unpacked"
    with pyzipper.AESZipFile(zipped) as archive:
        archive.setpassword(ZIP_PASSWORD.encode())
        archive.extractall(unpacked)
    (folder,) = unpacked.iterdir()
    assert re.fullmatch(r"companion-export-\d{8}-[0-9a-f]{8}", folder.name)
    assert verify_export(folder).status is VerifyStatus.VALID
    assert not (folder / "csv" / "journal.csv").exists()  # not opted in
    assert "A4" in pdf_page_size(folder / "report.pdf")
    with open_test_vault(data_dir) as vault:
        assert ExportRepository(vault.database).last_export().kind is ExportKind.ZIP  # type: ignore[union-attr]


def test_a_plain_zip_verifies_as_it_is_and_a_period_can_be_chosen(data_dir: Path, out: Path) -> None:
    end = date.today() - timedelta(days=7)
    start = end - timedelta(days=7)
    zipped = out / "week.zip"
    result = run_export(data_dir, zipped, "--zip", "--from", start.isoformat(), "--to", end.isoformat())
    assert result.returncode == EXIT_OK, result.stderr
    assert f"{start} to {end}" in result.stdout
    checked = verify_cli(zipped)
    assert checked.returncode == EXIT_OK, checked.stdout
    with open_test_vault(data_dir) as vault:
        last = ExportRepository(vault.database).last_export()
    assert last is not None and (last.period_start, last.period_end) == (start, end)


def test_the_next_export_starts_after_the_last_one(data_dir: Path, out: Path) -> None:
    end = date.today() - timedelta(days=3)
    assert run_export(data_dir, out / "first", "--to", end.isoformat()).returncode == EXIT_OK
    second = run_export(data_dir, out / "second")
    assert second.returncode == EXIT_OK, second.stderr
    assert f"{end + timedelta(days=1)} to {date.today()}" in second.stdout


def test_it_runs_without_a_display_or_a_qt_platform(data_dir: Path, out: Path) -> None:
    env = {k: v for k, v in cli_env().items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = run_export(data_dir, out / "x", env=env)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr == ""


def test_nothing_goes_to_the_system_temporary_folder(data_dir: Path, out: Path, tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    env = cli_env(TMPDIR=str(temp))
    assert run_export(data_dir, out / "x", "--include-journal", env=env).returncode == EXIT_OK
    assert run_export(data_dir, out / "x.zip", "--zip", "--password-stdin", "--from", "2000-01-01",
                      stdin=f"{PASSPHRASE}\n{ZIP_PASSWORD}\n", env=env).returncode == EXIT_OK
    assert list(temp.iterdir()) == []


REFUSED = [
    pytest.param(["--from", "2026-05-01", "--to", "2026-04-01"], "is after --to", id="from-after-to"),
    pytest.param(["--from", "2026-02-30"], "not a day of the calendar", id="not-a-date"),
    pytest.param(["--to", "yesterday"], "YYYY-MM-DD", id="not-a-date-at-all"),
    pytest.param(["--from", "20260101"], "YYYY-MM-DD", id="compact-date"),
    pytest.param(["--password-stdin"], "needs --zip", id="password-without-zip"),
    pytest.param(["--paper", "a5"], "invalid choice", id="paper"),
    pytest.param(["--name", "x" * 101], "up to 100 characters", id="name-too-long"),
    pytest.param(["--from", "2001-01-01", "--to", "2001-12-31"], "nothing to export", id="empty-period"),
    pytest.param(["--zip", "--password-stdin"], "No zip password", id="no-password-line"),
]


@pytest.mark.parametrize(("args", "expected"), REFUSED)
def test_bad_arguments_are_one_sentence_exit_2_and_write_nothing(data_dir: Path, out: Path, args: list[str],
                                                                 expected: str) -> None:
    target = out / ("x.zip" if "--zip" in args else "x")
    result = run_export(data_dir, target, *args)
    assert result.returncode == EXIT_USAGE
    assert expected in assert_one_clear_sentence(result)
    assert list(out.iterdir()) == []


def test_bad_destinations_are_one_sentence_exit_2_and_write_nothing(data_dir: Path, out: Path) -> None:
    (out / "taken").mkdir()
    (out / "a-file").write_bytes(b"mine")
    cases = {
        out / "taken": "already exists",
        out / "a-file": "already exists",
        out / "missing" / "x": "does not exist",
        out / "a-file" / "x": "is a file, not a folder",
        out / ("n" * 300): "too long",
    }
    for destination, expected in cases.items():
        result = run_export(data_dir, destination)
        assert result.returncode == EXIT_USAGE, destination
        assert expected in assert_one_clear_sentence(result)
    result = run_export(data_dir, out / "x", "--zip")
    assert result.returncode == EXIT_USAGE and "must end in .zip" in assert_one_clear_sentence(result)
    assert sorted(p.name for p in out.iterdir()) == ["a-file", "taken"]
    assert list((out / "taken").iterdir()) == [] and (out / "a-file").read_bytes() == b"mine"


def test_a_folder_that_may_not_be_written(data_dir: Path, out: Path) -> None:
    locked = out / "locked"
    locked.mkdir(mode=0o500)
    result = run_export(data_dir, locked / "x")
    if result.returncode == EXIT_OK:  # root may write anywhere
        assert (locked / "x").is_dir()
        pytest.skip("running as root: a read-only folder is writable")
    assert result.returncode == EXIT_USAGE
    assert "may not write" in assert_one_clear_sentence(result)


def test_a_wrong_passphrase_is_exit_3(data_dir: Path, out: Path) -> None:
    result = run_export(data_dir, out / "x", stdin="not the passphrase at all\n")
    assert result.returncode == EXIT_WRONG_PASSPHRASE
    assert "did not unlock" in assert_one_clear_sentence(result)
    assert list(out.iterdir()) == []


def test_no_vault_is_exit_2(tmp_path: Path, out: Path) -> None:
    result = run_export(tmp_path / "nothing-here", out / "x")
    assert result.returncode == EXIT_USAGE
    assert "no vault" in assert_one_clear_sentence(result)
    assert not (tmp_path / "nothing-here").exists()
    assert list(out.iterdir()) == []


def test_out_is_required(data_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "companion", "export", "--data-dir", str(data_dir),
                             "--passphrase-stdin"], input=PASSPHRASE + "\n", capture_output=True, text=True,
                            env=cli_env(), timeout=60, check=False)
    assert result.returncode == EXIT_USAGE
    assert "--out" in assert_one_clear_sentence(result)


STARTUP_PROBE = """
import os, sys
from PySide6.QtWidgets import QApplication

def first_paint_then_report(*_args):
    QApplication.processEvents()
    QApplication.processEvents()
    print(",".join(sorted(name for name in sys.modules if name.startswith("companion"))))
    return 0

QApplication.exec = first_paint_then_report
os.environ["COMPANION_DATA_DIR"] = sys.argv[1]
from companion.cli import main
sys.exit(main([]))
"""


def test_the_start_to_the_unlock_screen_loads_no_export_code(template: Path) -> None:
    """The export adds nothing to the cold start (DESIGN.md §8): as ``tests/perf/_startup_child.py``
    starts the app, up to its first paint of the unlock screen."""
    result = subprocess.run([sys.executable, "-c", STARTUP_PROBE, str(template)], capture_output=True,
                            text=True, env=cli_env(), timeout=120, check=True)
    loaded = set(result.stdout.strip().split(","))
    assert "companion.ui.main_window" in loaded or "companion.app" in loaded  # the probe saw the app
    export_code = sorted(name for name in loaded if name.startswith(
        ("companion.export", "companion.services.export", "companion.ui.export")))
    assert export_code == []
