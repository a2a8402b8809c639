"""The core's sentences in the user's language: ``core_text(error)``, ``core_text(flag.sentence)``.

The Qt-free core (domain, storage, services) hands out :class:`~companion.domain.texts.Text` values: a
translation context, an English source with ``%1``… markers and the arguments. Their sources are in the
catalogue already (each is marked with ``QT_TRANSLATE_NOOP`` where the core writes it), so this is the
one place that translates a context and a source it does not spell out itself.

Arguments are turned into text the same way, recursively: a ``Text`` argument (a reason inside a
sentence) is translated in its own context, a number is written the locale's way (its decimal point;
no group separators, so a year or a count of minutes reads as in English), anything else as it is (a
folder, a name the user typed). Plain strings and other exceptions pass through unchanged, in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from companion.domain.texts import Text, substitute


def core_text(value: Text | str | BaseException) -> str:
    """``value`` as one sentence in the user's language (English where there is no translation)."""
    if isinstance(value, BaseException):
        # A StorageError (or CarePlanError) has .text; another error may carry its Text as its one argument.
        text = getattr(value, "text", None)
        if not isinstance(text, Text) and len(value.args) == 1:
            text = value.args[0]
        if isinstance(text, Text):
            return _translated(text)
        return str(value)
    if isinstance(value, Text):
        return _translated(value)
    return str(value)


def _translated(text: Text) -> str:
    if text.context:
        n = -1 if text.n is None else text.n  # Qt fills %n itself, in the plural form it picked
        source = QCoreApplication.translate(text.context, text.source, None, n)
        return substitute(source, (_argument(value) for value in text.args))
    return substitute(text.source, (_argument(value) for value in text.args), text.n)


def _argument(value: object) -> str:
    if isinstance(value, Text):
        return _translated(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return number_text(value)
    return str(value)


def number_text(value: float) -> str:
    """2, 0.5 or 112.5 the locale's way ("62,5" in Spanish): its decimal point, no group separators (a
    year or a count of minutes reads as in English), at most 6 significant digits (a dose of 62.5 mg, not
    62.499999). The one way the UI writes a number into a sentence, a label or the report."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "g", 6)
