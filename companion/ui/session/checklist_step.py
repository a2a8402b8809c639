"""The safety checklist: one large yes/no per question, reminders to tick, from build_checklist(plan).

A stop answer shows at once why the session cannot start and whom to call; a caution answer asks
for an explicit acknowledgement (and, for other medicines today, which kinds were taken).  Each
answer keeps the time it was given; the page stores them all when the step is left.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.checklist import (
    VITALS_ID,
    Answer,
    ChecklistItem,
    ChecklistOutcome,
    ItemKind,
    MedicineCategory,
    build_checklist,
    contact_text,
    evaluate_checklist,
)
from companion.ui.core_text import core_text
from companion.ui.i18n import translate
from companion.ui.widgets.check_row import CheckRow
from companion.ui.widgets.session_widgets import (
    ActionScreen,
    SessionButton,
    YesNoChoice,
    make_heading,
    make_label,
)

# The checklist's categories as the domain words them (checklist.MEDICINE_CATEGORY_LABELS), marked here.
CATEGORY_LABELS: dict[MedicineCategory, str] = {
    MedicineCategory.BENZODIAZEPINES: str(QT_TRANSLATE_NOOP(
        "Session", "Benzodiazepines (such as lorazepam, diazepam or alprazolam)")),
    MedicineCategory.SLEEPING_PILLS: str(QT_TRANSLATE_NOOP(
        "Session", "Other sleeping pills (such as zolpidem or zopiclone)")),
    MedicineCategory.STIMULANTS: str(QT_TRANSLATE_NOOP(
        "Session", "Stimulants (such as methylphenidate or amphetamine)")),
    MedicineCategory.MAOIS: str(QT_TRANSLATE_NOOP(
        "Session", "MAOIs (such as phenelzine, tranylcypromine or selegiline)")),
    MedicineCategory.OPIOIDS: str(QT_TRANSLATE_NOOP(
        "Session", "Opioids (such as codeine, tramadol or oxycodone)")),
}


class _QuestionRow(QFrame):
    """A stop or caution question, with what its answer means shown beneath it."""

    def __init__(self, item: ChecklistItem, plan: CarePlan, parent: QWidget) -> None:
        super().__init__(parent)
        self.item = item
        self.choice = YesNoChoice(core_text(item.question), self)
        self.notice = make_label("", self, role="error" if item.kind is ItemKind.STOP else "")
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(10)
        if item.kind is ItemKind.STOP:
            self.notice.setText(f"{core_text(item.explanation)}\n\n{core_text(contact_text(plan))}")
        else:
            self.notice.setText(core_text(item.explanation))
        self.categories: dict[MedicineCategory, CheckRow] = {}
        self.category_box = QWidget(self)
        category_layout = QVBoxLayout(self.category_box)
        category_layout.setContentsMargins(0, 0, 0, 0)
        category_layout.addWidget(make_label(translate("Session",
                                                       "Which kinds? Tick every one you took today:"),
                                             self.category_box, bold=True))
        for category in MedicineCategory:
            box = CheckRow(translate("Session", CATEGORY_LABELS[category]), self.category_box)
            self.categories[category] = box
            category_layout.addWidget(box)
        self.names_label = make_label(translate("Session", "Their names and doses (optional):"), self)
        self.names = QLineEdit(self)
        self.names.setAccessibleName(translate("Session", "Names of what you took today"))
        self.names_label.setBuddy(self.names)
        self.acknowledge = CheckRow(translate(
            "Session", "I have read this and want to go on. My clinician will see this answer."), self)
        acknowledge = translate("Session", "Acknowledge: %1")
        self.acknowledge.box.setAccessibleName(acknowledge.replace("%1", core_text(item.question)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.choice, self.notice, self.category_box, self.names_label, self.names,
                       self.acknowledge):
            layout.addWidget(widget)
        self.refresh()

    def chosen_categories(self) -> tuple[MedicineCategory, ...]:
        return tuple(category for category, box in self.categories.items() if box.isChecked())

    def refresh(self) -> None:
        hit = self.choice.value() is not None and self.choice.value() == self.item.blocking_answer
        caution = self.item.kind is ItemKind.CAUTION
        self.notice.setVisible(hit)
        self.category_box.setVisible(hit and self.item.records_categories)
        self.names.setVisible(hit and self.item.records_names)
        self.names_label.setVisible(hit and self.item.records_names)
        self.acknowledge.setVisible(hit and caution)


class ChecklistStep(ActionScreen):
    """Emits ``completed(answers)`` when nothing blocks, ``blocked(answers, reasons)`` on a stop answer,
    or ``stop_requested``."""

    completed = Signal(object)  # dict[str, Answer]
    blocked = Signal(object, object)  # dict[str, Answer], list[str]
    stop_requested = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._plan: CarePlan | None = None
        self._items: tuple[ChecklistItem, ...] = ()
        self._rows: list[_QuestionRow] = []
        self._reminders: dict[str, CheckRow] = {}
        self._times: dict[str, datetime] = {}

        self.heading = make_heading(translate("Session", "Before you start: the safety checklist"), self)
        self.intro = make_label(translate(
            "Session",
            "Answer each question honestly. Some answers mean today is not a good day for a session; "
            "the app will tell you why and whom to call."), self)
        self.body = QWidget(self)
        self.questions_layout = QVBoxLayout(self.body)
        self.questions_layout.setContentsMargins(0, 0, 0, 0)
        self.status = make_label("", self, role="muted")
        self.continue_button = SessionButton(translate("Session", "Continue to blood pressure"), self,
                                             role="primary")
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        self.stop_button = SessionButton(translate("Session", "Not today…"), self)
        self.stop_button.clicked.connect(self.stop_requested)
        self.add_body(self.heading, self.intro, self.body)
        self.finish_body()
        self.add_status(self.status)
        self.add_actions(self.continue_button, self.stop_button, main=self.continue_button)

    # --- building -------------------------------------------------------------------------------

    def load(self, plan: CarePlan, answers: Mapping[str, Answer]) -> None:
        """Show the plan's questions, filled with the answers already stored (after a restart)."""
        self._clear_body()
        self._plan = plan
        self._items = build_checklist(plan)
        self._times = {key: answer.answered_at for key, answer in answers.items()}
        reminders: list[ChecklistItem] = []
        for item in self._items:
            if item.kind is ItemKind.PREPARE:
                reminders.append(item)
                continue
            row = _QuestionRow(item, plan, self.body)
            stored = answers.get(item.id)
            if stored is not None:
                row.choice.set_value(stored.value)
                row.names.setText(stored.names)
                for category in stored.categories:
                    row.categories[category].setChecked(True)
                row.acknowledge.setChecked(stored.acknowledged)
                row.refresh()
            row.choice.changed.connect(lambda _v, key=item.id: self._on_answer_changed(key))
            row.names.textChanged.connect(lambda _t, key=item.id: self._on_answer_changed(key))
            for box in row.categories.values():
                box.toggled.connect(lambda _c, key=item.id: self._on_answer_changed(key))
            row.acknowledge.toggled.connect(lambda _c, key=item.id: self._on_answer_changed(key))
            self._rows.append(row)
            self.questions_layout.addWidget(row)
        if reminders:
            ready = make_label(translate("Session", "Get ready (tick each one when it is done)"), self.body,
                               bold=True)
            self.questions_layout.addWidget(ready)
        for item in reminders:
            box = CheckRow(core_text(item.question), self.body)
            box.setToolTip(core_text(item.explanation))
            stored = answers.get(item.id)
            box.setChecked(stored is not None and stored.value)
            box.toggled.connect(lambda _c, key=item.id: self._on_answer_changed(key))
            self._reminders[item.id] = box
            self.questions_layout.addWidget(box)
        self._update()

    def _clear_body(self) -> None:
        for widget in [*self._rows, *self._reminders.values()]:
            widget.deleteLater()
        while self.questions_layout.count():
            taken = self.questions_layout.takeAt(0)
            child = None if taken is None else taken.widget()
            if child is not None:
                child.deleteLater()
        self._rows, self._reminders = [], {}

    def clear_content(self) -> None:
        self._clear_body()
        self._plan, self._items, self._times = None, (), {}

    # --- answers --------------------------------------------------------------------------------

    def rows(self) -> dict[str, _QuestionRow]:
        return {row.item.id: row for row in self._rows}

    def reminders(self) -> dict[str, CheckRow]:
        return dict(self._reminders)

    def answers(self) -> dict[str, Answer]:
        answers: dict[str, Answer] = {}
        for row in self._rows:
            value = row.choice.value()
            if value is None:
                continue
            hit = value == row.item.blocking_answer
            answers[row.item.id] = Answer(
                value,
                names=row.names.text().strip() if hit and row.item.records_names else "",
                categories=row.chosen_categories() if hit and row.item.records_categories else (),
                acknowledged=hit and row.item.kind is ItemKind.CAUTION and row.acknowledge.isChecked(),
                answered_at=self._times.get(row.item.id) or self._now(),
            )
        for key, box in self._reminders.items():
            if box.isChecked():
                answers[key] = Answer(True, answered_at=self._times.get(key) or self._now())
        return answers

    def outcome(self) -> ChecklistOutcome | None:
        if self._plan is None:
            return None
        return evaluate_checklist(self._items, self.answers(), None, self._plan)

    def _on_answer_changed(self, key: str) -> None:
        self._times[key] = self._now()
        for row in self._rows:
            row.refresh()
        self._update()

    def _update(self) -> None:
        outcome = self.outcome()
        if outcome is None:
            return
        missing = [key for key in outcome.missing if key != VITALS_ID]
        if outcome.blocked_by:
            self.continue_button.setText(translate("Session", "Stop here for today"))
            self.status.setText(translate("Session",
                                          "Today is not a good day for a session. See the note above."))
            self.continue_button.setEnabled(True)
        else:
            self.continue_button.setText(translate("Session", "Continue to blood pressure"))
            ready = not missing and not outcome.needs_acknowledgement
            self.continue_button.setEnabled(ready)
            self.status.setText("" if ready else translate(
                "Session", "Answer every question (and tick the acknowledgement where asked) to go on."))
        self.continue_button.setAccessibleName(self.continue_button.text())

    @Slot()
    def _on_continue_button_clicked(self) -> None:
        outcome = self.outcome()
        if outcome is None:
            return
        answers = self.answers()
        if outcome.blocked_by:
            by_id = {item.id: item for item in self._items}
            # The sentences themselves, stored with their parts: shown translated, now and on resuming.
            reasons = [by_id[key].explanation for key in outcome.blocked_by if key in by_id]
            self.blocked.emit(answers, reasons)
        elif self.continue_button.isEnabled():
            self.completed.emit(answers)

