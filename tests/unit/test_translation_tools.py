"""tools/translations.py, the translations' build step, on small files of its own: ``build`` makes a ``.qm``
Qt loads, ``check`` fails on a message the ``.ts`` lacks, ``update`` keeps translations and drops the gone."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent.parent
TOOL = ROOT / "tools" / "translations.py"
SOURCE = '''from PySide6.QtCore import QCoreApplication


def texts() -> list[str]:
    return [QCoreApplication.translate("Greeting", "Good morning"),
            QCoreApplication.translate("Greeting", "Good night")]
'''


def write_ts(path: Path, messages: dict[tuple[str, str], str], *, kind: str = "") -> Path:
    """A ``.ts`` file: (context, source) -> translation, each of type ``kind`` (empty: finished)."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in messages.items():
        type_attribute = f' type="{kind}"' if kind else ""
        contexts.setdefault(context, []).append(
            f"    <message>\n        <source>{escape(source)}</source>\n"
            f"        <translation{type_attribute}>{escape(translation)}</translation>\n    </message>\n")
    body = "".join(f"<context>\n    <name>{escape(name)}</name>\n{''.join(items)}</context>\n"
                   for name, items in contexts.items())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="es" sourcelanguage="en">\n{body}</TS>\n', "utf-8")
    return path


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    package = tmp_path / "package"
    package.mkdir()
    (package / "greeting.py").write_text(SOURCE, "utf-8")
    return package


def test_the_languages_are_the_preference_s_but_system_and_english(tool: ModuleType) -> None:
    assert tool.languages() == ["es"]


@pytest.mark.parametrize("out", [False, True], ids=["beside-the-ts", "into-a-folder"])
def test_build_makes_a_qm_that_qt_loads(tmp_path: Path, out: bool) -> None:
    translations = tmp_path / "translations"
    write_ts(translations / "companion_es.ts", {("Greeting", "Good morning"): "Buenos días"})
    folder = tmp_path / "built" if out else translations
    result = run_tool("--translations", str(translations), "build", *(["--out", str(folder)] if out else []))
    assert result.returncode == 0, result.stderr
    qm_file = folder / "companion_es.qm"
    assert result.stdout.split() == [str(qm_file)]
    translator = QTranslator()
    assert translator.load(str(qm_file))
    assert translator.translate("Greeting", "Good morning") == "Buenos días"
    assert translator.translate("Greeting", "Good night") == ""  # not in the catalogue


def test_build_with_no_ts_files_builds_nothing(tmp_path: Path) -> None:
    result = run_tool("--translations", str(tmp_path), "build", "--out", str(tmp_path / "out"))
    assert (result.returncode, result.stdout) == (0, "")
    assert not (tmp_path / "out").exists()


def test_check_fails_listing_the_message_the_ts_lacks(tmp_path: Path, sources: Path) -> None:
    translations = tmp_path / "translations"
    write_ts(translations / "companion_es.ts", {("Greeting", "Good morning"): "Buenos días"})
    result = run_tool("--sources", str(sources), "--translations", str(translations), "check")
    assert result.returncode == 1
    assert "Greeting: 'Good night'" in result.stdout
    assert "Good morning" not in result.stdout


@pytest.mark.parametrize("kind", ["obsolete", "vanished"])
def test_check_counts_a_message_marked_gone_as_lacking(tmp_path: Path, sources: Path, kind: str) -> None:
    translations = tmp_path / "translations"
    both = {("Greeting", "Good morning"): "Buenos días", ("Greeting", "Good night"): "Buenas noches"}
    write_ts(translations / "companion_es.ts", both, kind=kind)
    result = run_tool("--sources", str(sources), "--translations", str(translations), "check")
    assert result.returncode == 1 and "Good morning" in result.stdout and "Good night" in result.stdout


def test_check_passes_with_every_message_and_fails_without_a_ts(tmp_path: Path, sources: Path) -> None:
    translations = tmp_path / "translations"
    absent = run_tool("--sources", str(sources), "--translations", str(translations), "check")
    assert absent.returncode == 1 and "is missing" in absent.stdout
    write_ts(translations / "companion_es.ts",
             {("Greeting", "Good morning"): "Buenos días", ("Greeting", "Good night"): "Buenas noches"})
    complete = run_tool("--sources", str(sources), "--translations", str(translations), "check")
    assert (complete.returncode, complete.stdout) == (0, "")


def test_update_keeps_translations_adds_new_messages_and_drops_removed_ones(
    tool: ModuleType, tmp_path: Path, sources: Path
) -> None:
    ts_file = write_ts(tmp_path / "companion_es.ts", {("Greeting", "Good morning"): "Buenos días",
                                                     ("Greeting", "Good evening"): "Buenas tardes"})
    result = run_tool("--sources", str(sources), "--translations", str(tmp_path), "update")
    assert result.returncode == 0, result.stderr
    messages = {message.source for message in tool.messages(ts_file)}
    assert messages == {"Good morning", "Good night"}  # "Good evening" left the source: gone
    text = ts_file.read_text("utf-8")
    assert "Buenos días" in text and "Buenas tardes" not in text
    assert "<location" not in text  # moving code does not churn the file


COUNTED_SOURCE = '''from PySide6.QtCore import QCoreApplication


def texts(count: int) -> list[str]:
    return [QCoreApplication.translate("Journal", "%Ln entries.", "", count)]
'''
COUNTED_TS = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Journal</name>
    <message{numerus}>
        <source>%Ln entries.</source>
        {translation}
    </message>
</context>
</TS>
'''
FORMS = '''<translation>
            <numerusform>%Ln entrada.</numerusform>
            <numerusform>%Ln entradas.</numerusform>
        </translation>'''


def _qt_finds(ts_file: Path, tmp_path: Path, count: int) -> str:
    built = run_tool("--translations", str(ts_file.parent), "build", "--out", str(tmp_path / "qm"))
    assert built.returncode == 0, built.stderr
    translator = QTranslator()
    assert translator.load(str(tmp_path / "qm" / ts_file.with_suffix(".qm").name))
    return translator.translate("Journal", "%Ln entries.", "", count)


def test_update_keeps_the_plural_forms_lupdate_would_drop(tmp_path: Path) -> None:
    """PySide's lupdate writes ``translate(context, text, comment, n)`` as a plain message, which Qt never
    finds when asked with a count; ``update`` writes it back as numerus with its forms."""
    package = tmp_path / "package"
    package.mkdir()
    (package / "journal.py").write_text(COUNTED_SOURCE, "utf-8")
    ts_file = tmp_path / "ts" / "companion_es.ts"
    ts_file.parent.mkdir()
    ts_file.write_text(COUNTED_TS.format(numerus=' numerus="yes"', translation=FORMS), "utf-8")
    result = run_tool("--sources", str(package), "--translations", str(ts_file.parent), "update")
    assert result.returncode == 0, result.stderr
    text = ts_file.read_text("utf-8")
    assert '<message numerus="yes">' in text and "<numerusform>%Ln entrada.</numerusform>" in text
    assert 'type="unfinished"' not in text
    assert _qt_finds(ts_file, tmp_path, 1) == "%Ln entrada."
    assert _qt_finds(ts_file, tmp_path, 40) == "%Ln entradas."
    check = run_tool("--sources", str(package), "--translations", str(ts_file.parent), "check")
    assert check.returncode == 0, check.stdout


def test_a_counted_message_without_plural_forms_fails_the_check_and_update_mends_it(tmp_path: Path) -> None:
    package = tmp_path / "package"
    package.mkdir()
    (package / "journal.py").write_text(COUNTED_SOURCE, "utf-8")
    ts_file = tmp_path / "ts" / "companion_es.ts"
    ts_file.parent.mkdir()
    ts_file.write_text(COUNTED_TS.format(numerus="", translation="<translation>%Ln entradas.</translation>"),
                       "utf-8")
    assert _qt_finds(ts_file, tmp_path, 40) == ""  # what the app showed: the English
    check = run_tool("--sources", str(package), "--translations", str(ts_file.parent), "check")
    assert check.returncode == 1 and "Journal: '%Ln entries.'" in check.stdout
    update = run_tool("--sources", str(package), "--translations", str(ts_file.parent), "update")
    assert update.returncode == 0, update.stderr
    assert _qt_finds(ts_file, tmp_path, 40) == "%Ln entradas."  # both forms until a translator splits them


def test_qt_finds_every_finished_message_of_the_committed_catalogues(tmp_path: Path,
                                                                   tool: ModuleType) -> None:
    """Each message a translator finished reaches the screen: Qt finds it in the built catalogue, a
    numerus one for one, two and five."""
    from xml.etree import ElementTree

    catalogues = ROOT / "resources" / "translations"
    for qm_file in tool.build(catalogues, tmp_path / "qm"):
        translator = QTranslator()
        assert translator.load(str(qm_file))
        root = ElementTree.parse(catalogues / qm_file.with_suffix(".ts").name).getroot()
        lost, checked = [], 0
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                if translation.get("type") == "unfinished":
                    continue
                source, comment = message.findtext("source", ""), message.findtext("comment", "")
                counts = (1, 2, 5) if message.get("numerus") == "yes" else (-1,)
                for count in counts:
                    checked += 1
                    if not translator.translate(name, source, comment or None, count):
                        lost.append(f"{name}: {source!r} (n={count})")
        assert checked > 1000 and lost == []
