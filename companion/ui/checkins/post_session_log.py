"""After a session: mood, anxiety, energy and peak intensity (0–10), side effects and a note.

Made for someone still a little foggy: large controls, side effects start at "none", and only the
four ratings are needed. Mood and anxiety show the values given before the dose. A log can be
corrected at any time; the repository keeps every save as a version, and one made more than 24 h
after the first save is shown to the clinician as a late edit, which the form says before saving.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from companion.domain.flag_rules import EDIT_WINDOW
from companion.services.checkins_state import PostSessionContext
from companion.storage.checkins import SIDE_EFFECTS, PostSessionLog
from companion.ui.checkins.checkin_widgets import (
    NoteField,
    SeverityChoice,
    button_row,
    fill_with_scrolling_column,
    format_when,
    heading,
)
from companion.ui.i18n import translate
from companion.ui.widgets.rating_scale import RatingScale
from companion.ui.widgets.session_widgets import SessionButton, make_label

_OTHER_MAX = 200


_SIDE_EFFECT_CAPTIONS = {
    "nausea": str(QT_TRANSLATE_NOOP("Checkins", "Nausea")),
    "vomiting": str(QT_TRANSLATE_NOOP("Checkins", "Vomiting")),
    "dizziness": str(QT_TRANSLATE_NOOP("Checkins", "Dizziness")),
    "headache": str(QT_TRANSLATE_NOOP("Checkins", "Headache")),
    "blurred_or_double_vision": str(QT_TRANSLATE_NOOP("Checkins", "Blurred or double vision")),
    "racing_heart": str(QT_TRANSLATE_NOOP("Checkins", "Racing heart")),
    "confusion": str(QT_TRANSLATE_NOOP("Checkins", "Confusion")),
    "anxiety_or_panic": str(QT_TRANSLATE_NOOP("Checkins", "Anxiety or panic")),
    "bladder_pain_or_urgency": str(QT_TRANSLATE_NOOP("Checkins", "Bladder pain or urgency")),
    "other": str(QT_TRANSLATE_NOOP("Checkins", "Something else")),
}
# One row per stored side effect, in the stored order.
assert tuple(_SIDE_EFFECT_CAPTIONS) == SIDE_EFFECTS


def side_effect_labels() -> dict[str, str]:
    """Side-effect names to their translated captions, in SIDE_EFFECTS order."""
    return {name: translate("Checkins", _SIDE_EFFECT_CAPTIONS[name]) for name in _SIDE_EFFECT_CAPTIONS}


def _before_text(value: int | None) -> str:
    """The value given before the dose, under its rating ("" when there is none)."""
    return "" if value is None else translate("Checkins", "Before the session: %1").replace("%1", str(value))


class PostSessionLogForm(QWidget):
    """Emits ``save_requested(PostSessionLog)`` or ``cancelled``; shows what the repository stored."""

    save_requested = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: PostSessionContext | None = None
        content = QWidget(self)
        self.heading = heading(translate("Checkins", "How do you feel now?"), content)
        self.intro = make_label("", content)
        self.edit_note = make_label("", content, role="muted")
        self.edit_note.hide()
        self.mood = RatingScale(translate("Checkins", "Mood"), translate("Checkins", "very low"),
                                translate("Checkins", "very good"), content)
        self.anxiety = RatingScale(translate("Checkins", "Anxiety"), translate("Checkins", "calm"),
                                   translate("Checkins", "very anxious"), content)
        self.energy = RatingScale(translate("Checkins", "Energy"), translate("Checkins", "none"),
                                  translate("Checkins", "full of energy"), content)
        self.peak_intensity = RatingScale(
            translate("Checkins", "How intense was the experience at its strongest?"),
            translate("Checkins", "not at all"), translate("Checkins", "extremely"), content
        )
        self.side_effects: dict[str, SeverityChoice] = {
            name: SeverityChoice(name, label, content) for name, label in side_effect_labels().items()
        }
        self.other_text = QLineEdit(content)
        self.other_text.setMaxLength(_OTHER_MAX)
        self.other_text.setPlaceholderText(translate("Checkins", "What was it? (optional)"))
        self.other_text.setAccessibleName(translate("Checkins", "Something else: what was it"))
        self.other_text.setMinimumHeight(40)
        self.note = NoteField(translate("Checkins", "Anything else you want to remember (optional)"),
                              translate("Checkins", "Anything else you want to remember (optional)"), content)
        self.message = make_label("", content, role="error")
        self.message.hide()
        self.missing = make_label(translate("Checkins",
                                            "Choose a number for each of the four ratings to save."), content,
                                  role="muted")
        self.save_button = SessionButton(translate("Checkins", "Save"), content, role="primary")
        self.cancel_button = SessionButton(translate("Checkins", "Not now"), content)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.cancelled)
        for rating in self.ratings():
            rating.changed.connect(self._update)

        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(14)
        for widget in (self.heading, self.intro, self.edit_note, *self.ratings()):
            column.addWidget(widget)
        column.addSpacing(8)
        column.addWidget(make_label(translate("Checkins", "Side effects since the dose"), content, factor=1.2,
                                    bold=True))
        column.addWidget(make_label(translate("Checkins",
                                              "Everything starts at “None”: change only what you noticed."),
                                    content, role="muted"))
        for choice in self.side_effects.values():
            column.addWidget(choice)
        other_row = QHBoxLayout()
        other_row.setContentsMargins(24, 0, 0, 0)
        other_row.addWidget(self.other_text)
        column.addLayout(other_row)
        column.addSpacing(8)
        column.addWidget(make_label(translate("Checkins", "A note (optional)"), content, factor=1.2,
                                    bold=True))
        column.addWidget(self.note)
        column.addWidget(self.message)
        column.addWidget(self.missing)
        column.addLayout(button_row(self.save_button, self.cancel_button))
        column.addStretch(1)
        self.scroll_area = fill_with_scrolling_column(self, content)
        self._update()

    def ratings(self) -> tuple[RatingScale, RatingScale, RatingScale, RatingScale]:
        return self.mood, self.anxiety, self.energy, self.peak_intensity

    def session_id(self) -> int | None:
        return None if self._context is None else self._context.session_id

    def load(self, context: PostSessionContext, now: datetime) -> None:
        """Show the form for ``context``'s session: empty, or filled with the latest saved version."""
        self.clear_content()
        self._context = context
        self.intro.setText(translate("Checkins",
                                     "After the session that ended on %1. Only the four ratings are needed.")
                           .replace("%1", format_when(context.ended_at)))
        baseline = context.baseline
        self.mood.set_before(_before_text(None if baseline is None else baseline.mood))
        self.anxiety.set_before(_before_text(None if baseline is None else baseline.anxiety))
        record = context.record
        if record is not None:
            log = record.log
            self.mood.choose(log.mood)
            self.anxiety.choose(log.anxiety)
            self.energy.choose(log.energy)
            self.peak_intensity.choose(log.peak_intensity)
            for name, severity in log.side_effects.items():
                self.side_effects[name].set_value(severity)
            self.other_text.setText(log.other_text)
            self.note.setPlainText(log.note)
            self.heading.setText(translate("Checkins", "Your log after the session"))
            self.save_button.setText(translate("Checkins", "Save changes"))
            self.save_button.setAccessibleName(translate("Checkins", "Save changes"))
            late = now - record.created_at > EDIT_WINDOW
            self.edit_note.setText(
                translate("Checkins", "It is more than a day since you first saved this log. If you change "
                                      "it, the earlier version is kept and your clinician will see that it "
                                      "was changed later.") if late
                else translate("Checkins",
                               "You can correct this log until %1. Earlier versions are always kept.")
                .replace("%1", format_when(record.created_at + EDIT_WINDOW)))
            self.edit_note.setProperty("role", "error" if late else "muted")
            self.edit_note.style().polish(self.edit_note)
            self.edit_note.show()
        self._update()

    def log(self) -> PostSessionLog | None:
        """The log as filled in, or None while a rating is missing."""
        values = [rating.value() for rating in self.ratings()]
        if self._context is None or any(value is None for value in values):
            return None
        mood, anxiety, energy, peak = (int(value or 0) for value in values)
        effects = {name: choice.value() for name, choice in self.side_effects.items()}
        return PostSessionLog(self._context.session_id, mood, anxiety, energy, peak, effects,
                              self.other_text.text(), self.note.text())

    def show_error(self, sentence: str) -> None:
        self.message.setText(sentence)
        self.message.show()
        self.save_button.setEnabled(True)

    def clear_content(self) -> None:
        self._context = None
        for rating in self.ratings():
            rating.reset()
        for choice in self.side_effects.values():
            choice.reset()
        self.other_text.clear()
        self.note.clear()
        self.intro.clear()
        self.edit_note.clear()
        self.edit_note.hide()
        self.message.hide()
        self.heading.setText(translate("Checkins", "How do you feel now?"))
        self.save_button.setText(translate("Checkins", "Save"))
        self.save_button.setAccessibleName(translate("Checkins", "Save"))
        self._update()

    @Slot()
    def _update(self) -> None:
        ready = all(rating.value() is not None for rating in self.ratings())
        self.save_button.setEnabled(ready)
        self.missing.setVisible(not ready)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        log = self.log()
        if log is None:
            return
        self.message.hide()
        self.save_button.setEnabled(False)  # until the save answers: no double versions
        self.save_requested.emit(log)
