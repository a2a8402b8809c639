"""The Check-ins page's use cases without Qt: the post-session log, the next-day check-in (and its
journal entry), a questionnaire with its early PHQ-9 question-9 records; the overview read model."""

from __future__ import annotations

from datetime import timedelta

import pytest

from companion.domain.care_plan import CarePlan
from companion.domain.instruments import Instrument, score
from companion.domain.journal import SessionLink
from companion.domain.vitals import BloodPressure
from companion.services import checkin_actions
from companion.services import session_actions as actions
from companion.services.checkin_actions import QuestionnaireInProgress
from companion.services.checkins_state import load_overview, post_session_context
from companion.services.session_actions import Baseline
from companion.services.session_snapshot import Reading
from companion.storage.care_plans import CarePlanRepository
from companion.storage.checkins import CheckinRepository, PostSessionLog
from companion.storage.journal import JournalRepository
from companion.storage.questionnaires import QuestionnaireRepository
from companion.storage.vault import OpenVault

TITLE = "What stood out, the day after"


@pytest.fixture
def session_id(open_vault: OpenVault) -> int:
    """A session dosed an hour after the clock's time and ended early 30 minutes later."""
    t0 = open_vault.clock.now()
    plan = CarePlanRepository(open_vault.database).save(CarePlan(dose_mg=50.0, clinician_phone="555-0100"),
                                                         at=t0 - timedelta(days=1))
    snapshot = actions.start_session(open_vault, plan, at=t0)
    assert snapshot.record is not None
    found = snapshot.record.id
    reading = Reading(BloodPressure(120, 80), 70)
    actions.pass_checklist(open_vault, found, {}, (), reading, Baseline(4, 6, None),
                           at=t0 + timedelta(minutes=5))
    actions.hand_over(open_vault, found, name="Sam", relationship="", phone="", code=None,
                      at=t0 + timedelta(minutes=6))
    actions.dose_taken(open_vault, found, at=t0 + timedelta(hours=1))
    actions.end_early(open_vault, found, "Nausea.", at=t0 + timedelta(hours=1, minutes=30))
    return found


def test_the_post_session_log_is_saved_and_is_then_the_context(
    open_vault: OpenVault, session_id: int
) -> None:
    at = open_vault.clock.now() + timedelta(hours=3)
    log = PostSessionLog(session_id, mood=6, anxiety=3, energy=4, peak_intensity=7, note="calm")
    record = checkin_actions.save_post_session_log(open_vault, log, at=at)
    assert (record.log, record.created_at, record.version) == (log, at, 1)
    context = post_session_context(open_vault, session_id)
    assert context.record == record and context.baseline is not None and context.baseline.mood == 4
    overview = load_overview(open_vault, at)
    assert overview.latest_session is not None and overview.latest_session.session_id == session_id
    assert overview.has_plan and not overview.post_session_log_due


def test_what_stood_out_becomes_a_journal_entry_linked_to_the_session(
    open_vault: OpenVault, session_id: int
) -> None:
    at = open_vault.clock.now() + timedelta(days=1)
    record = checkin_actions.save_next_day_checkin(
        open_vault, session_id, at=at, skipped=False, sleep_quality=7, mood=6, lingering="",
        stood_out="  The music, \x00and the light. ", journal_title=TITLE)
    assert (record.sleep_quality, record.mood, record.lingering) == (7, 6, None)
    journal = JournalRepository(open_vault.database)
    [summary] = journal.entries_for_session(session_id)
    entry = journal.get(summary.id)
    assert (entry.content.title, entry.content.body) == (TITLE, "The music, and the light.")
    assert entry.content.session_link is SessionLink.NEXT_DAY and entry.created_at == at


@pytest.mark.parametrize(("skipped", "stood_out"), [(True, "Something"), (False, "   ")])
def test_a_skipped_or_empty_check_in_writes_no_journal_entry(
    open_vault: OpenVault, session_id: int, skipped: bool, stood_out: str
) -> None:
    at = open_vault.clock.now() + timedelta(days=1)
    record = checkin_actions.save_next_day_checkin(open_vault, session_id, at=at, skipped=skipped,
                                                   stood_out=stood_out, journal_title=TITLE)
    assert CheckinRepository(open_vault.database).next_day_checkin(session_id) == record
    assert JournalRepository(open_vault.database).entries_for_session(session_id) == []


def test_a_questionnaire_links_the_question_9_records_of_its_own_form_only(open_vault: OpenVault) -> None:
    at = open_vault.clock.now()
    form = QuestionnaireInProgress()
    form.begin()
    form.record_item9_answer(open_vault, 2, at=at)  # a form left unfinished
    form.begin()  # a new form: the earlier record stays unfinished
    first = form.record_item9_answer(open_vault, 1, at=at + timedelta(minutes=1))
    phq9 = score(Instrument.PHQ9, [1, 1, 1, 1, 1, 1, 1, 1, 0])  # question 9 changed back to 0
    record = form.save(open_vault, phq9, at=at + timedelta(minutes=2))
    repository = QuestionnaireRepository(open_vault.database)
    assert [value for _id, _at, value in repository.unfinished_item9_answers()] == [2]
    assert repository.item9_changed_to_zero() == {record.id: 1}
    assert first not in [answer_id for answer_id, _at, _value in repository.unfinished_item9_answers()]
    again = form.save(open_vault, phq9, at=at + timedelta(minutes=3))  # the next form starts empty
    assert again.id not in repository.item9_changed_to_zero()
