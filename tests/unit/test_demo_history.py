"""The demo history: realistic, deterministic, every situation the screens must show, all replayable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from companion.domain.clock import FakeClock
from companion.domain.monitoring import checkin_times
from companion.domain.session import SessionState
from companion.domain.session_events import (
    Abandoned,
    BpRechecked,
    CheckinMissed,
    ChecklistPassed,
    EndedEarly,
    HelpUsed,
    SessionEvent,
    SitterHandedOver,
    StartBlocked,
)
from companion.paths import DataPaths
from companion.storage.care_plans import CarePlanRepository
from companion.storage.demo_history import fill_demo_history
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.session_codec import event_to_json
from companion.storage.sessions import SessionRecord, SessionRepository
from companion.storage.vault import OpenVault, create_vault

NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)
PASSPHRASE = "demo test passphrase, long enough"


def _filled(base: Path, seed: int = 7) -> OpenVault:
    vault, _ = create_vault(DataPaths(base), PASSPHRASE, LIGHT_TEST_PARAMS, FakeClock(NOW))
    fill_demo_history(vault, now=NOW, seed=seed)
    return vault


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    with _filled(tmp_path_factory.mktemp("demo") / "data") as vault:
        yield vault


@pytest.fixture(scope="module")
def records(vault: OpenVault) -> list[SessionRecord]:
    repository = SessionRepository(vault.database)
    return [repository.get(summary.id) for summary in reversed(repository.list_sessions())]


def _all_events(records: list[SessionRecord]) -> list[SessionEvent]:
    return [event for record in records for event in record.session.events]


def _history(vault: OpenVault) -> list[tuple[object, ...]]:
    repository = SessionRepository(vault.database)
    rows: list[tuple[object, ...]] = []
    for summary in repository.list_sessions():
        record = repository.get(summary.id)
        rows.append((summary, [event_to_json(e) for e in record.session.events],
                     repository.checklist_answer_history(summary.id), repository.vitals(summary.id),
                     repository.baseline(summary.id)))
    return rows


def test_about_two_sessions_a_week_on_the_plan_days_all_ended(
    vault: OpenVault, records: list[SessionRecord]
) -> None:
    assert 14 <= len(records) <= 17
    assert SessionRepository(vault.database).active() is None
    for record in records:
        created = record.session.events[0].at
        assert NOW - timedelta(weeks=8, days=1) <= created and record.session.ended_at is not None
        assert record.session.ended_at < NOW
        assert created.weekday() in record.session.plan.planned_weekdays
    gaps = [b.session.events[0].at - a.session.events[0].at for a, b in pairwise(records)]
    assert all(timedelta(days=2) < gap < timedelta(days=5) for gap in gaps)


def test_two_plan_versions_and_each_session_keeps_its_own(
    vault: OpenVault, records: list[SessionRecord]
) -> None:
    newer, older = CarePlanRepository(vault.database).history()
    assert (older.source, older.issued_by, newer.source) == ("imported", "Demo clinic", "entered")
    assert newer.plan.dose_mg != older.plan.dose_mg
    used = [record.care_plan_id for record in records]
    assert used == sorted(used) and set(used) == {older.id, newer.id}


def test_the_situations_the_screens_must_show(records: list[SessionRecord]) -> None:
    states = [record.session.state for record in records]
    assert states.count(SessionState.ENDED_EARLY) == 1
    assert states.count(SessionState.ABANDONED) == 1
    assert states.count(SessionState.COMPLETED) == len(records) - 2
    events = _all_events(records)
    assert len([e for e in events if isinstance(e, CheckinMissed)]) == 1
    assert len([e for e in events if isinstance(e, ChecklistPassed) and e.cautions_acknowledged]) >= 2
    assert next(e.reason for e in events if isinstance(e, EndedEarly)).strip()
    abandoned = next(r for r in records if r.session.state is SessionState.ABANDONED)
    assert any(isinstance(e, StartBlocked) for e in abandoned.session.events)
    assert isinstance(abandoned.session.events[-1], Abandoned)
    assert any(isinstance(e, HelpUsed) for e in events)
    assert any(record.session.last_recovery_failure is not None for record in records)


def test_every_dosed_session_has_its_vitals_baseline_and_check_ins(
    vault: OpenVault, records: list[SessionRecord]
) -> None:
    repository = SessionRepository(vault.database)
    for record in records:
        session = record.session
        kinds = [v.kind for v in repository.vitals(record.id)]
        assert kinds[0] == "pre_dose"
        if session.dose_at is None:
            continue
        assert kinds.count("final") == 1
        baseline = repository.baseline(record.id)
        assert baseline is not None and 0 <= baseline.mood <= 10 and 0 <= baseline.anxiety <= 10
        assert baseline.intention is None or len(baseline.intention) <= 60
        rechecks = [e.at - session.dose_at for e in session.events if isinstance(e, BpRechecked)]
        assert rechecks and timedelta(minutes=40) <= rechecks[0] <= timedelta(minutes=43)
        assert kinds.count("recheck") == len(rechecks)
        sitter = session.sitter
        assert isinstance(sitter, SitterHandedOver)
        assert sitter.sitter_name in ("Sam (partner)", "Alex (friend)")
        settled = {c.due_at for c in session.confirmed_checkins} | {m.due_at for m in session.missed_checkins}
        assert set(checkin_times(session, session.ended_at or NOW)) <= settled  # none left unanswered
        if session.state is SessionState.COMPLETED:
            assert session.monitored is not None and session.monitored >= session.minimum_monitoring
        answers = repository.checklist_answers(record.id)
        assert "sitter_present" in answers and all(a.answered_at < session.dose_at for a in answers.values())


def test_same_seed_same_history_other_seed_other_history(tmp_path: Path, vault: OpenVault) -> None:
    with _filled(tmp_path / "again") as again:
        assert _history(again) == _history(vault)
    with _filled(tmp_path / "other", seed=8) as other:
        assert _history(other) != _history(vault)
