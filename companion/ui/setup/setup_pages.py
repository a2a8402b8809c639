"""Setup pages: welcome, choosing the passphrase, and (last) the care plan.

The recovery-key pages live in ``setup_key_pages``; the shared page building blocks in
``companion.ui.widgets.guided_page``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from companion.domain.preferences import LANGUAGE, Preferences
from companion.ui.care_plan.care_plan_editor import CarePlanEditor
from companion.ui.care_plan.care_plan_files import PathChooser, ask_for_care_plan_file
from companion.ui.language import LanguageChoice
from companion.ui.widgets.appearance_choice import AppearanceChoice
from companion.ui.widgets.guided_page import GuidedPage
from companion.ui.widgets.new_passphrase_form import NewPassphraseForm

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.storage.preferences_file import PreferencesFile
    from companion.ui.vault_controller import VaultController


def mark_primary(button: QPushButton) -> None:
    """Draw ``button`` as the page's main action (the theme's ``role="primary"`` rule)."""
    button.setProperty("role", "primary")


class _AppearanceAndLanguage(AppearanceChoice):
    """The welcome page's text size and theme, also saving the language chosen above them: one set of
    preferences, so a later theme change does not write back the language the page started with."""

    def choose_language(self, value: str) -> None:
        self._change(self._preferences.with_value(LANGUAGE, value))


class WelcomePage(GuidedPage):
    """Language, text size and theme first; then what companion is and is not, what a session needs,
    and where the data lives."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        preferences: Preferences | None = None,
        preferences_file: PreferencesFile | None = None,
    ) -> None:
        super().__init__(parent)
        add = self.content.addWidget
        add(self.make_heading(self.tr("Welcome to companion")))
        preferences = preferences or Preferences()
        add(self._language_row(preferences.get(LANGUAGE)))
        add(self.make_body(self.tr("Larger text or other colours? Choose them here; Settings has them too.")))
        self.appearance = _AppearanceAndLanguage(preferences, preferences_file, self)
        add(self.appearance)
        add(
            self.make_body(
                self.tr(
                    "companion keeps you company through the treatment your clinician prescribed. "
                    "It helps with:"
                )
            )
        )
        add(
            self.make_bullets(
                [
                    self.tr("a safety checklist before each session"),
                    self.tr("check-ins with your sitter during a session"),
                    self.tr("a record of how you feel afterwards"),
                    self.tr("a private journal"),
                    self.tr("an export that you choose to hand to your clinician"),
                ]
            )
        )
        add(self.make_subheading(self.tr("What each session needs")))
        add(
            self.make_bullets(
                [
                    self.tr("a sitter: an adult who stays with you, sober, for the whole session"),
                    self.tr("a blood-pressure monitor"),
                    self.tr("a pulse oximeter, if your care plan asks for one"),
                    self.tr("your care plan from your clinician (you enter it at the end of this setup)"),
                ]
            )
        )
        add(self.make_subheading(self.tr("What companion is not")))
        add(
            self.make_body(
                self.tr(
                    "companion is not a medical device and does not give advice about doses. "
                    "It is not for emergencies: if you feel unsafe, call your local emergency number."
                )
            )
        )
        add(self.make_subheading(self.tr("Your information stays here")))
        add(
            self.make_body(
                self.tr(
                    "Everything you enter stays on this computer, in your vault: the encrypted place where "
                    "companion keeps it all. Nothing is sent anywhere. The vault is locked with a passphrase "
                    "you choose next. If the passphrase is forgotten, only the recovery key you "
                    "will be shown can open it again — nobody else can."
                )
            )
        )
        self.start_button = self.make_primary_button(self.tr("Get started"))
        mark_primary(self.start_button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.start_button)
        self.set_primary(self.start_button)
        self.finish_layout()

    def _language_row(self, preference: str) -> QWidget:
        row = QWidget(self)
        self.language_choice = LanguageChoice(preference, row, during_setup=True)
        self.language_choice.language_chosen.connect(self._on_language_choice_language_chosen)
        label = QLabel(self.tr("Language"), row)
        label.setBuddy(self.language_choice)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.language_choice, 0, 1)
        grid.addWidget(self.language_choice.note, 1, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        return row

    @Slot(str)
    def _on_language_choice_language_chosen(self, value: str) -> None:
        self.appearance.choose_language(value)


class PassphrasePage(GuidedPage):
    """Choose the passphrase; "Create vault" is enabled only for an acceptable, repeated one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content.addWidget(self.make_heading(self.tr("Choose a passphrase")))
        self.content.addWidget(
            self.make_body(
                self.tr(
                    "You will type this passphrase each time you open companion. Choose something only "
                    "you know — a short sentence or a few unrelated words works well."
                )
            )
        )
        self.form = NewPassphraseForm(parent=self)
        self.content.addWidget(self.form)
        self.busy_row = self.make_busy_row(self.tr("Protecting your vault — this takes a second or two."))
        self.content.addWidget(self.busy_row)
        self.message = self.make_message()
        self.content.addWidget(self.message)

        self.back_button = self.make_secondary_button(self.tr("Back"))
        self.create_button = self.make_primary_button(self.tr("Create vault"))
        mark_primary(self.create_button)
        self.create_button.setEnabled(False)
        self.button_row.addWidget(self.back_button)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.create_button)
        self.set_primary(self.create_button)
        self.set_back(self.back_button)
        self.form.validity_changed.connect(self._on_form_validity_changed)
        self.finish_layout()

    def set_busy(self, busy: bool) -> None:
        self.busy_row.setVisible(busy)
        self.form.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy and self.form.is_valid())

    def _on_form_validity_changed(self, valid: bool) -> None:
        self.create_button.setEnabled(valid and not self.busy_row.isVisible())


class CarePlanSetupPage(GuidedPage):
    """Enter or import the clinician's care plan, or leave it for later (Settings has it too)."""

    def __init__(
        self,
        controller: VaultController,
        parent: QWidget | None = None,
        *,
        choose_import_path: PathChooser = ask_for_care_plan_file,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.content.addWidget(self.make_heading(self.tr("Your care plan")))
        self.content.addWidget(
            self.make_body(
                self.tr(
                    "Enter what your clinician prescribed, or import the care-plan file your clinician "
                    "gave you. The safety checklist and each session use these numbers; the defaults "
                    "shown are common ones, and your clinician's plan comes first. Not ready? The button "
                    "to do this later is at the end of the page."
                )
            )
        )
        self.editor = CarePlanEditor(
            controller, self, choose_import_path=choose_import_path, first_run=True, clock=clock
        )
        save = self.editor.save_button
        save.setText(self.tr("Save and continue"))
        save.setAccessibleName(self.tr("Save the care plan and continue"))
        save.setMinimumHeight(44)  # as tall as the page's other buttons
        # Not in a dialog here, so Return on it may press it (Return in a field still does not).
        save.setAutoDefault(True)
        self.content.addWidget(self.editor)
        self.content.addWidget(
            self.make_body(
                self.tr(
                    "Not ready yet? You can enter it later under Settings → Care plan. A session cannot "
                    "start until a care plan is saved."
                )
            )
        )
        self.later_button = self.make_secondary_button(self.tr("I'll do this later"))
        self.button_row.addWidget(self.later_button)
        self.button_row.addStretch(1)
        self.finish_layout()  # no primary action: Return in a field must not save or skip
