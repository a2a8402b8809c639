"""SIGKILL a process running sessions at random moments, then reopen and replay (issue #3, crash and restart).

One vault is reused across all runs, as a real computer would: each child resumes the session the
previous kill left behind. After each kill the parent checks that

* every step the child reported (after its commit) is stored exactly: events byte for byte at their
  sequence number, checklist answers, vitals and baseline; the stored history replays;
* the elapsed time since the dose, for a given ``now``, matches the dose time the child reported;
* check-ins that fell due while the app was "closed" are recorded as missed, each exactly once, even
  when ``record_overdue_checkins`` is called twice.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.care_plan import CarePlan
from companion.domain.monitoring import checkin_times, elapsed_since_dose, overdue_checkins
from companion.domain.session import SessionState
from companion.domain.session_events import DoseTaken
from companion.storage.care_plans import CarePlanRepository
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.migrations import apply_migrations
from companion.storage.session_codec import event_from_json, event_to_json, parse_time
from companion.storage.sessions import SessionRepository
from tests.reliability.conftest import ReliabilityFigure

RUNS = 40
SEED = 20260303
CHILD = Path(__file__).with_name("_session_child.py")
PLAN = CarePlan(dose_mg=50.0, clinician_phone="555-0100")


@dataclass
class Reported:
    events: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)  # (session, seq) -> row
    answers: Counter[tuple[int, str]] = field(default_factory=Counter)
    vitals: Counter[tuple[int, str]] = field(default_factory=Counter)
    baselines: set[int] = field(default_factory=set)

    def add(self, line: str) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "event":
            session_id, seq, type_name, payload = rest.split(" ", 3)
            self.events[(int(session_id), int(seq))] = (type_name, payload)
        elif kind == "answer":
            session_id, item_id = rest.split(" ")
            self.answers[(int(session_id), item_id)] += 1
        elif kind == "vitals":
            session_id, vitals_kind = rest.split(" ")
            self.vitals[(int(session_id), vitals_kind)] += 1
        elif kind == "baseline":
            self.baselines.add(int(rest))
        else:
            assert line == "ready", line


def _run_child_and_kill(path: Path, key: DataKey, rng: random.Random) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), key.raw.hex(), str(rng.randrange(2**32))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    try:
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0.0, 0.1))  # sometimes while it is still starting or opening
            first = b""
        else:
            first = child.stdout.readline()  # "ready": the kill then lands among the steps
            time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        errors = child.stderr.read()
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL, f"the child stopped on its own: {errors.decode()[-2000:]}"
    lines = (first + rest).decode().split("\n")[:-1]  # a line cut by the kill was never fully reported
    return [line for line in lines if line]


def _check_reported_steps_are_stored(database: Database, reported: Reported) -> None:
    rows = database.execute("SELECT session_id, seq, type, payload_json FROM session_events").fetchall()
    stored = {(int(r[0]), int(r[1])): (str(r[2]), str(r[3])) for r in rows}
    lost = [key for key, row in reported.events.items() if stored.get(key) != row]
    assert not lost, f"{len(lost)} reported events were lost or changed"
    answers = Counter(
        (int(r[0]), str(r[1])) for r in database.execute("SELECT session_id, item_id FROM checklist_answers")
    )
    assert all(answers[key] >= count for key, count in reported.answers.items())
    rows = database.execute("SELECT session_id, kind FROM vital_signs").fetchall()
    vitals = Counter((int(r[0]), str(r[1])) for r in rows)
    assert all(vitals[key] >= count for key, count in reported.vitals.items())
    baselines = {int(r[0]) for r in database.execute("SELECT session_id FROM session_baseline")}
    assert reported.baselines <= baselines


def _check_replay(repository: SessionRepository, reported: Reported) -> None:
    sessions = {sid: repository.get(sid).session for sid, _ in reported.events}  # a broken history raises
    for (session_id, seq), row in reported.events.items():
        assert sessions[session_id].events[seq - 1] == event_from_json(*row)


def _reported_dose_at(reported: Reported, session_id: int) -> datetime | None:
    for (sid, _), (type_name, payload) in reported.events.items():
        if sid == session_id and type_name == "DoseTaken":
            event = event_from_json(type_name, payload)
            assert isinstance(event, DoseTaken)
            return event.at
    return None


def _check_resume(repository: SessionRepository, reported: Reported, rng: random.Random) -> int:
    """Elapsed time and missed check-ins after a restart; returns how many were recorded missed."""
    record = repository.active()
    if record is None or record.session.dose_at is None:
        return 0
    session = record.session
    last = session.last_event_at
    assert last is not None
    closed_for = timedelta(seconds=rng.uniform(0, 50 * 60))
    now = last + closed_for
    dose_at = _reported_dose_at(reported, record.id) or session.dose_at
    assert abs(elapsed_since_dose(session, now) - (now - dose_at)) <= timedelta(seconds=1)
    if session.state is not SessionState.MONITORING:
        return 0
    before = len(session.events)
    after = repository.record_overdue_checkins(record.id, now)
    again = repository.record_overdue_checkins(record.id, now)  # calling twice records nothing twice
    assert again == after == repository.get(record.id)
    grace = timedelta(minutes=session.plan.checkin_grace_minutes)
    missed = Counter(m.due_at for m in after.session.missed_checkins)
    confirmed = {c.due_at for c in after.session.confirmed_checkins}
    assert all(count == 1 for count in missed.values()), "a check-in was recorded missed twice"
    for due_at in checkin_times(after.session, now):
        if due_at + grace <= now:
            assert due_at in confirmed or due_at in missed, "a check-in that fell due was dropped"
    assert overdue_checkins(after.session, now) == []
    assert all(e.at == now for e in after.session.events[before:])
    for seq, event in enumerate(after.session.events[before:], start=before + 1):
        reported.events[(record.id, seq)] = event_to_json(event)  # committed: must survive later kills
    return len(after.session.events) - before


@pytest.mark.slow
def test_killed_session_resumes_with_its_history_elapsed_time_and_missed_checkins(
    tmp_path: Path, reliability_figure: ReliabilityFigure
) -> None:
    path = tmp_path / "vault.db"
    key = DataKey.generate()
    with Database.create(path, key) as database:
        apply_migrations(database)
        CarePlanRepository(database).save(PLAN, at=parse_time("2026-02-01T09:00:00.000000+00:00"))
    rng = random.Random(SEED)
    reported = Reported()
    runs_with_steps = 0
    recorded_missed = 0
    for _ in range(RUNS):
        lines = _run_child_and_kill(path, key, rng)
        runs_with_steps += len(lines) > 1
        for line in lines:
            reported.add(line)
        with Database.open(path, key) as database:  # the integrity checks run inside open
            assert database.integrity_problems() == []
            _check_reported_steps_are_stored(database, reported)
            repository = SessionRepository(database)
            _check_replay(repository, reported)
            recorded_missed += _check_resume(repository, reported, rng)
            states = [summary.state for summary in repository.list_sessions()]
        assert sum(state not in (SessionState.COMPLETED, SessionState.ENDED_EARLY, SessionState.ABANDONED)
                   for state in states) <= 1
    # The kills really landed among the steps, sessions went all the way, and resumes found check-ins.
    assert runs_with_steps >= RUNS // 2
    assert len(reported.events) > 100
    assert SessionState.COMPLETED in states
    assert recorded_missed > 0
    reliability_figure("kills", RUNS, "SIGKILLs of a process running sessions")
    reliability_figure("committed rows", len(reported.events), "reported events, checked after every kill")
    reliability_figure("lost rows", 0, "(any lost or changed event fails the check after its kill)")
