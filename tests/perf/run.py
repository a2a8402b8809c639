"""Run the benchmarks; print one table of their figures against DESIGN.md §8's budgets. Nothing is asserted.

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/run.py [--quick] [--out PATH] [NAME ...]``.

Each benchmark runs in its own process so that one's imports and caches do not flatter another's, and
prints its own lines as it goes; the figures it reports (``tests/perf/figures.py``) are collected from
all of them through a file named by ``COMPANION_PERF_FIGURES``, then printed as one table and written as
JSON to ``--out`` (default ``tests/perf/results.json``). The README's table is made from the committed
copy, ``docs/benchmarks.json``: refresh it with ``--out docs/benchmarks.json`` (a full run, not
``--quick``), then ``python tools/perf_table.py``.

``--quick`` runs smaller counts (no 100,000-entry journal, fewer rounds, one export history) for a fast
check; its figures are noisier and it leaves out some. ``NAME`` picks benchmarks by name, e.g.
``startup`` or ``bench_export.py``; ``--list`` lists them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: the checkout

from tests.perf.figures import FIGURES_ENV, QUICK_ENV, Figure, read_collected  # noqa: E402

BENCHMARKS = ["bench_startup.py", "bench_unlock.py", "bench_gui_stall.py", "bench_journal_storage.py",
              "bench_journal_gui.py", "bench_export.py", "bench_export_stall.py", "bench_desk_open.py",
              "bench_desk_first_paint.py", "bench_bundle.py"]
DEFAULT_OUT = HERE / "results.json"
# The table's order: by what the figure is about, then as reported.
GROUPS = ["startup", "unlock", "stall", "journal", "export", "verify", "desk", "memory", "bundle"]
VERDICT_TEXT = {"within": "within", "over": "OVER", "under": "UNDER", "no budget": "-",
                "not built": "not built", "not measured": "not measured"}


def _short(name: str) -> str:
    return name.removeprefix("bench_").removesuffix(".py")


def choose(names: list[str]) -> list[str]:
    """The benchmarks named (``startup``, ``bench_startup`` or ``bench_startup.py``), in the suite's order."""
    if not names:
        return list(BENCHMARKS)
    wanted = {_short(name) for name in names}
    unknown = wanted - {_short(name) for name in BENCHMARKS}
    if unknown:
        raise SystemExit(f"no benchmark named {', '.join(sorted(unknown))}; "
                         f"there are: {', '.join(_short(name) for name in BENCHMARKS)}")
    return [name for name in BENCHMARKS if _short(name) in wanted]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(*packages: str) -> str:
    """The first of ``packages`` installed (PySide6 installs as PySide6-Essentials), or ``?``."""
    for package in packages:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return "?"


def machine(env: dict[str, str]) -> dict[str, object]:
    return {"cpu_count": os.cpu_count(), "cpu_model": _cpu_model(), "system": f"{platform.system()} "
            f"{platform.machine()}", "python": platform.python_version(),
            "pyside6": _version("PySide6", "PySide6-Essentials"),
            "qt_platform": env.get("QT_QPA_PLATFORM", ""), "load_average_at_start": list(os.getloadavg())}


def _order(figures: list[Figure]) -> list[Figure]:
    def key(item: tuple[int, Figure]) -> tuple[int, int]:
        index, figure = item
        group = figure.id.split(".", 1)[0]
        return (GROUPS.index(group) if group in GROUPS else len(GROUPS), index)

    return [figure for _index, figure in sorted(enumerate(figures), key=key)]


def table_lines(figures: list[Figure]) -> list[str]:
    rows = [(f.label, f.budget.text() if f.budget else "-", f.measured_text(), VERDICT_TEXT[f.verdict])
            for f in figures]
    header = ("figure", "budget", "measured", "verdict")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    parser.add_argument("--quick", action="store_true", help="smaller counts, for a fast check")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"where to write the JSON (default: {DEFAULT_OUT.relative_to(ROOT)})")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(_short(name) for name in BENCHMARKS))
        return 0
    chosen = choose(args.names)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Measure the app as installed: pip compiles bytecode on install, so compile the checkout too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env[QUICK_ENV] = "1" if args.quick else "0"
    started_at = datetime.now(UTC)
    run_machine = machine(env)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "companion")], env=env, check=True)
    started = time.perf_counter()
    ran: list[dict[str, object]] = []
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as temp:
        for name in chosen:
            collected = Path(temp) / f"{_short(name)}.jsonl"
            print(f"== {name}", flush=True)
            load_before, begun = os.getloadavg()[0], time.perf_counter()
            code = subprocess.run([sys.executable, str(HERE / name)],
                                  env={**env, FIGURES_ENV: str(collected)}, check=False).returncode
            seconds = time.perf_counter() - begun
            print(f"   ({name} took {seconds:.0f} s)", flush=True)
            ran.append({"name": name, "seconds": round(seconds, 1), "exit_code": code,
                        "load_average_before": round(load_before, 2)})
            figures += read_collected(collected)
            if code != 0:
                figures.append(Figure(f"{_short(name)}.failed", f"{name} failed", None, "", None,
                                      f"exit code {code}; its output says why", name.removesuffix(".py"),
                                      "not measured"))
    duration = time.perf_counter() - started
    figures = _order(figures)
    print(f"\n== figures ({'quick' if args.quick else 'full'} run, {duration / 60:.1f} min; "
          "the budgets are DESIGN.md §8's; MB = 2^20 bytes)")
    print("\n".join(table_lines(figures)))
    over = [f for f in figures if f.verdict in ("over", "under")]
    outside = ", ".join(f"{f.id} ({f.measured_text()})" for f in over)
    budgeted = sum(f.budget is not None for f in figures)
    print(f"\n{len(over)} of {budgeted} figures with a budget are outside it{': ' if over else ''}{outside}")
    results = {
        "schema": 1,
        "date": started_at.isoformat(timespec="seconds"),
        "quick": args.quick,
        "benchmarks_chosen": [_short(name) for name in chosen],
        "duration_s": round(duration, 1),
        "machine": {**run_machine, "load_average_at_end": list(os.getloadavg())},
        "benchmarks": ran,
        "figures": [figure.to_json() for figure in figures],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written to {args.out}")
    return 1 if any(entry["exit_code"] for entry in ran) else 0


if __name__ == "__main__":
    sys.exit(main())
