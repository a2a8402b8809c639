"""The recovery key: 135 random bits a person can copy onto paper and type back.

Crockford base32 (no I, L, O or U, so nothing looks alike), 27 random symbols and one Luhn
mod 32 check symbol, shown as 7 groups of 4. The check symbol catches every single-symbol
typo and every swap of two neighbouring symbols except "0" with "Z", so a typo is reported
as a typo instead of as "wrong key".
"""

from __future__ import annotations

import secrets
import unicodedata

from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.errors import RecoveryKeyTypoError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_SYMBOLS = 27
KEY_SYMBOLS = RANDOM_SYMBOLS + 1
GROUP_SIZE = 4
SECRET_BYTES = (RANDOM_SYMBOLS * 5 + 7) // 8  # 135 bits in 17 bytes

_BASE = len(ALPHABET)
_VALUES = {symbol: value for value, symbol in enumerate(ALPHABET)}
# Crockford's aliases for symbols people misread or mistype.
_VALUES.update({"O": 0, "I": 1, "L": 1})
_SEPARATORS = frozenset("-–—_.")  # hyphen, dashes, and what people type between groups


def _luhn_sum(values: list[int], *, double_first_from_right: bool) -> int:
    """Luhn mod N: from the right, every other value is doubled and its base-N digits summed."""
    total = 0
    double = double_first_from_right
    for value in reversed(values):
        addend = value * 2 if double else value
        total += addend // _BASE + addend % _BASE
        double = not double
    return total % _BASE


def check_symbol(payload: str) -> str:
    """The Luhn mod 32 check symbol for a string of alphabet symbols."""
    remainder = _luhn_sum([_VALUES[symbol] for symbol in payload], double_first_from_right=True)
    return ALPHABET[(_BASE - remainder) % _BASE]


def _checksum_holds(symbols: str) -> bool:
    return _luhn_sum([_VALUES[symbol] for symbol in symbols], double_first_from_right=False) == 0


class RecoveryKey:
    """An immutable recovery key; its repr never shows the value."""

    __slots__ = ("_symbols",)
    _symbols: str

    def __init__(self, symbols: str) -> None:
        if len(symbols) != KEY_SYMBOLS or any(s not in ALPHABET for s in symbols):
            raise ValueError("a recovery key is 28 symbols of the Crockford alphabet")
        if not _checksum_holds(symbols):
            raise ValueError("the recovery key's check symbol does not match")
        object.__setattr__(self, "_symbols", symbols)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a RecoveryKey cannot be changed")

    @classmethod
    def generate(cls) -> RecoveryKey:
        payload = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_SYMBOLS))
        return cls(payload + check_symbol(payload))

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """A key as a person typed it: any case, spaces and hyphens anywhere, O/I/L aliases."""
        folded = unicodedata.normalize("NFKC", text).upper()
        kept = [c for c in folded if not c.isspace() and c not in _SEPARATORS]
        if len(kept) != KEY_SYMBOLS:
            raise RecoveryKeyTypoError(QT_TRANSLATE_NOOP(
                "StorageErrors",
                "A recovery key has %1 letters and digits; this has %2. "
                "Check for a missing or extra character.",
            ).arg(KEY_SYMBOLS, len(kept)))
        for position, symbol in enumerate(kept, start=1):
            if symbol not in _VALUES:
                raise RecoveryKeyTypoError(QT_TRANSLATE_NOOP(
                    "StorageErrors",
                    "Character %1 is not used in recovery keys (they have no U and no punctuation). "
                    "Check it and try again.",
                ).arg(position))
        symbols = "".join(ALPHABET[_VALUES[symbol]] for symbol in kept)
        if not _checksum_holds(symbols):
            raise RecoveryKeyTypoError(QT_TRANSLATE_NOOP(
                "StorageErrors",
                "That recovery key has a typo. Check each group of four characters against your copy "
                "and try again.",
            ))
        return cls(symbols)

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(self._symbols[i : i + GROUP_SIZE] for i in range(0, KEY_SYMBOLS, GROUP_SIZE))

    @property
    def formatted(self) -> str:
        """ "ABCD-EFGH-…": what the person writes down."""
        return "-".join(self.groups)

    @property
    def secret(self) -> bytes:
        """The 135 random bits (the check symbol adds none), big-endian in 17 bytes."""
        number = 0
        for symbol in self._symbols[:RANDOM_SYMBOLS]:
            number = number * _BASE + _VALUES[symbol]
        return number.to_bytes(SECRET_BYTES, "big")

    def __repr__(self) -> str:
        return "RecoveryKey(<hidden>)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RecoveryKey) and secrets.compare_digest(self._symbols, other._symbols)

    def __hash__(self) -> int:
        return hash(self._symbols)
