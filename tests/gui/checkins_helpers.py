"""Helpers for the Check-ins page tests: an unlocked window, a care plan, ended sessions, waiting for the
database thread, and renders that also check every visible control has an accessible name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from companion.domain.care_plan import CarePlan, Route
from companion.domain.clock import FakeClock
from companion.domain.session_events import (
    ChecklistPassed,
    ChecklistStarted,
    Completed,
    DoseTaken,
    MonitoringStarted,
    RecoveryCheckStarted,
    SitterHandedOver,
)
from companion.domain.vitals import BloodPressure
from tests.gui.conftest import Render, controls_without_accessible_names

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from companion.storage.vault import OpenVault
    from companion.ui.checkins.checkins_page import CheckinsPage
    from companion.ui.main_window import AppWindow

T = TypeVar("T")
WAIT_MS = 10_000
PLAN = CarePlan(
    medication_name="ketamine",
    dose_mg=100.0,
    route=Route.SUBLINGUAL,
    clinician_name="Dr Amara Quinn",
    clinician_phone="555 0134",
)


def add_ended_session(vault: OpenVault, begin: datetime, *, mood: int = 5, anxiety: int = 4) -> int:
    """A session walked from the checklist to completion through the repository; returns its id."""
    from companion.storage.care_plans import CarePlanRepository
    from companion.storage.sessions import SessionRepository

    plan = CarePlanRepository(vault.database).current()
    assert plan is not None
    sessions = SessionRepository(vault.database)
    session_id = sessions.create(plan, at=begin).id
    at = begin + timedelta(minutes=1)
    sessions.append(session_id, ChecklistStarted(at=at))
    sessions.save_vitals(session_id, "pre_dose", BloodPressure(120, 78), 70, at + timedelta(minutes=3))
    sessions.save_baseline(session_id, mood, anxiety, None, at + timedelta(minutes=4))
    sessions.append(session_id, ChecklistPassed(at=at + timedelta(minutes=5), cautions_acknowledged=()))
    sessions.append(session_id, SitterHandedOver(at=at + timedelta(minutes=6), sitter_name="Sam (partner)",
                                                 relationship="partner", phone="555 0172", code_hash=None))
    dose_at = at + timedelta(minutes=8)
    sessions.append(session_id, DoseTaken(at=dose_at), MonitoringStarted(at=dose_at))
    end = dose_at + timedelta(minutes=plan.plan.minimum_monitoring_minutes + 5)
    sessions.append(session_id, RecoveryCheckStarted(at=end - timedelta(minutes=2)))
    sessions.append(session_id, Completed(at=end, systolic=124, diastolic=80, heart_rate=72))
    return session_id


class CheckinsDriver:
    """One unlocked window's Check-ins page; every action waits for what was stored or read."""

    def __init__(self, qtbot: QtBot, window: AppWindow, clock: FakeClock, render: Render) -> None:
        self.qtbot, self.window, self.clock, self._render = qtbot, window, clock, render
        page = window.checkins_page
        assert page is not None
        self.page: CheckinsPage = page

    def run_in_database(self, job: Callable[[OpenVault], T]) -> T:
        results: list[T] = []
        errors: list[BaseException] = []
        self.window.controller.run_in_database(job, results.append, errors.append)
        self.qtbot.waitUntil(lambda: bool(results or errors), timeout=WAIT_MS)
        assert errors == []
        return results[0]

    def save_plan(self, plan: CarePlan = PLAN) -> None:
        from companion.storage.care_plans import CarePlanRepository

        at = self.clock.now()
        self.run_in_database(lambda vault: CarePlanRepository(vault.database).save(plan, at=at))

    def add_session(self, *, mood: int = 5, anxiety: int = 4) -> int:
        """An ended session that began now; the clock moves on to its end (plus a minute)."""
        begin = self.clock.now()
        session_id = self.run_in_database(
            lambda vault: add_ended_session(vault, begin, mood=mood, anxiety=anxiety))
        self.clock.advance(timedelta(minutes=PLAN.minimum_monitoring_minutes + 20).total_seconds())
        return session_id

    def wait_idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.page.controller.is_busy(), timeout=WAIT_MS)

    def open(self) -> None:
        """Show the Check-ins page and wait for its overview."""
        shell = self.window.main_shell()
        shell.show_page("checkins")
        self.reload()

    def reload(self) -> None:
        with self.qtbot.waitSignal(self.page.controller.overview_loaded, timeout=WAIT_MS):
            self.page.reload()
        self.wait_idle()

    def act(self, action: Callable[[], object], signal_name: str) -> list[object]:
        """Do ``action`` and wait for the controller's ``signal_name``; then for the page to be idle."""
        signal = getattr(self.page.controller, signal_name)
        with self.qtbot.waitSignal(signal, timeout=WAIT_MS) as blocker:
            action()
        self.wait_idle()
        return list(blocker.args or [])

    def render(self, name: str, widget: QWidget | None = None) -> None:
        """Save the window to tests/artifacts/<name>.png; every visible control must be named."""
        for _ in range(3):  # a label shown just now resizes its scroll area a few posted events later
            QApplication.processEvents()
        self._render(widget or self.window, name)
        unnamed = controls_without_accessible_names(self.page)
        assert unnamed == [], unnamed
