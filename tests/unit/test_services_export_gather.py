"""What an export gathers: everything of its period (local days, both ends included), through the same
repositories and flag engine as Today and History; sections left out stay empty, flags never do; a
journal entry leaves only when shared and opted in. The defaults: since the last export, its name.

The local time zone is set to one far from UTC for this module, so a local day is not a UTC day.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import pytest

from companion.demo.demo_history import fill_demo_history
from companion.demo.demo_journal import fill_demo_journal
from companion.domain.care_plan import CarePlan
from companion.domain.clock import FakeClock
from companion.domain.instruments import Instrument, score
from companion.domain.journal import EntryContent
from companion.domain.session_events import Abandoned, ChecklistStarted
from companion.export.export_data import ALL_SECTIONS, ExportData, ExportOptions, ExportPeriod, Section
from companion.paths import DataPaths
from companion.services.export_gather import (
    default_period,
    gather_export_data,
    last_patient_name,
    remember_export,
)
from companion.services.history import load_history, load_session_detail
from companion.storage.attention import current_flags
from companion.storage.care_plans import CarePlanRepository
from companion.storage.checkins import CheckinRepository
from companion.storage.exports import ExportKind
from companion.storage.journal import EntryFilter, JournalRepository
from companion.storage.kdf import LIGHT_TEST_PARAMS
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.sessions import SessionRepository
from companion.storage.vault import OpenVault, create_vault

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # a Monday; the demo's eight weeks end here
ZONE = "America/Chicago"  # UTC-6 in winter: the demo's 15:00 UTC sessions are at 09:00 local
EVERYTHING = ExportPeriod(date(2025, 12, 1), date(2026, 3, 2))
CANARY_SHARED = "canary-7c1e shared"
CANARY_PRIVATE = "canary-91ab private"


@pytest.fixture(scope="module", autouse=True)
def _local_zone() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = ZONE
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, _local_zone: None) -> Iterator[OpenVault]:
    """The demo history and journal at a fixed clock, plus one shared and one private canary entry."""
    clock = FakeClock(NOW)
    paths = DataPaths(tmp_path_factory.mktemp("demo"))
    vault, _recovery = create_vault(paths, "correct horse battery staple", LIGHT_TEST_PARAMS, clock)
    with vault:
        fill_demo_history(vault, now=NOW)
        fill_demo_journal(vault, count=400, now=NOW)
        journal = JournalRepository(vault.database)
        shared = journal.create(EntryContent(title="Shared", body=CANARY_SHARED), at=NOW - timedelta(days=3))
        journal.set_shared(shared.id, True)
        journal.create(EntryContent(title="Private", body=CANARY_PRIVATE), at=NOW - timedelta(days=3))
        yield vault


def _gather(vault: OpenVault, period: ExportPeriod = EVERYTHING, *,
            sections: frozenset[Section] = ALL_SECTIONS, include_journal: bool = False,
            patient_name: str = "") -> ExportData:
    options = ExportOptions(period, sections, include_journal, patient_name)
    return gather_export_data(vault, options, now=NOW, export_id="t3st1d", app_version="0.1.0",
                              key_fingerprint="SHA256:abc")


def _local(day: date, hour: int, minute: int = 0, second: int = 0, micro: int = 0) -> datetime:
    """An aware moment at a local wall-clock time (in the module's zone)."""
    return datetime.combine(day, clock_time(hour, minute, second, micro)).astimezone()


def _texts(data: ExportData) -> str:
    return "\n".join(f"{entry.content.title}\n{entry.content.body}" for entry in data.journal)


def test_the_whole_history_counts_as_the_vault_does(demo: OpenVault) -> None:
    data = _gather(demo, include_journal=True)
    database = demo.database
    sessions = SessionRepository(database).list_sessions()
    assert len(data.sessions) == len(sessions) > 10
    assert [s.id for s in data.sessions] == sorted(s.id for s in sessions)  # oldest first
    assert len(data.questionnaires) == len(QuestionnaireRepository(database).history()) > 10
    assert len(data.daily_moods) == len(CheckinRepository(database).daily_moods()) > 0
    shared = JournalRepository(database).count(EntryFilter(shared_only=True))
    assert len(data.journal) == shared > 5 and all(entry.shared for entry in data.journal)
    plan = CarePlanRepository(database).current()
    assert plan is not None and data.care_plan == plan
    first = min(record.set_at for record in CarePlanRepository(database).history())
    assert data.care_plan_since == first.astimezone(NOW.tzinfo).date()  # page 1 plans from that day on
    flags = current_flags(database, plan.plan, NOW)
    assert data.flags == tuple(flags) and len(flags) > 3
    logs = sum(1 for s in data.sessions if s.post_session_log is not None)
    assert logs == database.execute("SELECT count(*) FROM post_session_logs").fetchone()[0]
    next_days = sum(1 for s in data.sessions if s.next_day is not None)
    assert next_days == database.execute("SELECT count(*) FROM next_day_checkins").fetchone()[0]
    vitals = sum(len(s.vitals) for s in data.sessions)
    assert vitals == database.execute("SELECT count(*) FROM vital_signs").fetchone()[0]
    assert data.has_data() and data.generated_at == NOW
    assert data.generated_at.utcoffset() == timedelta(hours=-6)  # the patient's local offset
    assert data.export_id == "t3st1d" and data.key_fingerprint == "SHA256:abc"


def test_a_session_holds_what_history_shows_of_it(demo: OpenVault) -> None:
    data = _gather(demo)
    rows = {row.id: row for row in load_history(demo).sessions}
    for exported in data.sessions:
        detail = load_session_detail(demo, rows[exported.id])
        assert exported.record.session == detail.session and exported.monitoring == detail.record
        assert exported.vitals == detail.vitals and exported.baseline == detail.baseline
        assert exported.answers == tuple((item_id, answer) for _item, item_id, answer in detail.checklist)
        assert (exported.post_session_log, exported.next_day) == (detail.post_session_log,
                                                                   detail.next_day_checkin)


def test_a_shorter_period_holds_exactly_the_records_made_on_its_local_days(demo: OpenVault) -> None:
    period = ExportPeriod(date(2026, 1, 20), date(2026, 2, 9))
    data = _gather(demo, period, include_journal=True)

    def inside(moment: datetime) -> bool:
        return period.start <= moment.astimezone().date() <= period.end

    database = demo.database
    assert [s.id for s in data.sessions] == sorted(
        s.id for s in SessionRepository(database).list_sessions() if inside(s.created_at))
    assert 3 <= len(data.sessions) < len(_gather(demo).sessions)
    assert [q.id for q in data.questionnaires] == [
        q.id for q in QuestionnaireRepository(database).history() if inside(q.completed_at)]
    assert [m.id for m in data.daily_moods] == [
        m.id for m in CheckinRepository(database).daily_moods() if inside(m.recorded_at)]
    assert all(inside(entry.created_at) for entry in data.journal) and data.journal
    plan = CarePlanRepository(database).current()
    assert plan is not None
    expected_flags = [view for view in current_flags(database, plan.plan, NOW) if inside(view.flag.raised_at)]
    assert list(data.flags) == expected_flags
    ranks = [view.flag.severity.rank for view in data.flags]
    assert ranks == sorted(ranks)  # most severe first
    # The baseline of each instrument is the first one ever, from before the period.
    assert {q.instrument for q in data.baseline_questionnaires} == {Instrument.PHQ9, Instrument.GAD7}
    assert all(q.completed_at.astimezone().date() < period.start for q in data.baseline_questionnaires)


def test_sections_left_out_stay_empty_but_the_flags_never_do(demo: OpenVault) -> None:
    only_questionnaires = _gather(demo, sections=frozenset({Section.QUESTIONNAIRES}), include_journal=True)
    assert only_questionnaires.questionnaires and only_questionnaires.baseline_questionnaires
    assert (only_questionnaires.sessions, only_questionnaires.daily_moods, only_questionnaires.journal) == (
        (), (), ())
    assert only_questionnaires.flags == _gather(demo).flags
    sessions_only = _gather(demo, sections=frozenset({Section.SESSIONS}))
    assert sessions_only.sessions and sessions_only.questionnaires == ()
    assert all(s.post_session_log is None and s.next_day is None for s in sessions_only.sessions)
    nothing = _gather(demo, sections=frozenset())
    assert not nothing.has_data() and nothing.flags and nothing.care_plan is not None


def test_a_journal_entry_leaves_only_when_shared_and_opted_in(demo: OpenVault) -> None:
    opted_in = _texts(_gather(demo, include_journal=True))
    assert CANARY_SHARED in opted_in and CANARY_PRIVATE not in opted_in
    for data in (_gather(demo), _gather(demo, include_journal=True, sections=frozenset({Section.SESSIONS}))):
        assert data.journal == () and CANARY_SHARED not in _texts(data)


def test_the_last_local_day_is_in_up_to_its_last_instant_and_the_next_one_is_not(
    open_vault: OpenVault,
) -> None:
    first, last = date(2026, 2, 2), date(2026, 2, 8)
    moods = CheckinRepository(open_vault.database)
    moments = {
        "before": _local(first - timedelta(days=1), 23, 59, 59, 999_999),
        "first": _local(first, 0, 0),
        "last 23:59": _local(last, 23, 59),
        "last instant": _local(last, 23, 59, 59, 999_999),
        "after": _local(last + timedelta(days=1), 0, 0),
    }
    for mood, at in enumerate(moments.values()):
        moods.save_daily_mood(mood, None, at=at)
    phq9 = score(Instrument.PHQ9, [1, 1, 1, 1, 1, 1, 1, 1, 0])
    questionnaires = QuestionnaireRepository(open_vault.database)
    journal = JournalRepository(open_vault.database)
    for name, at in moments.items():
        questionnaires.save(phq9, at=at)
        entry = journal.create(EntryContent(title=name, body=f"written {name}"), at=at)
        journal.set_shared(entry.id, True)
    plan = CarePlanRepository(open_vault.database).save(CarePlan(dose_mg=50.0, clinician_phone="555-0100"),
                                                         at=moments["before"] - timedelta(days=1))
    sessions = SessionRepository(open_vault.database)
    for at in (moments["before"], moments["last 23:59"]):
        sessions.create(plan, at=at)
        created = sessions.active()
        assert created is not None
        sessions.append(created.id, ChecklistStarted(at=at), Abandoned(at=at, reason="test"))
    data = _gather(open_vault, ExportPeriod(first, last), include_journal=True)
    kept = ["first", "last 23:59", "last instant"]
    assert [mood.recorded_at for mood in data.daily_moods] == [moments[name] for name in kept]
    assert [q.completed_at for q in data.questionnaires] == [moments[name] for name in kept]
    assert [entry.content.title for entry in data.journal] == kept
    assert [s.record.session.events[0].at for s in data.sessions] == [moments["last 23:59"]]


def test_the_default_period_runs_from_the_first_record_then_from_after_the_last_export(
    open_vault: OpenVault, tmp_path: Path
) -> None:
    today = date(2026, 3, 2)
    assert default_period(open_vault, today) == ExportPeriod(today, today)
    assert last_patient_name(open_vault) == ""
    CheckinRepository(open_vault.database).save_daily_mood(5, None, at=_local(date(2026, 1, 10), 0, 30))
    assert default_period(open_vault, today) == ExportPeriod(date(2026, 1, 10), today)
    data = _gather(open_vault, ExportPeriod(date(2026, 1, 10), date(2026, 2, 14)), patient_name="Jo R.")
    record = remember_export(open_vault, data, ExportKind.ZIP)
    assert (record.id, record.period_end, record.kind) == ("t3st1d", date(2026, 2, 14), ExportKind.ZIP)
    assert default_period(open_vault, today) == ExportPeriod(date(2026, 2, 15), today)
    assert last_patient_name(open_vault) == "Jo R."
    assert default_period(open_vault, date(2026, 2, 14)) == ExportPeriod(date(2026, 2, 14), date(2026, 2, 14))
