"""The core's sentences reach the user's language: a small Spanish catalogue, built with the project's
lrelease and installed with a QTranslator, turns a storage error, a flag sentence, a checklist question
and a care-plan problem into Spanish, arguments (nested sentences, counts, numbers) included."""

from __future__ import annotations

import errno
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from companion.domain.care_plan import CarePlan, CarePlanError
from companion.domain.checklist import build_checklist
from companion.domain.flags import SideEffectFact, evaluate_flags
from companion.storage.atomic import disk_error
from companion.storage.checkins import SIDE_EFFECT_LABELS
from companion.storage.errors import DiskError, NoVaultError, WrongPassphraseError
from companion.storage.keyfile import _WHAT as KEY_FILE
from companion.ui.core_text import core_text

# (context, source, translation); a list of forms for a message with plural forms (Spanish has two).
SPANISH: list[tuple[str, str, str | list[str]]] = [
    ("StorageErrors", "There is no vault in %1.", "No hay ninguna bóveda en %1."),
    ("StorageErrors", "The disk is full, so %1 could not be saved. Free some space and try again.",
     "El disco está lleno, así que no se pudo guardar %1. Libere espacio e inténtelo de nuevo."),
    ("StorageNames", "the key file", "el archivo de claves"),
    ("FlagTexts", "A severe side effect was recorded: %1. Please tell your clinician.",
     "Se registró un efecto secundario grave: %1. Dígaselo a su clínico."),
    ("SideEffects", "nausea", "náuseas"),
    ("FlagTexts",
     "An entry was changed more than 24 hours after it was made (%n times). The earlier version is kept.",
     ["Una entrada se cambió más de 24 horas después de hacerse (%n vez). Se conserva la versión "
      "anterior.",
      "Una entrada se cambió más de 24 horas después de hacerse (%n veces). Se conserva la versión "
      "anterior."]),
    ("ChecklistTexts", "Have you eaten anything in the last %1?", "¿Ha comido algo en las últimas %1?"),
    ("ChecklistTexts", "%n hour", ["%n hora", "%n horas"]),
    ("ChecklistTexts", "%n hours", ["%n hora", "%n horas"]),
    ("ChecklistTexts", "%n minutes", ["%n minuto", "%n minutos"]),
    ("CarePlanProblems", "%1 must be a number %2; it is %3.", "%1 debe ser un número %2; es %3."),
    ("CarePlanProblems", "from %1 to %2 %3", "de %1 a %2 %3"),
    ("CarePlanFields", "Fasting from food", "Ayuno de comida"),
    ("CarePlanFields", "hours", "horas"),
]


def _catalogue(entries: list[tuple[str, str, str | list[str]]]) -> str:
    contexts: dict[str, list[str]] = {}
    for context, source, translation in entries:
        if isinstance(translation, list):
            forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translation)
            message = (f'<message numerus="yes"><source>{escape(source)}</source>'
                       f"<translation>{forms}</translation></message>")
        else:
            message = (f"<message><source>{escape(source)}</source>"
                       f"<translation>{escape(translation)}</translation></message>")
        contexts.setdefault(context, []).append(message)
    body = "".join(f"<context><name>{name}</name>{''.join(messages)}</context>"
                   for name, messages in contexts.items())
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="es">{body}</TS>\n')


@pytest.fixture
def spanish(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    ts, qm = tmp_path / "companion_es.ts", tmp_path / "companion_es.qm"
    ts.write_text(_catalogue(SPANISH), encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    result = subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    previous_locale = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    try:
        yield
    finally:
        QLocale.setDefault(previous_locale)
        QCoreApplication.removeTranslator(translator)


def test_a_storage_error_comes_out_in_spanish_with_its_argument(spanish: None) -> None:
    error = NoVaultError(Path("/datos/companion"))
    assert str(error) == "There is no vault in /datos/companion."  # the English stays the English
    assert core_text(error) == "No hay ninguna bóveda en /datos/companion."
    assert core_text(error.text) == core_text(error)


def test_a_nested_argument_is_translated_in_its_own_context(spanish: None) -> None:
    error = disk_error(OSError(errno.ENOSPC, "No space left on device"), KEY_FILE)
    assert str(error) == ("The disk is full, so the key file could not be saved. "
                          "Free some space and try again.")
    assert core_text(error) == ("El disco está lleno, así que no se pudo guardar el archivo de claves. "
                                "Libere espacio e inténtelo de nuevo.")


def test_a_flag_sentence_comes_out_in_spanish_with_its_side_effect(spanish: None) -> None:
    now = datetime(2026, 1, 5, 9, tzinfo=UTC)
    fact = SideEffectFact(1, None, now, SIDE_EFFECT_LABELS["nausea"], "severe")
    [flag] = evaluate_flags(CarePlan(), side_effects=[fact], now=now)
    assert flag.text == "A severe side effect was recorded: nausea. Please tell your clinician."
    assert core_text(flag.text) == "Se registró un efecto secundario grave: náuseas. Dígaselo a su clínico."


def test_a_count_picks_the_spanish_plural_form(spanish: None) -> None:
    from companion.domain.flags import EditFact

    made = datetime(2026, 1, 1, 9, tzinfo=UTC)
    edits = [EditFact("journal", 7, made, datetime(2026, 1, day, 9, tzinfo=UTC)) for day in (3, 4)]
    [flag] = evaluate_flags(CarePlan(), edits=edits, now=made)
    assert flag.text.endswith("(2 times). The earlier version is kept.")
    assert core_text(flag.text) == ("Una entrada se cambió más de 24 horas después de hacerse (2 veces). "
                                    "Se conserva la versión anterior.")


def test_a_checklist_question_with_a_duration(spanish: None) -> None:
    items = {item.id: item for item in build_checklist(CarePlan(fasting_food_hours=2.0))}
    question = items["fasting_food"].question
    assert question == "Have you eaten anything in the last 2 hours?"
    assert core_text(question) == "¿Ha comido algo en las últimas 2 horas?"
    one = {item.id: item for item in build_checklist(CarePlan(fasting_food_hours=1.0))}["fasting_food"]
    assert core_text(one.question) == "¿Ha comido algo en las últimas 1 hora?"  # the form follows the count


def test_a_care_plan_problem_writes_its_number_the_spanish_way(spanish: None) -> None:
    with pytest.raises(CarePlanError) as caught:
        CarePlan.from_json({**CarePlan(dose_mg=50).to_json(), "fasting_food_hours": 12.5})
    [problem] = [p for p in caught.value.problems if p.startswith("Fasting from food")]
    assert problem == ("Fasting from food (fasting_food_hours) must be a number from 0 to 12 hours; "
                       "it is 12.5.")
    assert core_text(problem) == ("Ayuno de comida (fasting_food_hours) debe ser un número de 0 a 12 horas; "
                                  "es 12,5.")


def test_what_has_no_translation_stays_english_and_plain_text_passes_through(spanish: None) -> None:
    assert core_text(WrongPassphraseError()) == ("That passphrase did not unlock the vault. "
                                                 "Check it and try again.")
    assert core_text(DiskError("A plain sentence, %1 kept.")) == "A plain sentence, %1 kept."
    assert core_text("Just text.") == "Just text."
    assert core_text(ValueError("a bug's message")) == "a bug's message"
