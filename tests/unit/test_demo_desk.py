"""The demo desk: the demo patient confirmed, two real overlapping exports imported, read as one timeline."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.cli_common import CommandError
from companion.demo_desk import (
    DEMO_DESK_PASSPHRASE,
    DEMO_PATIENT,
    demo_desk_paths,
    is_demo_desk,
    make_demo_desk,
)
from companion.desk.desk_access import unlock_desk
from companion.desk.export_reading import read_export
from companion.desk.export_status import ExportStatus
from companion.desk.opened_export import open_export
from companion.desk.timeline import merge_exports
from companion.paths import DataPaths
from companion.storage.kdf import LIGHT_TEST_PARAMS
from tests.desk_trust import make_desk
from tests.export_vault import PASSPHRASE, make_vault


@pytest.fixture(autouse=True)
def _light_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("companion.storage.kdf.calibrate", lambda: LIGHT_TEST_PARAMS)


def test_the_demo_desk_holds_the_demo_patient_and_two_overlapping_exports(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "demo", weeks=8)
    desk_paths = demo_desk_paths(vault)
    assert desk_paths.base == tmp_path / "demo-desk"  # beside the vault, never inside it
    said = make_demo_desk(vault, PASSPHRASE, desk_paths, weeks=8, now=datetime.now(UTC))
    assert said.startswith("Demo desk created") and is_demo_desk(desk_paths)
    assert (desk_paths.base / "DEMO").stat().st_mode & 0o777 == 0o600  # not as the umask has it
    assert not [p for p in desk_paths.base.iterdir() if p.name.startswith(".demo-exports-")]  # staging gone

    desk = unlock_desk(desk_paths, DEMO_DESK_PASSPHRASE)
    [patient] = desk.patients.patients
    assert patient.display_name == DEMO_PATIENT
    assert len(patient.exports) == 2 and all(record.imported for record in patient.exports)
    exports = []
    for record in patient.exports:
        opened = open_export(Path(record.location), desk.patients)
        assert opened.status is ExportStatus.VALID_FOR_PATIENT and opened.patient == patient
        exports.append(read_export(opened.location, opened.verification))
    first, second = sorted(exports, key=lambda export: export.period.end)
    assert first.period.start == second.period.start and first.period.end < second.period.end
    timeline = merge_exports(exports)
    assert len(timeline.sessions) == len(second.sessions) > len(first.sessions)
    assert timeline.care_plan is not None

    again = make_demo_desk(vault, PASSPHRASE, desk_paths, weeks=8, now=datetime.now(UTC))
    assert again == f"Using the demo desk in {desk_paths.base}."


def test_a_desk_that_is_not_a_demo_is_left_alone(tmp_path: Path) -> None:
    vault = DataPaths(tmp_path / "demo")
    real = make_desk(tmp_path / "demo-desk")
    before = sorted((p.name, p.stat().st_mtime_ns) for p in real.paths.base.iterdir())
    with pytest.raises(CommandError, match="not a demo; it was left alone"):
        make_demo_desk(vault, PASSPHRASE, demo_desk_paths(vault), weeks=8, now=datetime.now(UTC))
    assert sorted((p.name, p.stat().st_mtime_ns) for p in real.paths.base.iterdir()) == before
