"""report.pdf: page 1 first and whole, every flag and session row in the text, A4 and Letter, fonts
embedded, pages rendered to tests/artifacts/report_page<N>.png to be looked at, off the GUI thread."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.export.export_data import ExportData, ExportOptions, ExportPeriod
from companion.export.report_model import Report, build_report
from companion.ui.background import BackgroundRunner
from companion.ui.export.report_format import clock_text, day_text, reading_text
from companion.ui.export.report_pdf import render_report_pdf, write_report_pdf
from companion.ui.export.report_style import default_page_size
from tests.fixtures.export_history import export_history
from tests.fixtures.report_history import report_history

A4 = QPageSize.PageSizeId.A4
LETTER = QPageSize.PageSizeId.Letter
POPPLER = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdfinfo", "pdftotext", "pdftoppm", "pdffonts")),
    reason="poppler-utils is not installed",
)
pytestmark = POPPLER


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def eight_weeks() -> Report:
    return build_report(report_history())


def _run(*argv: str) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _words(text: str) -> str:
    return " ".join(word for word in re.split(r"[^\w=().,:/\"'-]+", _flat(text)) if word)


def _pages(path: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)$", _run("pdfinfo", str(path)), re.M)
    assert match is not None
    return int(match.group(1))


def _page_text(path: Path, page: int, *, layout: bool = False) -> str:
    mode = "-layout" if layout else "-raw"
    return _run("pdftotext", mode, "-f", str(page), "-l", str(page), str(path), "-")


def _written(tmp_path: Path, report: Report, size: QPageSize.PageSizeId,
             name: str = "report.pdf") -> tuple[Path, int]:
    target = tmp_path / name
    pages = write_report_pdf(report, target, page_size=size)
    return target, pages


def _render_pngs(path: Path, artifacts_dir: Path, prefix: str, pages: int) -> list[Path]:
    """Each page at 70 dpi as <prefix><N>.png, for a person to look at."""
    for old in artifacts_dir.glob(f"{prefix}*.png"):
        old.unlink()
    written = []
    for page in range(1, pages + 1):
        stem = artifacts_dir / f"{prefix}{page}"
        _run("pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile", str(path),
             str(stem))
        written.append(stem.with_suffix(".png"))
    return written


def test_page_one_holds_header_attention_scores_and_summary(
    english: None, tmp_path: Path, eight_weeks: Report, artifacts_dir: Path
) -> None:
    report = eight_weeks
    path, pages = _written(tmp_path, report, A4)
    assert pages == _pages(path)
    first = _flat(_page_text(path, 1))
    header = report.header
    for text in (header.patient, header.export_id, header.key_fingerprint, "1 Mar 2026 – 26 Apr 2026",
                 "26 Apr 2026, 18:30 (UTC+01:00)", "companion 0.9.0",
                 "Patient-reported, not clinically verified"):
        assert text in first, text
    sections = ["Needs attention", "Scores — baseline to latest", "Sessions in the period", "Early ends"]
    assert [first.index(section) for section in sections] == sorted(first.index(s) for s in sections)
    # A typical eight weeks: every flag on page 1, each with its severity, date, sentence and status.
    for item in report.attention:
        assert _flat(item.text) in first, item.rule
        assert _flat(item.title) in first
    assert "continued on page" not in first
    assert first.count("OPEN") == report.open_flags
    assert "Flags: 11 (4 urgent, 4 high, 1 moderate, 2 for the record); open: 8" in first
    # The summary's numbers.
    summary = report.summary
    for text in ("15 dosed of 16 planned (Tue, Fri): 14 completed, 1 ended early, 1 stopped before the dose",
                 f"{summary.checkins_percent} % confirmed (116 of 117); 1 missed",
                 "median 124 min monitored", "lowest 91 %", "highest 184/106", "highest 166/96",
                 "17 moderately severe", "7 mild", "−10 points (−59 %), better", "Response: YES",
                 "Remission: no",
                 "10 mild, 1 moderate, 1 severe", "Felt very sick; we decided together to stop"):
        assert text in first, text
    assert _flat(_page_text(path, 2)).startswith("Charts — 1 Mar 2026 – 26 Apr 2026")
    _render_pngs(path, artifacts_dir, "report_page", pages)


def test_every_session_row_is_in_the_session_record(
    english: None, tmp_path: Path, eight_weeks: Report
) -> None:
    path, pages = _written(tmp_path, eight_weeks, A4)
    text = "\n".join(_page_text(path, page, layout=True) for page in range(3, pages + 1))
    for row in eight_weeks.record:
        record = row.record
        # One line per row in the layout: number, date, dose time and the reading before the dose.
        parts = [str(row.number), day_text(row.at), clock_text(record.dose_at),
                 reading_text(record.bp_before)]
        pattern = r"^\s*" + r"\s+.*?".join(re.escape(part) for part in parts)
        assert re.search(pattern, text, re.M), parts
    assert "Session record (after the Spravato REMS patient monitoring form)" in text


@pytest.mark.parametrize(("size", "paper", "turned"), [
    (A4, "595 x 842 pts (A4)", "842 x 595 pts (A4)"),
    (LETTER, "612 x 792 pts (letter)", "792 x 612 pts (letter)"),
])
def test_a4_and_letter_with_the_session_record_on_landscape_pages(
    english: None, tmp_path: Path, eight_weeks: Report, size: QPageSize.PageSizeId, paper: str, turned: str
) -> None:
    path, pages = _written(tmp_path, eight_weeks, size)
    info = _run("pdfinfo", "-f", "1", "-l", str(pages), str(path))
    sizes = re.findall(r"^Page\s+\d+ size:\s+(.+)$", info, re.M)
    assert len(sizes) == pages
    # The column headings are repeated on each page of the session record.
    record_pages = [page for page in range(1, pages + 1)
                    if "Medication, dose, route" in _flat(_page_text(path, page))]
    assert record_pages and all(sizes[page - 1] == turned for page in record_pages)
    assert all(sizes[page - 1] == paper for page in range(1, pages + 1) if page not in record_pages)
    assert sizes[0] == paper and sizes[1] == paper  # page 1 and the charts upright


def test_fonts_are_embedded(english: None, tmp_path: Path) -> None:
    path, _pages_written = _written(tmp_path, build_report(export_history()), A4)  # Arabic and emoji too
    lines = _run("pdffonts", str(path)).splitlines()[2:]
    assert lines
    for line in lines:
        assert re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line), line
        emb = line.split()[-5]
        assert emb == "yes", line


def test_the_golden_history_prints_every_flag_and_the_shared_entries(english: None, tmp_path: Path) -> None:
    data = export_history()
    report = build_report(data)
    path, pages = _written(tmp_path, report, A4)
    text = _flat("\n".join(_page_text(path, page) for page in range(1, pages + 1)))
    for item in report.attention:
        assert _flat(item.text) in text, item.rule
    assert "PCL-5" in text and "shared by patient" in text
    for entry in report.appendix.journal:
        for paragraph in entry.paragraphs:  # emoji may have no glyph in the print font: words only
            assert _words(paragraph) in _words(text)


def test_two_years_keep_page_one_to_one_page_and_continue_the_flags(
    english: None, tmp_path: Path, artifacts_dir: Path
) -> None:
    data = report_history(weeks=104, weekdays=(2,), repeat=13)
    started = time.perf_counter()
    report = build_report(data)
    built = time.perf_counter()
    path, pages = _written(tmp_path, report, A4)
    done = time.perf_counter()
    print(f"\n2-year report ({len(data.sessions)} sessions, {len(data.flags)} flags, {pages} pages): "
          f"model {1000 * (built - started):.0f} ms, PDF {1000 * (done - built):.0f} ms")
    first = _flat(_page_text(path, 1))
    assert "Sessions in the period" in first and "Early ends" in first  # the whole summary fits page 1
    assert re.search(r"More flags, continued on page 3: \d+", first)
    assert _flat(_page_text(path, 2)).startswith("Charts")
    assert _flat(_page_text(path, 3)).startswith("Needs attention, continued")
    everything = _flat("\n".join(_page_text(path, page) for page in range(1, pages + 1)))
    for item in report.attention:
        assert _flat(item.text) in everything
    assert everything.count("Page 1 of") == 1 and f"Page {pages} of {pages}" in everything
    _render_pngs(path, artifacts_dir, "report_long_page", 3)


def test_an_empty_period_still_makes_a_readable_report(english: None, tmp_path: Path) -> None:
    empty = ExportData(export_id="e0", generated_at=report_history().generated_at, app_version="0.9.0",
                       key_fingerprint="SHA256:x", care_plan=None,
                       options=ExportOptions(ExportPeriod(date(2026, 4, 1), date(2026, 4, 30))))
    path, pages = _written(tmp_path, build_report(empty), A4)
    assert pages == _pages(path) == 3  # page 1, the charts, the appendix (no session record)
    text = _flat(_run("pdftotext", "-raw", str(path), "-"))
    for sentence in ("No needs-attention flags in this period.", "No questionnaires answered yet.",
                     "No sessions in this period.", "No moods recorded in this period.",
                     "No blood pressure readings in this period.", "the patient"):
        assert sentence in text, sentence


def test_it_renders_off_the_gui_thread_and_into_a_device(
    english: None, tmp_path: Path, eight_weeks: Report, qtbot: QtBot
) -> None:
    runner = BackgroundRunner(max_threads=1)  # the app's one way off the GUI thread
    results: list[bytes] = []
    failures: list[BaseException] = []
    runner.run(lambda: render_report_pdf(eight_weeks, A4), results.append, failures.append)
    qtbot.waitUntil(lambda: bool(results or failures), timeout=60_000)
    runner.shutdown()
    assert not failures and results[0].startswith(b"%PDF")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = write_report_pdf(eight_weeks, buffer, page_size=A4)
    buffer.close()
    from_thread, from_device = tmp_path / "thread.pdf", tmp_path / "device.pdf"
    from_thread.write_bytes(results[0])
    from_device.write_bytes(bytes(buffer.data().data()))
    assert _pages(from_thread) == _pages(from_device) == pages
    assert _flat(_page_text(from_thread, 1)) == _flat(_page_text(from_device, 1))


def test_the_paper_follows_the_locale(qapp: QApplication) -> None:
    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == LETTER
    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == A4
    assert default_page_size(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)) == A4
