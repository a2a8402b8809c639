"""The one line above every session screen: the time since the dose and what comes next."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from companion.domain import monitoring
from companion.domain.monitoring import CheckinStatus
from companion.domain.session import Session, SessionState
from companion.ui.session.screen_choice import Choice
from companion.ui.time_format import clock_text, duration_text, whole_minutes

_SEPARATOR = "   ·   "


def _t(text: str) -> str:
    return QCoreApplication.translate("SessionTopBar", text)


def top_bar_text(session: Session, now: datetime, choice: Choice) -> str:
    if session.dose_at is None:
        sitter = session.sitter
        if sitter is None:
            return _t("Before the dose")
        return _t("Before the dose") + _SEPARATOR + _t("Sitter: %1").replace("%1", sitter.sitter_name)
    current = monitoring.effective_now(session, now)
    if session.awaiting_recovery and session.ended_at is not None:
        return _t("The session was ended early at %1").replace("%1", clock_text(session.ended_at)) + \
            _SEPARATOR + _t("recovery check")
    parts = [_t("%1 since the dose").replace("%1", duration_text(whole_minutes(current - session.dose_at)))]
    ends = session.minimum_ends_at
    if ends is not None and current < ends:
        parts.append(_t("minimum ends %1").replace("%1", clock_text(ends)))
    if session.state is SessionState.RECOVERY_CHECK:
        parts.append(_t("recovery check"))
    elif choice.checkin_status is CheckinStatus.ESCALATE:
        parts.append(_t("check-in overdue"))
    elif choice.checkin_status in (CheckinStatus.IN_GRACE, CheckinStatus.DUE):
        due = monitoring.checkin_to_confirm(session, now)
        parts.append(_t("check-in due %1").replace("%1", "" if due is None else clock_text(due)))
    else:
        upcoming = monitoring.next_checkin_due(session, now)
        if upcoming is not None:
            parts.append(_t("next check-in %1").replace("%1", clock_text(upcoming)))
    return _SEPARATOR.join(parts)
