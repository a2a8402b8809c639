"""The read models of Today, History and Check-ins without Qt, on a demo history at a fixed clock, and
Today's two saves (a quick mood, a flag discussed)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.demo.demo_history import fill_demo_history
from companion.domain.clock import FakeClock
from companion.domain.instruments import Instrument
from companion.paths import DataPaths
from companion.services.checkins_state import load_overview
from companion.services.history import load_history, load_session_detail
from companion.services.session_snapshot import load_snapshot
from companion.services.today import load_today, local_midnight, mark_flag_discussed, save_quick_mood
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.sessions import SessionRepository
from companion.storage.vault import OpenVault, create_vault

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[OpenVault]:
    vault, _recovery = create_vault(DataPaths(tmp_path / "demo"), "correct horse battery staple",
                                    LIGHT_TEST_PARAMS, FakeClock(NOW))
    with vault:
        fill_demo_history(vault, now=NOW)
        yield vault


def test_today_shows_the_plan_the_flags_and_the_latest_scores(demo: OpenVault) -> None:
    today = load_today(demo, NOW)
    assert today.plan is not None and today.active_session is None
    assert {record.instrument for record in today.latest_scores} == {Instrument.PHQ9, Instrument.GAD7}
    for record in today.latest_scores:
        first = today.baseline_for(record.instrument)
        assert first == QuestionnaireRepository(demo.database).baseline(record.instrument)
    assert today.open_flags and today.flags[0].flag.severity.rank <= today.flags[-1].flag.severity.rank


def test_a_flag_marked_discussed_stays_but_is_no_longer_open(demo: OpenVault) -> None:
    before = load_today(demo, NOW)
    key = before.open_flags[0].flag.key
    mark_flag_discussed(demo, key, at=NOW)
    after = load_today(demo, NOW)
    assert key in {view.flag.key for view in after.flags}
    assert key not in {view.flag.key for view in after.open_flags}
    assert len(after.open_flags) == len(before.open_flags) - 1


def test_a_quick_mood_is_among_today_s_moods(demo: OpenVault) -> None:
    record = save_quick_mood(demo, 6, "", at=NOW - timedelta(minutes=5))
    assert (record.mood, record.note) == (6, None)  # no note is None, not ""
    today = load_today(demo, NOW)
    assert record in today.moods_today
    assert all(mood.recorded_at >= local_midnight(NOW) for mood in today.moods_today)


def test_history_has_a_row_per_session_and_every_score(demo: OpenVault) -> None:
    history = load_history(demo)
    sessions = SessionRepository(demo.database).list_sessions()
    assert [row.id for row in history.sessions] == sorted(summary.id for summary in sessions)
    assert len(history.scores[Instrument.PHQ9]) == len(QuestionnaireRepository(demo.database).history(
        Instrument.PHQ9))
    row = next(row for row in history.sessions if row.final is not None)
    detail = load_session_detail(demo, row)
    assert detail.row == row and detail.checklist and detail.vitals
    assert detail.record == SessionRepository(demo.database).session_record(row.id)


def test_check_ins_and_the_session_page_read_the_same_vault(demo: OpenVault) -> None:
    overview = load_overview(demo, NOW)
    assert overview.has_plan and overview.latest_session is not None
    assert {status.instrument for status in overview.questionnaires} == {Instrument.PHQ9, Instrument.GAD7}
    snapshot = load_snapshot(demo, NOW)  # every demo session has ended
    assert snapshot.plan is not None and snapshot.record is None
