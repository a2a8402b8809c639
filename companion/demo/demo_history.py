"""Synthetic demo history: a care plan and about eight weeks of sessions, through the repositories.

Everything is made up and deterministic for a given seed and ``now``: two sessions a week on the
plan's days, each walked through the same steps the session screen takes (checklist answers, pre-dose
vitals, baseline, sitter hand-over, dose, check-ins, the 40-minute re-check, recovery check, final
vitals). A few sessions show what the history screens must handle: caution answers acknowledged (one
naming a sleeping pill by category), a missed check-in, the sitter worried and help used, the patient
detached at one check-in, a failed recovery check, an early end with a reason and a start blocked by a
high blood pressure (then abandoned). The demo kit has a pulse oximeter, so every reading carries an
SpO2; most sessions record the medicine's lot number. No real names: sitters are "Sam (partner)" and
"Alex (friend)", the address is "12 Example Street, Springfield".

The SpO2 values come from a random stream of their own, so the sessions' times and blood pressures are
the same as before oximetry was added to the demo. Then :mod:`companion.demo.demo_checkins` adds the
questionnaires, post-session logs, next-day check-ins and quick moods of the same weeks.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from companion.demo.demo_checkins import fill_demo_checkins
from companion.domain.care_plan import CarePlan, Route
from companion.domain.checklist import (
    OTHER_MEDICINES_ID,
    VITALS_ID,
    Answer,
    MedicineCategory,
    build_checklist,
    evaluate_checklist,
)
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
    RecoveryCheckFailed,
    RecoveryCheckStarted,
    SitterHandedOver,
    StartBlocked,
    hash_sitter_code,
)
from companion.domain.vitals import BloodPressure, PreDoseVerdict, classify_pre_dose
from companion.storage.care_plans import CarePlanRecord, CarePlanRepository
from companion.storage.sessions import SessionRepository
from companion.storage.vault import OpenVault

DEMO_PLAN = CarePlan(
    medication_name="ketamine",
    dose_mg=50.0,
    route=Route.SUBLINGUAL,
    planned_weekdays=(1, 4),  # Tuesday and Friday
    clinician_name="Dr. Rowan (demo clinic)",
    clinician_phone="555-0100",
    kit_has_oximeter=True,
    patient_address="12 Example Street, Springfield",
    allergies="none known",
)
# Four weeks in, the clinician raised the dose: the history shows both versions of the plan.
DEMO_PLAN_RAISED = replace(DEMO_PLAN, dose_mg=62.5)

# (name, relationship, phone, code): fictional; 555-01xx numbers are reserved for fiction.
_SITTERS = (("Sam", "partner", "555-0134", "4821"), ("Alex", "friend", "555-0172", "7305"))
_INTENTIONS = (
    "Stay with whatever comes up.",
    "Rest and let go of the week.",
    "Be curious rather than anxious.",
    None,
    "Notice my breathing.",
    "Go gently.",
)
_EARLY_END_REASON = "Strong nausea; after a call with the clinic we agreed to stop for today."
_BLOCKED_REASON = "Blood pressure above the care plan's limit; called the clinic and rescheduled."

# Which session (in date order) shows which situation.
_BLOCKED, _CAUTION_BP, _CAUTION_MEDICINE, _MISSED, _WORRIED, _RECOVERY_FAILED, _ENDED_EARLY = (
    2, 4, 9, 6, 11, 8, 13,
)
_DETACHED = 5  # the sitter saw the patient detached at the 30-minute check-in (common, no emergency)
_SLEEPING_PILL = "zolpidem 5 mg last night"


def fill_demo_history(vault: OpenVault, *, weeks: int = 8, now: datetime, seed: int = 7,
                      weekdays: tuple[int, ...] | None = None) -> None:
    """A care plan and its sessions (Tuesday and Friday, or ``weekdays``) in the ``weeks`` before
    ``now``; every session has ended.

    Then weekly PHQ-9 and GAD-7, post-session logs, next-day check-ins and quick moods (demo_checkins).
    """
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    plans = CarePlanRepository(vault.database)
    days = DEMO_PLAN.planned_weekdays if weekdays is None else weekdays
    plan, plan_raised = (replace(p, planned_weekdays=days) for p in (DEMO_PLAN, DEMO_PLAN_RAISED))
    start_day = (now.astimezone(UTC) - timedelta(weeks=weeks)).date()
    first = plans.save(
        plan, at=_at(start_day - timedelta(days=3), 16), source="imported", issued_by="Demo clinic"
    )
    raised_day = start_day + timedelta(weeks=weeks // 2)
    raised: CarePlanRecord | None = None
    code_hashes = {code: hash_sitter_code(code, salt=rng.randbytes(16)) for *_, code in _SITTERS}
    oximetry = random.Random(f"demo-oximetry-{seed}")  # noqa: S311 - synthetic data, not secrets
    index = 0
    for offset in range(weeks * 7):
        day = start_day + timedelta(days=offset)
        if day.weekday() not in days:
            continue
        begin = _at(day, 15) + timedelta(minutes=rng.randint(0, 40))
        if begin + timedelta(hours=4) > now:
            break  # never leave a session running
        if raised is None and day >= raised_day:
            raised = plans.save(plan_raised, at=begin - timedelta(days=1), source="entered")
        _DemoSession(vault, raised or first, (rng, oximetry), index, code_hashes).run(begin)
        index += 1
    fill_demo_checkins(vault, start_day=start_day, now=now, seed=seed)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


class _DemoSession:
    """One session walked through the repositories, its clock moving forward in small random steps."""

    def __init__(
        self,
        vault: OpenVault,
        plan: CarePlanRecord,
        rngs: tuple[random.Random, random.Random],
        index: int,
        code_hashes: dict[str, str],
    ) -> None:
        self._sessions = SessionRepository(vault.database)
        self._record = plan
        self._plan = plan.plan
        self._rng, self._oximetry = rngs
        self._index = index
        self._code_hashes = code_hashes
        self._id = 0
        self._t = datetime.min.replace(tzinfo=UTC)

    def _tick(self, low_seconds: int, high_seconds: int) -> datetime:
        self._t += timedelta(seconds=self._rng.randint(low_seconds, high_seconds))
        return self._t

    def _at_least(self, moment: datetime) -> datetime:
        self._t = max(self._t, moment)
        return self._t

    def run(self, begin: datetime) -> None:
        self._t = begin
        self._id = self._sessions.create(self._record, at=begin).id
        self._sessions.append(self._id, ChecklistStarted(at=self._tick(30, 90)))
        items = build_checklist(self._plan)
        answers: dict[str, Answer] = {}
        for item in items:
            value = True if item.blocking_answer is None else not item.blocking_answer
            acknowledged, names = False, ""
            categories: tuple[MedicineCategory, ...] = ()
            if self._index == _CAUTION_MEDICINE and item.id == "new_medicine_or_illness":
                value, acknowledged = True, True  # a cold last week; acknowledged, flagged for the clinician
            if self._index == _CAUTION_MEDICINE and item.id == OTHER_MEDICINES_ID:
                value, acknowledged, names = True, True, _SLEEPING_PILL
                categories = (MedicineCategory.SLEEPING_PILLS,)
            answers[item.id] = Answer(value, acknowledged=acknowledged, names=names, categories=categories,
                                      answered_at=self._tick(8, 40))
            self._sessions.save_checklist_answer(self._id, item.id, answers[item.id])
        bp, heart_rate = self._pre_dose_reading()
        spo2 = self._spo2()
        self._sessions.save_vitals(self._id, "pre_dose", bp, heart_rate, self._tick(60, 150), spo2=spo2)
        assessment = classify_pre_dose(bp, heart_rate, self._plan, spo2)
        if assessment.verdict is PreDoseVerdict.CAUTION:
            answers[VITALS_ID] = Answer(True, acknowledged=True, answered_at=self._tick(20, 60))
            self._sessions.save_checklist_answer(self._id, VITALS_ID, answers[VITALS_ID])
        outcome = evaluate_checklist(items, answers, assessment, self._plan)
        if not outcome.can_start:
            reasons = assessment.reasons or outcome.blocked_by
            self._sessions.append(self._id, StartBlocked(at=self._tick(10, 30), reasons=tuple(reasons)))
            self._sessions.append(self._id, Abandoned(at=self._tick(300, 700), reason=_BLOCKED_REASON))
            return
        mood, anxiety = self._rng.randint(3, 6), self._rng.randint(2, 6)
        intention = _INTENTIONS[self._index % len(_INTENTIONS)]
        self._sessions.save_baseline(self._id, mood, anxiety, intention, self._tick(30, 120))
        passed = ChecklistPassed(at=self._tick(10, 40), cautions_acknowledged=outcome.acknowledged)
        self._sessions.append(self._id, passed)
        name, relationship, phone, code = _SITTERS[0 if self._index % 3 else 1]
        sitter = SitterHandedOver(
            at=self._tick(90, 240), sitter_name=f"{name} ({relationship})", relationship=relationship,
            phone=phone, code_hash=self._code_hashes[code] if self._plan.sitter_code_required else None,
        )
        self._sessions.append(self._id, sitter)
        dose_at = self._tick(60, 240)
        lot = "" if self._index % 4 == 3 else f"DEMO{2601 + self._index}"  # not typed in every time
        self._sessions.append(self._id, DoseTaken(at=dose_at, lot_number=lot), MonitoringStarted(at=dose_at))
        self._monitor(dose_at, bp)

    def _spo2(self) -> int | None:
        return self._oximetry.randint(95, 99) if self._plan.kit_has_oximeter else None

    def _pre_dose_reading(self) -> tuple[BloodPressure, int]:
        rng = self._rng
        if self._index == _BLOCKED:
            return BloodPressure(166, 96), 92
        if self._index == _CAUTION_BP:
            return BloodPressure(146, 86), 84
        return BloodPressure(rng.randint(112, 132), rng.randint(70, 84)), rng.randint(62, 84)

    def _monitor(self, dose_at: datetime, pre_dose: BloodPressure) -> None:
        interval = timedelta(minutes=self._plan.checkin_interval_minutes)
        grace = timedelta(minutes=self._plan.checkin_grace_minutes)
        minimum_ends = dose_at + timedelta(minutes=self._plan.minimum_monitoring_minutes)
        rechecks = [dose_at + timedelta(minutes=m) for m in sorted(self._plan.bp_recheck_minutes)]
        step = 1
        while dose_at + step * interval <= minimum_ends:
            due_at = dose_at + step * interval
            while rechecks and rechecks[0] < due_at - grace:
                self._bp_recheck(rechecks.pop(0) + timedelta(seconds=self._rng.randint(0, 150)), pre_dose)
            if self._index == _ENDED_EARLY and step * interval > timedelta(minutes=75):
                self._sessions.append(self._id, EndedEarly(at=self._tick(60, 200), reason=_EARLY_END_REASON))
                self._final_vitals(pre_dose)
                return
            if self._index == _MISSED and step == 4:
                self._at_least(due_at + grace + timedelta(seconds=self._rng.randint(20, 60)))
                self._sessions.record_overdue_checkins(self._id, self._t)
            else:
                self._confirm(due_at, all_well=not (self._index == _WORRIED and step == 3),
                              detached=self._index == _DETACHED and step == 2)
            if self._index == _WORRIED and step == 3:
                guidance = HelpUsed(at=self._tick(20, 60), kind=HelpKind.SITTER_GUIDANCE)
                self._sessions.append(self._id, guidance)
                self._sessions.append(self._id, HelpUsed(at=self._tick(60, 180), kind=HelpKind.DISTRESS))
            step += 1
        self._at_least(minimum_ends)
        if self._index == _RECOVERY_FAILED:
            failed_at = self._recovery_check(failed=True)
            ask_again = failed_at + timedelta(minutes=15)
            while dose_at + step * interval < ask_again - grace:
                self._confirm(dose_at + step * interval, all_well=True, detached=False)
                step += 1
            self._at_least(ask_again)
        self._recovery_check(failed=False)
        self._sessions.append(self._id, self._completed(pre_dose))

    def _confirm(self, due_at: datetime, *, all_well: bool, detached: bool) -> None:
        at = self._at_least(due_at + timedelta(seconds=self._rng.randint(-60, 100)))
        checkin = CheckinConfirmed(at=at, due_at=due_at, all_well=all_well, very_sleepy=False,
                                   detached=detached, slow_breathing=False)
        self._sessions.append(self._id, checkin)

    def _bp_recheck(self, at: datetime, pre_dose: BloodPressure) -> None:
        at = self._at_least(at)
        rise = self._rng.randint(4, 18), self._rng.randint(0, 8)
        bp = BloodPressure(pre_dose.systolic + rise[0], pre_dose.diastolic + rise[1])
        heart_rate, spo2 = self._rng.randint(66, 90), self._spo2()
        event = BpRechecked(at=at, systolic=bp.systolic, diastolic=bp.diastolic, heart_rate=heart_rate,
                            spo2=spo2)
        self._sessions.append(self._id, event)
        self._sessions.save_vitals(self._id, "recheck", bp, heart_rate, at, spo2=spo2)

    def _recovery_check(self, *, failed: bool) -> datetime:
        self._sessions.append(self._id, RecoveryCheckStarted(at=self._tick(30, 150)))
        if failed:
            at = self._tick(60, 180)
            reasons = ("Not yet walking steadily.",)
            self._sessions.append(self._id, RecoveryCheckFailed(at=at, reasons=reasons))
            return at
        return self._tick(60, 180)

    def _final_reading(self, pre_dose: BloodPressure) -> tuple[BloodPressure, int]:
        change = self._rng.randint(-4, 6), self._rng.randint(-3, 4)
        bp = BloodPressure(pre_dose.systolic + change[0], pre_dose.diastolic + change[1])
        return bp, self._rng.randint(60, 82)

    def _final_vitals(self, pre_dose: BloodPressure) -> None:
        bp, heart_rate = self._final_reading(pre_dose)
        self._sessions.save_vitals(self._id, "final", bp, heart_rate, self._tick(60, 180), spo2=self._spo2())

    def _completed(self, pre_dose: BloodPressure) -> Completed:
        bp, heart_rate = self._final_reading(pre_dose)
        spo2 = self._spo2()
        self._sessions.save_vitals(self._id, "final", bp, heart_rate, self._t, spo2=spo2)
        return Completed(at=self._t, systolic=bp.systolic, diastolic=bp.diastolic, heart_rate=heart_rate,
                         spo2=spo2)
