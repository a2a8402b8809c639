"""A one-page PDF of the recovery key, for printing.

It holds the key, the date it was made and plain instructions; no name or any other
personal content.  Written atomically with owner-only permissions: it is a secret.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPaintDevice, QPainter, QPdfWriter, QTextDocument

from companion.storage.atomic import atomic_write_bytes
from companion.ui.i18n import translate
from companion.ui.print_document import draw_on_paper

if TYPE_CHECKING:
    from companion.storage.recovery_key import RecoveryKey

RESOLUTION_DPI = 300
# 20 mm all round fits both A4 and US Letter printers' unprintable edges.
MARGIN_MM = 20.0
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
    }
)


def page_size_for(locale: QLocale) -> QPageSize:
    """US Letter where that is the paper people have, A4 everywhere else."""
    if locale.territory() in _LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def _document_html(recovery: RecoveryKey, created: datetime, locale: QLocale) -> str:
    local = created.astimezone()
    made_on = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    # One table: small group numbers above the groups ("group 3" is easy to find), no wrapping.
    numbers = "".join(
        f"<td align='center' style='font-size: 10pt; color: #555555'>{index}</td>"
        for index in range(1, len(recovery.groups) + 1)
    )
    groups = "".join(
        "<td align='center' style='font-family: monospace; font-size: 20pt; font-weight: bold'>"
        f"{html.escape(group)}</td>"
        for group in recovery.groups
    )
    steps = [
        translate("RecoveryKeyPdf",
                  "This key opens your companion vault if you ever forget your passphrase."),
        translate(
            "RecoveryKeyPdf",
            "Keep this paper somewhere safe and private, as you would a passport. "
            "Anyone who has this key and your computer could read your vault."
        ),
        translate(
            "RecoveryKeyPdf",
            "To use it: on the unlock screen choose “Forgot your passphrase? Use your recovery key”, "
            "type the key (spaces, dashes and capital letters do not matter), then choose a new passphrase."
        ),
        translate("RecoveryKeyPdf", "If you saved this page as a file, delete the file once it is printed."),
    ]
    items = "".join(f"<li style='margin-bottom: 8pt'>{html.escape(step)}</li>" for step in steps)
    title = translate("RecoveryKeyPdf", "companion — recovery key")
    made = translate("RecoveryKeyPdf", "Made on %1").replace("%1", made_on)
    return (
        f"<h1 style='font-size: 20pt'>{html.escape(title)}</h1>"
        f"<p style='font-size: 12pt'>{html.escape(made)}</p>"
        "<table border='1' cellspacing='0' cellpadding='8' style='border-collapse: collapse; "
        "border-color: #777777; margin-top: 12pt; margin-bottom: 18pt'>"
        f"<tr>{numbers}</tr><tr>{groups}</tr></table>"
        f"<ul style='font-size: 12pt; margin-top: 12pt'>{items}</ul>"
    )


def layout_recovery_key_document(
    device: QPaintDevice, recovery: RecoveryKey, created: datetime, locale: QLocale
) -> QTextDocument:
    """The page's text laid out for ``device`` (its resolution decides how big a point is)."""
    document = QTextDocument()
    # Without this the layout uses the screen's resolution and text prints a few points high.
    document.documentLayout().setPaintDevice(device)
    body_font = QFont()
    body_font.setPointSize(12)
    document.setDefaultFont(body_font)
    document.setHtml(_document_html(recovery, created, locale))
    document.setPageSize(QSizeF(device.width(), device.height()))
    return document


def render_recovery_key_pdf(recovery: RecoveryKey, created: datetime, locale: QLocale | None = None) -> bytes:
    """The PDF's bytes (nothing touches the disk here)."""
    locale = QLocale() if locale is None else locale
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(translate("RecoveryKeyPdf", "companion recovery key"))
    writer.setCreator("companion")
    writer.setPageLayout(
        QPageLayout(
            page_size_for(locale),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = layout_recovery_key_document(writer, recovery, created, locale)
    painter = QPainter(writer)
    draw_on_paper(painter, document)
    painter.end()
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def write_recovery_key_pdf(path: Path, recovery: RecoveryKey, created: datetime) -> None:
    """Write the printable recovery key to ``path`` (temp file then replace; mode 0600).

    Raises :class:`companion.storage.errors.DiskError` when the disk refuses the write.
    """
    atomic_write_bytes(path, render_recovery_key_pdf(recovery, created), what="the recovery key PDF")
