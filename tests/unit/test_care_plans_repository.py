"""Care plans in the vault: every version kept with its time, invalid plans refused, damage reported."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlcipher3

from companion.domain.care_plan import CarePlan, CarePlanError, Route
from companion.storage.care_plans import (
    CarePlanNotFoundError,
    CarePlanRepository,
    StoredCarePlanDamagedError,
)
from companion.storage.data_key import DataKey
from companion.storage.database import Database

PLAN = CarePlan(dose_mg=50.0, planned_weekdays=(1, 4), clinician_name="Dr. Rowan", clinician_phone="555-0100")
T0 = datetime(2026, 3, 2, 9, 30, 15, 123_456, tzinfo=UTC)


def _count(database: Database) -> int:
    return int(database.execute("SELECT count(*) FROM care_plans").fetchone()[0])


def test_no_plan_before_one_is_saved(database: Database) -> None:
    repository = CarePlanRepository(database)
    assert repository.current() is None
    assert repository.history() == []


def test_saved_plan_is_current_and_survives_reopening(
    tmp_path: Path, database: Database, key: DataKey
) -> None:
    local = T0.astimezone(timezone(timedelta(hours=-5)))
    record = CarePlanRepository(database).save(PLAN, at=local)
    assert record.plan == PLAN
    assert record.set_at == T0 and record.set_at.tzinfo is UTC
    assert (record.source, record.issued_by) == ("entered", None)
    database.close()
    with Database.open(tmp_path / "vault.db", key) as reopened:
        repository = CarePlanRepository(reopened)
        assert repository.current() == record
        assert repository.get(record.id) == record


def test_every_change_is_a_new_version_newest_first(database: Database) -> None:
    repository = CarePlanRepository(database)
    first = repository.save(PLAN, at=T0)
    second = repository.save(
        replace(PLAN, dose_mg=62.5, route=Route.INTRANASAL), at=T0 + timedelta(days=7),
        source="imported", issued_by="Demo clinic",
    )
    assert second.id != first.id
    assert repository.current() == second
    assert repository.history() == [second, first]
    assert repository.get(first.id).plan.dose_mg == 50.0  # an old version is never changed
    assert (second.source, second.issued_by) == ("imported", "Demo clinic")


def test_an_unchanged_plan_adds_no_version(database: Database) -> None:
    repository = CarePlanRepository(database)
    first = repository.save(PLAN, at=T0)
    again = repository.save(replace(PLAN), at=T0 + timedelta(hours=1))
    assert again == first
    assert _count(database) == 1


def test_an_invalid_plan_is_refused_with_every_problem_and_nothing_changes(database: Database) -> None:
    repository = CarePlanRepository(database)
    current = repository.save(PLAN, at=T0)
    bad = replace(PLAN, dose_mg=0.0, stop_systolic_above=40)
    with pytest.raises(CarePlanError) as caught:
        repository.save(bad, at=T0 + timedelta(days=1))
    assert len(caught.value.problems) == len(bad.problems()) >= 2
    assert repository.current() == current
    assert _count(database) == 1


def test_a_caller_bug_is_not_dressed_up_as_a_user_error(database: Database) -> None:
    repository = CarePlanRepository(database)
    with pytest.raises(ValueError, match="source"):
        repository.save(PLAN, at=T0, source="guessed")
    with pytest.raises(ValueError, match="timezone-aware"):
        repository.save(PLAN, at=datetime(2026, 1, 1))  # naive
    assert _count(database) == 0


def test_unknown_plan_id_is_a_calm_error(database: Database) -> None:
    with pytest.raises(CarePlanNotFoundError, match="not in the vault"):
        CarePlanRepository(database).get(42)


@pytest.mark.parametrize(
    "plan_json",
    [
        '{"dose_mg": "lots"}',
        "not json",
        "[]",
        '{"stop_systolic_above": 40, "dose_mg": 50, "clinician_phone": "1"}',
    ],
)
def test_a_damaged_stored_plan_is_reported_without_its_contents(database: Database, plan_json: str) -> None:
    repository = CarePlanRepository(database)
    record = repository.save(PLAN, at=T0)
    database.execute("UPDATE care_plans SET plan_json = ? WHERE id = ?", (plan_json, record.id))
    for read in (repository.current, repository.history, lambda: repository.get(record.id)):
        with pytest.raises(StoredCarePlanDamagedError) as caught:
            read()
        assert "damaged" in str(caught.value)
        assert "Rowan" not in str(caught.value) and "lots" not in str(caught.value)


def test_the_schema_refuses_an_unknown_source(database: Database) -> None:
    with pytest.raises(sqlcipher3.IntegrityError):
        database.execute(
            "INSERT INTO care_plans (plan_json, set_at, source) VALUES ('{}', '2026-01-01', 'guessed')"
        )


def test_the_same_values_from_a_clinician_are_a_new_version_that_names_them(database: Database) -> None:
    """An unsigned clinician's file with the patient's own values used to return the patient's record:
    the import then said "The care plan from  was saved", its issuer lost (issue 12, finding 15)."""
    repository = CarePlanRepository(database)
    mine = repository.save(PLAN, at=T0)
    theirs = repository.save(PLAN, at=T0 + timedelta(hours=1), source="imported", issued_by="Dr A. Lee")
    assert theirs.id != mine.id and (theirs.source, theirs.issued_by) == ("imported", "Dr A. Lee")
    again = repository.save(PLAN, at=T0 + timedelta(hours=2), source="imported", issued_by="Dr A. Lee")
    assert again == theirs
    # The patient saving the same values again keeps the clinician's record (and its provenance).
    assert repository.save(PLAN, at=T0 + timedelta(hours=3)) == theirs
