"""The export's manifest and its signature: what lets a clinician check the files with common tools.

``manifest-sha256.txt`` lists every other file of the export in the format ``sha256sum -c`` reads:
one line per file, ``<64 lowercase hex>  <relative/path>`` (two spaces, ``/`` separators, LF),
sorted by path, ending with LF. It leaves out only itself and ``manifest.sig``, which is the
OpenSSH signature (SSHSIG, namespace ``companion-export``) of the manifest's exact bytes, made by
the vault's signing key; ``patient.pub`` holds that key and is itself listed.

The export writer calls :func:`write_signature_files` last, on the finished folder. Checking is
here too (:func:`compare`, :func:`check_folder`); the whole verification is ``export.verify``.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath

from companion.domain.texts import QT_TRANSLATE_NOOP, Text
from companion.storage import sshsig

MANIFEST_NAME = "manifest-sha256.txt"
SIGNATURE_NAME = "manifest.sig"
PUBLIC_KEY_NAME = "patient.pub"
NOT_LISTED = frozenset({MANIFEST_NAME, SIGNATURE_NAME})
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_FILES = 10_000

_LINE = re.compile(r"([0-9a-f]{64})  ([^\n\r\\]+)")
_CHUNK = 1024 * 1024


class ManifestError(ValueError):
    """A manifest that cannot be read; ``str()`` is one sentence naming the line, its argument a ``Text``."""


class FileProblemKind(StrEnum):
    CHANGED = "changed"
    MISSING = "missing"
    UNLISTED = "unlisted"
    RENAMED = "renamed"


@dataclass(frozen=True)
class FileProblem:
    """One file that does not match the manifest; ``path`` is the name now (``listed_as`` when renamed)."""

    kind: FileProblemKind
    path: str
    listed_as: str = ""

    def sentence(self, show: Callable[[str], str] = str) -> Text:
        """One sentence (English as a ``str``); ``show`` makes a name safe to print."""
        path, listed_as = show(self.path), show(self.listed_as)
        if self.kind is FileProblemKind.CHANGED:
            return QT_TRANSLATE_NOOP("ExportChecks", "%1 was changed after the export was signed.").arg(path)
        if self.kind is FileProblemKind.MISSING:
            return QT_TRANSLATE_NOOP("ExportChecks", "%1 is listed in the manifest but missing.").arg(path)
        if self.kind is FileProblemKind.RENAMED:
            return QT_TRANSLATE_NOOP("ExportChecks", "%1 was renamed; the manifest lists it as %2.").arg(
                path, listed_as)
        return QT_TRANSLATE_NOOP(
            "ExportChecks", "%1 is not in the manifest: it was added after the export was signed.").arg(path)


def is_safe_relative_path(path: str) -> bool:
    """A plain relative ``/``-separated path: no root, drive, ``..``, ``.``, empty part or backslash."""
    if not path or "\\" in path or "\n" in path or "\r" in path or "\x00" in path:
        return False
    if any(0xD800 <= ord(c) <= 0xDFFF for c in path):
        return False  # not UTF-8 (an undecodable name on disk)
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return False
    return not (len(parts[0]) >= 2 and parts[0][1] == ":")  # C:, even on POSIX


def _sort_key(path: str) -> bytes:
    return path.encode("utf-8", "surrogatepass")  # a folder's undecodable names sort too


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def format_manifest(digests: Mapping[str, str]) -> bytes:
    """The manifest's bytes for ``{relative path: sha256 hex}``; ValueError for a name it cannot hold."""
    lines = []
    for path in sorted(digests, key=_sort_key):
        if not is_safe_relative_path(path) or path in NOT_LISTED:
            raise ValueError(f"{path!r} cannot be listed in the manifest")
        if not re.fullmatch(r"[0-9a-f]{64}", digests[path]):
            raise ValueError(f"the digest of {path!r} is not lowercase SHA-256 hex")
        lines.append(f"{digests[path]}  {path}\n")
    return "".join(lines).encode("utf-8")


def parse_manifest(data: bytes) -> dict[str, str]:
    """``{relative path: sha256 hex}`` of a manifest in exactly the form :func:`format_manifest` writes.

    ManifestError for anything else: another line ending, a line out of order or repeated, an
    unsafe path, an entry for the manifest or signature themselves, an empty manifest.
    """
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestError(QT_TRANSLATE_NOOP("ExportChecks", "%1 is far too large to be a manifest.")
                            .arg(MANIFEST_NAME))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ManifestError(QT_TRANSLATE_NOOP("ExportChecks", "%1 is not UTF-8 text.")
                            .arg(MANIFEST_NAME)) from None
    if not text:
        raise ManifestError(QT_TRANSLATE_NOOP("ExportChecks", "%1 is empty.").arg(MANIFEST_NAME))
    if not text.endswith("\n"):
        raise ManifestError(QT_TRANSLATE_NOOP("ExportChecks", "%1 does not end with a line break.")
                            .arg(MANIFEST_NAME))
    digests: dict[str, str] = {}
    previous = b""
    for number, line in enumerate(text[:-1].split("\n"), start=1):
        match = _LINE.fullmatch(line)
        if match is None:
            raise ManifestError(QT_TRANSLATE_NOOP("ExportChecks", "Line %1 of %2 is not '<sha256>  <file>'.")
                                .arg(number, MANIFEST_NAME))
        digest, path = match.groups()
        if not is_safe_relative_path(path) or path in NOT_LISTED:
            raise ManifestError(QT_TRANSLATE_NOOP("ExportChecks", "Line %1 of %2 names a file that cannot be "
                                                  "listed.").arg(number, MANIFEST_NAME))
        if _sort_key(path) <= previous:
            raise ManifestError(QT_TRANSLATE_NOOP(
                "ExportChecks", "Line %1 of %2 is out of order or repeated.").arg(number, MANIFEST_NAME))
        if len(digests) >= MAX_FILES:
            raise ManifestError(QT_TRANSLATE_NOOP("ExportChecks", "%1 lists more files than an export holds.")
                                .arg(MANIFEST_NAME))
        previous = _sort_key(path)
        digests[path] = digest
    return digests


def compare(listed: Mapping[str, str], present: Mapping[str, str]) -> list[FileProblem]:
    """What differs between the manifest (``listed``) and the files (``present``), both path → sha256.

    A missing file whose exact content is present under an unlisted name is "renamed".
    """
    problems: list[FileProblem] = []
    missing = sorted((p for p in listed if p not in present), key=_sort_key)
    unlisted = sorted((p for p in present if p not in listed), key=_sort_key)
    for path in sorted(listed, key=_sort_key):
        if path in present and present[path] != listed[path]:
            problems.append(FileProblem(FileProblemKind.CHANGED, path))
    for old in missing:
        new = next((p for p in unlisted if present[p] == listed[old]), None)
        if new is None:
            problems.append(FileProblem(FileProblemKind.MISSING, old))
        else:
            unlisted.remove(new)
            problems.append(FileProblem(FileProblemKind.RENAMED, new, listed_as=old))
    problems.extend(FileProblem(FileProblemKind.UNLISTED, path) for path in unlisted)
    return problems


def listed_files(folder: Path) -> list[str]:
    """The relative paths of the regular files under ``folder`` that a manifest lists, sorted.

    ValueError for a symbolic link or other special file, or a name a manifest cannot hold: the
    export writer never makes those, so one there is a bug.
    """
    found: list[str] = []
    for directory, folders, files in os.walk(folder, followlinks=False):
        here = Path(directory)
        for name in [*folders, *files]:
            if (here / name).is_symlink():
                raise ValueError(f"{name!r} is a symbolic link; an export holds plain files only")
        for name in files:
            relative = PurePosixPath(*(here / name).relative_to(folder).parts).as_posix()
            if not (here / name).is_file():
                raise ValueError(f"{relative!r} is not a plain file")
            if relative not in NOT_LISTED:
                found.append(relative)
    return sorted(found, key=_sort_key)


def build_manifest(folder: Path) -> bytes:
    """The manifest of every file under ``folder`` except the manifest and its signature."""
    return format_manifest({path: sha256_of_file(folder / path) for path in listed_files(folder)})


def write_signature_files(folder: Path, signer: sshsig.RawSigner) -> str:
    """Write ``patient.pub``, then ``manifest-sha256.txt``, then ``manifest.sig`` into ``folder``.

    Call it last, on the folder holding every other file of the export. Returns the signer's
    fingerprint (``SHA256:…``). Plain writes: the export writer makes the folder durable and
    renames it into place.
    """
    (folder / PUBLIC_KEY_NAME).write_bytes((sshsig.public_key_line(signer.public_key) + "\n").encode("ascii"))
    manifest = build_manifest(folder)
    (folder / MANIFEST_NAME).write_bytes(manifest)
    (folder / SIGNATURE_NAME).write_bytes(sshsig.sign(signer, manifest).encode("ascii"))
    return sshsig.fingerprint(signer.public_key)


def check_folder(folder: Path) -> list[FileProblem]:
    """The files under ``folder`` that do not match its manifest (the signature is not checked here).

    ManifestError if the manifest is missing or unreadable; OSError if a file cannot be read.
    """
    manifest_path = folder / MANIFEST_NAME
    if not manifest_path.is_file():
        raise ManifestError(QT_TRANSLATE_NOOP("ExportChecks", "%1 is missing.").arg(MANIFEST_NAME))
    listed = parse_manifest(manifest_path.read_bytes())
    return compare(listed, {path: sha256_of_file(folder / path) for path in _all_files(folder)})


def _all_files(folder: Path) -> Iterable[str]:
    for directory, _folders, files in os.walk(folder, followlinks=False):
        for name in files:
            relative = PurePosixPath(*(Path(directory) / name).relative_to(folder).parts).as_posix()
            if relative not in NOT_LISTED:
                yield relative
