"""The report's appendix prints the questionnaires in the report's language: the validated Spanish (US)
PHQ-9 and GAD-7 items, answers and notice in a Spanish report, the English PCL-5 with the note saying
why, and the English wording in an English report. The answer tables (values, totals, bands) are the same
whatever the language. The appendix pages of the Spanish PDF are rendered to tests/artifacts/."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from companion.domain import instrument_texts_es as es
from companion.domain.instrument_texts import TEXTS
from companion.domain.instruments import Instrument
from companion.export.report_model import Report, build_report
from companion.ui import language
from companion.ui.export.report_appendix_html import appendix_sections
from companion.ui.export.report_format import esc
from companion.ui.export.report_pdf import write_report_pdf
from tests.fixtures.export_history import export_history
from tests.unit.test_translation_tools import run_tool, write_ts

CATALOGUE = {
    ("Report", "Appendix"): "Anexo",
    ("Report", "Questionnaire answers, item by item"): "Respuestas de los cuestionarios, ítem por ítem",
    ("Report", "Questions: %1. Answers: %2."): "Preguntas: %1. Respuestas: %2.",
}


@pytest.fixture
def spanish(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """companion in Spanish (a catalogue of this file's own, built by the project's build step), then English
    again: the language is application-wide."""
    folder = tmp_path / "translations"
    write_ts(folder / "companion_es.ts", CATALOGUE)
    result = run_tool("--translations", str(folder), "build")
    assert result.returncode == 0, result.stderr
    previous = language.set_translations_dir(folder)
    try:
        assert language.install_language("es") == "es"
        yield
    finally:
        language.uninstall_language()
        language.set_translations_dir(previous)


@pytest.fixture(scope="module")
def report() -> Report:
    report = build_report(export_history())
    assert {table.instrument for table in report.appendix.questionnaires} == set(Instrument)
    return report


def _appendix(report: Report) -> str:
    return " ".join(appendix_sections(report))


def test_a_spanish_report_prints_the_spanish_phq9_and_gad7(spanish: None, report: Report) -> None:
    text = _appendix(report)
    assert "Preguntas: 1 " in text  # the report's own labels are Spanish too
    for instrument in (Instrument.PHQ9, Instrument.GAD7):
        spanish_text, english = es.TEXTS[instrument], TEXTS[instrument]
        for number, item in enumerate(spanish_text.items, start=1):
            assert f"{number} {esc(item)}" in text
        for value, answer in enumerate(spanish_text.answers):
            assert f"{value} {esc(answer)}" in text
        assert not any(esc(item) in text for item in english.items), instrument
    assert esc(es.PFIZER_NOTICE) in text
    assert esc(TEXTS[Instrument.PHQ9].notice) not in text


def test_a_spanish_report_keeps_the_pcl5_in_english_and_says_why(spanish: None, report: Report) -> None:
    text = _appendix(report)
    for number, item in enumerate(TEXTS[Instrument.PCL5].items, start=1):
        assert f"{number} {esc(item)}" in text
    assert esc(es.ENGLISH_ONLY_NOTES[Instrument.PCL5]) in text
    assert esc(TEXTS[Instrument.PCL5].notice) in text


def test_an_english_report_prints_the_english_wording(report: Report) -> None:
    assert language.current_language() == "en"
    text = _appendix(report)
    for instrument in Instrument:
        assert all(esc(item) in text for item in TEXTS[instrument].items)
    assert not any(esc(item) in text for item in es.PHQ9_ITEMS)
    assert esc(es.ENGLISH_ONLY_NOTES[Instrument.PCL5]) not in text


def test_the_answer_tables_do_not_depend_on_the_language(spanish: None, report: Report) -> None:
    spanish_text = _appendix(report)
    language.uninstall_language()
    english_text = _appendix(report)

    def rows(text: str) -> list[str]:  # the answers and the total of each row (the date is the locale's)
        return re.findall(r"<tr><td>[^<]*</td>((?:<td>(?:<b>)?\d+(?:</b>)?</td>)+)", text)

    assert rows(spanish_text) == rows(english_text) and rows(english_text)


@pytest.mark.skipif(any(shutil.which(tool) is None for tool in ("pdftotext", "pdftoppm")),
                    reason="poppler-utils is not installed")
def test_the_spanish_pdf_prints_them_and_is_rendered_to_be_looked_at(
    spanish: None, report: Report, tmp_path: Path, artifacts_dir: Path
) -> None:
    path = tmp_path / "report.pdf"
    pages = write_report_pdf(report, path)
    found = []
    for old in artifacts_dir.glob("report_es_questionnaires_p*.png"):
        old.unlink()
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        if "Poco interés o placer en hacer cosas" in flat or "Elaborado por los doctores" in flat:
            found.append(page)
            stem = artifacts_dir / f"report_es_questionnaires_p{page}"
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile",
                            str(path), str(stem)], check=True)
    assert found
