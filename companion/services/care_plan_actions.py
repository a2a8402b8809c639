"""What the care-plan editor reads and saves: the plan and its versions, a clinician's file (Qt-free).

The functions run off the GUI thread (the editor submits them to the database worker) and return
plain data; a refused file comes back as its problems, an unreadable one as the ``OSError``, so the
editor can say which in a sentence of its own. The storage modules are imported when first used:
the setup wizard shows the editor before any vault exists (cold start).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.domain.care_plan_file import (
    MAX_FILE_BYTES,
    CarePlanFile,
    CarePlanFileError,
    read_care_plan_file,
    write_care_plan_file,
)

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from companion.domain.care_plan import CarePlan
    from companion.storage.care_plans import CarePlanRecord
    from companion.storage.vault import OpenVault


@dataclass(frozen=True)
class CarePlans:
    """The plan in force and every saved version (what the editor shows)."""

    current: CarePlanRecord | None
    history: list[CarePlanRecord]


@dataclass(frozen=True)
class CarePlanFileProblems:
    """Everything wrong with a refused care-plan file."""

    problems: list[str]


def load_care_plans(vault: OpenVault) -> CarePlans:
    from companion.storage.care_plans import CarePlanRepository

    repository = CarePlanRepository(vault.database)
    return CarePlans(repository.current(), repository.history())


def save_care_plan(vault: OpenVault, plan: CarePlan, *, at: datetime, source: str,
                   issued_by: str | None) -> tuple[CarePlanRecord, CarePlans]:
    """Save ``plan`` as the new version (``source`` "entered" or "imported"); the record and what the
    editor shows next. A plan the repository refuses raises :class:`CarePlanError`."""
    from companion.storage.care_plans import CarePlanRepository

    record = CarePlanRepository(vault.database).save(plan, at=at, source=source, issued_by=issued_by)
    return record, load_care_plans(vault)


def read_care_plan_path(path: Path) -> CarePlanFile | CarePlanFileProblems | OSError:
    """Read and check a clinician's file (never more than a file's size limit)."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return error
    try:
        return read_care_plan_file(data)
    except CarePlanFileError as error:
        return CarePlanFileProblems(error.problems)


def export_care_plan(record: CarePlanRecord, path: Path, *, issued_by: str, at: datetime) -> None:
    """Write the saved plan as a care-plan file at ``path`` (atomically)."""
    from companion.storage.atomic import atomic_write_bytes

    data = write_care_plan_file(record.plan, issued_by, at)
    atomic_write_bytes(path, data, what="the care-plan file")
