"""The Export page: choose what your clinician gets, see page 1 first, write it (DESIGN.md §2, §6).

Period (since the last export by default), sections, shared journal entries (off, and only entries
marked shared), the name on the report, paper, a folder or a .zip (with an optional AES-256
password), and where to save it.  "Preview" shows page 1 of the report exactly as the PDF has it,
and how many rows each table will hold.  Writing runs off the GUI thread with a progress bar and
Cancel; a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtGui import QPageSize, QPixmap, QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from companion.export.export_data import ExportOptions, ExportPeriod, Section
from companion.services.export_actions import ExportStart, export_start
from companion.ui.export.export_form import ExportForm, python_date
from companion.ui.export.export_run import ExportRun, ExportSaving, Preview, Written
from companion.ui.i18n import translate
from companion.ui.jobs import BugReporter, JobDispatcher, report_to_excepthook

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.storage.vault import OpenVault
    from companion.ui.vault_controller import VaultController

def choose_folder(parent: QWidget, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, translate("ExportPage", "Where to save the export"),
                                              str(start))
    return Path(chosen) if chosen else None


def confirm_no_password(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent, translate("ExportPage", "A zip without a password"),
        translate("ExportPage", "This zip will have no password: anyone who gets the file can read it. Write "
                                "it without a password?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class ExportPage(ExportForm):
    """The form (ExportForm) and what it starts: a preview, or an export."""

    def __init__(self, vault: VaultController, clock: Clock, parent: QWidget | None = None, *,
                 report_bug: BugReporter = report_to_excepthook) -> None:
        super().__init__(parent)
        self._vault = vault
        self._clock = clock
        self._loaded = False
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.destination = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        self.run = ExportRun(vault, clock.now, self, report_bug=report_bug)
        # The page's own database jobs (where the form starts, the export remembered); dropped on lock.
        self._jobs = JobDispatcher(vault.run_in_database, self._on_run_failed, report_bug=report_bug)
        # Dialogs the tests replace.
        self.choose_folder: Callable[[QWidget, Path], Path | None] = choose_folder
        self.confirm_no_password: Callable[[QWidget], bool] = confirm_no_password
        self.show_destination(self.destination)
        self.destination_button.clicked.connect(self._on_destination_button_clicked)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.write_button.clicked.connect(self._on_write_button_clicked)
        self.cancel_button.clicked.connect(self.run.cancel)
        self.run.previewed.connect(self._on_run_previewed)
        self.run.written.connect(self._on_run_written)
        self.run.progressed.connect(self._on_run_progressed)
        self.run.failed.connect(self._on_run_failed)
        self.run.cancelled.connect(self._on_run_cancelled)
        self.run.busy_changed.connect(self.set_running)
        vault.unlocked.connect(self.reload)

    # --- what the shell asks ------------------------------------------------------------------

    def reload(self) -> None:
        today = self._clock.now().astimezone().date()

        def job(vault: OpenVault) -> ExportStart:
            return export_start(vault, today)

        self._jobs.run(job, self._on_start_loaded)

    def clear_content(self) -> None:
        """On lock: stop what runs, forget the name, the preview, the result."""
        self.run.clear()
        self._jobs.clear()
        self._loaded = False
        self.reset_form()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded and self._vault.is_unlocked():
            self.reload()

    # --- reading the form ---------------------------------------------------------------------

    def options(self) -> ExportOptions | None:
        start, end = python_date(self.from_date.date()), python_date(self.to_date.date())
        if start > end:
            self.say(self.tr("The period starts after it ends; choose a start on or before the end."))
            return None
        sections = {section for section, box in self.section_boxes.items() if box.isChecked()}
        if self.journal_box.isChecked():
            sections.add(Section.JOURNAL)
        return ExportOptions(ExportPeriod(start, end), frozenset(sections),
                             include_journal=self.journal_box.isChecked(),
                             patient_name=self.name.text().strip())

    def saving(self) -> ExportSaving | None:
        """How to save it; None (with the reason said, or the patient's "no") when it cannot be."""
        as_zip = self.zip_button.isChecked()
        password = self.password.text() if as_zip else ""
        if as_zip and password != self.password_again.text():
            self.say(self.tr("The two passwords are not the same."))
            return None
        if as_zip and not password and not self.confirm_no_password(self):
            return None
        return ExportSaving(self.destination, as_zip, password or None)

    def page_size(self) -> QPageSize.PageSizeId:
        value = self.paper.currentData()
        return value if isinstance(value, QPageSize.PageSizeId) else QPageSize.PageSizeId.A4

    # --- slots ----------------------------------------------------------------------------------

    @Slot(object)
    def _on_start_loaded(self, start: ExportStart) -> None:
        self._loaded = True
        self.fill(start)

    @Slot()
    def _on_destination_button_clicked(self) -> None:
        chosen = self.choose_folder(self, self.destination)
        if chosen is not None:
            self.destination = chosen
            self.show_destination(chosen)

    @Slot()
    def _on_preview_button_clicked(self) -> None:
        options = self.options()
        if options is not None:
            self.say("")
            self.run.preview(options, self.page_size())

    @Slot()
    def _on_write_button_clicked(self) -> None:
        options = self.options()
        saving = None if options is None else self.saving()
        if options is None or saving is None:
            return
        self.say("")
        self.result.hide()
        self.run.write(options, saving, self.page_size())

    @Slot(object)
    def _on_run_previewed(self, preview: Preview) -> None:
        self.show_preview(QPixmap.fromImage(preview.page_one), preview.rows)

    @Slot(object)
    def _on_run_written(self, written: Written) -> None:
        from companion.services.export_gather import remember_export
        from companion.storage.exports import ExportKind

        kind = ExportKind.ZIP if written.saving.as_zip else ExportKind.FOLDER
        data = written.prepared.data
        self._jobs.run(lambda vault: remember_export(vault, data, kind), lambda _r: None)
        self.show_result(written.path, written.fingerprint)

    @Slot(int, str)
    def _on_run_progressed(self, percent: int, _what: str) -> None:
        self.progress.setValue(percent)

    @Slot(str)
    def _on_run_failed(self, sentence: str) -> None:
        self.say(sentence)

    @Slot()
    def _on_run_cancelled(self) -> None:
        self.say(self.tr("Cancelled. Nothing was written."), error=False)

