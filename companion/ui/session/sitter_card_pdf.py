"""The sitter card: one printed page for the support person who stays with the patient (DESIGN.md §2).

It says what to watch for, the check-in rhythm, what each session screen asks, what to do in an
emergency, and the numbers, the address and the allergies from the care plan.  It never holds the
sitter's code: nothing here is given one.  Large, plain, black on white; QPdfWriter embeds the fonts.
The body is set as large as still fits one page (long addresses and names shrink it a little).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
)
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPaintDevice, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from companion.domain.care_plan import CarePlan, Route
from companion.storage.atomic import atomic_write_bytes
from companion.ui.core_text import number_text
from companion.ui.print_document import draw_on_paper
from companion.ui.session.help_panel import EMERGENCY_SIGNS
from companion.ui.widgets.save_dialog import ask_where_to_save

RESOLUTION_DPI = 300
# 12 mm all round: well inside any A4 or US Letter printer's unprintable edge, and room for the text.
MARGIN_MM = 12.0
# The largest body size that keeps the card on one page is used: 12 pt fits an ordinary plan, and
# the longest address and clinician's name the care plan allows still fit at 10 pt on Letter.
BODY_POINT_SIZES = tuple(12.0 - step / 4 for step in range(13))  # 12, 11.75, … 9


def default_page_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """US Letter where the locale measures in US units, A4 everywhere else."""
    locale = QLocale() if locale is None else locale
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def _or_missing(value: str) -> str:
    value = value.strip()
    return value if value else QCoreApplication.translate("SitterCard", "not yet in the care plan")


def _number(value: str) -> str:
    """A phone number: bold, larger, and never broken across lines."""
    return f"<nobr><b><span style='font-size: large'>{html.escape(value.strip())}</span></b></nobr>"


def _route(route: Route) -> str:
    labels = {
        Route.SUBLINGUAL: QCoreApplication.translate("SitterCard", "under the tongue (sublingual)"),
        Route.ORAL: QCoreApplication.translate("SitterCard", "swallowed (oral)"),
        Route.INTRANASAL: QCoreApplication.translate("SitterCard", "nasal spray (intranasal)"),
        Route.INTRAMUSCULAR: QCoreApplication.translate("SitterCard", "injection (intramuscular)"),
    }
    return labels[route]


def _medication(plan: CarePlan) -> str:
    if plan.dose_mg <= 0:
        return html.escape(_or_missing(""))
    dose = number_text(plan.dose_mg)
    return html.escape(
        QCoreApplication.translate("SitterCard", "%1, %2 mg, %3")
        .replace("%1", plan.medication_name.strip()).replace("%2", dose).replace("%3", _route(plan.route))
    )


def _warning_signs() -> list[str]:
    """The app's emergency signs, worded as in Help, plus the two a check-in asks about unless Help's
    list already names them ("hard to wake", "breathing slowly" are emergency signs, DESIGN.md §3)."""
    # The tuple is marked with QT_TRANSLATE_NOOP("Session", …): the same context finds its translations.
    signs = [QCoreApplication.translate("Session", sign) for sign in EMERGENCY_SIGNS]
    if not any("hard to wake" in sign for sign in EMERGENCY_SIGNS):
        signs.append(QCoreApplication.translate("SitterCard", "very sleepy or hard to wake"))
    if not any("breathing slowly" in sign for sign in EMERGENCY_SIGNS):
        signs.append(QCoreApplication.translate("SitterCard", "breathing slowly or shallowly"))
    return signs


def _minutes_list(minutes: tuple[int, ...]) -> str:
    return ", ".join(str(m) for m in sorted(minutes))


def _numbers_table(plan: CarePlan) -> str:
    clinician = html.escape(_or_missing(plan.clinician_name))
    if plan.clinician_phone.strip():
        clinician += "&nbsp;&nbsp; " + _number(plan.clinician_phone)
    crisis = html.escape(QCoreApplication.translate("SitterCard", "Crisis line"))
    rows = (
        (QCoreApplication.translate("SitterCard", "Emergency"),
         f"{_number(plan.emergency_number)}&nbsp;&nbsp;&nbsp;&nbsp; <b>{crisis}</b>&nbsp; "
         f"{_number(plan.crisis_line)}"),
        (QCoreApplication.translate("SitterCard", "Clinician"), clinician),
        (QCoreApplication.translate("SitterCard", "Address"), html.escape(_or_missing(plan.patient_address))),
        (QCoreApplication.translate("SitterCard", "Allergies"), html.escape(_or_missing(plan.allergies))),
        (QCoreApplication.translate("SitterCard", "Medication"), _medication(plan)),
        (QCoreApplication.translate("SitterCard", "Dose taken at"), ""),
    )
    cells = "".join(f"<tr><td width='18%'><b>{html.escape(label)}</b></td><td>{value}</td></tr>"
                    for label, value in rows)
    return ("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
            f"style='border-collapse: collapse; border-color: black'>{cells}</table>")


def _section(title: str) -> str:
    return f"<h2>{html.escape(title)}</h2>"


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _list(items: list[str], tag: str = "ul") -> str:
    return f"<{tag}>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + f"</{tag}>"


def _watch_for(plan: CarePlan) -> str:
    signs = _warning_signs()
    half = (len(signs) + 1) // 2
    columns = ("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
               f"<td width='50%'>{_list(signs[:half])}</td><td width='50%'>{_list(signs[half:])}</td>"
               "</tr></table>")
    return (
        _section(QCoreApplication.translate("SitterCard", "Watch for these — call %1 at once")
                 .replace("%1", plan.emergency_number.strip()))
        + columns
        + _paragraph(QCoreApplication.translate(
            "SitterCard", "Feeling detached, dreamy or confused is common and usually passes. Speak calmly "
            "and remind the patient where they are. If the distress does not ease, or they talk about "
            "harming themselves, call or text the crisis line %1.").replace("%1", plan.crisis_line.strip()))
    )


def _emergency(plan: CarePlan) -> str:
    steps = [
        QCoreApplication.translate("SitterCard", "Call %1.").replace("%1", plan.emergency_number.strip()),
        QCoreApplication.translate(
            "SitterCard", "Tell them the address; the medication, the dose and the time it was taken; the "
            "latest readings; other medicines taken today; the allergies. Help → “For the paramedics” shows "
            "them all."),
        QCoreApplication.translate("SitterCard", "Unlock the door for the ambulance crew."),
        QCoreApplication.translate(
            "SitterCard", "Stay with the patient. If they are very drowsy or feel sick, help them onto "
            "their side."),
        QCoreApplication.translate("SitterCard", "When it is safe, call the clinician."),
    ]
    return _section(QCoreApplication.translate("SitterCard", "In an emergency")) + _list(steps, "ol")


def _checkins(plan: CarePlan) -> str:
    questions = [
        QCoreApplication.translate("SitterCard", "Very sleepy or hard to wake?"),
        QCoreApplication.translate("SitterCard", "Detached or confused?"),
        QCoreApplication.translate("SitterCard", "Breathing slowly or shallowly?"),
    ]
    rhythm = (QCoreApplication.translate(
        "SitterCard", "From the dose on, every %1 minutes a chime sounds and the screen asks you to check "
        "in. Answer within %2 minutes. Look at the patient and answer yes or no:")
        .replace("%1", str(plan.checkin_interval_minutes)).replace("%2", str(plan.checkin_grace_minutes)))
    if plan.sitter_code_required:
        confirm = QCoreApplication.translate(
            "SitterCard", "Then type your code and press “I'm here — all well”. Forgot it? Press “I forgot "
            "my code”. “I'm worried” always works, even without the code. “Yes” to sleepy or to breathing "
            "slowly opens the emergency guidance.")
    else:
        confirm = QCoreApplication.translate(
            "SitterCard", "Then press “I'm here — all well”. “I'm worried” always works. “Yes” to sleepy "
            "or to breathing slowly opens the emergency guidance.")
    title = QCoreApplication.translate("SitterCard", "Check in every %1 minutes") \
        .replace("%1", str(plan.checkin_interval_minutes))
    return _section(title) + _paragraph(rhythm) + _list(questions) + _paragraph(confirm)


def _screens(plan: CarePlan) -> str:
    if plan.bp_recheck_minutes:
        when = (QCoreApplication.translate("SitterCard", "%1 minutes after the dose")
                .replace("%1", _minutes_list(plan.bp_recheck_minutes)))
        if plan.bp_recheck_at_end:
            when = QCoreApplication.translate("SitterCard", "%1 and at the end").replace("%1", when)
    else:
        when = QCoreApplication.translate("SitterCard", "the end")
    readings = QCoreApplication.translate("SitterCard", "Blood pressure: at %1, measure blood pressure and "
                                          "heart rate and type them in.").replace("%1", when)
    if plan.kit_has_oximeter:
        readings += " " + QCoreApplication.translate(
            "SitterCard", "Also the oxygen level (SpO2) from the finger clip: below %1 is urgent.") \
            .replace("%1", f"{plan.spo2_urgent_below}\u00a0%")
    readings += " " + QCoreApplication.translate(
        "SitterCard", "If a reading needs attention, the screen says what to do.")
    recovery = QCoreApplication.translate(
        "SitterCard", "Recovery check, after %1 minutes: does the patient respond normally, walk steadily "
        "without help, and feel no sickness (or only mild and easing)? And a last reading. If it does not "
        "pass, keep watching; the check comes back later.") \
        .replace("%1", str(plan.minimum_monitoring_minutes))
    help_ = QCoreApplication.translate(
        "SitterCard", "Help is always on the screen: the emergency signs, distress, what to do meanwhile, "
        "and what to tell the paramedics.")
    return (_section(QCoreApplication.translate("SitterCard", "What the screens ask"))
            + _list([readings, recovery, help_]))


def sitter_card_html(plan: CarePlan, body_pt: float = BODY_POINT_SIZES[0]) -> str:
    """The card's text as the rich-text subset QTextDocument lays out."""
    title = QCoreApplication.translate("SitterCard", "Sitter card — companion")
    intro = QCoreApplication.translate(
        "SitterCard", "Stay with the patient from the dose until the recovery check has passed. Never leave "
        "them alone, even for a moment. Keep your phone charged and close.")
    # Qt's rich text takes margins in CSS pixels (1/96 inch, scaled to the device), not in points.
    gap = body_pt * 0.3 * 96 / 72
    style = (f"body {{ font-size: {body_pt:g}pt; }} "
             f"h1 {{ font-size: {body_pt * 1.7:g}pt; margin-top: 0; margin-bottom: {gap:.0f}px; }} "
             f"h2 {{ font-size: {body_pt * 1.25:g}pt; margin-top: {2 * gap:.0f}px; "
             f"margin-bottom: {gap:.0f}px; }} "
             f"p {{ margin-top: {gap:.0f}px; margin-bottom: {gap:.0f}px; }} "
             f"ul, ol {{ margin-top: {gap:.0f}px; margin-bottom: {gap:.0f}px; -qt-list-indent: 1; }} "
             f"li {{ margin-bottom: {gap / 3:.0f}px; }} "
             f"table {{ margin-top: {gap:.0f}px; margin-bottom: {gap:.0f}px; }}")
    return (f"<html><head><style>{style}</style></head><body>"
            f"<h1>{html.escape(title)}</h1>" + _paragraph(intro) + _numbers_table(plan)
            + _watch_for(plan) + _emergency(plan) + _checkins(plan) + _screens(plan)
            + "</body></html>")


def layout_sitter_card(device: QPaintDevice, plan: CarePlan, body_pt: float) -> QTextDocument:
    """The card laid out for ``device`` (its resolution decides how big a point is)."""
    document = QTextDocument()
    # Without this the layout uses the screen's resolution and the text prints a few points high.
    document.documentLayout().setPaintDevice(device)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(body_pt)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(sitter_card_html(plan, body_pt))
    document.setPageSize(QSizeF(device.width(), device.height()))
    return document


def fitted_sitter_card(device: QPaintDevice, plan: CarePlan) -> tuple[QTextDocument, float]:
    """The card at the largest body size that fits one page (the smallest size if none does)."""
    for body_pt in BODY_POINT_SIZES:
        document = layout_sitter_card(device, plan, body_pt)
        if document.pageCount() == 1:
            break
    return document, body_pt


def render_sitter_card(plan: CarePlan, page_size: QPageSize.PageSizeId | None = None) -> bytes:
    """The PDF's bytes (nothing touches the disk here)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(QCoreApplication.translate("SitterCard", "Sitter card — companion"))
    writer.setCreator("companion")
    writer.setPageLayout(QPageLayout(
        QPageSize(default_page_size() if page_size is None else page_size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    ))
    document, _body_pt = fitted_sitter_card(writer, plan)
    height = float(writer.height())
    painter = QPainter(writer)
    # One page unless a plan is longer than the fields allow; then nothing is cut off: it goes on.
    for page in range(document.pageCount()):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * height)
        draw_on_paper(painter, document, QRectF(0, page * height, float(writer.width()), height))
        painter.restore()
    painter.end()
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def write_sitter_card(plan: CarePlan, path: Path, *, page_size: QPageSize.PageSizeId | None = None) -> None:
    """Write the sitter card to ``path`` (a temporary file in the same folder, then a replace).

    The paper size follows the locale (Letter in the US, A4 elsewhere) unless ``page_size`` says.
    Owner-only like every file the app writes: the card holds the address and the allergies.
    Raises :class:`companion.storage.errors.DiskError` when the disk refuses the write.
    """
    atomic_write_bytes(path, render_sitter_card(plan, page_size), what="the sitter card")


def ask_where_to_save_sitter_card(parent: QWidget) -> Path | None:
    """The save dialog for the sitter card; ``None`` when cancelled."""
    return ask_where_to_save(parent, QCoreApplication.translate("SitterCard", "Save the sitter card"),
                             "sitter-card.pdf", QCoreApplication.translate("SitterCard", "PDF files (*.pdf)"))
