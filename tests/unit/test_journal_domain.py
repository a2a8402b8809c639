"""Journal domain: tags, entry content validation, previews and the FTS5 search expression."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.journal import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_BODY_CHARS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    MAX_TITLE_CHARS,
    EntryContent,
    InvalidTagsError,
    SessionLink,
    clean_text,
    is_valid_tag,
    parse_tags,
    plain_text,
    preview_text,
    search_expression,
    snippet_text,
)

# -- tags ----------------------------------------------------------------------------------------------


def test_parse_tags_normalises_deduplicates_and_sorts() -> None:
    assert parse_tags("Sleep, family  time,sleep") == ("family-time", "sleep")
    assert parse_tags("") == ()
    assert parse_tags(" , ,, ") == ()
    assert parse_tags("#Calm, CAFÉ, self_care") == ("café", "calm", "self_care")
    assert parse_tags("ｆｕｌｌｗｉｄｔｈ") == ("fullwidth",)  # NFKC
    assert parse_tags("Straße") == ("strasse",)  # casefold


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (",".join(f"t{i}" for i in range(MAX_TAGS + 1)), f"at most {MAX_TAGS} tags"),
        ("x" * (MAX_TAG_CHARS + 1), f"at most {MAX_TAG_CHARS} characters"),
        ("sleep!", 'only letters, digits, "-" and "_"'),
        ("a/b", 'only letters, digits, "-" and "_"'),
    ],
)
def test_parse_tags_refuses_with_one_plain_sentence(text: str, fragment: str) -> None:
    with pytest.raises(InvalidTagsError) as caught:
        parse_tags(text)
    message = str(caught.value)
    assert fragment in message
    assert message.endswith(".") and message.count(". ") == 0
    assert isinstance(caught.value, ValueError)


def test_exactly_the_limits_are_accepted() -> None:
    assert len(parse_tags(",".join(f"t{i}" for i in range(MAX_TAGS)))) == MAX_TAGS
    assert parse_tags("x" * MAX_TAG_CHARS) == ("x" * MAX_TAG_CHARS,)


@given(st.text(max_size=80))
def test_parse_tags_output_is_always_valid_and_stable(text: str) -> None:
    try:
        tags = parse_tags(text)
    except InvalidTagsError:
        return
    assert list(tags) == sorted(set(tags))
    assert all(is_valid_tag(tag) for tag in tags)
    assert parse_tags(", ".join(tags)) == tags


def test_is_valid_tag_only_for_normalised_tags() -> None:
    assert is_valid_tag("family-time")
    assert not is_valid_tag("Family")
    assert not is_valid_tag("two words")
    assert not is_valid_tag("")


# -- content ---------------------------------------------------------------------------------------------


def test_content_defaults_and_emptiness() -> None:
    assert EntryContent().is_empty
    assert EntryContent(title="  ", body="\n\t").is_empty
    assert EntryContent(tags=("sleep",), mood=5).is_empty  # tags or a mood alone are not an entry
    assert not EntryContent(title="x").is_empty
    assert not EntryContent(body="x").is_empty


def test_content_removes_markers_and_sorts_tags() -> None:
    content = EntryContent(title=f"a{HIGHLIGHT_START}b\x00", body=f"c{HIGHLIGHT_END}d", tags=("z", "a", "z"))
    assert content == EntryContent(title="ab", body="cd", tags=("a", "z"))


@pytest.mark.parametrize(
    "arguments",
    [
        {"title": "x" * (MAX_TITLE_CHARS + 1)},
        {"body": "x" * (MAX_BODY_CHARS + 1)},
        {"tags": ("Not Normal",)},
        {"tags": tuple(f"t{i}" for i in range(MAX_TAGS + 1))},
        {"mood": 11},
        {"mood": -1},
        {"mood": True},
        {"session_id": 3},
        {"session_link": SessionLink.INTENTION},
        {"session_id": "3", "session_link": SessionLink.INTENTION},
        {"prompt_id": ""},
    ],
)
def test_content_refuses_programming_errors(arguments: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        EntryContent(**arguments)  # type: ignore[arg-type]


def test_content_accepts_a_session_link_as_text() -> None:
    content = EntryContent(body="x", session_id=1, session_link="integration")  # type: ignore[arg-type]
    assert content.session_link is SessionLink.INTEGRATION


def test_clean_text() -> None:
    assert clean_text(f"{HIGHLIGHT_START}a\x00b{HIGHLIGHT_END}") == "ab"
    assert clean_text("plain Café") == "plain Café"


# -- previews --------------------------------------------------------------------------------------------


def test_plain_text_removes_markdown() -> None:
    markdown = ("# Heading\n\nSome **bold** and *it* text with a [link](http://x.example).\n\n"
                "- one\n- two\n\n---\n> quoted")
    assert plain_text(markdown) == "Heading Some bold and it text with a link. one two quoted"


def test_snippet_text_keeps_the_highlights() -> None:
    start, end = HIGHLIGHT_START, HIGHLIGHT_END
    snippet = f"…a **{start}bold{end}** word\n- {start}item{end} `code`…"
    assert snippet_text(snippet) == f"…a {start}bold{end} word {start}item{end} code…"


def test_preview_is_one_short_line_cut_at_a_word() -> None:
    body = "word " * 100
    preview = preview_text(body)
    assert preview.endswith("…") and "\n" not in preview
    assert len(preview) <= 161
    assert preview[:-1].split() == ["word"] * len(preview[:-1].split())
    assert preview_text("short\nbody") == "short body"


# -- search expression -----------------------------------------------------------------------------------


def test_search_expression_quotes_and_prefixes_every_word() -> None:
    assert search_expression("calm wal") == '"calm"* "wal"*'
    assert search_expression('say "hi" OR NOT x*') == '"say"* "hi"* "OR"* "NOT"* "x"*'
    assert search_expression("family-time") == '"family"* "time"*'
    assert search_expression("calm CALM calm") == '"calm"*'
    assert search_expression("café") == '"café"*'


@pytest.mark.parametrize("text", ["", "   ", "\"'*()-:^+", "\u0301", "🙂"])
def test_search_expression_is_none_when_nothing_is_searchable(text: str) -> None:
    assert search_expression(text) is None


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlcipher3.Connection]:
    """A real FTS5 table made like the journal's (plain in memory: no key needed to test syntax)."""
    connection = sqlcipher3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', "
        "prefix = '2 3')"
    )
    connection.execute("INSERT INTO t VALUES ('Café integration', 'walking by the river, calmer now')")
    yield connection
    connection.close()


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_search_expression_never_breaks_fts5(fts: sqlcipher3.Connection, text: str) -> None:
    expression = search_expression(text)
    if expression is None:
        return
    fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()  # never an sqlite error


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(['"', "*", "(", ")", "NEAR", "AND", "OR", "NOT", ":", "^", "+", "-", "{",
                                 "}", "title", "x", " ", "é", "\x00", "\\", "'"]), max_size=12))
def test_fts5_syntax_in_the_input_never_breaks_it(fts: sqlcipher3.Connection, pieces: list[str]) -> None:
    expression = search_expression("".join(pieces))
    if expression is not None:
        fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()


@pytest.mark.parametrize("typed", ["cafe", "CAFÉ", "integr", "calm", "river walk", "Walking, by"])
def test_the_expression_finds_what_was_typed(fts: sqlcipher3.Connection, typed: str) -> None:
    expression = search_expression(typed)
    assert fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall() == [(1,)]


@pytest.mark.parametrize("typed", ["cafx", "river zebra"])
def test_the_expression_needs_every_word(fts: sqlcipher3.Connection, typed: str) -> None:
    assert fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (search_expression(typed),)).fetchall() == []
