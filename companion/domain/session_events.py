"""The events of a session: small frozen records, each stamped with an aware UTC time ``at``.

A repository stores each one in the same transaction as the screen change it causes;
:meth:`companion.domain.session.Session.replay` folds them back into the session after a crash.
Events that cannot exist (an empty reason, half a set of vitals) are refused when created.

The sitter's 4-digit code is never stored in clear: :func:`hash_sitter_code` makes a salted PBKDF2
hash that :class:`SitterHandedOver` carries (check-ins after a restart must still be the sitter's).
Ten thousand codes are quick to try, so the hash only keeps the code out of sight in an export or a
debugger; the vault's encryption is what protects it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

_CODE_HASH_SCHEME = "pbkdf2_sha256"
_CODE_HASH_ITERATIONS = 100_000
LOT_NUMBER_MAX = 40
SPO2_RANGE = (1, 100)  # what any stored SpO2 can be; plausibility is vitals.check_plausible's job


class HelpKind(StrEnum):
    OPENED = "opened"  # the Help button: every number on screen, before any section is chosen
    EMERGENCY = "emergency"  # emergency signs: call the emergency number
    DISTRESS = "distress"  # crisis line and the clinician
    SITTER_GUIDANCE = "sitter_guidance"  # what the sitter should do meanwhile
    PARAMEDICS = "paramedics"  # what to tell the emergency services


def _as_utc(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return value.astimezone(UTC)


def _require_text(value: str, name: str) -> None:
    if not value.strip():
        raise ValueError(f"{name} must not be empty")


def _require_texts(values: tuple[str, ...], name: str) -> None:
    if not values:
        raise ValueError(f"{name} must list at least one reason")
    for value in values:
        _require_text(value, name)


def _require_vitals(systolic: int, diastolic: int, heart_rate: int) -> None:
    # Plausible ranges ("measure again") are vitals.check_plausible's job before an event is made;
    # here only values no reading can have.
    for name, value in (("systolic", systolic), ("diastolic", diastolic), ("heart_rate", heart_rate)):
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValueError(f"{name} must be a positive whole number")


def _require_spo2(spo2: int | None) -> None:
    low, high = SPO2_RANGE
    if spo2 is not None and (isinstance(spo2, bool) or not isinstance(spo2, int) or not low <= spo2 <= high):
        raise ValueError(f"spo2 must be a whole number from {low} to {high}")


@dataclass(frozen=True, kw_only=True)
class SessionEvent:
    """Base of every session event; ``at`` is normalised to UTC."""

    at: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", _as_utc(self.at, "at"))
        self._validate()

    def _validate(self) -> None:
        """Field checks of the subclass (raise ValueError)."""


@dataclass(frozen=True, kw_only=True)
class ChecklistStarted(SessionEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class StartBlocked(SessionEvent):
    """A stop answer or a do-not-start reading; recorded and flagged, the session stays in the checklist."""

    reasons: tuple[str, ...]

    def _validate(self) -> None:
        _require_texts(self.reasons, "reasons")


@dataclass(frozen=True, kw_only=True)
class ChecklistPassed(SessionEvent):
    cautions_acknowledged: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SitterHandedOver(SessionEvent):
    """The sitter took over after accepting the attestation; ``code_hash`` from :func:`hash_sitter_code`."""

    sitter_name: str
    relationship: str = ""
    phone: str = ""
    code_hash: str | None = None

    def _validate(self) -> None:
        _require_text(self.sitter_name, "sitter_name")
        if self.code_hash is not None and not self.code_hash.startswith(_CODE_HASH_SCHEME + "$"):
            raise ValueError("code_hash must come from hash_sitter_code")


@dataclass(frozen=True, kw_only=True)
class DoseTaken(SessionEvent):
    """The dose was taken now; ``lot_number`` from the package, when the patient typed it (optional)."""

    lot_number: str = ""

    def _validate(self) -> None:
        if len(self.lot_number) > LOT_NUMBER_MAX or not self.lot_number.isprintable():
            raise ValueError(f"lot_number must be one line of at most {LOT_NUMBER_MAX} characters")


@dataclass(frozen=True, kw_only=True)
class MonitoringStarted(SessionEvent):
    """The session screen took over; stored in the same transaction as :class:`DoseTaken`."""


@dataclass(frozen=True, kw_only=True)
class CheckinConfirmed(SessionEvent):
    """The sitter answered the check-in scheduled at ``due_at`` ("all well" or "I'm worried").

    ``without_code``: the sitter confirmed without their code (forgotten, or "I'm worried" pressed
    without it); flagged, since the app cannot tell who answered.  ``very_sleepy``, ``detached`` and
    ``slow_breathing`` are the sitter's observations (DESIGN.md §3); None where not asked (older
    records, or "I'm worried" pressed before answering).
    """

    due_at: datetime
    all_well: bool
    without_code: bool = False
    very_sleepy: bool | None = None
    detached: bool | None = None
    slow_breathing: bool | None = None

    def _validate(self) -> None:
        object.__setattr__(self, "due_at", _as_utc(self.due_at, "due_at"))

    @property
    def emergency_observed(self) -> bool:
        """Hard to wake or breathing slowly: emergency signs (DESIGN.md §3)."""
        return bool(self.very_sleepy) or bool(self.slow_breathing)


@dataclass(frozen=True, kw_only=True)
class CheckinMissed(SessionEvent):
    """The check-in scheduled at ``due_at`` was not answered within the grace period."""

    due_at: datetime

    def _validate(self) -> None:
        object.__setattr__(self, "due_at", _as_utc(self.due_at, "due_at"))


@dataclass(frozen=True, kw_only=True)
class BpRechecked(SessionEvent):
    """A reading during monitoring or the recovery check (scheduled, a follow-up, or taken at will)."""

    systolic: int
    diastolic: int
    heart_rate: int
    spo2: int | None = None  # when the kit has a pulse oximeter

    def _validate(self) -> None:
        _require_vitals(self.systolic, self.diastolic, self.heart_rate)
        _require_spo2(self.spo2)


@dataclass(frozen=True, kw_only=True)
class HelpUsed(SessionEvent):
    kind: HelpKind


@dataclass(frozen=True, kw_only=True)
class RecoveryCheckStarted(SessionEvent):
    pass


@dataclass(frozen=True, kw_only=True)
class RecoveryCheckFailed(SessionEvent):
    """Not recovered yet: monitoring goes on and the check is asked again after RECOVERY_RECHECK_MINUTES."""

    reasons: tuple[str, ...]

    def _validate(self) -> None:
        _require_texts(self.reasons, "reasons")


@dataclass(frozen=True, kw_only=True)
class Completed(SessionEvent):
    """Recovery check passed; the final vitals (required when the care plan re-checks BP at the end)."""

    systolic: int | None = None
    diastolic: int | None = None
    heart_rate: int | None = None
    spo2: int | None = None  # only with the other final vitals

    def _validate(self) -> None:
        values = (self.systolic, self.diastolic, self.heart_rate)
        if any(v is None for v in values) and any(v is not None for v in values):
            raise ValueError("final vitals must be given together or not at all")
        if self.spo2 is not None and self.systolic is None:
            raise ValueError("a final SpO2 comes with the final vitals")
        _require_spo2(self.spo2)
        if self.systolic is not None and self.diastolic is not None and self.heart_rate is not None:
            _require_vitals(self.systolic, self.diastolic, self.heart_rate)

    @property
    def has_vitals(self) -> bool:
        return self.systolic is not None


@dataclass(frozen=True, kw_only=True)
class RecoveredAfterEnd(Completed):
    """After an early end, the sitter stayed until the recovery check passed ("ready to be left").

    The session stays ended early (its monitored time ends at EndedEarly); this only records when the
    patient could be left, with the final reading when one was taken.
    """


@dataclass(frozen=True, kw_only=True)
class EndedEarly(SessionEvent):
    reason: str

    def _validate(self) -> None:
        _require_text(self.reason, "reason")


@dataclass(frozen=True, kw_only=True)
class Abandoned(SessionEvent):
    reason: str

    def _validate(self) -> None:
        _require_text(self.reason, "reason")


def hash_sitter_code(code: str, *, salt: bytes | None = None) -> str:
    """A salted hash of the sitter's 4-digit code, ``pbkdf2_sha256$iterations$salt$hash``."""
    if len(code) != 4 or not code.isascii() or not code.isdigit():
        raise ValueError("the sitter code must be exactly 4 digits")
    salt = secrets.token_bytes(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", code.encode(), salt, _CODE_HASH_ITERATIONS)
    return f"{_CODE_HASH_SCHEME}${_CODE_HASH_ITERATIONS}${salt.hex()}${digest.hex()}"


def sitter_code_matches(code: str, code_hash: str) -> bool:
    """Whether ``code`` is the one hashed into ``code_hash`` (constant-time comparison)."""
    scheme, iterations, salt_hex, digest_hex = code_hash.split("$")
    if scheme != _CODE_HASH_SCHEME:
        raise ValueError("unknown sitter code hash")
    digest = hashlib.pbkdf2_hmac("sha256", code.encode(), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(digest.hex(), digest_hex)
