"""The report's scores: each questionnaire from its baseline to the latest total (DESIGN.md §3, §6).

What clinicians ask of patient-reported scores: the severity band, the direction that is better (lower,
for all three instruments here), the change from baseline, and for the PHQ-9 whether it is a response
(at least 50 % below the baseline) or remission (below 5) and whether the change reaches the minimal
important difference (5 points). The baseline is the first questionnaire ever, which may come before
the report's period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from companion.domain.instruments import (
    BandRange,
    Instrument,
    SeverityBand,
    definition,
    progress,
)

if TYPE_CHECKING:
    from companion.storage.questionnaires import QuestionnaireRecord

PHQ9_MID_POINTS = 5  # the PHQ-9's minimal important difference (DESIGN.md §6)
MID_POINTS: dict[Instrument, int] = {Instrument.PHQ9: PHQ9_MID_POINTS}


@dataclass(frozen=True)
class ScoreAt:
    total: int
    band: SeverityBand
    at: datetime


@dataclass(frozen=True)
class ScoreLine:
    """One instrument, baseline → latest. ``change`` is latest − baseline: negative is better."""

    instrument: Instrument
    name: str  # "PHQ-9"
    total_max: int
    baseline: ScoreAt
    latest: ScoreAt | None  # the latest in the period; None when none was answered in it
    count_in_period: int
    change: int | None  # None without a latest total in the period
    percent_change: int | None  # whole per cent; None from a baseline of 0 or without a latest
    response: bool | None  # PHQ-9 only: at least 50 % below the baseline
    remission: bool | None  # PHQ-9 only: below 5
    mid_points: int | None  # the minimal important difference, where one is stated (PHQ-9: 5)
    item9_above_zero: int | None  # PHQ-9 only: questionnaires in the period with item 9 above 0

    @property
    def lower_is_better(self) -> bool:
        return True  # PHQ-9, GAD-7 and PCL-5 all count symptoms

    @property
    def reaches_mid(self) -> bool | None:
        """Whether the change is at least the minimal important difference (either way)."""
        if self.mid_points is None or self.change is None:
            return None
        return abs(self.change) >= self.mid_points

    @property
    def only_baseline(self) -> bool:
        """The latest in the period is the baseline itself: there is no change to report yet."""
        return self.latest is not None and self.latest.at == self.baseline.at and self.count_in_period == 1


@dataclass(frozen=True)
class ScorePoint:
    at: datetime
    total: int


@dataclass(frozen=True)
class ScoreSeries:
    """One instrument's totals over the period, drawn over its severity bands."""

    instrument: Instrument
    name: str
    total_max: int
    bands: tuple[BandRange, ...]
    points: tuple[ScorePoint, ...]  # oldest first
    baseline_total: int | None
    mid_line: int | None  # PHQ-9: baseline − 5, the line a meaningful improvement crosses (None below 0)


def _at(record: QuestionnaireRecord) -> ScoreAt:
    return ScoreAt(record.score.total, record.score.band, record.completed_at)


def _instruments(questionnaires: Sequence[QuestionnaireRecord],
                 baselines: Sequence[QuestionnaireRecord]) -> list[Instrument]:
    present = {record.instrument for record in (*questionnaires, *baselines)}
    return [instrument for instrument in Instrument if instrument in present]


def _baseline(instrument: Instrument, questionnaires: Sequence[QuestionnaireRecord],
              baselines: Sequence[QuestionnaireRecord]) -> QuestionnaireRecord:
    given = [record for record in baselines if record.instrument is instrument]
    in_period = [record for record in questionnaires if record.instrument is instrument]
    candidates = given or in_period
    return min(candidates, key=lambda record: (record.completed_at, record.id))


def build_scores(questionnaires: Sequence[QuestionnaireRecord],
                 baselines: Sequence[QuestionnaireRecord]) -> tuple[ScoreLine, ...]:
    """One line per instrument answered (in the period, or only at baseline), PHQ-9, GAD-7, PCL-5."""
    lines: list[ScoreLine] = []
    for instrument in _instruments(questionnaires, baselines):
        spec = definition(instrument)
        baseline = _baseline(instrument, questionnaires, baselines)
        in_period = [record for record in questionnaires if record.instrument is instrument]
        latest = max(in_period, key=lambda record: (record.completed_at, record.id)) if in_period else None
        change = percent = response = remission = None
        if latest is not None:
            moved = progress(instrument, baseline.score.total, latest.score.total)
            change = moved.latest_total - moved.baseline_total
            percent, response, remission = moved.percent_change, moved.response, moved.remission
        item9 = None
        if instrument is Instrument.PHQ9:
            item9 = sum(1 for record in in_period if record.score.needs_crisis_resources)
        lines.append(ScoreLine(
            instrument=instrument, name=spec.short_name, total_max=spec.total_max, baseline=_at(baseline),
            latest=None if latest is None else _at(latest), count_in_period=len(in_period), change=change,
            percent_change=percent, response=response, remission=remission,
            mid_points=MID_POINTS.get(instrument), item9_above_zero=item9,
        ))
    return tuple(lines)


def build_score_series(questionnaires: Sequence[QuestionnaireRecord],
                       scores: Sequence[ScoreLine]) -> tuple[ScoreSeries, ...]:
    """The charts' series: every instrument with a score line, its totals in the period."""
    series: list[ScoreSeries] = []
    for line in scores:
        spec = definition(line.instrument)
        points = tuple(ScorePoint(record.completed_at, record.score.total) for record in questionnaires
                       if record.instrument is line.instrument)
        mid = None
        if line.mid_points is not None and line.baseline.total - line.mid_points >= 0:
            mid = line.baseline.total - line.mid_points
        series.append(ScoreSeries(line.instrument, line.name, spec.total_max, spec.bands, points,
                                  line.baseline.total, mid))
    return tuple(series)
