"""Needs-attention flags from what the vault holds, with the patient's "discussed with my clinician" marks.

:func:`current_flags` turns stored records into the flag engine's facts (companion.domain.flags) and
runs it; nothing about a flag is stored except the mark, kept against the flag's stable key and never
deleted, so a flag once discussed stays discussed in every later evaluation.

Record ids in flags: sessions and questionnaires use their own ids; a post-session log's late edit uses
the log's id (record kind :data:`RECORD_POST_SESSION_LOG`); a side effect uses
:func:`side_effect_record_id` (the log's id and the effect's place in SIDE_EFFECTS), because one log
reports several side effects and each must raise its own flag.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from companion.domain.care_plan import CarePlan
from companion.domain.flag_rules import RECORD_SESSION, RECORD_SIDE_EFFECT
from companion.domain.flags import (
    EditFact,
    Flag,
    Item9AnswerFact,
    QuestionnaireFact,
    SessionFacts,
    SideEffectFact,
    evaluate_flags,
)
from companion.domain.vitals import BloodPressure
from companion.storage.checkins import SIDE_EFFECT_LABELS, SIDE_EFFECTS, StoredCheckinDamagedError
from companion.storage.database import Database
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.session_codec import format_time, parse_time
from companion.storage.sessions import SessionRepository

RECORD_POST_SESSION_LOG = "post_session_log"
_SIDE_EFFECT_SLOTS = 100  # room for SIDE_EFFECTS in one log's side-effect record ids


@dataclass(frozen=True)
class FlagView:
    flag: Flag
    discussed_at: datetime | None  # when marked "discussed with my clinician"; None while open
    session_id: int | None = None  # the session the flag is about, when there is one (to open it)

    @property
    def is_open(self) -> bool:
        return self.discussed_at is None


def side_effect_record_id(log_id: int, effect: str) -> int:
    """The record id a side effect's flag carries (stable: the log id and the effect's place)."""
    return log_id * _SIDE_EFFECT_SLOTS + SIDE_EFFECTS.index(effect)


def side_effect_from_record_id(record_id: int) -> tuple[int, str]:
    """The inverse of :func:`side_effect_record_id`: (log id, effect name)."""
    log_id, slot = divmod(record_id, _SIDE_EFFECT_SLOTS)
    return log_id, SIDE_EFFECTS[slot]


def _session_facts(database: Database) -> list[SessionFacts]:
    repository = SessionRepository(database)
    pre_dose: dict[int, tuple[BloodPressure, int | None, int | None]] = {}
    rows = database.execute(
        "SELECT session_id, systolic, diastolic, heart_rate, spo2 FROM vital_signs WHERE kind = 'pre_dose' "
        "ORDER BY id"
    ).fetchall()
    for row in rows:  # the latest reading of each session wins, as on the session screen
        heart_rate = None if row[3] is None else int(row[3])
        spo2 = None if row[4] is None else int(row[4])
        pre_dose[int(row[0])] = (BloodPressure(int(row[1]), int(row[2])), heart_rate, spo2)
    facts: list[SessionFacts] = []
    for row in database.execute("SELECT id FROM sessions ORDER BY id").fetchall():
        session_id = int(row[0])
        bp, heart_rate, spo2 = pre_dose.get(session_id, (None, None, None))
        facts.append(SessionFacts(session_id, repository.get(session_id).session, bp, heart_rate, spo2))
    return facts


def _questionnaire_facts(database: Database) -> list[QuestionnaireFact]:
    repository = QuestionnaireRepository(database)
    changed = repository.item9_changed_to_zero()
    return [
        QuestionnaireFact(record.id, record.instrument.value, record.completed_at, record.score.total,
                          record.score.item9, changed.get(record.id))
        for record in repository.history()
    ]


def _side_effects(row: Any) -> dict[str, str]:
    try:
        effects = json.loads(row)
    except (TypeError, ValueError, RecursionError):
        raise StoredCheckinDamagedError() from None
    if not isinstance(effects, dict) or not all(isinstance(v, str) for v in effects.values()):
        raise StoredCheckinDamagedError()
    return {name: str(effects.get(name, "none")) for name in SIDE_EFFECTS}


def _log_facts(database: Database) -> tuple[list[SideEffectFact], list[EditFact], dict[int, int]]:
    """Side effects of each log's latest version, one EditFact per later version, log id -> session id."""
    rows = database.execute(
        "SELECT l.id, l.session_id, l.created_at, v.version, v.saved_at, v.side_effects_json, v.other_text "
        "FROM post_session_logs l JOIN post_session_log_versions v ON v.log_id = l.id "
        "ORDER BY l.id, v.version"
    ).fetchall()
    versions: dict[int, list[Any]] = {}
    for row in rows:
        versions.setdefault(int(row[0]), []).append(row)
    side_effects: list[SideEffectFact] = []
    edits: list[EditFact] = []
    sessions: dict[int, int] = {}
    for log_id, kept in versions.items():
        session_id, created_at = int(kept[0][1]), parse_time(kept[0][2])
        sessions[log_id] = session_id
        edits.extend(
            EditFact(RECORD_POST_SESSION_LOG, log_id, created_at, parse_time(row[4])) for row in kept[1:]
        )
        history = [(_side_effects(row[5]), parse_time(row[4])) for row in kept]
        latest, other_text = history[-1][0], str(kept[-1][6]).strip()
        for effect, severity in latest.items():
            if severity == "none":
                continue
            # Reported when it first reached its present severity (an unchanged later edit keeps the time).
            reported_at = history[-1][1]
            for effects, saved_at in reversed(history):
                if effects[effect] != severity:
                    break
                reported_at = saved_at
            label = other_text if effect == "other" and other_text else SIDE_EFFECT_LABELS[effect]
            side_effects.append(SideEffectFact(side_effect_record_id(log_id, effect), session_id, reported_at,
                                               label, severity))
    return side_effects, edits, sessions


def current_flags(vault_database: Database, plan: CarePlan, now: datetime) -> list[FlagView]:
    """Every flag the stored records raise today, most severe first, each with its "discussed" mark.

    ``plan`` is the current care plan (contact numbers in the sentences); each session is judged by its
    own. Run it on the database thread.
    """
    side_effects, edits, log_sessions = _log_facts(vault_database)
    questionnaires = QuestionnaireRepository(vault_database)
    flags = evaluate_flags(
        plan,
        sessions=_session_facts(vault_database),
        questionnaires=_questionnaire_facts(vault_database),
        side_effects=side_effects,
        edits=edits,
        unfinished_item9=[
            Item9AnswerFact(answer_id, answered_at, value)
            for answer_id, answered_at, value in questionnaires.unfinished_item9_answers()
        ],
        now=now,
    )
    reviews = {
        str(row[0]): parse_time(row[1])
        for row in vault_database.execute("SELECT flag_key, discussed_at FROM flag_reviews").fetchall()
    }
    views: list[FlagView] = []
    for flag in flags:
        session_id: int | None = None
        if flag.record_kind == RECORD_SESSION:
            session_id = flag.record_id
        elif flag.record_kind == RECORD_SIDE_EFFECT:
            session_id = log_sessions.get(side_effect_from_record_id(flag.record_id)[0])
        elif flag.record_kind == RECORD_POST_SESSION_LOG:
            session_id = log_sessions.get(flag.record_id)
        views.append(FlagView(flag, reviews.get(flag.key), session_id))
    return views


def mark_discussed(database: Database, flag_key: str, at: datetime) -> None:
    """Mark a flag "discussed with my clinician"; marking it again keeps the first time."""
    if not flag_key:
        raise ValueError("flag_key must not be empty")
    with database.transaction() as connection:
        connection.execute(
            "INSERT INTO flag_reviews (flag_key, discussed_at) VALUES (?, ?) "
            "ON CONFLICT (flag_key) DO NOTHING",
            (flag_key, format_time(at)),
        )
