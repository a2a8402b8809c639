"""Argon2id key derivation: reference vectors, normalisation, bounds and calibration."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from argon2.exceptions import HashingError
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.storage import kdf
from companion.storage.errors import StorageError
from companion.storage.kdf import (
    CALIBRATION_MEMORY_CAP_KIB,
    LIGHT_TEST_PARAMS,
    MAX_MEMORY_KIB,
    MAX_TIME_COST,
    PRODUCTION_FLOOR,
    Argon2Params,
    KdfMemoryError,
    calibrate,
    derive_key,
    measure_derivation,
)

# Argon2id, version 0x13, 32-byte tags, from the reference implementation's test suite
# (P-H-C/phc-winner-argon2, src/test.c, the Argon2id hashtest() calls; m is given there as
# log2 of KiB). The small-memory ones keep this file fast.
REFERENCE_VECTORS = [
    (
        2,
        1 << 16,
        1,
        "password",
        b"somesalt",
        "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7",
    ),
    (
        2,
        1 << 8,
        1,
        "password",
        b"somesalt",
        "9dfeb910e80bad0311fee20f9c0e2b12c17987b4cac90c2ef54d5b3021c68bfe",
    ),
    (
        2,
        1 << 8,
        2,
        "password",
        b"somesalt",
        "6d093c501fd5999645e0ea3bf620d7b8be7fd2db59c20d9fff9539da2bf57037",
    ),
    (
        2,
        1 << 16,
        1,
        "password",
        b"diffsalt",
        "bdf32b05ccc42eb15d58fd19b1f856b113da1e9a5874fdcc544308565aa8141c",
    ),
]

SALT = bytes(range(16))


@pytest.mark.parametrize(("t", "m", "p", "password", "salt", "expected"), REFERENCE_VECTORS)
def test_reference_vectors(t: int, m: int, p: int, password: str, salt: bytes, expected: str) -> None:
    params = Argon2Params(time_cost=t, memory_kib=m, parallelism=p)
    assert derive_key(password, salt, params).hex() == expected


def test_key_is_32_bytes_and_depends_on_every_input() -> None:
    base = derive_key("a long passphrase here", SALT, LIGHT_TEST_PARAMS)
    assert len(base) == 32
    assert derive_key("a long passphrase here", SALT, LIGHT_TEST_PARAMS) == base
    assert derive_key("a long passphrase hers", SALT, LIGHT_TEST_PARAMS) != base
    assert derive_key("a long passphrase here", SALT[::-1], LIGHT_TEST_PARAMS) != base
    assert derive_key("a long passphrase here", SALT, Argon2Params(2, 8, 1)) != base
    assert derive_key("a long passphrase here", SALT, Argon2Params(1, 16, 1)) != base


@pytest.mark.parametrize(
    ("typed_one_way", "typed_another"),
    [
        ("caf\u0065\u0301 au lait", "caf\u00e9 au lait"),  # combining accent vs precomposed
        ("\ufb01sh and chips", "fish and chips"),  # ligature
        ("\uff41\uff42\uff43 wide", "abc wide"),  # full-width letters
        ("\u212bngstr\u00f6m", "\u00c5ngstr\u00f6m"),  # Angstrom sign vs A-ring
    ],
)
def test_nfkc_equivalent_passphrases_give_the_same_key(typed_one_way: str, typed_another: str) -> None:
    assert typed_one_way != typed_another
    assert derive_key(typed_one_way, SALT, LIGHT_TEST_PARAMS) == derive_key(
        typed_another, SALT, LIGHT_TEST_PARAMS
    )


def test_case_and_spaces_are_not_normalised_away() -> None:
    key = derive_key("Blue Harbour Lantern", SALT, LIGHT_TEST_PARAMS)
    assert derive_key("blue harbour lantern", SALT, LIGHT_TEST_PARAMS) != key
    assert derive_key("Blue Harbour Lantern ", SALT, LIGHT_TEST_PARAMS) != key


@pytest.mark.parametrize("length", [72, 128, 1024, 5000])
def test_long_passphrases_are_never_truncated(length: int) -> None:
    passphrase = "w" * (length - 1) + "x"
    changed_last = "w" * (length - 1) + "y"
    assert derive_key(passphrase, SALT, LIGHT_TEST_PARAMS) != derive_key(
        changed_last, SALT, LIGHT_TEST_PARAMS
    )
    assert derive_key(passphrase, SALT, LIGHT_TEST_PARAMS) != derive_key(
        passphrase[:-1], SALT, LIGHT_TEST_PARAMS
    )


def test_short_salt_is_refused() -> None:
    with pytest.raises(ValueError, match="salt"):
        derive_key("passphrase", b"1234567", LIGHT_TEST_PARAMS)


def test_out_of_memory_is_a_calm_storage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_memory(**_: object) -> bytes:
        raise HashingError("Memory allocation error")

    monkeypatch.setattr(kdf, "hash_secret_raw", no_memory)
    with pytest.raises(KdfMemoryError) as caught:
        derive_key("passphrase", SALT, LIGHT_TEST_PARAMS)
    assert isinstance(caught.value, StorageError)
    assert "memory" in str(caught.value)


def test_floor_and_light_params_are_as_documented() -> None:
    assert PRODUCTION_FLOOR.to_json() == {"time_cost": 3, "memory_kib": 65536, "parallelism": 1}
    assert LIGHT_TEST_PARAMS.to_json() == {"time_cost": 1, "memory_kib": 8, "parallelism": 1}


def test_params_round_trip_through_json() -> None:
    params = Argon2Params(time_cost=4, memory_kib=131072, parallelism=2)
    assert Argon2Params.from_json(params.to_json()) == params


@pytest.mark.parametrize(
    "data",
    [
        None,
        [3, 65536, 1],
        "t=3,m=65536,p=1",
        {"time_cost": 3, "memory_kib": 65536},
        {"time_cost": 3, "memory_kib": 65536, "parallelism": 1, "extra": 1},
        {"time_cost": True, "memory_kib": 65536, "parallelism": 1},
        {"time_cost": 3.0, "memory_kib": 65536, "parallelism": 1},
        {"time_cost": "3", "memory_kib": 65536, "parallelism": 1},
        {"time_cost": 0, "memory_kib": 65536, "parallelism": 1},
        {"time_cost": -3, "memory_kib": 65536, "parallelism": 1},
        {"time_cost": MAX_TIME_COST + 1, "memory_kib": 65536, "parallelism": 1},
        {"time_cost": 10**12, "memory_kib": 65536, "parallelism": 1},
        {"time_cost": 3, "memory_kib": 100 * 1024 * 1024, "parallelism": 1},  # 100 GiB
        {"time_cost": 3, "memory_kib": MAX_MEMORY_KIB + 1, "parallelism": 1},
        {"time_cost": 3, "memory_kib": 7, "parallelism": 1},
        {"time_cost": 3, "memory_kib": 16, "parallelism": 4},  # below 8 KiB per lane
        {"time_cost": 3, "memory_kib": 65536, "parallelism": 0},
        {"time_cost": 3, "memory_kib": 65536, "parallelism": 1000},
        {"time_cost": 64, "memory_kib": MAX_MEMORY_KIB, "parallelism": 1},  # each fine, together hours
    ],
)
def test_hostile_params_are_refused(data: object) -> None:
    with pytest.raises(ValueError):
        Argon2Params.from_json(data)


def _linear_machine(seconds_per_gib_pass: float) -> Callable[[Argon2Params], float]:
    """A fake computer whose Argon2id cost is proportional to passes x memory."""

    def measure(params: Argon2Params) -> float:
        return seconds_per_gib_pass * params.time_cost * params.memory_kib / (1024 * 1024)

    return measure


def test_calibrate_on_a_typical_machine_lands_near_the_target_by_raising_memory_first() -> None:
    measure = _linear_machine(1.0)  # floor takes 3 x 1/16 s = 0.19 s
    params = calibrate(0.5, measure=measure)
    assert 0.85 * 0.5 <= measure(params) <= 1.2 * 0.5
    assert params.time_cost == PRODUCTION_FLOOR.time_cost
    assert params.memory_kib > PRODUCTION_FLOOR.memory_kib
    assert params.memory_kib % 1024 == 0


def test_calibrate_on_a_fast_machine_raises_passes_after_the_memory_cap() -> None:
    measure = _linear_machine(0.1)
    params = calibrate(0.5, measure=measure)
    assert params.memory_kib == CALIBRATION_MEMORY_CAP_KIB
    assert params.time_cost > PRODUCTION_FLOOR.time_cost
    assert 0.85 * 0.5 <= measure(params) <= 1.2 * 0.5


def test_calibrate_on_a_slow_machine_keeps_the_floor() -> None:
    calls: list[Argon2Params] = []

    def slow(params: Argon2Params) -> float:
        calls.append(params)
        return 3.0

    assert calibrate(0.5, measure=slow) == PRODUCTION_FLOOR
    assert calls == [PRODUCTION_FLOOR]


@pytest.mark.parametrize("reading", [0.0, -1.0, 1e-300, 5e-324, math.nan, math.inf, -math.inf])
def test_calibrate_survives_odd_clock_readings(reading: float) -> None:
    params = calibrate(0.5, measure=lambda _: reading)
    assert params.at_least(PRODUCTION_FLOOR) == params


@settings(max_examples=500, deadline=None)
@given(
    speed=st.floats(min_value=1e-9, max_value=1e4, allow_nan=False),
    noise=st.lists(st.floats(min_value=0.0, max_value=100.0, allow_nan=False), min_size=1, max_size=8),
    target=st.floats(min_value=0.0, max_value=10.0, allow_nan=False),
)
def test_production_params_never_go_below_the_floor(speed: float, noise: list[float], target: float) -> None:
    readings = iter(noise * 10)

    def measure(params: Argon2Params) -> float:
        return speed * params.time_cost * params.memory_kib * next(readings)

    params = calibrate(target, measure=measure)
    assert params.time_cost >= PRODUCTION_FLOOR.time_cost
    assert params.memory_kib >= PRODUCTION_FLOOR.memory_kib
    assert params.parallelism >= PRODUCTION_FLOOR.parallelism
    # and what it chooses can always be read back from a key file
    assert Argon2Params.from_json(params.to_json()) == params


def test_an_extremely_fast_machine_stays_within_what_a_key_file_may_hold() -> None:
    params = calibrate(0.5, measure=lambda _: 1e-12)
    assert params.memory_kib == CALIBRATION_MEMORY_CAP_KIB
    assert Argon2Params.from_json(params.to_json()) == params
    assert params.at_least(PRODUCTION_FLOOR) == params


def test_calibrate_with_the_real_measure_on_light_floor() -> None:
    # A zero target cannot be beaten: the floor comes straight back after one real measurement.
    assert calibrate(0.0, floor=LIGHT_TEST_PARAMS) == LIGHT_TEST_PARAMS
    assert measure_derivation(LIGHT_TEST_PARAMS) >= 0.0


@pytest.mark.parametrize("target", [-1.0, math.nan, math.inf])
def test_calibrate_refuses_a_nonsense_target(target: float) -> None:
    with pytest.raises(ValueError):
        calibrate(target, measure=lambda _: 0.1)


def test_an_endless_derivation_keeps_the_floor() -> None:
    assert calibrate(0.5, measure=lambda _: math.inf) == PRODUCTION_FLOOR
