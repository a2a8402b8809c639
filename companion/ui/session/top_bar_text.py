"""The one line above every session screen: the time since the dose and what comes next."""

from __future__ import annotations

from datetime import datetime

from companion.domain import monitoring
from companion.domain.monitoring import CheckinStatus
from companion.domain.session import Session, SessionState
from companion.ui.i18n import translate
from companion.ui.session.screen_choice import Choice
from companion.ui.time_format import clock_text, duration_text, whole_minutes

_SEPARATOR = "   ·   "


def top_bar_text(session: Session, now: datetime, choice: Choice) -> str:
    if session.dose_at is None:
        sitter = session.sitter
        if sitter is None:
            return translate("SessionTopBar", "Before the dose")
        sitter_text = translate("SessionTopBar", "Sitter: %1").replace("%1", sitter.sitter_name)
        return translate("SessionTopBar", "Before the dose") + _SEPARATOR + sitter_text
    current = monitoring.effective_now(session, now)
    if session.awaiting_recovery and session.ended_at is not None:
        ended = translate("SessionTopBar", "The session was ended early at %1").replace(
            "%1", clock_text(session.ended_at))
        return ended + _SEPARATOR + translate("SessionTopBar", "recovery check")
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
    return _SEPARATOR.join(parts)
