"""Check a clinician's export without the app's data: ``companion verify`` and the clinician's desk.

The same checks a clinician can make with OpenSSH and coreutils (DESIGN.md §6), in one call: the
manifest is there and well formed, every file it lists is there with its exact content, no other
file was added, ``manifest.sig`` is a good signature of the manifest by the key in ``patient.pub``,
and, given the key the clinician got from the patient the first time, that ``patient.pub`` is that
key. A different key is its own loud result: an export signed by someone else is not "valid".

Never imports Qt, never raises on the export's content: any input gives a :class:`VerifyResult`.
Its problems carry a ``kind`` (a stable message id) besides the sentence, a
:class:`~companion.domain.texts.Text`: English as a ``str`` (``--json`` and logs), translated by the
desk and the command line with ``core_text``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from companion.domain.texts import QT_TRANSLATE_NOOP, Text, untranslated
from companion.export.export_files import (
    DamagedFileError,
    ExportFiles,
    ListingProblem,
    UnreadableExportError,
    display_name,
    open_export,
    unreadable_text,
)
from companion.export.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    NOT_LISTED,
    PUBLIC_KEY_NAME,
    SIGNATURE_NAME,
    ManifestError,
    compare,
    parse_manifest,
)
from companion.storage import sshsig

_FINGERPRINT_CHARS = len("SHA256:") + 43


class VerifyStatus(StrEnum):
    VALID = "valid"
    ALTERED = "altered"  # altered or not a valid export
    DIFFERENT_KEY = "different_key"  # intact, but signed by another key than the one given
    UNREADABLE = "unreadable"  # could not be checked

    @property
    def exit_code(self) -> int:
        """``companion verify``'s exit code: 0 valid, 1 altered or invalid, 2 unreadable."""
        return {"valid": 0, "altered": 1, "different_key": 1, "unreadable": 2}[self.value]


@dataclass(frozen=True)
class Problem:
    """One finding. ``kind`` is stable (changed, missing, unlisted, renamed, no_manifest, bad_manifest,
    no_signature, bad_signature, no_public_key, bad_public_key, signer_mismatch, different_key,
    not_a_file, unsafe_name, duplicate_name, damaged, unreadable); ``file`` names the file."""

    kind: str
    file: str
    message: Text


@dataclass(frozen=True)
class VerifyResult:
    status: VerifyStatus
    export: str
    problems: tuple[Problem, ...] = ()
    files_checked: int = 0
    fingerprint: str | None = None  # of the key in patient.pub, when it could be read
    expected_fingerprint: str | None = None  # of the key given (--key), if any
    ignored: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        return self.status is VerifyStatus.VALID

    @property
    def exit_code(self) -> int:
        return self.status.exit_code

    def to_json(self) -> dict[str, object]:
        """The result with fixed keys, for ``companion verify --json``."""
        return {
            "status": self.status.value,
            "exit_code": self.exit_code,
            "export": self.export,
            "files_checked": self.files_checked,
            "fingerprint": self.fingerprint,
            "expected_fingerprint": self.expected_fingerprint,
            "problems": [{"kind": p.kind, "file": p.file, "message": p.message} for p in self.problems],
            "ignored": list(self.ignored),
        }

    def summary(self) -> list[Text]:
        """A short human summary, one line per entry: English as ``str``, translated with ``core_text``."""
        lines: list[Text]
        if self.status is VerifyStatus.VALID:
            lines = [QT_TRANSLATE_NOOP(
                "ExportChecks", "VALID: %1: all %2 files match the manifest, and the manifest is signed by "
                "the key in patient.pub.").arg(self.export, self.files_checked)]
            if self.expected_fingerprint is not None:
                lines.append(QT_TRANSLATE_NOOP("ExportChecks", "Signed by the key you gave: %1.")
                             .arg(self.fingerprint))
            else:
                lines.append(signed_by(self.fingerprint))
        elif self.status is VerifyStatus.DIFFERENT_KEY:
            lines = [
                QT_TRANSLATE_NOOP("ExportChecks", "WARNING: %1 is signed by a DIFFERENT KEY than the one you "
                                  "gave.").arg(self.export),
                QT_TRANSLATE_NOOP("ExportChecks", "Expected %1, found %2. It may not come from your patient: "
                                  "ask them before trusting it.").arg(self.expected_fingerprint,
                                                                      self.fingerprint),
            ]
        elif self.status is VerifyStatus.UNREADABLE:
            lines = [QT_TRANSLATE_NOOP("ExportChecks", "UNREADABLE: %1 could not be checked.")
                     .arg(self.export)]
        else:
            lines = [QT_TRANSLATE_NOOP("ExportChecks", "NOT VALID: %1 was altered after it was signed, or is "
                                       "not an export.").arg(self.export)]
        lines.extend(_indented(p.message) for p in self.problems if p.kind != "different_key")
        if self.ignored:
            lines.append(_indented(QT_TRANSLATE_NOOP(
                "ExportChecks", "Ignored (made by the operating system): %1").arg(", ".join(self.ignored))))
        return lines


def signed_by(fingerprint: str | None) -> Text:
    """What to do with a fingerprint no key was given for (``verify`` and ``fhir-transaction`` say it)."""
    return QT_TRANSLATE_NOOP("ExportChecks", "Signed by %1. Check it against the fingerprint your patient "
                             "read to you once, or pass --key with their patient.pub.").arg(fingerprint)


def _indented(line: Text) -> Text:
    return Text("", "  %1", (line,))  # the indent is layout, not a word: no message of its own


class KeyArgumentError(ValueError):
    """The expected key given is neither an OpenSSH Ed25519 public key nor a SHA256: fingerprint."""


def expected_fingerprint(key: str | bytes) -> str:
    """The fingerprint of the key the clinician trusts: ``patient.pub``'s content, or ``SHA256:…``."""
    text = key.decode("utf-8", "replace") if isinstance(key, bytes) else key
    if text.strip().startswith("SHA256:"):
        candidate = text.strip()
        if len(candidate) != _FINGERPRINT_CHARS or not all(
            c.isascii() and (c.isalnum() or c in "+/") for c in candidate[len("SHA256:") :]
        ):
            raise KeyArgumentError(QT_TRANSLATE_NOOP(
                "ExportChecks", "That is not a whole SHA256: fingerprint (43 characters after SHA256:)."))
        return candidate
    try:
        return sshsig.fingerprint(sshsig.parse_public_key(key))
    except sshsig.MalformedError as error:
        raise KeyArgumentError(QT_TRANSLATE_NOOP(
            "ExportChecks", "The key given is not an OpenSSH Ed25519 public key: %1.").arg(error)) from None


def verify_export(path: Path | str, key: str | bytes | None = None) -> VerifyResult:
    """Check the export folder or .zip at ``path``; ``key`` is the key the clinician trusts, if any.

    ``key``: the content of the patient's ``patient.pub`` as first received, or its ``SHA256:…``
    fingerprint. KeyArgumentError if it is neither; nothing about the export ever raises.
    """
    expected = expected_fingerprint(key) if key is not None else None
    export = display_name(os.fspath(path))
    try:
        with open_export(Path(path)) as files:
            return _Check(files, export, expected).run()
    except UnreadableExportError as error:
        return VerifyResult(
            VerifyStatus.UNREADABLE,
            export,
            (Problem("unreadable", "", _sentence(error)),),
            expected_fingerprint=expected,
        )


class _Check:
    """One verification: collects problems, then decides the status."""

    def __init__(self, files: ExportFiles, export: str, expected: str | None) -> None:
        self.files = files
        self.export = export
        self.expected = expected
        self.problems: list[Problem] = [_from_listing(p) for p in files.problems]

    def run(self) -> VerifyResult:
        manifest = self._small(MANIFEST_NAME, MAX_MANIFEST_BYTES, "no_manifest")
        listed = self._parse_manifest(manifest) if manifest is not None else None
        public_key = self._public_key()
        fingerprint = sshsig.fingerprint(public_key) if public_key is not None else None
        self._check_signature(manifest, public_key)
        if self.expected is not None and fingerprint is not None and fingerprint != self.expected:
            different = QT_TRANSLATE_NOOP("ExportChecks", "patient.pub is another key (%1) than the one you "
                                          "gave (%2).").arg(fingerprint, self.expected)
            self._add("different_key", PUBLIC_KEY_NAME, different)
        if listed is not None:
            self._check_files(listed)
        return VerifyResult(
            self._status(),
            self.export,
            tuple(self.problems),
            files_checked=len(listed) if listed is not None else 0,
            fingerprint=fingerprint,
            expected_fingerprint=self.expected,
            ignored=tuple(self.files.ignored),
        )

    def _status(self) -> VerifyStatus:
        kinds = {p.kind for p in self.problems}
        if "unreadable" in kinds:
            return VerifyStatus.UNREADABLE
        if kinds - {"different_key"}:
            return VerifyStatus.ALTERED
        return VerifyStatus.DIFFERENT_KEY if kinds else VerifyStatus.VALID

    def _small(self, name: str, limit: int, missing_kind: str) -> bytes | None:
        if name not in self.files.paths:
            self._add(missing_kind, name, _MISSING[name])
            return None
        try:
            data = self.files.read(name, limit)
        except DamagedFileError:
            self._add("damaged", name, _damaged(name))
            return None
        except OSError as error:
            self._add("unreadable", name, unreadable_text(name, error))
            return None
        if data is None:
            self._add(_BAD[name], name, QT_TRANSLATE_NOOP(
                "ExportChecks", "%1 is far too large to be what it says.").arg(name))
        return data

    def _parse_manifest(self, manifest: bytes) -> dict[str, str] | None:
        try:
            return parse_manifest(manifest)
        except ManifestError as error:
            self._add("bad_manifest", MANIFEST_NAME, QT_TRANSLATE_NOOP(
                "ExportChecks", "%1 Nothing in it can be trusted.").arg(_sentence(error)))
            return None

    def _public_key(self) -> bytes | None:
        data = self._small(PUBLIC_KEY_NAME, sshsig.MAX_PUBLIC_KEY_FILE_BYTES, "no_public_key")
        if data is None:
            return None
        try:
            return sshsig.parse_public_key(data)
        except sshsig.MalformedError as error:
            self._add("bad_public_key", PUBLIC_KEY_NAME, QT_TRANSLATE_NOOP(
                "ExportChecks", "patient.pub cannot be read: %1.").arg(error))
            return None

    def _check_signature(self, manifest: bytes | None, public_key: bytes | None) -> None:
        signature = self._small(SIGNATURE_NAME, sshsig.MAX_SIGNATURE_FILE_BYTES, "no_signature")
        if signature is None or manifest is None:
            return
        check = sshsig.verify(signature, manifest)
        if not check.valid:
            reason = QT_TRANSLATE_NOOP("ExportChecks", "manifest.sig is not a valid signature of "
                                       "manifest-sha256.txt: %1.").arg(check.reason)
            self._add("bad_signature", SIGNATURE_NAME, reason)
        elif public_key is not None and check.public_key != public_key:
            mismatch = QT_TRANSLATE_NOOP("ExportChecks", "manifest.sig was made by another key than the one "
                                         "in patient.pub.")
            self._add("signer_mismatch", SIGNATURE_NAME, mismatch)

    def _check_files(self, listed: Mapping[str, str]) -> None:
        present: dict[str, str] = {}
        unusable: set[str] = set()
        for path in self.files.paths:
            if path in NOT_LISTED:
                continue
            shown = display_name(path)
            try:
                present[path] = self.files.sha256(path)
            except DamagedFileError:
                unusable.add(path)
                self._add("damaged", shown, _damaged(shown))
            except OSError as error:
                unusable.add(path)
                self._add("unreadable", shown, unreadable_text(shown, error))
        expected = {path: digest for path, digest in listed.items() if path not in unusable}
        for found in compare(expected, present):
            self._add(found.kind.value, display_name(found.path), found.sentence(display_name))

    def _add(self, kind: str, file: str, message: Text) -> None:
        self.problems.append(Problem(kind, file, message))


def _from_listing(problem: ListingProblem) -> Problem:
    return Problem(problem.kind, problem.file, problem.message)


def _sentence(error: Exception) -> Text:
    """The Text an export error was raised with (each of this package's is raised with one)."""
    text = error.args[0] if error.args else None
    return text if isinstance(text, Text) else untranslated(str(error))


def _damaged(name: str) -> Text:
    return QT_TRANSLATE_NOOP("ExportChecks", "%1 is damaged inside the zip.").arg(name)


_MISSING = {
    MANIFEST_NAME: QT_TRANSLATE_NOOP("ExportChecks", "manifest-sha256.txt is missing, so nothing can be "
                                     "checked: this is not a companion export, or its manifest was removed."),
    SIGNATURE_NAME: QT_TRANSLATE_NOOP("ExportChecks", "manifest.sig is missing, so nobody can tell who made "
                                      "this export."),
    PUBLIC_KEY_NAME: QT_TRANSLATE_NOOP("ExportChecks", "patient.pub is missing, so the signature cannot be "
                                       "checked."),
}
_BAD = {MANIFEST_NAME: "bad_manifest", SIGNATURE_NAME: "bad_signature", PUBLIC_KEY_NAME: "bad_public_key"}
