"""Starting an entry: a few calm prompts to begin from, or a blank page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.domain.journal_prompts import Prompt, PromptKind, prompts_for
from companion.ui.core_text import core_text
from companion.ui.i18n import translate
from companion.ui.scaled_fonts import scale_font
from companion.ui.widgets.session_widgets import make_label

_INTROS = {
    PromptKind.INTENTION: str(QT_TRANSLATE_NOOP(
        "Journal", "Before your session: what would you like to bring with you?")),
    PromptKind.INTEGRATION: str(QT_TRANSLATE_NOOP(
        "Journal", "After your session: take your time. A prompt can help you begin.")),
    PromptKind.NEXT_DAY: str(QT_TRANSLATE_NOOP("Journal", "The day after: how is it settling?")),
    PromptKind.FREE: str(QT_TRANSLATE_NOOP("Journal",
                                           "A prompt can help you begin, or you can write freely.")),
}


class PromptPicker(QWidget):
    chosen = Signal(object)  # the Prompt to begin from, or None for a blank page
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompts: tuple[Prompt, ...] = ()
        self.heading = make_label(translate("Journal", "Start an entry"), self)
        self.heading.setAccessibleName(self.heading.text())
        self.intro = make_label("", self, role="muted")
        self.prompt_list = QListWidget(self)
        self.prompt_list.setAccessibleName(translate("Journal", "Prompts"))
        self.prompt_list.setWordWrap(True)
        self.prompt_list.setSpacing(4)
        self.prompt_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.prompt_list.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.setMaximumWidth(900)
        self.use_button = QPushButton(translate("Journal", "Begin with this prompt"), self)
        self.use_button.setAccessibleName(translate("Journal", "Begin with the chosen prompt"))
        self.free_button = QPushButton(translate("Journal", "Write freely"), self)
        self.free_button.setAccessibleName(translate("Journal", "Write freely, without a prompt"))
        self.cancel_button = QPushButton(translate("Journal", "Not now"), self)
        self.cancel_button.setAccessibleName(translate("Journal", "Not now"))
        for button in (self.use_button, self.free_button, self.cancel_button):
            button.setMinimumSize(130, 44)
        # The main choice on its own row: the pane beside the list is narrow on a laptop screen, and
        # three buttons in one row clipped their words there.
        self.use_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        buttons = QVBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.use_button)
        others = QHBoxLayout()
        others.setSpacing(12)
        others.addWidget(self.free_button)
        others.addWidget(self.cancel_button)
        others.addStretch(1)
        buttons.addLayout(others)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.prompt_list, 1)
        layout.addLayout(buttons)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.free_button.clicked.connect(lambda: self.chosen.emit(None))
        self.cancel_button.clicked.connect(self.cancelled)
        self.prompt_list.itemActivated.connect(self._on_prompt_list_item_activated)
        self.prompt_list.currentRowChanged.connect(self._on_prompt_list_current_row_changed)
        self._apply_fonts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # After the style sheet's repolish, which puts back the font a widget had when first styled.
            QTimer.singleShot(0, self, self._apply_fonts)

    def _apply_fonts(self) -> None:
        scale_font(self.heading, 1.45, bold=True)
        scale_font(self.prompt_list, 1.1)

    def show_prompts(self, kind: PromptKind) -> None:
        self._prompts = prompts_for(kind)
        self.intro.setText(translate("Journal", _INTROS[kind]))
        self.prompt_list.clear()
        for prompt in self._prompts:
            text = core_text(prompt.text)
            item = QListWidgetItem(text, self.prompt_list)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.prompt_list.setCurrentRow(0 if self._prompts else -1)
        self._on_prompt_list_current_row_changed(self.prompt_list.currentRow())
        self.prompt_list.setFocus()

    def choose(self, row: int) -> None:
        """Begin with the prompt on ``row`` (as a double click or Return would)."""
        if 0 <= row < len(self._prompts):
            self.chosen.emit(self._prompts[row])

    def prompts(self) -> tuple[Prompt, ...]:
        return self._prompts

    @Slot()
    def _on_use_button_clicked(self) -> None:
        self.choose(self.prompt_list.currentRow())

    @Slot(QListWidgetItem)
    def _on_prompt_list_item_activated(self, item: QListWidgetItem) -> None:
        self.choose(self.prompt_list.row(item))

    @Slot(int)
    def _on_prompt_list_current_row_changed(self, row: int) -> None:
        self.use_button.setEnabled(0 <= row < len(self._prompts))
