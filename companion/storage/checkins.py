"""What the patient records between doses: post-session logs, next-day check-ins and quick daily moods.

A post-session log is never overwritten: every save is a new version and the latest one counts. It may
be corrected freely for 24 hours after it was first saved; a later save is still kept, as a new version,
and marked ``late_edit`` so the flag engine can say so (the earlier versions stay readable).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlcipher3

from companion.domain.flag_rules import EDIT_WINDOW
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.storage.care_plans import Reader
from companion.storage.database import Database
from companion.storage.errors import StorageError
from companion.storage.session_codec import format_time, parse_time
from companion.storage.sessions import SessionNotFoundError

SIDE_EFFECTS = (
    "nausea", "vomiting", "dizziness", "headache", "blurred_or_double_vision", "racing_heart",
    "confusion", "anxiety_or_panic", "bladder_pain_or_urgency", "other",
)
SEVERITIES = ("none", "mild", "moderate", "severe")
# Plain English names for the flag engine's sentences and the export (the UI shows its own translations).
# Lower case: they go inside a flag's sentence ("A severe side effect was recorded: nausea."), which
# translates them with it (context SideEffects); the export keeps the English.
SIDE_EFFECT_LABELS: Mapping[str, str] = {
    "nausea": QT_TRANSLATE_NOOP("SideEffects", "nausea"),
    "vomiting": QT_TRANSLATE_NOOP("SideEffects", "vomiting"),
    "dizziness": QT_TRANSLATE_NOOP("SideEffects", "dizziness"),
    "headache": QT_TRANSLATE_NOOP("SideEffects", "headache"),
    "blurred_or_double_vision": QT_TRANSLATE_NOOP("SideEffects", "blurred or double vision"),
    "racing_heart": QT_TRANSLATE_NOOP("SideEffects", "racing heart"),
    "confusion": QT_TRANSLATE_NOOP("SideEffects", "confusion"),
    "anxiety_or_panic": QT_TRANSLATE_NOOP("SideEffects", "anxiety or panic"),
    "bladder_pain_or_urgency": QT_TRANSLATE_NOOP("SideEffects", "bladder pain or urgency"),
    "other": QT_TRANSLATE_NOOP("SideEffects", "another side effect"),
}
# A next-day check-in is offered from this long after the session ended...
NEXT_DAY_CHECKIN_AFTER = timedelta(hours=12)
# ...and no longer once the session is this old: by then the next session is usually close.
NEXT_DAY_CHECKIN_UNTIL = timedelta(days=7)
_ENDED_DOSED_SQL = "('completed', 'ended_early')"


class StoredCheckinDamagedError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "A stored check-in is damaged and could not be read, so nothing was changed; "
            "restoring a recent backup may bring it back.",
        ))


class NextDayCheckinExistsError(StorageError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "StorageErrors",
            "The next-day check-in for that session was already recorded; it was left as it is.",
        ))


def _rating(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValueError(f"{name} must be a whole number from 0 to 10")


def _optional_rating(name: str, value: object) -> None:
    if value is not None:
        _rating(name, value)


@dataclass(frozen=True)
class PostSessionLog:
    """How the patient feels after a session. ``side_effects`` maps names in SIDE_EFFECTS to a severity;
    a name left out means "none", and the stored log always holds every name, in SIDE_EFFECTS order."""

    session_id: int
    mood: int  # 0–10
    anxiety: int  # 0–10
    energy: int  # 0–10
    peak_intensity: int  # 0–10, of the experience
    side_effects: dict[str, str] = field(default_factory=dict)
    other_text: str = ""  # names the "other" side effect
    note: str = ""

    def __post_init__(self) -> None:
        for name in ("mood", "anxiety", "energy", "peak_intensity"):
            _rating(name, getattr(self, name))
        unknown = sorted(set(self.side_effects) - set(SIDE_EFFECTS))
        if unknown:
            raise ValueError(f"unknown side effects: {unknown}")
        if any(severity not in SEVERITIES for severity in self.side_effects.values()):
            raise ValueError(f"side effect severities must be one of {SEVERITIES}")
        complete = {name: self.side_effects.get(name, "none") for name in SIDE_EFFECTS}
        object.__setattr__(self, "side_effects", complete)
        object.__setattr__(self, "other_text", self.other_text.strip())
        object.__setattr__(self, "note", self.note.strip())

    @property
    def reported_side_effects(self) -> dict[str, str]:
        """Only those above "none", in SIDE_EFFECTS order."""
        return {name: severity for name, severity in self.side_effects.items() if severity != "none"}


@dataclass(frozen=True)
class PostSessionLogRecord:
    id: int  # the log's id (all its versions share it)
    log: PostSessionLog  # the latest version
    created_at: datetime  # the first save
    updated_at: datetime  # the latest save
    version: int  # 1 for the first save
    late_edit: bool  # the latest version was saved more than 24 h after created_at


@dataclass(frozen=True)
class NextDayCheckinRecord:
    id: int
    session_id: int
    recorded_at: datetime
    skipped: bool
    sleep_quality: int | None  # 0–10
    mood: int | None  # 0–10
    lingering: str | None  # anything still lingering
    stood_out: str | None  # what stood out


@dataclass(frozen=True)
class DailyMoodRecord:
    id: int
    recorded_at: datetime
    mood: int  # 0–10
    note: str | None


def _require_session(reader: Reader, session_id: int) -> None:
    if reader.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
        raise SessionNotFoundError()


def _side_effects_text(log: PostSessionLog) -> str:
    return json.dumps(log.side_effects, ensure_ascii=False, separators=(",", ":"))


def _log_from_row(session_id: int, row: Any) -> PostSessionLog:
    """Row: mood, anxiety, energy, peak_intensity, note, side_effects_json, other_text."""
    try:
        effects = json.loads(row[5])
        if not isinstance(effects, dict):
            raise StoredCheckinDamagedError()
        return PostSessionLog(session_id, int(row[0]), int(row[1]), int(row[2]), int(row[3]),
                              effects, str(row[6]), str(row[4]))
    except (TypeError, ValueError, RecursionError):
        raise StoredCheckinDamagedError() from None


_VERSION_COLUMNS = "mood, anxiety, energy, peak_intensity, note, side_effects_json, other_text"


@dataclass(frozen=True)
class PostSessionLogVersion:
    """One kept save of a log (for the session detail view and the export)."""

    version: int
    saved_at: datetime
    log: PostSessionLog
    late_edit: bool


class CheckinRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    # -- post-session logs ---------------------------------------------------------------------

    def save_post_session_log(self, log: PostSessionLog, *, at: datetime) -> PostSessionLogRecord:
        """Store ``log`` as the session's newest version (the first save creates the log)."""
        saved_at = format_time(at)
        with self._database.transaction() as connection:
            _require_session(connection, log.session_id)
            row = connection.execute(
                "SELECT id, created_at FROM post_session_logs WHERE session_id = ?", (log.session_id,)
            ).fetchone()
            if row is None:
                cursor = connection.execute(
                    "INSERT INTO post_session_logs (session_id, created_at, updated_at) VALUES (?, ?, ?)",
                    (log.session_id, saved_at, saved_at),
                )
                log_id, created_at, version = int(cursor.lastrowid or 0), saved_at, 1
            else:
                log_id, created_at = int(row[0]), str(row[1])
                last = connection.execute(
                    "SELECT max(version) FROM post_session_log_versions WHERE log_id = ?", (log_id,)
                ).fetchone()
                version = int(last[0] or 0) + 1
                connection.execute(
                    "UPDATE post_session_logs SET updated_at = ? WHERE id = ?", (saved_at, log_id)
                )
            connection.execute(
                f"INSERT INTO post_session_log_versions (log_id, version, saved_at, {_VERSION_COLUMNS}) "  # noqa: S608
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (log_id, version, saved_at, log.mood, log.anxiety, log.energy, log.peak_intensity, log.note,
                 _side_effects_text(log), log.other_text),
            )
        created = parse_time(created_at)
        updated = parse_time(saved_at)
        return PostSessionLogRecord(log_id, log, created, updated, version, updated - created > EDIT_WINDOW)

    def post_session_log(self, session_id: int) -> PostSessionLogRecord | None:
        """The latest version of the session's log, or None if none was saved."""
        versions = self.post_session_log_versions(session_id)
        if not versions:
            return None
        row = self._database.execute(
            "SELECT id, created_at, updated_at FROM post_session_logs WHERE session_id = ?", (session_id,)
        ).fetchone()
        latest = versions[-1]
        return PostSessionLogRecord(int(row[0]), latest.log, parse_time(row[1]), parse_time(row[2]),
                                    latest.version, latest.late_edit)

    def post_session_log_versions(self, session_id: int) -> list[PostSessionLogVersion]:
        """Every kept version of the session's log, oldest first (empty when there is none)."""
        rows = self._database.execute(
            f"SELECT v.version, v.saved_at, l.created_at, {_VERSION_COLUMNS} "  # noqa: S608 - constants
            "FROM post_session_log_versions v JOIN post_session_logs l ON l.id = v.log_id "
            "WHERE l.session_id = ? ORDER BY v.version",
            (session_id,),
        ).fetchall()
        versions: list[PostSessionLogVersion] = []
        for row in rows:
            saved_at, created_at = parse_time(row[1]), parse_time(row[2])
            versions.append(PostSessionLogVersion(int(row[0]), saved_at, _log_from_row(session_id, row[3:]),
                                                  saved_at - created_at > EDIT_WINDOW))
        return versions

    # -- next-day check-ins --------------------------------------------------------------------

    def save_next_day_checkin(
        self,
        session_id: int,
        *,
        at: datetime,
        skipped: bool,
        sleep_quality: int | None = None,
        mood: int | None = None,
        lingering: str | None = None,
        stood_out: str | None = None,
    ) -> NextDayCheckinRecord:
        """Record the one next-day check-in of a session (answers ignored when ``skipped``).

        NextDayCheckinExistsError if one (answered or skipped) is already recorded.
        """
        _optional_rating("sleep_quality", sleep_quality)
        _optional_rating("mood", mood)
        if skipped:
            sleep_quality = mood = None
            lingering = stood_out = None
        lingering = (lingering or "").strip() or None
        stood_out = (stood_out or "").strip() or None
        recorded_at = format_time(at)
        try:
            with self._database.transaction() as connection:
                _require_session(connection, session_id)
                cursor = connection.execute(
                    "INSERT INTO next_day_checkins "
                    "(session_id, recorded_at, skipped, sleep_quality, mood, lingering, stood_out) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (session_id, recorded_at, int(skipped), sleep_quality, mood, lingering, stood_out),
                )
                checkin_id = int(cursor.lastrowid or 0)
        except sqlcipher3.IntegrityError:
            raise NextDayCheckinExistsError() from None  # session_id is UNIQUE
        return NextDayCheckinRecord(checkin_id, session_id, parse_time(recorded_at), skipped, sleep_quality,
                                    mood, lingering, stood_out)

    def next_day_checkin(self, session_id: int) -> NextDayCheckinRecord | None:
        row = self._database.execute(
            "SELECT id, session_id, recorded_at, skipped, sleep_quality, mood, lingering, stood_out "
            "FROM next_day_checkins WHERE session_id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            return None
        return NextDayCheckinRecord(
            int(row[0]), int(row[1]), parse_time(row[2]), bool(row[3]),
            None if row[4] is None else int(row[4]), None if row[5] is None else int(row[5]),
            None if row[6] is None else str(row[6]), None if row[7] is None else str(row[7]),
        )

    def sessions_needing_next_day_checkin(
        self, now: datetime, *, until: timedelta = NEXT_DAY_CHECKIN_UNTIL
    ) -> list[int]:
        """Dosed sessions that ended (completed or ended early) 12 h to ``until`` before ``now`` and have
        no next-day check-in yet (answered or skipped), newest first."""
        latest_end = format_time(now - NEXT_DAY_CHECKIN_AFTER)
        earliest_end = format_time(now - until)
        rows = self._database.execute(
            "SELECT s.id FROM sessions s LEFT JOIN next_day_checkins c ON c.session_id = s.id "  # noqa: S608
            f"WHERE s.state IN {_ENDED_DOSED_SQL} AND s.dose_at IS NOT NULL "
            "AND s.ended_at IS NOT NULL AND s.ended_at <= ? AND s.ended_at >= ? AND c.id IS NULL "
            "ORDER BY s.ended_at DESC",
            (latest_end, earliest_end),
        ).fetchall()
        return [int(row[0]) for row in rows]

    # -- daily moods ---------------------------------------------------------------------------

    def save_daily_mood(self, mood: int, note: str | None, *, at: datetime) -> DailyMoodRecord:
        """One quick mood (0–10) with an optional note; several a day are fine."""
        _rating("mood", mood)
        text = (note or "").strip() or None
        recorded_at = format_time(at)
        with self._database.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO daily_moods (recorded_at, mood, note) VALUES (?, ?, ?)",
                (recorded_at, mood, text),
            )
            mood_id = int(cursor.lastrowid or 0)
        return DailyMoodRecord(mood_id, parse_time(recorded_at), mood, text)

    def daily_moods(self, since: datetime | None = None) -> list[DailyMoodRecord]:
        """Quick moods recorded at or after ``since`` (all when None), oldest first."""
        start = "" if since is None else format_time(since)
        rows = self._database.execute(
            "SELECT id, recorded_at, mood, note FROM daily_moods WHERE recorded_at >= ? "
            "ORDER BY recorded_at, id",
            (start,),
        ).fetchall()
        return [DailyMoodRecord(int(r[0]), parse_time(r[1]), int(r[2]), None if r[3] is None else str(r[3]))
                for r in rows]
