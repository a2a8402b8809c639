"""The desk's "Display…": text size and theme, the same choice the patient's app offers
(:class:`~companion.ui.widgets.appearance_choice.AppearanceChoice`).

A change applies to the whole window at once and is saved in the desk's ``settings.json`` (theme and
text size only, nothing about a patient), which :func:`~companion.ui.desk.desk_app.build_desk_window`
reads before the first screen is built, so the desk opens at that size next time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from companion.ui.widgets.appearance_choice import AppearanceChoice

if TYPE_CHECKING:
    from companion.domain.preferences import Preferences
    from companion.storage.preferences_file import PreferencesFile


class DeskDisplayDialog(QDialog):
    """Text size and theme, saved as they change; Close (or Escape) closes it."""

    preferences_changed = Signal(object)  # the new Preferences (saved, or the save problem shown)

    def __init__(self, preferences: Preferences, preferences_file: PreferencesFile | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Display"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.intro = QLabel(self.tr("How the desk looks on this computer. A change applies at once and is "
                                    "kept for the next time you open the desk."), self)
        self.intro.setWordWrap(True)
        self.appearance = AppearanceChoice(preferences, preferences_file, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the display settings"))
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addWidget(self.appearance)
        layout.addWidget(buttons)

        buttons.rejected.connect(self.reject)
        self.appearance.preferences_changed.connect(self.preferences_changed)
        self.appearance.text_size_choice.setFocus()

    def preferences(self) -> Preferences:
        return self.appearance.preferences()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # polished now: the theme's fonts are the ones measured

    def changeEvent(self, event: QEvent) -> None:
        """The text size changed under it (its own choice): grow with the text, after the layout's pass."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and self.isVisible():
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        """About 40 characters wide, and as tall as the wrapped sentence needs at that width (a dialog's
        own minimum size leaves a wrapped label's height for its width out)."""
        layout = self._layout
        least = layout.totalMinimumSize()
        width = max(28 * self.fontMetrics().averageCharWidth(), least.width())
        self.setMinimumSize(width, max(layout.totalHeightForWidth(width), least.height()))
        self.resize(max(width, self.width()), self.minimumHeight())
