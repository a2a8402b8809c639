from __future__ import annotations

from pathlib import Path

from companion.paths import ENV_DATA_DIR, DataPaths, resolve_data_paths


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
