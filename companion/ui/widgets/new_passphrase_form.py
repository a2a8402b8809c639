"""Choosing a new passphrase: two fields, a strength meter and the reasons one is refused."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.domain.passphrase_policy import MIN_LENGTH, PassphraseVerdict, evaluate_passphrase
from companion.ui.core_text import core_text
from companion.ui.widgets.passphrase_field import PassphraseField
from companion.ui.widgets.strength_meter import StrengthMeter

DEFAULT_CONTEXT_WORDS = ("companion", "ketamine")
# Long enough that fast typing evaluates once, short enough to feel live.
EVALUATION_DELAY_MS = 150


class NewPassphraseForm(QWidget):
    """New passphrase + repeat, evaluated live (debounced) against the passphrase policy.

    ``validity_changed(True)`` means: the policy accepts the passphrase and both fields match.
    """

    validity_changed = Signal(bool)
    submitted = Signal()  # Return pressed in the repeat field while the form is valid

    def __init__(
        self, context_words: Sequence[str] = DEFAULT_CONTEXT_WORDS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context_words = tuple(context_words)
        self._verdict: PassphraseVerdict | None = None
        self._valid = False

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EVALUATION_DELAY_MS)
        self._timer.timeout.connect(self._evaluate)

        first_label = QLabel(self.tr("New passphrase"), self)
        self.first_field = PassphraseField(self.tr("New passphrase"), parent=self)
        first_label.setBuddy(self.first_field.line_edit)
        self._advice = QLabel(
            self.tr(
                "Use at least %1 characters. A few unrelated words with spaces make a passphrase "
                "that is strong and easy to remember."
            ).replace("%1", str(MIN_LENGTH)),
            self,
        )
        self._advice.setWordWrap(True)
        self.strength_meter = StrengthMeter(self)
        self._length_label = QLabel(self)
        self._reasons_label = QLabel(self)
        self._reasons_label.setWordWrap(True)
        self._reasons_label.setAccessibleName(self.tr("Why this passphrase cannot be used yet"))

        repeat_label = QLabel(self.tr("Type it again"), self)
        self.repeat_field = PassphraseField(
            self.tr("Repeat the new passphrase"), show_toggle=False, parent=self
        )
        repeat_label.setBuddy(self.repeat_field.line_edit)
        self._match_label = QLabel(self)
        self._match_label.setWordWrap(True)

        self.first_field.revealed_changed.connect(self.repeat_field.set_revealed)
        self.first_field.text_changed.connect(self._on_first_text_changed)
        self.repeat_field.text_changed.connect(self._on_repeat_text_changed)
        self.first_field.return_pressed.connect(self.repeat_field.setFocus)
        self.repeat_field.return_pressed.connect(self._on_repeat_return_pressed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(first_label)
        layout.addWidget(self.first_field)
        layout.addWidget(self._advice)
        layout.addSpacing(6)
        layout.addWidget(self.strength_meter)
        layout.addWidget(self._length_label)
        layout.addWidget(self._reasons_label)
        layout.addSpacing(12)
        layout.addWidget(repeat_label)
        layout.addWidget(self.repeat_field)
        layout.addWidget(self._match_label)
        layout.addStretch(1)
        self.setTabOrder(self.first_field.line_edit, self.first_field.toggle_button)
        self.setTabOrder(self.first_field.toggle_button, self.repeat_field.line_edit)
        self.setFocusProxy(self.first_field)
        self._refresh()

    # -- public API -------------------------------------------------------------------------
    def passphrase(self) -> str:
        return self.first_field.text()

    def is_valid(self) -> bool:
        return self._valid

    def reasons_text(self) -> str:
        """The refusal reasons as shown (empty when there are none to show)."""
        return self._reasons_label.text()

    def mismatch_text(self) -> str:
        return self._match_label.text()

    def set_context_words(self, words: Sequence[str]) -> None:
        """Words the passphrase must not lean on (a name typed beside it); evaluates the text again."""
        self._context_words = tuple(words)
        if self.first_field.text():
            self._verdict = None
            self._refresh()
            self._timer.start()

    def clear(self) -> None:
        """Wipe both fields and forget the last verdict."""
        self._timer.stop()
        self.first_field.wipe()
        self.repeat_field.wipe()
        self._verdict = None
        self._refresh()

    # -- slots ------------------------------------------------------------------------------
    def _on_first_text_changed(self, text: str) -> None:
        # The old verdict no longer describes this text: invalid until re-evaluated.
        self._verdict = None
        if text:
            self._timer.start()
        else:
            self._timer.stop()
        self._refresh()

    def _on_repeat_text_changed(self, _text: str) -> None:
        self._refresh()

    def _on_repeat_return_pressed(self) -> None:
        if self._valid:
            self.submitted.emit()

    def _evaluate(self) -> None:
        text = self.first_field.text()
        self._verdict = evaluate_passphrase(text, self._context_words) if text else None
        self._refresh()

    # -- display ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        first = self.first_field.text()
        repeat = self.repeat_field.text()
        verdict = self._verdict

        self.strength_meter.set_verdict(verdict)
        length = len(unicodedata.normalize("NFKC", first))
        if first:
            self._length_label.setText(
                self.tr("%1 characters (at least %2)")
                .replace("%1", str(length))
                .replace("%2", str(MIN_LENGTH))
            )
        else:
            self._length_label.setText("")
        self._length_label.setVisible(bool(first))

        if verdict is not None and not verdict.acceptable and verdict.reasons:
            self._reasons_label.setText("\n".join(f"• {core_text(reason)}" for reason in verdict.reasons))
        else:
            self._reasons_label.setText("")
        self._reasons_label.setVisible(bool(self._reasons_label.text()))

        # Typing the repeat is "not yet matching" while it is a beginning of the first field;
        # only a real difference earns a message.
        mismatch = bool(repeat) and not first.startswith(repeat)
        incomplete = bool(repeat) and repeat != first and not mismatch
        if mismatch:
            self._match_label.setText(self.tr("The two passphrases are not the same yet."))
        elif incomplete:
            self._match_label.setText("")
        elif repeat and repeat == first:
            self._match_label.setText(self.tr("Both passphrases match."))
        else:
            self._match_label.setText("")
        self._match_label.setVisible(bool(self._match_label.text()))

        valid = verdict is not None and verdict.acceptable and bool(first) and repeat == first
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
