"""The sitter card: one printed page, the numbers and every emergency sign on it, never the code."""

from __future__ import annotations

import inspect
import re
import shutil
import statistics
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.domain.care_plan import CarePlan
from companion.domain.clock import FakeClock
from companion.storage.errors import DiskError
from companion.ui.session.help_panel import EMERGENCY_SIGNS
from companion.ui.session.sitter_card_pdf import (
    BODY_POINT_SIZES,
    default_page_size,
    fitted_sitter_card,
    render_sitter_card,
    write_sitter_card,
)
from tests.gui.conftest import Render, UnlockedWindowFactory

A4 = QPageSize.PageSizeId.A4
LETTER = QPageSize.PageSizeId.Letter
POPPLER = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("pdfinfo", "pdftotext", "pdftoppm", "pdffonts")),
    reason="poppler-utils is not installed",
)

# No group of four digits anywhere, so a 4-digit run in the card could only be a code.
TYPICAL = CarePlan(
    dose_mg=56, clinician_name="Dr Maya Okafor", clinician_phone="+1 555 013 44",
    emergency_number="911", crisis_line="988", patient_address="12 Elm Street, Springfield, MA",
    allergies="penicillin (rash)",
)
# Every text field at the longest the care plan allows (DESIGN: fits one page at both sizes).
LONGEST_ADDRESS = ("Apartment 12B, The Old Woollen Mill Building, 1234 Long Riverside Boulevard North, "
                   "Springfield Heights, Hampden County, Massachusetts 01105, United States "
                   "(side entrance by the garage; ring 12B twice)")
LONGEST_CLINICIAN = "Dr Alexandra Montgomery-Fitzwilliam, Riverside Ketamine & Mood Disorders Clinic"
LONGEST = CarePlan(  # valid: each text at or near its limit
    medication_name="ketamine hydrochloride orally disintegrating tablets (compounded)",
    dose_mg=112.5, clinician_name=LONGEST_CLINICIAN, clinician_phone="+1 (555) 013-4477 123 456 789",
    emergency_number="+44 999 112 000 000", crisis_line="+1 800 273 825 500",
    patient_address=LONGEST_ADDRESS,
    allergies=("penicillin (hives), sulfonamides, latex, shellfish, adhesive tape, ibuprofen (asthma), "
               "codeine (vomiting), eggs, peanuts and tree nuts, bee stings (anaphylaxis)"),
    kit_has_oximeter=True, bp_recheck_minutes=(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120),
)
# Emergency signs by DESIGN.md §3, whether Help words them on their own or inside another sign.
EXTRA_SIGNS = ("hard to wake", "breathing slowly or shallowly")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def _run(*argv: str) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _written(tmp_path: Path, plan: CarePlan, size: QPageSize.PageSizeId, name: str = "card.pdf") -> Path:
    target = tmp_path / name
    write_sitter_card(plan, target, page_size=size)
    return target


@POPPLER
@pytest.mark.parametrize(("size", "paper"), [(A4, "595 x 842 pts (A4)"), (LETTER, "612 x 792 pts (letter)")])
def test_the_longest_plan_fits_one_page_at_a_readable_size(
    english: None, tmp_path: Path, size: QPageSize.PageSizeId, paper: str
) -> None:
    target = _written(tmp_path, LONGEST, size)
    info = _run("pdfinfo", str(target))
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    assert paper in info
    assert b"/Count 1" in target.read_bytes()
    text = _flat(_run("pdftotext", str(target), "-"))
    assert LONGEST.patient_address in text
    assert LONGEST.clinician_name in text
    assert LONGEST.clinician_phone in text and LONGEST.emergency_number in text
    assert LONGEST.allergies in text
    assert "SpO2" in text and "below 93 % is urgent" in text
    assert "10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120 minutes after the dose and at the end" in text
    # Word boxes of the printed text: body text at least about 10 pt, not a screen-sized layout.
    bbox = _run("pdftotext", "-bbox", str(target), "-")
    boxes = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', bbox)
    heights = [float(bottom) - float(top) for top, bottom in boxes]
    assert statistics.median(heights) >= 10 * 1.1, statistics.median(heights)


@pytest.mark.parametrize("size", [A4, LETTER])
def test_body_size_is_large_for_an_ordinary_plan_and_readable_for_the_longest(
    english: None, size: QPageSize.PageSizeId
) -> None:
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPdfWriter

    from companion.ui.session.sitter_card_pdf import MARGIN_MM, RESOLUTION_DPI

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait, margins,
                                     QPageLayout.Unit.Millimeter))
    document, typical_pt = fitted_sitter_card(writer, TYPICAL)
    assert document.pageCount() == 1 and typical_pt >= 11
    document, longest_pt = fitted_sitter_card(writer, LONGEST)
    assert document.pageCount() == 1 and longest_pt >= 10
    assert BODY_POINT_SIZES[0] == 12


@POPPLER
@pytest.mark.parametrize("size", [A4, LETTER])
def test_card_has_the_numbers_the_address_every_sign_and_the_rhythm(
    english: None, tmp_path: Path, size: QPageSize.PageSizeId
) -> None:
    text = _flat(_run("pdftotext", str(_written(tmp_path, TYPICAL, size)), "-"))
    assert "Sitter card — companion" in text
    for number in ("911", "988", "+1 555 013 44"):
        assert number in text
    assert "Dr Maya Okafor" in text
    assert "12 Elm Street, Springfield, MA" in text
    assert "penicillin (rash)" in text
    signs = text[text.index("Watch for these"):text.index("Feeling detached")]
    for sign in (*EMERGENCY_SIGNS, *EXTRA_SIGNS):
        assert sign in signs, sign
    assert signs.count("breathing slowly") == 1 and signs.count("hard to wake") == 1  # no sign twice
    assert "detached, dreamy or confused is common and usually passes" in text
    assert "every 15 minutes a chime sounds" in text and "Answer within 2 minutes" in text
    questions = ("Very sleepy or hard to wake?", "Detached or confused?", "Breathing slowly or shallowly?")
    for question in questions:
        assert question in text
    assert "“I'm worried” always works" in text and "“I forgot my code”" in text
    assert "40 minutes after the dose and at the end" in text
    assert "Recovery check, after 120 minutes" in text
    assert "ketamine, 56 mg, under the tongue (sublingual)" in text
    assert "Call 911." in text and "Unlock the door for the ambulance crew." in text
    assert "the time it was taken" in text and "the latest readings" in text
    assert "SpO2" not in text  # this kit has no oximeter


@POPPLER
def test_the_sitters_code_is_never_on_the_card(english: None, tmp_path: Path) -> None:
    # The function is never given a code, so it cannot print one ...
    assert list(inspect.signature(write_sitter_card).parameters) == ["plan", "path", "page_size"]
    # ... and nothing on the card looks like one: the plan has no 4-digit group anywhere.
    text = _run("pdftotext", str(_written(tmp_path, TYPICAL, LETTER)), "-")
    assert re.findall(r"(?<!\d)\d{4}(?!\d)", text) == []
    assert "your code" in text  # it says to type it, without saying it


@POPPLER
def test_missing_address_and_allergies_say_so(english: None, tmp_path: Path) -> None:
    text = _flat(_run("pdftotext", str(_written(tmp_path, CarePlan(), A4)), "-"))
    assert text.count("not yet in the care plan") >= 4  # address, allergies, clinician, medication


@POPPLER
def test_fonts_are_embedded(english: None, tmp_path: Path) -> None:
    rows = _run("pdffonts", str(_written(tmp_path, TYPICAL, A4))).splitlines()[2:]
    assert rows
    for row in rows:  # name type encoding emb sub uni object ID
        assert row.split()[-5] == "yes", row


def test_paper_follows_the_locale_unless_told(qapp: QApplication) -> None:
    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == LETTER
    assert default_page_size(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == A4
    assert default_page_size(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == A4
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert b"/MediaBox [0 0 612.0" in render_sitter_card(TYPICAL)
        assert b"/MediaBox [0 0 595" in render_sitter_card(TYPICAL, A4)
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
        assert b"/MediaBox [0 0 595" in render_sitter_card(TYPICAL)
    finally:
        QLocale.setDefault(before)


def test_written_atomically_replacing_an_old_copy(english: None, tmp_path: Path) -> None:
    target = tmp_path / "sitter-card.pdf"
    target.write_bytes(b"old")
    write_sitter_card(TYPICAL, target, page_size=A4)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["sitter-card.pdf"]  # no temporary file left


def test_an_unwritable_place_gives_a_calm_disk_error(english: None, tmp_path: Path) -> None:
    with pytest.raises(DiskError):
        write_sitter_card(TYPICAL, tmp_path / "missing" / "card.pdf", page_size=A4)


class _Shouting(QTranslator):
    """Upper-cases every message of the sitter card's context and the session's."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        # Every other message unchanged: an empty answer would count as a translation (Qt's page
        # size names are translated too, and an empty name leaves the writer with no page).
        return source.upper() if context in ("SitterCard", "Session") else source


@POPPLER
def test_every_sentence_goes_through_the_translator(english: None, tmp_path: Path) -> None:
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        text = _flat(_run("pdftotext", str(_written(tmp_path, TYPICAL, A4)), "-"))
    finally:
        QCoreApplication.removeTranslator(translator)
    letters = re.sub(r"[^a-z]", "", text.replace("Dr Maya Okafor", "").replace("Elm Street, Springfield", "")
                     .replace("penicillin (rash)", "").replace("ketamine", "").replace("mg", ""))
    assert letters == "", letters  # only the plan's own words are left in lower case
    assert "CHEST PAIN" in text and "SITTER CARD — COMPANION" in text


@POPPLER
def test_pictures_of_the_printed_pages(english: None, tmp_path: Path, artifacts_dir: Path) -> None:
    """Page 1 of the longest plan on each paper, for a person to look at."""
    for size, name in ((A4, "sitter_card_a4"), (LETTER, "sitter_card_letter")):
        target = _written(tmp_path, LONGEST, size, f"{name}.pdf")
        _run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(target),
             str(artifacts_dir / name))
        assert (artifacts_dir / f"{name}.png").stat().st_size > 0
    target = _written(tmp_path, TYPICAL, LETTER, "typical.pdf")
    _run("pdftoppm", "-png", "-r", "60", "-singlefile", str(target),
         str(artifacts_dir / "sitter_card_typical"))


def test_the_longest_plan_is_a_valid_plan_at_the_field_limits() -> None:
    assert LONGEST.problems() == [] and LONGEST.session_problems() == []
    assert len(LONGEST.patient_address) == 200 and len(LONGEST.clinician_name) >= 79


def test_the_session_page_saves_the_sitter_card_off_the_gui_thread(
    qtbot: QtBot, open_unlocked_window: UnlockedWindowFactory, fake_clock: FakeClock, render: Render,
    tmp_path: Path,
) -> None:
    from tests.gui.session_helpers import SessionWalker

    window = open_unlocked_window()
    walker = SessionWalker(qtbot, window, fake_clock, render)
    assert window.shell is not None
    window.shell.show_page("session")
    walker.save_plan()
    walker.stored(walker.page.reload)
    target = tmp_path / "card"
    walker.page.ask_sitter_card_path = lambda _parent: target.with_suffix(".pdf")
    walker.page.start_view.sitter_card_button.click()
    note = walker.page.start_view.card_note
    qtbot.waitUntil(lambda: "was saved" in note.text(), timeout=20_000)
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF") and "12 Harbour Lane" in _run("pdftotext", str(saved), "-")
    walker.render("start_sitter_card_saved")
