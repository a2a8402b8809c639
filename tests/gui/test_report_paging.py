"""The report laid out and drawn in small steps (so the window never freezes) prints exactly the same
text as one drawn a whole page at a time, and no line is ever cut in two."""

from __future__ import annotations

import itertools
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QLocale
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication

from companion.export.report_model import Report, build_report
from companion.ui.export import report_paging
from companion.ui.export.report_appendix_html import appendix_sections
from companion.ui.export.report_paging import LineExtents, lay_out_in_steps, page_strips, split_documents
from companion.ui.export.report_pdf import write_report_pdf
from companion.ui.export.report_style import new_document
from tests.fixtures.report_history import report_history

A4 = QPageSize.PageSizeId.A4


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def two_years() -> Report:
    return build_report(report_history(weeks=104, weekdays=(2,), repeat=13))


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_strips_print_the_same_text_as_whole_pages(english: None, two_years: Report, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    in_strips = write_report_pdf(two_years, tmp_path / "strips.pdf", page_size=A4)
    monkeypatch.setattr(report_paging, "STRIPS_PER_PAGE", 1)
    whole = write_report_pdf(two_years, tmp_path / "whole.pdf", page_size=A4)
    assert in_strips == whole
    strips_text, whole_text = _text(tmp_path / "strips.pdf"), _text(tmp_path / "whole.pdf")
    assert strips_text == whole_text  # a line cut between two strips would be found twice
    assert len(whole_text) > 50_000
    for page in range(1, in_strips + 1):  # one footer a page, also where two documents share one
        assert whole_text.count(f"Page {page} of {in_strips}") == 1


def test_a_page_of_a_table_is_cut_into_strips_between_lines(english: None, two_years: Report) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    document = new_document(writer, 2000, 3000)
    document.setHtml(appendix_sections(two_years)[0])  # the item-by-item answers: pages of table
    lines = lay_out_in_steps(document)
    assert document.pageCount() > 2
    strips = list(page_strips(lines, 3000, 3000))  # the second page
    assert len(strips) == report_paging.STRIPS_PER_PAGE
    assert strips[0].top() == 3000 and strips[-1].bottom() == 6000
    spans = list(zip(lines.tops, lines.bottoms, strict=True))
    for before, after in itertools.pairwise(strips):
        assert before.bottom() == after.top()
        assert not any(top - 1 < after.top() < bottom + 1 for top, bottom in spans)


def test_a_cut_moves_down_past_every_line_it_would_split() -> None:
    lines = LineExtents(tops=[0, 10, 20, 40], bottoms=[12, 22, 30, 50], tallest=12, end=50)
    assert lines.cut_near(11, 100) == 31  # past (0,12) and (10,22), then (20,30), and clear of it
    assert lines.cut_near(35, 100) == 35  # between lines
    assert lines.cut_near(39.5, 100) == 51  # too close to (40,50), which Qt would draw in both strips
    assert lines.cut_near(45, 51) is None  # no cut before the page's end
    assert list(page_strips(LineExtents([], [], 0, 0), 0, 100))[-1].bottom() == 100


def test_sections_are_cut_after_tables_and_grouped_up_to_a_number_of_table_cells() -> None:
    table = "<table>" + "<tr><td>1</td><td>2</td></tr>" * 5 + "</table>"  # 10 cells
    sections = ["<h1>A</h1>" + table + table, "<p>no table</p>" + table, table + "<p>after</p>"]
    assert split_documents(sections, 20) == [
        "<h1>A</h1>" + table + table,
        "<p>no table</p>" + table + table + "<p>after</p>",  # text without tables costs nothing
    ]
    assert split_documents(sections, 5) == ["<h1>A</h1>" + table, table, "<p>no table</p>" + table, table,
                                            "<p>after</p>"]  # a table too big alone is a document
    assert "".join(split_documents(sections)) == "".join(sections)
