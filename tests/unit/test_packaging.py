"""What gets installed: every package on disk is listed in pyproject, and run-time files ship."""

from __future__ import annotations

import tomllib
from pathlib import Path

from companion.resources import resource

ROOT = Path(__file__).resolve().parents[2]


def _declared_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_folder_is_declared() -> None:
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "companion").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert on_disk | {"companion.resources"} == _declared_packages()


def test_resources_are_reachable_as_package_data() -> None:
    icon = resource("icons/companion.svg")
    assert icon.is_file()
    assert icon.read_text(encoding="utf-8").lstrip().startswith("<svg")
