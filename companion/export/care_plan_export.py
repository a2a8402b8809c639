"""``care-plan.json``: the plan in force when the export was made, as a clinician's care-plan file.

The report's appendix shows the plan for people; this file gives it to the clinician's desk in the
one machine-readable form the app already reads strictly (:mod:`companion.domain.care_plan_file`),
so the desk can pre-fill the next plan it writes from exactly what the patient's app holds.  It is
listed in the manifest and covered by the signature like every other file of the export.

The file format has room for who issued the plan and when, not for where the app got it, so the
vault's record is written this way:

* ``issued_by``: who issued an imported file, as stored; for a plan the patient entered in Settings
  (or an import whose issuer was not kept), one of the fixed sentences below, which the desk
  recognises (:func:`plan_source`);
* ``issued_at``: when the plan was put in force in the app (the vault keeps no other time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from companion.domain.care_plan import CarePlanError
from companion.domain.care_plan_file import MAX_ISSUED_BY_CHARACTERS, write_care_plan_file

if TYPE_CHECKING:
    from companion.storage.care_plans import CarePlanRecord

CARE_PLAN_NAME = "care-plan.json"
ENTERED_BY_PATIENT = "Entered by the patient in companion"
IMPORTED_ISSUER_UNKNOWN = "Imported from a care-plan file (who issued it was not recorded)"


def _issued_by(record: CarePlanRecord) -> str:
    issuer = (record.issued_by or "").strip()
    if record.source != "imported":
        return ENTERED_BY_PATIENT
    if issuer and issuer.isprintable() and len(issuer) <= MAX_ISSUED_BY_CHARACTERS:
        return issuer
    return IMPORTED_ISSUER_UNKNOWN


def care_plan_file_bytes(record: CarePlanRecord) -> bytes | None:
    """The export's ``care-plan.json`` for the plan in force; None if the stored plan cannot be
    written as a file.

    Every stored plan passed the same checks when it was saved, so None means a later version of the
    app tightened a rule the old plan breaks.  The export then goes out without the file rather than
    not at all (the report's appendix still shows the plan), and the desk says it has no plan to
    pre-fill from."""
    try:
        return write_care_plan_file(record.plan, _issued_by(record), record.set_at)
    except CarePlanError:
        return None


def plan_source(issued_by: str) -> str:
    """``"entered"`` (by the patient) or ``"imported"`` (a clinician's file), from ``issued_by``."""
    return "entered" if issued_by == ENTERED_BY_PATIENT else "imported"
