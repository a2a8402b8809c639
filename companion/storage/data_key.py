"""The vault's 256-bit data key: the SQLCipher raw key, never written unwrapped."""

from __future__ import annotations

import secrets

DATA_KEY_BYTES = 32


class DataKey:
    """Holds the raw key and keeps it out of reprs, logs and tracebacks.

    ``previous`` are the data keys this one replaced at passphrase changes, newest first (the key
    file keeps them wrapped under this key): the backups made before a change, and a vault whose
    re-keying was interrupted, open with one of them. Equality is the raw key's alone.
    """

    __slots__ = ("_previous", "_raw")

    def __init__(self, raw: bytes, previous: tuple[DataKey, ...] = ()) -> None:
        if len(raw) != DATA_KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._raw = bytes(raw)
        self._previous = previous

    @classmethod
    def generate(cls) -> DataKey:
        return cls(secrets.token_bytes(DATA_KEY_BYTES))

    @property
    def raw(self) -> bytes:
        return self._raw

    @property
    def previous(self) -> tuple[DataKey, ...]:
        return self._previous

    def candidates(self) -> tuple[DataKey, ...]:
        """This key, then the ones it replaced: what may open a file of this vault, in that order."""
        return (self, *self._previous)

    def sqlcipher_pragma_value(self) -> str:
        """The value for ``PRAGMA key = "x'…'"``: a raw key, so opening costs no KDF."""
        return f"\"x'{self._raw.hex()}'\""

    def __repr__(self) -> str:
        return "DataKey(<hidden>)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DataKey) and secrets.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(self._raw)
