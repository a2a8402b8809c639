"""How the journal writes dates, moods, tags and search snippets; local day ranges for the filters."""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from companion.domain.journal import HIGHLIGHT_END, HIGHLIGHT_START, SessionLink
from companion.ui.formatting import day_and_time_text, day_text
from companion.ui.i18n import translate

if TYPE_CHECKING:
    from companion.storage.journal import EntrySummary


def snippet_html(snippet: str) -> str:
    """A search snippet as safe rich text: the entry's words escaped, the matches in bold.

    Escaping comes first, so nothing the patient wrote can ever be read as markup.
    """
    escaped = html.escape(snippet.replace("\n", " "), quote=True)
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def snippet_plain(snippet: str) -> str:
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "").replace("\n", " ")


def link_text(link: SessionLink) -> str:
    return {
        SessionLink.INTENTION: translate("Journal", "Intention before a session"),
        SessionLink.INTEGRATION: translate("Journal", "Integration after a session"),
        SessionLink.NEXT_DAY: translate("Journal", "The day after a session"),
    }[link]


def title_text(summary: EntrySummary) -> str:
    return summary.title or translate("Journal", "Untitled")


def meta_text(summary: EntrySummary) -> str:
    """"5 Mar 2026 · mood 6 · #sleep #family · shared" — one quiet line under the title."""
    parts = [day_text(summary.created_at)]
    if summary.mood is not None:
        parts.append(translate("Journal", "mood %1").replace("%1", str(summary.mood)))
    if summary.session_link is not None:
        parts.append(link_text(summary.session_link).lower())
    if summary.tags:
        parts.append(" ".join(f"#{tag}" for tag in summary.tags))
    if summary.shared:
        parts.append(translate("Journal", "shared with your clinician"))
    if summary.trashed_at is not None:
        parts.append(translate("Journal", "deleted %1").replace("%1", day_text(summary.trashed_at)))
    return " · ".join(parts)


def when_text(moment: datetime) -> str:
    return day_and_time_text(moment)


def local_day_start(day: date) -> datetime:
    """The first moment of ``day`` in the computer's time zone, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


def local_day_range(first: date, last: date) -> tuple[datetime, datetime]:
    """From the start of ``first`` to the start of the day after ``last`` (both local days)."""
    if last < first:
        first, last = last, first
    return local_day_start(first), local_day_start(last + timedelta(days=1))
