"""The care-plan editor's use cases without Qt: load, save, read a clinician's file, export the plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from companion.domain.care_plan import CarePlan, CarePlanError
from companion.domain.care_plan_file import CarePlanFile
from companion.services.care_plan_actions import (
    CarePlanFileProblems,
    export_care_plan,
    load_care_plans,
    read_care_plan_path,
    save_care_plan,
)
from companion.storage.vault import OpenVault

PLAN = CarePlan(dose_mg=50.0, clinician_phone="555-0100", clinician_name="Dr. Rowan (demo clinic)")


def test_nothing_then_each_saved_version_newest_first(open_vault: OpenVault) -> None:
    empty = load_care_plans(open_vault)
    assert (empty.current, empty.history) == (None, [])
    at = open_vault.clock.now()
    first, shown = save_care_plan(open_vault, PLAN, at=at, source="imported", issued_by="Demo clinic")
    assert (first.plan, first.source, first.issued_by, first.set_at) == (PLAN, "imported", "Demo clinic", at)
    assert shown.current == first and shown.history == [first]
    raised = replace(PLAN, dose_mg=62.5)
    second, shown = save_care_plan(open_vault, raised, at=at + timedelta(days=7), source="entered",
                                   issued_by=None)
    assert shown.current == second and shown.history == [second, first]
    unchanged, shown = save_care_plan(open_vault, raised, at=at + timedelta(days=8), source="entered",
                                      issued_by=None)
    assert unchanged == second and len(shown.history) == 2


def test_an_invalid_plan_is_refused_and_nothing_is_stored(open_vault: OpenVault) -> None:
    with pytest.raises(CarePlanError):
        save_care_plan(open_vault, replace(PLAN, dose_mg=-1.0), at=open_vault.clock.now(), source="entered",
                       issued_by=None)
    assert load_care_plans(open_vault).history == []


def test_an_exported_plan_reads_back_and_bad_files_say_why(open_vault: OpenVault, tmp_path: Path) -> None:
    at = open_vault.clock.now()
    record, _shown = save_care_plan(open_vault, PLAN, at=at, source="entered", issued_by=None)
    path = tmp_path / "care-plan.json"
    export_care_plan(record, path, issued_by="Entered in companion", at=at)
    read = read_care_plan_path(path)
    assert isinstance(read, CarePlanFile)
    assert (read.plan, read.issued_by, read.issued_at) == (PLAN, "Entered in companion", at)
    assert isinstance(read_care_plan_path(tmp_path / "missing.json"), OSError)
    (tmp_path / "bad.json").write_text('{"format": "something else"}', encoding="utf-8")
    problems = read_care_plan_path(tmp_path / "bad.json")
    assert isinstance(problems, CarePlanFileProblems) and problems.problems
