"""The README's benchmark table, made from the committed benchmark results (``docs/benchmarks.json``).

``python tools/perf_table.py`` rewrites the text between ``<!-- perf-table:start -->`` and
``<!-- perf-table:end -->`` in README.md: a line saying which machine ran the benchmarks and when, then one
row per figure (figure | budget | measured | within budget?). ``--check`` changes nothing and exits 1 when
the README's table is not what the JSON gives (``tests/unit/test_perf_table.py`` runs it), so the README
cannot drift from the measurements. Refresh the JSON first with
``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/run.py --out docs/benchmarks.json``.

Standard library only, no Qt: the JSON is ``tests/perf/run.py``'s.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
RESULTS = ROOT / "docs" / "benchmarks.json"
START = "<!-- perf-table:start -->"
END = "<!-- perf-table:end -->"
VERDICTS = {"within": "yes", "over": "**over**", "under": "**under**", "no budget": "—",
            "not built": "not built", "not measured": "not measured"}


class TableError(Exception):
    """The README or the JSON is not as this tool expects: one sentence."""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def header(results: dict[str, Any]) -> str:
    machine = results.get("machine", {})
    when = datetime.fromisoformat(results["date"])
    load = machine.get("load_average_at_start") or [None]
    load_end = machine.get("load_average_at_end") or [None]
    kind = "a quick run (`--quick`)" if results.get("quick") else "a full run"
    parts = [f"Measured {when:%Y-%m-%d} ({when:%H:%M} UTC) by `tests/perf/run.py`, {kind} of "
             f"{results.get('duration_s', 0) / 60:.0f} min, on {machine.get('cpu_count', '?')} CPUs "
             f"({machine.get('cpu_model', '?')}), {machine.get('system', '?')}, "
             f"Python {machine.get('python', '?')}, "
             f"PySide6 {machine.get('pyside6', '?')}, Qt platform {machine.get('qt_platform') or 'default'}"]
    if load[0] is not None and load_end[0] is not None:
        parts.append(f"load average {load[0]:.1f} at the start, {load_end[0]:.1f} at the end (the benchmark "
                     "itself is about 1; the cores are shared)")
    return "; ".join(parts) + ". MB = 2^20 bytes; × is a ratio of two times measured in the same run."


def rows(results: dict[str, Any]) -> list[str]:
    lines = ["| figure | budget | measured | within budget? |", "|---|---|---|---|"]
    for figure in results["figures"]:
        budget = figure.get("budget")
        measured = figure["measured_text"]
        if figure.get("note"):
            measured += f" ({figure['note']})"
        if figure.get("status") == "measured" and figure.get("verdict") in ("over", "under"):
            measured = f"**{figure['measured_text']}**" + measured[len(figure["measured_text"]):]
        lines.append(f"| {_cell(figure['label'])} | {_cell(budget['text']) if budget else '—'} | "
                     f"{_cell(measured)} | {VERDICTS.get(figure['verdict'], figure['verdict'])} |")
    return lines


def render(results: dict[str, Any]) -> str:
    """The text between the markers, markers excluded, with its own leading and trailing newline."""
    return "\n".join(["", header(results), "", *rows(results), ""])


def replace_table(readme: str, table: str) -> str:
    start, end = readme.find(START), readme.find(END)
    if start < 0 or end < start or readme.count(START) != 1 or readme.count(END) != 1:
        raise TableError(f"README.md needs one {START} and, after it, one {END}")
    return readme[: start + len(START)] + table + readme[end:]


def load(path: Path) -> dict[str, Any]:
    try:
        results: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TableError(f"cannot read {path}: {error}") from error
    if "figures" not in results or "date" not in results:
        raise TableError(f"{path} is not tests/perf/run.py's output")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the README's table differs from the JSON's")
    parser.add_argument("--results", type=Path, default=RESULTS, help="run.py's JSON (docs/benchmarks.json)")
    parser.add_argument("--readme", type=Path, default=README, help="the README to rewrite (README.md)")
    args = parser.parse_args(argv)
    try:
        readme = args.readme.read_text(encoding="utf-8")
        wanted = replace_table(readme, render(load(args.results)))
    except (OSError, TableError) as error:
        print(f"perf_table: {error}", file=sys.stderr)
        return 1
    if args.check:
        if wanted != readme:
            print(f"perf_table: the benchmark table in {args.readme.name} is not what {args.results.name} "
                  "gives; run python tools/perf_table.py", file=sys.stderr)
            return 1
        return 0
    if wanted != readme:
        args.readme.write_text(wanted, encoding="utf-8")
        print(f"perf_table: rewrote the benchmark table in {args.readme}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
