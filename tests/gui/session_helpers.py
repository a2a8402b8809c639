"""Helpers for walking the session page in GUI tests: answers, readings, waiting for stored results."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from companion.domain.care_plan import CarePlan, Route
from companion.domain.checklist import ItemKind, MedicineCategory
from companion.domain.clock import FakeClock
from tests.gui.conftest import Render, UnlockedWindowFactory, controls_without_accessible_names

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from companion.storage.vault import OpenVault
    from companion.ui.main_window import AppWindow
    from companion.ui.session.session_page import SessionPage

WAIT_MS = 10_000
SITTER_CODE = "4821"
PLAN = CarePlan(
    medication_name="ketamine",
    dose_mg=100.0,
    route=Route.SUBLINGUAL,
    clinician_name="Dr Amara Quinn",
    clinician_phone="555 0134",
    patient_address="12 Harbour Lane, Springfield",
    allergies="penicillin",
)


class SessionWalker:
    """Drives one window's session page; every step waits for what was stored."""

    def __init__(self, qtbot: QtBot, window: AppWindow, clock: FakeClock, render: Render) -> None:
        self.qtbot, self.window, self.clock, self._render = qtbot, window, clock, render
        page = window.session_page
        assert page is not None
        self.page: SessionPage = page

    def render(self, name: str) -> None:
        """Save the window to tests/artifacts/session_<name>.png; every visible control must be named."""
        self._render(self.window, f"session_{name}")
        unnamed = controls_without_accessible_names(self.page)
        assert unnamed == [], unnamed

    def stored(self, action: Callable[[], object]) -> None:
        """Do ``action`` and wait until the controller reports the stored result."""
        controller = self.page.controller
        with self.qtbot.waitSignal(controller.session_changed, timeout=WAIT_MS):
            action()
        self.qtbot.waitUntil(lambda: not controller.is_busy(), timeout=WAIT_MS)  # and anything queued

    def run_in_database(self, job: Callable[[OpenVault], object]) -> object:
        results: list[object] = []
        errors: list[BaseException] = []
        self.window.controller.run_in_database(job, results.append, errors.append)
        self.qtbot.waitUntil(lambda: bool(results or errors), timeout=WAIT_MS)
        assert errors == []
        return results[0]

    def save_plan(self, plan: CarePlan = PLAN) -> None:
        from companion.storage.care_plans import CarePlanRepository

        at = self.clock.now()
        self.run_in_database(lambda vault: CarePlanRepository(vault.database).save(plan, at=at))

    def answer_checklist(self, *, stop: str | None = None, sedatives: str = "") -> None:
        """Answer every question safely, except ``stop`` (blocking) and the sedatives item (names)."""
        for item_id, row in self.page.checklist.rows().items():
            blocking = row.item.blocking_answer
            assert blocking is not None
            wanted = blocking if item_id == stop else not blocking
            if item_id == "sedatives_stimulants_today" and sedatives:
                wanted = True
            row.choice.set_value(wanted)
            if wanted == blocking and row.item.records_names:
                row.names.setText(sedatives)
            if wanted == blocking and row.item.records_categories:
                row.categories[MedicineCategory.BENZODIAZEPINES].setChecked(True)
            if wanted == blocking and row.item.kind is ItemKind.CAUTION:
                row.acknowledge.setChecked(True)
        for box in self.page.checklist.reminders().values():
            box.setChecked(True)

    def type_reading(self, form: object, systolic: int, diastolic: int, heart_rate: int,
                     spo2: int | None = None) -> None:
        form.set_values(systolic, diastolic, heart_rate, spo2)  # type: ignore[attr-defined]

    def advance_to(self, minutes_after_dose: float) -> None:
        """Move the fake clock to that many minutes after the stored dose, then let the page look."""
        session = self.page.controller.snapshot.session
        assert session is not None and session.dose_at is not None
        target = session.dose_at + timedelta(minutes=minutes_after_dose)
        seconds = (target - self.clock.now()).total_seconds()
        assert seconds >= 0
        self.clock.advance(seconds)
        self.tick()

    def tick(self) -> None:
        """What the 1-second timer does; waits for a write if the tick caused one."""
        controller = self.page.controller
        controller.tick()
        if controller.is_busy():
            self.qtbot.waitUntil(lambda: not controller.is_busy(), timeout=WAIT_MS)
            controller.tick()

    def pass_pre_dose(self, code: str | None = SITTER_CODE) -> None:
        """From the start button to the dose screen with safe answers and a normal reading."""
        page = self.page
        self.stored(page.start_view.start_button.click)
        self.answer_checklist()
        page.checklist.continue_button.click()
        self.type_reading(page.vitals.form, 120, 78, 70, 98)
        page.vitals.continue_button.click()
        page.baseline.mood.choose(6)
        page.baseline.anxiety.choose(3)
        self.stored(page.baseline.continue_button.click)
        self.hand_over(code)

    def hand_over(self, code: str | None = SITTER_CODE) -> None:
        handover = self.page.handover
        handover.name.setText("Sam Rivera")
        handover.relationship.setText("partner")
        handover.phone.setText("555 0199")
        for box in handover.promises:
            box.setChecked(True)
        if code is not None:
            handover.code.setText(code)
            handover.code_again.setText(code)
        self.stored(handover.take_over_button.click)

    def confirm_checkin(self, all_well: bool = True, code: str = SITTER_CODE) -> None:
        """Answer the check-in on screen: "No" to the three questions, the code, then the button."""
        prompt = self.page.mode.checkin
        assert self.page.mode.current_screen() is prompt
        for question in prompt.questions:
            question.no_button.click()
        prompt.code.setText(code)
        button = prompt.well_button if all_well else prompt.worried_button
        self.stored(button.click)

    def visible_widget(self, widget: QWidget) -> bool:
        return widget.isVisibleTo(self.window)


def open_session_page(qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, clock: FakeClock,
                      render: Render) -> SessionWalker:
    """An unlocked window on the session page with the test plan saved, its chime recorded, closing
    during a session allowed (the GUI tests close windows at their end)."""
    from companion.ui.session.chime import RecordingChime

    window = open_unlocked_window()
    window.confirm_close_during_session = lambda _parent: True
    window.activateWindow()
    walker = SessionWalker(qtbot, window, clock, render)
    walker.page.mode.chime = RecordingChime()
    assert window.shell is not None
    window.shell.show_page("session")
    walker.save_plan()
    walker.stored(walker.page.reload)
    return walker
