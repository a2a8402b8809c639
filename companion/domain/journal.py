"""The patient's journal: what an entry holds, tags, and turning typed words into a safe search.

Nothing here touches the database: the repository (``companion.storage.journal``) stores entries and
runs the searches that :func:`search_expression` prepares.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from companion.domain.texts import QT_TRANSLATE_NOOP


class SessionLink(StrEnum):
    """How an entry belongs to a session."""

    INTENTION = "intention"  # written before the session
    INTEGRATION = "integration"  # written after it
    NEXT_DAY = "next_day"  # notes the day after


TRASH_KEPT = timedelta(days=30)
MAX_TITLE_CHARS = 200
MAX_BODY_CHARS = 200_000
MAX_TAGS = 20
MAX_TAG_CHARS = 40
PREVIEW_CHARS = 160
# A pasted essay in the search box still makes a small query.
MAX_SEARCH_WORDS = 32

# Search snippets wrap each match in these; the UI escapes the snippet for HTML, then turns them into <b>.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
_UNWANTED = str.maketrans("", "", HIGHLIGHT_START + HIGHLIGHT_END + "\x00")


class InvalidTagsError(ValueError):
    """What the patient typed as tags cannot be used; ``str()`` is one plain sentence (a Text)."""


def clean_text(text: str) -> str:
    """``text`` without the snippet markers and NULs (they would break highlighting)."""
    return text.translate(_UNWANTED)


def _is_tag_character(character: str) -> bool:
    return character in "-_" or unicodedata.category(character)[0] in "LMN"


def _normalise_tag(piece: str) -> str:
    text = unicodedata.normalize("NFKC", piece).strip().casefold()
    text = text.removeprefix("#")  # "#sleep" is how many people write a tag
    return "-".join(text.split())


def _check_tag(tag: str) -> None:
    if len(tag) > MAX_TAG_CHARS:
        raise InvalidTagsError(
            QT_TRANSLATE_NOOP("JournalTexts", "A tag can be at most %1 characters long.").arg(MAX_TAG_CHARS))
    if not all(_is_tag_character(character) for character in tag):
        raise InvalidTagsError(QT_TRANSLATE_NOOP(
            "JournalTexts", 'Tags can contain only letters, digits, "-" and "_", separated by commas.'))


def parse_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags as typed → normalised, unique, sorted.

    "Sleep, family  time,sleep" → ("family-time", "sleep"). InvalidTagsError says what is wrong.
    """
    tags = {_normalise_tag(piece) for piece in text.split(",")}
    tags.discard("")
    for tag in tags:
        _check_tag(tag)
    if len(tags) > MAX_TAGS:
        raise InvalidTagsError(
            QT_TRANSLATE_NOOP("JournalTexts", "An entry can have at most %1 tags.").arg(MAX_TAGS))
    return tuple(sorted(tags))


def is_valid_tag(tag: str) -> bool:
    """True for a tag exactly as :func:`parse_tags` makes it."""
    if not tag or _normalise_tag(tag) != tag:
        return False
    try:
        _check_tag(tag)
    except InvalidTagsError:
        return False
    return True


@dataclass(frozen=True)
class EntryContent:
    """What the patient wrote. Snippet markers and NULs are removed on construction; anything else
    invalid raises ValueError (a programming error: the UI parses tags and limits lengths first)."""

    title: str = ""
    body: str = ""  # Markdown
    tags: tuple[str, ...] = ()  # normalised by parse_tags
    mood: int | None = None  # 0–10
    session_id: int | None = None
    session_link: SessionLink | None = None  # set together with session_id
    prompt_id: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.title, str) or not isinstance(self.body, str):
            raise ValueError("title and body must be text")
        object.__setattr__(self, "title", clean_text(self.title))
        object.__setattr__(self, "body", clean_text(self.body))
        if len(self.title) > MAX_TITLE_CHARS:
            raise ValueError(f"a title is at most {MAX_TITLE_CHARS} characters")
        if len(self.body) > MAX_BODY_CHARS:
            raise ValueError(f"a body is at most {MAX_BODY_CHARS} characters")
        tags = tuple(sorted(set(self.tags)))
        if len(tags) > MAX_TAGS or not all(isinstance(tag, str) and is_valid_tag(tag) for tag in tags):
            raise ValueError("tags must come from parse_tags")
        object.__setattr__(self, "tags", tags)
        if self.mood is not None and (isinstance(self.mood, bool) or not isinstance(self.mood, int)
                                      or not 0 <= self.mood <= 10):
            raise ValueError("mood must be a whole number from 0 to 10")
        if (self.session_id is None) != (self.session_link is None):
            raise ValueError("session_id and session_link are set together")
        if self.session_link is not None:
            object.__setattr__(self, "session_link", SessionLink(self.session_link))
        if self.session_id is not None and (isinstance(self.session_id, bool)
                                            or not isinstance(self.session_id, int)):
            raise ValueError("session_id must be an integer")
        if self.prompt_id is not None and (not isinstance(self.prompt_id, str) or not self.prompt_id):
            raise ValueError("prompt_id must be a non-empty text or None")

    @property
    def is_empty(self) -> bool:
        """Nothing written yet (tags or a mood alone do not make an entry)."""
        return not self.title.strip() and not self.body.strip()


# -- plain text for previews -----------------------------------------------------------------------

_MARKDOWN_LINE_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3}|~~|`+)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def plain_text(markdown: str) -> str:
    """Markdown as one line of plain text: markers, link targets and line breaks removed."""
    lines = []
    for line in markdown.splitlines():
        if _RULE.match(line):
            continue
        lines.append(_MARKDOWN_LINE_PREFIX.sub("", line))
    text = _MARKDOWN_LINK.sub(r"\1", " ".join(lines))
    text = _MARKDOWN_EMPHASIS.sub("", text)
    return " ".join(text.split())


_SNIPPET_MARKUP = re.compile(r"(?m)^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)|\*{1,3}|_{2,3}|~~|`+")


def snippet_text(snippet: str) -> str:
    """A search snippet of Markdown as one line of plain text (cheaper than :func:`plain_text`; the
    highlight markers are kept)."""
    return " ".join(_SNIPPET_MARKUP.sub("", snippet).split())


def preview_text(body: str, limit: int = PREVIEW_CHARS) -> str:
    """The first ``limit`` characters of ``body`` as plain text, cut at a word with "…" when longer."""
    text = plain_text(body[: limit * 8])  # Markdown markers rarely take more than that
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


# -- search ----------------------------------------------------------------------------------------

def _is_word_character(character: str) -> bool:
    category = unicodedata.category(character)
    return category[0] in "LMN" or category == "Co"


def _words(text: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for character in unicodedata.normalize("NFKC", text) + " ":
        if _is_word_character(character):
            current.append(character)
            continue
        # A run of marks alone (no letter or digit) is not a word FTS5 could index.
        if current and any(unicodedata.category(c)[0] in "LN" or c.isalnum() for c in current):
            words.append("".join(current))
        current = []
    return words


def search_expression(text: str) -> str | None:
    """What the patient typed → an FTS5 MATCH expression: every word quoted and prefix-matched
    ("calm wal" → ``"calm"* "wal"*``, all of them must match). Punctuation separates words, so no
    FTS5 syntax can get through. None when there is nothing to search for. Never raises."""
    seen: set[str] = set()
    terms: list[str] = []
    for word in _words(text):
        key = word.casefold()
        if key in seen:
            continue
        seen.add(key)
        terms.append(f'"{word}"*')
        if len(terms) == MAX_SEARCH_WORDS:
            break
    return " ".join(terms) if terms else None
