"""Which passphrases to accept, per NIST SP 800-63B rev 4.

At least 15 characters (counted as code points after NFKC, so "é" typed either way counts
once), up to 1024, never truncated, no composition rules ("one digit, one symbol"), and
common or guessable passphrases refused with a reason. zxcvbn estimates guessability.

Each reason is a sentence of the ``PassphraseReasons`` context (a :class:`~companion.domain.texts.Text`),
zxcvbn's own warnings included: they are listed here word for word, so they translate too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from companion.domain.texts import QT_TRANSLATE_NOOP, Text, untranslated

MIN_LENGTH = 15
MAX_LENGTH = 1024
MIN_ACCEPTED_SCORE = 3  # zxcvbn: 3 = "safely unguessable", about 10^8 to 10^10 guesses

# Words anyone guessing this person's passphrase would try first.
DEFAULT_CONTEXT_WORDS = ("companion", "ketamine", "passphrase", "password", "vault", "session")

# zxcvbn's cost grows faster than linearly with length (about 9 ms at 64 characters,
# 2.6 s at 1024), so it sees at most _CHUNKS pieces of _CHUNK characters; their guess
# counts multiply. The passphrase itself is never shortened.
_CHUNK = 64
_CHUNKS = 3
# zxcvbn's own score thresholds, on log10(guesses).
_SCORE_THRESHOLDS = (3.0, 6.0, 8.0, 10.0)

_REASON_COMMON = QT_TRANSLATE_NOOP("PassphraseReasons", "This is a commonly used passphrase.")
_REASON_ONE_CHARACTER = QT_TRANSLATE_NOOP(
    "PassphraseReasons", "This is one character repeated; use several unrelated words.")
_REASON_REPEAT = QT_TRANSLATE_NOOP(
    "PassphraseReasons", "This repeats the same word or pattern; use several different words.")
_REASON_SEQUENCE = QT_TRANSLATE_NOOP(
    "PassphraseReasons", "This is a simple sequence like 12345 or abcde; use several unrelated words.")
_REASON_CONTEXT = QT_TRANSLATE_NOOP(
    "PassphraseReasons",
    "This is made only of words linked to this app or to you; add unrelated words of your own.",
)
_REASON_GUESSABLE = QT_TRANSLATE_NOOP("PassphraseReasons", "This would be easy to guess.")
_SUGGESTION = QT_TRANSLATE_NOOP("PassphraseReasons", "Add another word or two; uncommon words are better.")
# zxcvbn's warnings (zxcvbn 4.5, feedback.py) that can reach a person: those that say "common" are
# said as _REASON_COMMON instead. A warning not listed (a newer zxcvbn) is shown as zxcvbn words it.
_ZXCVBN_WARNINGS: dict[str, Text] = {
    warning.english(): warning for warning in (
        QT_TRANSLATE_NOOP("PassphraseReasons", "Straight rows of keys are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseReasons", "Short keyboard patterns are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseReasons", 'Repeats like "aaa" are easy to guess.'),
        QT_TRANSLATE_NOOP("PassphraseReasons",
                          'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
        QT_TRANSLATE_NOOP("PassphraseReasons", 'Sequences like "abc" or "6543" are easy to guess.'),
        QT_TRANSLATE_NOOP("PassphraseReasons", "Recent years are easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseReasons", "Dates are often easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseReasons", "A word by itself is easy to guess."),
        QT_TRANSLATE_NOOP("PassphraseReasons", "Names and surnames by themselves are easy to guess."),
    )
}


@dataclass(frozen=True)
class PassphraseVerdict:
    acceptable: bool
    reasons: tuple[Text, ...]  # short sentences, empty when acceptable
    strength: int  # 0..4 for the meter; at most 1 when not acceptable
    length: int  # code points after NFKC


def _compact(text: str) -> str:
    """Lower-case letters and digits only: what the repeat and sequence rules look at."""
    return "".join(c for c in text.casefold() if c.isalnum())


def _is_repetition(compact: str) -> bool:
    """True if ``compact`` is a shorter unit repeated at least twice, possibly cut short at the end
    ("wordword", "abcabcab"): its shortest period is at most half its length (KMP prefix function).
    """
    n = len(compact)
    if n < 2:
        return False
    border = [0] * n
    for i in range(1, n):
        k = border[i - 1]
        while k and compact[i] != compact[k]:
            k = border[k - 1]
        border[i] = k + 1 if compact[i] == compact[k] else k
    return n - border[-1] <= n // 2


def _is_simple_sequence(compact: str) -> bool:
    """Digits counting up or down (wrapping 9 to 0), or letters in alphabet order."""
    if len(compact) < 3:
        return False
    if compact.isascii() and compact.isdigit():
        steps = {(int(b) - int(a)) % 10 for a, b in pairwise(compact)}
        return steps in ({1}, {9})
    if compact.isascii() and compact.isalpha():
        steps = {ord(b) - ord(a) for a, b in pairwise(compact)}
        return steps in ({1}, {-1})
    return False


def _only_context_words(text: str, context: Sequence[str]) -> bool:
    words = re.findall(r"[^\W_]+", text.casefold())
    known = {word.casefold() for word in context}
    # Short numbers ("2024", "1") add next to nothing to a guesser.
    return bool(words) and all(w in known or (w.isdigit() and len(w) <= 4) for w in words)


def _score(log10_guesses: float) -> int:
    return sum(log10_guesses >= threshold for threshold in _SCORE_THRESHOLDS)


def _zxcvbn_estimate(text: str, context: Sequence[str], chunks: int) -> tuple[int, str]:
    """(score 0..4, zxcvbn's warning for the first piece) on at most ``chunks`` pieces."""
    # ~25 ms with its word lists: loaded on first use, not on the way to the unlock screen.
    from zxcvbn import zxcvbn as estimate
    total = 0.0
    warning = ""
    for index in range(chunks):
        piece = text[index * _CHUNK : (index + 1) * _CHUNK]
        if not piece:
            break
        result: dict[str, Any] = estimate(piece, user_inputs=list(context), max_length=_CHUNK)
        total += float(result["guesses_log10"])
        if index == 0:
            warning = str(result["feedback"].get("warning") or "")
        if _score(total) == len(_SCORE_THRESHOLDS):
            break
    return _score(total), warning


def _pattern_reason(text: str, context: Sequence[str]) -> Text | None:
    """Why ``text`` is guessable by its shape alone, or None."""
    compact = _compact(text)
    if len(set(compact)) == 1 or (not compact and len(set(text)) == 1):
        return _REASON_ONE_CHARACTER
    if _is_simple_sequence(compact):
        return _REASON_SEQUENCE
    if _is_repetition(compact):
        return _REASON_REPEAT
    if _only_context_words(text, context):
        return _REASON_CONTEXT
    return None


def _reason_from_warning(warning: str) -> Text:
    if "common" in warning.lower():
        return _REASON_COMMON
    if not warning:
        return _REASON_GUESSABLE
    return _ZXCVBN_WARNINGS.get(warning) or untranslated(warning)


def evaluate_passphrase(passphrase: str, context_words: Sequence[str] = ()) -> PassphraseVerdict:
    """Whether ``passphrase`` may protect the vault, why not, and how strong it looks."""
    text = unicodedata.normalize("NFKC", passphrase)
    length = len(text)
    context = [*DEFAULT_CONTEXT_WORDS, *(w for w in context_words if w)]
    reasons: list[Text] = []
    if length < MIN_LENGTH:
        reasons.append(QT_TRANSLATE_NOOP("PassphraseReasons", "Use at least %1 characters; this has %2.")
                       .arg(MIN_LENGTH, length))
    elif length > MAX_LENGTH:
        reasons.append(QT_TRANSLATE_NOOP("PassphraseReasons", "Use at most %1 characters; this has %2.")
                       .arg(MAX_LENGTH, length))

    if text:
        pattern_reason = _pattern_reason(text, context)
        # A refused shape caps the meter anyway: the first piece is enough for it.
        score, warning = _zxcvbn_estimate(text, context, 1 if pattern_reason else _CHUNKS)
        if pattern_reason:
            reasons.append(pattern_reason)
        elif score < MIN_ACCEPTED_SCORE:
            reasons.append(_reason_from_warning(warning))
            reasons.append(_SUGGESTION)
    else:
        score = 0

    acceptable = not reasons
    strength = score if acceptable else min(score, 1)
    return PassphraseVerdict(acceptable=acceptable, reasons=tuple(reasons), strength=strength, length=length)
