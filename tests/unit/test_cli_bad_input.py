"""Bad input to the command line gets one sentence and the documented exit code, and changes nothing
(DESIGN.md §7; issue 12, findings 10, 11, 12, 14 and 16): a passphrase that is not UTF-8, a data folder
this user may not open, a name longer than the file system allows, an empty ``--data-dir``, a data folder
under a plain file; and the data folder and the demo marker are private.

Most run ``companion.cli.main`` in this process with real standard streams made of bytes; the unreadable
folder needs a process that is refused what root is allowed, so it runs a child without the
permission-override capabilities (or as the user it is, when not root).
"""

from __future__ import annotations

import ctypes
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.cli import EXIT_OK, EXIT_USAGE, main
from companion.domain.clock import FakeClock
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.vault import create_vault
from tests.reliability.file_snapshot import snapshot

PASSPHRASE = "tangerine orbit velvet quarry 42"
RIGHT_PASSPHRASE = (PASSPHRASE + "\n").encode()
NOT_UTF8 = b"\xff\xfe" + RIGHT_PASSPHRASE
TOO_LONG_NAME = "n" * 256
# How Python decodes standard input: surrogateescape under the C or C.UTF-8 locale, strict under others
# (or PYTHONIOENCODING=utf-8).
STDIN_ERROR_HANDLERS = ("surrogateescape", "strict")


@dataclass(frozen=True)
class CliRun:
    code: int
    stdout: str
    stderr: str

    def sentence(self) -> str:
        """The one line on stderr, after checking that it is exactly one line of ours and no crash."""
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, self.stderr
        assert lines[0].startswith("companion: "), self.stderr
        assert "internal error" not in lines[0]
        return lines[0]


def run_main(argv: Sequence[str], stdin: bytes = b"", *, errors: str = "surrogateescape") -> CliRun:
    """``companion.cli.main(argv)`` in this process, its standard streams bytes underneath as a real
    process's are (``errors``: how stdin and stdout treat text that is not UTF-8, as Python sets it)."""
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out_bytes, encoding="utf-8", errors=errors)
    stderr = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace")  # as Python's
    real_stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8", errors=errors)
    try:
        with redirect_stdout(stdout), redirect_stderr(stderr):
            code = main(list(argv))
    finally:
        sys.stdin = real_stdin
        stdout.flush()
        stderr.flush()
    return CliRun(code, out_bytes.getvalue().decode("utf-8", "backslashreplace"),
                  err_bytes.getvalue().decode("utf-8", "backslashreplace"))


def make_light_vault(base: Path) -> Path:
    """A vault in ``base`` that unlocks in milliseconds."""
    clock = FakeClock(datetime.now(UTC))
    vault, _recovery = create_vault(DataPaths(base), PASSPHRASE, LIGHT_TEST_PARAMS, clock)
    vault.close()
    return base


@pytest.fixture(scope="module")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_light_vault(tmp_path_factory.mktemp("template") / "data")


@pytest.fixture
def vault_dir(vault_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(vault_template, tmp_path / "data"))


@pytest.fixture
def said_before_start(monkeypatch: pytest.MonkeyPatch, qapp: object) -> list[str]:
    """What the app and the desk would say in a message box before any window; they never open one here
    (their locks are reported taken, so a start that got past the folder says "already open" instead)."""
    import companion.ui.instance_lock as instance_lock

    said: list[str] = []
    monkeypatch.setattr(instance_lock, "say_before_start", lambda text, *_args, **_kwargs: said.append(text))
    monkeypatch.setattr(instance_lock, "acquire_instance_lock", lambda _paths: None)
    monkeypatch.setattr(instance_lock, "acquire_folder_lock", lambda _folder, _name: None)
    return said


@pytest.fixture(autouse=True)
def _light_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault made here derives its key in milliseconds, and a demo makes no demo desk (it has tests of its
    own): so that a test of a refusal that is not refused fails quickly."""
    monkeypatch.setattr("companion.storage.kdf.calibrate", lambda *_args, **_kwargs: LIGHT_TEST_PARAMS)
    monkeypatch.setattr("companion.cli._make_demo_desk", lambda *_args: None)


def default_folders() -> list[Path]:
    from companion.paths import default_base_dir, default_demo_base_dir

    return [default_base_dir(), default_demo_base_dir()]


# Every command that takes a data folder, with what else it needs to get as far as reading it.
DATA_COMMANDS: dict[str, Callable[[str, Path], list[str]]] = {
    "init": lambda folder, _tmp: ["init", "--data-dir", folder, "--passphrase-stdin"],
    "check": lambda folder, _tmp: ["check", "--data-dir", folder, "--passphrase-stdin"],
    "export": lambda folder, tmp: ["export", "--data-dir", folder, "--passphrase-stdin", "--out",
                                   str(tmp / "out")],
    "demo": lambda folder, _tmp: ["demo", "--no-gui", "--data-dir", folder],
}


# Finding 10: standard input that is not UTF-8.

@pytest.mark.parametrize("errors", STDIN_ERROR_HANDLERS)
def test_check_refuses_a_passphrase_that_is_not_utf8_in_one_sentence(vault_dir: Path, errors: str) -> None:
    before = snapshot(vault_dir)
    result = run_main(["check", "--data-dir", str(vault_dir), "--passphrase-stdin"], NOT_UTF8, errors=errors)
    assert result.code == EXIT_USAGE
    assert "UTF-8" in result.sentence()
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize("errors", STDIN_ERROR_HANDLERS)
def test_init_refuses_a_passphrase_that_is_not_utf8_and_makes_nothing(tmp_path: Path, errors: str) -> None:
    folder = tmp_path / "new"
    result = run_main(["init", "--data-dir", str(folder), "--passphrase-stdin"], NOT_UTF8, errors=errors)
    assert result.code == EXIT_USAGE
    assert "UTF-8" in result.sentence()
    assert not folder.exists()


def test_a_piped_passphrase_that_is_not_utf8_gets_one_sentence_from_the_real_command(vault_dir: Path) -> None:
    """The issue's own command line: ``printf '\\xff\\xfe…\\n' | companion check``, in a child process."""
    env = {k: v for k, v in os.environ.items() if k != "COMPANION_DATA_DIR"}
    result = subprocess.run([sys.executable, "-m", "companion", "check", "--data-dir", str(vault_dir),
                             "--passphrase-stdin"], input=NOT_UTF8, capture_output=True, env=env, timeout=60,
                            check=False)
    assert result.returncode == EXIT_USAGE
    assert "UTF-8" in CliRun(result.returncode, "", result.stderr.decode()).sentence()


# Finding 11: a data folder this user may not open.

_PR_CAPBSET_DROP = 24
_PERMISSION_OVERRIDES = (1, 2)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH


def _drop_permission_overrides() -> None:
    """In the child, before exec: root without the capabilities that let it ignore file modes is refused a
    mode-000 folder exactly as any other user is (root's files stay readable to it, so Python still runs)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in _PERMISSION_OVERRIDES:
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) refused")


def run_as_ordinary_user(code: str, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """``python -c code args`` in a child that file modes apply to (skip where that cannot be arranged)."""
    preexec = _drop_permission_overrides if os.geteuid() == 0 else None
    env = {k: v for k, v in os.environ.items() if k != "COMPANION_DATA_DIR"}
    try:
        result = subprocess.run([sys.executable, "-c", code, *args], input=stdin, capture_output=True,
                                env=env, timeout=120, check=False, preexec_fn=preexec)
    except subprocess.SubprocessError as error:
        pytest.skip(f"cannot run a child that file modes apply to here: {error}")
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode(),
                                       result.stderr.decode())


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """``locked(folder)``: the folder with mode 000 (every mode restored afterwards, so it can be compared
    and removed); skips if a child run as an ordinary user can still read it."""
    chmodded: list[tuple[Path, int]] = []

    def lock(folder: Path) -> Path:
        chmodded.append((folder, folder.stat().st_mode))
        folder.chmod(0)
        probe = run_as_ordinary_user("import os, sys; os.listdir(sys.argv[1])", str(folder))
        if probe.returncode == 0:
            pytest.skip("a child of this test may read any folder, so an unreadable one cannot be tried")
        return folder

    yield lock
    for folder, mode in reversed(chmodded):
        folder.chmod(mode)


CLI_CHILD = "import sys; from companion.cli import main; sys.exit(main(sys.argv[1:]))"


@pytest.mark.parametrize("command", sorted(DATA_COMMANDS))
def test_an_unreadable_data_folder_gets_one_sentence(
    vault_dir: Path, tmp_path: Path, locked: Callable[[Path], Path], command: str
) -> None:
    before = snapshot(vault_dir)
    locked(vault_dir)
    result = run_as_ordinary_user(CLI_CHILD, *DATA_COMMANDS[command](str(vault_dir), tmp_path),
                                  stdin=RIGHT_PASSPHRASE)
    assert result.returncode == EXIT_USAGE, result.stderr
    sentence = CliRun(result.returncode, result.stdout, result.stderr).sentence()
    assert f"not allowed to open {vault_dir}" in sentence
    vault_dir.chmod(0o700)
    assert snapshot(vault_dir) == before
    assert not (tmp_path / "out").exists()


def test_a_data_folder_inside_an_unreadable_one_gets_one_sentence(
    tmp_path: Path, locked: Callable[[Path], Path]
) -> None:
    parent = tmp_path / "parent"
    (parent / "data").mkdir(parents=True)
    locked(parent)
    result = run_as_ordinary_user(CLI_CHILD, "init", "--data-dir", str(parent / "data"), "--passphrase-stdin",
                                  stdin=RIGHT_PASSPHRASE)
    assert result.returncode == EXIT_USAGE, result.stderr
    assert "not allowed to open" in CliRun(result.returncode, result.stdout, result.stderr).sentence()
    parent.chmod(0o700)
    assert list((parent / "data").iterdir()) == []


GUI_START_CHILD = """
import sys
import companion.ui.application as application
import companion.ui.instance_lock as instance_lock
from PySide6.QtWidgets import QApplication
from companion.cli import main

said = []
instance_lock.say_before_start = lambda text, *args, **kwargs: said.append(text)
application.run_until_quit = lambda *args, **kwargs: 0  # a window that got built is not run
code = main(sys.argv[1:])
print("said:", *said, sep="\\n")
print("windows:", len(QApplication.topLevelWidgets()))
sys.exit(code)
"""


def test_the_app_says_why_it_cannot_open_an_unreadable_data_folder_before_any_window(
    vault_dir: Path, locked: Callable[[Path], Path]
) -> None:
    locked(vault_dir)
    result = run_as_ordinary_user(GUI_START_CHILD, "--data-dir", str(vault_dir))
    assert result.returncode == EXIT_USAGE, result.stdout + result.stderr
    said = result.stdout.split("said:\n", 1)[1]
    assert f"not allowed to open {vault_dir}" in said
    assert "windows: 0" in result.stdout
    assert "Traceback" not in result.stderr


# Finding 12: a name longer than the file system allows.

@pytest.mark.parametrize("command", sorted(DATA_COMMANDS))
@pytest.mark.parametrize("where", ["last", "parent"])
def test_a_name_over_255_characters_gets_one_sentence(tmp_path: Path, command: str, where: str) -> None:
    folder = tmp_path / TOO_LONG_NAME if where == "last" else tmp_path / TOO_LONG_NAME / "data"
    result = run_main(DATA_COMMANDS[command](str(folder), tmp_path), RIGHT_PASSPHRASE)
    assert result.code == EXIT_USAGE
    assert "255 characters" in result.sentence()
    assert list(tmp_path.iterdir()) == []


def test_the_app_says_a_name_is_too_long_before_any_window(
    tmp_path: Path, said_before_start: list[str]
) -> None:
    result = run_main(["--data-dir", str(tmp_path / TOO_LONG_NAME)])
    assert result.code == EXIT_USAGE
    assert len(said_before_start) == 1 and "255 characters" in said_before_start[0]
    assert list(tmp_path.iterdir()) == []


def test_the_desk_refuses_a_name_over_255_characters(tmp_path: Path, said_before_start: list[str]) -> None:
    result = run_main(["desk", "--desk-dir", str(tmp_path / TOO_LONG_NAME)])
    assert result.code == EXIT_USAGE
    assert "255 characters" in result.sentence()


# Finding 14: an empty --data-dir, and a --data-dir under a plain file.

@pytest.mark.parametrize("command", sorted(DATA_COMMANDS))
def test_an_empty_data_dir_is_refused_not_taken_for_the_default(tmp_path: Path, command: str) -> None:
    result = run_main(DATA_COMMANDS[command]("", tmp_path), RIGHT_PASSPHRASE)
    assert result.code == EXIT_USAGE
    assert "--data-dir" in result.sentence()
    assert not any(folder.exists() for folder in default_folders())
    assert not (tmp_path / "out").exists()


def test_the_app_refuses_an_empty_data_dir(said_before_start: list[str]) -> None:
    result = run_main(["--data-dir", ""])
    assert result.code == EXIT_USAGE
    assert "--data-dir" in result.sentence()
    assert not any(folder.exists() for folder in default_folders())


def test_the_desk_refuses_an_empty_desk_dir(said_before_start: list[str]) -> None:
    from companion.desk.desk_paths import default_desk_dir

    result = run_main(["desk", "--desk-dir", ""])
    assert result.code == EXIT_USAGE
    assert "--desk-dir" in result.sentence()
    assert not default_desk_dir().exists()


@pytest.mark.parametrize("command", sorted(DATA_COMMANDS))
def test_a_data_dir_under_a_plain_file_names_the_file(tmp_path: Path, command: str) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("x")
    result = run_main(DATA_COMMANDS[command](str(plain / "data"), tmp_path), RIGHT_PASSPHRASE)
    assert result.code == EXIT_USAGE
    sentence = result.sentence()
    assert f"{plain} is a file" in sentence
    assert "disk" not in sentence
    assert plain.read_text() == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_the_app_names_the_file_a_data_dir_lies_under(tmp_path: Path, said_before_start: list[str]) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("x")
    result = run_main(["--data-dir", str(plain / "data")])
    assert result.code == EXIT_USAGE
    assert len(said_before_start) == 1 and f"{plain} is a file" in said_before_start[0]


# Finding 16: the data folder and the demo marker are private.

@pytest.fixture
def shared_umask() -> Iterator[None]:
    """The usual desktop umask, under which new files are readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_checking_a_vault_makes_its_open_data_folder_private(vault_dir: Path) -> None:
    vault_dir.chmod(0o755)
    result = run_main(["check", "--data-dir", str(vault_dir), "--passphrase-stdin"], RIGHT_PASSPHRASE)
    assert result.code == EXIT_OK, result.stderr
    assert vault_dir.stat().st_mode & 0o777 == 0o700


def test_init_in_an_existing_open_folder_makes_it_private(tmp_path: Path, shared_umask: None) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    result = run_main(["init", "--data-dir", str(folder), "--passphrase-stdin"], RIGHT_PASSPHRASE)
    assert result.code == EXIT_OK, result.stderr
    assert folder.stat().st_mode & 0o777 == 0o700


def test_the_demo_marker_and_folder_are_private(tmp_path: Path, shared_umask: None) -> None:
    folder = tmp_path / "demo"
    result = run_main(["demo", "--no-gui", "--data-dir", str(folder), "--weeks", "1",
                       "--journal-entries", "0"])
    assert result.code == EXIT_OK, result.stderr
    assert (folder / "DEMO").stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
