"""Synthetic demo journal: realistic made-up entries linked to the demo sessions already in the vault.

Deterministic for a given seed, ``now`` and vault. For each ended session some of: an intention written
an hour or two before the dose, an integration note the same evening and a next-day note the morning
after; free entries fill the rest, spread over the sessions' weeks (the last 8 weeks when there are
none). Tags, moods, about 5 % shared, a few edited (with their earlier version kept) and some words
with diacritics, so search folding has something to do. Rows are written in batches inside one
transaction (the search index follows through the table's triggers): 100,000 entries take seconds.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from companion.domain.journal import EntryContent, SessionLink, preview_text
from companion.domain.journal_prompts import PromptKind, prompts_for
from companion.storage.journal_search import CONTENT_COLUMNS, content_params, stored_time
from companion.storage.session_codec import format_time
from companion.storage.vault import OpenVault

_BATCH = 2_000
_SHARED_SHARE = 0.05
_EDITED_SHARE = 0.03

_TAGS = (
    "sleep", "family", "work", "music", "nature", "breathing", "body", "anxiety", "gratitude", "dreams",
    "walk", "friends", "partner", "memory", "childhood", "calm", "energy", "appetite", "reading", "café",
    "self-care", "therapy-notes", "weekend", "rain",
)
_OPENINGS = (
    "This morning I", "Today I", "Tonight I", "After lunch I", "On the way home I", "Before bed I",
    "For a while I", "Earlier I",
)
_ACTIONS = (
    "walked along the river", "sat in the café near the station", "called my sister", "made a slow breakfast",
    "listened to an old record", "tidied the spare room", "read a few pages of a novel", "sat in the garden",
    "cooked dinner with my partner", "took the long way through the park", "wrote a letter I will not send",
    "watched the rain on the window", "stretched for ten minutes", "had a coffee with Zoë",
    "went to the market in the old town", "stayed in bed longer than usual",
)
_FEELINGS = (
    "and felt calmer than I expected", "and noticed my shoulders drop", "and felt a bit flat afterwards",
    "and something loosened in my chest", "and felt grateful for small things", "and my thoughts kept racing",
    "and it felt like déjà vu", "and I felt more present", "and I was tired but content",
    "and the old worry came back for a moment", "and I laughed properly for the first time in days",
    "and felt a naïve sort of hope",
)
_REFLECTIONS = (
    "I want to remember that it is possible to feel this way.",
    "The integration work feels slow, but it is moving.",
    "Sleep was better than last week.",
    "I keep thinking about what my therapist said about patience.",
    "Breathing out slowly helped when it got too much.",
    "My appetite is coming back.",
    "I noticed the colours of the trees more than usual.",
    "There was a memory from childhood that I had forgotten about.",
    "It was a quiet day and that was fine.",
    "I am learning to let things be unfinished.",
    "Music helped more than words today.",
    "I felt close to people again, if only for a little while.",
    "The résumé can wait until next week.",
    "Energy was low in the afternoon, so I rested.",
)
_INTENTIONS = (
    "Stay with whatever comes up.", "Rest and let go of the week.", "Be curious rather than anxious.",
    "Notice my breathing.", "Go gently.", "Let the music carry me.", "Be kind to myself, whatever happens.",
)
_INTEGRATIONS = (
    "There were warm colours and a feeling of floating.", "At first it was uneasy, then it softened.",
    "I saw the house I grew up in, but it did not feel sad.", "Time stretched; the music felt very close.",
    "A wave of sadness came and then passed.", "Mostly quiet, with a sense of space around my thoughts.",
    "I felt held by the sound of the rain.",
)
_NEXT_DAY = (
    "Slept deeply and woke up clear-headed.", "A bit tired this morning, but lighter.",
    "Yesterday feels far away already.", "I noticed I was less hard on myself over breakfast.",
    "Some of the images are still with me.", "Foggy until lunch, then fine.",
)
_TITLES = (
    "", "", "A quiet day", "Morning notes", "Evening", "Walk", "Thoughts", "Weekend", "Rain again",
    "Small things", "Café afternoon", "A good day", "Tired", "After therapy", "Family", "Sleep",
)
_LINKED_TITLES = {
    SessionLink.INTENTION: "Intention",
    SessionLink.INTEGRATION: "After the session",
    SessionLink.NEXT_DAY: "The next morning",
}
_LINKED_TEXTS = {
    SessionLink.INTENTION: _INTENTIONS,
    SessionLink.INTEGRATION: _INTEGRATIONS,
    SessionLink.NEXT_DAY: _NEXT_DAY,
}
# (link, chance per session, hours after the dose: low, high)
_LINKED_PLAN = (
    (SessionLink.INTENTION, 0.8, -3.0, -0.75),
    (SessionLink.INTEGRATION, 0.85, 3.0, 6.0),
    (SessionLink.NEXT_DAY, 0.6, 16.0, 22.0),
)


def _body(rng: random.Random, lead: str | None) -> str:
    sentences = [] if lead is None else [lead]
    for _ in range(rng.randint(2, 7)):
        if rng.random() < 0.55:
            sentences.append(f"{rng.choice(_OPENINGS)} {rng.choice(_ACTIONS)} {rng.choice(_FEELINGS)}.")
        else:
            sentences.append(rng.choice(_REFLECTIONS))
    middle = len(sentences) // 2 + 1
    paragraphs = [" ".join(sentences[:middle]), " ".join(sentences[middle:])]
    if rng.random() < 0.15:
        paragraphs.append("- " + rng.choice(_REFLECTIONS) + "\n- " + rng.choice(_REFLECTIONS))
    if rng.random() < 0.1:
        paragraphs[0] = f"**{rng.choice(_TITLES[2:])}.** " + paragraphs[0]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _content(rng: random.Random, link: SessionLink | None, session_id: int | None) -> EntryContent:
    tags = tuple(rng.sample(_TAGS, rng.choice((0, 1, 1, 2, 2, 3))))
    mood = rng.randint(2, 9) if rng.random() < 0.6 else None
    if link is None:
        prompt = rng.choice(prompts_for(PromptKind.FREE)) if rng.random() < 0.3 else None
        return EntryContent(rng.choice(_TITLES), _body(rng, None), tags, mood,
                            prompt_id=None if prompt is None else prompt.id)
    kind = PromptKind(link.value)
    lead = rng.choice(_LINKED_TEXTS[link])
    return EntryContent(_LINKED_TITLES[link], _body(rng, lead), tags, mood, session_id, link,
                        rng.choice(prompts_for(kind)).id)


def _sessions(vault: OpenVault) -> list[tuple[int, datetime]]:
    """(id, dose time) of dosed sessions, oldest first."""
    rows = vault.database.execute(
        "SELECT id, dose_at FROM sessions WHERE dose_at IS NOT NULL ORDER BY dose_at"
    ).fetchall()
    return [(int(row[0]), stored_time(row[1])) for row in rows]


def _planned(
    vault: OpenVault, rng: random.Random, count: int, now: datetime
) -> list[tuple[datetime, EntryContent]]:
    linked: list[tuple[datetime, SessionLink, int]] = []
    sessions = _sessions(vault)
    for session_id, dose_at in sessions:
        for link, chance, low, high in _LINKED_PLAN:
            at = dose_at + timedelta(hours=rng.uniform(low, high))
            if rng.random() < chance and at < now:
                linked.append((at, link, session_id))
    if len(linked) > count:
        linked = rng.sample(linked, count)
    start = sessions[0][1] - timedelta(days=3) if sessions else now - timedelta(weeks=8)
    span = (now - start).total_seconds()
    planned = [(at, _content(rng, link, session_id)) for at, link, session_id in linked]
    for _ in range(count - len(linked)):
        planned.append((start + timedelta(seconds=rng.uniform(0, span)), _content(rng, None, None)))
    planned.sort(key=lambda item: item[0])
    return planned


def _batches(items: list[tuple[datetime, EntryContent]]) -> Iterator[list[tuple[datetime, EntryContent]]]:
    for begin in range(0, len(items), _BATCH):
        yield items[begin:begin + _BATCH]


def fill_demo_journal(vault: OpenVault, *, count: int, now: datetime, seed: int = 11) -> None:
    """Add ``count`` synthetic entries written before ``now`` (see the module docstring)."""
    if count < 0:
        raise ValueError("count must not be negative")
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    planned = _planned(vault, rng, count, now)
    columns = ", ".join(CONTENT_COLUMNS)
    with vault.database.transaction() as connection:
        row = connection.execute("SELECT coalesce(max(id), 0) FROM journal_entries").fetchone()
        next_id = int(row[0]) + 1
        for batch in _batches(planned):
            entries: list[tuple[object, ...]] = []
            tags: list[tuple[int, str]] = []
            versions: list[tuple[object, ...]] = []
            for created_at, content in batch:
                entry_id, next_id = next_id, next_id + 1
                edited_at, version = created_at, 1
                if rng.random() < _EDITED_SHARE:
                    edited_at = min(now, created_at + timedelta(hours=rng.uniform(0.2, 30)))
                    version = 2
                    earlier = EntryContent(content.title, content.body.split("\n\n")[0], content.tags,
                                           content.mood, content.session_id, content.session_link,
                                           content.prompt_id)
                    versions.append((entry_id, 1, format_time(created_at), *content_params(earlier)))
                entries.append((entry_id, format_time(created_at), format_time(edited_at),
                                int(rng.random() < _SHARED_SHARE), version, preview_text(content.body),
                                *content_params(content)))
                tags.extend((entry_id, tag) for tag in content.tags)
            connection.executemany(
                "INSERT INTO journal_entries (id, created_at, edited_at, shared, version, preview, "  # noqa: S608
                f"{columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries,
            )
            connection.executemany("INSERT INTO journal_entry_tags (entry_id, tag) VALUES (?, ?)", tags)
            connection.executemany(
                f"INSERT INTO journal_entry_versions (entry_id, version, saved_at, {columns}) "  # noqa: S608
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                versions,
            )
