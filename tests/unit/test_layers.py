"""The import direction of DESIGN.md §4, checked on every module's source, and a core that never loads Qt.

    ui → services, export, storage, domain
    services, export → storage, domain (and services.export_* → export: they gather its input)
    storage → domain
    domain → nothing of companion
    demo → services, storage, domain
    desk → export, storage, domain (the clinician's desk: no vault, no services)

Every ``import`` and ``from … import`` counts, wherever it is: at the top, inside a function (the lazy
imports that keep the cold start fast) or under ``TYPE_CHECKING``. ``companion`` itself (the version)
and ``companion.paths`` (the one base directory) are plain leaves every layer above the domain may use.
The composition roots (``app``, ``cli`` with ``cli_common`` and ``clinician_cli``, ``__main__``,
``self_test``, and ``export_command``, the body of ``companion export``, which paints the PDF with the
UI's painter) wire everything and are imported by nobody. domain, storage, services, export, demo and
desk never import PySide6 or shiboken6.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import companion
import companion.demo
import companion.desk
import companion.domain
import companion.export
import companion.services
import companion.storage

PACKAGE_DIR = Path(companion.__file__).parent
LEAVES = {"companion", "companion.paths"}
ROOTS = {"companion.app", "companion.cli", "companion.cli_common", "companion.clinician_cli",
         "companion.demo_desk", "companion.__main__", "companion.self_test", "companion.export_command"}
ALLOWED: dict[str, set[str]] = {
    "domain": {"domain"},
    "storage": {"storage", "domain", "leaf"},
    "services": {"services", "storage", "domain", "leaf"},
    "export": {"export", "storage", "domain", "leaf"},
    "demo": {"demo", "services", "storage", "domain", "leaf"},
    "desk": {"desk", "export", "storage", "domain", "leaf"},
    "ui": {"ui", "desk", "services", "export", "storage", "domain", "leaf"},
}
QT_FREE = {"domain", "storage", "services", "export", "demo", "desk"}
QT_PACKAGES = {"PySide6", "shiboken6"}
# The one crossing between the two middle layers, in one direction only: the export's input is
# gathered by the services that prepare an export (``services.export_*``, through the read models
# Today and History use), so the export never reads the vault itself and never imports services.
EXPORT_SERVICES = "companion.services.export_"


def _allowed_crossing(module: str, target: str) -> bool:
    return module.startswith(EXPORT_SERVICES) and _layer(target) == "export"

CORE_PACKAGES = [companion.domain, companion.storage, companion.services, companion.export, companion.demo,
                 companion.desk]


@dataclass(frozen=True)
class ImportFound:
    module: str  # the importing module
    target: str  # the module imported (absolute)
    line: int

    def __str__(self) -> str:
        path = PACKAGE_DIR.parent / (self.module.replace(".", "/") + ".py")
        if not path.exists():
            path = path.with_suffix("") / "__init__.py"
        return f"{path.relative_to(PACKAGE_DIR.parent)}:{self.line} imports {self.target}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    relative = Path(*name.split("."))
    base = PACKAGE_DIR.parent / relative
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    parts = module.split(".")
    base = parts if is_package else parts[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_in(text: str, module: str, *, is_package: bool = False) -> list[ImportFound]:
    """Every import in ``module``'s source, wherever it is; ``from a import b`` names ``a.b`` when that
    is a module of companion."""
    found: list[ImportFound] = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            found.extend(ImportFound(module, alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(module, is_package, node)
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                target = submodule if source.startswith("companion") and _is_module(submodule) else source
                found.append(ImportFound(module, target, node.lineno))
    return found


def imports_of(path: Path) -> list[ImportFound]:
    text = path.read_text(encoding="utf-8")
    return imports_in(text, _module_name(path), is_package=path.name == "__init__.py")


def _layer(module: str) -> str | None:
    """The layer of a companion module: its package under companion, "leaf", "root", or None."""
    if module in LEAVES:
        return "leaf"
    if module in ROOTS:
        return "root"
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ALLOWED else None


def _all_imports() -> list[ImportFound]:
    return [found for path in sorted(PACKAGE_DIR.rglob("*.py")) for found in imports_of(path)]


def layer_violations(imports: list[ImportFound]) -> list[str]:
    problems: list[str] = []
    for found in imports:
        source_layer = _layer(found.module)
        top = found.target.split(".")[0]
        if source_layer in QT_FREE and top in QT_PACKAGES:
            problems.append(f"{found} (the {source_layer} layer never imports Qt)")
            continue
        if top != "companion" or source_layer in (None, "root", "leaf"):
            continue
        target_layer = _layer(found.target)
        if target_layer == "root":
            problems.append(f"{found} (only __main__ imports the composition roots)")
        elif target_layer is None:
            problems.append(f"{found} (a module outside the layers of DESIGN.md §4)")
        elif target_layer not in ALLOWED[source_layer] and not _allowed_crossing(found.module, found.target):
            problems.append(f"{found} ({source_layer} may import only {sorted(ALLOWED[source_layer])})")
    return problems


def test_every_module_of_companion_has_a_layer() -> None:
    orphans = []
    for path in PACKAGE_DIR.rglob("*.py"):
        module = _module_name(path)
        if module not in LEAVES | ROOTS and _layer(module) is None:
            orphans.append(module)
    assert orphans == [], "modules in no layer of DESIGN.md §4"


def test_imports_point_the_way_design_section_4_says() -> None:
    imports = _all_imports()
    assert len(imports) > 1000  # the walk found the code (lazy and TYPE_CHECKING imports included)
    assert layer_violations(imports) == []


def test_the_check_catches_each_kind_of_wrong_import() -> None:
    """The checker itself: a lazy import, one under TYPE_CHECKING, a relative one, Qt in the core."""
    def found(module: str, target: str) -> ImportFound:
        return ImportFound(module, target, 1)

    wrong = [
        found("companion.domain.flags", "companion.storage.attention"),  # domain → storage
        found("companion.storage.sessions", "companion.services.today"),  # storage → services
        found("companion.services.today", "companion.ui.jobs"),  # services → ui
        found("companion.export.report_model", "companion.services.history"),  # export → services
        found("companion.services.history", "companion.export.report_model"),  # not an export service
        found("companion.ui.today.today_page", "companion.demo.demo_history"),  # ui → demo
        found("companion.storage.vault", "companion.cli"),  # a composition root
        found("companion.services.today", "PySide6.QtCore"),  # Qt in the core
        found("companion.demo.demo_journal", "shiboken6"),
        found("companion.desk.sample", "companion.services.today"),  # the desk has no vault
        found("companion.export.verify", "companion.desk.sample"),  # nothing below the desk uses it
    ]
    assert len(layer_violations(wrong)) == len(wrong)
    right = [
        found("companion.ui.today.today_page", "companion.services.today"),
        found("companion.demo.demo_history", "companion.services.session_actions"),
        found("companion.services.export_gather", "companion.export.export_data"),
        found("companion.services.export_actions", "companion.storage.sshsig"),
        found("companion.storage.vault", "companion.paths"),
        found("companion.ui.theme", "PySide6.QtGui"),
        found("companion.cli", "companion.demo.demo_history"),
    ]
    assert layer_violations(right) == []
    text = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from companion.storage.vault import OpenVault\n"
        "def later():\n    import companion.ui.theme\n    from . import today\n    from .. import paths\n"
    )
    targets = [found.target for found in imports_in(text, "companion.services.sample")]
    assert targets == ["typing", "companion.storage.vault", "companion.ui.theme", "companion.services.today",
                       "companion.paths"]


def _all_core_modules() -> list[str]:
    names = []
    for package in CORE_PACKAGES:
        names.append(package.__name__)
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
            names.append(info.name)
    return names


def test_core_modules_exist() -> None:
    modules = _all_core_modules()
    assert "companion.storage.data_key" in modules and "companion.services.today" in modules
    assert "companion.demo.demo_history" in modules


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


# Inside the UI: each feature folder is one part of the app; what two parts use lives in the shared kit
# (ui/widgets, ui/models, ui/care_plan and the modules at ui/'s top level, e.g. formatting, jobs), so a
# change to one page's folder never breaks another's. Only the top-level shell composes the pages.
UI_FEATURES = {"checkins", "desk", "export", "history", "journal", "session", "settings", "setup", "today"}
UI_SHARED_PACKAGES = {"widgets", "models", "care_plan"}


def _ui_part(module: str) -> str | None:
    """The UI folder a module belongs to ("top" for ui's own modules); None outside the UI."""
    parts = module.split(".")
    if parts[:2] != ["companion", "ui"]:
        return None
    return parts[2] if len(parts) > 3 else "top"


def ui_folder_violations(imports: list[ImportFound]) -> list[str]:
    problems: list[str] = []
    for found in imports:
        source, target = _ui_part(found.module), _ui_part(found.target)
        if source is None or target is None or source == target or target not in UI_FEATURES:
            continue
        if source in UI_FEATURES:
            problems.append(f"{found} (one feature folder imports another: move what both use to the kit)")
        elif source in UI_SHARED_PACKAGES:
            problems.append(f"{found} (the shared kit never imports a feature folder)")
    return problems


def test_ui_feature_folders_use_the_kit_not_each_other() -> None:
    folders = {path.name for path in (PACKAGE_DIR / "ui").iterdir() if (path / "__init__.py").is_file()}
    assert folders == UI_FEATURES | UI_SHARED_PACKAGES, "a new UI folder: say whether it is a feature or kit"
    assert ui_folder_violations(_all_imports()) == []


def test_the_ui_folder_check_catches_crossings() -> None:
    def found(module: str, target: str) -> ImportFound:
        return ImportFound(module, target, 1)

    wrong = [found("companion.ui.journal.journal_page", "companion.ui.history.history_page"),
             found("companion.ui.desk.desk_window", "companion.ui.settings.settings_screen"),
             found("companion.ui.widgets.check_row", "companion.ui.session.session_page")]
    assert len(ui_folder_violations(wrong)) == len(wrong)
    right = [found("companion.ui.journal.journal_page", "companion.ui.formatting"),
             found("companion.ui.desk.care_plan_writer", "companion.ui.care_plan.care_plan_form"),
             found("companion.ui.main_window", "companion.ui.setup.unlock_screen"),
             found("companion.ui.session.session_page", "companion.ui.session.help_panel")]
    assert ui_folder_violations(right) == []
