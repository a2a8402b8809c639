"""One export, or one patient's exports: the verdict first, then (only when it can be trusted) what it holds.

Two background jobs each time, so the banner is painted before the content is read: verify (and
say whose export it is), then read what verified. A patient's page does the same over every export
the desk remembers for them and shows the valid ones as one timeline. An opening is recorded in the
list of patients under the patient it is from, or claims to be from (a changed key shows on the list).
Results that arrive after the clinician moved on are dropped.

The PDF and the CSV folder open in the computer's own programs; a zipped export is opened as the zip
(the desk reads it without unpacking, but a PDF viewer cannot), and the page says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from companion.desk.export_reading import CSV_FOLDER, REPORT_PDF
from companion.desk.export_status import ExportStatus
from companion.desk.opened_export import OpenedExport
from companion.desk.patient_registry import Patient
from companion.desk.timeline import PatientTimeline
from companion.export.export_data import ExportPeriod
from companion.export.export_files import display_name
from companion.ui.core_text import core_text
from companion.ui.desk import desk_jobs
from companion.ui.desk.desk_jobs import CheckedSource, TimelineRead
from companion.ui.desk.desk_texts import period_text
from companion.ui.desk.export_content import ExportContent
from companion.ui.desk.verification_banner import VerificationBanner
from companion.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from companion.ui.desk.desk_controller import DeskController

UrlOpener = Callable[[QUrl], object]


def _button(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(text.replace("…", ""))
    button.setAutoDefault(True)
    return button


class ExportPage(QWidget):
    back_requested = Signal()
    add_patient_requested = Signal(object)  # the OpenedExport of an unknown key
    new_key_requested = Signal(object)  # the OpenedExport whose key changed
    banner_shown = Signal()  # the verdict is on screen (nothing of the content yet)
    content_shown = Signal()  # the content of what verified is on screen too

    def __init__(self, controller: DeskController, parent: QWidget | None = None, *,
                 open_url: UrlOpener = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self._controller = controller
        self._open_url = open_url
        # This page's jobs: clear_content() (the clinician moved on) drops their answers.
        self._jobs = controller.jobs(self._on_failed)
        self.opened: OpenedExport | None = None
        self.timeline: PatientTimeline | None = None
        self.patient_id: str | None = None  # whose export or page this is, once known

        self.back_button = _button(self.tr("Back to your patients"), self)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.banner = VerificationBanner(self)
        self.busy_row = QWidget(self)
        busy = QVBoxLayout(self.busy_row)
        busy.setContentsMargins(0, 0, 0, 0)
        self.busy_label = QLabel(self.tr("Reading what it holds…"), self.busy_row)
        bar = QProgressBar(self.busy_row)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumWidth(160)
        bar.setAccessibleName(self.tr("Working"))
        busy.addWidget(self.busy_label)
        busy.addWidget(bar)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.pdf_button = _button(self.tr("Open the PDF"), self)
        self.csv_button = _button(self.tr("Open the CSV folder"), self)
        self.zip_button = _button(self.tr("Open the zip"), self)
        self.zip_note = QLabel(self.tr("This export is a .zip: open it, or extract it, to read its PDF and "
                                       "its CSV tables."), self)
        self.zip_note.setWordWrap(True)
        self.zip_note.setProperty("role", "muted")
        self.content = ExportContent(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 16)
        layout.setSpacing(10)
        top = QWidget(self)  # one row (wrapping at large text): back, and the files once they can be trusted
        top_row = FlowLayout(top)
        for button in (self.back_button, self.pdf_button, self.csv_button, self.zip_button):
            top_row.addWidget(button)
        layout.addWidget(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.message)
        layout.addWidget(self.zip_note)
        layout.addWidget(self.content, 1)
        layout.addStretch(0)  # keeps the verdict up under the heading while there is no content

        self.back_button.clicked.connect(self.back_requested)
        self.banner.add_patient_requested.connect(self._on_banner_add_patient_requested)
        self.banner.new_key_requested.connect(self._on_banner_new_key_requested)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.csv_button.clicked.connect(self._on_csv_clicked)
        self.zip_button.clicked.connect(self._on_zip_clicked)
        self.clear_content()

    # --- what the main view asks ----------------------------------------------------------------

    def show_export(self, path: Path, expected: Patient | None = None) -> None:
        """Verify the export at ``path`` (for ``expected``, when opened from their page), then show it."""
        self._start()
        desk = self._controller.desk
        if desk is None:
            return
        self.heading.setText(display_name(path.name))
        self.banner.show_checking(display_name(path.name))
        registry = desk.patients
        self._jobs.run(lambda: desk_jobs.check_export(path, registry, expected), self._on_checked)

    def show_patient(self, patient: Patient) -> None:
        """Every export remembered for ``patient``, verified, the valid ones as one timeline."""
        self._start()
        desk = self._controller.desk
        if desk is None:
            return
        self.heading.setText(patient.display_name)
        self.patient_id = patient.patient_id
        if not patient.exports:
            self.banner.show_problem(self.tr("No export of %1's has been opened on this desk yet. Open their "
                                             "export to see it here.").replace("%1", patient.display_name))
            self.banner_shown.emit()
            return
        self.banner.show_patient_checking(patient.display_name, len(patient.exports))
        registry = desk.patients
        self._jobs.run(lambda: desk_jobs.check_patient_exports(patient, registry),
                       lambda checked: self._on_patient_checked(patient, checked))

    def clear_content(self) -> None:
        """Nothing shown, and nothing on its way will be."""
        self._jobs.clear()
        self.opened = None
        self.timeline = None
        self.patient_id = None
        self.heading.clear()
        self.banner.clear()
        self.content.clear()
        self.content.hide()
        for button in (self.pdf_button, self.csv_button, self.zip_button):
            button.hide()
        self.zip_note.hide()
        self.busy_row.hide()
        self.message.hide()

    # --- the jobs' results ----------------------------------------------------------------------

    def _start(self) -> None:
        self.clear_content()
        self.busy_label.setText(self.tr("Checking…"))
        self.busy_row.show()
        self.back_button.setFocus()

    def _on_checked(self, opened: OpenedExport) -> None:
        self.opened = opened
        if opened.patient is not None:
            self.patient_id = opened.patient.patient_id
        desk = self._controller.desk
        if opened.patient is not None and opened.status is ExportStatus.VALID_FOR_PATIENT:
            self.heading.setText(opened.patient.display_name)
        self.banner.show_opened(opened)
        self.busy_row.hide()
        self.banner_shown.emit()
        if desk is not None and opened.patient is not None:
            now = self._controller.clock.now()
            self._jobs.run(lambda: desk_jobs.remember_opening(desk, opened, now), lambda _p: None,
                           via=self._controller.write)
        if opened.status.trusted:
            self._read(lambda: desk_jobs.read_checked(opened))

    def _on_patient_checked(self, patient: Patient, checked: Sequence[CheckedSource]) -> None:
        self.banner.show_patient_sources(patient.display_name, checked)
        self.busy_row.hide()
        self.banner_shown.emit()
        if any(source.opened.status.trusted for source in checked):
            self._read(lambda: desk_jobs.read_patient_timeline(checked))

    def _read(self, job: Callable[[], PatientTimeline | TimelineRead]) -> None:
        self.busy_label.setText(self.tr("Reading what it holds…"))
        self.busy_row.show()
        self._jobs.run(job, self._on_read)

    def _on_read(self, result: PatientTimeline | TimelineRead) -> None:
        self.busy_row.hide()
        if isinstance(result, TimelineRead):
            unread = [f"{display_name(path.name)}: {core_text(sentence)}" for path, sentence in result.unread]
            if unread:
                text = self.tr("Verified, but could not be read: %1").replace("%1", " ".join(unread))
                self._show_message(text)
            if result.timeline is None:
                return
            timeline = result.timeline
        else:
            timeline = result
        if len(timeline.sources) > 1:
            count = str(len(timeline.sources))
            self.heading.setText(self.tr("%1 — %2 exports, %3").replace("%1", self.heading.text())
                                 .replace("%2", count).replace("%3", self._span(timeline)))
        else:
            self.heading.setText(self.tr("%1 — %2").replace("%1", self.heading.text())
                                 .replace("%2", period_text(timeline.latest.period)))
        self.content.show_timeline(timeline, lambda: self._on_content_filled(timeline))
        self.content.show()
        zipped = timeline.latest.is_zip
        self.pdf_button.setVisible(not zipped)
        self.csv_button.setVisible(not zipped)
        self.zip_button.setVisible(zipped)
        self.zip_note.setVisible(zipped)
        self.content_shown.emit()  # what is on show is filled; the other tabs follow (ExportContent)

    def _on_content_filled(self, timeline: PatientTimeline) -> None:
        self.timeline = timeline  # every tab holds it now

    @staticmethod
    def _span(timeline: PatientTimeline) -> str:
        periods = [source.period for source in timeline.sources]
        return period_text(ExportPeriod(min(p.start for p in periods), max(p.end for p in periods)))

    def _on_failed(self, sentence: str) -> None:
        self.busy_row.hide()
        if self.banner.status is None:  # nothing verified yet: the verdict is this sentence
            self.banner.show_problem(sentence)
            self.banner_shown.emit()
        else:
            self._show_message(sentence)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- buttons ----------------------------------------------------------------------------------

    def _on_banner_add_patient_requested(self) -> None:
        if self.opened is not None:
            self.add_patient_requested.emit(self.opened)

    def _on_banner_new_key_requested(self) -> None:
        if self.opened is not None:
            self.new_key_requested.emit(self.opened)

    def _newest_location(self) -> Path | None:
        return None if self.timeline is None else self.timeline.latest.location

    def _on_pdf_clicked(self) -> None:
        location = self._newest_location()
        if location is not None:
            self._open_url(QUrl.fromLocalFile(str(location / REPORT_PDF)))

    def _on_csv_clicked(self) -> None:
        location = self._newest_location()
        if location is not None:
            self._open_url(QUrl.fromLocalFile(str(location / CSV_FOLDER)))

    def _on_zip_clicked(self) -> None:
        location = self._newest_location()
        if location is not None:
            self._open_url(QUrl.fromLocalFile(str(location)))
