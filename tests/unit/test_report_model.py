"""The report model (Qt-free): what page 1, the charts, the session record and the appendix hold."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest

from companion.domain.care_plan import PLAN_FIELDS, CarePlan
from companion.domain.flags import FlagRule, Severity
from companion.domain.instruments import Instrument, SeverityBand, score
from companion.domain.session import SessionState
from companion.export.export_data import ExportData, ExportOptions, ExportPeriod, Section
from companion.export.report_model import UNNAMED_PATIENT, build_report
from companion.export.report_scales import (
    LimitKind,
    LimitLine,
    band_edges,
    bp_axis_range,
    bp_limit_lines,
    date_ticks,
)
from companion.export.report_scores import build_scores
from companion.export.report_summary import planned_days
from companion.storage.questionnaires import QuestionnaireRecord
from tests.fixtures import report_history as history
from tests.fixtures.export_history import export_history
from tests.fixtures.report_history import report_history


@pytest.fixture(scope="module")
def data() -> ExportData:
    return report_history()


def _questionnaire(record_id: int, instrument: Instrument, total: int, day: int) -> QuestionnaireRecord:
    spec_items = {Instrument.PHQ9: 9, Instrument.GAD7: 7, Instrument.PCL5: 20}[instrument]
    answers = [0] * spec_items
    for index in range(total):
        answers[index % (spec_items - 1)] += 1  # never PHQ-9 item 9
    return QuestionnaireRecord(record_id, instrument, datetime(2026, 3, day, 19, tzinfo=UTC),
                               score(instrument, answers))


# -- needs attention ---------------------------------------------------------------------------------------


def test_every_flag_is_listed_most_severe_first_open_before_discussed(data: ExportData) -> None:
    report = build_report(data)
    assert len(report.attention) == len(data.flags)
    assert {item.text for item in report.attention} == {view.flag.text for view in data.flags}
    ranks = [item.severity.rank for item in report.attention]
    assert ranks == sorted(ranks)
    for severity in Severity:
        same = [item for item in report.attention if item.severity is severity]
        opened = [item.is_open for item in same]
        assert opened == sorted(opened, reverse=True), severity  # open ones first
        for group in (True, False):
            times = [item.raised_at for item in same if item.is_open is group]
            assert times == sorted(times, reverse=True)  # then the newest
    assert report.attention[0].severity is Severity.URGENT
    assert report.open_flags == sum(1 for view in data.flags if view.is_open)
    assert sum(report.severity_counts().values()) == len(data.flags)


def test_a_flag_about_a_session_names_its_row_in_the_session_record(data: ExportData) -> None:
    report = build_report(data)
    urgent_bp = next(item for item in report.attention if item.rule is FlagRule.URGENT_BP)
    assert urgent_bp.session_number == history.URGENT_BP + 1
    row = report.record[urgent_bp.session_number - 1]
    assert FlagRule.URGENT_BP in row.flag_rules
    item9 = next(item for item in report.attention if item.rule is FlagRule.PHQ9_ITEM9)
    assert item9.session_number is None  # about a questionnaire
    discussed = [item for item in report.attention if not item.is_open]
    assert discussed and all(item.discussed_at is not None for item in discussed)


# -- scores ------------------------------------------------------------------------------------------------


def test_phq9_response_remission_and_the_minimal_important_difference() -> None:
    baseline = _questionnaire(1, Instrument.PHQ9, 18, 1)
    middle = _questionnaire(2, Instrument.PHQ9, 12, 8)
    latest = _questionnaire(3, Instrument.PHQ9, 4, 15)
    gad = _questionnaire(4, Instrument.GAD7, 15, 1)
    gad_latest = _questionnaire(5, Instrument.GAD7, 12, 15)
    lines = {line.instrument: line for line in build_scores((middle, latest, gad_latest), (baseline, gad))}
    phq9 = lines[Instrument.PHQ9]
    assert (phq9.baseline.total, phq9.latest and phq9.latest.total) == (18, 4)  # baseline before the period
    assert phq9.change == -14 and phq9.percent_change == -78
    assert phq9.response is True and phq9.remission is True
    assert phq9.mid_points == 5 and phq9.reaches_mid is True
    assert phq9.count_in_period == 2 and phq9.item9_above_zero == 0
    assert phq9.latest is not None and phq9.latest.band is SeverityBand.MINIMAL
    gad7 = lines[Instrument.GAD7]
    assert gad7.change == -3 and gad7.response is None and gad7.remission is None
    assert gad7.mid_points is None and gad7.reaches_mid is None
    assert gad7.lower_is_better


def test_no_response_below_half_and_a_change_short_of_the_mid() -> None:
    baseline = _questionnaire(1, Instrument.PHQ9, 17, 1)
    lines = build_scores((_questionnaire(2, Instrument.PHQ9, 14, 8),), (baseline,))
    assert lines[0].response is False and lines[0].remission is False
    assert lines[0].change == -3 and lines[0].reaches_mid is False


def test_an_instrument_answered_only_before_the_period_shows_its_baseline_and_no_change() -> None:
    lines = build_scores((), (_questionnaire(1, Instrument.GAD7, 9, 1),))
    assert lines[0].latest is None and lines[0].change is None and lines[0].count_in_period == 0
    only = _questionnaire(1, Instrument.PHQ9, 9, 1)
    single = build_scores((only,), (only,))
    assert single[0].only_baseline and single[0].change == 0


def test_the_report_scores_follow_the_fixture_course(data: ExportData) -> None:
    report = build_report(data)
    assert [line.name for line in report.scores] == ["PHQ-9", "GAD-7"]
    phq9 = report.scores[0]
    assert phq9.response is True and phq9.item9_above_zero == 1
    series = report.charts.scores[0]
    assert len(series.points) == phq9.count_in_period
    assert series.mid_line == phq9.baseline.total - 5
    assert series.bands[0].band is SeverityBand.MINIMAL


# -- session summary ---------------------------------------------------------------------------------------


def test_sessions_done_against_planned(data: ExportData) -> None:
    summary = build_report(data).summary
    assert summary.sessions == 16 and summary.planned == 16  # Tuesdays and Fridays for 8 weeks
    assert summary.dosed == 15 and summary.completed == 14 and summary.ended_early == 1
    assert summary.not_dosed == 1 and summary.in_progress == 0
    assert summary.doses[0].dose_mg == 50.0 and summary.doses[0].sessions == 15
    assert summary.median_minutes_monitored == 124


def test_planned_days_stop_at_the_day_of_the_export_and_need_session_days() -> None:
    plan = CarePlan(dose_mg=50, planned_weekdays=(1, 4))
    period = ExportPeriod(date(2026, 3, 1), date(2026, 3, 31))  # Tue/Fri: 3, 6, 10 … 31 March
    assert planned_days(plan, period, date(2026, 4, 30)) == 9
    assert planned_days(plan, period, date(2026, 3, 10)) == 3  # 3, 6 and 10 March
    assert planned_days(CarePlan(dose_mg=50), period, date(2026, 4, 30)) is None
    assert planned_days(None, period, date(2026, 4, 30)) is None
    # Days before the first care plan were not planned: the count starts on the day it was set.
    assert planned_days(plan, period, date(2026, 4, 30), since=date(2026, 3, 10)) == 7
    assert planned_days(plan, period, date(2026, 4, 30), since=date(2026, 1, 1)) == 9


def test_checkins_confirmed_per_cent_spo2_lowest_and_what_the_sitter_saw(data: ExportData) -> None:
    summary = build_report(data).summary
    due = summary.checkins_confirmed + summary.checkins_missed
    assert summary.checkins_missed == 1 and summary.checkins_percent == round(100 * (due - 1) / due)
    assert summary.spo2_lowest == 91 and summary.spo2_below_limit == 1 and summary.spo2_limit == 93
    low_session = data.sessions[history.LOW_SPO2]
    assert summary.spo2_lowest_at == low_session.monitoring.spo2_readings[1].at
    assert (summary.sedation, summary.dissociation, summary.slow_breathing) == (1, 1, 0)
    assert summary.bp_peak.highest is not None and summary.bp_peak.highest.systolic == 184
    assert summary.bp_before.highest is not None
    assert summary.bp_before.highest.systolic == 166  # the start that was blocked
    assert summary.bp_end.count == 15 and summary.bp_before.count == 16
    severities = dict(summary.side_effects)
    assert severities["severe"] == 1 and severities["moderate"] >= 1
    assert summary.frequent_side_effects[0][0] == "nausea"
    assert [(end.session_number, end.minutes, end.reason) for end in summary.early_ends] == [
        (history.ENDED_EARLY + 1, 78, history.EARLY_END_REASON)]


# -- charts, session record, appendix ------------------------------------------------------------------------


def test_charts_span_the_period_and_carry_one_point_per_session(data: ExportData) -> None:
    charts = build_report(data).charts
    assert charts.start == datetime.combine(data.period.start, datetime.min.time(), data.generated_at.tzinfo)
    assert len(charts.session_days) == 15 and len(charts.moods) == 15
    assert len(charts.blood_pressure) == 16  # the blocked start had a reading before the dose
    assert charts.recheck_minutes == 40
    kinds = {line.value: line.kind for line in charts.bp_limits}
    assert kinds == {90: LimitKind.STOP, 110: LimitKind.URGENT, 140: LimitKind.CAUTION, 160: LimitKind.STOP,
                     180: LimitKind.URGENT}
    low, high = charts.bp_axis
    assert low <= 60 and high >= 190


def test_one_record_row_per_session_in_the_spravato_form_shape(data: ExportData) -> None:
    report = build_report(data)
    assert [row.number for row in report.record] == list(range(1, 17))
    assert [row.session_id for row in report.record] == [s.id for s in data.sessions]
    blocked = report.record[history.BLOCKED]
    assert blocked.record.state is SessionState.ABANDONED and blocked.not_started_reason
    assert blocked.record.dose_at is None and blocked.at is not None
    early = report.record[history.ENDED_EARLY]
    assert early.record.ended_early == history.EARLY_END_REASON
    assert FlagRule.ENDED_BEFORE_MINIMUM in early.flag_rules and early.flags == len(early.flag_rules)


def test_the_appendix_holds_items_checklists_logs_journal_plan_and_rules(data: ExportData) -> None:
    appendix = build_report(data).appendix
    phq9 = appendix.questionnaires[0]
    assert phq9.name == "PHQ-9" and len(phq9.items) == 9 and len(phq9.rows) == 8
    assert all(sum(row.answers) == row.total for row in phq9.rows)
    assert "Pfizer" in phq9.notice
    assert len(appendix.checklist_rows) == 16
    assert all(len(row.cells) == len(appendix.checklist_columns) for row in appendix.checklist_rows)
    assert appendix.checklist_columns[0].item_id == "sitter_present"
    assert any(column.item_id == "vitals" for column in appendix.checklist_columns)  # the caution BP
    assert len(appendix.after_session) == 15  # not the start that was blocked (nothing recorded after it)
    assert [entry.label for entry in appendix.journal] == ["shared by patient"] * 2
    assert appendix.journal[0].paragraphs == ("Calmer than I expected.", "Slept well that night.")
    plan = appendix.care_plan
    assert plan is not None and plan.source == "imported" and plan.issued_by == "Dr. Rowan (test clinic)"
    assert [line.name for line in plan.fields] == [spec.name for spec in PLAN_FIELDS]
    values = {line.name: line.value for line in plan.fields}
    assert values["planned_weekdays"] == "Tuesday, Friday"
    assert values["bp_recheck_minutes"] == "40 minutes" and values["kit_has_oximeter"] == "yes"
    rules = " ".join(appendix.scoring_rules)
    phrases = ("0–4 minimal", "at least 50 %", "below 5", "5 points", "question 9", "below the PTSD cut-off")
    for phrase in phrases:
        assert phrase in rules
    assert appendix.disclaimer == "Patient-reported, not clinically verified."


def test_the_plan_in_force_says_who_signed_it_and_with_which_key(data: ExportData) -> None:
    assert data.care_plan is not None
    unsigned = build_report(data).appendix.care_plan
    assert unsigned is not None and (unsigned.signed_by, unsigned.signer_fingerprint) == (None, None)
    signed_record = replace(data.care_plan, signer_fingerprint="SHA256:" + "A" * 43)
    signed = build_report(replace(data, care_plan=signed_record)).appendix.care_plan
    assert signed is not None
    assert (signed.issued_by, signed.signed_by, signed.signer_fingerprint) == (
        "Dr. Rowan (test clinic)", "Dr. Rowan (test clinic)", "SHA256:" + "A" * 43)


def test_unshared_or_trashed_journal_entries_never_appear(data: ExportData) -> None:
    entry = data.journal[0]
    hidden = (replace(entry, id=8, shared=False),
              replace(entry, id=9, trashed_at=entry.created_at + timedelta(days=1)))
    report = build_report(replace(data, journal=(*data.journal, *hidden)))
    assert len(report.appendix.journal) == 2


# -- header and empty periods -----------------------------------------------------------------------------


def test_header_names_the_patient_as_chosen_and_says_what_was_left_out(data: ExportData) -> None:
    report = build_report(data)
    assert report.header.patient == "Jordan Example" and report.header.named
    assert report.header.generated_at.utcoffset() == timedelta(hours=1)
    assert report.header.key_fingerprint.startswith("SHA256:") and report.header.export_id == "r3p0rt7k"
    options = ExportOptions(data.period, sections=frozenset({Section.SESSIONS}), patient_name="  ")
    unnamed = build_report(replace(data, options=options))
    assert unnamed.header.patient == UNNAMED_PATIENT and not unnamed.header.named
    assert unnamed.header.left_out == (Section.QUESTIONNAIRES, Section.CHECKINS, Section.JOURNAL)
    assert not unnamed.header.journal_included


def test_an_empty_period_gives_a_report_that_says_so() -> None:
    empty = ExportData(
        export_id="e", generated_at=datetime(2026, 5, 1, 12, tzinfo=UTC), app_version="0",
        key_fingerprint="SHA256:x",
        options=ExportOptions(ExportPeriod(date(2026, 4, 1), date(2026, 4, 30))), care_plan=None,
    )
    report = build_report(empty)
    assert report.attention == () and report.scores == () and report.record == ()
    assert report.summary.sessions == 0 and report.summary.planned is None
    assert report.summary.checkins_percent is None and report.summary.spo2_lowest is None
    assert report.summary.bp_before.median is None
    assert report.charts.moods == () and report.charts.bp_limits == ()
    assert report.charts.recheck_minutes is None
    assert report.appendix.care_plan is None and report.appendix.checklist_columns == ()
    assert report.header.medication is None


def test_the_same_data_gives_an_equal_report() -> None:
    assert build_report(report_history()) == build_report(report_history())
    assert build_report(export_history()) == build_report(export_history())


def test_the_golden_export_history_builds_with_every_instrument() -> None:
    data = export_history()
    report = build_report(data)
    assert {line.instrument for line in report.scores} == {Instrument.PHQ9, Instrument.GAD7, Instrument.PCL5}
    assert len(report.attention) == len(data.flags) and len(report.record) == len(data.sessions)


# -- the scales History shares ----------------------------------------------------------------------------


def test_limit_lines_give_each_value_once_with_do_not_start_winning() -> None:
    plan = CarePlan(dose_mg=50)
    assert bp_limit_lines(plan) == (LimitLine(90, LimitKind.STOP), LimitLine(140, LimitKind.CAUTION),
                                    LimitLine(160, LimitKind.STOP))
    assert [line.value for line in bp_limit_lines(plan, urgent=True)] == [90, 110, 140, 160, 180]
    assert bp_limit_lines(None) == ()
    assert bp_axis_range([118.0, 184.0], bp_limit_lines(plan)) == (80.0, 200.0)
    assert bp_axis_range([], ()) == (40.0, 200.0)


def test_bands_touch_and_dates_are_ticked_by_span() -> None:
    from companion.domain.instruments import definition

    bands = definition(Instrument.PHQ9).bands
    edges = [band_edges(band, 27) for band in bands]
    assert edges[0] == (0.0, 4.5) and edges[-1] == (19.5, 27.0)
    assert all(upper[0] == lower[1] for lower, upper in pairwise(edges))
    start = datetime(2026, 3, 1, tzinfo=UTC)
    weeks = date_ticks(start, start + timedelta(days=57))
    assert all(tick.weekday() == 0 for tick in weeks) and len(weeks) == 8
    months = date_ticks(start, start + timedelta(days=365))
    assert [tick.month for tick in months[:3]] == [3, 4, 5] and all(tick.day == 1 for tick in months)
    assert len(date_ticks(start, start + timedelta(days=730))) <= 9
    assert len(date_ticks(start, start + timedelta(days=10))) == 10
