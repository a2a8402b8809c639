"""A patient's page on the desk: two overlapping exports of one vault (weeks 1–6, then weeks 4–10 made
later) read as one timeline, each record once, with both sources listed; an export of theirs that was
changed since is named and left out, the others still shown."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.desk.desk_paths import DeskPaths
from companion.desk.export_reading import read_export
from companion.desk.export_status import ExportStatus
from companion.desk.opened_export import open_export
from companion.desk.patient_candidate import candidate_from_export
from companion.desk.timeline import merge_exports
from companion.export.verify import verify_export
from tests.desk_trust import DESK_PASSPHRASE, make_desk
from tests.desk_vault_exports import write_vault_export
from tests.export_vault import make_vault, open_test_vault
from tests.gui import desk_helpers
from tests.gui.conftest import Render
from tests.gui.desk_helpers import WAIT_MS, DeskHarness, WindowFactory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
desk_paths, desk_window = desk_helpers.desk_paths, desk_helpers.desk_window  # the fixtures

NOW = datetime(2026, 3, 20, 18, 0, tzinfo=UTC)
FIRST_DAY = (NOW - timedelta(weeks=10)).date()


@pytest.fixture(scope="module")
def two_exports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Weeks 1–6 made at NOW, and weeks 4–10 made two days later, of one vault (one key)."""
    base = make_vault(tmp_path_factory.mktemp("vault") / "data", weeks=10, journal_entries=5, now=NOW).base
    out = tmp_path_factory.mktemp("exports")
    with open_test_vault(base) as vault:
        older = write_vault_export(vault, out, start=FIRST_DAY, end=FIRST_DAY + timedelta(weeks=6, days=-1),
                                   now=NOW, export_id="0000000a")
        later = NOW + timedelta(days=2)
        newer = write_vault_export(vault, out, start=FIRST_DAY + timedelta(weeks=3), end=later.date(),
                                   now=later, export_id="0000000b")
    return older.path, newer.path


@pytest.fixture
def patient_desk(qtbot: QtBot, desk_paths: DeskPaths, desk_window: WindowFactory,
                 two_exports: tuple[Path, Path]) -> DeskHarness:
    """A desk that confirmed the patient from the older export and has opened both before."""
    older, newer = two_exports
    made = make_desk(desk_paths.base)
    patient = made.patients.add_patient(candidate_from_export(older), "Alex", confirmed=True, now=NOW)
    for path in (older, newer):
        made.patients.record_export(patient.patient_id, open_export(path, made.patients).record(NOW))
    harness = desk_window()
    screen = harness.window.unlock_screen
    qtbot.keyClicks(screen.passphrase_field.line_edit, DESK_PASSPHRASE)
    with qtbot.waitSignal(harness.window.controller.desk_opened, timeout=WAIT_MS):
        screen.unlock_button.click()
    return harness


def _show_alex(qtbot: QtBot, harness: DeskHarness) -> None:
    view = harness.window.main_view
    page = view.patients_page
    page.select_patient(page.model.patient_at(0).patient_id)
    with qtbot.waitSignal(view.export_page.banner_shown, timeout=WAIT_MS):
        page.show_button.click()


def test_two_overlapping_exports_read_as_one_timeline(qtbot: QtBot, patient_desk: DeskHarness,
                                                      two_exports: tuple[Path, Path], render: Render) -> None:
    older, newer = two_exports
    expected = merge_exports([read_export(p, verify_export(p)) for p in (older, newer)])
    _show_alex(qtbot, patient_desk)
    page = patient_desk.window.main_view.export_page
    assert page.banner.status is ExportStatus.VALID_FOR_PATIENT
    assert page.banner.heading_text() == "Verified: all 2 exports are Alex's, unchanged."
    qtbot.waitUntil(lambda: page.timeline is not None, timeout=WAIT_MS)
    timeline = page.timeline
    assert timeline is not None
    assert [s.export_id for s in timeline.sources] == ["0000000a", "0000000b"]
    assert [s.key for s in timeline.sessions] == [s.key for s in expected.sessions]  # each session once
    older_only = read_export(older, verify_export(older))
    newer_only = read_export(newer, verify_export(newer))
    assert len(timeline.sessions) < len(older_only.sessions) + len(newer_only.sessions)  # they overlap
    assert len(timeline.sessions) > max(len(older_only.sessions), len(newer_only.sessions))
    content = page.content
    assert content.session_model.rowCount() == len(expected.sessions)
    sources = content.sources_view.toPlainText()
    assert older.name in sources and newer.name in sources
    assert page.heading.text().startswith("Alex — 2 exports, ")
    assert content.tabText(0) == f"Needs attention ({sum(f.is_open for f in expected.flags)})"
    content.setCurrentIndex(5)
    render(patient_desk.window, "desk_timeline_sources")
    content.setCurrentIndex(1)
    render(patient_desk.window, "desk_timeline_scores")
    content.setCurrentIndex(0)
    render(patient_desk.window, "desk_timeline")


def test_an_export_changed_since_is_named_and_left_out(
        qtbot: QtBot, desk_paths: DeskPaths, desk_window: WindowFactory, tmp_path: Path,
        two_exports: tuple[Path, Path], render: Render) -> None:
    older, newer = (Path(shutil.copytree(p, tmp_path / p.name)) for p in two_exports)
    made = make_desk(desk_paths.base)
    patient = made.patients.add_patient(candidate_from_export(older), "Alex", confirmed=True, now=NOW)
    for path in (older, newer):
        made.patients.record_export(patient.patient_id, open_export(path, made.patients).record(NOW))
    (newer / "csv" / "sessions.csv").write_bytes(b"changed\r\n")
    harness = desk_window()
    screen = harness.window.unlock_screen
    qtbot.keyClicks(screen.passphrase_field.line_edit, DESK_PASSPHRASE)
    with qtbot.waitSignal(harness.window.controller.desk_opened, timeout=WAIT_MS):
        screen.unlock_button.click()
    _show_alex(qtbot, harness)
    page = harness.window.main_view.export_page
    assert page.banner.status is ExportStatus.ALTERED
    assert page.banner.heading_text() == "Warning: 1 of Alex's exports cannot be trusted."
    assert newer.name in page.banner.body_text() and "ALTERED" in page.banner.body_text()
    qtbot.waitUntil(lambda: page.timeline is not None, timeout=WAIT_MS)
    assert page.timeline is not None and [s.export_id for s in page.timeline.sources] == ["0000000a"]
    render(harness.window, "desk_timeline_one_altered")
