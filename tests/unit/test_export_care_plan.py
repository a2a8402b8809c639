"""``care-plan.json`` in the export: the plan in force as a care-plan file the strict reader accepts,
signed with the rest; who issued it, or that the patient entered it; no file without a plan."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.domain.care_plan_file import read_care_plan_file
from companion.export.care_plan_export import (
    CARE_PLAN_NAME,
    ENTERED_BY_PATIENT,
    IMPORTED_ISSUER_UNKNOWN,
    care_plan_file_bytes,
    plan_source,
)
from companion.export.export_data import ExportData
from companion.export.manifest import parse_manifest
from companion.export.report_model import Report
from companion.export.verify import verify_export
from companion.export.writer import ExportTarget, export_files, write_export
from companion.storage.care_plans import CarePlanRecord
from tests.fixtures.export_history import CARE_PLAN, PLAN, export_history
from tests.signed_export import TestSigner

FAKE_PDF = b"%PDF-1.7\n%%EOF\n"


def fake_pdf(_report: Report) -> bytes:
    return FAKE_PDF


def test_the_plan_in_force_is_written_as_a_care_plan_file_and_signed(tmp_path: Path) -> None:
    data = export_history()
    written = write_export(data, ExportTarget(tmp_path / "export"), signer=TestSigner(bytes(32)),
                           render_pdf=fake_pdf)
    assert verify_export(written).valid
    assert CARE_PLAN_NAME in parse_manifest((written / "manifest-sha256.txt").read_bytes())
    read = read_care_plan_file((written / CARE_PLAN_NAME).read_bytes())
    assert read.plan == PLAN
    assert read.issued_by == "Dr. Rowan" == CARE_PLAN.issued_by
    assert read.issued_at == CARE_PLAN.set_at
    assert plan_source(read.issued_by) == "imported"


def test_an_export_without_a_plan_has_no_care_plan_file() -> None:
    data = dataclasses.replace(export_history(), care_plan=None)
    assert CARE_PLAN_NAME not in export_files(data, fake_pdf)


@pytest.mark.parametrize(("source", "issued_by", "written_as"), [
    ("entered", None, ENTERED_BY_PATIENT),
    ("entered", "someone", ENTERED_BY_PATIENT),
    ("imported", None, IMPORTED_ISSUER_UNKNOWN),
    ("imported", "two\nlines", IMPORTED_ISSUER_UNKNOWN),
    ("imported", "x" * 201, IMPORTED_ISSUER_UNKNOWN),
    ("imported", "  Dr. Okafor, Example Clinic ", "Dr. Okafor, Example Clinic"),
])
def test_who_issued_the_plan_is_one_line_the_reader_accepts(source: str, issued_by: str | None,
                                                            written_as: str) -> None:
    record = CarePlanRecord(3, PLAN, datetime(2026, 1, 5, 9, 0, tzinfo=UTC), source, issued_by)
    content = care_plan_file_bytes(record)
    assert content is not None
    read = read_care_plan_file(content)
    assert (read.plan, read.issued_by) == (PLAN, written_as)
    assert plan_source(read.issued_by) == source


def test_a_stored_plan_a_newer_rule_refuses_leaves_the_file_out_not_the_export() -> None:
    broken = dataclasses.replace(PLAN, dose_mg=0.0)  # as if saved before a rule this app enforces
    record = CarePlanRecord(4, broken, datetime(2026, 1, 5, 9, 0, tzinfo=UTC), "entered", None)
    assert care_plan_file_bytes(record) is None
    data: ExportData = dataclasses.replace(export_history(), care_plan=record)
    files = export_files(data, fake_pdf)
    assert CARE_PLAN_NAME not in files and "fhir/bundle.json" in files
