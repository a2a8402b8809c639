"""No change to a signed export goes unnoticed, and no input makes ``verify_export`` raise.

A thousand seeded single-byte changes spread over every file of an export (data files, patient.pub,
the manifest and its signature) are each caught and pinned on the right file; removed, added and
renamed files are named; and hypothesis feeds verify fuzzed manifests, signatures, public keys,
data files and zips: the answer is always a result, never an exception. Verify never writes.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.export.verify import VerifyResult, VerifyStatus, verify_export
from tests.reliability.conftest import ReliabilityFigure
from tests.reliability.file_snapshot import snapshot
from tests.signed_export import EXPORT_FILES, TestSigner, all_files, make_export

CHANGES = 1_000
SEED = 20_260_105
KEY_SEED = bytes(range(32))

# Which problem a change to each kind of file must produce.
SIGNATURE_KINDS = {"bad_signature"}
MANIFEST_KINDS = {"bad_signature", "bad_manifest"}
PUBLIC_KEY_KINDS = {"changed", "bad_public_key", "signer_mismatch"}


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return make_export(tmp_path / "companion-export-20260105-a1b2", TestSigner(KEY_SEED))


def _caught_on(result: VerifyResult, path: str) -> bool:
    kinds = {p.kind for p in result.problems if p.file == path}
    if path == "manifest.sig":
        return bool(kinds & SIGNATURE_KINDS)
    if path == "manifest-sha256.txt":
        return bool({p.kind for p in result.problems} & MANIFEST_KINDS)
    if path == "patient.pub":
        return bool(kinds & PUBLIC_KEY_KINDS)
    return kinds == {"changed"}


def test_a_thousand_single_byte_changes_are_each_caught(
    export: Path, reliability_figure: ReliabilityFigure
) -> None:
    rng = random.Random(SEED)
    names = all_files(export)
    assert len(names) == len(EXPORT_FILES) + 3
    originals = {name: (export / name).read_bytes() for name in names}
    hits: Counter[str] = Counter()
    for change in range(CHANGES):
        name = rng.choice(names)
        data = bytearray(originals[name])
        position = rng.randrange(len(data))
        data[position] ^= rng.randrange(1, 256)
        (export / name).write_bytes(bytes(data))
        result = verify_export(export)
        assert result.status is VerifyStatus.ALTERED, (change, name, position)
        assert result.exit_code == 1
        assert _caught_on(result, name), (change, name, position, result.problems)
        (export / name).write_bytes(originals[name])
        hits[name] += 1
    assert set(hits) == set(names)  # every file was changed many times
    assert min(hits.values()) > CHANGES // len(names) // 2
    assert verify_export(export).valid
    reliability_figure("tampered bytes", sum(hits.values()), f"in the {len(names)} files of an export")
    reliability_figure("undetected", 0, "(each change was caught and pinned on its file)")


def test_removed_added_and_renamed_files_are_named(export: Path) -> None:
    for name in all_files(export):
        if name in ("manifest-sha256.txt", "manifest.sig"):
            continue
        aside = export.parent / "aside"
        (export / name).rename(aside)
        assert ("missing", name) in [(p.kind, p.file) for p in verify_export(export).problems]
        (export / name).write_bytes(b"")
        assert ("changed", name) in [(p.kind, p.file) for p in verify_export(export).problems]
        (export / name).unlink()
        aside.rename(export / "renamed.bin")
        assert ("renamed", "renamed.bin") in [(p.kind, p.file) for p in verify_export(export).problems]
        (export / "renamed.bin").rename(export / name)
    for added in ["extra.csv", "csv/extra.csv", "fhir/deep/er/extra.json", ".hidden"]:
        (export / added).parent.mkdir(parents=True, exist_ok=True)
        (export / added).write_bytes(b"added")
        result = verify_export(export)
        assert [(p.kind, p.file) for p in result.problems] == [("unlisted", added)]
        (export / added).unlink()
    assert verify_export(export).valid


def test_verify_writes_nothing(export: Path) -> None:
    before = snapshot(export.parent)
    verify_export(export)
    (export / "report.pdf").unlink()
    after_removal = snapshot(export.parent)
    verify_export(export)
    assert snapshot(export.parent) == after_removal != before


# --- fuzzing: always a result ----------------------------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _edits(original: bytes) -> st.SearchStrategy[bytes]:
    """Random bytes, and the original with a slice replaced, cut, or repeated."""

    def splice(parts: tuple[int, int, bytes]) -> bytes:
        start, length, insert = parts
        start %= len(original) + 1
        return original[:start] + insert + original[start + length :]

    return st.one_of(
        st.binary(max_size=2_000),
        st.tuples(st.integers(0, 10_000), st.integers(0, 64), st.binary(max_size=64)).map(splice),
        st.integers(0, 10_000).map(lambda n: original[: n % (len(original) + 1)]),
        st.integers(2, 5).map(lambda n: original * n),
    )


class _Fuzzed:
    """A pristine export in a temporary folder, restored between examples."""

    def __init__(self) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="companion-verify-fuzz-"))
        self.export = make_export(self._folder / "export", TestSigner(KEY_SEED))
        self.originals = {name: (self.export / name).read_bytes() for name in all_files(self.export)}

    def check(self, name: str, content: bytes) -> None:
        (self.export / name).write_bytes(content)
        try:
            result = verify_export(self.export)
            assert isinstance(result, VerifyResult)
            assert result.valid is (content == self.originals[name])
            assert result.summary() and result.to_json()["status"] == result.status.value
        finally:
            (self.export / name).write_bytes(self.originals[name])

    def close(self) -> None:
        shutil.rmtree(self._folder)


@pytest.fixture(scope="module")
def fuzzed() -> object:
    holder = _Fuzzed()
    yield holder
    holder.close()


@pytest.mark.parametrize("name", ["manifest-sha256.txt", "manifest.sig", "patient.pub", "fhir/bundle.json"])
def test_fuzzed_files_never_make_verify_raise(
    fuzzed: _Fuzzed, name: str, reliability_figure: ReliabilityFigure
) -> None:
    @FUZZ
    @given(content=_edits(fuzzed.originals[name]))
    def run(content: bytes) -> None:
        fuzzed.check(name, content)
        reliability_figure("fuzz cases", 1, "inputs given to verify_export")

    run()


@FUZZ
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_fuzzed_manifest_text_never_makes_verify_raise(
    fuzzed: _Fuzzed, text: str, reliability_figure: ReliabilityFigure
) -> None:
    fuzzed.check("manifest-sha256.txt", text.encode("utf-8", "surrogatepass"))
    reliability_figure("fuzz cases", 1, "inputs given to verify_export")


@FUZZ
@given(
    lines=st.lists(
        st.tuples(
            st.text("0123456789abcdefABCDEF", min_size=60, max_size=66),
            st.sampled_from(["  ", " ", " *"]),
            st.text(min_size=0, max_size=30),
        ),
        max_size=12,
    )
)
def test_manifest_like_lines_never_make_verify_raise(
    fuzzed: _Fuzzed, lines: list[tuple[str, str, str]], reliability_figure: ReliabilityFigure
) -> None:
    text = "".join(f"{digest}{gap}{name}\n" for digest, gap, name in lines)
    fuzzed.check("manifest-sha256.txt", text.encode("utf-8", "surrogatepass"))
    reliability_figure("fuzz cases", 1, "inputs given to verify_export")


@FUZZ
@given(content=st.binary(max_size=3_000), edit=st.tuples(st.integers(0, 10_000), st.integers(0, 255)))
def test_fuzzed_zips_never_make_verify_raise(
    fuzzed: _Fuzzed, tmp_path: Path, content: bytes, edit: tuple[int, int],
    reliability_figure: ReliabilityFigure,
) -> None:
    archive = tmp_path / "fuzzed.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as writer:
        for name, data in fuzzed.originals.items():
            writer.writestr(name, data)
    data = bytearray(archive.read_bytes())
    data[edit[0] % len(data)] = edit[1]
    for candidate in (bytes(data), content, b"PK\x03\x04" + content, b"PK\x05\x06" + content):
        archive.write_bytes(candidate)
        assert isinstance(verify_export(archive), VerifyResult)
        reliability_figure("fuzz cases", 1, "inputs given to verify_export")
