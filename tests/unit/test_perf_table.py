"""tools/perf_table.py: the README's benchmark table is what the committed ``docs/benchmarks.json`` gives, so
the README cannot drift from the measurements; and on small files of its own, ``--check`` finds a changed
figure, the rewrite fixes it and leaves the rest of the README alone, and a figure over budget says so.
Qt-free and quick: it reads JSON and text, it measures nothing."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
TOOL = ROOT / "tools" / "perf_table.py"


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("perf_table", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("perf_table", module)
    spec.loader.exec_module(module)
    return module


def results(value: float, verdict: str) -> dict[str, Any]:
    return {
        "date": "2026-12-07T16:16:37+00:00", "quick": False, "duration_s": 1200.0,
        "machine": {"cpu_count": 2, "cpu_model": "AMD EPYC", "system": "Linux x86_64", "python": "3.11.7",
                    "pyside6": "6.11.3", "qt_platform": "offscreen",
                    "load_average_at_start": [1.5, 1.0, 1.0]},
        "figures": [
            {"id": "journal.search_10000", "label": "journal search, 10,000 entries, median", "value": value,
             "unit": "ms", "budget": {"unit": "ms", "at_most": 5, "text": "≤ 5 ms"}, "note": "p95 3.6 ms",
             "status": "measured", "verdict": verdict, "measured_text": f"{value:.2f} ms"},
            {"id": "bundle.size", "label": "PyInstaller one-folder bundle, disk use", "value": None,
             "unit": "MB", "budget": {"unit": "MB", "at_most": 130, "text": "≤ 130 MB"},
             "note": "build it with packaging/smoke_test.sh", "status": "not built", "verdict": "not built",
             "measured_text": "not built"},
        ],
    }


README = """# App

## Performance

Words before.

<!-- perf-table:start -->
<!-- perf-table:end -->

Words after.
"""


def test_the_readme_table_is_what_docs_benchmarks_json_gives() -> None:
    assert load_tool().main(["--check"]) == 0, "run: python tools/perf_table.py"


def test_check_finds_a_changed_figure_and_the_rewrite_fixes_only_the_table(tmp_path: Path) -> None:
    tool = load_tool()
    readme, data = tmp_path / "README.md", tmp_path / "benchmarks.json"
    readme.write_text(README, encoding="utf-8")
    data.write_text(json.dumps(results(2.7, "within")), encoding="utf-8")
    arguments = ["--readme", str(readme), "--results", str(data)]
    assert tool.main([*arguments, "--check"]) == 1
    assert tool.main(arguments) == 0
    assert tool.main([*arguments, "--check"]) == 0
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# App\n\n## Performance\n\nWords before.\n\n<!-- perf-table:start -->\n")
    assert text.endswith("<!-- perf-table:end -->\n\nWords after.\n")
    assert "| journal search, 10,000 entries, median | ≤ 5 ms | 2.70 ms (p95 3.6 ms) | yes |" in text
    assert "| PyInstaller one-folder bundle, disk use | ≤ 130 MB | not built (build it with " in text
    assert "on 2 CPUs (AMD EPYC)" in text and "Measured 2026-12-07" in text

    data.write_text(json.dumps(results(7.1, "over")), encoding="utf-8")
    assert tool.main([*arguments, "--check"]) == 1
    assert tool.main(arguments) == 0
    assert "| **7.10 ms** (p95 3.6 ms) | **over** |" in readme.read_text(encoding="utf-8")


def test_a_readme_without_its_markers_is_one_sentence_not_a_traceback(tmp_path: Path) -> None:
    readme, data = tmp_path / "README.md", tmp_path / "benchmarks.json"
    readme.write_text("# App\n", encoding="utf-8")
    data.write_text(json.dumps(results(2.7, "within")), encoding="utf-8")
    assert load_tool().main(["--readme", str(readme), "--results", str(data), "--check"]) == 1
