"""Which language companion speaks: chosen before the first window, and the control to change it.

The LANGUAGE preference says "system" (follow the computer) or a language code. At start the composition
roots call :func:`install_language` before any widget exists, because widgets translate their texts once,
when they are built: it installs companion's catalogue (``companion_<code>.qm``, built from
``resources/translations/*.ts`` by ``tools/translations.py build``) and Qt's own (``qtbase_<code>.qm``, so
standard dialog buttons are translated), and makes the language's locale the default, so numbers, dates
and times follow it (the PDFs format theirs with the default ``QLocale`` too).

A change in Settings or on the first page of setup takes effect at the next start, and
:class:`LanguageChoice` says so in the chosen language: retranslating every built widget on
``QEvent.LanguageChange`` is not done, and a window half in one language and half in the other
(a new dialog in Spanish beside an English page) would be worse than waiting for a restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from companion.domain.preferences import LANGUAGE

SYSTEM = "system"
SOURCE_LANGUAGE = "en"  # the language of the source strings: it needs no catalogue
# Each language by its own name, never translated: someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}

_NEXT_START = str(QT_TRANSLATE_NOOP(
    "LanguageChoice", "companion switches to this language the next time it starts."))
_NEXT_START_IN_SETUP = str(QT_TRANSLATE_NOOP(
    "LanguageChoice",
    "companion switches to this language the next time it starts. Your vault has not been created yet, so "
    "nothing is lost if you close companion now and open it again to set up in this language."))


@dataclass(frozen=True)
class _Installed:
    requested: str  # the preference's value
    code: str  # the language in effect
    folder: Path
    translators: tuple[QTranslator, ...]  # kept here: Qt does not own an installed translator
    locale_before: QLocale | None  # the default locale before ours; None when it was left alone


_installed: _Installed | None = None
_translations_dir: Path | None = None


def translations_dir() -> Path:
    """Where companion's ``.qm`` files are: ``resources/translations`` (``companion.resources``), unless
    :func:`set_translations_dir` said otherwise."""
    if _translations_dir is not None:
        return _translations_dir
    # As companion.resources.resource() does, by name: data files are no layer to import (DESIGN.md §4).
    return Path(str(files("companion.resources").joinpath("translations")))


def set_translations_dir(folder: Path | None) -> Path | None:
    """Load catalogues from ``folder`` from now on (None: the default); returns the previous setting.

    The tests point it at the catalogues they built, since a fresh clone has no ``.qm`` files.
    """
    global _translations_dir
    previous, _translations_dir = _translations_dir, folder
    return previous


def resolve(preference: str, system: QLocale | None = None) -> str:
    """The language code for a LANGUAGE value: itself, or for "system" the first of the system's
    languages companion has, else English."""
    if preference in LANGUAGE_NAMES:
        return preference
    for name in (QLocale.system() if system is None else system).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return SOURCE_LANGUAGE


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The locale for numbers, dates and times: the system's when it is in ``code`` (it has the right
    region's formats), else ``code`` in the system's region (Spanish in the US: es_US, Letter paper)."""
    system = QLocale.system() if system is None else system
    if _speaks(system, code):
        return system
    return QLocale(QLocale.codeToLanguage(code), system.territory())


def catalogue_path(code: str) -> Path:
    return translations_dir() / f"companion_{code}.qm"


def current_language() -> str:
    """The language in effect (English until :func:`install_language` installed another)."""
    return _installed.code if _installed is not None else SOURCE_LANGUAGE


def install_language(preference: str, *, system: QLocale | None = None) -> str:
    """Install the catalogues and the default locale for a LANGUAGE value; returns the code in effect.

    Call before any widget is built (the application must exist). Calling again with the same value
    changes nothing; another value replaces what was installed. A language whose catalogue is missing
    falls back to English throughout, not English screens with Spanish dialog buttons.
    """
    global _installed
    if QCoreApplication.instance() is None:
        raise RuntimeError("install_language needs the application first")
    folder = translations_dir()
    if _installed is not None and (_installed.requested, _installed.folder) == (preference, folder):
        return _installed.code
    uninstall_language()
    code = resolve(preference, system)
    translators: list[QTranslator] = []
    if code != SOURCE_LANGUAGE:
        ours = _loaded(catalogue_path(code))
        if ours is None:
            code = SOURCE_LANGUAGE
        else:
            translators.append(ours)
            translators.extend(filter(None, (_loaded(path) for path in _qt_catalogues(code))))
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    locale_before = None
    system = QLocale.system() if system is None else system
    if not _speaks(system, code):
        locale_before = QLocale()
        QLocale.setDefault(locale_for(code, system))
    _installed = _Installed(preference, code, folder, tuple(translators), locale_before)
    return code


def install_saved_language(preferences_path: Path) -> str:
    """:func:`install_language` for the value kept in a preferences file (read before unlock)."""
    from companion.storage.preferences_file import PreferencesFile

    return install_language(PreferencesFile(preferences_path).load().get(LANGUAGE))


def uninstall_language() -> None:
    """Remove what :func:`install_language` installed and restore the default locale it replaced."""
    global _installed
    if _installed is None:
        return
    for translator in _installed.translators:
        QCoreApplication.removeTranslator(translator)
    if _installed.locale_before is not None:
        QLocale.setDefault(_installed.locale_before)
    _installed = None


def _speaks(locale: QLocale, code: str) -> bool:
    if locale.language() == QLocale.Language.C:  # "C" formats are English ones
        return code == SOURCE_LANGUAGE
    return QLocale.languageToCode(locale.language()) == code


def _loaded(path: Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if path.is_file() and translator.load(str(path)) else None


def _qt_catalogues(code: str) -> list[Path]:
    """Qt's own catalogue for ``code``: where Qt says its translations are, else in the PySide6 package
    (a PyInstaller bundle keeps them there)."""
    import PySide6

    folders = (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
               Path(PySide6.__file__).parent / "Qt" / "translations")
    return [path for path in (folder / f"qtbase_{code}.qm" for folder in folders) if path.is_file()][:1]


class LanguageChoice(QComboBox):
    """The language control: "System language (…)" first, then each language by its own name.

    ``note`` is a label for the caller to place below it: it says, in the chosen language, that the
    choice takes effect at the next start, and is hidden while the choice is the language in use.
    """

    language_chosen = Signal(str)  # a LANGUAGE value

    def __init__(self, preference: str, parent: QWidget | None = None, *, during_setup: bool = False) -> None:
        super().__init__(parent)
        self._during_setup = during_setup
        self.setAccessibleName(self.tr("Language"))
        self.addItem(self.tr("System language (%1)").replace("%1", LANGUAGE_NAMES[resolve(SYSTEM)]), SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(preference)))
        self.note = QLabel(parent)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self._show_note()
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def preference(self) -> str:
        value = self.currentData()
        return value if isinstance(value, str) else SYSTEM

    @Slot(int)
    def _on_current_index_changed(self, _index: int) -> None:
        self._show_note()
        self.language_chosen.emit(self.preference())

    def _show_note(self) -> None:
        code = resolve(self.preference())
        if code != SOURCE_LANGUAGE and not catalogue_path(code).is_file():
            text = self.tr("This copy of companion has no translation into %1.").replace(
                "%1", LANGUAGE_NAMES[code])
        elif code == current_language():
            text = ""
        else:
            text = _in_language(code, _NEXT_START_IN_SETUP if self._during_setup else _NEXT_START)
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.setAccessibleDescription(text)  # heard with the control, not only seen below it


def _in_language(code: str, source: str) -> str:
    """``source`` (a LanguageChoice message) in ``code``, whatever language is installed; English
    when the catalogue lacks it."""
    translator = _loaded(catalogue_path(code))
    translated = translator.translate("LanguageChoice", source) if translator is not None else ""
    return translated or source
