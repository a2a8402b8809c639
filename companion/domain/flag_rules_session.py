"""The needs-attention rules about sessions (DESIGN.md §3), one small pure function each.

The facts they read, :class:`FlagInputs` and :class:`Finding` are in :mod:`companion.domain.flag_rules`,
with the rules about questionnaires and logs; :mod:`companion.domain.flags` registers them all. Each
session is judged by the care plan stored with it (``Session.plan``); readings after the dose come from
the session's events, the pre-dose reading from :class:`SessionFacts`. A stored reading that
:func:`vitals.check_plausible` refuses is never classified (as on screen).
"""

from __future__ import annotations

from datetime import datetime

from companion.domain.checklist import VITALS_ID, build_checklist
from companion.domain.flag_rules import (
    NO_RECORDED_END_MARGIN,
    RECORD_SESSION,
    Finding,
    FlagInputs,
    SessionFacts,
)
from companion.domain.session import Session
from companion.domain.session_events import (
    BpRechecked,
    CheckinConfirmed,
    ChecklistPassed,
    Completed,
    StartBlocked,
)
from companion.domain.vitals import (
    PLAUSIBLE_SPO2,
    BloodPressure,
    PreDoseVerdict,
    check_plausible,
    classify_pre_dose,
    is_urgent,
)

# -- small helpers ---------------------------------------------------------------------------------


def _minutes_after_dose(session: Session, at: datetime) -> int:
    assert session.dose_at is not None
    return int((at - session.dose_at).total_seconds() // 60)


def _join(parts: list[str]) -> str:
    """["a"] -> "a"; ["a", "b", "c"] -> "a, b and c"."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _plausible(bp: BloodPressure | None) -> BloodPressure | None:
    return bp if bp is not None and not check_plausible(bp.systolic, bp.diastolic) else None


def _readings_after_dose(session: Session) -> list[tuple[datetime, BloodPressure]]:
    readings: list[tuple[datetime, BloodPressure]] = []
    for event in session.events:
        if not isinstance(event, BpRechecked | Completed):
            continue
        if event.systolic is not None and event.diastolic is not None:  # a Completed may have no vitals
            readings.append((event.at, BloodPressure(event.systolic, event.diastolic)))
    return readings


def _checklist_passed(session: Session) -> ChecklistPassed | None:
    return next((e for e in session.events if isinstance(e, ChecklistPassed)), None)


def _pre_dose_at(session: Session) -> datetime:
    """When the pre-dose reading was judged: the checklist's outcome (passed or blocked), else its start."""
    decided = next((e for e in session.events if isinstance(e, ChecklistPassed | StartBlocked)), None)
    return decided.at if decided is not None else session.events[0].at


def _spo2_implausible(spo2: int) -> bool:
    low, high = PLAUSIBLE_SPO2
    return not low <= spo2 <= high


# -- rules -----------------------------------------------------------------------------------------

def pre_dose_bp_caution(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session, bp, heart_rate = facts.session, facts.pre_dose, facts.pre_dose_heart_rate
        passed = _checklist_passed(session)
        if not session.events:
            continue
        at = passed.at if passed is not None else session.events[0].at
        if bp is not None and heart_rate is not None and not check_plausible(bp.systolic, bp.diastolic,
                                                                             heart_rate):
            assessment = classify_pre_dose(bp, heart_rate, session.plan)
            if assessment.verdict is PreDoseVerdict.CAUTION:
                findings.append(Finding(
                    RECORD_SESSION, facts.session_id, at,
                    f"Blood pressure before the dose was {bp.systolic}/{bp.diastolic}. "
                    + " ".join(assessment.reasons)))
        elif passed is not None and VITALS_ID in passed.cautions_acknowledged:
            # No usable stored reading, but the checklist records that a caution reading was acknowledged.
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, at,
                "Blood pressure before the dose was in the range where your care plan asks for extra care, "
                "and the session went ahead after that was acknowledged."))
    return findings


def caution_acknowledged(inputs: FlagInputs) -> list[Finding]:
    # The pre-dose reading's acknowledgement ("vitals") is left to pre_dose_bp_caution: one fact, one flag.
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        passed = _checklist_passed(session)
        acknowledged = [] if passed is None else [a for a in passed.cautions_acknowledged if a != VITALS_ID]
        if passed is None or not acknowledged:
            continue
        questions = {item.id: item.question for item in build_checklist(session.plan)}
        quoted = _join([f"“{questions.get(a, a)}”" for a in acknowledged])
        findings.append(Finding(
            RECORD_SESSION, facts.session_id, passed.at,
            f"The session went ahead after a caution answer was acknowledged: {quoted}"))
    return findings


def urgent_bp(inputs: FlagInputs) -> list[Finding]:
    """A reading after the dose at or above the urgent levels or risen by the urgent rise, or a pre-dose
    reading at or above the urgent levels (DESIGN.md §3, "urgent reading follow-up")."""
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session, pre_dose = facts.session, _plausible(facts.pre_dose)
        parts: list[str] = []
        reasons: list[str] = []
        raised: datetime | None = None
        if pre_dose is not None and session.events:
            before = is_urgent(pre_dose, None, session.plan)
            if before:
                parts.append(f"{pre_dose.systolic}/{pre_dose.diastolic} before the dose")
                reasons += before
                raised = _pre_dose_at(session)
        found: list[tuple[datetime, BloodPressure]] = []
        for at, bp in _readings_after_dose(session):
            if check_plausible(bp.systolic, bp.diastolic):
                continue
            why = is_urgent(bp, pre_dose, session.plan)
            if why:
                found.append((at, bp))
                reasons.extend(r for r in why if r not in reasons)
        if found:
            parts.append(_join([f"{bp.systolic}/{bp.diastolic} at {_minutes_after_dose(session, at)} minutes"
                                for at, bp in found]) + " after the dose")
            raised = raised or found[0][0]
        if raised is not None:
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, raised,
                f"Blood pressure reached an urgent level ({'; '.join(parts)}). " + " ".join(reasons)
                + " Please tell your clinician."))
    return findings


def _spo2_readings(facts: SessionFacts) -> list[tuple[datetime, int, str]]:
    """Every plausible SpO2 of the session: (when, value, "before the dose" or "at N minutes")."""
    session = facts.session
    readings: list[tuple[datetime, int, str]] = []
    if facts.pre_dose_spo2 is not None and session.events and not _spo2_implausible(facts.pre_dose_spo2):
        readings.append((_pre_dose_at(session), facts.pre_dose_spo2, "before the dose"))
    for event in session.events:
        spo2 = event.spo2 if isinstance(event, BpRechecked | Completed) else None
        if spo2 is not None and not _spo2_implausible(spo2):
            when = f"at {_minutes_after_dose(session, event.at)} minutes after the dose"
            readings.append((event.at, spo2, when))
    return readings


def spo2_low(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        limit = facts.session.plan.spo2_urgent_below
        low = [(at, spo2, when) for at, spo2, when in _spo2_readings(facts) if spo2 < limit]
        if low:
            readings = _join([f"{spo2} % {when}" for _, spo2, when in low])
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, low[0][0],
                f"Oxygen saturation (SpO2) was below the care plan's limit of {limit} % ({readings}). "
                "Please tell your clinician."))
    return findings


def _observed(checkin: CheckinConfirmed) -> list[str]:
    signs = []
    if checkin.very_sleepy:
        signs.append("very sleepy or hard to wake")
    if checkin.slow_breathing:
        signs.append("breathing slowly or shallowly")
    return signs


def sedation_or_slow_breathing(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        observed = [c for c in session.confirmed_checkins if c.emergency_observed]
        if observed:
            signs = _join(list(dict.fromkeys(sign for c in observed for sign in _observed(c))))
            when = _join([str(_minutes_after_dose(session, c.due_at)) for c in observed])
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, observed[0].at,
                f"At a check-in the sitter recorded that you were {signs} (at {when} minutes after the "
                "dose). These are emergency signs; please tell your clinician."))
    return findings


def checkin_without_code(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        without = [c for c in session.confirmed_checkins if c.without_code]
        if without:
            when = _join([str(_minutes_after_dose(session, c.due_at)) for c in without])
            verb = "was" if len(without) == 1 else "were"
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, without[0].at,
                f"{_plural(len(without), 'sitter check-in')} {verb} confirmed without the sitter's code "
                f"(at {when} minutes after the dose), so the app could not tell who answered."))
    return findings


def checkin_missed(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        missed = session.missed_checkins
        if missed:
            when = _join([str(_minutes_after_dose(session, m.due_at)) for m in missed])
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, missed[0].at,
                f"{_plural(len(missed), 'sitter check-in')} went unanswered "
                f"(at {when} minutes after the dose)."))
    return findings


def ended_before_minimum(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        if session.ended_before_minimum and session.ended_at is not None:
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, session.ended_at,
                f"The session ended {_minutes_after_dose(session, session.ended_at)} minutes after the dose, "
                f"before the minimum monitoring time of {session.plan.minimum_monitoring_minutes} minutes."))
    return findings


def no_recorded_end(inputs: FlagInputs) -> list[Finding]:
    """A dosed session with no end recorded by dose + minimum monitoring + NO_RECORDED_END_MARGIN (an end
    recorded after that moment keeps the flag, so it does not vanish once someone closes the session)."""
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session, ends_at = facts.session, facts.session.minimum_ends_at
        if ends_at is None:
            continue
        moment = ends_at + NO_RECORDED_END_MARGIN
        hours = _plural(int((moment - ends_at).total_seconds() // 3600), "hour")
        if session.ended_at is None and inputs.now >= moment:
            text = ("This session has no recorded end: the dose was taken, but the session was not "
                    f"completed or ended within {hours} after the minimum monitoring time. Please open it "
                    "to record how it ended, and tell your clinician.")
        elif session.ended_at is not None and session.ended_at >= moment:
            text = (f"This session's end was recorded only {_minutes_after_dose(session, session.ended_at)} "
                    f"minutes after the dose, more than {hours} after the minimum monitoring time.")
        else:
            continue
        findings.append(Finding(RECORD_SESSION, facts.session_id, moment, text))
    return findings


def start_blocked(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        blocks = [e for e in facts.session.events if isinstance(e, StartBlocked)]
        if blocks:
            times = "" if len(blocks) == 1 else f" ({len(blocks)} times)"
            findings.append(Finding(
                RECORD_SESSION, facts.session_id, blocks[0].at,
                f"A safety check said not to start this session{times}, so it did not start then. "
                "This is the checklist working as it should; your clinician may want to know."))
    return findings

