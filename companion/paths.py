"""Every path the app writes derives from one base directory.

The base is, in order: ``--data-dir``, ``$COMPANION_DATA_DIR``, then the platform's
per-user data folder.  Tests and demos always pass their own base, so they never
touch a real patient's vault.  Before anything reads or writes in it, the command line and
the app's start check it (:func:`open_data_folder`): a folder that cannot be used is
refused with one sentence saying what is wrong, and the data folder is kept private (0700).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "COMPANION_DATA_DIR"
PRIVATE_FOLDER_MODE = 0o700
_PROBE_NAME = "vault.key"  # any name: it is only looked up


class DataFolderError(Exception):
    """A folder that cannot be used: ``str()`` is one sentence saying what is wrong and what to do. It
    names the folder as given, so show it escaped (``display_name``): it may hold any character."""


@dataclass(frozen=True)
class DataPaths:
    """The files and folders inside one data directory."""

    base: Path

    @property
    def vault_db(self) -> Path:
        """The SQLCipher database (plus its ``-wal`` and ``-shm`` companions)."""
        return self.base / "vault.db"

    @property
    def key_file(self) -> Path:
        """The wrapped data key (JSON, authenticated)."""
        return self.base / "vault.key"

    @property
    def backups_dir(self) -> Path:
        return self.base / "backups"

    @property
    def damaged_dir(self) -> Path:
        """Where an unreadable vault is moved aside, never deleted."""
        return self.base / "damaged"

    @property
    def preferences_file(self) -> Path:
        """Display preferences needed before unlock (theme, text size); no personal content."""
        return self.base / "preferences.json"

    @property
    def logs_dir(self) -> Path:
        """Only used when the diagnostic log is switched on."""
        return self.base / "logs"

    @property
    def demo_marker(self) -> Path:
        """Present only in a data directory made by ``companion demo``."""
        return self.base / "DEMO"

    def ensure_base(self) -> None:
        """Create the base directory if missing; either way it is left readable by the owner only.

        Raises OSError if the folder cannot be made."""
        existed = self.base.is_dir()
        self.base.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        if existed:
            self.make_private()
        else:
            with contextlib.suppress(OSError):  # the umask may have narrowed it; make it exact
                self.base.chmod(PRIVATE_FOLDER_MODE)

    def make_private(self) -> None:
        """Take group and other access away from an existing data folder (older versions, or a folder
        the user made, left it 0755), but only from a folder of this user's that is empty or holds the
        app's files: never a shared folder someone passed as ``--data-dir``, such as a home or ``/tmp``.
        Best effort: some file systems have no modes to change."""
        if not hasattr(os, "geteuid"):  # pragma: no cover - Windows: folders carry ACLs, not modes
            return
        with contextlib.suppress(OSError):
            info = self.base.stat()
            mode = stat.S_IMODE(info.st_mode)
            if not mode & 0o077 or info.st_uid != os.geteuid() or mode & stat.S_ISVTX:
                return
            names = {path.name for path in self.base.iterdir()}
            ours = {path.name for path in (self.key_file, self.vault_db, self.preferences_file,
                                           self.demo_marker)}
            if names and not names & ours:
                return
            self.base.chmod(mode & ~0o077)


def _user_data_dir(name: str) -> Path:
    import platformdirs  # only when no folder was given: keeps it off the usual start path

    return Path(platformdirs.user_data_dir(name, appauthor=False, roaming=False))


def default_base_dir() -> Path:
    return _user_data_dir("companion")


def default_demo_base_dir() -> Path:
    return _user_data_dir("companion-demo")


def resolve_data_paths(cli_value: str | None, env: Mapping[str, str] | None = None) -> DataPaths:
    """The data directory chosen by the command line, the environment, or the platform."""
    env = os.environ if env is None else env
    if cli_value is not None:
        if not cli_value.strip():  # the command line refuses it; an empty name must never mean "here"
            raise ValueError("an empty --data-dir names no folder")
        return DataPaths(Path(cli_value).expanduser().absolute())
    from_env = env.get(ENV_DATA_DIR)
    if from_env:
        return DataPaths(Path(from_env).expanduser().absolute())
    return DataPaths(default_base_dir())


def open_data_folder(paths: DataPaths, *, create: bool = False) -> None:
    """Make sure ``paths.base`` can be the data folder, before anything reads or writes in it.

    An existing folder is made private (:meth:`DataPaths.make_private`); a missing one is made only
    with ``create`` (else whoever creates the vault makes it). DataFolderError with one sentence if
    the folder cannot be used.
    """
    check_folder(paths.base, "--data-dir")
    try:
        if create:
            paths.ensure_base()
        else:
            paths.make_private()
    except OSError as error:
        raise DataFolderError(path_sentence(paths.base, error, "--data-dir")) from None


def check_folder(folder: Path, option: str) -> None:
    """DataFolderError unless ``folder`` is a folder this user may list and open files in, or does not
    exist yet and nothing in its path stands in the way of making it. ``option`` is how the user names
    another one (``--data-dir``, ``--desk-dir``). Writes nothing."""
    try:
        str(folder).encode("utf-8")
    except UnicodeEncodeError:  # bytes the command line could not decode: SQLite cannot name such a file
        raise DataFolderError(f"{folder} has bytes in its name that are not UTF-8 text, which companion "
                              f"cannot use; choose another {option}.") from None
    try:
        if not stat.S_ISDIR(folder.stat().st_mode):
            raise DataFolderError(f"{folder} is a file, not a folder; choose another {option}.")
        next(folder.iterdir(), None)  # listing it needs the read permission
        (folder / _PROBE_NAME).exists()  # a name looked up inside it needs the search permission
    except FileNotFoundError:
        return  # made when first needed
    except OSError as error:
        raise DataFolderError(path_sentence(folder, error, option)) from None


def path_sentence(path: Path, error: OSError, option: str) -> str:
    """What an OSError met while opening or making ``path`` (a folder, or a file to write) means, as one
    sentence with a way forward; ``option`` is how the user names another one."""
    number = error.errno
    if number == errno.ENOTDIR:
        return f"{_file_in_the_way(path)} is a file, so {path} cannot be inside it; choose another {option}."
    if number == errno.ENAMETOOLONG:
        return (f"The path given with {option} is too long for this computer (at most 255 characters for "
                "each name in it, and about 4,000 in all); choose a shorter one.")
    if number in (errno.EACCES, errno.EPERM):
        verb = "create" if _missing(path) else "open"
        return (f"Companion is not allowed to {verb} {path}; give your user access to it, or choose "
                f"another {option}.")
    if number == errno.ELOOP:
        return f"{path} is a loop of symbolic links; choose another {option}."
    if number == errno.EROFS:
        return f"{path} cannot be made: the disk is read-only. Choose another {option}."
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"{path} cannot be made: the disk is full. Free some space and try again."
    return f"{path} cannot be used ({error.strerror or 'the system refused it'}); choose another {option}."


def _missing(path: Path) -> bool:
    """True only if ``path`` is known not to exist (a folder above it that cannot be searched hides it)."""
    try:
        path.lstat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def _file_in_the_way(path: Path) -> Path:
    """The first part of ``path``, from the top, that is a file rather than a folder."""
    for part in reversed(path.parents):
        try:
            if not stat.S_ISDIR(part.stat().st_mode):
                return part
        except OSError:
            break
    return path
