from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from companion.paths import ENV_DATA_DIR, DataFolderError, DataPaths, open_data_folder, resolve_data_paths


def test_cli_value_wins_over_environment(tmp_path: Path) -> None:
    paths = resolve_data_paths(str(tmp_path / "cli"), env={ENV_DATA_DIR: str(tmp_path / "env")})
    assert paths.base == tmp_path / "cli"


def test_environment_used_without_cli_value(tmp_path: Path) -> None:
    paths = resolve_data_paths(None, env={ENV_DATA_DIR: str(tmp_path / "env")})
    assert paths.base == tmp_path / "env"


def test_platform_default_lies_under_the_user_data_folder(tmp_path: Path) -> None:
    paths = resolve_data_paths(None, env={})
    assert paths.base.name == "companion"


def test_every_file_lives_under_the_base(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    for path in (paths.vault_db, paths.key_file, paths.backups_dir, paths.damaged_dir,
                 paths.preferences_file, paths.logs_dir, paths.demo_marker):
        assert path.parent == tmp_path


def test_an_empty_cli_value_is_never_taken_for_the_default(tmp_path: Path) -> None:
    # The parser refuses it with a sentence; below it, an empty name must not quietly mean another folder.
    with pytest.raises(ValueError, match="empty"):
        resolve_data_paths("", env={ENV_DATA_DIR: str(tmp_path / "env")})


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_ensure_base_makes_a_new_folder_exactly_private(tmp_path: Path) -> None:
    previous = os.umask(0o277)  # a umask that would leave the owner unable to write in it
    try:
        DataPaths(tmp_path / "data").ensure_base()
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "data") == 0o700


@pytest.mark.parametrize("contents", [[], ["vault.key", "vault.db"], ["preferences.json"]])
def test_an_open_data_folder_is_made_private(tmp_path: Path, contents: list[str]) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    for name in contents:
        (folder / name).write_bytes(b"")
    open_data_folder(DataPaths(folder))
    assert _mode(folder) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == sorted(contents)


def test_ensure_base_makes_an_existing_open_folder_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    DataPaths(folder).ensure_base()
    assert _mode(folder) == 0o700


@pytest.mark.parametrize("mode", [0o755, 0o1777])
def test_a_shared_folder_given_as_the_data_folder_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    """A home or /tmp passed as --data-dir is not ours to close: only an empty folder or one holding the app's
    files is tightened, never a sticky one."""
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "someone-elses.txt").write_text("x")
    if mode & stat.S_ISVTX:
        (folder / "vault.key").write_bytes(b"")
    folder.chmod(mode)
    open_data_folder(DataPaths(folder))
    DataPaths(folder).ensure_base()
    assert _mode(folder) == mode


def test_open_data_folder_creates_only_when_asked(tmp_path: Path) -> None:
    open_data_folder(DataPaths(tmp_path / "later"))
    assert not (tmp_path / "later").exists()
    open_data_folder(DataPaths(tmp_path / "now"), create=True)
    assert _mode(tmp_path / "now") == 0o700


def test_a_folder_under_a_plain_file_names_the_file(tmp_path: Path) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("x")
    with pytest.raises(DataFolderError, match=f"^{plain} is a file, so {plain}/a/b cannot be inside it; "):
        open_data_folder(DataPaths(plain / "a" / "b"), create=True)
