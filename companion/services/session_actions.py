"""What each step of a session stores, together: the session page's use cases (Qt-free).

Every function runs on the database worker, stores one step of the session in one transaction (the
answers, the readings, the baseline and the events that follow from them, or nothing) and reads back
the :class:`SessionSnapshot` the page shows next, so the screen shows exactly what was committed.
Times come from the caller (the page stamps each step with its session clock when the patient acts);
nothing here reads a clock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from companion.domain.session_events import (
    Abandoned,
    BpRechecked,
    CheckinConfirmed,
    ChecklistPassed,
    ChecklistStarted,
    Completed,
    DoseTaken,
    EndedEarly,
    HelpKind,
    HelpUsed,
    MonitoringStarted,
    RecoveredAfterEnd,
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SessionEvent,
    SitterHandedOver,
    StartBlocked,
    hash_sitter_code,
    sitter_code_matches,
)
from companion.services.session_snapshot import Reading, SessionSnapshot, read_snapshot, sessions_of

if TYPE_CHECKING:
    from companion.domain.checklist import Answer
    from companion.storage.care_plans import CarePlanRecord
    from companion.storage.sessions import SessionRecord
    from companion.storage.vault import OpenVault


@dataclass(frozen=True)
class CheckinAnswer:
    """What the sitter answered at a check-in; the page records it (and opens Help when not all well)."""

    all_well: bool
    code: str | None  # as typed (4 digits), None when none was typed or the code is not used
    forgot_code: bool = False  # "I forgot my code": confirm without it (flagged)
    very_sleepy: bool | None = None
    detached: bool | None = None
    slow_breathing: bool | None = None

    @property
    def emergency(self) -> bool:
        return bool(self.very_sleepy) or bool(self.slow_breathing)


@dataclass(frozen=True)
class Baseline:
    """How the patient feels before the dose (0–10) and what they hope for."""

    mood: int
    anxiety: int
    intention: str | None


def store_step(
    vault: OpenVault,
    session_id: int,
    events: Sequence[SessionEvent],
    *,
    answers: Mapping[str, Answer] | None = None,
    pre_dose: Reading | None = None,
    vitals_kind: str | None = None,
    reading: Reading | None = None,
    baseline: Baseline | None = None,
) -> SessionSnapshot:
    """Store answers, readings and the baseline (at the first event's time) and append ``events``, all
    in one transaction; then read back what the page shows."""
    if not events:
        raise ValueError("a session step stores at least one event")
    at = events[0].at
    sessions = sessions_of(vault)
    # What the screen shows next (answers, readings, the new state) is stored together or not at all.
    with vault.database.transaction():
        for item_id, answer in (answers or {}).items():
            sessions.save_checklist_answer(session_id, item_id, answer)
        if pre_dose is not None:
            sessions.save_vitals(session_id, "pre_dose", pre_dose.bp, pre_dose.heart_rate, at, pre_dose.spo2)
        if vitals_kind is not None and reading is not None:
            sessions.save_vitals(session_id, vitals_kind, reading.bp, reading.heart_rate, at, reading.spo2)
        if baseline is not None:
            sessions.save_baseline(session_id, baseline.mood, baseline.anxiety, baseline.intention, at)
        record = sessions.append(session_id, *events)
    return read_snapshot(vault, record)


# --- before the dose ---------------------------------------------------------------------------------


def start_session(vault: OpenVault, plan: CarePlanRecord, *, at: datetime) -> SessionSnapshot:
    """A new session on ``plan``, its checklist started."""
    sessions = sessions_of(vault)
    with vault.database.transaction():  # the new session and its first event, or neither
        record = sessions.append(sessions.create(plan, at=at).id, ChecklistStarted(at=at))
    return read_snapshot(vault, record)


def record_block(vault: OpenVault, session_id: int, answers: Mapping[str, Answer], reasons: Sequence[str],
                 pre_dose: Reading | None = None, *, at: datetime) -> SessionSnapshot:
    """A stop answer or a do-not-start reading: the answers and a flagged StartBlocked."""
    return store_step(vault, session_id, [StartBlocked(at=at, reasons=tuple(reasons))], answers=answers,
                      pre_dose=pre_dose)


def pass_checklist(vault: OpenVault, session_id: int, answers: Mapping[str, Answer],
                   acknowledged: Sequence[str], pre_dose: Reading, baseline: Baseline, *,
                   at: datetime) -> SessionSnapshot:
    """The answers, the pre-dose reading and the baseline, then ChecklistPassed."""
    event = ChecklistPassed(at=at, cautions_acknowledged=tuple(acknowledged))
    return store_step(vault, session_id, [event], answers=answers, pre_dose=pre_dose, baseline=baseline)


def abandon(vault: OpenVault, session_id: int, reason: str, *, at: datetime) -> SessionSnapshot:
    return store_step(vault, session_id, [Abandoned(at=at, reason=reason)])


def hand_over(vault: OpenVault, session_id: int, *, name: str, relationship: str, phone: str,
              code: str | None, at: datetime) -> SessionSnapshot:
    """The sitter takes over; their code is stored only as a slow hash (PBKDF2 takes a moment)."""
    code_hash = None if code is None else hash_sitter_code(code)
    event = SitterHandedOver(at=at, sitter_name=name, relationship=relationship, phone=phone,
                             code_hash=code_hash)
    return read_snapshot(vault, sessions_of(vault).append(session_id, event))


def dose_taken(vault: OpenVault, session_id: int, lot_number: str = "", *, at: datetime) -> SessionSnapshot:
    return store_step(vault, session_id, [DoseTaken(at=at, lot_number=lot_number), MonitoringStarted(at=at)])


# --- during monitoring -------------------------------------------------------------------------------


def confirm_checkin(vault: OpenVault, record: SessionRecord, answer: CheckinAnswer, *, due_at: datetime,
                    at: datetime) -> SessionSnapshot | None:
    """The sitter answers the check-in due at ``due_at``; ``None`` when the code was refused (nothing stored).

    "All well" needs the right code unless the sitter said they forgot it; "I'm worried" and an
    emergency sign are always recorded, as "without the code" when no right code came with them.
    """
    sitter = record.session.sitter
    code_hash = None if sitter is None else sitter.code_hash
    # PBKDF2 takes a moment: checked here, on the database worker.
    matched = code_hash is None or (answer.code is not None and sitter_code_matches(answer.code, code_hash))
    if answer.all_well and not answer.forgot_code and not matched:
        return None
    event = CheckinConfirmed(at=at, due_at=due_at, all_well=answer.all_well, without_code=not matched,
                             very_sleepy=answer.very_sleepy, detached=answer.detached,
                             slow_breathing=answer.slow_breathing)
    return read_snapshot(vault, sessions_of(vault).append(record.id, event))


def record_overdue_checkins(vault: OpenVault, session_id: int, *, now: datetime) -> SessionSnapshot:
    """Check-ins whose grace period has passed by ``now`` are recorded as missed."""
    return read_snapshot(vault, sessions_of(vault).record_overdue_checkins(session_id, now))


def use_help(vault: OpenVault, session_id: int, kind: HelpKind, *, at: datetime) -> SessionSnapshot:
    return store_step(vault, session_id, [HelpUsed(at=at, kind=kind)])


def bp_rechecked(reading: Reading, *, at: datetime) -> BpRechecked:
    """The re-check event for ``reading`` (a re-check records the heart rate too)."""
    heart_rate = reading.heart_rate
    if heart_rate is None:
        raise ValueError("a blood-pressure re-check needs the heart rate too")
    return BpRechecked(at=at, systolic=reading.bp.systolic, diastolic=reading.bp.diastolic,
                       heart_rate=heart_rate, spo2=reading.spo2)


def recheck_bp(vault: OpenVault, session_id: int, reading: Reading, *, at: datetime) -> SessionSnapshot:
    event = bp_rechecked(reading, at=at)
    return store_step(vault, session_id, [event], vitals_kind="recheck", reading=reading)


def start_recovery_check(vault: OpenVault, session_id: int, *, at: datetime) -> SessionSnapshot:
    return store_step(vault, session_id, [RecoveryCheckStarted(at=at)])


def recovery_failed(vault: OpenVault, session_id: int, reasons: Sequence[str], reading: Reading | None, *,
                    at: datetime) -> SessionSnapshot:
    """The recovery check did not pass (with the reading taken for it, if any)."""
    events: list[SessionEvent] = [] if reading is None else [bp_rechecked(reading, at=at)]
    events.append(RecoveryCheckFailed(at=at, reasons=tuple(reasons)))
    return store_step(vault, session_id, events, vitals_kind="recheck" if reading else None, reading=reading)


def complete(vault: OpenVault, session_id: int, reading: Reading | None, *, after_early_end: bool,
             at: datetime) -> SessionSnapshot:
    """The recovery check passed: the session completes (or, ended early, records when the patient was
    ready to be left)."""
    kind = RecoveredAfterEnd if after_early_end else Completed
    if reading is not None and reading.heart_rate is not None:
        event = kind(at=at, systolic=reading.bp.systolic, diastolic=reading.bp.diastolic,
                     heart_rate=reading.heart_rate, spo2=reading.spo2)
    else:
        event = kind(at=at)
    return store_step(vault, session_id, [event], vitals_kind="final" if reading else None, reading=reading)


def end_early(vault: OpenVault, session_id: int, reason: str, *, at: datetime) -> SessionSnapshot:
    return store_step(vault, session_id, [EndedEarly(at=at, reason=reason)])
