"""Importing a clinician's care-plan file, the top of the care-plan editor (issue 11).

The button opens the file dialog; the file is read in the background (``read_care_plan_bytes``, which
refuses a folder, a pipe, a device or a huge file before reading a byte; never on the database thread,
which a slow disk must not hold), then reviewed on the database thread (``review_care_plan_file``, which
stores nothing). A file the app refuses shows every problem here, an unreadable one or something that is
not a file a sentence; the plan in force is untouched either way.
A good file opens the review (``care_plan_review``); the patient's choice is stored on the database
thread (``accept_care_plan_import``) and announced with ``plan_accepted``. The messages are shown
under the button, where the patient is looking, not under the long form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from companion.services import care_plan_actions
from companion.services.care_plan_actions import (
    CarePlanFileProblems,
    CarePlanImportReview,
    ImportChoice,
    NotARegularFile,
)
from companion.ui.care_plan.care_plan_problems import care_plan_error_text
from companion.ui.care_plan.care_plan_review import CarePlanReviewDialog
from companion.ui.formatting import local_time_text
from companion.ui.jobs import JobDispatcher

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.services.care_plan_actions import CarePlans
    from companion.storage.care_plans import CarePlanRecord
    from companion.storage.vault import OpenVault
    from companion.ui.care_plan.care_plan_files import PathChooser
    from companion.ui.vault_controller import VaultController


class CarePlanImportPanel(QWidget):
    """The import button, what became of the last file, and the review while it is open."""

    busy_changed = Signal(bool)  # a file is being read or a plan stored: the editor waits
    plan_accepted = Signal(object)  # (CarePlanRecord, CarePlans) once stored

    def __init__(self, controller: VaultController, parent: QWidget | None = None, *,
                 choose_path: PathChooser, clock: Clock) -> None:
        super().__init__(parent)
        self._controller = controller
        self._choose_path = choose_path
        self._clock = clock
        # Answers from before a clear_content(), or after this widget was deleted, are dropped.
        self._jobs = JobDispatcher(controller.run_in_database, self.show_status,
                                   on_busy=self.busy_changed.emit, describe=care_plan_error_text,
                                   alive=lambda: Shiboken.isValid(self))
        self.review_dialog: CarePlanReviewDialog | None = None  # a file the patient has not decided on

        self.import_button = QPushButton(self.tr("Import clinician's file…"), self)
        self.import_button.setAccessibleName(self.tr("Import the clinician's care-plan file"))
        self.import_button.setAutoDefault(False)  # Return in a field of the dialog must not press it
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names the issuer the file gives
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.status.setVisible(False)
        self.file_problems_panel = QFrame(self)
        self.file_problems_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.file_problems_heading = QLabel(self.file_problems_panel)
        self.file_problems_heading.setWordWrap(True)
        self.file_problems_list = QLabel(self.file_problems_panel)
        self.file_problems_list.setTextFormat(Qt.TextFormat.PlainText)
        self.file_problems_list.setWordWrap(True)
        self.file_problems_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_problems_list.setAccessibleName(self.tr("Problems in the file"))
        self.dismiss_button = QPushButton(self.tr("Close this message"), self.file_problems_panel)
        self.dismiss_button.setAccessibleName(self.tr("Close the list of problems in the file"))
        self.dismiss_button.setAutoDefault(False)
        panel_layout = QVBoxLayout(self.file_problems_panel)
        panel_layout.addWidget(self.file_problems_heading)
        panel_layout.addWidget(self.file_problems_list)
        dismiss_row = QHBoxLayout()
        dismiss_row.addStretch(1)
        dismiss_row.addWidget(self.dismiss_button)
        panel_layout.addLayout(dismiss_row)
        self.file_problems_panel.setVisible(False)

        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(import_row)
        layout.addWidget(self.status)
        layout.addWidget(self.file_problems_panel)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)

    # --- public --------------------------------------------------------------------------------

    def file_problems(self) -> list[str]:
        """The problems of the last refused file, while they are on screen."""
        if self.file_problems_panel.isHidden():
            return []
        return [line.removeprefix("•  ") for line in self.file_problems_list.text().split("\n") if line]

    def status_text(self) -> str:
        return self.status.text() if not self.status.isHidden() else ""

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def clear_content(self) -> None:
        """On lock: close the review, forget the messages and any answer on its way."""
        self._jobs.clear()
        self._close_review()
        self.show_status("")
        self.file_problems_list.clear()
        self.file_problems_panel.setVisible(False)

    # --- internals -----------------------------------------------------------------------------

    def _run(self, job: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        """``job`` on the database thread; its answer here unless clear_content() came first."""
        self._jobs.run(job, on_success)

    def _run_in_background(self, job: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        """``job`` on a background thread (file work, never the database's); its answer as for _run."""
        self._jobs.run(job, on_success, via=self._controller.run_in_background)

    @Slot()
    def _on_import_button_clicked(self) -> None:
        path = self._choose_path(self)
        if path is None or self._jobs.is_busy():
            return
        self.show_status(self.tr("Reading the file…"))
        self.file_problems_panel.setVisible(False)
        self._run_in_background(lambda: care_plan_actions.read_care_plan_bytes(path), self._on_file_read)

    def _on_file_read(self, outcome: bytes | CarePlanFileProblems | NotARegularFile | OSError) -> None:
        if isinstance(outcome, bytes):
            self._run(lambda vault: care_plan_actions.review_care_plan_file(vault, outcome),
                      self._on_file_reviewed)
        else:
            self._on_file_reviewed(outcome)

    def _on_file_reviewed(
        self, outcome: CarePlanImportReview | CarePlanFileProblems | NotARegularFile | OSError
    ) -> None:
        self.show_status("")
        if isinstance(outcome, OSError):
            self.show_status(self.tr("That file could not be read. Check that it is still there, then try "
                                     "again. Your care plan is unchanged."))
            return
        if isinstance(outcome, NotARegularFile):
            self.show_status(
                self.tr("That is a folder, not a file. Choose the care-plan file itself (its name ends in "
                        ".json). Your care plan is unchanged.") if outcome.is_folder else
                self.tr("That is not an ordinary file (it may be a device or a pipe), so it was not read. "
                        "Choose the care-plan file your clinician gave you. Your care plan is unchanged."))
            return
        if isinstance(outcome, CarePlanFileProblems):
            count = len(outcome.problems)
            self.file_problems_heading.setText(
                self.tr("This file cannot be used, so your care plan is unchanged. Please ask your clinician "
                        "for a corrected file. What is wrong (%1):").replace("%1", str(count)))
            self.file_problems_list.setText("\n".join(f"•  {p}" for p in outcome.problems))
            self.file_problems_panel.setVisible(True)
            self.dismiss_button.setFocus()
            return
        self._close_review()
        dialog = CarePlanReviewDialog(outcome, self)
        dialog.choice_made.connect(self._on_review_choice_made)
        dialog.rejected.connect(self._on_review_rejected)
        self.review_dialog = dialog
        dialog.open()  # window-modal; the GUI thread goes on

    def _close_review(self) -> None:
        dialog, self.review_dialog = self.review_dialog, None
        if dialog is not None:
            dialog.choice_made.disconnect(self._on_review_choice_made)
            dialog.rejected.disconnect(self._on_review_rejected)
            dialog.reject()
            dialog.deleteLater()

    @Slot()
    def _on_review_rejected(self) -> None:
        self._close_review()
        self.show_status(self.tr("Nothing was imported: your care plan is unchanged."))
        self.import_button.setFocus()

    def _on_review_choice_made(self, review: CarePlanImportReview, choice: ImportChoice) -> None:
        self._close_review()
        at = self._clock.now()

        def accept(vault: OpenVault) -> tuple[CarePlanRecord, CarePlans]:
            return care_plan_actions.accept_care_plan_import(vault, review, choice, at=at)

        self.show_status(self.tr("Saving the care plan…"))
        self._run(accept, lambda result: self._on_accepted(result, choice))

    def _on_accepted(self, result: tuple[CarePlanRecord, CarePlans], choice: ImportChoice) -> None:
        record, _plans = result
        status = self.tr("The care plan from %1 was saved (%2). The next session uses it.").replace(
            "%2", local_time_text(record.set_at)).replace("%1", record.issued_by or "")
        if choice is ImportChoice.CONFIRM_KEY_AND_ACCEPT:
            status += " " + self.tr("Its key is remembered: later plans signed with it are recognised.")
        self.show_status(status)
        self.import_button.setFocus()
        self.plan_accepted.emit(result)

    @Slot()
    def _on_dismiss_button_clicked(self) -> None:
        self.file_problems_panel.setVisible(False)
        self.import_button.setFocus()
