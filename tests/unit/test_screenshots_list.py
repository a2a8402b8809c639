"""tools/screenshots.py imports without starting Qt, and its screens are exactly the PNGs in docs/screenshots.

The README shows ``docs/screenshots/<lang>/<name>.png`` by these names: a screen added to the script but
not rendered, or a file left behind by a renamed screen, fails here rather than in the README.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "screenshots.py"
SCREENSHOTS = ROOT / "docs" / "screenshots"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("companion_tools_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and typing look modules up by name
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_the_script_imports_and_names_its_screens_once() -> None:
    script = _script()
    assert script.LANGUAGES == ("en", "es")
    assert len(set(script.SCREENS)) == len(script.SCREENS)
    assert {"unlock", "session_monitoring", "export_page1", "desk"} <= set(script.SCREENS)
    assert script.WINDOW_SIZE == (1024, 768)
    assert script.parse_args(["--lang", "es", "--only", "desk"]).only == ["desk"]


def test_every_screen_has_its_png_in_each_language_and_nothing_else() -> None:
    script = _script()
    for code in script.LANGUAGES:
        on_disk = sorted(path.name for path in (SCREENSHOTS / code).iterdir())
        assert on_disk == sorted(f"{name}.png" for name in script.SCREENS), code


def test_no_png_is_over_the_budget() -> None:
    script = _script()
    for path in SCREENSHOTS.glob("*/*.png"):
        assert path.stat().st_size <= script.PNG_BUDGET_BYTES, path
