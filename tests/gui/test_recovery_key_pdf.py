"""The printable recovery key: a real one-page PDF with the key at a readable size."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
import unicodedata
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from pytestqt.qtbot import QtBot

from companion.storage.errors import DiskError
from companion.storage.recovery_key import RecoveryKey
from companion.ui.recovery_key_pdf import (
    layout_recovery_key_document,
    page_size_for,
    render_recovery_key_pdf,
    write_recovery_key_pdf,
)

CREATED = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


# -- a small reader for the PDFs Qt writes (Type0 fonts with ToUnicode maps) -------------------
def _objects(pdf: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", pdf, re.S)}


def _stream(body: bytes) -> bytes:
    match = re.search(rb"stream\r?\n(.*?)endstream", body, re.S)
    assert match is not None
    data = match.group(1)
    return zlib.decompress(data) if b"/FlateDecode" in body else data


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be")


def _to_unicode_map(cmap: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(source, 16)] = _utf16(target)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, rest in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block
        ):
            codes = range(int(low, 16), int(high, 16) + 1)
            if rest.startswith(b"["):
                targets = [_utf16(t) for t in re.findall(rb"<([0-9A-Fa-f]+)>", rest)]
                mapping.update(zip(codes, targets, strict=False))
            else:
                start = int(rest[1:-1], 16)
                mapping.update({code: chr(start + i) for i, code in enumerate(codes)})
    return mapping


def pdf_text_and_sizes(pdf: bytes) -> tuple[str, list[tuple[str, float]]]:
    """All text (one line per text block) and each block's text with its size in points."""
    objects = _objects(pdf)
    fonts: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for name, number in re.findall(rb"/(F\d+) (\d+) 0 R", body):
            unicode_ref = re.search(rb"/ToUnicode (\d+) 0 R", objects[int(number)])
            assert unicode_ref is not None
            fonts[name] = _to_unicode_map(_stream(objects[int(unicode_ref.group(1))]))
    page = next(body for body in objects.values() if re.search(rb"/Type /Page\b", body))
    contents = re.search(rb"/Contents (\d+) 0 R", page)
    assert contents is not None
    content = _stream(objects[int(contents.group(1))])
    scale_match = re.search(rb"([\d.]+) 0 0 -?[\d.]+ [\d.]+ [\d.]+ cm", content)
    scale = float(scale_match.group(1)) if scale_match else 1.0
    blocks: list[tuple[str, float]] = []
    for block in re.findall(rb"BT(.*?)ET", content, re.S):
        font = re.search(rb"/(F\d+) ([\d.]+) Tf", block)
        assert font is not None
        glyphs = fonts[font.group(1)]
        text = "".join(
            glyphs.get(int(code[i : i + 4], 16), "?")
            for code in re.findall(rb"<([0-9A-Fa-f]+)> Tj", block)
            for i in range(0, len(code), 4)
        )
        blocks.append((text, float(font.group(2)) * scale))
    return "\n".join(text for text, _size in blocks), blocks


# -- tests ------------------------------------------------------------------------------------
def test_pdf_holds_the_key_the_date_and_instructions_at_a_readable_size(qtbot: QtBot) -> None:
    recovery = RecoveryKey.generate()
    pdf = render_recovery_key_pdf(
        recovery, CREATED, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    assert pdf.startswith(b"%PDF-")
    assert pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page\r") == 1
    text, blocks = pdf_text_and_sizes(pdf)
    flat = " ".join(unicodedata.normalize("NFKC", text).split())
    assert " ".join(recovery.groups) in flat  # in order, and the key did not wrap
    assert "5 January 2026" in flat
    assert "forget your passphrase" in flat
    assert "Use your recovery key" in flat
    key_sizes = [size for block, size in blocks if recovery.groups[0] in block]
    body_sizes = [size for block, size in blocks if "passport" in block]
    # Laid out for 300 dpi: a layout left at screen resolution would print a few points high.
    assert key_sizes and min(key_sizes) >= 18
    assert body_sizes and min(body_sizes) >= 10


def test_pdf_uses_letter_paper_in_the_united_states(qtbot: QtBot) -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert page_size_for(us).id() == QPageSize.PageSizeId.Letter
    assert (
        page_size_for(QLocale(QLocale.Language.German, QLocale.Country.Germany)).id()
        == QPageSize.PageSizeId.A4
    )
    assert b"/MediaBox [0 0 612" in render_recovery_key_pdf(RecoveryKey.generate(), CREATED, us)


def test_written_atomically_owner_only_and_replaces_an_old_copy(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "recovery.pdf"
    target.write_bytes(b"old")
    recovery = RecoveryKey.generate()
    write_recovery_key_pdf(target, recovery, CREATED)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert recovery.groups[-1] in pdf_text_and_sizes(data)[0]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["recovery.pdf"]  # no temporary file left


def test_an_unwritable_place_gives_a_calm_disk_error(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(DiskError):
        write_recovery_key_pdf(tmp_path / "missing" / "recovery.pdf", RecoveryKey.generate(), CREATED)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdftotext_reads_the_key(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "recovery.pdf"
    recovery = RecoveryKey.generate()
    write_recovery_key_pdf(target, recovery, CREATED)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    for group in recovery.groups:
        assert group in text


def test_preview_of_the_printed_page(qtbot: QtBot, artifacts_dir: Path) -> None:
    """The same layout painted at 100 dpi on the A4 text area, for a person to look at."""
    dots_per_metre = round(100 / 0.0254)
    image = QImage(round(170 / 25.4 * 100), round(257 / 25.4 * 100), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    recovery = RecoveryKey.generate()
    document = layout_recovery_key_document(image, recovery, CREATED, QLocale(QLocale.Language.English))
    assert document.pageCount() == 1
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    assert image.save(str(artifacts_dir / "recovery_key_pdf_preview.png"))
