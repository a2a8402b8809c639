"""The care-plan editor: enter or import what the clinician prescribed, check it, save it.

The form (``care_plan_form``) is built from the field declarations and the file choosers are in
``care_plan_files``; a clinician's file is reviewed and accepted in ``care_plan_import_panel`` (who
signed it, what it changes) and stored only when the patient accepts it there.  This module loads the
current plan and its history, saves through the repository and exports the saved plan.  Database
access runs on the database thread (``VaultController.run_in_database``), writing the exported file on
the background runner (``VaultController.run_in_background``: file work holds no database job up);
the GUI thread never waits on the disk.
"""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from companion.domain.care_plan import SESSION_REQUIRED_FIELDS, CarePlan, PlanField
from companion.domain.clock import Clock, SystemClock
from companion.services import care_plan_actions
from companion.services.care_plan_actions import CarePlans
from companion.ui.care_plan.care_plan_files import PathChooser, ask_for_care_plan_file, ask_where_to_export
from companion.ui.care_plan.care_plan_form import CarePlanForm, readable_problem
from companion.ui.care_plan.care_plan_history import CarePlanHistoryBox
from companion.ui.care_plan.care_plan_import_panel import CarePlanImportPanel
from companion.ui.care_plan.care_plan_problems import care_plan_error_text
from companion.ui.care_plan.care_plan_texts import label_text
from companion.ui.formatting import local_time_text
from companion.ui.jobs import JobDispatcher

if TYPE_CHECKING:
    from companion.storage.care_plans import CarePlanRecord
    from companion.storage.vault import OpenVault
    from companion.ui.care_plan.care_plan_review import CarePlanReviewDialog
    from companion.ui.vault_controller import VaultController

def _session_required_missing(plan: CarePlan) -> list[PlanField]:
    """The fields without a default that a session needs (the paramedics are told them)."""
    return [spec for spec in SESSION_REQUIRED_FIELDS if not str(getattr(plan, spec.name)).strip()]



def _as_the_form_reads(plan: CarePlan) -> CarePlan:
    """``plan`` as the form gives it back (its text trimmed): a stored plan with a stray space, imported
    before such files were refused, must not look edited (Save would re-store it as the patient's own)."""
    trimmed: dict[str, Any] = {
        f.name: value.strip() for f in fields(plan) if isinstance(value := getattr(plan, f.name), str)
    }
    return replace(plan, **trimmed)

class CarePlanEditor(QWidget):
    """Edit, import, save and export the care plan; shows the saved versions."""

    plan_saved = Signal(object)  # the new CarePlanRecord

    def __init__(
        self,
        controller: VaultController,
        parent: QWidget | None = None,
        *,
        choose_import_path: PathChooser = ask_for_care_plan_file,
        choose_export_path: PathChooser = ask_where_to_export,
        first_run: bool = False,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._choose_export_path = choose_export_path
        self._current: CarePlanRecord | None = None
        self._history: list[CarePlanRecord] = []
        self._loaded = False
        self._busy = False  # a job of this editor's or of its importer is on its way
        # Answers from before a clear_content(), or after this widget was deleted, are dropped.
        self._jobs = JobDispatcher(controller.run_in_database, self._on_failed, on_busy=self._set_busy,
                                   describe=care_plan_error_text, alive=lambda: Shiboken.isValid(self))

        self.importer = CarePlanImportPanel(
            controller, self, choose_path=choose_import_path, clock=self._clock)
        self.import_button = self.importer.import_button
        self.file_problems_panel = self.importer.file_problems_panel
        self.file_problems_heading = self.importer.file_problems_heading
        self.dismiss_button = self.importer.dismiss_button

        self.form = CarePlanForm(self)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setProperty("role", "error")
        self.problems_label.setAccessibleName(self.tr("Problems with this care plan"))
        self.problems_label.setVisible(False)
        self.save_button = QPushButton(self.tr("Save care plan"), self)
        self.save_button.setAccessibleName(self.tr("Save the care plan"))
        self.save_button.setProperty("role", "primary")  # the strongest button (theme.primary_button_rules)
        self.export_button = QPushButton(self.tr("Export this plan as a file…"), self)
        self.export_button.setAccessibleName(self.tr("Export the saved care plan as a file"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Care plan status"))
        self.status.setVisible(False)

        self.history_group = CarePlanHistoryBox(self)
        self.history_tree = self.history_group.tree
        self.history_group.setVisible(not first_run)
        self.export_button.setVisible(not first_run)  # nothing saved yet to export

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.importer)
        layout.addWidget(self.form)
        layout.addWidget(self.problems_label)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.history_group)

        self.form.edited.connect(self._on_form_edited)
        self.importer.busy_changed.connect(self._set_busy)
        self.importer.plan_accepted.connect(self._on_importer_plan_accepted)
        self.save_button.clicked.connect(self._on_save_clicked)
        for button in (self.save_button, self.export_button):
            button.setAutoDefault(False)  # Return in a field of the dialog must not press one of these
        self.export_button.clicked.connect(self._on_export_clicked)
        self._validate()

    # --- public --------------------------------------------------------------------------------

    def current_record(self) -> CarePlanRecord | None:
        return self._current

    def history(self) -> list[CarePlanRecord]:
        return list(self._history)

    def is_loaded(self) -> bool:
        return self._loaded

    def problems(self) -> list[str]:
        """What is wrong with the plan on the form (empty when it can be saved); shown beside the fields
        once edited, and all of them once Save was pressed."""
        return self.form.problems()

    def status_text(self) -> str:
        """What the last load, save or export said (below the form)."""
        return self.status.text() if not self.status.isHidden() else ""

    def import_status_text(self) -> str:
        """What became of the last file imported (under the import button)."""
        return self.importer.status_text()

    def file_problems(self) -> list[str]:
        """The problems of the last refused file, while they are on screen."""
        return self.importer.file_problems()

    @property
    def review_dialog(self) -> CarePlanReviewDialog | None:
        """The review of a clinician's file, while the patient decides."""
        return self.importer.review_dialog

    def refresh(self) -> None:
        """Load the current plan and the saved versions (the form shows the current plan)."""
        if self._busy:
            return
        self._jobs.run(care_plan_actions.load_care_plans, self._on_loaded)

    def start_without_plan(self) -> None:
        """First run: the vault was just made, so there is nothing to load."""
        self._loaded = True
        self._validate()

    def clear_content(self) -> None:
        """On lock: forget the plan, the history and any file under review; reload when shown again."""
        self._jobs.clear()
        self.importer.clear_content()
        self._current, self._history = None, []
        self._loaded = self._busy = False
        self.form.set_plan(None)
        self.history_group.fill([])
        self._show(self.status, "")
        self._validate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    # --- internals -----------------------------------------------------------------------------

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._validate()

    def _validate(self) -> None:
        problems = self.problems() if self._loaded else []
        self.form.show_problems(problems)
        text = "\n".join(f"•  {readable_problem(p)}" for p in problems)
        shown = problems and self.form.problems_revealed()  # the list appears once Save was pressed
        self._show(self.problems_label, self.tr("To save, fix:") + "\n" + text if shown else "")
        changed = self._current is None or self.form.plan() != _as_the_form_reads(self._current.plan)
        idle = self._loaded and not self._busy
        # Enabled with problems too: pressing it is how every problem gets shown and the first focused.
        self.save_button.setEnabled(idle and changed)
        self.import_button.setEnabled(idle)
        self.export_button.setEnabled(idle and self._current is not None)
        self.form.setEnabled(self._loaded and not self._busy)

    def _on_failed(self, sentence: str) -> None:
        self._show(self.status, sentence)

    @Slot()
    def _on_form_edited(self) -> None:
        self._show(self.status, "")
        self._validate()

    def _on_loaded(self, loaded: CarePlans) -> None:
        self._loaded = True
        self._current, self._history = loaded.current, loaded.history
        self.form.set_plan(loaded.current.plan if loaded.current is not None else None)
        self.history_group.fill(self._history)
        if loaded.current is None:
            self._show(self.status, self.tr("No care plan is saved yet. Enter what your clinician "
                                            "prescribed, or import the file your clinician gave you."))
        self._validate()

    def _on_importer_plan_accepted(self, result: tuple[CarePlanRecord, CarePlans]) -> None:
        record, loaded = result
        self._show(self.status, "")
        self._take_saved(record, loaded)
        missing = self._missing_text(record)
        if missing:
            self.importer.show_status(self.importer.status_text() + " " + missing)
        self.plan_saved.emit(record)

    @Slot()
    def _on_save_clicked(self) -> None:
        plan = self.form.plan()
        if self._busy:
            return
        if self.problems():
            self.form.reveal_all_problems()
            self._validate()
            self.form.focus_first_problem()
            return
        at = self._clock.now()

        def save(vault: OpenVault) -> tuple[CarePlanRecord, CarePlans]:
            return care_plan_actions.save_care_plan(vault, plan, at=at, source="entered", issued_by=None)

        self._jobs.run(save, self._on_saved)

    def _take_saved(self, record: CarePlanRecord, loaded: CarePlans) -> None:
        self._current, self._history = loaded.current, loaded.history
        self.history_group.fill(self._history)
        self.form.set_plan(record.plan)  # as saved; nothing edited any more
        self._validate()

    def _missing_text(self, record: CarePlanRecord) -> str:
        missing = [label_text(spec) for spec in _session_required_missing(record.plan)]
        if not missing:
            return ""
        return self.tr("Before your first session, add: %1.").replace("%1", "; ".join(missing))

    def _on_saved(self, result: tuple[CarePlanRecord, CarePlans]) -> None:
        record, loaded = result
        self._take_saved(record, loaded)
        status = self.tr("Care plan saved (%1). The next session uses it.").replace(
            "%1", local_time_text(record.set_at))
        missing = self._missing_text(record)
        self._show(self.status, f"{status} {missing}" if missing else status)
        self.importer.show_status("")
        self.plan_saved.emit(record)

    @Slot()
    def _on_export_clicked(self) -> None:
        record = self._current
        if record is None or self._busy:
            return
        path = self._choose_export_path(self)
        if path is None:
            return
        issued_by = record.issued_by or self.tr("Entered in companion")
        at = self._clock.now()

        def export() -> None:
            care_plan_actions.export_care_plan(record, path, issued_by=issued_by, at=at)

        self._jobs.run(export, lambda _none: self._on_exported(path), via=self._controller.run_in_background)

    def _on_exported(self, path: Path) -> None:
        self._show(self.status, self.tr("The saved care plan was written to %1.").replace("%1", path.name))
