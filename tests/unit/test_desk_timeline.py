"""A patient's timeline: two real exports of one vault with overlapping periods (weeks 1–6, then weeks 4–10
made later, after a flag was marked discussed and one more session) read as one history — every record
once, a shared record as the newer export has it, the care plan of the newest; other keys refused."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from companion.desk.export_reading import read_export
from companion.desk.export_records import DeskExport, flag_order, session_order
from companion.desk.timeline import PatientTimeline, merge_exports
from companion.domain.session import SessionState
from companion.export.verify import verify_export
from companion.storage.attention import mark_discussed
from companion.storage.vault import OpenVault
from tests.desk_vault_exports import (
    LATE_SESSION_REASON,
    WrittenExport,
    record_short_session,
    write_vault_export,
)
from tests.export_vault import make_vault, open_test_vault

NOW = datetime(2026, 3, 20, 18, 0, tzinfo=UTC)
FIRST_DAY = (NOW - timedelta(weeks=10)).date()  # the demo history's first day


def week(number: int, last: bool = False) -> date:
    """The first (or last) day of week ``number`` (1-based) of the history."""
    return FIRST_DAY + timedelta(weeks=number - 1, days=6 if last else 0)


@dataclass(frozen=True)
class History:
    older: DeskExport  # weeks 1–6, made at NOW
    newer: DeskExport  # weeks 4–10 and two days more, made two days later
    discussed_flag: str  # a flag of weeks 4–6, open in the older export, discussed before the newer
    late_session: str  # the session recorded between the two exports


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    base = make_vault(tmp_path_factory.mktemp("vault") / "data", weeks=10, journal_entries=5, now=NOW).base
    with open_test_vault(base) as opened:
        yield opened


def _read(written: WrittenExport) -> DeskExport:
    return read_export(written.path, verify_export(written.path))


@pytest.fixture(scope="module")
def history(vault: OpenVault, tmp_path_factory: pytest.TempPathFactory) -> History:
    out = tmp_path_factory.mktemp("exports")
    older = _read(write_vault_export(vault, out, start=week(1), end=week(6, last=True), now=NOW,
                                     export_id="0000000a"))
    overlap = [f for f in older.flags if f.is_open and week(4) <= f.date <= week(6, last=True)]
    assert overlap, "the demo history raises a flag in weeks 4-6"
    discussed = overlap[0].key
    mark_discussed(vault.database, discussed.removeprefix("flag/"), NOW + timedelta(hours=1))
    late_id = record_short_session(vault, NOW + timedelta(days=1) - timedelta(hours=3))
    later = NOW + timedelta(days=2)
    newer = _read(write_vault_export(vault, out, start=week(4), end=later.date(), now=later,
                                     export_id="0000000b"))
    return History(older, newer, discussed, f"session/{late_id}")


@pytest.fixture(scope="module")
def timeline(history: History) -> PatientTimeline:
    return merge_exports([history.older, history.newer])


def _keys(records: tuple[object, ...]) -> list[str]:
    return [record.key for record in records]  # type: ignore[attr-defined]


def test_the_exports_overlap_and_the_newer_holds_more(history: History) -> None:
    shared = set(_keys(history.older.sessions)) & set(_keys(history.newer.sessions))
    assert len(shared) >= 4  # weeks 4-6: two sessions a week
    assert set(_keys(history.older.sessions)) - shared  # weeks 1-3
    assert history.late_session in _keys(history.newer.sessions)
    assert history.newer.generated_at > history.older.generated_at


@pytest.mark.parametrize("what", ["flags", "scores", "sessions", "moods", "daily_moods"])
def test_every_record_is_in_the_timeline_once(history: History, timeline: PatientTimeline, what: str) -> None:
    merged = _keys(getattr(timeline, what))
    assert len(merged) == len(set(merged))
    assert set(merged) == set(_keys(getattr(history.older, what))) | set(_keys(getattr(history.newer, what)))
    assert merged == _keys(tuple(sorted(getattr(timeline, what), key=_order_of(what))))


def _order_of(what: str) -> Callable[[Any], Any]:
    """The order each list is in: the export's own (flags most severe first, the rest oldest first)."""
    if what == "flags":
        return flag_order
    if what == "sessions":
        return session_order
    if what == "scores":
        return lambda score: (score.completed_at, score.key)
    return lambda mood: (mood.at, mood.key)


def test_a_shared_record_is_the_newer_exports(history: History, timeline: PatientTimeline) -> None:
    newer_keys = {record.key for what in ("flags", "scores", "sessions", "moods", "daily_moods")
                  for record in getattr(history.newer, what)}
    older_only = {record.key for what in ("flags", "scores", "sessions", "moods", "daily_moods")
                  for record in getattr(history.older, what)} - newer_keys
    assert older_only and newer_keys
    assert {timeline.record_sources[key] for key in newer_keys} == {"0000000b"}
    assert {timeline.record_sources[key] for key in older_only} == {"0000000a"}
    for session in timeline.sessions:
        source = history.newer if session.key in newer_keys else history.older
        assert session == next(s for s in source.sessions if s.key == session.key)


def test_a_flag_discussed_between_the_exports_is_discussed_in_the_timeline(history: History,
                                                                          timeline: PatientTimeline) -> None:
    older = next(f for f in history.older.flags if f.key == history.discussed_flag)
    merged = next(f for f in timeline.flags if f.key == history.discussed_flag)
    assert older.is_open
    assert merged.discussed_at == NOW + timedelta(hours=1)
    assert dataclasses.replace(merged, discussed_at=None) == older  # the same flag, one newer fact


def test_the_session_after_the_first_export_is_in_the_timeline(history: History,
                                                               timeline: PatientTimeline) -> None:
    late = next(s for s in timeline.sessions if s.key == history.late_session)
    assert timeline.sessions[-1] == late
    assert (late.state, late.end_reason, late.lot_number) == (SessionState.ENDED_EARLY, LATE_SESSION_REASON,
                                                              "LATE1")
    assert [r.kind for r in late.readings] == ["pre_dose", "final"]
    assert any(f.session_key == late.key and f.rule == "ended_before_minimum" for f in timeline.flags)


def test_the_sources_and_the_care_plan_are_the_newest_exports(history: History,
                                                              timeline: PatientTimeline) -> None:
    assert [s.export_id for s in timeline.sources] == ["0000000a", "0000000b"]
    assert timeline.latest.period == history.newer.period
    assert timeline.key_fingerprint == history.newer.key_fingerprint
    assert timeline.patient_name == "Alex Example"
    assert timeline.care_plan == history.newer.care_plan and timeline.care_plan_export_id == "0000000b"
    without_plan = dataclasses.replace(history.newer, care_plan=None)
    fallback = merge_exports([history.older, without_plan])
    assert (fallback.care_plan, fallback.care_plan_export_id) == (history.older.care_plan, "0000000a")


def test_the_order_the_exports_are_given_in_does_not_matter(history: History,
                                                            timeline: PatientTimeline) -> None:
    assert merge_exports([history.newer, history.older]) == timeline
    assert merge_exports([history.newer, history.older, history.newer]) == timeline


def test_the_same_export_as_a_folder_and_a_zip_is_one_source(history: History,
                                                             timeline: PatientTimeline) -> None:
    zipped = dataclasses.replace(history.newer, location=history.newer.location.with_suffix(".zip"),
                                 is_zip=True)
    assert merge_exports([zipped, history.older, history.newer]) == timeline


def test_one_export_is_its_own_timeline(history: History) -> None:
    alone = merge_exports([history.older])
    assert (alone.sessions, alone.flags, alone.scores) == (history.older.sessions, history.older.flags,
                                                           history.older.scores)


def test_exports_of_another_key_are_not_merged(history: History) -> None:
    stranger = dataclasses.replace(history.newer, key_fingerprint="SHA256:" + "B" * 43)
    with pytest.raises(ValueError, match="signed by 2 different keys") as refused:
        merge_exports([history.older, stranger])
    assert str(refused.value).endswith("on their own page.")
    with pytest.raises(ValueError, match="no exports"):
        merge_exports([])
