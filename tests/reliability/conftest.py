"""The reliability suite's figures: each test reports what it did and found, one table prints at the end.

A test takes the ``reliability_figure`` fixture and reports after its checks (so a failing test
reports nothing it did not prove)::

    def test_killed_writer(reliability_figure: ReliabilityFigure) -> None:
        ...
        reliability_figure("kills", RUNS, "SIGKILLs of a writer between and during commits")
        reliability_figure("lost rows", len(missing))

Values a test reports under one name add up (a hypothesis test may report ``("fuzz cases", 1)`` per
example). At the end of the run ``pytest_terminal_summary`` prints one table (each test's figures, then
the total of each name over the run) and writes it to ``tests/artifacts/reliability.json``::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/reliability

The usual names, so the totals line up: ``kills``, ``lost rows``, ``lock-outs``, ``tampered pages``,
``tampered bytes``, ``undetected``, ``canary hits``, ``files searched``, ``fuzz cases``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Protocol

import pytest

from tests.conftest import ARTIFACTS_DIR

FIGURES_FILE = ARTIFACTS_DIR / "reliability.json"


@dataclass
class Figure:
    test: str  # node id
    name: str
    value: int
    what: str = ""


class ReliabilityFigure(Protocol):
    def __call__(self, name: str, value: int, what: str = "") -> None: ...


_FIGURES = pytest.StashKey[list[Figure]]()


def _figures(config: pytest.Config) -> list[Figure]:
    if _FIGURES not in config.stash:
        config.stash[_FIGURES] = []
    return config.stash[_FIGURES]


@pytest.fixture
def reliability_figure(request: pytest.FixtureRequest) -> ReliabilityFigure:
    """``reliability_figure(name, value, what="")``: one figure of this test for the end-of-run table."""
    figures = _figures(request.config)
    test = request.node.nodeid

    def report(name: str, value: int, what: str = "") -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"a reliability figure is a count, not {value!r}")
        for figure in figures:
            if figure.test == test and figure.name == name:
                figure.value += value
                figure.what = figure.what or what
                return
        figures.append(Figure(test, name, value, what))

    return report


def _totals(figures: list[Figure]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for figure in figures:
        totals[figure.name] = totals.get(figure.name, 0) + figure.value
    return totals


def _short(node_id: str) -> str:
    return node_id.removeprefix("tests/reliability/")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    figures = _figures(config)
    if not figures:
        return
    write = terminalreporter.write_line
    terminalreporter.section("reliability figures")
    totals = _totals(figures)
    width = max(len(name) for name in totals)
    shown = ""
    for figure in figures:
        if figure.test != shown:
            write(_short(figure.test))
            shown = figure.test
        write(f"    {figure.name:<{width}}  {figure.value:>9,}  {figure.what}".rstrip())
    write("totals")
    for name, value in totals.items():
        write(f"    {name:<{width}}  {value:>9,}")
    FIGURES_FILE.parent.mkdir(exist_ok=True)
    FIGURES_FILE.write_text(json.dumps(
        {"figures": [asdict(f) for f in figures], "totals": totals}, indent=2, ensure_ascii=False) + "\n")
    write(f"written to {FIGURES_FILE}")
