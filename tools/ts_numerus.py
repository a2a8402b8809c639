"""Plural forms that survive ``pyside6-lupdate``: every message with a count (``%n``, ``%Ln``) is numerus.

PySide's lupdate marks a message as numerus only for ``self.tr(text, comment, n)``; for
``QCoreApplication.translate(context, text, comment, n)`` — most of companion's calls — it writes a plain
message, and a plain message is never found when Qt looks one up *with* a count: the Spanish
"%Ln entradas." stayed "40 entries." on screen. Worse, lupdate turns a numerus message it sees called
that way back into a plain one, dropping its plural forms. So ``update`` saves the plural forms first and,
after lupdate, writes every message with a count back as numerus with them (a translation lupdate kept as
plain text fills every form until a translator gives each its own).

The ``.ts`` is edited as text, block by block, so the rest of lupdate's file stays byte for byte.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_CONTEXT = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
_MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attributes>[^>]*)>(?P<body>.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
_TRANSLATION = re.compile(
    r"(?P<indent>[ \t]*)<translation(?P<attributes>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
_FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)
_COUNT = re.compile(r"%L?n")
PLURAL_FORMS = {"es": 2}  # Qt's plural rules for the language: one, other


class Key(NamedTuple):
    context: str  # all three as escaped in the file
    source: str
    comment: str


class Forms(NamedTuple):
    texts: tuple[str, ...]
    finished: bool


def _messages(ts_text: str) -> list[tuple[Key, re.Match[str], int]]:
    """Each message with its key and where its block starts in ``ts_text``."""
    found = []
    for context in _CONTEXT.finditer(ts_text):
        body_start = context.start("body")
        for message in _MESSAGE.finditer(context.group("body")):
            source = _SOURCE.search(message.group("body"))
            comment = _COMMENT.search(message.group("body"))
            key = Key(context.group("name"), source.group(1) if source else "",
                      comment.group(1) if comment else "")
            found.append((key, message, body_start))
    return found


def plural_forms(ts_text: str) -> dict[Key, Forms]:
    """The plural forms of every numerus message of ``ts_text``."""
    saved = {}
    for key, message, _ in _messages(ts_text):
        if 'numerus="yes"' not in message.group("attributes"):
            continue
        translation = _TRANSLATION.search(message.group("body"))
        if translation is None:
            continue
        texts = tuple(_FORM.findall(translation.group("text") or ""))
        saved[key] = Forms(texts, 'type="unfinished"' not in translation.group("attributes"))
    return saved


def counted_without_forms(ts_text: str) -> list[Key]:
    """Messages with a count that are not numerus: Qt never finds their translation."""
    return [key for key, message, _ in _messages(ts_text)
            if _COUNT.search(key.source) and 'numerus="yes"' not in message.group("attributes")]


def restore_plurals(ts_text: str, saved: dict[Key, Forms], language: str) -> str:
    """``ts_text`` with every message that has a count written as numerus, with the ``saved`` forms."""
    count = PLURAL_FORMS.get(language, 2)
    pieces, done = [], 0
    for key, message, offset in _messages(ts_text):
        if not _COUNT.search(key.source) or 'numerus="yes"' in message.group("attributes"):
            continue
        body = message.group("body")
        translation = _TRANSLATION.search(body)
        if translation is None:
            continue
        plain = translation.group("text") or ""
        forms = saved.get(key)
        if forms is not None and len(forms.texts) == count and any(forms.texts):
            texts, finished = forms.texts, forms.finished
        else:
            texts = (plain,) * count
            finished = bool(plain) and 'type="unfinished"' not in translation.group("attributes")
        indent = translation.group("indent")
        kind = "" if finished else ' type="unfinished"'
        lines = [f"{indent}<translation{kind}>"]
        lines += [f"{indent}    <numerusform>{text}</numerusform>" for text in texts]
        lines.append(f"{indent}</translation>")
        new_body = body[:translation.start()] + "\n".join(lines) + body[translation.end():]
        start = offset + message.start()
        pieces += [ts_text[done:start],
                   f'{message.group("indent")}<message numerus="yes"{message.group("attributes")}>{new_body}'
                   "</message>"]
        done = offset + message.end()
    pieces.append(ts_text[done:])
    return "".join(pieces)
