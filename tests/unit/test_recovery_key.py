"""Recovery keys: format, forgiving parsing, and a checksum that catches typos."""

from __future__ import annotations

import itertools

import pytest

from companion.storage.errors import RecoveryKeyTypoError, StorageError
from companion.storage.recovery_key import ALPHABET, KEY_SYMBOLS, RecoveryKey, check_symbol

SAMPLE_COUNT = 5


@pytest.fixture(scope="module")
def sample_keys() -> list[RecoveryKey]:
    return [RecoveryKey.generate() for _ in range(SAMPLE_COUNT)]


def _plain(key: RecoveryKey) -> str:
    return key.formatted.replace("-", "")


def test_alphabet_is_crockford() -> None:
    assert ALPHABET == "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    assert len(set(ALPHABET)) == 32


def test_generated_key_shape() -> None:
    key = RecoveryKey.generate()
    assert len(key.groups) == 7
    assert all(len(group) == 4 for group in key.groups)
    assert key.formatted == "-".join(key.groups)
    assert len(_plain(key)) == KEY_SYMBOLS == 28
    assert set(_plain(key)) <= set(ALPHABET)


def test_secret_is_135_bits_of_the_random_symbols() -> None:
    key = RecoveryKey.generate()
    number = 0
    for symbol in _plain(key)[:27]:
        number = number * 32 + ALPHABET.index(symbol)
    assert key.secret == number.to_bytes(17, "big")
    assert key.secret[0] < 2 ** (135 - 128)  # only 7 bits used in the top byte


def test_generated_keys_differ() -> None:
    secrets = {RecoveryKey.generate().secret for _ in range(200)}
    assert len(secrets) == 200


def test_repr_hides_the_value(sample_keys: list[RecoveryKey]) -> None:
    key = sample_keys[0]
    for text in (repr(key), str(key)):
        assert _plain(key) not in text
        assert key.groups[1] not in text


def test_key_is_immutable(sample_keys: list[RecoveryKey]) -> None:
    with pytest.raises(AttributeError):
        sample_keys[0]._symbols = "0" * 28


def test_equality_and_hash(sample_keys: list[RecoveryKey]) -> None:
    again = RecoveryKey.parse(sample_keys[0].formatted)
    assert again == sample_keys[0]
    assert hash(again) == hash(sample_keys[0])
    assert sample_keys[0] != sample_keys[1]


def test_parse_accepts_the_ways_people_type_it(sample_keys: list[RecoveryKey]) -> None:
    key = sample_keys[0]
    plain = _plain(key)
    variants = [
        key.formatted,
        key.formatted.lower(),
        plain,
        plain.lower(),
        " ".join(key.groups),
        "  " + "  ".join(g.lower() for g in key.groups) + "\n",
        "-".join(plain[i : i + 2] for i in range(0, 28, 2)),
        key.formatted.replace("-", " - "),
        key.formatted.replace("-", "\u2013"),  # en dash from a word processor
        "".join(chr(ord(c) + 0xFEE0) for c in plain),  # full-width, e.g. from a phone keyboard
    ]
    for variant in variants:
        assert RecoveryKey.parse(variant) == key, variant


def test_parse_accepts_crockford_aliases() -> None:
    payload = "0101" + "ABCD" * 5 + "XYZ"
    key = RecoveryKey.parse(payload + check_symbol(payload))
    for typed in ("O1O1", "oIoI", "0L0l", "OiOl"):
        assert RecoveryKey.parse(typed + _plain(key)[4:]) == key


@pytest.mark.parametrize("cut", [1, 4, 27])
def test_wrong_length_is_a_typo_error(sample_keys: list[RecoveryKey], cut: int) -> None:
    plain = _plain(sample_keys[0])
    with pytest.raises(RecoveryKeyTypoError, match="28 letters and digits; this has"):
        RecoveryKey.parse(plain[:-cut])
    with pytest.raises(RecoveryKeyTypoError, match="this has 29"):
        RecoveryKey.parse(plain + "0")


@pytest.mark.parametrize("bad", ["U", "!", "*", "é", "#"])
def test_characters_outside_the_alphabet_are_typo_errors(sample_keys: list[RecoveryKey], bad: str) -> None:
    plain = _plain(sample_keys[0])
    typed = plain[:9] + bad + plain[10:]
    with pytest.raises(RecoveryKeyTypoError, match="Character 10 ") as caught:
        RecoveryKey.parse(typed)
    assert isinstance(caught.value, StorageError)
    assert plain not in str(caught.value)


def test_empty_input_is_a_typo_error() -> None:
    with pytest.raises(RecoveryKeyTypoError, match="this has 0"):
        RecoveryKey.parse("")


def test_every_single_symbol_substitution_is_caught(sample_keys: list[RecoveryKey]) -> None:
    checked = 0
    for key in sample_keys:
        plain = _plain(key)
        for position in range(KEY_SYMBOLS):
            for replacement in ALPHABET:
                if replacement == plain[position]:
                    continue
                typed = plain[:position] + replacement + plain[position + 1 :]
                with pytest.raises(RecoveryKeyTypoError, match="has a typo"):
                    RecoveryKey.parse(typed)
                checked += 1
    assert checked == SAMPLE_COUNT * KEY_SYMBOLS * 31


def _undetected_adjacent_swaps(plain: str) -> tuple[int, list[tuple[str, str]]]:
    """(number of swaps of two different neighbours, the pairs the checksum misses)."""
    swaps = 0
    missed: list[tuple[str, str]] = []
    for position in range(KEY_SYMBOLS - 1):
        left, right = plain[position], plain[position + 1]
        if left == right:
            continue
        swaps += 1
        typed = plain[:position] + right + left + plain[position + 2 :]
        try:
            RecoveryKey.parse(typed)
        except RecoveryKeyTypoError:
            continue
        missed.append((left, right))
    return swaps, missed


def test_adjacent_transpositions_are_caught_except_zero_with_z(sample_keys: list[RecoveryKey]) -> None:
    # Luhn mod 32 adds x (x < 16) or 2x - 31 (x >= 16) for a doubled symbol, so swapping
    # neighbours a, b goes unnoticed only when a - f(a) == b - f(b): only {0, 31} = {"0", "Z"}.
    total = 0
    for key in sample_keys:
        swaps, missed = _undetected_adjacent_swaps(_plain(key))
        total += swaps
        assert all({left, right} == {"0", "Z"} for left, right in missed), missed
    assert total > 0


def test_the_one_blind_spot_is_real_and_measured() -> None:
    # Every pair of different symbols, swapped at every position that has room for them.
    missed_pairs: set[frozenset[str]] = set()
    for left, right in itertools.permutations(ALPHABET, 2):
        payload = ("7" * 10 + left + right + "M" * 15)[:27]
        plain = payload + check_symbol(payload)
        _, missed = _undetected_adjacent_swaps(plain)
        missed_pairs.update(frozenset(pair) for pair in missed)
    assert missed_pairs == {frozenset({"0", "Z"})}


def test_check_symbol_position_is_covered_too() -> None:
    # A swap of the last random symbol with the check symbol is a transposition like any other.
    swapped = 0
    for last in ALPHABET:
        payload = "ABCDEFGHJKMNPQRSTVWXYZ0123" + last
        plain = payload + check_symbol(payload)
        if plain[-1] == plain[-2] or {plain[-1], plain[-2]} == {"0", "Z"}:
            continue
        with pytest.raises(RecoveryKeyTypoError):
            RecoveryKey.parse(plain[:-2] + plain[-1] + plain[-2])
        swapped += 1
    assert swapped >= 30


def test_constructor_refuses_invalid_symbols_strings() -> None:
    with pytest.raises(ValueError):
        RecoveryKey("0" * 27)
    with pytest.raises(ValueError):
        RecoveryKey("U" * 28)
    payload = "0" * 27
    good_check = check_symbol(payload)
    RecoveryKey(payload + good_check)  # does not raise
    wrong_check = ALPHABET[(ALPHABET.index(good_check) + 1) % 32]
    with pytest.raises(ValueError):
        RecoveryKey(payload + wrong_check)
