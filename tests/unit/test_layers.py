"""The core must not know Qt exists: importing it loads no PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import companion.domain
import companion.export
import companion.storage

CORE_PACKAGES = [companion.domain, companion.storage, companion.export]


def _all_core_modules() -> list[str]:
    names = []
    for package in CORE_PACKAGES:
        names.append(package.__name__)
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
            names.append(info.name)
    return names


def test_core_modules_exist() -> None:
    assert "companion.storage.data_key" in _all_core_modules()


def test_importing_core_loads_no_pyside6() -> None:
    modules = _all_core_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core imported Qt: {result.stdout.strip()}"
