"""English left on a screen that should be in another language: a sentence of the catalogue, shown as it is.

Built from the committed catalogue: each source sentence whose translation differs gives its longest
stretch of plain words (between ``%1`` markers); finding one of those in a visible text means that
text never went through the translator (a core sentence shown with ``str()`` instead of
``core_text()``: a blocked start's "Please do not start today…" in a Spanish session).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtWidgets import QAbstractButton, QLabel, QTextEdit, QWidget

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"
MIN_LENGTH = 24  # shorter fragments ("Sitter: ", "minutes") are too often the same in both languages
_MARKER = re.compile(r"%L?n|%\d+")


@cache
def english_fragments(code: str) -> frozenset[str]:
    root = ElementTree.parse(CATALOGUES / f"companion_{code}.ts").getroot()
    fragments = set()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        texts = [] if translation is None else (
            [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""])
        if not source or not any(texts) or source in texts:
            continue
        longest = max(_MARKER.split(source), key=len).strip()
        if len(longest) >= MIN_LENGTH and not any(longest in text for text in texts):
            fragments.add(longest)
    return frozenset(fragments)


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
    return texts


def english_left(root: QWidget, code: str) -> list[str]:
    """The catalogue's English sentences found in what ``root`` shows (nothing in English: [])."""
    fragments = english_fragments(code)
    found = []
    for text in visible_texts(root):
        flat = " ".join(text.split())
        found.extend(f"{fragment!r} in {flat[:80]!r}" for fragment in fragments if fragment in flat)
    return found
