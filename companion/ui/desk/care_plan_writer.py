"""The clinician's care-plan writer (issue 11): a plan for one patient, signed with the desk's key.

It embeds the patient's own care-plan form (``ui.screens.care_plan_form``), so every field, range,
rule between fields, default and source is the one definition both sides share. The form starts from
the plan in the patient's latest export; below it, live, is what the patient will see change when they
import the file (the comparison their app shows). "Sign and save…" checks the plan with the form's
own rules, asks where to save, and writes ``storage.signed_care_plan``'s file atomically off the GUI
thread; then it says where the file is and which fingerprint to read to the patient.

The form's sentences are the patient's ("your address", "where do you live?"): the writer says so
above it rather than keep a second wording of every field.

The default file name carries the date only (``companion-care-plan-YYYYMMDD.json``), like an export's:
a file name travels in mail attachments and sync folders, so no personal content goes in it unless
the clinician types it in the save dialog.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from companion.desk.clinician_key import UnlockedDesk
from companion.domain.care_plan import CarePlan, CarePlanError
from companion.domain.clock import Clock
from companion.storage.atomic import atomic_write_bytes
from companion.storage.errors import DiskError
from companion.storage.signed_care_plan import write_signed_care_plan
from companion.ui.background import BackgroundRunner
from companion.ui.care_plan.care_plan_form import CarePlanForm, readable_problem
from companion.ui.care_plan.care_plan_review import grouped_fingerprint
from companion.ui.desk.care_plan_change_list import PlanChangeList
from companion.ui.jobs import BugReporter, JobDispatcher, report_to_excepthook
from companion.ui.scaled_fonts import scale_fixed_width_font
from companion.ui.widgets.save_dialog import ask_where_to_save
from companion.ui.widgets.scroll_area import make_scroll_area

SavePathChooser = Callable[[QWidget, str], Path | None]  # (parent, suggested file name) -> path or None
_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def suggested_file_name(moment: datetime) -> str:
    """``companion-care-plan-YYYYMMDD.json``, the local date: no personal content (module docstring)."""
    return f"companion-care-plan-{moment.astimezone():%Y%m%d}.json"


def ask_where_to_save_care_plan(parent: QWidget, suggested_name: str) -> Path | None:
    """The save dialog, in Documents with ``suggested_name``; ``None`` when cancelled. Always ``.json``,
    the ending the patient's import dialog looks for."""
    title = QCoreApplication.translate("CarePlanWriter", "Save the signed care plan")
    file_filter = QCoreApplication.translate("CarePlanWriter", "Care-plan files (*.json)")
    return ask_where_to_save(parent, title, suggested_name, file_filter)


def _write_signed_file(path: Path, plan: CarePlan, issued_by: str, issued_at: datetime,
                       desk: UnlockedDesk) -> Path:
    """Background: sign and write atomically (never touch a widget here)."""
    data = write_signed_care_plan(plan, issued_by=issued_by, issued_at=issued_at, signer=desk.signer)
    atomic_write_bytes(path, data, what="the care-plan file")
    return path


class CarePlanWriter(QWidget):
    """Write one patient's next care plan and save it signed; ``saved(path)`` or ``cancelled()``.

    ``cancelled`` also means "closed" once a plan was saved (the button then reads Close).
    """

    saved = Signal(Path)
    cancelled = Signal()

    def __init__(
        self,
        desk: UnlockedDesk,
        runner: BackgroundRunner,
        *,
        patient_name: str,
        plan: CarePlan | None,
        clock: Clock,
        choose_path: SavePathChooser = ask_where_to_save_care_plan,
        parent: QWidget | None = None,
        report_bug: BugReporter = report_to_excepthook,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._clock = clock
        self._choose_path = choose_path
        self._export_plan = plan
        self._busy = False
        self._folder = Path()  # where the file on its way is written (its failure names it)
        # The signed file is written on ``runner``; an answer after this widget was deleted is dropped.
        self._jobs = JobDispatcher(runner.run, self._on_write_failed, report_bug=report_bug,
                                   on_busy=self._set_busy, describe=self._write_error_text,
                                   alive=lambda: Shiboken.isValid(self))
        self._saved_plan: CarePlan | None = None  # the plan on the form when it was last saved
        self._focused_once = False

        heading = QLabel(self.tr("Care plan for %1").replace("%1", patient_name or self.tr("this patient")),
                         self)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        if plan is None:
            start = self.tr("The patient's latest export holds no care plan, so the form starts from the "
                            "documented defaults.")
        else:
            start = self.tr("Filled in from the plan in the patient's latest export. If the patient changed "
                            "their plan since, their app compares the file with that plan instead.")
        intro = QLabel(" ".join((start, self.tr(
            "The fields are worded as the patient reads them: “you” is the patient. You sign as %1.")
            .replace("%1", desk.clinician_name))))
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")

        self.form = CarePlanForm()
        self.form.set_plan(plan)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 12, 12)  # room beside the scroll bar
        holder_layout.setSpacing(14)
        holder_layout.addWidget(intro)  # read once: it scrolls away, the patient's name stays
        holder_layout.addWidget(self.form)
        self.scroll_area = make_scroll_area(holder, self)

        self.change_list = PlanChangeList(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.setAccessibleName(self.tr("Why nothing was saved"))
        self.message.setVisible(False)
        self.result = self._build_result()

        self.sign_button = QPushButton(self.tr("Sign and save…"), self)
        self.sign_button.setAccessibleName(self.tr("Sign and save the care plan"))
        self.sign_button.setProperty("role", "primary")
        self.sign_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel writing this care plan"))
        for button in (self.sign_button, self.cancel_button):
            button.setAutoDefault(False)  # Return is handled here: on a button only, never in a field
        actions = QHBoxLayout()
        actions.addWidget(self.sign_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)

        rule = QFrame(self)  # where the scrolling form ends and what stays on screen begins
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        rule.setForegroundRole(QPalette.ColorRole.Mid)
        bottom = QVBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(rule)
        bottom.addWidget(self.change_list)
        bottom.addWidget(self.result)
        bottom.addWidget(self.message)
        bottom.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

        self.form.edited.connect(self._on_form_edited)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_sign_button_clicked)
        self._refresh()

    def _build_result(self) -> QWidget:
        """Where the file went and the fingerprint to read to the patient (shown after a save)."""
        result = QWidget(self)
        self.result_text = QLabel(self.tr("Signed and saved. Send this file to the patient:"), result)
        self.result_text.setWordWrap(True)
        self.result_path = QLineEdit(result)  # a path is one long word: it scrolls, never widens
        self.result_path.setReadOnly(True)
        self.result_path.setAccessibleName(self.tr("Where the signed care plan was saved"))
        key_text = QLabel(self.tr("When the patient imports it, their app shows your key's fingerprint in "
                                  "these groups. Read it to them, so they know the plan is yours:"), result)
        key_text.setWordWrap(True)
        # Grouped as the patient's review shows it; it wraps at large text instead of running off.
        self.result_fingerprint = QLabel(grouped_fingerprint(self._desk.fingerprint), result)
        self.result_fingerprint.setWordWrap(True)
        self.result_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_fixed_width_font(self.result_fingerprint, 1.0, bold=True)  # l and I, 0 and O differ
        self.result_fingerprint.setAccessibleName(self.tr("Your key's fingerprint"))
        self.result_fingerprint.setAccessibleDescription(self._desk.fingerprint)
        layout = QVBoxLayout(result)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for part in (self.result_text, self.result_path, key_text, self.result_fingerprint):
            layout.addWidget(part)
        result.setVisible(False)
        return result

    # --- public --------------------------------------------------------------------------------

    def plan(self) -> CarePlan:
        """The plan on the form, as it would be signed (it may have problems)."""
        return self.form.plan()

    def problems(self) -> list[str]:
        return self.form.problems()

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def is_busy(self) -> bool:
        return self._busy

    def focus_first_field(self) -> None:
        self.form.editor("medication_name").setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:  # the first field, not the scroll area or a button
            self._focused_once = True
            self.focus_first_field()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels; Return presses the focused button (a field's Return only ends its edit)."""
        focused = self.focusWidget()
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            if self.cancel_button.isEnabled():
                self.cancel_button.click()
            event.accept()
        elif event.key() in _RETURN_KEYS and focused in (self.sign_button, self.cancel_button):
            assert isinstance(focused, QPushButton)
            if focused.isEnabled() and not event.isAutoRepeat():
                focused.animateClick()
            event.accept()
        else:
            super().keyPressEvent(event)

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _refresh(self) -> None:
        """The problems beside the fields, the change list, and whether a save is shown or due."""
        self.form.show_problems(self.form.problems())
        plan = self.form.plan()
        self.change_list.show_changes(self._export_plan, plan)
        self.sign_button.setAccessibleDescription(self.change_list.summary())  # heard with the action
        unchanged_since_save = self._saved_plan is not None and plan == self._saved_plan
        self.result.setVisible(unchanged_since_save)
        self.change_list.setVisible(not unchanged_since_save)
        self.cancel_button.setText(self.tr("Close") if unchanged_since_save else self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close the care-plan writer") if unchanged_since_save
                                             else self.tr("Cancel writing this care plan"))
        self.form.setEnabled(not self._busy)
        self.sign_button.setEnabled(not self._busy)
        self.cancel_button.setEnabled(not self._busy)

    @Slot()
    def _on_form_edited(self) -> None:
        self._show(self.message, "")
        self._refresh()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if not self._busy:
            self.cancelled.emit()

    @Slot()
    def _on_sign_button_clicked(self) -> None:
        if self._busy:
            return
        if self.form.problems():
            self.form.reveal_all_problems()
            self._refresh()
            count = len(self.form.problems())
            self._show(self.message, self.tr("Nothing was signed. Fix what is shown in red beside the fields "
                                             "(%1), then sign again.").replace("%1", str(count)))
            self.form.focus_first_problem()
            return
        self._show(self.message, "")
        plan, issued_at = self.form.plan(), self._clock.now()
        path = self._choose_path(self, suggested_file_name(issued_at))
        if path is None:
            return
        desk, issued_by = self._desk, self._desk.clinician_name
        self._folder = path.parent
        self._jobs.run(lambda: _write_signed_file(path, plan, issued_by, issued_at, desk),
                       lambda written: self._on_written(written, plan))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh()

    def _on_written(self, written: object, plan: CarePlan) -> None:
        assert isinstance(written, Path)
        self._saved_plan = plan
        self.result_path.setText(str(written))
        self.result_path.setCursorPosition(0)
        self._refresh()
        self.result_path.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(written)

    def _write_error_text(self, error: BaseException) -> str | None:
        """A known failure of the write as one sentence; None for a bug (the crash dialog)."""
        if isinstance(error, DiskError):
            return self._disk_sentence(error, self._folder)
        if isinstance(error, CarePlanError):  # the form's check and the file's disagree: say what
            return " ".join(readable_problem(p) for p in error.problems)
        return None

    def _on_write_failed(self, sentence: str) -> None:
        self._show(self.message, sentence)
        self.sign_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _disk_sentence(self, error: DiskError, folder: Path) -> str:
        """One sentence about the folder the clinician chose (the storage layer's speaks of a data folder)."""
        cause = error.__cause__
        number = cause.errno if isinstance(cause, OSError) else None
        if number in (errno.EACCES, errno.EPERM):
            sentence = self.tr("companion may not write in %1, so nothing was saved. Choose another folder "
                               "and sign again.")
        elif number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            sentence = self.tr("The disk of %1 is full, so nothing was saved. Free some space or choose "
                               "another folder, and sign again.")
        elif number == errno.EROFS:
            sentence = self.tr("The disk of %1 is read-only, so nothing was saved. Choose another folder and "
                               "sign again.")
        else:
            sentence = self.tr("The file could not be written in %1, so nothing was saved. Choose another "
                               "folder and sign again.")
        return sentence.replace("%1", str(folder))
