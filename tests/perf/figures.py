"""How a benchmark reports a figure for the one table (DESIGN.md §8), Qt-free and standard library only.

A benchmark keeps printing its own lines; for each figure the table shows it also calls ``report(...)``.
When ``run.py`` runs it, the environment variable ``COMPANION_PERF_FIGURES`` names a file and each figure
is appended to it as one JSON line, so the figures of benchmarks running in processes of their own end up
together. A benchmark run alone (no variable) reports into nothing and prints as always.

``COMPANION_PERF_QUICK=1`` (``run.py --quick``) asks for smaller counts; ``quick()`` reads it.

Units: ``MB`` is 2^20 bytes throughout (what ``du -m`` and /proc's ``kB / 1024`` give, i.e. MiB),
``ms`` and ``s`` are wall-clock, ``x`` is a ratio of two times measured in the same run.
"""

from __future__ import annotations

import json
import math
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

FIGURES_ENV = "COMPANION_PERF_FIGURES"
QUICK_ENV = "COMPANION_PERF_QUICK"

Verdict = Literal["within", "over", "under", "no budget", "not built", "not measured"]


@dataclass(frozen=True)
class Budget:
    """A figure's budget: at most ``at_most``, at least ``at_least``, or both (a range), in ``unit``."""

    unit: str
    at_most: float | None = None
    at_least: float | None = None
    where: str = ""  # e.g. "at 10,000 entries", when the budget is for one case of several

    @property
    def direction(self) -> str:
        if self.at_most is not None and self.at_least is not None:
            return "between"
        return "at most" if self.at_most is not None else "at least"

    def text(self) -> str:
        if self.at_most is not None and self.at_least is not None:
            return f"{self.at_least:.1f}–{with_unit(f'{self.at_most:.1f}', self.unit)}"
        if self.at_most is not None:
            return f"≤ {with_unit(_number(self.at_most), self.unit)}"
        return f"≥ {with_unit(_number(self.at_least or 0), self.unit)}"

    def verdict(self, value: float) -> Verdict:
        if self.at_most is not None and value > self.at_most:
            return "over"
        if self.at_least is not None and value < self.at_least:
            return "under"
        return "within"


def with_unit(number: str, unit: str) -> str:
    """``1.5×`` for a ratio, ``50 ms`` for the rest."""
    return f"{number}×" if unit == "x" else f"{number} {unit}"


def _number(value: float) -> str:
    return f"{value:g}"


def at_most(limit: float, unit: str, where: str = "") -> Budget:
    return Budget(unit, at_most=limit, where=where)


def between(low: float, high: float, unit: str) -> Budget:
    return Budget(unit, at_most=high, at_least=low)


# The budgets of DESIGN.md §8, once.
START_RATIO = at_most(1.5, "x")
UNLOCK = between(0.3, 1.0, "s")
GUI_STALL = at_most(50, "ms")
SEARCH_10K = at_most(5, "ms")
LIST_PAINT_10K = at_most(50, "ms")
EXPORT = at_most(2, "s")
VERIFY = at_most(0.5, "s")
DESK_FIRST_PAINT = at_most(1000, "ms")
MEMORY_10K = at_most(150, "MB")
BUNDLE = at_most(130, "MB")


@dataclass(frozen=True)
class Figure:
    """One row of the table. ``value`` is None when the figure could not be measured (``status`` says why)."""

    id: str
    label: str
    value: float | None
    unit: str
    budget: Budget | None = None
    note: str = ""
    benchmark: str = ""
    status: Literal["measured", "not built", "not measured"] = "measured"
    digits: int = 1  # decimals to show

    @property
    def verdict(self) -> Verdict:
        if self.status != "measured":
            return self.status
        if self.value is None:
            return "not measured"
        return "no budget" if self.budget is None else self.budget.verdict(self.value)

    def measured_text(self) -> str:
        if self.value is None:
            return self.status
        return with_unit(f"{self.value:,.{self.digits}f}", self.unit)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        if self.budget is not None:
            data["budget"] = {**asdict(self.budget), "direction": self.budget.direction,
                              "text": self.budget.text()}
        data["verdict"] = self.verdict
        data["measured_text"] = self.measured_text()
        return data

    @staticmethod
    def from_json(data: dict[str, object]) -> Figure:
        fields = dict(data)
        for derived in ("verdict", "measured_text"):
            fields.pop(derived, None)
        budget = fields.get("budget")
        if isinstance(budget, dict):
            fields["budget"] = Budget(str(budget["unit"]), budget.get("at_most"), budget.get("at_least"),
                                      str(budget.get("where", "")))
        return Figure(**fields)  # type: ignore[arg-type]


def _benchmark_name() -> str:
    return Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else ""


def report(figure_id: str, label: str, value: float, unit: str, budget: Budget | None = None, *,
           note: str = "", digits: int = 1) -> Figure:
    """Collect one measured figure (``value`` in ``unit``, the budget's unit when there is a budget)."""
    if budget is not None and budget.unit != unit:
        raise ValueError(f"{figure_id}: measured in {unit}, budget in {budget.unit}")
    if math.isnan(value):
        raise ValueError(f"{figure_id}: not a number")
    figure = Figure(figure_id, label, float(value), unit, budget, note, _benchmark_name(), digits=digits)
    return _collect(figure)


def report_missing(figure_id: str, label: str, unit: str, budget: Budget | None, *,
                   status: Literal["not built", "not measured"], note: str) -> Figure:
    """Collect a figure that could not be measured, saying why and what to do in ``note``."""
    return _collect(Figure(figure_id, label, None, unit, budget, note, _benchmark_name(), status))


def _collect(figure: Figure) -> Figure:
    target = os.environ.get(FIGURES_ENV)
    if target:
        with Path(target).open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(figure.to_json(), ensure_ascii=False) + "\n")
    return figure


def read_collected(path: Path) -> list[Figure]:
    if not path.exists():
        return []
    return [Figure.from_json(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def quick() -> bool:
    """True when ``run.py --quick`` asked for smaller counts."""
    return os.environ.get(QUICK_ENV) == "1"


def resident_mb() -> float:
    """This process's resident memory now, in MB of 2^20 bytes (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
