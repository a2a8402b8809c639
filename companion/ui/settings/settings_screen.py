"""Settings: care plan, idle lock, theme, text size, language, diagnostic log, passphrase, key, backups.

Every change is saved to the preferences file at once and announced with
``preferences_changed`` so the window applies it live.  The widgets' ranges and choices
come from the preference declarations, never repeated here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.preferences import (
    DIAGNOSTIC_LOG,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    TEXT_SCALE,
    THEME,
    Preference,
    Preferences,
)
from companion.ui.care_plan.care_plan_sources_dialog import SourcesWindow
from companion.ui.i18n import translate
from companion.ui.language import LanguageChoice
from companion.ui.preferences_saver import PreferencesSaver
from companion.ui.settings.backups_panel import BackupsPanel
from companion.ui.settings.care_plan_dialog import CarePlanDialog
from companion.ui.settings.change_passphrase_dialog import ChangePassphraseDialog
from companion.ui.settings.signing_key_panel import SigningKeyPanel
from companion.ui.widgets.restore_confirmation import RestoreConfirmer, ask_to_confirm_restore
from companion.ui.widgets.scroll_area import make_scroll_area
from companion.ui.widgets.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from typing import TypeVar

    from companion.domain.clock import Clock
    from companion.storage.preferences_file import PreferencesFile
    from companion.storage.vault import PassphraseChanged
    from companion.ui.settings.after_passphrase_change import AfterPassphraseChangeDialog
    from companion.ui.vault_controller import VaultController

    T = TypeVar("T", int, str, bool)

_THEME_LABELS = {
    "light": str(QT_TRANSLATE_NOOP("SettingsScreen", "Light")),
    "dark": str(QT_TRANSLATE_NOOP("SettingsScreen", "Dark")),
    "high_contrast": str(QT_TRANSLATE_NOOP("SettingsScreen", "High contrast")),
}
COLUMN_MAX_WIDTH = 760


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


class SettingsScreen(QWidget):
    """The Settings page of the main shell."""

    preferences_changed = Signal(object)  # the new Preferences, already saved (or a save error shown)

    def __init__(
        self,
        controller: VaultController,
        preferences_file: PreferencesFile,
        preferences: Preferences,
        parent: QWidget | None = None,
        *,
        logs_dir: Path | None = None,
        confirm_restore: RestoreConfirmer | None = None,
        clock: Clock | None = None,
        care_plan_options: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        # Passed to the care-plan editor (its clock; tests put their file choosers here).
        self.care_plan_options: dict[str, Any] = {"clock": clock, **(care_plan_options or {})}
        self._controller = controller
        self._preferences = preferences
        self.preferences_saver = PreferencesSaver(preferences_file, self)
        self._clock = clock
        self.change_dialog: ChangePassphraseDialog | None = None
        self.after_change_dialog: AfterPassphraseChangeDialog | None = None
        self.after_change_options: dict[str, Any] = {}  # tests put their PDF path chooser here
        self.care_plan_dialog: CarePlanDialog | None = None

        heading = QLabel(self.tr("Settings"), self)
        heading.setProperty("role", "heading")
        self.save_problem = QLabel(self)
        self.save_problem.setWordWrap(True)
        self.save_problem.setProperty("role", "error")
        self.save_problem.setAccessibleName(self.tr("Message"))
        self.save_problem.setVisible(False)
        self.preferences_saver.report_on(self.save_problem)

        column = QWidget()
        content = QVBoxLayout(column)
        content.setContentsMargins(32, 28, 32, 32)
        content.setSpacing(18)
        content.addWidget(heading)
        content.addWidget(self.save_problem)
        content.addWidget(self._build_care_plan_group(column))
        content.addWidget(self._build_security_group(column))
        self.signing_key_panel = SigningKeyPanel(controller, column)
        content.addWidget(self.signing_key_panel)
        content.addWidget(self._build_appearance_group(column))
        content.addWidget(self._build_diagnostic_group(column, logs_dir))
        self.backups_panel = BackupsPanel(
            controller, column, confirm_restore=confirm_restore or ask_to_confirm_restore
        )
        content.addWidget(self.backups_panel)
        content.addStretch(1)

        scroll = make_scroll_area(column, self, column_width=COLUMN_MAX_WIDTH, horizontal_bar=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- building ----------------------------------------------------------------------------

    def _build_care_plan_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Care plan"), parent)
        self.care_plan_button = QPushButton(self.tr("Care plan…"), group)
        self.care_plan_button.setAccessibleName(self.tr("Open the care plan"))
        self.care_plan_button.clicked.connect(self.open_care_plan_dialog)
        self.sources_button = QPushButton(self.tr("Where these numbers come from…"), group)
        self.sources_button.setAccessibleName(self.tr("Where these numbers come from"))
        self.sources_button.clicked.connect(self.open_sources_dialog)
        self._sources = SourcesWindow(self)
        self.care_plan_status = QLabel(group)
        self.care_plan_status.setWordWrap(True)
        self.care_plan_status.setAccessibleName(self.tr("Care plan status"))
        self.care_plan_status.setVisible(False)
        layout = QVBoxLayout(group)
        layout.addWidget(
            _muted(
                self.tr(
                    "What your clinician prescribed, and every number the safety checklist and the "
                    "session use: limits, monitoring time, check-ins and contacts. Enter it here or "
                    "import the file your clinician gave you."
                ),
                group,
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.care_plan_button)
        row.addWidget(self.sources_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.care_plan_status)
        return group

    def _build_security_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Locking and passphrase"), parent)
        self.idle_minutes = QSpinBox(group)
        self.idle_minutes.setRange(IDLE_LOCK_MINUTES.minimum or 1, IDLE_LOCK_MINUTES.maximum or 60)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(self._preferences.get(IDLE_LOCK_MINUTES))
        self.idle_minutes.setAccessibleName(self.tr("Minutes without activity before companion locks"))
        self.idle_minutes.valueChanged.connect(self._on_idle_minutes_value_changed)
        guard_wheel(self.idle_minutes)
        self.change_passphrase_button = QPushButton(self.tr("Change passphrase…"), group)
        self.change_passphrase_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_passphrase_button.clicked.connect(self.open_change_passphrase_dialog)
        self.passphrase_status = QLabel(group)
        self.passphrase_status.setWordWrap(True)
        self.passphrase_status.setAccessibleName(self.tr("Passphrase status"))
        self.passphrase_status.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        minutes_label = QLabel(self.tr("Lock after"), group)
        minutes_label.setBuddy(self.idle_minutes)
        form.addRow(minutes_label, self.idle_minutes)
        layout = QVBoxLayout(group)
        layout.addLayout(form)
        layout.addWidget(
            _muted(
                self.tr(
                    "After this long without keyboard or mouse use, companion locks and asks for your "
                    "passphrase again. Press Control+L to lock at any time."
                ),
                group,
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.change_passphrase_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.passphrase_status)
        return group

    def _build_appearance_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Appearance"), parent)
        self.theme_choice = QComboBox(group)
        guard_wheel(self.theme_choice)
        self.theme_choice.setAccessibleName(self.tr("Theme"))
        for value in THEME.choices or ():
            self.theme_choice.addItem(translate("SettingsScreen", _THEME_LABELS[value]), value)
        self.theme_choice.setCurrentIndex(self.theme_choice.findData(self._preferences.get(THEME)))
        self.theme_choice.currentIndexChanged.connect(self._on_theme_choice_current_index_changed)

        self.text_size_choice = QComboBox(group)
        guard_wheel(self.text_size_choice)
        self.text_size_choice.setAccessibleName(self.tr("Text size"))
        for percent in TEXT_SCALE.choices or ():
            self.text_size_choice.addItem(self.tr("%1 %").replace("%1", str(percent)), percent)
        self.text_size_choice.setCurrentIndex(
            self.text_size_choice.findData(self._preferences.get(TEXT_SCALE))
        )
        self.text_size_choice.currentIndexChanged.connect(self._on_text_size_choice_current_index_changed)
        # Saved at once; its note says it takes effect at the next start (see companion.ui.language).
        self.language_choice = LanguageChoice(self._preferences.get(LANGUAGE), group)
        self.language_choice.language_chosen.connect(self._on_language_choice_language_chosen)

        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        theme_label = QLabel(self.tr("Theme"), group)
        theme_label.setBuddy(self.theme_choice)
        size_label = QLabel(self.tr("Text size"), group)
        size_label.setBuddy(self.text_size_choice)
        form.addRow(theme_label, self.theme_choice)
        form.addRow(size_label, self.text_size_choice)
        language_label = QLabel(self.tr("Language"), group)
        language_label.setBuddy(self.language_choice)
        form.addRow(language_label, self.language_choice)
        form.addRow(self.language_choice.note)
        return group

    def _build_diagnostic_group(self, parent: QWidget, logs_dir: Path | None) -> QGroupBox:
        group = QGroupBox(self.tr("Diagnostic log"), parent)
        self.diagnostic_log_check = QCheckBox(self.tr("Keep a diagnostic log on this computer"), group)
        self.diagnostic_log_check.setAccessibleName(self.tr("Keep a diagnostic log"))
        self.diagnostic_log_check.setChecked(self._preferences.get(DIAGNOSTIC_LOG))
        self.diagnostic_log_check.toggled.connect(self._on_diagnostic_log_check_toggled)
        where = self.tr(" It is saved in %1.").replace("%1", str(logs_dir)) if logs_dir is not None else ""
        explanation = _muted(
            self.tr(
                "Off unless you turn it on. The log records only event names, such as “vault unlocked” "
                "or “backup created”, to help report a problem. It never holds anything you write, "
                "and it is never sent anywhere."
            )
            + where,
            group,
        )
        explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(group)
        layout.addWidget(self.diagnostic_log_check)
        layout.addWidget(explanation)
        return group

    # --- public ------------------------------------------------------------------------------

    def preferences(self) -> Preferences:
        return self._preferences

    def open_change_passphrase_dialog(self) -> ChangePassphraseDialog:
        """Open the dialog window-modally (not blocking) and return it."""
        if self.change_dialog is not None:
            self.change_dialog.raise_()
            return self.change_dialog
        self.passphrase_status.setVisible(False)
        dialog = ChangePassphraseDialog(self._controller, self)
        dialog.finished.connect(self._on_change_dialog_finished)
        self.change_dialog = dialog
        dialog.open()
        return dialog

    def open_care_plan_dialog(self) -> CarePlanDialog:
        """Open the care-plan editor window-modally (not blocking) and return it."""
        if self.care_plan_dialog is not None:
            self.care_plan_dialog.raise_()
            return self.care_plan_dialog
        self.care_plan_status.setVisible(False)
        dialog = CarePlanDialog(self._controller, self, **self.care_plan_options)
        dialog.editor.plan_saved.connect(self._on_care_plan_saved)
        dialog.finished.connect(self._on_care_plan_dialog_finished)
        self.care_plan_dialog = dialog
        dialog.open()
        return dialog

    def open_sources_dialog(self) -> QDialog:
        """Open "Where these numbers come from" window-modally (not blocking) and return it."""
        return self._sources.open()

    @property
    def sources_dialog(self) -> QDialog | None:
        return self._sources.dialog

    def clear_content(self) -> None:
        """On lock: close the dialogs (their content is wiped) and forget the backups list."""
        if self.change_dialog is not None:
            self.change_dialog.force_close()
        if self.after_change_dialog is not None:
            self.after_change_dialog.force_close()
        if self.care_plan_dialog is not None:
            self.care_plan_dialog.force_close()
        self._sources.close()  # nothing personal in it, but it would cover the unlock screen
        self.care_plan_status.setVisible(False)
        self.passphrase_status.setVisible(False)
        self.backups_panel.clear_content()
        self.signing_key_panel.clear_content()

    # --- slots -------------------------------------------------------------------------------

    @Slot(int)
    def _on_change_dialog_finished(self, result: int) -> None:
        dialog, self.change_dialog = self.change_dialog, None
        if result == QDialog.DialogCode.Accepted.value:
            self.passphrase_status.setText(
                self.tr("Your passphrase was changed. Use the new one from now on.")
            )
            self.passphrase_status.setVisible(True)
            if dialog is not None and dialog.outcome is not None:
                self._open_after_change_dialog(dialog.outcome)
        if dialog is not None:
            dialog.deleteLater()

    def _open_after_change_dialog(self, outcome: PassphraseChanged) -> None:
        from companion.ui.settings.after_passphrase_change import (
            AfterPassphraseChangeDialog,
            needs_a_decision,
        )

        if not needs_a_decision(outcome):
            return
        from companion.domain.clock import SystemClock

        now = (self._clock or SystemClock()).now()
        dialog = AfterPassphraseChangeDialog(
            outcome, now, self._controller.delete_backups, self, **self.after_change_options
        )
        dialog.finished.connect(self._on_after_change_dialog_finished)
        self.after_change_dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_after_change_dialog_finished(self, _result: int) -> None:
        dialog, self.after_change_dialog = self.after_change_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    @Slot(object)
    def _on_care_plan_saved(self, _record: object) -> None:
        self.care_plan_status.setText(self.tr("Your care plan was saved. The next session uses it."))
        self.care_plan_status.setVisible(True)
        self.signing_key_panel.reload()  # an imported plan may have brought a clinician's key

    @Slot(int)
    def _on_care_plan_dialog_finished(self, _result: int) -> None:
        dialog, self.care_plan_dialog = self.care_plan_dialog, None
        if dialog is not None:
            dialog.editor.clear_content()
            dialog.deleteLater()

    @Slot(int)
    def _on_idle_minutes_value_changed(self, minutes: int) -> None:
        self._change(IDLE_LOCK_MINUTES, minutes)

    @Slot(int)
    def _on_theme_choice_current_index_changed(self, index: int) -> None:
        value = self.theme_choice.itemData(index)
        if isinstance(value, str):
            self._change(THEME, value)

    @Slot(int)
    def _on_text_size_choice_current_index_changed(self, index: int) -> None:
        value = self.text_size_choice.itemData(index)
        if isinstance(value, int):
            self._change(TEXT_SCALE, value)

    @Slot(str)
    def _on_language_choice_language_chosen(self, value: str) -> None:
        self._change(LANGUAGE, value)

    @Slot(bool)
    def _on_diagnostic_log_check_toggled(self, checked: bool) -> None:
        self._change(DIAGNOSTIC_LOG, checked)

    def _change(self, preference: Preference[T], value: T) -> None:
        changed = self._preferences.with_value(preference, value)
        if changed == self._preferences:
            return
        self._preferences = changed
        self.preferences_saver.save(changed)  # kept for the next start, written off the GUI thread
        self.preferences_changed.emit(changed)
