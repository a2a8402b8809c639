"""The desk's own folder: everything the clinician's desk writes lies under one base directory.

The base is, in order: ``--desk-dir``, ``$COMPANION_DESK_DIR``, then a per-user data folder of its own
(``companion-desk``, beside but never inside the patient app's ``companion``). It holds only what the
desk must remember (DESIGN.md §2): the clinician's key, the list of patients, settings, and the exports
the clinician chose to import. A folder that holds a patient's vault is refused, so the desk never
mixes with a patient's data, even on a computer where both apps are used.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from companion.desk.desk_errors import PatientFolderRefusedError
from companion.domain.texts import QT_TRANSLATE_NOOP
from companion.paths import DataPaths, resolve_data_paths
from companion.storage.atomic import disk_error

ENV_DESK_DIR = "COMPANION_DESK_DIR"
DESK_FOLDER_NAME = "companion-desk"
FOLDER_MODE = 0o700


@dataclass(frozen=True)
class DeskPaths:
    """The files and folders inside one desk folder."""

    base: Path

    @property
    def key_file(self) -> Path:
        """The clinician's key: name, Ed25519 key pair, wrapped under the desk passphrase (JSON, sealed)."""
        return self.base / "clinician.key"

    @property
    def patients_file(self) -> Path:
        """The patients the clinician confirmed, with their keys and the exports opened (JSON, sealed)."""
        return self.base / "patients.json"

    @property
    def settings_file(self) -> Path:
        """The desk's display settings; no patient data."""
        return self.base / "settings.json"

    @property
    def exports_dir(self) -> Path:
        """Exports the clinician imported: ``exports/<patient id>/<export name>``."""
        return self.base / "exports"

    def patient_exports_dir(self, patient_id: str) -> Path:
        return self.exports_dir / patient_id

    def ensure_base(self) -> None:
        """Create the base folder, readable by the owner only; PatientFolderRefusedError for a patient's."""
        refuse_patient_folder(self.base)
        existed = self.base.is_dir()
        try:
            self.base.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
            if not existed:
                self.base.chmod(FOLDER_MODE)  # the umask may have narrowed it; make it exact
        except OSError as error:
            raise disk_error(error, "the desk folder") from None


def _holds_a_vault(folder: Path) -> bool:
    data = DataPaths(folder)
    with contextlib.suppress(OSError):
        return any(p.exists() or p.is_symlink() for p in (data.key_file, data.vault_db))
    return False


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def refuse_patient_folder(base: Path, env: Mapping[str, str] | None = None) -> None:
    """PatientFolderRefusedError if ``base`` is, or lies inside, a patient's data folder.

    A patient's data folder is one holding ``vault.key`` or ``vault.db``, or the one the patient app
    would use here (``--data-dir``'s environment variable, or its platform default).
    """
    patient_folder = resolve_data_paths(None, env).base
    for folder in (base, *base.parents):
        if _holds_a_vault(folder) or _same_folder(folder, patient_folder):
            raise PatientFolderRefusedError(QT_TRANSLATE_NOOP(
                "DeskErrors",
                "%1 is inside a patient's companion data folder; the desk keeps its own folder. Choose "
                "another folder with --desk-dir, or leave it out to use the desk's usual one.",
            ).arg(base))


def default_desk_dir() -> Path:
    import platformdirs  # only when no folder was given, as for the patient app

    return Path(platformdirs.user_data_dir(DESK_FOLDER_NAME, appauthor=False, roaming=False))


def resolve_desk_paths(cli_value: str | None, env: Mapping[str, str] | None = None) -> DeskPaths:
    """The desk folder chosen by the command line, the environment, or the platform."""
    env = os.environ if env is None else env
    if cli_value:
        return DeskPaths(Path(cli_value).expanduser().absolute())
    from_env = env.get(ENV_DESK_DIR)
    if from_env:
        return DeskPaths(Path(from_env).expanduser().absolute())
    return DeskPaths(default_desk_dir())
