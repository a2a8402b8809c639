"""PHQ-9, GAD-7 or PCL-5, one item per screen, in the published wording (instrument_texts).

The wording is the published version in the language companion speaks (:func:`text_for` with
:func:`current_language`): the validated Spanish PHQ-9 and GAD-7 in Spanish, the English PCL-5 with a
note saying why. The answers are the same values in every language, so the score never depends on it.

The form keeps the answers in memory only. Finishing scores them with :func:`instruments.score`; a
form that does not score (an item unanswered) is never handed on, so a questionnaire is either
complete and saved, or not saved at all. Stopping, or locking the vault, forgets the answers.

PHQ-9 item 9 answered above 0 shows the crisis panel at once, before the next key or click, in
place of the form; it stays until acknowledged. The difficulty question follows item 9 when any
problem was checked off, as on the printed form.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from companion.domain.care_plan import CarePlan
from companion.domain.instrument_texts import text_for
from companion.domain.instruments import (
    IncompleteQuestionnaireError,
    Instrument,
    QuestionnaireScore,
    definition,
    needs_crisis_resources,
    score,
)
from companion.storage.questionnaires import QuestionnaireRecord
from companion.ui.checkins.crisis_panel import CrisisPanel
from companion.ui.checkins.questionnaire_screens import QuestionnaireResultView, QuestionScreen
from companion.ui.core_text import core_text
from companion.ui.i18n import translate
from companion.ui.language import current_language


class QuestionnaireForm(QWidget):
    """Emits ``save_requested(QuestionnaireScore)`` (complete forms only), ``stopped`` or ``done``."""

    save_requested = Signal(object)
    stopped = Signal()
    done = Signal()
    crisis_shown = Signal(int)  # the answer to PHQ-9 question 9 (above 0), the moment it is given

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._instrument: Instrument | None = None
        self._plan = CarePlan()
        self._answers: list[int | None] = []
        self._difficulty: int | None = None
        self._position = 0  # item index; item_count means the difficulty question
        self._crisis_acknowledged = False
        self.stack = QStackedWidget(self)
        self.question = QuestionScreen(self.stack)
        self.crisis_panel = CrisisPanel(self.stack)
        self.result = QuestionnaireResultView(self.stack)
        for widget in (self.question, self.crisis_panel, self.result):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.question.chosen.connect(self._on_question_chosen)
        self.question.forward_requested.connect(self._on_question_forward_requested)
        self.question.back_requested.connect(self._on_question_back_requested)
        self.question.stop_requested.connect(self._on_question_stop_requested)
        self.crisis_panel.acknowledged.connect(self._on_crisis_panel_acknowledged)
        self.result.done.connect(self.done)

    # --- what the page asks ---------------------------------------------------------------------

    def instrument(self) -> Instrument | None:
        return self._instrument

    def answers(self) -> list[int | None]:
        return list(self._answers)

    def position(self) -> int:
        return self._position

    def crisis_visible(self) -> bool:
        return self.stack.currentWidget() is self.crisis_panel

    def result_visible(self) -> bool:
        return self.stack.currentWidget() is self.result

    def start(self, instrument: Instrument, plan: CarePlan) -> None:
        """A fresh, empty form for ``instrument``."""
        self.clear_content()
        self._instrument, self._plan = instrument, plan
        self._answers = [None] * definition(instrument).item_count
        self._show_position(0)

    def show_saved(self, record: QuestionnaireRecord) -> None:
        self.result.show_record(record, self._plan)
        self.stack.setCurrentWidget(self.result)
        self._answers, self._difficulty = [], None

    def show_error(self, sentence: str) -> None:
        self.question.set_busy(False)
        self._show_position(self._position)
        self.question.show_message(sentence)

    def clear_content(self) -> None:
        self._instrument = None
        self._answers, self._difficulty, self._position = [], None, 0
        self._crisis_acknowledged = False
        self.question.set_busy(False)
        self.question.set_crisis_reminder(None)
        self.question.show_message("")
        self.crisis_panel.clear_content()
        self.result.clear_content()
        self.stack.setCurrentWidget(self.question)

    # --- moving through the form ----------------------------------------------------------------

    def _asks_difficulty(self) -> bool:
        """The PHQ-9's last question, asked "if you checked off any problems"."""
        if self._instrument is None or not definition(self._instrument).has_difficulty_question:
            return False
        return any(answer is not None and answer > 0 for answer in self._answers)

    def _last_position(self) -> int:
        return len(self._answers) if self._asks_difficulty() else len(self._answers) - 1

    def _show_position(self, position: int) -> None:
        instrument = self._instrument
        if instrument is None:
            return
        texts = text_for(instrument, current_language())
        count = len(self._answers)
        self._position = position
        if position < count:
            progress = (translate("Checkins", "Question %1 of %2").replace("%1", str(position + 1))
                        .replace("%2", str(count)))
            question, answers, chosen = texts.items[position], texts.answers, self._answers[position]
            stem = texts.stem
        else:
            progress = translate("Checkins", "One last question")
            question, answers = texts.difficulty_question or "", texts.difficulty_answers
            chosen = self._difficulty
            stem = ""
        self.question.show_question(
            title=texts.title, progress=progress,
            introduction=texts.introduction if position == 0 else None, stem=stem, question=question,
            answers=answers, chosen=chosen, first=position == 0, last=position >= self._last_position(),
            notice=texts.notice, language_note=texts.language_note,
        )
        self.stack.setCurrentWidget(self.question)

    @Slot(int)
    def _on_question_chosen(self, value: int) -> None:
        instrument = self._instrument
        if instrument is None or self.stack.currentWidget() is not self.question:
            return
        if self._position < len(self._answers):
            self._answers[self._position] = value
        else:
            self._difficulty = value
        self.question.mark_chosen(value)
        # The last screen may change: the difficulty question appears once a problem is checked off.
        self.question.forward_button.setText(
            translate("Checkins", "Finish and save") if self._position >= self._last_position()
            else translate("Checkins", "Next"))
        self.question.forward_button.setAccessibleName(self.question.forward_button.text())
        if (self._position < len(self._answers) and not self._crisis_acknowledged
                and needs_crisis_resources(instrument, self._position, value)):
            self._show_crisis(value)

    def _show_crisis(self, value: int) -> None:
        self.stack.setCurrentWidget(self.crisis_panel)
        self.crisis_panel.show_for(self._plan)
        self.crisis_shown.emit(value)

    @Slot()
    def _on_crisis_panel_acknowledged(self) -> None:
        self._crisis_acknowledged = True
        self.question.set_crisis_reminder(self._plan)
        self._show_position(self._position)

    @Slot()
    def _on_question_forward_requested(self) -> None:
        if self._instrument is None or self.stack.currentWidget() is not self.question:
            return
        current = self._answers[self._position] if self._position < len(self._answers) else self._difficulty
        if current is None:
            return
        if self._position < self._last_position():
            self._show_position(self._position + 1)
            return
        self._finish()

    def _finish(self) -> None:
        assert self._instrument is not None
        difficulty = self._difficulty if self._asks_difficulty() else None
        try:
            result: QuestionnaireScore = score(self._instrument, self._answers, difficulty)
        except IncompleteQuestionnaireError as error:
            # Not reachable by moving forward one answered screen at a time; refuse rather than guess.
            missing = next((index for index, value in enumerate(self._answers) if value is None), 0)
            self._show_position(missing)
            self.question.show_message(core_text(error))
            return
        self.question.set_busy(True)  # until the save answers: one record per form
        self.save_requested.emit(result)

    @Slot()
    def _on_question_back_requested(self) -> None:
        if self._position > 0 and self.stack.currentWidget() is self.question:
            self._show_position(self._position - 1)

    @Slot()
    def _on_question_stop_requested(self) -> None:
        self.clear_content()
        self.stopped.emit()
