"""The translations' build step: extract, compile and check companion's Qt catalogues.

    python tools/translations.py update           # companion/ -> resources/translations/companion_<code>.ts
    python tools/translations.py build [--out D]  # each resources/translations/*.ts -> .qm beside it, or in D
    python tools/translations.py check            # exit 1 listing each source message a .ts lacks

The ``.ts`` files are committed (translators edit them with Qt Linguist); the ``.qm`` files are not: they
are built by ``build`` — by the PyInstaller spec for the bundle, by the tests' session fixture for the
tests, by hand for a source checkout. ``update`` keeps every existing translation (plural forms too,
see ``ts_numerus``) and drops the messages
that left the source (``-no-obsolete``); it writes no source locations, so moving code does not churn the
files, and it does not guess a translation for a changed English text from a similar one (a stale guess
at a safety sentence is worse than English). The languages are the LANGUAGE preference's, less "system"
and English (the source language).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))  # ts_numerus, beside this script
import ts_numerus

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "companion"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en"


class Message(NamedTuple):
    """What identifies a message to Qt's translator."""

    context: str
    source: str
    comment: str  # the disambiguation

    def __str__(self) -> str:
        comment = f" ({self.comment})" if self.comment else ""
        return f"{self.context}: {self.source!r}{comment}"


def languages() -> list[str]:
    """The codes that have a catalogue: the LANGUAGE preference's choices but "system" and English."""
    sys.path.insert(0, str(ROOT))
    from companion.domain.preferences import LANGUAGE

    return [code for code in LANGUAGE.choices or () if code not in ("system", SOURCE_LANGUAGE)]


def tool(name: str) -> str:
    """``pyside6-<name>``: beside this Python (a venv's bin), else on PATH."""
    found = shutil.which(f"pyside6-{name}", path=os.pathsep.join([str(Path(sys.executable).parent),
                                                                   os.environ.get("PATH", "")]))
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install -e .)")
    return found


def source_files(sources: Path) -> list[Path]:
    return sorted(path for path in sources.rglob("*.py") if "__pycache__" not in path.parts)


def update(sources: Path, ts_file: Path) -> None:
    """Extract every message of ``sources`` into ``ts_file``, keeping its translations and plural forms."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    saved = ts_numerus.plural_forms(ts_file.read_text(encoding="utf-8")) if ts_file.is_file() else {}
    subprocess.run([tool("lupdate"), *map(str, source_files(sources)), "-ts", str(ts_file), "-no-obsolete",
                    "-locations", "none", "-disable-heuristic", "similartext", "-source-language",
                    SOURCE_LANGUAGE, "-silent"], check=True)
    text = ts_file.read_text(encoding="utf-8")
    language = ts_file.stem.rpartition("_")[2]
    restored = ts_numerus.restore_plurals(text, saved, language)
    if restored != text:
        ts_file.write_text(restored, encoding="utf-8")


def build(translations: Path, out: Path | None = None) -> list[Path]:
    """Compile each ``*.ts`` of ``translations`` into a ``.qm`` beside it (or in ``out``); returns those."""
    built = []
    for ts_file in sorted(translations.glob("*.ts")):
        qm_file = (out or translations) / ts_file.with_suffix(".qm").name
        qm_file.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
        built.append(qm_file)
    return built


def messages(ts_file: Path) -> set[Message]:
    """The messages a ``.ts`` file holds (not those marked obsolete or vanished)."""
    # Our own file, from our own repository: no untrusted XML.
    root = ElementTree.parse(ts_file).getroot()  # noqa: S314
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind not in ("obsolete", "vanished"):
                found.add(Message(name, message.findtext("source", ""), message.findtext("comment", "")))
    return found


def missing(sources: Path, ts_file: Path) -> list[Message]:
    """The messages of ``sources`` that ``ts_file`` lacks (all of them when there is no such file)."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / ts_file.name
        update(sources, fresh)
        wanted = messages(fresh)
    have = messages(ts_file) if ts_file.is_file() else set()
    return sorted(wanted - have)


def _check(sources: Path, translations: Path, codes: Sequence[str]) -> int:
    failed = False
    for code in codes:
        ts_file = translations / f"companion_{code}.ts"
        text = ts_file.read_text(encoding="utf-8") if ts_file.is_file() else ""
        plain = ts_numerus.counted_without_forms(text)
        if plain:
            failed = True
            print(f"{ts_file.name}: {len(plain)} message(s) with a count have no plural forms (Qt would "
                  "never find them); run `python tools/translations.py update`:")
            for key in plain:
                print(f"  {key.context}: {key.source!r}")
        lacking = missing(sources, ts_file)
        if lacking:
            failed = True
            what = "is missing" if not ts_file.is_file() else f"lacks {len(lacking)} message(s) of the source"
            print(f"{ts_file.relative_to(ROOT) if ts_file.is_relative_to(ROOT) else ts_file} {what}; "
                  "run `python tools/translations.py update` and translate them:")
            for message in lacking:
                print(f"  {message}")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", type=Path, default=SOURCES, help="the package to extract from")
    parser.add_argument("--translations", type=Path, default=TRANSLATIONS, help="where the .ts files are")
    parser.add_argument("--language", action="append", help="a language code (default: every one)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the source's messages into the .ts files")
    build_command = commands.add_parser("build", help="compile every .ts into a .qm")
    build_command.add_argument("--out", type=Path, help="write the .qm files here (default: beside the .ts)")
    commands.add_parser("check", help="exit 1 listing each source message a .ts lacks")
    options = parser.parse_args(argv)
    codes = options.language or languages()
    if options.command == "update":
        for code in codes:
            update(options.sources, options.translations / f"companion_{code}.ts")
        return 0
    if options.command == "build":
        for qm_file in build(options.translations, options.out):
            print(qm_file)
        return 0
    return _check(options.sources, options.translations, codes)


if __name__ == "__main__":
    sys.exit(main())
