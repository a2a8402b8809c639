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
from companion.domain.texts import QT_TRANSLATE_NOOP, Text, joined, plural
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


def _join(parts: list[object]) -> object:
    """["a"] -> "a"; ["a", "b", "c"] -> "a, b and c" (each part translates on its own)."""
    if len(parts) == 1:
        return parts[0]
    #: the end of a list: "15, 30 and 45"; %1 is the list's start, %2 its last item
    return QT_TRANSLATE_NOOP("FlagTexts", "%1 and %2").arg(joined(parts[:-1], ", "), parts[-1])


def _hours(count: int) -> Text:
    return plural(count, QT_TRANSLATE_NOOP("FlagTexts", "%n hour", None, 1),
                  QT_TRANSLATE_NOOP("FlagTexts", "%n hours", None, 1))


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
                #: %1/%2 is the reading; %3 the care plan's reasons, sentences
                findings.append(Finding(RECORD_SESSION, facts.session_id, at, QT_TRANSLATE_NOOP(
                    "FlagTexts", "Blood pressure before the dose was %1/%2. %3",
                ).arg(bp.systolic, bp.diastolic, joined(assessment.reasons))))
        elif passed is not None and VITALS_ID in passed.cautions_acknowledged:
            # No usable stored reading, but the checklist records that a caution reading was acknowledged.
            findings.append(Finding(RECORD_SESSION, facts.session_id, at, QT_TRANSLATE_NOOP(
                "FlagTexts",
                "Blood pressure before the dose was in the range where your care plan asks for extra care, "
                "and the session went ahead after that was acknowledged.",
            )))
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
        questions: dict[str, str] = {item.id: item.question for item in build_checklist(session.plan)}
        #: a checklist question, quoted
        quote = QT_TRANSLATE_NOOP("FlagTexts", "“%1”")
        quoted = _join([quote.arg(questions.get(a, a)) for a in acknowledged])
        findings.append(Finding(RECORD_SESSION, facts.session_id, passed.at, QT_TRANSLATE_NOOP(
            "FlagTexts", "The session went ahead after a caution answer was acknowledged: %1").arg(quoted)))
    return findings


def urgent_bp(inputs: FlagInputs) -> list[Finding]:
    """A reading after the dose at or above the urgent levels or risen by the urgent rise, or a pre-dose
    reading at or above the urgent levels (DESIGN.md §3, "urgent reading follow-up")."""
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session, pre_dose = facts.session, _plausible(facts.pre_dose)
        parts: list[object] = []
        reasons: list[str] = []
        raised: datetime | None = None
        if pre_dose is not None and session.events:
            before = is_urgent(pre_dose, None, session.plan)
            if before:
                parts.append(QT_TRANSLATE_NOOP("FlagTexts", "%1/%2 before the dose")
                             .arg(pre_dose.systolic, pre_dose.diastolic))
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
            #: %1/%2 is a reading, %3 how many minutes after the dose it was taken
            reading = QT_TRANSLATE_NOOP("FlagTexts", "%1/%2 at %3 minutes")
            readings = _join([reading.arg(bp.systolic, bp.diastolic, _minutes_after_dose(session, at))
                              for at, bp in found])
            #: %1 lists readings: "185/100 at 40 minutes and 190/105 at 60 minutes"
            parts.append(QT_TRANSLATE_NOOP("FlagTexts", "%1 after the dose").arg(readings))
            raised = raised or found[0][0]
        if raised is not None:
            #: %1 lists the readings; %2 the care plan's reasons, sentences
            findings.append(Finding(RECORD_SESSION, facts.session_id, raised, QT_TRANSLATE_NOOP(
                "FlagTexts", "Blood pressure reached an urgent level (%1). %2 Please tell your clinician.",
            ).arg(joined(parts, "; "), joined(reasons))))
    return findings


def _spo2_readings(facts: SessionFacts) -> list[tuple[datetime, int, Text]]:
    """Every plausible SpO2 of the session: (when, value, "before the dose" or "at N minutes")."""
    session = facts.session
    readings: list[tuple[datetime, int, Text]] = []
    if facts.pre_dose_spo2 is not None and session.events and not _spo2_implausible(facts.pre_dose_spo2):
        readings.append((_pre_dose_at(session), facts.pre_dose_spo2,
                         QT_TRANSLATE_NOOP("FlagTexts", "before the dose")))
    for event in session.events:
        spo2 = event.spo2 if isinstance(event, BpRechecked | Completed) else None
        if spo2 is not None and not _spo2_implausible(spo2):
            when = QT_TRANSLATE_NOOP("FlagTexts", "at %1 minutes after the dose").arg(
                _minutes_after_dose(session, event.at))
            readings.append((event.at, spo2, when))
    return readings


def spo2_low(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        limit = facts.session.plan.spo2_urgent_below
        low = [(at, spo2, when) for at, spo2, when in _spo2_readings(facts) if spo2 < limit]
        if low:
            #: %1 is a percentage, %2 when it was measured ("before the dose")
            reading = QT_TRANSLATE_NOOP("FlagTexts", "%1 % %2")
            readings = _join([reading.arg(spo2, when) for _, spo2, when in low])
            findings.append(Finding(RECORD_SESSION, facts.session_id, low[0][0], QT_TRANSLATE_NOOP(
                "FlagTexts",
                "Oxygen saturation (SpO2) was below the care plan's limit of %1 % (%2). Please tell your "
                "clinician.",
            ).arg(limit, readings)))
    return findings


def _observed(checkin: CheckinConfirmed) -> list[Text]:
    signs = []
    if checkin.very_sleepy:
        signs.append(QT_TRANSLATE_NOOP("FlagTexts", "very sleepy or hard to wake"))
    if checkin.slow_breathing:
        signs.append(QT_TRANSLATE_NOOP("FlagTexts", "breathing slowly or shallowly"))
    return signs


def sedation_or_slow_breathing(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        observed = [c for c in session.confirmed_checkins if c.emergency_observed]
        if observed:
            signs = _join(list(dict.fromkeys(sign for c in observed for sign in _observed(c))))
            when = _join([_minutes_after_dose(session, c.due_at) for c in observed])
            #: %1 names the signs ("very sleepy or hard to wake"), %2 lists minutes ("15 and 30")
            findings.append(Finding(RECORD_SESSION, facts.session_id, observed[0].at, QT_TRANSLATE_NOOP(
                "FlagTexts",
                "At a check-in the sitter recorded that you were %1 (at %2 minutes after the dose). These "
                "are emergency signs; please tell your clinician.",
            ).arg(signs, when)))
    return findings


def checkin_without_code(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        without = [c for c in session.confirmed_checkins if c.without_code]
        if without:
            when = _join([_minutes_after_dose(session, c.due_at) for c in without])
            #: %1 lists minutes after the dose ("15 and 30")
            findings.append(Finding(RECORD_SESSION, facts.session_id, without[0].at, plural(
                len(without),
                QT_TRANSLATE_NOOP(
                    "FlagTexts",
                    "%n sitter check-in was confirmed without the sitter's code (at %1 minutes after the "
                    "dose), so the app could not tell who answered.",
                    None, 1,
                ),
                QT_TRANSLATE_NOOP(
                    "FlagTexts",
                    "%n sitter check-ins were confirmed without the sitter's code (at %1 minutes after the "
                    "dose), so the app could not tell who answered.",
                    None, 1,
                ),
            ).arg(when)))
    return findings


def checkin_missed(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        missed = session.missed_checkins
        if missed:
            when = _join([_minutes_after_dose(session, m.due_at) for m in missed])
            #: %1 lists minutes after the dose ("15 and 30")
            findings.append(Finding(RECORD_SESSION, facts.session_id, missed[0].at, plural(
                len(missed),
                QT_TRANSLATE_NOOP(
                    "FlagTexts",
                    "%n sitter check-in went unanswered (at %1 minutes after the dose).",
                    None, 1,
                ),
                QT_TRANSLATE_NOOP(
                    "FlagTexts",
                    "%n sitter check-ins went unanswered (at %1 minutes after the dose).",
                    None, 1,
                ),
            ).arg(when)))
    return findings


def ended_before_minimum(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        session = facts.session
        if session.ended_before_minimum and session.ended_at is not None:
            findings.append(Finding(RECORD_SESSION, facts.session_id, session.ended_at, QT_TRANSLATE_NOOP(
                "FlagTexts",
                "The session ended %1 minutes after the dose, before the minimum monitoring time of %2 "
                "minutes.",
            ).arg(_minutes_after_dose(session, session.ended_at), session.plan.minimum_monitoring_minutes)))
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
        hours = _hours(int((moment - ends_at).total_seconds() // 3600))
        if session.ended_at is None and inputs.now >= moment:
            #: %1 is a number of hours ("8 hours")
            text = QT_TRANSLATE_NOOP(
                "FlagTexts",
                "This session has no recorded end: the dose was taken, but the session was not completed or "
                "ended within %1 after the minimum monitoring time. Please open it to record how it ended, "
                "and tell your clinician.",
            ).arg(hours)
        elif session.ended_at is not None and session.ended_at >= moment:
            #: %2 is a number of hours ("8 hours")
            text = QT_TRANSLATE_NOOP(
                "FlagTexts",
                "This session's end was recorded only %1 minutes after the dose, more than %2 after the "
                "minimum monitoring time.",
            ).arg(_minutes_after_dose(session, session.ended_at), hours)
        else:
            continue
        findings.append(Finding(RECORD_SESSION, facts.session_id, moment, text))
    return findings


def start_blocked(inputs: FlagInputs) -> list[Finding]:
    findings: list[Finding] = []
    for facts in inputs.sessions:
        blocks = [e for e in facts.session.events if isinstance(e, StartBlocked)]
        if blocks:
            once = QT_TRANSLATE_NOOP(
                "FlagTexts",
                "A safety check said not to start this session, so it did not start then. This is the "
                "checklist working as it should; your clinician may want to know.",
            )
            times = QT_TRANSLATE_NOOP(
                "FlagTexts",
                "A safety check said not to start this session (%n times), so it did not start then. This is "
                "the checklist working as it should; your clinician may want to know.",
                None, 1,
            )
            findings.append(Finding(RECORD_SESSION, facts.session_id, blocks[0].at,
                                    once if len(blocks) == 1 else times.counted(len(blocks))))
    return findings

