"""History's session detail shows the session record of DESIGN.md §3 (the monitoring form's rows).

A vault holds three sessions made through the repositories: one with everything the record asks for
(lot number, SpO2 with each reading, a check-in where the patient was detached, one confirmed without
the sitter's code, a missed one, medicines by category), one as older versions stored it (no lot
number, no oximeter, check-ins without observations, medicine names without categories) and one ended
early whose recovery check did not pass. The form is read back cell by cell from the rendered
document, and rendered at 100 % and 200 % text to tests/artifacts/ to be looked at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

import pytest
from PySide6.QtGui import QTextCursor, QTextTable, QTextTableCell
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain.care_plan import CarePlan, Route
from companion.domain.checklist import OTHER_MEDICINES_ID, Answer, MedicineCategory
from companion.domain.clock import FakeClock
from companion.domain.preferences import TEXT_SCALE, THEME, Preferences
from companion.domain.session_events import (
    BpRechecked,
    CheckinConfirmed,
    CheckinMissed,
    ChecklistPassed,
    ChecklistStarted,
    Completed,
    DoseTaken,
    EndedEarly,
    MonitoringStarted,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SessionEvent,
    SitterHandedOver,
)
from companion.domain.vitals import BloodPressure
from companion.paths import DataPaths
from companion.storage.care_plans import CarePlanRecord, CarePlanRepository
from companion.storage.preferences_file import PreferencesFile
from companion.storage.sessions import SessionRepository
from companion.storage.vault import OpenVault
from companion.ui.history.history_page import HistoryPage
from companion.ui.history.session_detail import RECORD_ANCHOR, SessionDetailView
from companion.ui.history.session_table_model import SESSION_ID_ROLE
from companion.ui.main_window import AppWindow
from companion.ui.time_format import clock_text
from tests.gui.conftest import Render, UnlockedWindowFactory
from tests.gui.database_helpers import run_in_db

T = TypeVar("T")
TIMEOUT_MS = 60_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PLAN = CarePlan(medication_name="esketamine", dose_mg=56.0, route=Route.INTRANASAL,
                clinician_phone="555-0100", kit_has_oximeter=True, patient_address="12 Example Street",
                allergies="none known")
OLD_PLAN = CarePlan(medication_name="ketamine", dose_mg=62.5, route=Route.SUBLINGUAL,
                    clinician_phone="555-0100")
LOT = "LOT-2026-0415-A"
ENDED_REASON = "Strong nausea; the clinic advised stopping."


@dataclass(frozen=True)
class Made:
    full: int
    old: int
    ended: int
    dose_at: datetime  # of the full session
    spo2: tuple[tuple[datetime, int], ...]  # of the full session, in order


def _walk_to_dose(sessions: SessionRepository, plan: CarePlanRecord, begin: datetime, *, spo2: int | None,
                  medicines: Answer | None, lot: str = "") -> tuple[int, datetime]:
    session_id = sessions.create(plan, at=begin).id
    sessions.append(session_id, ChecklistStarted(at=begin + timedelta(minutes=1)))
    if medicines is not None:
        sessions.save_checklist_answer(session_id, OTHER_MEDICINES_ID, medicines)
    sessions.save_vitals(session_id, "pre_dose", BloodPressure(128, 82), 74, begin + timedelta(minutes=3),
                         spo2=spo2)
    acknowledged = (OTHER_MEDICINES_ID,) if medicines is not None and medicines.value else ()
    sessions.append(session_id, ChecklistPassed(at=begin + timedelta(minutes=5),
                                                cautions_acknowledged=acknowledged))
    sessions.append(session_id, SitterHandedOver(at=begin + timedelta(minutes=6),
                                                 sitter_name="Sam (partner)"))
    dose_at = begin + timedelta(minutes=8)
    sessions.append(session_id, DoseTaken(at=dose_at, lot_number=lot), MonitoringStarted(at=dose_at))
    return session_id, dose_at


def _append(sessions: SessionRepository, session_id: int, *events: SessionEvent) -> None:
    for event in events:
        sessions.append(session_id, event)


def make_sessions(vault: OpenVault, now: datetime) -> Made:
    plans = CarePlanRepository(vault.database)
    sessions = SessionRepository(vault.database)

    # As an older version stored it: no lot number, no oximeter, no observations, names only.
    old_plan = plans.save(OLD_PLAN, at=now - timedelta(days=10))
    begin = now - timedelta(days=7)
    names_only = Answer(True, names="zolpidem last night", acknowledged=True, answered_at=begin)
    old, dose_at = _walk_to_dose(sessions, old_plan, begin, spo2=None, medicines=names_only)

    def at(minutes: int) -> datetime:  # after the dose of the session being made (dose_at is rebound)
        return dose_at + timedelta(minutes=minutes)

    _append(sessions, old,
            CheckinConfirmed(at=at(15), due_at=at(15), all_well=True),
            BpRechecked(at=at(41), systolic=134, diastolic=84, heart_rate=80),
            RecoveryCheckStarted(at=at(121)),
            Completed(at=at(123), systolic=124, diastolic=80, heart_rate=72))
    sessions.save_vitals(old, "recheck", BloodPressure(134, 84), 80, at(41))
    sessions.save_vitals(old, "final", BloodPressure(124, 80), 72, at(123))

    # Everything the record asks for.
    plan = plans.save(PLAN, at=now - timedelta(days=5))
    begin = now - timedelta(days=3)
    medicines = Answer(True, names="lorazepam 0.5 mg", acknowledged=True, answered_at=begin,
                       categories=(MedicineCategory.BENZODIAZEPINES, MedicineCategory.OPIOIDS))
    full, dose_at = _walk_to_dose(sessions, plan, begin, spo2=97, medicines=medicines, lot=LOT)
    full_dose_at = dose_at
    calm = {"very_sleepy": False, "detached": False, "slow_breathing": False}
    _append(sessions, full,
            CheckinConfirmed(at=at(15), due_at=at(15), all_well=True, **{**calm, "detached": True}),
            CheckinConfirmed(at=at(30), due_at=at(30), all_well=True, without_code=True, **calm),
            BpRechecked(at=at(41), systolic=138, diastolic=86, heart_rate=80, spo2=94),
            CheckinMissed(at=at(48), due_at=at(45)),
            CheckinConfirmed(at=at(60), due_at=at(60), all_well=True, **calm),
            RecoveryCheckStarted(at=at(120)),
            Completed(at=at(124), systolic=126, diastolic=80, heart_rate=70, spo2=96))
    sessions.save_vitals(full, "recheck", BloodPressure(138, 86), 80, at(41), spo2=94)
    sessions.save_vitals(full, "final", BloodPressure(126, 80), 70, at(124), spo2=96)
    spo2 = ((begin + timedelta(minutes=3), 97), (at(41), 94), (at(124), 96))

    # Ended early; the recovery check afterwards did not pass (the sitter is still with the patient).
    begin = now - timedelta(days=1)
    ended, dose_at = _walk_to_dose(sessions, plan, begin, spo2=98, medicines=None)
    _append(sessions, ended,
            EndedEarly(at=at(20), reason=ENDED_REASON),
            RecoveryCheckFailed(at=at(50), reasons=("Still feels dizzy",)))
    return Made(full, old, ended, dose_at=full_dose_at, spo2=spo2)




def _cell_lines(cell: QTextTableCell) -> tuple[str, ...]:
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return tuple(cursor.selectedText().replace("\u2029", "\u2028").split("\u2028"))


def form_rows(view: SessionDetailView, *, raw: bool = False) -> dict[str, tuple[str, ...]]:
    """The record's table as shown: label → the value's lines (no-break spaces read as spaces unless
    ``raw``)."""
    tables = [frame for frame in view.document().rootFrame().childFrames() if isinstance(frame, QTextTable)]
    assert len(tables) == 1, "the detail holds one form"
    table = tables[0]
    assert table.columns() == 2
    rows: dict[str, tuple[str, ...]] = {}
    for row in range(table.rows()):
        (label,) = _cell_lines(table.cellAt(row, 0))
        values = _cell_lines(table.cellAt(row, 1))
        if raw:
            rows[label] = values
        else:
            rows[label.replace("\u00a0", " ")] = tuple(value.replace("\u00a0", " ") for value in values)
    return rows


@pytest.fixture
def made(qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock
         ) -> tuple[AppWindow, Made]:
    window = open_unlocked_window()
    now = fake_clock.now()
    return window, run_in_db(qtbot, window.controller, lambda vault: make_sessions(vault, now))


def open_session(qtbot: QtBot, window: AppWindow, session_id: int) -> HistoryPage:
    page = window.history_page
    assert isinstance(page, HistoryPage)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT_MS):
        window.main_shell().show_page("history")
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data(SESSION_ID_ROLE) == session_id)
    with qtbot.waitSignal(page.detail_loaded, timeout=TIMEOUT_MS):
        page.tabs.setCurrentWidget(page.sessions_split)
        page.table.selectRow(row)
    QApplication.processEvents()
    return page


def show_record(page: HistoryPage) -> None:
    """Give the detail most of the height (as a patient would drag the splitter) and scroll to the form."""
    total = sum(page.sessions_split.sizes())
    page.sessions_split.setSizes([total // 5, total - total // 5])
    QApplication.processEvents()
    page.detail.scrollToAnchor(RECORD_ANCHOR)
    QApplication.processEvents()


def render_whole_detail(qtbot: QtBot, page: HistoryPage, render: Render, name: str) -> None:
    """The detail at its width in the window, tall enough to show everything: every row can be seen."""
    view = SessionDetailView()
    qtbot.addWidget(view)
    view.setDocument(page.detail.document().clone(view))
    width = page.detail.width()
    view.resize(width, 400)
    view.show()
    QApplication.processEvents()
    view.resize(width, int(view.document().size().height()) + 2 * view.frameWidth() + 4)
    QApplication.processEvents()
    assert view.verticalScrollBar().maximum() == 0 and view.horizontalScrollBar().maximum() == 0
    render(view, name)
    view.close()


def test_the_detail_shows_every_field_of_the_record(
    qtbot: QtBot, made: tuple[AppWindow, Made], render: Render
) -> None:
    window, sessions = made
    window.resize(1280, 800)
    page = open_session(qtbot, window, sessions.full)
    rows = form_rows(page.detail)
    dose_at = sessions.dose_at
    assert rows["Medication"] == ("esketamine",)
    assert rows["Dose"] == ("56 mg",)
    assert rows["Route"] == ("Nasal spray (intranasal)",)
    assert rows["Lot number"] == (LOT,)
    assert rows["Time of dose"] == (clock_text(dose_at),)
    assert rows["Total time monitored"] == ("124 minutes",)
    ready_at = clock_text(dose_at + timedelta(minutes=124))
    assert rows["Ready to be left at (recovery check passed)"] == (ready_at,)
    assert rows["Vital signs acceptable before the dose"] == ("Yes",)
    assert rows["Vital signs acceptable at the end"] == ("Yes",)
    assert rows["Blood pressure before the dose"][0].startswith("128/82 mmHg, heart rate 74, at ")
    assert rows["Blood pressure at 40 minutes"] == (
        f"138/86 mmHg, heart rate 80, at {clock_text(dose_at + timedelta(minutes=41))}",)
    assert rows["Blood pressure at the end"] == (
        f"126/80 mmHg, heart rate 70, at {clock_text(dose_at + timedelta(minutes=124))}",)
    assert rows["Oxygen level (SpO2), lowest"] == ("94 %",)
    raw = form_rows(page.detail, raw=True)  # a number stays on one line with its unit
    assert raw["Dose"] == ("56\u00a0mg",) and raw["Oxygen level (SpO2), lowest"] == ("94\u00a0%",)
    assert raw["Blood pressure at the end"][0].startswith("126/80\u00a0mmHg, ")
    assert rows["Oxygen level (SpO2), each reading"] == tuple(
        f"{value} % at {clock_text(at)}" for at, value in sessions.spo2)
    assert rows["Very sleepy or hard to wake at a check-in (sedation)"] == ("No",)
    assert rows["Detached or confused at a check-in (dissociation)"] == ("Yes",)
    assert rows["Breathing slowly or shallowly at a check-in"] == ("No",)
    assert rows["Other medicines today"] == ("Benzodiazepines", "Opioids", "Named: lorazepam 0.5 mg")
    assert rows["Sitter check-ins confirmed"] == ("3",)
    assert rows["Sitter check-ins missed"] == ("1",)
    assert rows["Confirmed without the sitter's code"] == ("1",)
    assert "Ended early, because" not in rows
    text = page.detail.toPlainText()
    assert "check-in confirmed without the sitter's code" in text  # "What happened", in words
    assert "confirmed without code" not in text  # not the stored note's id
    assert page.detail.horizontalScrollBar().maximum() == 0
    show_record(page)
    render(window, "history_session_record_in_window")
    render_whole_detail(qtbot, page, render, "history_session_record")


def test_an_old_session_says_what_was_not_recorded(
    qtbot: QtBot, made: tuple[AppWindow, Made]
) -> None:
    window, sessions = made
    page = open_session(qtbot, window, sessions.old)
    rows = form_rows(page.detail)
    assert all(all(line.strip() for line in values) for values in rows.values()), rows  # nothing blank
    assert rows["Dose"] == ("62.5 mg",) and rows["Route"] == ("Under the tongue (sublingual)",)
    assert rows["Lot number"] == ("not recorded",)
    assert rows["Oxygen level (SpO2)"] == ("No oximeter in the kit",)
    assert "Oxygen level (SpO2), lowest" not in rows
    for label in ("Very sleepy or hard to wake at a check-in (sedation)",
                  "Detached or confused at a check-in (dissociation)",
                  "Breathing slowly or shallowly at a check-in"):
        assert rows[label] == ("not asked",)
    assert rows["Other medicines today"] == ("Yes (categories not recorded)", "Named: zolpidem last night")
    assert rows["Sitter check-ins confirmed"] == ("1",)
    assert rows["Confirmed without the sitter's code"] == ("0",)
    assert rows["Blood pressure at 40 minutes"][0].startswith("134/84 mmHg")


def test_an_early_end_says_why_and_that_the_recovery_check_did_not_pass(
    qtbot: QtBot, made: tuple[AppWindow, Made]
) -> None:
    window, sessions = made
    page = open_session(qtbot, window, sessions.ended)
    rows = form_rows(page.detail)
    assert rows["Ended early, because"] == (ENDED_REASON,)
    assert rows["Ready to be left at (recovery check passed)"][0].startswith("Did not pass (last tried at ")
    assert rows["Total time monitored"] == ("20 minutes",)
    assert rows["Other medicines today"] == ("not recorded",)  # never answered
    assert rows["Vital signs acceptable at the end"] == ("not measured",)
    assert rows["Blood pressure at 40 minutes"] == ("not measured",)
    assert rows["Blood pressure at the end"] == ("not measured",)
    assert rows["Oxygen level (SpO2), each reading"] == (rows["Oxygen level (SpO2), each reading"][0],)
    assert rows["Sitter check-ins confirmed"] == ("0",)


@pytest.fixture
def large_text(data_paths: DataPaths, request: pytest.FixtureRequest) -> str:
    theme: str = request.param
    data_paths.base.mkdir(parents=True, exist_ok=True)
    PreferencesFile(data_paths.preferences_file).save(
        Preferences().with_value(THEME, theme).with_value(TEXT_SCALE, 200))
    return "" if theme == "light" else f"_{theme}"


@pytest.mark.parametrize("large_text", ["light", "high_contrast"], indirect=True)
def test_the_record_wraps_at_200_percent_text_in_a_small_window(
    qtbot: QtBot, large_text: str, made: tuple[AppWindow, Made], render: Render
) -> None:
    window, sessions = made
    window.resize(1024, 768)
    page = open_session(qtbot, window, sessions.full)
    show_record(page)
    detail = page.detail
    assert detail.horizontalScrollBar().maximum() == 0, "nothing is cut off or pushed sideways"
    assert detail.document().size().width() <= detail.viewport().width() + 1
    assert form_rows(detail)["Lot number"] == (LOT,)
    render(window, f"history_session_record_200{large_text}_in_window")
    render_whole_detail(qtbot, page, render, f"history_session_record_200{large_text}")
