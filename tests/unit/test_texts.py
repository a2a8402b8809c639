"""The core's translatable sentences (companion.domain.texts): Qt's place markers, nesting, counts, and
English that is byte for byte what the core said before its sentences became translatable."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from companion.domain.texts import QT_TRANSLATE_NOOP, Text, joined, plural, substitute, untranslated
from companion.storage.errors import (
    DiskError,
    NoVaultError,
    SchemaTooNewError,
    StorageError,
    VaultDamagedError,
    WrongPassphraseError,
)

# -- substitution ----------------------------------------------------------------------------------


def test_markers_are_filled_by_position() -> None:
    assert substitute("%1 then %2", ["a", "b"]) == "a then b"
    assert substitute("%2 before %1", ["a", "b"]) == "b before a"  # a translation may reorder them
    assert substitute("%1 and %1 again", ["a"]) == "a and a again"


def test_ten_is_the_tenth_marker_not_the_first_followed_by_a_zero() -> None:
    args = [str(number) for number in range(1, 11)]
    assert substitute("%10 %1", args) == "10 1"
    assert substitute("%1 and %10", ["one"]) == "one and %10"  # no tenth argument: left as it is
    assert substitute("%1%2", ["a", "b"]) == "ab"
    # Qt reads at most two digits: %12, then a plain "3".
    assert substitute("%123", [str(n) for n in range(1, 13)]) == "123"


def test_percent_l_is_the_same_place_as_in_qt() -> None:
    assert substitute("%L1 of %L2", ["3", "4"]) == "3 of 4"
    assert substitute("%L", ["x"]) == "%L"
    assert substitute("%Lx %L10", ["x"]) == "%Lx %L10"


def test_a_marker_without_an_argument_and_a_percent_sign_stay() -> None:
    assert substitute("%1 of %2", ["one"]) == "one of %2"
    assert substitute("below 93 %, the limit", []) == "below 93 %, the limit"
    assert substitute("100%", []) == "100%"
    assert substitute("%a %", ["x"]) == "%a %"
    assert substitute("%n days", []) == "%n days"  # no count given


def test_an_argument_is_never_substituted_again() -> None:
    assert substitute("in %1 (%2)", ["/home/%2", "x"]) == "in /home/%2 (x)"
    assert str(QT_TRANSLATE_NOOP("StorageErrors", "There is no vault in %1.").arg("/tmp/%1%n")) == (
        "There is no vault in /tmp/%1%n.")


def test_percent_n_is_the_count() -> None:
    text = QT_TRANSLATE_NOOP("FlagTexts", "(%n times)", None, 1).counted(3)
    assert str(text) == "(3 times)"
    assert text.n == 3
    assert substitute("%n of %1", ["x"], 2) == "2 of x"


# -- Text ------------------------------------------------------------------------------------------


def test_a_text_is_its_english_and_keeps_what_translates_it() -> None:
    text = QT_TRANSLATE_NOOP("StorageErrors", "There is no vault in %1.").arg(Path("/data"))
    assert text == "There is no vault in /data."
    assert isinstance(text, str)
    assert type(str(text)) is str and str(text) == "There is no vault in /data."
    assert text.english() == "There is no vault in /data." and type(text.english()) is str
    assert (text.context, text.source, text.args, text.n) == (
        "StorageErrors", "There is no vault in %1.", (Path("/data"),), None)
    assert text.translatable
    assert "\n".join([text, "next"]) == "There is no vault in /data.\nnext"  # the UI's joins keep working


def test_arguments_add_up_and_may_be_texts() -> None:
    reason = QT_TRANSLATE_NOOP("StorageErrors", "the key file is missing")
    sentence = QT_TRANSLATE_NOOP("StorageErrors", "The export cannot be signed because %1. %2").arg(reason)
    assert sentence == "The export cannot be signed because the key file is missing. %2"
    done = sentence.arg(QT_TRANSLATE_NOOP("StorageErrors", "Try %1 times.").arg(3))
    assert done == "The export cannot be signed because the key file is missing. Try 3 times."
    assert done.args[0] is reason


def test_a_text_cannot_be_changed() -> None:
    text = QT_TRANSLATE_NOOP("FlagTexts", "x")
    with pytest.raises(AttributeError):
        text.context = "Other"
    with pytest.raises(AttributeError):
        del text.source


def test_a_text_survives_pickle_and_copy() -> None:
    inner = QT_TRANSLATE_NOOP("SideEffects", "nausea")
    text = QT_TRANSLATE_NOOP("FlagTexts", "A severe side effect was recorded: %1.").arg(inner)
    for clone in (pickle.loads(pickle.dumps(text)), copy.copy(text), copy.deepcopy(text)):
        assert clone == text
        assert (clone.context, clone.source, clone.args) == (text.context, text.source, text.args)
        assert isinstance(clone.args[0], Text) and clone.args[0].context == "SideEffects"


def test_the_marker_refuses_what_lupdate_would_misfile() -> None:
    with pytest.raises(ValueError, match="disambiguation"):
        QT_TRANSLATE_NOOP("FlagTexts", "x", "a comment")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="numerus"):
        QT_TRANSLATE_NOOP("FlagTexts", "%n days")  # a count, not marked as having plural forms
    with pytest.raises(ValueError, match="numerus"):
        QT_TRANSLATE_NOOP("FlagTexts", "no count here", None, 1)
    with pytest.raises(ValueError, match="no %n"):
        QT_TRANSLATE_NOOP("FlagTexts", "no count here").counted(2)


def test_plural_keeps_the_english_forms() -> None:
    one = QT_TRANSLATE_NOOP("ChecklistTexts", "%n hour", None, 1)
    other = QT_TRANSLATE_NOOP("ChecklistTexts", "%n hours", None, 1)
    assert [str(plural(n, one, other)) for n in (0, 1, 2)] == ["0 hours", "1 hour", "2 hours"]
    assert plural(1, one, other).n == 1


def test_joined_parts_translate_one_by_one() -> None:
    parts = [QT_TRANSLATE_NOOP("ChecklistTexts", "%n hour", None, 1).counted(1), "30 minutes"]
    text = joined(parts)
    assert text == "1 hour 30 minutes"
    assert text.context == "" and text.args == tuple(parts)
    assert joined(["a", "b", "c"], ", ") == "a, b, c"
    assert joined([]) == ""
    with pytest.raises(ValueError):
        joined(["a"], "%1")
    with pytest.raises(ValueError):
        joined(["a", "b"], "0")  # "%10%2" would read as the tenth marker


def test_untranslated_wraps_a_plain_sentence_once() -> None:
    text = untranslated("Plain %1 sentence.")
    assert text == "Plain %1 sentence." and text.context == "" and not text.translatable
    marked = QT_TRANSLATE_NOOP("FlagTexts", "x")
    assert untranslated(marked) is marked


# -- storage errors --------------------------------------------------------------------------------


def test_a_storage_error_is_its_english_sentence_and_carries_the_text() -> None:
    error = NoVaultError(Path("/data"))
    assert str(error) == "There is no vault in /data."
    assert error.text.context == "StorageErrors" and error.text.source == "There is no vault in %1."
    assert str(WrongPassphraseError()) == "That passphrase did not unlock the vault. Check it and try again."
    newer = SchemaTooNewError(9, 8)
    assert newer.text.args == (9, 8)
    assert str(newer).startswith(
        "This vault was saved by a newer version of companion (schema 9, this version knows up to 8)")


def test_a_plain_string_is_still_taken_as_an_untranslated_sentence() -> None:
    error = DiskError("Something plain.")
    assert str(error) == "Something plain."
    assert error.text == "Something plain." and error.text.context == ""
    damaged = VaultDamagedError("Plain too.", moved_to=Path("/x"))
    assert str(damaged) == "Plain too." and damaged.moved_to == Path("/x")
    assert StorageError(QT_TRANSLATE_NOOP("StorageErrors", "x")).text.context == "StorageErrors"
