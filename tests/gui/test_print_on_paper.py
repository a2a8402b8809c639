"""Every PDF the app prints is black on white, whatever the screen's theme.

With the dark or high-contrast theme, QTextDocument took the application's white text colour and
every PDF (the report, the sitter card, the recovery key) came out blank. pdftotext still finds
white text, so the pages are rendered and their dark pixels counted.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from companion.domain.care_plan import CarePlan
from companion.export.report_model import build_report
from companion.storage.recovery_key import RecoveryKey
from companion.ui import theme
from companion.ui.export.report_pdf import render_report_pdf
from companion.ui.recovery_key_pdf import render_recovery_key_pdf
from companion.ui.session.sitter_card_pdf import render_sitter_card
from tests.fixtures.report_history import report_history

PLAN = CarePlan(dose_mg=56.0, clinician_name="Dr Test", clinician_phone="555 0100",
                patient_address="1 Test Road", allergies="none known")


def _report() -> bytes:
    return render_report_pdf(build_report(report_history()))


def _sitter_card() -> bytes:
    return render_sitter_card(PLAN)


def _recovery_key() -> bytes:
    return render_recovery_key_pdf(RecoveryKey.generate(), datetime(2026, 1, 5, 9, 0, tzinfo=UTC))


@pytest.fixture(params=["dark", "high_contrast"])
def dark_screen(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    theme.apply_appearance(qapp, request.param, 100)
    yield request.param
    theme.apply_appearance(qapp, "light", 100)


def _dark_share(pdf: bytes, page: int, tmp_path: Path) -> float:
    source = tmp_path / "page.pdf"
    source.write_bytes(pdf)
    image = subprocess.run(["pdftoppm", "-gray", "-r", "30", "-f", str(page), "-l", str(page), str(source)],
                           capture_output=True, check=True).stdout
    # A binary PGM: "P5\n<w> <h>\n255\n" then one byte a pixel.
    header_end = image.index(b"255\n") + 4
    pixels = image[header_end:]
    return sum(1 for value in pixels if value < 128) / len(pixels)


@pytest.mark.parametrize(("render", "pages"),
                         [(_report, (1, 3, 5)), (_sitter_card, (1,)), (_recovery_key, (1,))],
                         ids=["report", "sitter_card", "recovery_key"])
def test_printed_text_is_dark_on_a_dark_screen(dark_screen: str, render: Callable[[], bytes],
                                               pages: tuple[int, ...], tmp_path: Path) -> None:
    pdf = render()
    for page in pages:
        assert _dark_share(pdf, page, tmp_path) > 0.01, f"page {page} is blank with the {dark_screen} theme"
