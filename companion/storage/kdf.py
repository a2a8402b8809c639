"""Argon2id: turning a passphrase into a wrapping key, slowly on purpose.

Parameters are calibrated once, at vault creation, to take about half a second on the
computer at hand, and recorded in the key file. Parameters read back from a file are
bounded, so a hostile file cannot make us allocate gigabytes or loop for hours.
"""

from __future__ import annotations

import math
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from argon2.exceptions import HashingError
from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw

from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.errors import StorageError

KEY_BYTES = 32
MIN_SALT_BYTES = 8  # Argon2's own minimum; we generate 16
ARGON2_VERSION_19 = 19

# Bounds for parameters read from a file. Calibration never goes past them either.
MAX_TIME_COST = 64
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_PARALLELISM = 16
# time_cost x memory caps the total work (memory passes), about 20 s on a slow laptop.
MAX_WORK_KIB = 16 * 1024 * 1024

# Calibration raises memory up to this (a middle-aged laptop can spare it), then passes.
CALIBRATION_MEMORY_CAP_KIB = 256 * 1024
_CALIBRATION_ROUNDS = 6
_SHORTEST_READING = 1e-9  # seconds
_LARGEST_STEP = 1e6  # x per round, so odd readings never overflow
_MIB = 1024

_FIELDS = ("time_cost", "memory_kib", "parallelism")


class KdfMemoryError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "This computer did not have enough free memory to check the passphrase. "
            "Close other programs and try again.",
        ))


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters (always version 1.3, 32-byte output)."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def __post_init__(self) -> None:
        for name in _FIELDS:
            value = getattr(self, name)
            if type(value) is not int:
                raise ValueError(f"{name} must be an integer")
        if not 1 <= self.time_cost <= MAX_TIME_COST:
            raise ValueError(f"time_cost must be between 1 and {MAX_TIME_COST}")
        if not 1 <= self.parallelism <= MAX_PARALLELISM:
            raise ValueError(f"parallelism must be between 1 and {MAX_PARALLELISM}")
        if not 8 * self.parallelism <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError(f"memory_kib must be between 8 x parallelism and {MAX_MEMORY_KIB}")
        if self.time_cost * self.memory_kib > MAX_WORK_KIB:
            raise ValueError("time_cost x memory_kib is too large")

    def to_json(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in _FIELDS}

    @classmethod
    def from_json(cls, data: object) -> Argon2Params:
        """Parameters from a parsed file; ValueError unless exactly the three sane integers."""
        if not isinstance(data, dict) or set(data) != set(_FIELDS):
            raise ValueError("expected exactly time_cost, memory_kib and parallelism")
        values = [data[name] for name in _FIELDS]
        if any(type(value) is not int for value in values):  # bool and float are refused too
            raise ValueError("Argon2 parameters must be integers")
        return cls(*values)

    def at_least(self, floor: Argon2Params) -> Argon2Params:
        """These parameters, raised field by field to ``floor``."""
        return Argon2Params(
            time_cost=max(self.time_cost, floor.time_cost),
            memory_kib=max(self.memory_kib, floor.memory_kib),
            parallelism=max(self.parallelism, floor.parallelism),
        )


PRODUCTION_FLOOR = Argon2Params(time_cost=3, memory_kib=65536, parallelism=1)
LIGHT_TEST_PARAMS = Argon2Params(time_cost=1, memory_kib=8, parallelism=1)  # tests only

KdfChooser = Callable[[], Argon2Params]


def normalise_passphrase(passphrase: str) -> bytes:
    """NFKC then UTF-8, so the same passphrase typed on another keyboard gives the same key."""
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """A 32-byte key from the whole passphrase (never truncated), Argon2id v1.3."""
    if len(salt) < MIN_SALT_BYTES:
        raise ValueError("the salt is too short")
    assert ARGON2_VERSION == ARGON2_VERSION_19  # the key file records v19; a change must be deliberate
    try:
        return hash_secret_raw(
            secret=normalise_passphrase(passphrase),
            salt=salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
            version=ARGON2_VERSION_19,
        )
    except HashingError as error:
        if "memory" in str(error).lower():
            raise KdfMemoryError() from error
        raise


def measure_derivation(params: Argon2Params) -> float:
    """Seconds one derivation takes here (wall time of real work, so no injected clock)."""
    salt = secrets.token_bytes(16)
    start = time.perf_counter()
    derive_key("calibration passphrase", salt, params)
    return time.perf_counter() - start


def _memory_cap(floor: Argon2Params) -> int:
    return max(CALIBRATION_MEMORY_CAP_KIB, floor.memory_kib)


def _round_memory(memory_kib: float, floor: Argon2Params) -> int:
    whole_mib = int(memory_kib) // _MIB * _MIB
    return min(_memory_cap(floor), max(floor.memory_kib, whole_mib))


def _affordable_time_cost(memory_kib: int) -> int:
    return max(1, min(MAX_TIME_COST, MAX_WORK_KIB // memory_kib))


def calibrate(
    target_seconds: float = 0.5,
    *,
    floor: Argon2Params = PRODUCTION_FLOOR,
    measure: Callable[[Argon2Params], float] | None = None,
) -> Argon2Params:
    """Parameters that take about ``target_seconds`` here, never below ``floor`` in any field.

    Memory rises first (it is what makes Argon2id costly for attackers' hardware), up to
    ``CALIBRATION_MEMORY_CAP_KIB``; then the number of passes. Cost is close to linear in
    both, so each round scales by target / measured and measures again.
    """
    if not (math.isfinite(target_seconds) and target_seconds >= 0):
        raise ValueError("target_seconds must be a finite, non-negative number")
    timer = measure_derivation if measure is None else measure
    params = floor
    for _ in range(_CALIBRATION_ROUNDS):
        elapsed = timer(params)
        if math.isnan(elapsed):
            break  # no usable reading: keep what we have
        # A reading of zero means a clock too coarse to see the work: very fast.
        ratio = min(target_seconds / max(elapsed, _SHORTEST_READING), _LARGEST_STEP)
        if 0.85 <= ratio <= 1.2 or (ratio < 1 and params == floor):
            break
        if ratio > 1 and params.memory_kib < _memory_cap(floor):
            proposal = replace(params, memory_kib=_round_memory(params.memory_kib * ratio, floor))
        else:
            time_cost = round(params.time_cost * ratio)
            time_cost = min(_affordable_time_cost(params.memory_kib), max(floor.time_cost, time_cost))
            proposal = replace(params, time_cost=time_cost)
            if ratio < 1 and proposal == params:
                # Passes are already at the floor: give back memory instead.
                proposal = replace(params, memory_kib=_round_memory(params.memory_kib * ratio, floor))
        if proposal == params:
            break
        params = proposal
    return params.at_least(floor)
