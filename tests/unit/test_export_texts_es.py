"""The export layer's sentences (verification verdicts, the FHIR transaction's refusals, the export's
destination) are core ``Text`` values: English as a ``str`` (``--json``, logs), Spanish through
``core_text`` with the real catalogue. Numbers in sentences follow the locale (issue 13)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from companion.domain.texts import Text
from companion.export.export_files import UnreadableExportError, open_export
from companion.export.fhir_transaction import DestinationError, check_destination
from companion.export.verify import verify_export
from companion.export.writer import ExportDestinationError, ExportTarget, check_target
from companion.ui import language
from companion.ui.core_text import core_text, number_text
from tests.signed_export import TestSigner, make_export


@pytest.fixture
def spanish(qapp: QCoreApplication) -> Iterator[None]:
    assert language.install_language("es") == "es"
    yield
    language.uninstall_language()


@pytest.fixture
def altered(tmp_path: Path) -> Path:
    export = make_export(tmp_path / "companion-export-20260105-a1b2", TestSigner(bytes(range(32))))
    victim = next(path for path in sorted(export.rglob("*.csv")))
    victim.write_bytes(victim.read_bytes() + b"x")
    return export


def test_an_altered_files_verdict_is_english_as_a_string_and_spanish_on_screen(
        spanish: None, altered: Path) -> None:
    result = verify_export(altered)
    problem = result.problems[0]
    assert isinstance(problem.message, Text)
    assert str(problem.message).endswith(" was changed after the export was signed.")
    assert json.loads(json.dumps(result.to_json()))["problems"][0]["message"] == problem.message.english()
    assert core_text(problem.message).endswith(" se cambió después de firmarse la exportación.")
    assert problem.file in core_text(problem.message)
    lines = [core_text(line) for line in result.summary()]
    assert lines[0].startswith("NO VÁLIDA: ") and result.summary()[0].startswith("NOT VALID: ")


def test_what_cannot_be_read_says_so_in_spanish(spanish: None, tmp_path: Path) -> None:
    with pytest.raises(UnreadableExportError) as raised:
        open_export(tmp_path / "nothing-here")
    assert str(raised.value) == f"There is no file or folder at {tmp_path / 'nothing-here'}."
    assert core_text(raised.value) == f"No hay ningún archivo ni carpeta en {tmp_path / 'nothing-here'}."


def test_the_transaction_and_the_export_refuse_a_destination_in_spanish(
        spanish: None, tmp_path: Path) -> None:
    with pytest.raises(DestinationError) as transaction:
        check_destination(tmp_path, replace=False)
    assert str(transaction.value).startswith(f"{tmp_path} is a folder; --out takes")
    assert core_text(transaction.value).startswith(f"{tmp_path} es una carpeta; --out recibe")
    with pytest.raises(ExportDestinationError) as export:
        check_target(ExportTarget(tmp_path / "report", as_zip=True))
    assert str(export.value) == "A zip export's name must end in .zip."
    assert core_text(export.value) == "El nombre de una exportación en zip debe terminar en .zip."


def test_a_number_in_a_sentence_follows_the_locale(spanish: None) -> None:
    assert number_text(62.5) == "62,5"
    assert number_text(2026) == "2026"  # no group separator in a year or a count
    assert number_text(0.1 + 0.2) == "0,3"


def test_a_side_effect_label_in_the_report_is_translated(spanish: None) -> None:
    from companion.storage.checkins import SIDE_EFFECT_LABELS

    assert core_text(SIDE_EFFECT_LABELS["nausea"]) != "nausea"
    assert core_text("my own words") == "my own words"  # what the patient typed stays as typed
