"""Text size and theme, offered on the first page of the setup before anything else is asked.

Someone who needs larger text or high contrast should not have to read the whole setup in
small grey type to find Settings.  A change is saved to the preferences file at once (it is
read before unlock and holds nothing personal) and announced with ``preferences_changed``,
which the window applies to the whole app, as it does for Settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from companion.domain.preferences import TEXT_SCALE, THEME, Preferences
from companion.ui.i18n import translate
from companion.ui.preferences_saver import PreferencesSaver
from companion.ui.widgets.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from companion.storage.preferences_file import PreferencesFile


class AppearanceChoice(QWidget):
    """Two choices: text size, then theme (light, dark, high contrast)."""

    preferences_changed = Signal(object)  # the new Preferences

    def __init__(
        self,
        preferences: Preferences,
        preferences_file: PreferencesFile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self.preferences_saver: PreferencesSaver | None = None
        if preferences_file is not None:
            self.preferences_saver = PreferencesSaver(preferences_file, self)

        self.text_size_choice = QComboBox(self)
        guard_wheel(self.text_size_choice)
        self.text_size_choice.setAccessibleName(translate("AppearanceChoice", "Text size"))
        for percent in TEXT_SCALE.choices or ():
            self.text_size_choice.addItem(
                translate("AppearanceChoice", "%1 %").replace("%1", str(percent)), percent)
        self.text_size_choice.setCurrentIndex(self.text_size_choice.findData(preferences.get(TEXT_SCALE)))

        self.theme_choice = QComboBox(self)
        guard_wheel(self.theme_choice)
        self.theme_choice.setAccessibleName(translate("AppearanceChoice", "Theme"))
        labels = {"light": translate("AppearanceChoice", "Light"),
                  "dark": translate("AppearanceChoice", "Dark"),
                  "high_contrast": translate("AppearanceChoice", "High contrast")}
        for value in THEME.choices or ():
            self.theme_choice.addItem(labels.get(value, value), value)
        self.theme_choice.setCurrentIndex(self.theme_choice.findData(preferences.get(THEME)))

        size_label = QLabel(translate("AppearanceChoice", "Text size"), self)
        size_label.setBuddy(self.text_size_choice)
        theme_label = QLabel(translate("AppearanceChoice", "Theme"), self)
        theme_label.setBuddy(self.theme_choice)
        self.save_problem = QLabel(self)
        self.save_problem.setWordWrap(True)
        self.save_problem.setProperty("role", "error")
        self.save_problem.setVisible(False)
        if self.preferences_saver is not None:
            self.preferences_saver.report_on(self.save_problem)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(size_label, 0, 0)
        grid.addWidget(self.text_size_choice, 0, 1)
        grid.addWidget(theme_label, 1, 0)
        grid.addWidget(self.theme_choice, 1, 1)
        grid.addWidget(self.save_problem, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)

        self.text_size_choice.currentIndexChanged.connect(self._on_text_size_choice_current_index_changed)
        self.theme_choice.currentIndexChanged.connect(self._on_theme_choice_current_index_changed)

    def preferences(self) -> Preferences:
        return self._preferences

    @Slot(int)
    def _on_text_size_choice_current_index_changed(self, index: int) -> None:
        value = self.text_size_choice.itemData(index)
        if isinstance(value, int):
            self._change(self._preferences.with_value(TEXT_SCALE, value))

    @Slot(int)
    def _on_theme_choice_current_index_changed(self, index: int) -> None:
        value = self.theme_choice.itemData(index)
        if isinstance(value, str):
            self._change(self._preferences.with_value(THEME, value))

    def _change(self, changed: Preferences) -> None:
        if changed == self._preferences:
            return
        self._preferences = changed
        if self.preferences_saver is not None:
            self.preferences_saver.save(changed)  # kept for the next start, written off the GUI thread
        self.preferences_changed.emit(changed)
