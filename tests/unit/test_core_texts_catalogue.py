"""The Qt-free core's sentences land in the translation catalogue: ``pyside6-lupdate`` run over
``companion/domain``, ``companion/storage``, ``companion/services`` and ``companion/desk`` extracts every
``QT_TRANSLATE_NOOP("Context", "source")`` with its context, a message with a count gets plural forms,
and the sentences the core really produces at run time (errors, reasons, questions, problems, flags)
are all in the catalogue: a sentence built from a variable, which lupdate cannot see, fails here."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import companion
import companion.desk
import companion.domain
import companion.services
import companion.storage
from companion.domain.texts import Text

PACKAGE = Path(companion.__file__).resolve().parent
CORE = [PACKAGE / "domain", PACKAGE / "storage", PACKAGE / "services", PACKAGE / "desk", PACKAGE / "export"]
CORE_CONTEXTS = {
    "StorageErrors", "StorageNames", "CarePlanProblems", "CarePlanFields", "CarePlanSources", "CarePlanNotes",
    "ChecklistTexts", "FlagTexts", "VitalsTexts", "PassphraseReasons", "JournalTexts", "SideEffects",
    "DeskErrors", "ExportChecks", "ExportDestination", "FhirTransaction", "CarePlanValues", "ScoringRules",
    "JournalPrompts",  # the journal prompts' texts, marked in domain/journal_prompt_texts.py
    "Report",  # the report's band words, shared by the core's scoring rules and the report's own pages
}
CLASS_LIKE = re.compile(r"[A-Z][A-Za-z0-9]*\Z")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    where: str


Catalogue = dict[tuple[str, str], "Message"]


def _modules() -> list[Path]:
    return sorted(path for folder in CORE for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    folder = tmp_path_factory.mktemp("lupdate")
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    lupdate = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    assert lupdate is not None, "pyside6-lupdate not found (it comes with PySide6-Essentials)"
    listing = folder / "sources.lst"
    listing.write_text("\n".join(str(path) for path in _modules()) + "\n", encoding="utf-8")
    ts = folder / "core.ts"
    result = subprocess.run([lupdate, f"@{listing}", "-ts", str(ts)], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    found: Catalogue = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            places = ", ".join(f"{place.get('filename')}:{place.get('line')}"
                               for place in message.iter("location"))
            found[(name, source)] = Message(name, source, message.get("numerus") == "yes", places)
    return found


# -- the marks, read from the source ---------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    where: str
    context: str | None
    source: str | None
    numerus: bool
    problem: str | None


def _marks() -> list[Mark]:
    marks = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"):
                continue
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            literal = [isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args[:2]]
            rest = [ast.unparse(arg) for arg in node.args[2:]]
            problem = None
            if node.keywords:
                problem = "keyword arguments (lupdate skips the call)"
            elif len(node.args) < 2 or not all(literal):
                problem = "context and source must be string literals (no f-string, no name)"
            elif rest not in ([], ["None", "1"]):
                problem = "the only extra arguments are `None, 1`, which mark plural forms"
            context = node.args[0].value if literal and literal[0] else None  # type: ignore[attr-defined]
            source = node.args[1].value if len(literal) > 1 and literal[1] else None  # type: ignore[attr-defined]
            marks.append(Mark(where, context, source, rest == ["None", "1"], problem))
    return marks


def test_every_mark_is_one_lupdate_can_read() -> None:
    marks = _marks()
    assert len(marks) > 300  # the walk found the core's sentences
    wrong = [f"{mark.where}: {mark.problem}" for mark in marks if mark.problem]
    assert not wrong, "\n".join(wrong)
    odd = [f"{mark.where}: context {mark.context!r}" for mark in marks if mark.context not in CORE_CONTEXTS]
    assert not odd, "a new context of the core? add it to CORE_CONTEXTS, named like a class:\n" + (
        "\n".join(odd))


def test_every_mark_is_extracted_with_its_context(catalogue: Catalogue) -> None:
    missing = [f"{mark.where}: {mark.context}: {mark.source!r}" for mark in _marks()
               if (mark.context, mark.source) not in catalogue]
    assert not missing, "\n".join(missing)


def test_the_catalogue_of_the_core_has_only_class_like_contexts(catalogue: Catalogue) -> None:
    odd = [f"{message.where}: {message.context!r}: {message.source!r}" for message in catalogue.values()
           if not CLASS_LIKE.match(message.context) or message.context not in CORE_CONTEXTS]
    assert not odd, "\n".join(odd)


def test_a_message_has_plural_forms_exactly_when_it_has_a_count(catalogue: Catalogue) -> None:
    wrong = [f"{message.where}: {message.source!r} (numerus={message.numerus})"
             for message in catalogue.values() if message.numerus != ("%n" in message.source)]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("context", "source"), [
    ("StorageErrors", "There is no vault in %1."),
    ("StorageErrors", "The key file (%1) is damaged and cannot be read. %2"),
    ("StorageErrors", "The vault is still open elsewhere; close companion everywhere and try again."),
    ("StorageNames", "the backups folder"),
    ("PassphraseReasons", "Use at least %1 characters; this has %2."),
    ("PassphraseReasons", 'Sequences like "abc" or "6543" are easy to guess.'),
    ("CarePlanProblems", "%1 must be a whole number %2; it is %3."),
    ("CarePlanProblems", "There are %n more problems."),
    ("CarePlanFields", "Minimum monitoring time"),
    ("CarePlanSources", "Spravato REMS"),
    ("ChecklistTexts", "Have you eaten anything in the last %1?"),
    ("FlagTexts", "Sitter check-in missed"),
    ("FlagTexts", "%n sitter check-ins went unanswered (at %1 minutes after the dose)."),
    ("VitalsTexts", "The heart rate is above %1, the limit in your care plan for starting."),
    ("JournalTexts", "An entry can have at most %1 tags."),
    ("SideEffects", "nausea"),
    ("DeskErrors", "The list of patients (%1) is damaged. %2"),
    ("ExportChecks", "%1 was changed after the export was signed."),
    ("ExportDestination", "A zip export's name must end in .zip."),
    ("FhirTransaction", "%1 is not valid, so nothing was written: %2"),
])
def test_sentences_of_each_converted_module_are_in_the_catalogue(
        catalogue: Catalogue, context: str, source: str) -> None:
    assert (context, source) in catalogue


# -- the sentences produced at run time ------------------------------------------------------------


def _texts_in(value: object) -> list[Text]:
    """``value`` and every Text among its arguments, recursively."""
    if not isinstance(value, Text):
        return []
    return [value, *(inner for argument in value.args for inner in _texts_in(argument))]


def _produced() -> list[Text]:
    from companion.domain.care_plan import CarePlan, CarePlanError
    from companion.domain.care_plan_file import CarePlanFileError, read_care_plan_file
    from companion.domain.care_plan_sources import SOURCES, inert_limits
    from companion.domain.checklist import build_checklist, contact_text
    from companion.domain.flags import RULES, EditFact, QuestionnaireFact, SideEffectFact, evaluate_flags
    from companion.domain.passphrase_policy import evaluate_passphrase
    from companion.domain.vitals import (
        BloodPressure,
        check_plausible,
        classify_pre_dose,
        final_reading_problems,
    )
    from companion.storage.checkins import SIDE_EFFECT_LABELS
    from companion.storage.errors import NoVaultError, SchemaTooNewError, WrongPassphraseError

    produced: list[object] = [NoVaultError(Path("/x")).text, WrongPassphraseError().text,
                              SchemaTooNewError(9, 8).text]
    for passphrase in ("short", "aaaaaaaaaaaaaaaaaaaa", "1234567890123456789", "password password password"):
        produced += evaluate_passphrase(passphrase).reasons
    plan = CarePlan(fasting_food_hours=1.5, caution_systolic_above=170)
    produced += [text for item in build_checklist(plan) for text in (item.question, item.explanation)]
    produced += [contact_text(plan), *inert_limits(plan).values()]
    produced += [text for source in SOURCES for text in (source.short, source.citation)]
    produced += [spec.title for spec in RULES]
    produced += check_plausible(50, 200, 10, 50)
    produced += classify_pre_dose(BloodPressure(150, 95), 80, CarePlan()).reasons
    produced += final_reading_problems(BloodPressure(190, 115), 90, BloodPressure(120, 80), CarePlan())
    with pytest.raises(CarePlanError) as plan_error:
        CarePlan.from_json({"dose_mg": "x", "route": 3, "planned_weekdays": [9], "unknown": 1,
                            "fasting_food_hours": None, "sitter_code_required": 2})
    produced += [plan_error.value.text, *plan_error.value.problems]
    with pytest.raises(CarePlanFileError) as file_error:
        read_care_plan_file(b'{"format": "other", "version": 2, "version": 2}')
    produced += [file_error.value.text, *file_error.value.problems]
    now = datetime(2026, 1, 5, 9, tzinfo=UTC)
    flags = evaluate_flags(
        CarePlan(clinician_name="Dr Lee", clinician_phone="555 0100"),
        questionnaires=[QuestionnaireFact(1, "phq9", now, 5, item9=0),
                        QuestionnaireFact(2, "phq9", now, 12, 2), QuestionnaireFact(3, "gad7", now, 18)],
        side_effects=[SideEffectFact(4, None, now, SIDE_EFFECT_LABELS["vomiting"], "severe")],
        edits=[EditFact("journal", 5, now, now + timedelta(days=days)) for days in (2, 3)],
        now=now,
    )
    assert {flag.rule.value for flag in flags} == {"phq9_item9", "phq9_rise", "gad7_severe",
                                                    "severe_side_effect", "late_edit"}
    produced += [flag.text for flag in flags]
    return [text for value in produced for text in _texts_in(value)]


def test_every_sentence_the_core_produces_is_in_the_catalogue(catalogue: Catalogue) -> None:
    produced = _produced()
    assert len(produced) > 80
    missing = sorted({f"{text.context}: {text.source!r}" for text in produced
                      if text.context and (text.context, text.source) not in catalogue})
    assert not missing, "built from a variable, so lupdate cannot see it:\n" + "\n".join(missing)


# -- no plain sentences left in the errors of the core ---------------------------------------------


def _storage_error_names() -> set[str]:
    from companion.storage.errors import StorageError

    for package in (companion.domain, companion.storage, companion.services, companion.desk):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    names: set[str] = set()
    pending: list[type] = [StorageError]
    while pending:
        cls = pending.pop()
        names.add(cls.__name__)
        pending += cls.__subclasses__()
    return names


def test_no_storage_error_of_the_core_is_raised_with_a_plain_sentence() -> None:
    errors = _storage_error_names()
    plain = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and node.args:
                name = node.func.id if isinstance(node.func, ast.Name) else None
                first = node.args[0]
                sentence = isinstance(first, ast.JoinedStr) or (
                    isinstance(first, ast.Constant) and isinstance(first.value, str))
                if name in errors and sentence:
                    where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                    plain.append(f"{where}: {ast.unparse(node)[:80]}")
    assert not plain, "mark the sentence with QT_TRANSLATE_NOOP:\n" + "\n".join(plain)


def test_zxcvbn_still_words_its_warnings_as_the_reasons_list_them() -> None:
    """The passphrase reasons repeat zxcvbn's warnings word for word, to translate them: a newer zxcvbn
    that rewords one would leave it English (shown as zxcvbn says it), so say so here."""
    import zxcvbn.feedback

    from companion.domain.passphrase_policy import _ZXCVBN_WARNINGS

    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    worded = {node.args[0].value for node in ast.walk(tree)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
              and node.args and isinstance(node.args[0], ast.Constant)}
    assert set(_ZXCVBN_WARNINGS) <= worded
