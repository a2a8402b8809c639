"""Child for test_session_kill: run sessions through the repositories forever, on a fast fake clock.

Usage: python _session_child.py <vault.db> <raw key hex> <seed>. The vault already has the schema and
a care plan. The child resumes the active session (or starts one), takes one step at a time as the
session screen would, and reports each step on stdout only after its transaction committed:

    ready
    event <session id> <seq> <type> <payload json>     one line per stored event
    answer <session id> <item id>
    vitals <session id> <kind>
    baseline <session id>

Its clock starts one second after the newest time stored in the vault (the app was closed in between)
and moves forward in random steps. The parent SIGKILLs it at a random moment.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

from companion.domain.checklist import Answer, build_checklist
from companion.domain.clock import FakeClock
from companion.domain.monitoring import (
    bp_rechecks_due,
    checkin_to_confirm,
    overdue_checkins,
    recovery_check_due,
)
from companion.domain.session import SessionState
from companion.domain.session_events import (
    Abandoned,
    BpRechecked,
    CheckinConfirmed,
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
    StartBlocked,
)
from companion.domain.vitals import BloodPressure
from companion.storage.care_plans import CarePlanRepository
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.session_codec import event_to_json, parse_time
from companion.storage.sessions import SessionRecord, SessionRepository

START = datetime.fromisoformat("2026-02-02T09:00:00+00:00")


def report(line: str) -> None:
    os.write(1, (line + "\n").encode())


class Runner:
    def __init__(self, database: Database, rng: random.Random) -> None:
        self.database = database
        self.rng = rng
        self.sessions = SessionRepository(database)
        self.plans = CarePlanRepository(database)
        newest = database.execute(
            "SELECT max(t) FROM (SELECT max(at) AS t FROM session_events UNION ALL "
            "SELECT max(created_at) FROM sessions)"
        ).fetchone()[0]
        start = START if newest is None else parse_time(newest) + timedelta(seconds=1)
        self.clock = FakeClock(start)

    def now(self, low: float, high: float) -> datetime:
        self.clock.advance(self.rng.uniform(low, high))
        return self.clock.now()

    def append(self, record: SessionRecord, *events: SessionEvent) -> None:
        first = len(record.session.events) + 1
        self.sessions.append(record.id, *events)
        for offset, event in enumerate(events):
            report(f"event {record.id} {first + offset} {' '.join(event_to_json(event))}")

    def step(self) -> None:
        record = self.sessions.active()
        if record is None:
            plan = self.plans.current()
            assert plan is not None
            self.sessions.create(plan, at=self.now(30, 600))
            return
        state = record.session.state
        if state is SessionState.PLANNED:
            self.append(record, ChecklistStarted(at=self.now(1, 20)))
        elif state is SessionState.CHECKLIST:
            self.checklist(record)
        elif state is SessionState.HANDED_OVER:
            at = self.now(10, 120)
            self.append(record, DoseTaken(at=at), MonitoringStarted(at=at))
        elif state is SessionState.DOSED:  # never stored alone, but a resume must still go on
            self.append(record, MonitoringStarted(at=self.now(0, 1)))
        elif state is SessionState.MONITORING:
            self.monitoring(record)
        elif state is SessionState.RECOVERY_CHECK:
            at = self.now(20, 200)
            if self.rng.random() < 0.3:
                self.append(record, RecoveryCheckFailed(at=at, reasons=("Not walking steadily yet.",)))
            else:
                self.append(record, Completed(at=at, systolic=self.rng.randint(110, 135), diastolic=78,
                                              heart_rate=72))

    def checklist(self, record: SessionRecord) -> None:
        session = record.session
        if any(isinstance(e, StartBlocked) for e in session.events):
            self.append(record, Abandoned(at=self.now(30, 300), reason="Rescheduled after a call."))
            return
        if session.checklist_passed:
            self.append(record, SitterHandedOver(at=self.now(20, 200), sitter_name="Sam (partner)"))
            return
        answers = self.sessions.checklist_answers(record.id)
        for item in build_checklist(session.plan):
            if item.id not in answers:
                value = True if item.blocking_answer is None else not item.blocking_answer
                answer = Answer(value, answered_at=self.now(1, 30))
                self.sessions.save_checklist_answer(record.id, item.id, answer)
                report(f"answer {record.id} {item.id}")
                return
        if not self.sessions.vitals(record.id):
            bp = BloodPressure(self.rng.randint(110, 170), self.rng.randint(70, 95))
            self.sessions.save_vitals(record.id, "pre_dose", bp, 70, self.now(10, 60))
            report(f"vitals {record.id} pre_dose")
            return
        if self.sessions.baseline(record.id) is None:
            self.sessions.save_baseline(record.id, 5, 4, "Go gently.", self.now(10, 60))
            report(f"baseline {record.id}")
            return
        if self.rng.random() < 0.1:
            reasons = ("Blood pressure above the limit.",)
            self.append(record, StartBlocked(at=self.now(5, 30), reasons=reasons))
        else:
            self.append(record, ChecklistPassed(at=self.now(5, 30)))

    def monitoring(self, record: SessionRecord) -> None:
        session = record.session
        now = self.now(20, 400)
        if self.rng.random() < 0.005:
            self.append(record, EndedEarly(at=now, reason="Nausea."))
        elif overdue_checkins(session, now):
            before = len(session.events)
            stored = self.sessions.record_overdue_checkins(record.id, now)
            for seq, event in enumerate(stored.session.events[before:], start=before + 1):
                report(f"event {record.id} {seq} {' '.join(event_to_json(event))}")
        elif bp_rechecks_due(session, now):
            self.append(record, BpRechecked(at=now, systolic=self.rng.randint(110, 150), diastolic=80,
                                            heart_rate=75))
        elif (due_at := checkin_to_confirm(session, now)) is not None and self.rng.random() < 0.85:
            self.append(record, CheckinConfirmed(at=now, due_at=due_at, all_well=self.rng.random() < 0.95))
        elif (ready := recovery_check_due(session)) is not None and ready <= now:
            self.append(record, RecoveryCheckStarted(at=now))


def main() -> None:
    path, key_hex, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    database = Database.open(path, DataKey(bytes.fromhex(key_hex)))
    runner = Runner(database, random.Random(seed))
    report("ready")
    while True:
        runner.step()


if __name__ == "__main__":
    main()
