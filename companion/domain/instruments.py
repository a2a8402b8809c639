"""PHQ-9, GAD-7 and PCL-5: definitions, scoring, severity bands, response, remission and when one is due.

Every number is from DESIGN.md §3. A questionnaire is either complete or not scored: score() refuses a
form with an unanswered or out-of-range item rather than guessing. The one exception to "wait for the
whole form" is PHQ-9 item 9, which needs_crisis_resources() answers the moment it is given.

Item positions are 0-based in this module (``answers[8]`` is PHQ-9 item 9); user-facing sentences count
from 1, as the printed forms do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class Instrument(StrEnum):
    PHQ9 = "phq9"
    GAD7 = "gad7"
    PCL5 = "pcl5"


class SeverityBand(StrEnum):
    """A total's band. The values are stable storage keys; ``label`` is for people."""

    MINIMAL = "minimal"
    MILD = "mild"
    MODERATE = "moderate"
    MODERATELY_SEVERE = "moderately_severe"
    SEVERE = "severe"
    # PCL-5 has no severity bands in DESIGN.md §3, only the >= 33 rule, so its two "bands" are that rule.
    BELOW_PTSD_CUTOFF = "below_ptsd_cutoff"
    PROBABLE_PTSD = "probable_ptsd"

    @property
    def label(self) -> str:
        return _BAND_LABELS[self]


_BAND_LABELS = {
    SeverityBand.MINIMAL: "Minimal",
    SeverityBand.MILD: "Mild",
    SeverityBand.MODERATE: "Moderate",
    SeverityBand.MODERATELY_SEVERE: "Moderately severe",
    SeverityBand.SEVERE: "Severe",
    SeverityBand.BELOW_PTSD_CUTOFF: "Below the PTSD cut-off",
    SeverityBand.PROBABLE_PTSD: "Probable PTSD",
}


@dataclass(frozen=True)
class BandRange:
    """Totals ``low``..``high`` (inclusive) fall in ``band``."""

    band: SeverityBand
    low: int
    high: int


@dataclass(frozen=True)
class InstrumentDefinition:
    instrument: Instrument
    short_name: str  # "PHQ-9": the name on the form, used in sentences
    item_count: int
    answer_max: int  # answers are 0..answer_max
    recall_days: int  # the form's recall period
    bands: tuple[BandRange, ...]  # contiguous, covering 0..total_max
    loinc_panel: str
    loinc_total: str | None  # None: no code in DESIGN.md §3
    item_loinc: tuple[str, ...]  # one per item, or empty when DESIGN.md §3 gives none
    answer_loinc: tuple[str, ...]  # one per answer value 0..answer_max, or empty
    difficulty_loinc: str | None  # the PHQ-9 difficulty question; None when the form has none

    @property
    def answer_min(self) -> int:
        return 0

    @property
    def total_max(self) -> int:
        return self.item_count * self.answer_max

    @property
    def has_difficulty_question(self) -> bool:
        return self.difficulty_loinc is not None


# Answer codes shared by PHQ-9 and GAD-7: Not at all, Several days, More than half the days, Nearly every day.
FREQUENCY_ANSWER_LOINC = ("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9")

PHQ9_ITEM9_INDEX = 8  # "Thoughts that you would be better off dead or of hurting yourself in some way"
PCL5_PROBABLE_PTSD_FROM = 33  # total >= 33 (DESIGN.md §3)
REMISSION_BELOW = 5  # PHQ-9 total < 5
DIFFICULTY_ANSWER_MAX = 3  # Not difficult at all .. Extremely difficult

_B = SeverityBand

DEFINITIONS: dict[Instrument, InstrumentDefinition] = {
    Instrument.PHQ9: InstrumentDefinition(
        instrument=Instrument.PHQ9, short_name="PHQ-9", item_count=9, answer_max=3, recall_days=14,
        bands=(BandRange(_B.MINIMAL, 0, 4), BandRange(_B.MILD, 5, 9), BandRange(_B.MODERATE, 10, 14),
               BandRange(_B.MODERATELY_SEVERE, 15, 19), BandRange(_B.SEVERE, 20, 27)),
        loinc_panel="44249-1", loinc_total="44261-6",
        item_loinc=("44250-9", "44255-8", "44259-0", "44254-1", "44251-7",
                    "44258-2", "44252-5", "44253-3", "44260-8"),
        answer_loinc=FREQUENCY_ANSWER_LOINC, difficulty_loinc="69722-7",
    ),
    Instrument.GAD7: InstrumentDefinition(
        instrument=Instrument.GAD7, short_name="GAD-7", item_count=7, answer_max=3, recall_days=14,
        bands=(BandRange(_B.MINIMAL, 0, 4), BandRange(_B.MILD, 5, 9), BandRange(_B.MODERATE, 10, 14),
               BandRange(_B.SEVERE, 15, 21)),
        loinc_panel="69737-5", loinc_total="70274-6",
        item_loinc=("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"),
        answer_loinc=FREQUENCY_ANSWER_LOINC, difficulty_loinc=None,
    ),
    Instrument.PCL5: InstrumentDefinition(
        instrument=Instrument.PCL5, short_name="PCL-5", item_count=20, answer_max=4, recall_days=30,
        bands=(BandRange(_B.BELOW_PTSD_CUTOFF, 0, PCL5_PROBABLE_PTSD_FROM - 1),
               BandRange(_B.PROBABLE_PTSD, PCL5_PROBABLE_PTSD_FROM, 80)),
        # Panel code to verify against LOINC before the export relies on it (DESIGN.md §3 says "verify");
        # DESIGN gives no total, item or answer codes for PCL-5, so none are claimed here.
        loinc_panel="101697-1", loinc_total=None, item_loinc=(), answer_loinc=(), difficulty_loinc=None,
    ),
}


def definition(instrument: Instrument) -> InstrumentDefinition:
    return DEFINITIONS[instrument]


class IncompleteQuestionnaireError(ValueError):
    """A form with an unanswered or out-of-range item was given to be scored; the message says which."""


@dataclass(frozen=True)
class QuestionnaireScore:
    instrument: Instrument
    total: int
    band: SeverityBand
    item9: int | None  # PHQ-9 item 9's answer; None for other instruments
    probable_ptsd: bool | None  # PCL-5 total >= 33; None for other instruments
    difficulty: int | None  # PHQ-9 difficulty answer 0..3 when given; always None for other instruments
    answers: tuple[int, ...]

    @property
    def needs_crisis_resources(self) -> bool:
        """PHQ-9 item 9 above 0: crisis resources and a needs-attention flag, whatever the total."""
        return self.item9 is not None and self.item9 > 0


def band_for(instrument: Instrument, total: int) -> SeverityBand:
    """The band of ``total``; ValueError outside 0..total_max (a caller's bug)."""
    for band_range in definition(instrument).bands:
        if band_range.low <= total <= band_range.high:
            return band_range.band
    raise ValueError(f"{definition(instrument).short_name} total {total} is outside its range")


def _numbers(positions: Sequence[int]) -> str:
    """1-based "3", "3 and 9", "2, 3 and 9"."""
    names = [str(position + 1) for position in positions]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _is_valid_answer(value: object, answer_max: int) -> bool:
    # bool is an int subclass; True is not an answer.
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= answer_max


def score(instrument: Instrument, answers: Sequence[int | None],
          difficulty: int | None = None) -> QuestionnaireScore:
    """Total, band and the instrument's special rules of a complete form.

    Raises IncompleteQuestionnaireError (naming the items) when the number of answers is wrong or any
    item is unanswered or outside 0..answer_max, or when the PHQ-9 difficulty answer is outside 0..3.
    The difficulty question is optional (the form asks it "if you checked off any problems") and exists
    only on the PHQ-9; giving one for another instrument is a ValueError.
    """
    spec = definition(instrument)
    name = spec.short_name
    if len(answers) != spec.item_count:
        raise IncompleteQuestionnaireError(
            f"The {name} has {spec.item_count} questions, but {len(answers)} answers were given.")
    missing = [index for index, value in enumerate(answers) if value is None]
    invalid = [index for index, value in enumerate(answers)
               if value is not None and not _is_valid_answer(value, spec.answer_max)]
    problems: list[str] = []
    if missing:
        plural = "s" if len(missing) > 1 else ""
        verb = "are" if len(missing) > 1 else "is"
        problems.append(f"question{plural} {_numbers(missing)} of the {name} {verb} not answered yet")
    if invalid:
        plural = "s" if len(invalid) > 1 else ""
        problems.append(f"question{plural} {_numbers(invalid)} of the {name} "
                        f"{'have answers' if len(invalid) > 1 else 'has an answer'} "
                        f"outside 0–{spec.answer_max}")
    if difficulty is not None:
        if not spec.has_difficulty_question:
            raise ValueError(f"The {name} has no difficulty question.")
        if not _is_valid_answer(difficulty, DIFFICULTY_ANSWER_MAX):
            problems.append(f"the {name} difficulty question has an answer outside 0–{DIFFICULTY_ANSWER_MAX}")
    if problems:
        sentence = "; ".join(problems)
        raise IncompleteQuestionnaireError(f"{sentence[0].upper()}{sentence[1:]}.")
    complete = tuple(value for value in answers if value is not None)
    total = sum(complete)
    return QuestionnaireScore(
        instrument=instrument,
        total=total,
        band=band_for(instrument, total),
        item9=complete[PHQ9_ITEM9_INDEX] if instrument is Instrument.PHQ9 else None,
        probable_ptsd=total >= PCL5_PROBABLE_PTSD_FROM if instrument is Instrument.PCL5 else None,
        difficulty=difficulty,
        answers=complete,
    )


def needs_crisis_resources(instrument: Instrument, item_index: int, value: int | None) -> bool:
    """True the moment PHQ-9 item 9 (``item_index`` 8, 0-based) is answered above 0, before the form is done.

    Any value above 0 counts, even one outside the answer range: on this path showing the crisis
    resources by mistake is the safe error. ``value`` None (not answered, or the answer cleared) is False.
    An ``item_index`` outside the instrument's items is a caller's bug (ValueError).
    """
    if not 0 <= item_index < definition(instrument).item_count:
        raise ValueError(f"{definition(instrument).short_name} has no item at index {item_index}")
    return (instrument is Instrument.PHQ9 and item_index == PHQ9_ITEM9_INDEX
            and value is not None and value > 0)


def response(baseline_total: int, latest_total: int) -> bool:
    """A drop of at least 50 % from the baseline total (exactly half counts).

    A baseline of 0 has nothing to drop from, so it is never a response (remission is what applies then).
    Negative totals are a caller's bug (ValueError).
    """
    if baseline_total < 0 or latest_total < 0:
        raise ValueError("questionnaire totals are never negative")
    return baseline_total > 0 and 2 * latest_total <= baseline_total


def remission(phq9_total: int) -> bool:
    """PHQ-9 total below 5."""
    if not 0 <= phq9_total <= definition(Instrument.PHQ9).total_max:
        raise ValueError(f"PHQ-9 total {phq9_total} is outside 0–27")
    return phq9_total < REMISSION_BELOW


@dataclass(frozen=True)
class Progress:
    """How a questionnaire moved from the first (baseline) total to the latest one.

    Response and remission are defined for the PHQ-9 only (DESIGN.md §3); for the other instruments
    they are None, and only the change is reported.
    """

    instrument: Instrument
    baseline_total: int
    latest_total: int
    response: bool | None  # PHQ-9: at least 50 % below the baseline
    remission: bool | None  # PHQ-9: below 5

    @property
    def percent_change(self) -> int | None:
        """The change from the baseline in whole per cent (negative = lower); None from a baseline of 0."""
        if self.baseline_total == 0:
            return None
        return round(100 * (self.latest_total - self.baseline_total) / self.baseline_total)


def progress(instrument: Instrument, baseline_total: int, latest_total: int) -> Progress:
    """Baseline → latest for one instrument; ValueError when a total is outside the instrument's range."""
    total_max = definition(instrument).total_max
    for total in (baseline_total, latest_total):
        if not 0 <= total <= total_max:
            raise ValueError(f"{definition(instrument).short_name} total {total} is outside 0–{total_max}")
    if instrument is not Instrument.PHQ9:
        return Progress(instrument, baseline_total, latest_total, None, None)
    return Progress(instrument, baseline_total, latest_total,
                    response(baseline_total, latest_total), remission(latest_total))


def is_due(instrument: Instrument, last_completed_at: datetime | None, now: datetime,
           every_days: int) -> bool:
    """Due at baseline (never completed), then once ``every_days`` have passed since the last completion.

    The interval is the care plan's (phq9_every_days, gad7_every_days, pcl5_every_days); ``instrument``
    only names which one in error messages. Times must be timezone-aware. A completion in the future
    (the wall clock moved back) is not due until the interval has passed from it.
    """
    if every_days < 1:
        raise ValueError(f"{definition(instrument).short_name} interval must be at least 1 day")
    if now.tzinfo is None or (last_completed_at is not None and last_completed_at.tzinfo is None):
        raise ValueError("is_due needs timezone-aware times")
    if last_completed_at is None:
        return True
    return now - last_completed_at >= timedelta(days=every_days)


def _check_definitions() -> None:
    # A wrong table here would mislabel a patient's score: fail at import, not in a chart.
    for instrument, spec in DEFINITIONS.items():
        assert spec.instrument is instrument
        assert spec.bands[0].low == 0 and spec.bands[-1].high == spec.total_max, instrument
        for lower, upper in zip(spec.bands, spec.bands[1:], strict=False):
            assert lower.low <= lower.high and upper.low == lower.high + 1, instrument
        assert len(spec.item_loinc) in (0, spec.item_count), instrument
        assert len(spec.answer_loinc) in (0, spec.answer_max + 1), instrument


_check_definitions()
