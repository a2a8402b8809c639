"""The screens before the vault is open, built the first time the window needs each one.

Setup, unlock, recovery, a damaged vault and a missing key file: each built here from what the window
knows (the controller, the data folder, the preferences); the window connects what they ask for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.ui.i18n import translate

if TYPE_CHECKING:
    from companion.domain.clock import Clock
    from companion.domain.preferences import Preferences
    from companion.paths import DataPaths
    from companion.storage.preferences_file import PreferencesFile
    from companion.ui.setup.damaged_vault_screen import DamagedVaultScreen
    from companion.ui.setup.placeholder_screen import NoticeScreen
    from companion.ui.setup.recovery_screen import RecoveryScreen
    from companion.ui.setup.setup_wizard import SetupWizard
    from companion.ui.setup.unlock_screen import UnlockScreen
    from companion.ui.vault_controller import VaultController
    from companion.ui.widgets.restore_confirmation import RestoreConfirmer


@dataclass
class GuidedScreens:
    controller: VaultController
    paths: DataPaths
    clock: Clock
    preferences_file: PreferencesFile
    demo_passphrase: str | None = None
    confirm_restore: RestoreConfirmer | None = None

    def setup_wizard(self, preferences: Preferences) -> SetupWizard:
        from companion.ui.setup.setup_wizard import SetupWizard

        return SetupWizard(self.controller, clock=self.clock, preferences=preferences,
                           preferences_file=self.preferences_file)

    def unlock_screen(self) -> UnlockScreen:
        from companion.ui.setup.unlock_screen import UnlockScreen

        screen = UnlockScreen(self.controller)
        if self.demo_passphrase:
            screen.set_hint(translate("AppWindow", "The demo vault's passphrase is: %1").replace(
                "%1", self.demo_passphrase))
        return screen

    def recovery_screen(self) -> RecoveryScreen:
        from companion.ui.setup.recovery_screen import RecoveryScreen

        return RecoveryScreen(self.controller)

    def damaged_screen(self) -> DamagedVaultScreen:
        from companion.ui.setup.damaged_vault_screen import DamagedVaultScreen

        if self.confirm_restore is not None:
            return DamagedVaultScreen(self.controller, data_dir=self.paths.base,
                                      confirm_restore=self.confirm_restore)
        return DamagedVaultScreen(self.controller, data_dir=self.paths.base)

    def key_file_missing_screen(self) -> NoticeScreen:
        from companion.ui.setup.placeholder_screen import NoticeScreen

        return NoticeScreen(
            translate("AppWindow", "Your vault cannot be opened"),
            translate(
                "AppWindow",
                "The vault's key file (vault.key) is missing from the data folder, so the vault cannot "
                "be unlocked. Nothing was changed or deleted. Every backup in the backups folder has a "
                "copy of the key file beside it: copy the newest one back into the data folder, name "
                "it vault.key, and start companion again.\n\nYour data folder is: %1"
            ).replace("%1", str(self.paths.base)),
        )
