"""Every user-visible string reaches Qt's translator with a literal context that ``pyside6-lupdate`` extracts.

Two checks (issue 13, "Translations that work"):

* ``pyside6-lupdate`` runs over every module of ``companion/`` into a temporary ``.ts`` file, and no message
  may land in an empty context (a module-level ``tr()`` wrapper, ``QT_TR_NOOP``) or in a context that is not
  a class-like name (``parent.tr(…)`` is extracted under "parent", yet runs in the parent's class).
* Every ``tr(…)`` and ``translate(…)`` call, read from the source, names its context and source text with
  string literals: lupdate cannot extract ``self.tr(text)`` or ``translate("Ctx", text)``. A text taken
  from a *marked table* is the one exception the check follows by itself: ``translate("Ctx", TABLE[key])``
  (or ``self.tr(TABLE[key])`` in class ``Ctx``), or ``translate("Ctx", item)`` where ``item`` is only ever
  bound by ``for item in TABLE``; ``TABLE`` is a module-level dict, tuple or list, defined in the module
  or imported from another, whose every entry is ``QT_TRANSLATE_NOOP("Ctx", "literal")`` in the same
  context. The few functions it cannot follow are listed in ``_ALLOWED``, each with the reason it is right.

Keyword arguments are refused too: lupdate silently skips ``translate("Ctx", "%n days", n=count)``.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

import companion

PACKAGE = Path(companion.__file__).resolve().parent
ROOT = PACKAGE.parent
CLASS_LIKE = re.compile(r"[A-Z][A-Za-z0-9]*\Z")
_APPLICATIONS = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})

# (module under the repository, function's qualified name) -> why the texts it translates are extracted.
_ALLOWED: dict[tuple[str, str], str] = {
    ("companion/ui/models/row_table_model.py", "RowTableModel.header_text"):
        "headers are a marked table of each subclass, which passes its context with it",
    ("companion/ui/models/row_table_model.py", "RowTableModel.headerData"):
        "header tips are a marked table of each subclass, which passes its context with it",
    ("companion/ui/history/session_detail.py", "_translated"):
        "translates this module's History tables (_VITALS_KIND, _CHECKIN_OUTCOME, _HELP_KIND, …)",
    ("companion/ui/care_plan/care_plan_texts.py", "group_title"):
        "FIELD_GROUPS' titles are marked there, QT_TRANSLATE_NOOP('CarePlanForm', …)",
    ("companion/ui/care_plan/care_plan_texts.py", "group_explanation"):
        "FIELD_GROUPS' explanations are marked there, QT_TRANSLATE_NOOP('CarePlanForm', …)",
    # The core's English, marked with QT_TRANSLATE_NOOP where the core writes it (issue 13's core catalogue).
    ("companion/ui/core_text.py", "_translated"): "a core Text carries its own context and source",
    ("companion/ui/care_plan/care_plan_texts.py", "label_text"):
        "a care-plan field's label (domain care_plan fields), context 'CarePlanFields'",
    ("companion/ui/care_plan/care_plan_texts.py", "unit_text"):
        "a care-plan field's unit (domain care_plan fields), context 'CarePlanFields'",
    ("companion/ui/care_plan/care_plan_texts.py", "source_short"):
        "a default's source (domain care_plan_sources.SOURCES), context 'CarePlanSources'",
    ("companion/ui/care_plan/care_plan_texts.py", "source_citation"):
        "a default's source (domain care_plan_sources.SOURCES), context 'CarePlanSources'",
}


def _modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def _relative(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


# --- lupdate ------------------------------------------------------------------------------------------------


def _lupdate() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.fail("pyside6-lupdate not found (it comes with PySide6-Essentials)")
    return found


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    where: str


def _extracted(tmp_path: Path) -> list[Message]:
    ts = tmp_path / "companion.ts"
    listing = tmp_path / "sources.lst"
    listing.write_text("\n".join(str(path) for path in _modules()) + "\n", encoding="utf-8")
    result = subprocess.run([_lupdate(), f"@{listing}", "-ts", str(ts)], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            places = [f"{_relative(ts.parent / place.get('filename', ''))}:{place.get('line')}"
                      for place in message.iter("location")]
            messages.append(Message(name, message.findtext("source") or "", ", ".join(places)))
    return messages


def test_lupdate_places_every_message_in_a_class_like_context(tmp_path: Path) -> None:
    messages = _extracted(tmp_path)
    assert len(messages) > 1000  # the whole package was read, not an empty list of files
    misplaced = [f"{message.where}: context {message.context!r}: {message.source!r}"
                 for message in messages if not CLASS_LIKE.match(message.context)]
    assert not misplaced, f"{len(misplaced)} messages in an empty or odd context:\n" + "\n".join(misplaced)


def _literal_calls() -> list[tuple[str, int, str, str]]:
    """(module, line, context, text) of every translation call whose context and text are literals."""
    found = []
    for module in _modules():
        tree = ast.parse(module.read_text(encoding="utf-8"))
        owner: dict[int, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                owner.update({id(inner): node.name for inner in ast.walk(node)})
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            texts = [_text(argument) for argument in node.args[:2]]
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2 and None not in texts:
                found.append((_relative(module), node.lineno, str(texts[0]), str(texts[1])))
            elif (name == "tr" and isinstance(node.func, ast.Attribute)
                  and isinstance(node.func.value, ast.Name) and node.func.value.id == "self"
                  and texts[0] is not None and id(node) in owner):
                found.append((_relative(module), node.lineno, owner[id(node)], texts[0]))
    return found


def test_every_literal_call_is_extracted(tmp_path: Path) -> None:
    """lupdate silently skips some calls that look right: inside an f-string, or a count that is not a plain
    name (``translate("Ctx", "%n days", "", len(days))``). Such a text never reaches a translator."""
    extracted = {(message.context, message.source) for message in _extracted(tmp_path)}
    skipped = [f"{module}:{line}: {context!r}, {text!r}" for module, line, context, text in _literal_calls()
               if (context, text) not in extracted]
    assert not skipped, "lupdate skips these calls (move them out of the f-string, or count by name):\n" + (
        "\n".join(skipped))


# --- the calls, read from the source ------------------------------------------------------------------------


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _marked_entry(node: ast.expr) -> str | None:
    """The context of ``QT_TRANSLATE_NOOP("Ctx", "text")`` or of ``str(QT_TRANSLATE_NOOP(…))``, else None."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str" and node.args:
        node = node.args[0]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
            and len(node.args) == 2 and not node.keywords and _text(node.args[1]) is not None):
        return _text(node.args[0])
    return None


def _marked_tables(tree: ast.Module) -> dict[str, str]:
    """Module-level tables whose every entry is marked, all in one context: name -> context."""
    tables = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            target, value = statement.target, statement.value
        else:
            continue
        if isinstance(value, ast.Dict):
            entries: list[ast.expr] = list(value.values)
        elif isinstance(value, ast.Tuple | ast.List):
            entries = list(value.elts)
        else:
            continue
        contexts = {_marked_entry(entry) for entry in entries}
        context = contexts.pop() if len(contexts) == 1 else None
        if isinstance(target, ast.Name) and context is not None:
            tables[target.id] = context
    return tables


def _imported_tables(tree: ast.Module, tables_of: dict[str, dict[str, str]]) -> dict[str, str]:
    """Marked tables that ``from companion.… import NAME`` brings in."""
    found = {}
    for statement in ast.walk(tree):
        if isinstance(statement, ast.ImportFrom) and statement.module and statement.level == 0:
            module_tables = tables_of.get(statement.module, {})
            for alias in statement.names:
                if alias.name in module_tables:
                    found[alias.asname or alias.name] = module_tables[alias.name]
    return found


class _Calls(ast.NodeVisitor):
    """What is wrong with each translation call of one module."""

    def __init__(self, path: Path, tree: ast.Module, tables: dict[str, str]) -> None:
        self.where = _relative(path)
        self.tables = tables
        self.scope: list[str] = []
        self.classes: list[str] = []
        self.loop_names = [self._loop_names(tree)]
        self.problems: list[str] = []
        self.visit(tree)

    def _loop_names(self, scope: ast.AST) -> dict[str, str]:
        """Names that ``scope`` binds only by ``for name in TABLE`` (or in a comprehension), TABLE marked."""
        loops = {}
        for node in ast.walk(scope):
            if isinstance(node, ast.For | ast.comprehension) and isinstance(node.target, ast.Name):
                table = node.iter.id if isinstance(node.iter, ast.Name) else ""
                loops[id(node.target)] = self.tables.get(table)
        contexts: dict[str, set[str | None]] = {}
        for node in ast.walk(scope):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                contexts.setdefault(node.id, set()).add(loops.get(id(node)))
            elif isinstance(node, ast.arg):
                contexts.setdefault(node.arg, set()).add(None)
        only = {name: found.pop() for name, found in contexts.items() if len(found) == 1}
        return {name: context for name, context in only.items() if context is not None}

    def _nested(self, node: ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        is_class = isinstance(node, ast.ClassDef)
        self.scope.append(node.name)
        if is_class:
            self.classes.append(node.name)
        else:
            self.loop_names.append(self._loop_names(node))
        self.generic_visit(node)
        self.scope.pop()
        if is_class:
            self.classes.pop()
        else:
            self.loop_names.pop()

    visit_ClassDef = visit_FunctionDef = visit_AsyncFunctionDef = _nested  # noqa: N815 - NodeVisitor's names

    def _said(self, node: ast.Call) -> str:
        return f"{self.where}:{node.lineno}: {ast.unparse(node)[:100]}"

    def _table_context(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            return self.tables.get(node.value.id)
        if isinstance(node, ast.Name):
            return self.loop_names[-1].get(node.id)
        return None

    def _check(self, node: ast.Call, context: str | None, rest: list[ast.expr]) -> None:
        """``context``: the literal context (None if it is not one); ``rest``: source text, disambiguation…"""
        if (self.where, ".".join(self.scope) or "<module>") in _ALLOWED:
            return
        if node.keywords:
            self.problems.append(f"{self._said(node)}: keyword arguments (lupdate skips the call)")
        elif context is None:
            self.problems.append(f"{self._said(node)}: the context is not a string literal")
        elif not rest:
            self.problems.append(f"{self._said(node)}: no source text")
        else:
            text, *more = rest
            if _text(text) is None and self._table_context(text) != context:
                self.problems.append(f"{self._said(node)}: the source text is neither a string literal nor "
                                     f"an entry of a table marked in {context!r}")
            if more and _text(more[0]) is None and not (isinstance(more[0], ast.Constant)
                                                        and more[0].value is None):
                self.problems.append(f"{self._said(node)}: the disambiguation is not a string literal")

    def visit_Call(self, node: ast.Call) -> None:
        func, args = node.func, list(node.args)
        named = func.id if isinstance(func, ast.Name) else ""
        on_application = (isinstance(func, ast.Attribute) and func.attr == "translate"
                          and isinstance(func.value, ast.Name) and func.value.id in _APPLICATIONS)
        if named in ("tr", "QT_TR_NOOP"):
            self.problems.append(f"{self._said(node)}: a bare {named}() has no context lupdate can know")
        elif named in ("translate", "QT_TRANSLATE_NOOP") or on_application:
            self._check(node, _text(args[0]) if args else None, args[1:])
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            receiver = ast.unparse(func.value)
            if receiver != "self":
                self.problems.append(f"{self._said(node)}: lupdate files {receiver}.tr() under {receiver!r}; "
                                     "name the context with translate()")
            elif not self.classes:
                self.problems.append(f"{self._said(node)}: self.tr() outside a class")
            else:
                self._check(node, self.classes[-1], args)
        self.generic_visit(node)


def _untranslatable_calls() -> list[str]:
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in _modules()}
    tables_of = {_module_name(path): _marked_tables(tree) for path, tree in trees.items()}
    problems = []
    for path, tree in trees.items():
        tables = {**_imported_tables(tree, tables_of), **tables_of[_module_name(path)]}
        problems += _Calls(path, tree, tables).problems
    return problems


def test_every_translation_call_names_literal_texts() -> None:
    problems = _untranslatable_calls()
    assert not problems, f"{len(problems)} calls lupdate cannot extract:\n" + "\n".join(problems)


def test_every_allowed_function_still_exists() -> None:
    """An entry whose function was renamed or removed would silently allow nothing: remove it."""
    missing = []
    for where, qualname in _ALLOWED:
        path = ROOT / where
        names = set()
        if path.exists():
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.FunctionDef):
                    names.add(node.name)
                elif isinstance(node, ast.ClassDef):
                    names |= {f"{node.name}.{item.name}" for item in node.body
                              if isinstance(item, ast.FunctionDef)}
        if qualname not in names:
            missing.append(f"{where}: {qualname}")
    assert not missing, missing


# --- the UI's marked copies of the core's English -----------------------------------------------------------


def test_marked_copies_of_the_core_words_say_what_the_core_says() -> None:
    """Words the core spells out that the UI marks itself (band labels, medicine kinds, routes) keep the
    core's English, so English is unchanged, and have every key. Once the core marks one of these, the UI
    translates the core's own text with ``core_text`` instead, and its copy goes."""
    from companion.domain.care_plan import Route
    from companion.domain.checklist import MEDICINE_CATEGORY_LABELS
    from companion.domain.instruments import SeverityBand
    from companion.ui.formatting import BAND_TEXTS
    from companion.ui.session.checklist_step import CATEGORY_LABELS
    from companion.ui.widgets.session_widgets import ROUTE_WORDS

    assert {band: band.label for band in SeverityBand} == BAND_TEXTS
    assert dict(MEDICINE_CATEGORY_LABELS) == CATEGORY_LABELS
    assert {route: route.value for route in Route} == ROUTE_WORDS


def test_the_committed_catalogues_hold_every_message_of_the_source() -> None:
    """A string added or changed without ``python tools/translations.py update`` fails here, so no screen
    falls back to English unnoticed (issue 13: "any message of the source that the .ts file lacks")."""
    checked = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_class_others_derive_from_translates_with_its_own_name() -> None:
    """``self.tr`` looks a text up under the class of the object at run time, lupdate files it under the
    class it is written in: in a base class the two differ, and the text stayed English for every
    subclass (the Export page's journal note, in ExportForm). Such a class says its context itself."""
    import ast

    classes: dict[str, list[tuple[Path, ast.ClassDef]]] = {}
    derived: set[str] = set()
    for path in sorted((ROOT / "companion").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes.setdefault(node.name, []).append((path, node))
                derived.update(base.id if isinstance(base, ast.Name) else base.attr
                               for base in node.bases if isinstance(base, ast.Name | ast.Attribute))
    wrong = [f"{path.relative_to(ROOT)}:{call.lineno} ({name})"
             for name in sorted(derived & set(classes)) for path, node in classes[name]
             for call in ast.walk(node)
             if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
             and isinstance(call.func.value, ast.Name) and call.func.value.id == "self"]
    assert wrong == []
