"""Synthetic demo check-ins, added after the demo sessions: questionnaires, post-session logs, next-day
check-ins and quick moods, through the repositories.

Deterministic for a seed and ``now`` (its own random stream, so the sessions stay as they were). What it
shows: a weekly PHQ-9 and GAD-7 from a baseline before the first session, improving with some noise
(PHQ-9 from about 18 toward about 7); exactly one PHQ-9 with item 9 answered 1, so its flag and crisis
screen can be seen; a post-session log for every dosed session with common mild side effects (severe
nausea on the session that ended early), one corrected within the day and one changed days later; a
next-day check-in for each, one skipped, the newest left open so Today offers it; a few quick moods.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, time, timedelta

from companion.domain.instruments import Instrument, definition, score
from companion.domain.session import SessionState
from companion.storage.checkins import CheckinRepository, PostSessionLog
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.sessions import SessionRepository, SessionSummary
from companion.storage.vault import OpenVault

# (first total, last total) of the course; the curve falls faster early on, as in the trials.
PHQ9_COURSE = (18, 7)
GAD7_COURSE = (13, 6)
ITEM9_WEEK = 1  # the second PHQ-9 (a week after the baseline) answers item 9 with 1
_SKIPPED_CHECKIN, _CORRECTED_LOG, _LATE_EDITED_LOG = 4, 2, 6  # places among the dosed sessions

_NOTES = (
    "Felt far away for a while, then very calm.",
    "Music helped. A bit wobbly standing up.",
    "",
    "Thought about my sister a lot; a good kind of sad.",
    "Restless at first, settled after the first half hour.",
    "",
    "Colours were strong. Tired now.",
)
_LINGERING = (None, "A slight headache in the morning.", None, "Still a little foggy.", None)
_STOOD_OUT = (
    "How quiet my head got.",
    None,
    "Feeling less stuck about work.",
    "Slept deeply for the first time in weeks.",
    None,
)
_MOOD_NOTES = (None, "Walk by the river.", None, "Hard day at work.", None, "Saw friends.")
_EARLY_SIDE_EFFECTS = {"nausea": "severe", "vomiting": "moderate", "dizziness": "mild"}
_COMMON_SIDE_EFFECTS = (  # (effect, chance of "mild", chance of "moderate")
    ("nausea", 0.35, 0.08),
    ("dizziness", 0.3, 0.05),
    ("blurred_or_double_vision", 0.25, 0.0),
    ("headache", 0.2, 0.05),
    ("anxiety_or_panic", 0.1, 0.0),
)


def fill_demo_checkins(vault: OpenVault, *, start_day: date, now: datetime, seed: int) -> None:
    rng = random.Random(f"demo-checkins-{seed}")  # noqa: S311 - synthetic data, not secrets
    _questionnaires(vault, rng, start_day, now)
    sessions = SessionRepository(vault.database)
    dosed = [s for s in reversed(sessions.list_sessions())
             if s.state in (SessionState.COMPLETED, SessionState.ENDED_EARLY) and s.ended_at is not None]
    checkins = CheckinRepository(vault.database)
    for place, summary in enumerate(dosed):
        _post_session_log(vault, rng, summary, place, now)
        if place < len(dosed) - 1:  # the newest is left for Today to offer
            _next_day_checkin(checkins, rng, summary, place, now)
    _daily_moods(checkins, rng, start_day, now, {s.created_at.date() for s in dosed})


def _at(day: date, hour: int, rng: random.Random) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC) + timedelta(minutes=rng.randint(0, 50))


def _course(first_last: tuple[int, int], progress: float) -> float:
    first, last = first_last
    return last + (first - last) * math.pow(1 - progress, 1.6)


def _answers(rng: random.Random, instrument: Instrument, total: int, fixed: dict[int, int]) -> list[int]:
    """Item answers that add up to ``total``, with ``fixed`` items as given, spread at random."""
    spec = definition(instrument)
    answers = [fixed.get(index, 0) for index in range(spec.item_count)]
    free = [index for index in range(spec.item_count) if index not in fixed]
    total = max(sum(answers), min(total, sum(answers) + spec.answer_max * len(free)))
    while sum(answers) < total:
        index = rng.choice([i for i in free if answers[i] < spec.answer_max])
        answers[index] += 1
    return answers


def _questionnaires(vault: OpenVault, rng: random.Random, start_day: date, now: datetime) -> None:
    repository = QuestionnaireRepository(vault.database)
    first_day = start_day - timedelta(days=2)  # the baseline, before the first session
    weeks = max(1, (now.date() - first_day).days // 7)
    for week in range(weeks + 1):
        at = _at(first_day + timedelta(weeks=week), 10, rng)
        if at >= now:
            break
        progress = week / weeks
        phq9_total = round(_course(PHQ9_COURSE, progress) + rng.uniform(-2, 2))
        fixed = {8: 1 if week == ITEM9_WEEK else 0}  # item 9 (0-based 8)
        phq9 = _answers(rng, Instrument.PHQ9, phq9_total, fixed)
        difficulty = 2 if sum(phq9) >= 15 else 1 if sum(phq9) >= 8 else 0
        repository.save(score(Instrument.PHQ9, phq9, difficulty), at=at)
        gad7_total = round(_course(GAD7_COURSE, progress) + rng.uniform(-2, 2))
        gad7 = _answers(rng, Instrument.GAD7, gad7_total, {})
        repository.save(score(Instrument.GAD7, gad7), at=at + timedelta(minutes=rng.randint(3, 8)))


def _side_effects(rng: random.Random, early: bool) -> dict[str, str]:
    if early:
        return dict(_EARLY_SIDE_EFFECTS)
    effects: dict[str, str] = {}
    for effect, mild, moderate in _COMMON_SIDE_EFFECTS:
        roll = rng.random()
        if roll < moderate:
            effects[effect] = "moderate"
        elif roll < moderate + mild:
            effects[effect] = "mild"
    return effects


def _post_session_log(
    vault: OpenVault, rng: random.Random, summary: SessionSummary, place: int, now: datetime
) -> None:
    assert summary.ended_at is not None
    baseline = SessionRepository(vault.database).baseline(summary.id)
    mood_before, anxiety_before = (baseline.mood, baseline.anxiety) if baseline is not None else (5, 4)
    early = summary.state is SessionState.ENDED_EARLY
    log = PostSessionLog(
        session_id=summary.id,
        mood=max(0, min(10, mood_before + (-1 if early else rng.randint(1, 3)))),
        anxiety=max(0, min(10, anxiety_before + (1 if early else -rng.randint(1, 3)))),
        energy=2 if early else rng.randint(3, 6),
        peak_intensity=rng.randint(5, 9),
        side_effects=_side_effects(rng, early),
        other_text="",
        note="Stopped early because of the nausea." if early else _NOTES[place % len(_NOTES)],
    )
    checkins = CheckinRepository(vault.database)
    saved_at = summary.ended_at + timedelta(minutes=rng.randint(5, 25))
    checkins.save_post_session_log(log, at=saved_at)
    if place == _CORRECTED_LOG:  # a correction the same evening, within the day
        checkins.save_post_session_log(
            PostSessionLog(log.session_id, log.mood, log.anxiety, log.energy, min(10, log.peak_intensity + 1),
                           log.side_effects, log.other_text, log.note), at=saved_at + timedelta(hours=3))
    late = saved_at + timedelta(days=2, hours=rng.randint(1, 5))
    if place == _LATE_EDITED_LOG and late < now:  # changed days later: kept as a version and flagged
        note = (log.note + " Added later: the headache came the next day.").strip()
        effects = dict(log.side_effects, headache="mild")
        checkins.save_post_session_log(
            PostSessionLog(log.session_id, log.mood, log.anxiety, log.energy, log.peak_intensity, effects,
                           log.other_text, note), at=late)


def _next_day_checkin(
    checkins: CheckinRepository, rng: random.Random, summary: SessionSummary, place: int, now: datetime
) -> None:
    assert summary.ended_at is not None
    at = _at(summary.ended_at.date() + timedelta(days=1), 9, rng)
    if at >= now:
        return
    if place == _SKIPPED_CHECKIN:
        checkins.save_next_day_checkin(summary.id, at=at, skipped=True)
        return
    checkins.save_next_day_checkin(
        summary.id, at=at, skipped=False, sleep_quality=rng.randint(4, 8), mood=rng.randint(5, 8),
        lingering=_LINGERING[place % len(_LINGERING)], stood_out=_STOOD_OUT[place % len(_STOOD_OUT)],
    )


def _daily_moods(
    checkins: CheckinRepository, rng: random.Random, start_day: date, now: datetime, session_days: set[date]
) -> None:
    """A quick mood on about one day in five between sessions, drifting up from about 4 to about 7."""
    days = (now.date() - start_day).days
    for offset in range(days):
        day = start_day + timedelta(days=offset)
        if day in session_days or rng.random() > 0.2:
            continue
        at = _at(day, 19, rng)
        if at >= now:
            break
        mood = max(0, min(10, round(4 + 3 * offset / max(days, 1) + rng.uniform(-1.5, 1.5))))
        checkins.save_daily_mood(mood, _MOOD_NOTES[offset % len(_MOOD_NOTES)], at=at)
