"""The Export page's form and what it shows (the page, export_page.py, adds what the buttons do)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPageSize, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.export.export_data import Section
from companion.services.export_actions import ExportStart
from companion.ui.export.report_style import default_page_size
from companion.ui.i18n import translate
from companion.ui.time_format import short_date_format
from companion.ui.widgets.check_row import CheckRow
from companion.ui.widgets.scroll_area import make_scroll_area
from companion.ui.widgets.wheel_guard import guard_wheel

PREVIEW_WIDTH = 520


def _date_format() -> str:
    """The locale's short date, with the month's name where the locale has no custom (C, POSIX)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return short_date_format()
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def python_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _label(parent: QWidget, text: str = "", *, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class ExportForm(QWidget):
    """Everything on the page, laid out in reading order; no behaviour beyond showing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QWidget(self)
        content.setMaximumWidth(860)
        heading = _label(content, translate("ExportForm", "Export for your clinician"))
        heading.setProperty("role", "heading")
        intro = _label(content, translate("ExportForm",
            "This makes a folder (or a .zip file) for your clinician: a report to read (PDF), the same "
            "data as tables (CSV) and in the format health records use (FHIR), and a signature that "
            "shows nothing was changed after you made it. Nothing is sent anywhere: you hand it over "
            "yourself, for example on a USB stick or through your clinic's secure upload."))

        what = QGroupBox(translate("ExportForm", "What goes in"), content)
        self.name = QLineEdit(what)
        self.name.setMaxLength(100)
        self.name.setAccessibleName(translate("ExportForm", "Your name on the report"))
        self.name.setPlaceholderText(translate("ExportForm", "as your clinician knows you"))
        self.from_date, self.to_date = QDateEdit(what), QDateEdit(what)
        from_name, to_name = translate("ExportForm", "From"), translate("ExportForm", "To")
        for date_edit, name in ((self.from_date, from_name), (self.to_date, to_name)):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat(_date_format())
            date_edit.setAccessibleName(name)
        period = QHBoxLayout()
        period.addWidget(self.from_date)
        period.addWidget(_label(what, translate("ExportForm", "to")))
        period.addWidget(self.to_date)
        period.addStretch(1)
        self.since = _label(what, role="muted")
        self.section_boxes = {
            Section.SESSIONS: CheckRow(
                translate("ExportForm", "Sessions: the session record, readings, checklist, check-ins"),
                what),
            Section.QUESTIONNAIRES: CheckRow(
                translate("ExportForm", "Questionnaires: PHQ-9, GAD-7, PCL-5 with every answer"), what),
            Section.CHECKINS: CheckRow(
                translate("ExportForm", "After the sessions: mood, side effects, next-day check-ins"), what),
        }
        for box in self.section_boxes.values():
            box.setChecked(True)
        always = _label(what, translate(
            "ExportForm", "Needs-attention flags are always included: they are what your clinician looks at "
                          "first."), role="muted")
        self.journal_box = CheckRow(
            translate("ExportForm", "Journal entries I marked “Share with my clinician”"), what)
        self.journal_note = _label(what, role="muted")
        self.paper = QComboBox(what)
        guard_wheel(self.from_date, self.to_date, self.paper)
        self.paper.addItem(translate("ExportForm", "A4"), QPageSize.PageSizeId.A4)
        self.paper.addItem(translate("ExportForm", "US Letter"), QPageSize.PageSizeId.Letter)
        self.paper.setCurrentIndex(self.paper.findData(default_page_size()))
        self.paper.setAccessibleName(translate("ExportForm", "Paper size of the report"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        form.addRow(translate("ExportForm", "Your name on the report"), self.name)
        form.addRow(translate("ExportForm", "Period"), period)
        form.addRow("", self.since)
        # The choices take the group's whole width (in the form's field column they were squeezed).
        choices = QVBoxLayout(what)
        choices.addLayout(form)
        for row in (*self.section_boxes.values(), always, self.journal_box, self.journal_note):
            choices.addWidget(row)
        paper_form = QFormLayout()
        paper_form.addRow(translate("ExportForm", "Paper"), self.paper)
        choices.addLayout(paper_form)

        how = QGroupBox(translate("ExportForm", "How to save it"), content)
        self.folder_button = QRadioButton(translate("ExportForm", "A folder"), how)
        self.zip_button = QRadioButton(translate("ExportForm", "A .zip file"), how)
        self.folder_button.setChecked(True)
        self.folder_button.setAccessibleName(translate("ExportForm", "Save as a folder"))
        self.zip_button.setAccessibleName(translate("ExportForm", "Save as a .zip file"))
        kinds = QButtonGroup(how)
        kinds.addButton(self.folder_button)
        kinds.addButton(self.zip_button)
        self.password, self.password_again = QLineEdit(how), QLineEdit(how)
        for edit, name in ((self.password, translate("ExportForm", "Password for the zip (optional)")),
                           (self.password_again, translate("ExportForm", "The password again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.password_note = _label(how, translate("ExportForm",
            "With a password the zip is encrypted (AES-256). Open it with 7-Zip or a similar tool: the zip "
            "tools built into Windows and macOS cannot open it. Give the password to your clinician another "
            "way than the file."), role="muted")
        # A path is one long word: a read-only field scrolls it instead of widening the page.
        self.destination_label = QLineEdit(how)
        self.destination_label.setReadOnly(True)
        self.destination_label.setAccessibleName(
            translate("ExportForm", "The folder the export is saved into"))
        self.destination_button = QPushButton(translate("ExportForm", "Choose the folder…"), how)
        self.destination_button.setAccessibleName(translate("ExportForm", "Choose the folder to save into"))
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.folder_button)
        kind_row.addWidget(self.zip_button)
        kind_row.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.destination_label, 1)
        where.addWidget(self.destination_button)
        how_form = QFormLayout(how)
        how_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        how_form.addRow(translate("ExportForm", "Save as"), kind_row)
        how_form.addRow(translate("ExportForm", "Password"), self.password)
        how_form.addRow(translate("ExportForm", "Again"), self.password_again)
        how_form.addRow("", self.password_note)
        how_form.addRow(translate("ExportForm", "Save into"), where)
        self.zip_button.toggled.connect(self._on_kind_toggled)

        self.message = _label(content, role="error")
        self.message.hide()
        self.preview_button = QPushButton(translate("ExportForm", "Preview"), content)
        self.write_button = QPushButton(translate("ExportForm", "Write the export"), content)
        self.write_button.setProperty("role", "primary")
        self.write_button.setDefault(True)
        self.write_button.setAccessibleName(translate("ExportForm", "Write the export"))
        self.preview_button.setAccessibleName(translate("ExportForm", "Preview page 1 of the report"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        self.progress = QProgressBar(content)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(translate("ExportForm", "Export progress"))
        self.cancel_button = QPushButton(translate("ExportForm", "Cancel"), content)
        self.cancel_button.setAccessibleName(translate("ExportForm", "Cancel the export"))
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.running_row = QWidget(content)
        self.running_row.setLayout(running)
        running.setContentsMargins(0, 0, 0, 0)
        self.running_row.hide()
        self.result = QWidget(content)
        self.result_text = _label(self.result)
        self.result_path = QLineEdit(self.result)  # a path is one long word: it scrolls, never widens
        self.result_path.setReadOnly(True)
        self.result_path.setAccessibleName(translate("ExportForm", "Where the export was saved"))
        self.result_key = _label(self.result)
        self.result_fingerprint = QLineEdit(self.result)  # one long word too
        self.result_fingerprint.setReadOnly(True)
        self.result_fingerprint.setAccessibleName(translate("ExportForm", "Your signing key's fingerprint"))
        result_layout = QVBoxLayout(self.result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result_text)
        result_layout.addWidget(self.result_path)
        result_layout.addWidget(self.result_key)
        result_layout.addWidget(self.result_fingerprint)
        self.result.hide()
        # A group's title does not wrap: short, with the sentence inside.
        self.preview_box = QGroupBox(translate("ExportForm", "Preview"), content)
        preview_intro = _label(self.preview_box, translate(
            "ExportForm", "Page 1 of the report, as your clinician will see it, and how many rows each table "
                          "holds."))
        self.preview_image = QLabel(self.preview_box)
        self.preview_image.setFrameShape(QFrame.Shape.Box)
        self.preview_image.setAccessibleName(translate("ExportForm", "Page 1 of the report"))
        self.preview_rows = _label(self.preview_box)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(preview_intro)
        preview_layout.addWidget(self.preview_image, 0, Qt.AlignmentFlag.AlignLeft)
        preview_layout.addWidget(self.preview_rows)
        self.preview_box.hide()

        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 32)
        column.setSpacing(16)
        above: tuple[QWidget, ...] = (heading, intro, what, how, self.message)
        below: tuple[QWidget, ...] = (self.running_row, self.result, self.preview_box)
        for part in above:
            column.addWidget(part)
        column.addLayout(buttons)
        for part in below:
            column.addWidget(part)
        column.addStretch(1)
        scroll = self._scroll = make_scroll_area(content, self,
                                                 accessible_name=translate("ExportForm", "Export"),
                                                 takes_focus=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._on_kind_toggled(False)

    # --- showing ----------------------------------------------------------------------------------

    def fill(self, start: ExportStart) -> None:
        self.name.setText(start.patient_name)
        self.from_date.setDate(_qdate(start.period.start))
        self.to_date.setDate(_qdate(start.period.end))
        if start.last_export_end is None:
            self.since.setText(translate("ExportForm", "Your first export: from your first record to today."))
        else:
            self.since.setText(translate("ExportForm", "Since your last export, which ended on %1.").replace(
                "%1", QLocale().toString(_qdate(start.last_export_end), QLocale.FormatType.LongFormat)))
        self.journal_box.setChecked(False)
        self.journal_box.setEnabled(start.shared_entries > 0)
        shared = start.shared_entries
        self.journal_note.setText(translate("ExportForm",
            "Off unless you tick it, for this export only. Only entries you marked as shared can go in "
            "(%n now); your other entries never leave your computer.", "", shared))

    def show_destination(self, folder: Path) -> None:
        self.destination_label.setText(str(folder))
        self.destination_label.setCursorPosition(0)

    def show_preview(self, page_one: QPixmap, rows: dict[str, int]) -> None:
        width = max(200, min(PREVIEW_WIDTH, self._scroll.viewport().width() - 120))  # the box may be hidden
        self.preview_image.setPixmap(page_one.scaledToWidth(width,
                                                            Qt.TransformationMode.SmoothTransformation))
        lines = [translate("ExportForm", "Rows in each table:")]
        lines += [f"{name}: {count}" for name, count in rows.items()]  # file names, not sentences
        self.preview_rows.setText("\n".join(lines))
        self.preview_box.show()

    def show_result(self, path: Path, fingerprint: str) -> None:
        self.result_text.setText(translate("ExportForm", "Saved. Hand this to your clinician:"))
        self.result_path.setText(str(path))
        self.result_path.setCursorPosition(0)
        self.result_key.setText(translate("ExportForm",
            "Signed with your key, whose fingerprint is below. Your clinician can check that nothing was "
            "changed (the README explains how)."))
        self.result_fingerprint.setText(fingerprint)
        self.result_fingerprint.setCursorPosition(0)
        self.result.show()

    def say(self, text: str, *, error: bool = True) -> None:
        self.message.setProperty("role", "error" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_running(self, running: bool) -> None:
        self.running_row.setVisible(running)
        self.progress.setValue(0)
        for widget in (self.write_button, self.preview_button, self.destination_button):
            widget.setEnabled(not running)

    def reset_form(self) -> None:
        for edit in (self.name, self.password, self.password_again):
            edit.clear()
        self.journal_box.setChecked(False)
        self.preview_image.clear()
        self.preview_rows.clear()
        self.preview_box.hide()
        self.result_path.clear()
        self.result.hide()
        self.say("")

    def _on_kind_toggled(self, as_zip: bool) -> None:
        for widget in (self.password, self.password_again, self.password_note):
            widget.setEnabled(as_zip)
        if not as_zip:
            self.password.clear()
            self.password_again.clear()
