"""The one line above every session screen: the time since the dose and what comes next."""

from __future__ import annotations

from datetime import datetime

from companion.domain import monitoring
from companion.domain.monitoring import CheckinStatus
from companion.domain.session import Session, SessionState
from companion.ui.i18n import translate
from companion.ui.session.screen_choice import Choice
from companion.ui.time_format import clock_text, duration_text, whole_minutes
from companion.ui.widgets.session_widgets import keep_together

_SEPARATOR = "   ·   "


def _joined(parts: list[str]) -> str:
    """The parts on one line where they fit; where not, the line breaks only between parts, so a
    label never sits on one line and its time on the next ("next check-in" / "4:29 PM")."""
    return _SEPARATOR.join(keep_together(part) for part in parts)


def top_bar_text(session: Session, now: datetime, choice: Choice) -> str:
    if session.dose_at is None:
        sitter = session.sitter
        if sitter is None:
            return translate("SessionTopBar", "Before the dose")
        sitter_text = translate("SessionTopBar", "Sitter: %1").replace("%1", sitter.sitter_name)
        return _joined([translate("SessionTopBar", "Before the dose"), sitter_text])
    current = monitoring.effective_now(session, now)
    if session.awaiting_recovery and session.ended_at is not None:
        ended = translate("SessionTopBar", "The session was ended early at %1").replace(
            "%1", clock_text(session.ended_at))
        return _joined([ended, translate("SessionTopBar", "recovery check")])
    since = duration_text(whole_minutes(current - session.dose_at))
    parts = [translate("SessionTopBar", "%1 since the dose").replace("%1", since)]
    ends = session.minimum_ends_at
    if ends is not None and current < ends:
        parts.append(translate("SessionTopBar", "minimum ends %1").replace("%1", clock_text(ends)))
    if session.state is SessionState.RECOVERY_CHECK:
        parts.append(translate("SessionTopBar", "recovery check"))
    elif choice.checkin_status is CheckinStatus.ESCALATE:
        parts.append(translate("SessionTopBar", "check-in overdue"))
    elif choice.checkin_status in (CheckinStatus.IN_GRACE, CheckinStatus.DUE):
        due = monitoring.checkin_to_confirm(session, now)
        parts.append(translate("SessionTopBar", "check-in due %1").replace(
            "%1", "" if due is None else clock_text(due)))
    else:
        upcoming = monitoring.next_checkin_due(session, now)
        if upcoming is not None:
            parts.append(translate("SessionTopBar", "next check-in %1").replace("%1", clock_text(upcoming)))
    return _joined(parts)
