"""Care plans in the vault: every version kept with its time, the newest one current.

A version is never changed or deleted: each session points at the version that applied when it was
created, and the export shows it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from companion.domain.care_plan import CarePlan, CarePlanError
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.database import Cursor, Database
from companion.storage.errors import StorageError
from companion.storage.session_codec import format_time, parse_time

SOURCES = frozenset({"entered", "imported"})
_COLUMNS = "id, plan_json, set_at, source, issued_by, signer_fingerprint"
_SELECT_NEWEST = f"SELECT {_COLUMNS} FROM care_plans ORDER BY id DESC LIMIT 1"  # noqa: S608 - constants


class Reader(Protocol):
    """A Database or a Connection inside a transaction: anything that runs one statement."""

    def execute(self, sql: str, parameters: Sequence[object] = ..., /) -> Cursor: ...


class StoredCarePlanDamagedError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "A stored care plan is damaged and could not be read, so nothing was changed; "
            "restoring a recent backup may bring it back.",
        ))


class CarePlanNotFoundError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "That care plan is not in the vault; it may belong to a backup that was replaced.",
        ))


@dataclass(frozen=True)
class CarePlanRecord:
    id: int
    plan: CarePlan
    set_at: datetime
    source: str  # "entered" (in Settings) or "imported" (a clinician's file)
    issued_by: str | None  # who issued an imported file
    # The fingerprint of the key that signed the imported file (schema 8); None when it was typed in,
    # imported unsigned, or stored before signatures existed.
    signer_fingerprint: str | None = None

    @property
    def signed_by(self) -> str | None:
        """Who signed the plan: the issuer the signed file names (the signature covers that name)."""
        return self.issued_by if self.signer_fingerprint is not None else None


def plan_to_text(plan: CarePlan) -> str:
    return json.dumps(plan.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _record(row: Any) -> CarePlanRecord:
    try:
        plan = CarePlan.from_json(json.loads(row[1]))
    except (CarePlanError, ValueError, TypeError, RecursionError):
        raise StoredCarePlanDamagedError() from None
    source = str(row[3])
    if source not in SOURCES:
        raise StoredCarePlanDamagedError()
    try:
        set_at = parse_time(row[2])
    except StorageError:
        raise StoredCarePlanDamagedError() from None
    issued_by = None if row[4] is None else str(row[4])
    signer_fingerprint = None if row[5] is None else str(row[5])
    return CarePlanRecord(int(row[0]), plan, set_at, source, issued_by, signer_fingerprint)


def read_care_plan(connection: Reader, plan_id: int) -> CarePlanRecord:
    """One version, read inside a transaction that is already open (used by the session repository)."""
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM care_plans WHERE id = ?", (plan_id,)  # noqa: S608 - constants
    ).fetchone()
    if row is None:
        raise CarePlanNotFoundError()
    return _record(row)


class CarePlanRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    def current(self) -> CarePlanRecord | None:
        """The newest version, or None before any plan was saved."""
        row = self._database.execute(_SELECT_NEWEST).fetchone()
        return None if row is None else _record(row)

    def save(
        self, plan: CarePlan, *, at: datetime, source: str = "entered", issued_by: str | None = None,
        signer_fingerprint: str | None = None,
    ) -> CarePlanRecord:
        """Append ``plan`` as the new current version; an unchanged plan returns the current one.

        An imported plan is unchanged only when the current version was imported from the same issuer
        and signed by the same key (or neither signed): the same values now from the clinician are a new
        version, so the record shows who vouched for them. The patient's own save of the same values
        keeps the current record, and so its provenance.

        Raises CarePlanError (listing every problem) for an invalid plan; nothing is stored then.
        """
        if source not in SOURCES:
            raise ValueError(f"source must be one of {sorted(SOURCES)}")
        if signer_fingerprint is not None and (source != "imported" or issued_by is None):
            raise ValueError("only an imported plan that names its issuer can be signed")
        problems = plan.problems()
        if problems:
            raise CarePlanError(problems)
        set_at = format_time(at)
        with self._database.transaction() as connection:
            row = connection.execute(_SELECT_NEWEST).fetchone()
            if row is not None:
                current = _record(row)
                same_provenance = source != "imported" or (
                    (current.source, current.issued_by, current.signer_fingerprint)
                    == (source, issued_by, signer_fingerprint)
                )
                if current.plan == plan and same_provenance:
                    return current
            cursor = connection.execute(
                "INSERT INTO care_plans (plan_json, set_at, source, issued_by, signer_fingerprint) "
                "VALUES (?, ?, ?, ?, ?)",
                (plan_to_text(plan), set_at, source, issued_by, signer_fingerprint),
            )
            plan_id = int(cursor.lastrowid or 0)
        return CarePlanRecord(plan_id, plan, parse_time(set_at), source, issued_by, signer_fingerprint)

    def history(self) -> list[CarePlanRecord]:
        """Every version, newest first."""
        rows = self._database.execute(
            f"SELECT {_COLUMNS} FROM care_plans ORDER BY id DESC"  # noqa: S608 - constants
        ).fetchall()
        return [_record(row) for row in rows]

    def get(self, plan_id: int) -> CarePlanRecord:
        return read_care_plan(self._database, plan_id)
