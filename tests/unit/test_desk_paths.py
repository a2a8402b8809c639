"""The desk's folder: chosen like the patient app's (flag, environment, platform), a folder of its own,
0700, and never a patient's data folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from companion.desk.desk_errors import PatientFolderRefusedError
from companion.desk.desk_paths import ENV_DESK_DIR, DeskPaths, refuse_patient_folder, resolve_desk_paths
from companion.paths import ENV_DATA_DIR, DataPaths, resolve_data_paths


def test_the_flag_wins_over_the_environment(tmp_path: Path) -> None:
    paths = resolve_desk_paths(str(tmp_path / "flag"), env={ENV_DESK_DIR: str(tmp_path / "env")})
    assert paths.base == tmp_path / "flag"
    assert resolve_desk_paths(None, env={ENV_DESK_DIR: str(tmp_path / "env")}).base == tmp_path / "env"


def test_the_platform_default_is_a_folder_of_its_own() -> None:
    desk = resolve_desk_paths(None, env={}).base
    patient = resolve_data_paths(None, env={}).base
    assert desk.name == "companion-desk" and desk.parent == patient.parent
    refuse_patient_folder(desk, env={})  # beside the patient's folder, not inside it


def test_every_file_lives_under_the_base(tmp_path: Path) -> None:
    paths = DeskPaths(tmp_path)
    for path in (paths.key_file, paths.patients_file, paths.settings_file, paths.exports_dir):
        assert path.parent == tmp_path
    assert paths.patient_exports_dir("ab12").parent == paths.exports_dir
    names = {paths.key_file.name, paths.patients_file.name, paths.settings_file.name}
    data = DataPaths(tmp_path)
    assert names.isdisjoint({data.key_file.name, data.vault_db.name, data.preferences_file.name})


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_the_folder_is_made_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o002)
    try:
        paths = DeskPaths(tmp_path / "a" / "desk")
        paths.ensure_base()
    finally:
        os.umask(old)
    assert stat.S_IMODE(paths.base.stat().st_mode) == 0o700
    paths.ensure_base()  # again: nothing to do


@pytest.mark.parametrize("name", ["vault.key", "vault.db"])
def test_a_folder_holding_a_vault_is_refused_and_left_alone(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"a patient's")
    for base in (tmp_path, tmp_path / "desk", tmp_path / "a" / "b"):
        with pytest.raises(PatientFolderRefusedError, match="patient's companion data folder") as refused:
            DeskPaths(base).ensure_base()
        assert "--desk-dir" in str(refused.value)
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_the_patient_apps_own_folder_is_refused_even_without_a_vault(tmp_path: Path) -> None:
    patient = tmp_path / "patient-data"
    env = {ENV_DATA_DIR: str(patient)}
    for base in (patient, patient / "desk"):
        with pytest.raises(PatientFolderRefusedError):
            refuse_patient_folder(base, env=env)
    refuse_patient_folder(tmp_path / "desk", env=env)
    with pytest.raises(PatientFolderRefusedError):
        refuse_patient_folder(resolve_data_paths(None, env={}).base, env={})
