"""Passphrase policy (NIST SP 800-63B rev 4): length, no truncation, guessable ones refused."""

from __future__ import annotations

import random

import pytest

from companion.domain.passphrase_policy import (
    MAX_LENGTH,
    MIN_LENGTH,
    PassphraseVerdict,
    evaluate_passphrase,
)

GOOD = "tundra mosaic velvet orbit"
DICEWARE_WORDS = [
    "tundra",
    "mosaic",
    "velvet",
    "orbit",
    "lantern",
    "quarry",
    "ember",
    "fjord",
    "cobalt",
    "saffron",
    "walnut",
    "heron",
]


def _long_phrase(length: int, seed: int) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    while len(" ".join(words)) < length:
        words.append(rng.choice(DICEWARE_WORDS) + str(rng.randrange(10)))
    return " ".join(words)[:length]


def test_limits_are_as_nist_asks() -> None:
    assert MIN_LENGTH == 15
    assert MAX_LENGTH >= 64


@pytest.mark.parametrize(
    ("passphrase", "expected_length", "acceptable"),
    [
        ("velvet orbit ja", 15, True),
        ("velvet orbit j", 14, False),
        ("", 0, False),
        # combining accents: 28 code points typed, 14 after NFKC
        ("e\u0301" * 3 + "velvet orbit ", 16, True),
        ("\u00e9t\u00e9 velvet orb", 14, False),
        ("e\u0301te\u0301 velvet orb", 14, False),
        ("e\u0301te\u0301 velvet orbi", 15, True),
        # a ligature expands under NFKC: 14 typed, 15 counted
        ("\ufb01sh velvet orb", 15, True),
    ],
)
def test_length_is_counted_in_code_points_after_nfkc(
    passphrase: str, expected_length: int, acceptable: bool
) -> None:
    verdict = evaluate_passphrase(passphrase)
    assert verdict.length == expected_length
    assert verdict.acceptable is acceptable, verdict.reasons
    too_short = f"Use at least 15 characters; this has {expected_length}."
    assert (too_short in verdict.reasons) is (expected_length < MIN_LENGTH)


def test_short_reason_reads_plainly() -> None:
    assert evaluate_passphrase("velvet orb").reasons[0] == "Use at least 15 characters; this has 10."


@pytest.mark.parametrize("length", [64, 100, 1000, MAX_LENGTH])
def test_long_passphrases_are_accepted_whole(length: int) -> None:
    passphrase = _long_phrase(length, seed=length)
    verdict = evaluate_passphrase(passphrase)
    assert verdict == PassphraseVerdict(acceptable=True, reasons=(), strength=4, length=length)


def test_one_over_the_maximum_is_refused_with_a_reason() -> None:
    verdict = evaluate_passphrase(_long_phrase(MAX_LENGTH + 1, seed=5))
    assert not verdict.acceptable
    assert verdict.reasons == ("Use at most 1024 characters; this has 1025.",)
    assert verdict.length == MAX_LENGTH + 1


def test_a_weak_start_does_not_sink_a_long_strong_passphrase() -> None:
    # The guessability estimate looks at the passphrase in pieces; the later ones count too.
    passphrase = "iloveyou " * 7 + _long_phrase(80, seed=9)
    assert evaluate_passphrase(passphrase).acceptable


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("passwordpassword", "repeats the same word"),
        ("iloveyouiloveyou", "repeats the same word"),
        ("companion companion", "repeats the same word"),
        ("Summer2024Summer2024", "repeats the same word"),
        ("abcabcabcabcabcab", "repeats the same word"),
        ("123456789012345", "simple sequence"),
        ("9876543210987654", "simple sequence"),
        ("abcdefghijklmnop", "simple sequence"),
        ("ZYXWVUTSRQPONMLK", "simple sequence"),
        ("aaaaaaaaaaaaaaaa", "one character repeated"),
        ("................", "one character repeated"),
        ("AAAA aaaa AAAA aaaa", "one character repeated"),
        ("ketamine passphrase 2024", "words linked to this app"),
        ("Companion-Password-1", "words linked to this app"),
        ("qwertyuiopasdfgh", "commonly used passphrase"),
        ("1qaz2wsx3edc4rfv", "commonly used passphrase"),
        ("p@ssw0rd12345678", "commonly used passphrase"),
    ],
)
def test_common_and_guessable_passphrases_are_refused_with_a_reason(passphrase: str, reason: str) -> None:
    verdict = evaluate_passphrase(passphrase)
    assert not verdict.acceptable
    assert len(passphrase) >= MIN_LENGTH  # refused for what it is, not for its length
    assert any(reason in r for r in verdict.reasons), verdict.reasons
    assert verdict.strength <= 1


def test_caller_context_words_are_refused_too() -> None:
    assert evaluate_passphrase("riverside margaret").acceptable
    verdict = evaluate_passphrase("riverside margaret", context_words=["Margaret", "Riverside"])
    assert not verdict.acceptable
    assert any("linked to this app or to you" in r for r in verdict.reasons)


@pytest.mark.parametrize(
    "passphrase",
    [
        GOOD,
        "correct horse battery staple",
        "saffron heron walnut quarry",
        "my cat sleeps on the piano at noon",
        "Ölfass Zwiebel Fahrrad Schnee",  # non-English words are fine
        "雪の日に古い地図を広げる旅人たち",  # so are other scripts
    ],
)
def test_good_passphrases_are_accepted_with_a_strong_meter(passphrase: str) -> None:
    verdict = evaluate_passphrase(passphrase)
    assert verdict.acceptable, verdict.reasons
    assert verdict.reasons == ()
    assert verdict.strength >= 3


def test_no_composition_rules() -> None:
    # No digit, no capital, no symbol: fine when long and unguessable.
    assert evaluate_passphrase("walnut heron saffron cobalt").acceptable


def test_refused_passphrases_never_show_a_strong_meter() -> None:
    verdicts = [evaluate_passphrase(p) for p in ["x7#Kq!2mZp9@Lw", "passwordpassword", "hello"]]
    assert all(not v.acceptable for v in verdicts)
    assert all(0 <= v.strength <= 1 for v in verdicts)


def test_meter_rises_with_strength() -> None:
    assert evaluate_passphrase("password").strength == 0
    assert evaluate_passphrase(GOOD).strength == 4


def test_reasons_are_short_sentences_without_the_passphrase() -> None:
    for passphrase in ["passwordpassword", "qwertyuiopasdfgh", "hello", "1234567890123", "x" * 1100]:
        for reason in evaluate_passphrase(passphrase).reasons:
            assert reason[0].isupper() and reason.endswith("."), reason
            assert len(reason) < 120
            assert passphrase not in reason


def test_the_passphrase_is_never_modified_or_truncated() -> None:
    # Two long passphrases that differ only at the very end are judged as different inputs.
    base = _long_phrase(1000, seed=3)
    assert evaluate_passphrase(base + "!").length == 1001
    assert evaluate_passphrase(base + "!!").length == 1002


def test_estimation_work_is_bounded_for_long_input(monkeypatch: pytest.MonkeyPatch) -> None:
    # zxcvbn's cost grows faster than linearly; it must only ever see bounded pieces.
    import zxcvbn as zxcvbn_package
    from zxcvbn import zxcvbn as real

    seen: list[int] = []

    def spying_zxcvbn(password: str, **kwargs: object) -> object:
        seen.append(len(password))
        return real(password, **kwargs)

    # The policy imports zxcvbn's function at call time, so patching the package reaches it.
    monkeypatch.setattr(zxcvbn_package, "zxcvbn", spying_zxcvbn)
    for passphrase in ["x" * 1024, _long_phrase(1024, seed=1), "iloveyou" * 128, _long_phrase(1025, seed=2)]:
        seen.clear()
        evaluate_passphrase(passphrase)
        assert 1 <= len(seen) <= 3
        assert max(seen) <= 64
