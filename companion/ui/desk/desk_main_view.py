"""The unlocked desk: the patients page and the export page, and the flows between them.

* Opening an export: choose it, then the export page verifies and shows it.
* Adding a patient: choose their first export or their ``patient.pub``; the key is read off the GUI
  thread (an export must verify first), the fingerprint is shown to confirm with the patient, and only
  the dialog's explicit confirmation writes it. Added from an export, that export opens for them.
  An unknown key's banner offers the same, and a changed key's banner confirms a patient's new key.
* The list: each patient's latest export is checked again in the background (status, open flags).
* Writing a care plan: the patient's exports are read as their page reads them (in the background),
  and the care-plan writer opens filled in from the plan of that timeline; its Close or Cancel comes
  back to the list with the patient selected, saying where a saved file went.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from companion.desk.opened_export import OpenedExport
from companion.desk.patient_candidate import PatientCandidate
from companion.desk.patient_registry import ExportRecord, Patient
from companion.ui.desk import desk_jobs
from companion.ui.desk.add_patient_dialog import AddPatientDialog
from companion.ui.desk.export_page import ExportPage, UrlOpener
from companion.ui.desk.file_choosers import FileChooser
from companion.ui.desk.patients_page import PatientsPage
from companion.ui.widgets.current_page_stack import CurrentPageStack

if TYPE_CHECKING:
    from companion.domain.care_plan import CarePlan
    from companion.ui.desk.care_plan_writer import CarePlanWriter
    from companion.ui.desk.desk_controller import DeskController

class DeskMainView(CurrentPageStack):
    patient_added = Signal(str)  # patient id, once written
    survey_done = Signal(str)  # patient id whose row was checked again

    def __init__(self, controller: DeskController, *, chooser: FileChooser, open_url: UrlOpener,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._chooser = chooser
        self._surveyed: dict[str, ExportRecord | None] = {}
        self.add_dialog: AddPatientDialog | None = None
        self.care_plan_writer: CarePlanWriter | None = None
        # The plan the care-plan writer starts from, on its way; a newer request or a page change drops it.
        self._plan_jobs = controller.jobs(self._on_patients_page_failed)
        self._writing_for: Patient | None = None
        self._saved_care_plan: Path | None = None
        self.patients_page = PatientsPage(self)
        self.export_page = ExportPage(controller, self, open_url=open_url)
        self.addWidget(self.patients_page)
        self.addWidget(self.export_page)

        page = self.patients_page
        chooser = self._chooser
        page.open_folder_requested.connect(lambda: self._choose_and_open(chooser.export_folder))
        page.open_zip_requested.connect(lambda: self._choose_and_open(chooser.export_zip))
        page.add_from_folder_requested.connect(lambda: self._choose_and_add(chooser.export_folder, True))
        page.add_from_zip_requested.connect(lambda: self._choose_and_add(chooser.export_zip, True))
        page.add_from_public_key_requested.connect(lambda: self._choose_and_add(chooser.public_key, False))
        page.patient_chosen.connect(self.show_patient)
        page.care_plan_requested.connect(self.write_care_plan)
        self.export_page.back_requested.connect(self.show_patients)
        self.export_page.add_patient_requested.connect(self._on_export_page_add_patient_requested)
        self.export_page.new_key_requested.connect(self._on_export_page_new_key_requested)
        controller.patients_changed.connect(self._on_controller_patients_changed)

    # --- pages ------------------------------------------------------------------------------------

    def start(self) -> None:
        """The desk was opened: the clinician, their patients, and a fresh check of each list row."""
        desk = self._controller.desk
        if desk is None:
            return
        self.patients_page.set_owner(desk.key.clinician_name, desk.key.fingerprint)
        self._on_controller_patients_changed()
        self.show_patients()

    def show_patients(self) -> None:
        """Back to the list, with the patient just looked at selected."""
        self._drop_plan_request()
        self._close_writer()
        came_from = self.export_page.patient_id
        self.export_page.clear_content()
        self.setCurrentWidget(self.patients_page)
        if came_from is not None:
            self.patients_page.select_patient(came_from)
        page = self.patients_page  # focus on the list, or on the way in while it is empty
        (page.table if not page.table.isHidden() else page.open_folder_button).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def show_patient(self, patient_id: str) -> None:
        patient = self._patient(patient_id)
        if patient is None:
            return
        self._drop_plan_request()
        self._close_writer()
        self.setCurrentWidget(self.export_page)
        self.export_page.show_patient(patient)

    def open_export(self, path: Path, expected: Patient | None = None) -> None:
        self._drop_plan_request()
        self._close_writer()
        self.patients_page.show_message("")
        self.setCurrentWidget(self.export_page)
        self.export_page.show_export(path, expected)

    def _patient(self, patient_id: str) -> Patient | None:
        return next((p for p in self._controller.patients() if p.patient_id == patient_id), None)

    # --- the list ---------------------------------------------------------------------------------

    def _on_controller_patients_changed(self) -> None:
        patients = self._controller.patients()
        self.patients_page.set_patients(patients)
        desk = self._controller.desk
        if desk is None:
            return
        registry = desk.patients
        for patient in patients:
            latest = desk_jobs.latest_record(patient)
            if patient.patient_id in self._surveyed and self._surveyed[patient.patient_id] == latest:
                continue
            self._surveyed[patient.patient_id] = latest
            self._controller.run_survey(lambda p=patient: desk_jobs.survey_patient(p, registry),  # type: ignore[misc]
                                        self._on_survey)

    def _on_survey(self, survey: desk_jobs.PatientSurvey) -> None:
        self.patients_page.set_survey(survey)
        self.survey_done.emit(survey.patient_id)

    # --- opening ----------------------------------------------------------------------------------

    def _choose_and_open(self, choose: Callable[[QWidget], Path | None]) -> None:
        path = choose(self.window())
        if path is not None:
            self.open_export(path)

    # --- adding a patient -------------------------------------------------------------------------

    def _choose_and_add(self, choose: Callable[[QWidget], Path | None], is_export: bool) -> None:
        path = choose(self.window())
        if path is None:
            return

        def read() -> PatientCandidate:
            from companion.desk.patient_candidate import candidate_from_export, candidate_from_public_key

            return candidate_from_export(path) if is_export else candidate_from_public_key(path)

        self.patients_page.show_message("")
        self.patients_page.set_busy(self.tr("Checking the export before showing its key…") if is_export
                                    else self.tr("Reading the key…"))
        self._controller.run_read(read, self._on_candidate_read, self._on_patients_page_failed)

    def _on_patients_page_failed(self, sentence: str) -> None:
        self.patients_page.set_busy("")
        self.patients_page.show_message(sentence)

    def _on_candidate_read(self, candidate: PatientCandidate) -> None:
        self.patients_page.set_busy("")
        self.ask_to_confirm(candidate)

    def ask_to_confirm(self, candidate: PatientCandidate, replacing: Patient | None = None,
                       reopen: OpenedExport | None = None) -> AddPatientDialog:
        """The fingerprint dialog (window-modal): confirming writes, cancelling writes nothing."""
        dialog = AddPatientDialog(candidate, self.window(), replacing=replacing)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_dialog_confirmed(dialog, reopen))
        dialog.finished.connect(self._on_dialog_finished)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_finished(self, _result: int) -> None:
        self.add_dialog = None

    def _on_dialog_confirmed(self, dialog: AddPatientDialog, reopen: OpenedExport | None) -> None:
        desk = self._controller.desk
        if desk is None:
            return
        candidate, name, replacing = dialog.candidate, dialog.chosen_name(), dialog.replacing
        now = self._controller.clock.now()
        if replacing is None:
            job: Callable[[], Patient] = lambda: desk_jobs.add_patient(desk, candidate, name, now)  # noqa: E731
        else:
            job = lambda: desk_jobs.replace_key(desk, replacing, candidate, now)  # noqa: E731

        def written(patient: Patient) -> None:
            self.patient_added.emit(patient.patient_id)
            if reopen is not None:
                self.open_export(reopen.location, patient)
            elif candidate.facts is not None:  # added from their first export: show it
                self.open_export(candidate.source, patient)
            else:
                self.show_patients()
                self.patients_page.select_patient(patient.patient_id)

        failed = self.export_page.banner.show_problem if reopen is not None else self._on_patients_page_failed
        self._controller.run_write(job, written, failed)

    def _on_export_page_add_patient_requested(self, opened: OpenedExport) -> None:
        self._controller.run_read(opened.candidate, lambda c: self._confirm_from(c, None, opened),
                                  self.export_page.banner.show_problem)

    def _on_export_page_new_key_requested(self, opened: OpenedExport) -> None:
        self._controller.run_read(opened.candidate, lambda c: self._confirm_from(c, opened.patient, opened),
                                  self.export_page.banner.show_problem)

    def _confirm_from(self, candidate: PatientCandidate | None, replacing: Patient | None,
                      opened: OpenedExport) -> None:
        if candidate is not None:
            self.ask_to_confirm(candidate, replacing, reopen=opened)

    # --- writing a care plan ------------------------------------------------------------------------

    def write_care_plan(self, patient_id: str) -> None:
        """The care-plan writer for the patient, once the plan it starts from is read (in the background)."""
        patient = self._patient(patient_id)
        desk = self._controller.desk
        if patient is None or desk is None:
            return
        self._plan_jobs.clear()  # only the latest request's plan is shown
        registry = desk.patients
        self.patients_page.show_message("")
        self.patients_page.set_busy(self.tr("Reading the care plan in %1's exports…")
                                    .replace("%1", patient.display_name))
        self._plan_jobs.run(lambda: desk_jobs.plan_to_start_from(patient, registry),
                            lambda plan: self._on_plan_read(patient, plan))

    def _drop_plan_request(self) -> None:
        if self._plan_jobs.is_busy():
            self._plan_jobs.clear()
            self.patients_page.set_busy("")

    def _on_plan_read(self, patient: Patient, plan: CarePlan | None) -> None:
        desk = self._controller.desk
        if desk is None:
            return
        from companion.ui.desk.care_plan_writer import CarePlanWriter

        self.patients_page.set_busy("")
        writer = CarePlanWriter(desk.key, self._controller.file_runner, patient_name=patient.display_name,
                                plan=plan, clock=self._controller.clock,
                                choose_path=self._chooser.care_plan_file, parent=self,
                                report_bug=self._controller.report_bug)
        writer.saved.connect(self._on_care_plan_writer_saved)
        writer.cancelled.connect(self._on_care_plan_writer_cancelled)
        self.care_plan_writer, self._writing_for, self._saved_care_plan = writer, patient, None
        self.addWidget(writer)
        self.setCurrentWidget(writer)
        writer.focus_first_field()

    def _on_care_plan_writer_saved(self, path: Path) -> None:
        self._saved_care_plan = path  # the writer shows it with the fingerprint; the list says it on return

    def _on_care_plan_writer_cancelled(self) -> None:
        """Close (after a save) or Cancel: back to the list, the patient selected."""
        patient, saved = self._writing_for, self._saved_care_plan
        self.show_patients()
        if patient is not None:
            self.patients_page.select_patient(patient.patient_id)
            if saved is not None:
                self.patients_page.show_care_plan_saved(patient.display_name, str(saved))

    def _close_writer(self) -> None:
        writer, self.care_plan_writer = self.care_plan_writer, None
        self._writing_for, self._saved_care_plan = None, None
        if writer is not None:
            self.removeWidget(writer)
            writer.hide()
            writer.deleteLater()
