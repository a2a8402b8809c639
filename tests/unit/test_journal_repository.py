"""The journal repository: entries, versions, tags, links, sharing, trash, purge, drafts, listing, search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.care_plan import CarePlan
from companion.domain.clock import FakeClock
from companion.domain.journal import HIGHLIGHT_END, HIGHLIGHT_START, TRASH_KEPT, EntryContent, SessionLink
from companion.storage.care_plans import CarePlanRepository
from companion.storage.data_key import DataKey
from companion.storage.database import Database
from companion.storage.journal import (
    EntryFilter,
    JournalEntryNotFoundError,
    JournalRepository,
    StoredDraft,
    StoredJournalDamagedError,
)
from companion.storage.sessions import SessionNotFoundError

T0 = datetime(2026, 3, 3, 15, 0, 0, 250_000, tzinfo=UTC)


@pytest.fixture
def journal(database: Database) -> JournalRepository:
    return JournalRepository(database)


def ended_session(database: Database, at: datetime) -> int:
    """An ended session row (the journal only needs it to exist)."""
    plan = CarePlanRepository(database).save(CarePlan(dose_mg=50.0, clinician_phone="555-0100"), at=at)
    cursor = database.execute(
        "INSERT INTO sessions (care_plan_id, created_at, state, dose_at, ended_at) "
        "VALUES (?, ?, 'completed', ?, ?)",
        (plan.id, at.isoformat(), at.isoformat(), (at + timedelta(hours=2)).isoformat()),
    )
    return int(cursor.lastrowid or 0)


def count_rows(database: Database, table: str, entry_id: int) -> int:
    row = database.execute(f"SELECT count(*) FROM {table} WHERE entry_id = ?", (entry_id,)).fetchone()
    return int(row[0])


def ids(summaries: object) -> list[int]:
    return [item.id for item in summaries]  # type: ignore[attr-defined]


# -- create, get, edit -------------------------------------------------------------------------------


def test_create_and_get(journal: JournalRepository) -> None:
    content = EntryContent("Morning", "I walked **slowly**.\n\nThen tea.", ("calm", "walk"), mood=7,
                           prompt_id="free.today")
    entry = journal.create(content, at=T0)
    assert entry.version == 1 and entry.content == content
    assert entry.created_at == entry.edited_at == T0
    assert not entry.shared and entry.trashed_at is None
    assert journal.get(entry.id) == entry
    assert journal.versions(entry.id) == []
    [summary] = journal.list_page().entries
    assert (summary.id, summary.title, summary.preview, summary.tags, summary.mood) == (
        entry.id, "Morning", "I walked slowly. Then tea.", ("calm", "walk"), 7)


def test_an_empty_entry_is_refused(journal: JournalRepository) -> None:
    with pytest.raises(ValueError, match="title or some text"):
        journal.create(EntryContent(title=" ", tags=("x",)), at=T0)
    entry = journal.create(EntryContent(body="x"), at=T0)
    with pytest.raises(ValueError, match="title or some text"):
        journal.update(entry.id, EntryContent(), at=T0)


def test_unknown_entries_are_reported(journal: JournalRepository) -> None:
    for call in (lambda: journal.get(9), lambda: journal.versions(9), lambda: journal.set_shared(9, True),
                 lambda: journal.trash(9, at=T0), lambda: journal.restore(9), lambda: journal.purge(9),
                 lambda: journal.update(9, EntryContent(body="x"), at=T0),
                 lambda: journal.save_draft(9, EntryContent(), at=T0)):
        with pytest.raises(JournalEntryNotFoundError):
            call()


def test_edit_keeps_the_previous_content_as_a_version(journal: JournalRepository) -> None:
    first = EntryContent("Draft", "one", ("a",), mood=3)
    entry = journal.create(first, at=T0)
    second = EntryContent("Better", "two", ("b",), mood=4)
    edited = journal.update(entry.id, second, at=T0 + timedelta(hours=1))
    assert (edited.version, edited.content, edited.created_at, edited.edited_at) == (
        2, second, T0, T0 + timedelta(hours=1))
    third = EntryContent("Best", "three")
    journal.update(entry.id, third, at=T0 + timedelta(hours=2))
    versions = journal.versions(entry.id)
    assert [(v.version, v.saved_at, v.content) for v in versions] == [
        (1, T0, first), (2, T0 + timedelta(hours=1), second)]
    assert journal.get(entry.id).version == 3
    assert journal.tags() == []  # "a" and "b" belong to earlier versions only
    assert journal.search("one") == [] and journal.search("three")[0].entry.id == entry.id


def test_an_unchanged_save_makes_no_version(journal: JournalRepository) -> None:
    content = EntryContent("Title", "body", ("x",))
    entry = journal.create(content, at=T0)
    again = journal.update(entry.id, EntryContent("Title", "body", ("x",)), at=T0 + timedelta(hours=1))
    assert again == entry
    assert journal.versions(entry.id) == []


def test_tags_are_counted_over_live_entries(journal: JournalRepository) -> None:
    a = journal.create(EntryContent(body="a", tags=("sleep", "work")), at=T0)
    journal.create(EntryContent(body="b", tags=("sleep",)), at=T0)
    trashed = journal.create(EntryContent(body="c", tags=("rain", "sleep")), at=T0)
    journal.trash(trashed.id, at=T0)
    assert journal.tags() == [("sleep", 2), ("work", 1)]
    journal.update(a.id, EntryContent(body="a", tags=("family",)), at=T0)
    assert journal.tags() == [("family", 1), ("sleep", 1)]


def test_an_entry_links_to_a_session(database: Database, journal: JournalRepository) -> None:
    session_id = ended_session(database, T0)
    after = journal.create(EntryContent(body="after", session_id=session_id,
                                        session_link=SessionLink.INTEGRATION), at=T0 + timedelta(hours=3))
    before = journal.create(EntryContent(body="before", session_id=session_id,
                                         session_link=SessionLink.INTENTION), at=T0 - timedelta(hours=1))
    journal.create(EntryContent(body="unrelated"), at=T0)
    assert ids(journal.entries_for_session(session_id)) == [before.id, after.id]
    summary = journal.entries_for_session(session_id)[1]
    assert (summary.session_id, summary.session_link) == (session_id, SessionLink.INTEGRATION)
    journal.trash(before.id, at=T0)
    assert ids(journal.entries_for_session(session_id)) == [after.id]
    with pytest.raises(SessionNotFoundError):
        journal.create(EntryContent(body="x", session_id=99, session_link=SessionLink.NEXT_DAY), at=T0)


def test_sharing_is_not_an_edit(journal: JournalRepository) -> None:
    entry = journal.create(EntryContent(body="share me"), at=T0)
    journal.set_shared(entry.id, True)
    shared = journal.get(entry.id)
    assert shared.shared and shared.version == 1 and shared.edited_at == T0
    assert journal.versions(entry.id) == []
    journal.set_shared(entry.id, False)
    assert not journal.get(entry.id).shared


def test_shared_entries_for_the_export(journal: JournalRepository) -> None:
    days = [journal.create(EntryContent(body=f"day {i}"), at=T0 + timedelta(days=i)) for i in range(5)]
    for entry in days[1:]:
        journal.set_shared(entry.id, True)
    journal.trash(days[4].id, at=T0)
    assert [e.id for e in journal.shared_entries()] == [days[1].id, days[2].id, days[3].id]
    window = journal.shared_entries(T0 + timedelta(days=2), T0 + timedelta(days=3))
    assert [e.id for e in window] == [days[2].id]
    assert journal.shared_entries()[0].content.body == "day 1"


# -- trash and purge --------------------------------------------------------------------------------


def test_trash_and_restore(journal: JournalRepository) -> None:
    entry = journal.create(EntryContent(body="going away"), at=T0)
    journal.trash(entry.id, at=T0 + timedelta(hours=1))
    journal.trash(entry.id, at=T0 + timedelta(hours=2))  # the first time counts
    assert journal.get(entry.id).trashed_at == T0 + timedelta(hours=1)
    assert journal.list_page().entries == [] and journal.count() == 0
    assert journal.search("going") == []
    trash = journal.list_page(EntryFilter(trashed=True)).entries
    assert ids(trash) == [entry.id] and trash[0].trashed_at == T0 + timedelta(hours=1)
    assert ids(hit.entry for hit in journal.search("going", EntryFilter(trashed=True))) == [entry.id]
    journal.restore(entry.id)
    assert journal.get(entry.id).trashed_at is None
    assert ids(journal.list_page().entries) == [entry.id]


def test_purge_removes_everything(database: Database, journal: JournalRepository) -> None:
    entry = journal.create(EntryContent("Secret", "hidden words", ("private",)), at=T0)
    journal.update(entry.id, EntryContent("Secret", "hidden words again", ("private",)), at=T0)
    journal.save_draft(entry.id, EntryContent(body="still typing"), at=T0)
    other = journal.create(EntryContent(body="hidden but kept"), at=T0)
    with pytest.raises(ValueError, match="in the trash"):
        journal.purge(entry.id)
    journal.trash(entry.id, at=T0)
    journal.purge(entry.id)
    with pytest.raises(JournalEntryNotFoundError):
        journal.get(entry.id)
    for table in ("journal_entry_versions", "journal_entry_tags"):
        assert count_rows(database, table, entry.id) == 0
    assert journal.draft() is None
    assert ids(hit.entry for hit in journal.search("hidden", EntryFilter(trashed=True))) == []
    assert ids(hit.entry for hit in journal.search("hidden")) == [other.id]
    assert journal.search("secret") == [] and journal.search("private") == []
    assert database.integrity_problems() == []
    rows = database.execute("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)")
    assert rows.fetchall() == []


def test_purge_keeps_a_draft_of_another_entry(journal: JournalRepository) -> None:
    gone = journal.create(EntryContent(body="gone"), at=T0)
    journal.save_draft(None, EntryContent(body="new"), at=T0)
    journal.trash(gone.id, at=T0)
    journal.purge(gone.id)
    draft = journal.draft()
    assert draft is not None and draft.content.body == "new"


def test_expired_trash_is_purged_after_thirty_days(journal: JournalRepository) -> None:
    clock = FakeClock(T0)
    early = journal.create(EntryContent(body="early"), at=clock.now())
    late = journal.create(EntryContent(body="late"), at=clock.now())
    kept = journal.create(EntryContent(body="kept"), at=clock.now())
    journal.trash(early.id, at=clock.now())
    clock.advance(60)
    journal.trash(late.id, at=clock.now())
    clock.advance(TRASH_KEPT.total_seconds() - 60)  # exactly 30 days after the first trash
    assert journal.purge_expired_trash(clock.now()) == 0
    clock.advance(1e-6)
    assert journal.purge_expired_trash(clock.now()) == 1
    assert ids(journal.list_page(EntryFilter(trashed=True)).entries) == [late.id]
    clock.advance(60)
    assert journal.purge_expired_trash(clock.now()) == 1
    assert journal.list_page(EntryFilter(trashed=True)).entries == []
    assert ids(journal.list_page().entries) == [kept.id]


def test_a_backup_copy_keeps_a_working_search_index(tmp_path: Path, key: DataKey, database: Database) -> None:
    journal = JournalRepository(database)
    entry = journal.create(EntryContent("Café", "by the river", ("calm",)), at=T0)
    database.export_copy(tmp_path / "copy.db")  # what backups are made with
    with Database.open(tmp_path / "copy.db", key) as copy:
        restored = JournalRepository(copy)
        assert [hit.entry.id for hit in restored.search("cafe river")] == [entry.id]
        added = restored.create(EntryContent(body="zebra crossing"), at=T0)
        restored.trash(added.id, at=T0)
        restored.purge(added.id)
        assert restored.search("zebra") == []
        check = copy.execute("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)")
        assert check.fetchall() == []
        assert copy.integrity_problems() == []


# -- drafts --------------------------------------------------------------------------------------------


def test_one_draft_at_a_time(journal: JournalRepository) -> None:
    assert journal.draft() is None
    journal.save_draft(None, EntryContent(), at=T0)  # an empty draft is fine
    assert journal.draft() == StoredDraft(None, EntryContent(), T0)
    entry = journal.create(EntryContent(body="saved"), at=T0)
    partial = EntryContent("Half", "half a thought", ("x",), mood=2)
    journal.save_draft(entry.id, partial, at=T0 + timedelta(seconds=2))
    assert journal.draft() == StoredDraft(entry.id, partial, T0 + timedelta(seconds=2))
    journal.discard_draft()
    assert journal.draft() is None
    journal.discard_draft()  # nothing to discard is fine


def test_saving_an_entry_can_discard_the_draft(journal: JournalRepository) -> None:
    journal.save_draft(None, EntryContent(body="typing"), at=T0)
    kept = journal.create(EntryContent(body="typing"), at=T0)
    assert journal.draft() is not None
    entry = journal.create(EntryContent(body="typing"), at=T0, discard_draft=True)
    assert journal.draft() is None
    journal.save_draft(entry.id, EntryContent(body="typing more"), at=T0)
    journal.update(entry.id, EntryContent(body="typing more"), at=T0, discard_draft=True)
    assert journal.draft() is None and journal.get(entry.id).version == 2
    journal.save_draft(kept.id, EntryContent(body="typing"), at=T0)
    journal.update(kept.id, EntryContent(body="typing"), at=T0, discard_draft=True)  # unchanged
    assert journal.draft() is None and journal.get(kept.id).version == 1


def test_a_failed_create_keeps_the_draft(journal: JournalRepository) -> None:
    journal.save_draft(None, EntryContent(body="typing"), at=T0)
    with pytest.raises(SessionNotFoundError):
        journal.create(EntryContent(body="typing", session_id=5, session_link=SessionLink.INTENTION),
                       at=T0, discard_draft=True)
    assert journal.draft() is not None and journal.count() == 0


# -- search ------------------------------------------------------------------------------------------


def test_title_matches_rank_above_body_matches(journal: JournalRepository) -> None:
    in_body = journal.create(EntryContent("Tuesday", "the river was high today, nothing else"), at=T0)
    in_title = journal.create(EntryContent("River", "a long walk, nothing else happened today"), at=T0)
    hits = journal.search("river")
    assert ids(hit.entry for hit in hits) == [in_title.id, in_body.id]
    assert hits[0].rank < hits[1].rank


def test_more_matches_rank_higher(journal: JournalRepository) -> None:
    once = journal.create(EntryContent("", "calm morning with tea and toast by the window"), at=T0)
    thrice = journal.create(EntryContent("", "calm calm calm, with tea and toast by the window"), at=T0)
    journal.create(EntryContent("", "unrelated words only"), at=T0)
    assert ids(hit.entry for hit in journal.search("calm")) == [thrice.id, once.id]


def test_snippets_mark_the_matches(journal: JournalRepository) -> None:
    words = " ".join(f"word{i}" for i in range(40))
    journal.create(EntryContent("", f"{words} the **river** was high {words}"), at=T0)
    [hit] = journal.search("rive")
    assert f"{HIGHLIGHT_START}river{HIGHLIGHT_END}" in hit.snippet
    assert "**" not in hit.snippet and "\n" not in hit.snippet
    assert len(hit.snippet.split()) <= 14 and hit.snippet.startswith("…")


@pytest.mark.parametrize(("stored", "typed"), [("Café", "cafe"), ("cafe", "café"), ("NAÏVE", "naive"),
                                               ("integration", "integr"), ("Zoë", "ZOE")])
def test_diacritics_case_and_prefixes(journal: JournalRepository, stored: str, typed: str) -> None:
    entry = journal.create(EntryContent("", f"at the {stored} again"), at=T0)
    journal.create(EntryContent("", "something different"), at=T0)
    [hit] = journal.search(typed)
    assert hit.entry.id == entry.id
    assert f"{HIGHLIGHT_START}{stored}{HIGHLIGHT_END}" in hit.snippet


def test_every_word_must_match_and_tags_are_searchable(journal: JournalRepository) -> None:
    both = journal.create(EntryContent("", "river walk"), at=T0)
    journal.create(EntryContent("", "river only"), at=T0)
    tagged = journal.create(EntryContent("", "nothing here", ("family-time",)), at=T0)
    assert ids(hit.entry for hit in journal.search("walk riv")) == [both.id]
    assert ids(hit.entry for hit in journal.search("family")) == [tagged.id]
    assert journal.search("") == [] and journal.search(' "*() ') == []
    assert journal.search("zebra") == []


def test_search_honours_its_limit(journal: JournalRepository) -> None:
    for i in range(5):
        journal.create(EntryContent("", f"calm {i}"), at=T0)
    assert len(journal.search("calm", limit=3)) == 3
    with pytest.raises(ValueError, match="limit"):
        journal.search("calm", limit=0)


# -- filters -----------------------------------------------------------------------------------------


@pytest.fixture
def filtered(database: Database, journal: JournalRepository) -> dict[str, int]:
    """Six entries on six days that differ in tags, sharing, session and trash."""
    session_id = ended_session(database, T0)
    made = {
        "plain": journal.create(EntryContent("", "calm day"), at=T0),
        "sleep": journal.create(EntryContent("", "calm night", ("sleep",)), at=T0 + timedelta(days=1)),
        "both": journal.create(EntryContent("", "calm both", ("sleep", "work")), at=T0 + timedelta(days=2)),
        "shared": journal.create(EntryContent("", "calm shared", ("work",)), at=T0 + timedelta(days=3)),
        "session": journal.create(EntryContent("", "calm session", ("sleep", "work"), session_id=session_id,
                                               session_link=SessionLink.INTEGRATION),
                                  at=T0 + timedelta(days=4)),
        "trashed": journal.create(EntryContent("", "calm trash", ("sleep", "work")),
                                  at=T0 + timedelta(days=5)),
    }
    journal.set_shared(made["shared"].id, True)
    journal.set_shared(made["session"].id, True)
    journal.trash(made["trashed"].id, at=T0 + timedelta(days=6))
    result = {name: entry.id for name, entry in made.items()}
    result["session_id"] = session_id
    return result


def _filters(made: dict[str, int]) -> list[tuple[EntryFilter, list[str]]]:
    """(filter, the entries it selects, newest first)."""
    return [
        (EntryFilter(), ["session", "shared", "both", "sleep", "plain"]),
        (EntryFilter(tags=("sleep",)), ["session", "both", "sleep"]),
        (EntryFilter(tags=("sleep", "work")), ["session", "both"]),
        (EntryFilter(tags=("rain",)), []),
        (EntryFilter(created_from=T0 + timedelta(days=1), created_before=T0 + timedelta(days=3)),
         ["both", "sleep"]),
        (EntryFilter(created_from=T0 + timedelta(days=3)), ["session", "shared"]),
        (EntryFilter(shared_only=True), ["session", "shared"]),
        (EntryFilter(session_id=made["session_id"]), ["session"]),
        (EntryFilter(trashed=True), ["trashed"]),
        (EntryFilter(trashed=True, tags=("work",)), ["trashed"]),
        (EntryFilter(tags=("work",), shared_only=True, created_before=T0 + timedelta(days=4)), ["shared"]),
        (EntryFilter(tags=("sleep",), created_from=T0 + timedelta(days=2), session_id=made["session_id"]),
         ["session"]),
    ]


def test_filters_alone_and_combined(journal: JournalRepository, filtered: dict[str, int]) -> None:
    for entry_filter, names in _filters(filtered):
        expected = [filtered[name] for name in names]
        assert ids(journal.list_page(entry_filter).entries) == expected, entry_filter
        assert journal.count(entry_filter) == len(expected), entry_filter
        found = {hit.entry.id for hit in journal.search("calm", entry_filter)}
        assert found == set(expected), entry_filter


def test_filters_combine_with_the_words(journal: JournalRepository, filtered: dict[str, int]) -> None:
    sleep = EntryFilter(tags=("sleep",))
    assert ids(hit.entry for hit in journal.search("night", sleep)) == [filtered["sleep"]]
    assert journal.search("night", EntryFilter(tags=("work",))) == []
    assert journal.search("night", EntryFilter(shared_only=True)) == []
    trash = EntryFilter(trashed=True)
    assert ids(hit.entry for hit in journal.search("trash", trash)) == [filtered["trashed"]]


# -- keyset paging -----------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offsets=st.lists(st.integers(min_value=0, max_value=6), min_size=0, max_size=25),
       limit=st.integers(min_value=1, max_value=7))
def test_pages_return_every_entry_once_newest_first(
    database: Database, journal: JournalRepository, offsets: list[int], limit: int
) -> None:
    database.execute("DELETE FROM journal_entries")
    times = [T0 + timedelta(hours=offset) for offset in offsets]  # repeated times: the id breaks the tie
    made = [(at, journal.create(EntryContent(body="x"), at=at).id) for at in times]
    expected = [entry_id for _, entry_id in sorted(made, reverse=True)]
    seen: list[int] = []
    page = journal.list_page(limit=limit)
    while True:
        assert len(page.entries) <= limit
        seen.extend(ids(page.entries))
        if page.next_cursor is None:
            break
        assert len(page.entries) == limit
        page = journal.list_page(after=page.next_cursor, limit=limit)
    assert seen == expected


def test_paging_after_the_last_entry_is_empty(journal: JournalRepository) -> None:
    for i in range(3):
        journal.create(EntryContent(body=str(i)), at=T0 + timedelta(minutes=i))
    first = journal.list_page(limit=3)
    assert len(first.entries) == 3 and first.next_cursor is None
    second = journal.list_page(limit=2)
    assert second.next_cursor is not None
    assert len(journal.list_page(after=second.next_cursor, limit=2).entries) == 1
    with pytest.raises(ValueError, match="limit"):
        journal.list_page(limit=0)


def test_unfiltered_paging_uses_the_index(database: Database) -> None:
    plan = database.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM journal_entries e WHERE e.trashed_at IS NULL "
        "AND (e.created_at, e.id) < (?, ?) ORDER BY e.created_at DESC, e.id DESC LIMIT 101",
        ("x", 1),
    ).fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "journal_entries_live" in details and "TEMP B-TREE" not in details


# -- damage ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE journal_entries SET created_at = 'yesterday'",
        "UPDATE journal_entries SET edited_at = '2026-03-03T15:00:00'",  # no time zone
        "UPDATE journal_entries SET tags = 'Not Normal'",
        "UPDATE journal_entries SET tags = 'b a'",
        "UPDATE journal_entries SET title = printf('%.300c', 'x')",
        "UPDATE journal_entries SET trashed_at = 'soon'",
    ],
)
def test_damaged_entries_are_reported(database: Database, journal: JournalRepository, damage: str) -> None:
    entry = journal.create(EntryContent("calm", "calm body", ("a",)), at=T0)
    database.execute(damage)
    filters = [EntryFilter(trashed=True)] if "trashed_at" in damage else [EntryFilter()]
    calls = [lambda: journal.get(entry.id), lambda: journal.list_page(filters[0]),
             lambda: journal.search("calm", filters[0])]
    if "trashed_at" not in damage:
        calls.append(journal.shared_entries)
        database.execute("UPDATE journal_entries SET shared = 1")
    for call in calls:
        with pytest.raises(StoredJournalDamagedError) as caught:
            call()
        assert "calm" not in str(caught.value)


def test_a_damaged_tag_is_reported(database: Database, journal: JournalRepository) -> None:
    journal.create(EntryContent("calm", "calm body", ("a",)), at=T0)
    database.execute("UPDATE journal_entry_tags SET tag = 'Not Normal'")
    with pytest.raises(StoredJournalDamagedError):
        journal.tags()


def test_damaged_versions_and_drafts_are_reported(database: Database, journal: JournalRepository) -> None:
    entry = journal.create(EntryContent(body="one"), at=T0)
    journal.update(entry.id, EntryContent(body="two"), at=T0)
    journal.save_draft(entry.id, EntryContent(body="three"), at=T0)
    database.execute("UPDATE journal_entry_versions SET saved_at = 'then'")
    database.execute("UPDATE journal_draft SET session_id = 4")  # a session without its link
    with pytest.raises(StoredJournalDamagedError):
        journal.versions(entry.id)
    with pytest.raises(StoredJournalDamagedError):
        journal.draft()
