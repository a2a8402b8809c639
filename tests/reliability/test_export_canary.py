"""Journal entries leave only when shared *and* opted in (DESIGN.md §6), checked with canaries.

One entry marked shared and one not, each holding a unique canary word in its title, body and a tag,
among the demo journal. ``companion export`` writes a folder and a zip (one with a password) without
and with ``--include-journal``. Every byte of every file is searched (in UTF-8 and UTF-16, and the
FHIR bundle's base64 attachments decoded), zips unpacked first, and the PDF through ``pdftotext``:
without the option neither canary is anywhere; with it the shared one is in the CSV, in the FHIR
DocumentReference and in the PDF, and the unshared one is still nowhere.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import subprocess
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pyzipper

from companion.domain.journal import EntryContent
from companion.storage.journal import JournalRepository
from tests.export_vault import PASSPHRASE, cli_env, make_vault, open_test_vault, run_export
from tests.reliability.conftest import ReliabilityFigure
from tests.signed_export import openssh_tool

ZIP_PASSWORD = "canary zip password, long"


@pytest.fixture(scope="module")
def canaries() -> dict[str, str]:
    return {"shared": f"Zqshared{uuid.uuid4().hex[:16]}", "unshared": f"Zqprivate{uuid.uuid4().hex[:16]}"}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory, canaries: dict[str, str]) -> Path:
    base = make_vault(tmp_path_factory.mktemp("canary") / "data", journal_entries=200).base
    with open_test_vault(base) as vault:
        journal = JournalRepository(vault.database)
        at = datetime.now(UTC) - timedelta(hours=2)
        for which, canary in canaries.items():
            entry = journal.create(EntryContent(f"About {canary}", f"Today {canary} came back to me.",
                                                (canary.lower(),)), at=at)
            journal.set_shared(entry.id, which == "shared")
        shared = {entry.content.title for entry in journal.shared_entries()}
    assert f"About {canaries['shared']}" in shared and f"About {canaries['unshared']}" not in shared
    return base


def _decoded_attachments(bundle: bytes) -> Iterator[bytes]:
    def walk(node: object) -> Iterator[bytes]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "data" and isinstance(value, str):
                    with contextlib.suppress(binascii.Error):
                        yield base64.b64decode(value, validate=True)
                else:
                    yield from walk(value)
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)

    yield from walk(json.loads(bundle))


def _files(export: Path, scratch: Path) -> dict[str, bytes]:
    """Every file of the export by relative path (a zip unpacked, with the password if it has one)."""
    if export.is_dir():
        return {p.relative_to(export).as_posix(): p.read_bytes() for p in export.rglob("*") if p.is_file()}
    with pyzipper.AESZipFile(export) as archive:
        if any(info.flag_bits & 0x1 for info in archive.infolist()):
            archive.setpassword(ZIP_PASSWORD.encode())
        archive.extractall(scratch)
        files = {name.split("/", 1)[1]: archive.read(name) for name in archive.namelist()}
    (folder,) = scratch.iterdir()
    assert _files(folder, scratch) == files
    return files


def _where(canary: str, files: dict[str, bytes], pdf: Path) -> set[str]:
    """Where ``canary`` is: file names, "fhir attachment", "pdf text"."""
    needles = [canary.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]
    needles += [needle.lower() for needle in needles]
    found = {name for name, content in files.items() if any(needle in content for needle in needles)}
    attachments = list(_decoded_attachments(files["fhir/bundle.json"]))
    if any(needle in data for needle in needles for data in attachments):
        found.add("fhir attachment")
    text = subprocess.run([openssh_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    if canary in text or canary.lower() in text:
        found.add("pdf text")
    return found


@pytest.mark.parametrize("form", ["folder", "zip", "zip-with-password"])
@pytest.mark.parametrize("include_journal", [False, True], ids=["journal-off", "journal-on"])
def test_only_the_shared_entry_and_only_when_opted_in(
        data_dir: Path, canaries: dict[str, str], tmp_path: Path, form: str, include_journal: bool,
        reliability_figure: ReliabilityFigure) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    out = tmp_path / ("export" if form == "folder" else "export.zip")
    args = ["--from", "2000-01-01"]
    args += ["--include-journal"] if include_journal else []
    args += [] if form == "folder" else ["--zip"]
    args += ["--password-stdin"] if form == "zip-with-password" else []
    result = run_export(data_dir, out, *args, stdin=f"{PASSPHRASE}\n{ZIP_PASSWORD}\n",
                        env=cli_env(TMPDIR=str(temp)))
    assert result.returncode == 0, result.stderr
    assert not any(canary in result.stdout + result.stderr for canary in canaries.values())
    scratch = tmp_path / "unpacked"
    scratch.mkdir()
    files = _files(out, scratch)
    pdf = out / "report.pdf" if out.is_dir() else next(scratch.iterdir()) / "report.pdf"
    if form != "folder":
        raw = out.read_bytes()  # the zip as it is: deflated, so the content check is the unpacked one
        assert canaries["unshared"].encode() not in raw
    unshared_in = _where(canaries["unshared"], files, pdf)
    assert unshared_in == set()
    shared_in = _where(canaries["shared"], files, pdf)
    if include_journal:
        # In the CSV (title, text, tags), the FHIR DocumentReference (title in the clear, text as base64),
        # and the PDF's appendix.
        assert shared_in == {"csv/journal.csv", "fhir/bundle.json", "fhir attachment", "pdf text"}
    else:
        assert shared_in == set()
        assert "csv/journal.csv" not in files
    assert list(temp.iterdir()) == []
    reliability_figure("files searched", len(files), "of exports, for a journal entry not shared")
    reliability_figure("canary hits", len(unshared_in))
