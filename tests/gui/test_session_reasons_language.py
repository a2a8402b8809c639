"""Why a start was blocked or a recovery check did not pass is stored with its parts, not in the day's
language: it is shown in the language the app speaks when it is read again, and the urgent reasons of a
failed recovery check are translated too (they were shown in English in a Spanish session)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from companion.domain.checklist import ItemKind
from companion.domain.clock import FakeClock
from companion.domain.vitals import BloodPressure, is_urgent
from companion.storage.vault import OpenVault
from companion.ui import language
from companion.ui.core_text import core_text
from tests.gui.conftest import Render, UnlockedWindowFactory
from tests.gui.session_helpers import SessionWalker, open_session_page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def walker(qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock,
           render: Render) -> Iterator[SessionWalker]:
    yield open_session_page(qtbot, open_unlocked_window, fake_clock, render)
    language.uninstall_language()


def _stored_reasons(walker: SessionWalker, event_type: str) -> list[object]:
    def read(vault: OpenVault) -> str:
        query = "SELECT payload_json FROM session_events WHERE type = ? ORDER BY id DESC"
        row = vault.database.execute(query, (event_type,)).fetchone()
        return str(row[0])

    payload = json.loads(str(walker.run_in_database(read)))
    reasons = payload["reasons"]
    assert isinstance(reasons, list)
    return reasons


def test_a_blocked_start_recorded_in_english_is_shown_in_spanish_after_the_language_changed(
    walker: SessionWalker,
) -> None:
    page = walker.page
    walker.stored(page.start_view.start_button.click)
    stop = next(item_id for item_id, row in page.checklist.rows().items() if row.item.kind is ItemKind.STOP)
    explanation = page.checklist.rows()[stop].item.explanation
    walker.answer_checklist(stop=stop)
    walker.stored(page.checklist.continue_button.click)
    assert page.mode.current_screen() is page.blocked
    english = str(explanation)
    assert english in page.blocked.text.text()
    stored = _stored_reasons(walker, "StartBlocked")
    assert len(stored) == 1 and isinstance(stored[0], dict)
    assert (stored[0]["text"], stored[0]["context"], stored[0]["source"]) == (
        english, explanation.context, explanation.source)  # English, with the parts to translate it

    assert language.install_language("es") == "es"  # the next start, in Spanish
    walker.stored(page.reload)
    spanish = core_text(explanation)
    assert spanish != english
    assert spanish in page.blocked.text.text() and english not in page.blocked.text.text()
    walker.render("blocked_reason_read_again_in_spanish")


def test_a_failed_recovery_check_says_its_reasons_and_urgent_ones_in_spanish(walker: SessionWalker) -> None:
    assert language.install_language("es") == "es"
    walker.stored(walker.page.reload)
    walker.pass_pre_dose()
    mode = walker.page.mode
    walker.stored(mode.dose.dose_button.click)
    for minute in (15, 30, 45, 60, 75, 90, 105, 120):
        walker.advance_to(minute)
        walker.confirm_checkin()
    walker.stored(mode.recovery_ready.start_button.click)
    not_yet = mode.recovery._not_yet[1]
    pre = mode.recovery._pre_dose
    session = walker.page.controller.snapshot.session
    assert session is not None
    for question, answer in zip(mode.recovery.questions, (True, False, True), strict=True):
        question.set_value(answer)
    walker.type_reading(mode.recovery.form, 200, 125, 80)  # at the plan's urgent level
    walker.stored(mode.recovery.finish_button.click)
    walker.tick()
    stored = _stored_reasons(walker, "RecoveryCheckFailed")
    assert stored[0] == {"text": str(not_yet), "context": "Session", "source": str(not_yet), "args": [],
                         "n": None}  # English, with its parts, whatever the language of the day
    shown = mode.urgent.reasons.text()
    assert pre is not None and session.plan is not None
    urgent = is_urgent(BloodPressure(200, 125), pre.bp, session.plan)
    assert urgent and all(core_text(reason) in shown and str(reason) not in shown for reason in urgent)
    walker.render("recovery_failed_urgent_in_spanish")
