"""Sentences of the Qt-free core that the UI can translate: a message id with its arguments.

The core never imports Qt, yet every sentence it hands to a person must reach Qt's translator. So a
sentence is a :class:`Text`: its translation context (one per kind of sentence, named like a class:
``StorageErrors``, ``FlagTexts`` …), its English source with Qt's place markers (``%1``…``%9``, and
``%n`` for a count), and its arguments. The UI turns it into the user's language with
``companion.ui.core_text.core_text``; everywhere else it *is* its English sentence.

A :class:`Text` is a ``str`` whose value is the English, arguments filled in. That keeps every
consumer that takes a sentence as text working unchanged (``"\\n".join(reasons)``,
``label.setText(problem)``, tests comparing sentences) until it adopts ``core_text``; the
translatable parts ride along as attributes. Anything done to it as a string (``+``, f-strings,
``.strip()``) gives a plain ``str`` again, which is English only: build sentences out of sentences
with :meth:`Text.arg` or :func:`joined` instead.

Sentences are written with :func:`QT_TRANSLATE_NOOP`, which ``pyside6-lupdate`` extracts (context
and source must be string literals, concatenation of literals allowed, no f-strings)::

    QT_TRANSLATE_NOOP("StorageErrors", "There is no vault in %1.").arg(folder)

Substitution follows Qt's ``QString::arg`` place markers, with one deliberate difference: the
argument at position *k* fills the marker ``%k`` (Qt fills the lowest marker left), so a translation
that leaves out one argument cannot shift the others into the wrong places. A marker is ``%`` with
one or two digits, as in Qt (``%10`` is the tenth marker, not ``%1`` followed by ``0``; ``%L1`` is
``%1``); a marker with no argument, and a ``%`` that is no marker, stay as they are. Substitution is
one pass, so an argument that itself contains ``%1`` (a folder's name, say) is never substituted again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, NoReturn


def _substitute(source: str, args: tuple[str, ...], count: int | None) -> str:
    """``source`` with ``%1``… replaced by ``args`` and ``%n`` by ``count`` (when given), in one pass."""
    if "%" not in source:
        return source
    out: list[str] = []
    i = 0
    end = len(source)
    while i < end:
        char = source[i]
        if char != "%" or i + 1 == end:
            out.append(char)
            i += 1
            continue
        following = source[i + 1]
        if following == "n" and count is not None:
            out.append(str(count))
            i += 2
            continue
        start = i + 2 if following == "L" else i + 1  # %L1 is Qt's "in the locale's digits": the same place
        if not _is_digit(source, start):
            out.append(char)
            i += 1
            continue
        stop = start + 2 if _is_digit(source, start + 1) else start + 1
        place = int(source[start:stop])
        if 1 <= place <= len(args):
            out.append(args[place - 1])
        else:
            out.append(source[i:stop])
        i = stop
    return "".join(out)


def _is_digit(text: str, index: int) -> bool:
    return index < len(text) and text[index].isascii() and text[index].isdecimal()


def substitute(source: str, args: Iterable[str], count: int | None = None) -> str:
    """Fill Qt-style place markers; the UI uses it on a translated source with translated arguments."""
    return _substitute(source, tuple(args), count)


class Text(str):
    """One sentence (or phrase) of the core: a translation context, an English source and its arguments.

    ``str(text)`` is the English with the arguments filled in (recursively, for arguments that are
    themselves :class:`Text`). An empty ``context`` means "not translatable": a plain sentence kept
    from before translation, a name, or a :func:`joined` list whose parts translate one by one.
    Immutable, like the string it is; equal to any string with the same English.
    """

    context: str
    source: str
    args: tuple[object, ...]
    n: int | None  # the count for %n (Qt's name for it: ``str.count`` is taken)

    def __new__(cls, context: str, source: str, args: tuple[object, ...] = (), n: int | None = None) -> Text:
        english = _substitute(source, tuple(str(value) for value in args), n)
        text = super().__new__(cls, english)
        vars(text).update(context=context, source=source, args=tuple(args), n=n)
        return text

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"a Text cannot be changed (tried to set {name})")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"a Text cannot be changed (tried to delete {name})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.source, self.args, self.n))

    def arg(self, *values: object) -> Text:
        """A copy with ``values`` added after the arguments it has: the next ``%k`` markers."""
        return Text(self.context, self.source, self.args + values, self.n)

    def counted(self, count: int) -> Text:
        """A copy whose ``%n`` is ``count``; the translator picks the plural form for it."""
        if "%n" not in self.source:
            raise ValueError(f"{self.source!r} has no %n for a count")
        return Text(self.context, self.source, self.args, count)

    def english(self) -> str:
        """The sentence in English, as a plain ``str``."""
        return str.__str__(self)

    @property
    def translatable(self) -> bool:
        return bool(self.context)


def QT_TRANSLATE_NOOP(
    context: str, source: str, disambiguation: None = None, numerus: Literal[1] | None = None
) -> Text:
    """Mark ``source`` for translation in ``context`` and return it as a :class:`Text` (no arguments yet).

    Both must be string literals where it is called, so that ``pyside6-lupdate`` puts the message in
    the catalogue; add arguments with ``.arg(…)``. A sentence with a count (``%n``) needs plural
    forms in the catalogue, and lupdate marks a message as having them only when it sees a number
    literal in the fourth place (a name there is read as something else). So such a message is
    marked with the literal ``1`` and gets its count from :meth:`Text.counted`::

        QT_TRANSLATE_NOOP("FlagTexts", "(%n times)", None, 1).counted(len(blocks))

    Where English itself has two forms, :func:`plural` picks between two such messages.
    """
    if disambiguation is not None:
        raise ValueError("a core sentence has no disambiguation; give it its own context instead")
    if numerus is not None and numerus != 1:
        raise ValueError("numerus is the literal 1: the mark lupdate needs for a message with %n")
    if (numerus is not None) != ("%n" in source):
        raise ValueError(f"{source!r}: a message with %n is marked with numerus=1, and only such a message")
    return Text(context, source)


def plural(count: int, one: Text, other: Text) -> Text:
    """``one`` counted when ``count`` is 1, else ``other``: English's two forms, chosen here so that
    ``str()`` stays the English it always was. Both are marked with plural forms (``%n``, numerus),
    so a translation picks its own form for ``count`` whichever of the two sources was chosen."""
    return (one if count == 1 else other).counted(count)


def untranslated(sentence: str) -> Text:
    """A sentence that has no place in the catalogue (yet): shown as it is, in every language."""
    if isinstance(sentence, Text):
        return sentence
    return Text("", sentence)


def joined(parts: Iterable[object], separator: str = " ") -> Text:
    """``parts`` one after the other with ``separator`` between them; each part translates on its own."""
    values = tuple(parts)
    if len(values) > 99:
        raise ValueError("at most 99 parts can be joined")
    if "%" in separator or _is_digit(separator, 0):
        raise ValueError("a separator has no place markers and does not start with a digit")
    source = separator.join(f"%{index}" for index in range(1, len(values) + 1))
    return Text("", source, values)
