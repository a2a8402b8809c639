"""``companion fhir-transaction`` (DESIGN.md §6 "For a clinic's systems", §7): a verified export's bundle as
a FHIR transaction of conditional creates that a clinic's server can load again and again without
duplicates. Real signed exports made by ``companion export`` from a demo vault; the command run in-process
(``companion.cli.main``) and once as a child process; a small model of a FHIR server applies the
transactions to count what a real one would create."""

from __future__ import annotations

import copy
import json
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from companion.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from companion.export import fhir_transaction
from companion.export.fhir_bundle import fhir_bundle
from companion.export.fhir_common import EXPORT_ID_SYSTEM, PATIENT_KEY_SYSTEM, RECORD_ID_SYSTEM
from companion.export.fhir_transaction import (
    ExportNotValidError,
    ExportUnusableError,
    search_condition,
    transaction_bundle,
    transaction_from_export,
)
from companion.export.verify import VerifyResult
from tests.export_vault import cli_env, make_vault, run_export
from tests.fixtures.export_history import KEY_FINGERPRINT, export_history
from tests.unit.test_cli_export import assert_one_clear_sentence
from tests.unit.test_export_fhir import validate

Resource = dict[str, Any]
# A fingerprint with every character a search value must not carry raw ("+" reads as a space).
PLUS_FINGERPRINT = "SHA256:ab+cd/ef+gh/ij+kl/mn+op/qr+st/uv+wx/yz+0123"
# Well formed, but the key of nobody in these tests.
STRANGER = "SHA256:" + "A" * 43


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two exports of one demo vault whose periods overlap by a week: a folder and a .zip."""
    base = tmp_path_factory.mktemp("fhir-transaction")
    data_dir = make_vault(base / "data").base
    today = date.today()
    periods = {"earlier": (base / "earlier", today - timedelta(days=30), today - timedelta(days=7), ()),
               "later": (base / "later.zip", today - timedelta(days=14), today, ("--zip",))}
    for target, start, end, extra in periods.values():
        made = run_export(data_dir, target, "--include-journal", "--from", start.isoformat(), "--to",
                          end.isoformat(), *extra)
        assert made.returncode == EXIT_OK, made.stderr
    return {name: target for name, (target, *_rest) in periods.items()}


@pytest.fixture(scope="module")
def transactions(exports: dict[str, Path]) -> dict[str, Resource]:
    return {name: json.loads(transaction_from_export(path).content) for name, path in exports.items()}


@pytest.fixture(autouse=True)
def bugs_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error raises here instead of becoming the command's calm 'internal error'."""
    monkeypatch.setenv("COMPANION_DEBUG", "1")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["fhir-transaction", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_sentence(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("companion: ")
    return lines[0]


def parse_condition(condition: str) -> tuple[str, str, str]:
    """``ifNoneExist`` read as a server reads it: percent-decoded, then split at the unescaped ``|``."""
    parameter, _, encoded = condition.partition("=")
    assert "+" not in encoded  # a query parser would read it as a space
    token, parts, escaped = unquote(encoded), [""], False
    for char in token:
        if escaped:
            parts[-1] += char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            parts.append("")
        else:
            parts[-1] += char
    system, value = parts
    return parameter, system, value


def tokens(resource: Resource, parameter: str) -> set[tuple[str, str]]:
    """What the search parameter ``identifier`` or ``_tag`` of R4 finds the resource by."""
    if parameter == "_tag":
        return {(tag["system"], tag["code"]) for tag in resource.get("meta", {}).get("tag", [])}
    assert parameter == "identifier"
    found = resource.get("identifier", [])
    identifiers = [found] if isinstance(found, dict) else list(found)
    if "masterIdentifier" in resource:
        identifiers.append(resource["masterIdentifier"])
    return {(identifier["system"], identifier["value"]) for identifier in identifiers}


def conditions(transaction: Resource) -> set[tuple[str, str]]:
    return {(entry["request"]["url"], entry["request"]["ifNoneExist"]) for entry in transaction["entry"]}


def references(value: object, element: str = "") -> Iterator[tuple[str, str]]:
    """Every (element name, reference) anywhere in ``value``: ``("subject", "urn:uuid:…")``."""
    if isinstance(value, dict):
        if isinstance(value.get("reference"), str):
            yield element, value["reference"]
        for key, item in value.items():
            yield from references(item, key)
    elif isinstance(value, list):
        for item in value:
            yield from references(item, element)


class ConditionalCreateServer:
    """The part of a FHIR server that a transaction of conditional creates uses (R4 §3.1.0.11): each
    entry's ``ifNoneExist`` is searched among the resources stored before the transaction; a match
    stands for the entry, otherwise the resource is created with a new id; then every ``urn:uuid:``
    reference is replaced by the id it resolved to, and one that resolves to nothing fails the load."""

    def __init__(self) -> None:
        self.resources: dict[str, Resource] = {}  # "Type/id" → resource

    def _find(self, resource_type: str, condition: str) -> list[str]:
        parameter, system, value = parse_condition(condition)
        return [ref for ref, resource in self.resources.items()
                if ref.split("/")[0] == resource_type and (system, value) in tokens(resource, parameter)]

    def load(self, transaction: Resource) -> dict[str, str]:
        """Apply ``transaction``; returns each entry's fullUrl → the stored resource it resolved to."""
        assert transaction["type"] == "transaction"
        resolved: dict[str, str] = {}
        created: list[tuple[str, Resource]] = []
        for entry in transaction["entry"]:
            request, resource = entry["request"], entry["resource"]
            assert request["method"] == "POST" and request["url"] == resource["resourceType"]
            matches = self._find(request["url"], request["ifNoneExist"])
            assert len(matches) <= 1, "a server refuses a condition that matches several (412)"
            if matches:
                resolved[entry["fullUrl"]] = matches[0]
            else:
                ref = f"{request['url']}/{len(self.resources) + len(created) + 1}"
                resolved[entry["fullUrl"]] = ref
                created.append((ref, copy.deepcopy(resource)))
        for ref, resource in created:
            for element, reference in references(resource):
                if reference.startswith("urn:uuid:"):
                    assert reference in resolved, f"{ref}.{element} points outside the transaction"
            self.resources[ref] = json.loads(json.dumps(resource),
                                             object_hook=lambda found: _resolve(found, resolved))
        return resolved


def _resolve(value: dict[str, Any], resolved: dict[str, str]) -> dict[str, Any]:
    reference = value.get("reference")
    if isinstance(reference, str) and reference in resolved:
        return {**value, "reference": resolved[reference]}
    return value


# -- the transaction itself ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["earlier", "later"])
def test_the_transaction_is_valid_fhir_r4(transactions: dict[str, Resource], name: str) -> None:
    validate(transactions[name])


@pytest.mark.parametrize("name", ["earlier", "later"])
def test_every_entry_is_a_conditional_create_on_its_own_identifier(
        exports: dict[str, Path], transactions: dict[str, Resource], name: str) -> None:
    transaction = transactions[name]
    fingerprint = transaction_from_export(exports[name]).fingerprint
    assert transaction["type"] == "transaction"
    for entry in transaction["entry"]:
        resource, request = entry["resource"], entry["request"]
        assert set(request) == {"method", "url", "ifNoneExist"}
        assert (request["method"], request["url"]) == ("POST", resource["resourceType"])
        assert "id" not in resource  # the server names what it creates
        parameter, system, value = parse_condition(request["ifNoneExist"])
        assert (system, value) in tokens(resource, parameter)
        if resource["resourceType"] == "Provenance":  # R4's Provenance has no identifier
            assert (parameter, system) == ("_tag", EXPORT_ID_SYSTEM)
            assert value == f"{fingerprint}/{transaction['identifier']['value']}"
        elif resource["resourceType"] == "Patient":
            assert (parameter, system, value) == ("identifier", PATIENT_KEY_SYSTEM, fingerprint)
        else:
            assert (parameter, system) == ("identifier", RECORD_ID_SYSTEM)
            assert value.startswith(f"{fingerprint}/")


@pytest.mark.parametrize("name", ["earlier", "later"])
def test_identifiers_are_unique_within_a_transaction(transactions: dict[str, Resource], name: str) -> None:
    entries = transactions[name]["entry"]
    assert len(conditions(transactions[name])) == len(entries)
    assert len({entry["fullUrl"] for entry in entries}) == len(entries)


@pytest.mark.parametrize("name", ["earlier", "later"])
def test_every_reference_points_at_an_entry_of_the_transaction(
        transactions: dict[str, Resource], name: str) -> None:
    entries = transactions[name]["entry"]
    full_urls = {entry["fullUrl"] for entry in entries}
    assert all(url.startswith("urn:uuid:") for url in full_urls)
    seen: set[str] = set()
    for entry in entries:
        contained = {f"#{item['id']}" for item in entry["resource"].get("contained", [])}
        for element, reference in references(entry["resource"]):
            seen.add(element)
            assert reference in full_urls or reference in contained, (element, reference)
    assert {"subject", "encounter", "context", "hasMember", "derivedFrom", "target", "patient"} <= seen


def test_it_keeps_the_export_bundle_entry_for_entry(exports: dict[str, Path],
                                                    transactions: dict[str, Resource]) -> None:
    with (exports["earlier"] / "fhir" / "bundle.json").open("rb") as stream:
        collection = json.load(stream)
    converted = copy.deepcopy(transactions["earlier"])  # shared with the other tests
    pairs = list(zip(collection["entry"], converted["entry"], strict=True))
    for original, entry in pairs:
        assert entry["fullUrl"] == original["fullUrl"]
        expected = {key: value for key, value in original["resource"].items() if key != "id"}
        if expected["resourceType"] == "Provenance":  # + the tag that identifies it
            del entry["resource"]["meta"]
        assert entry["resource"] == expected
    assert converted["identifier"] == collection["identifier"]


def test_the_same_export_gives_the_same_bytes_folder_or_zip(exports: dict[str, Path], tmp_path: Path) -> None:
    folder = exports["earlier"]
    zipped = shutil.make_archive(str(tmp_path / "earlier"), "zip", root_dir=folder.parent,
                                 base_dir=folder.name)
    first = transaction_from_export(folder).content
    assert first == transaction_from_export(folder).content
    assert first == transaction_from_export(zipped).content
    assert first.endswith(b"]}\n") and first.count(b"\n") == len(json.loads(first)["entry"]) + 2


# -- loading into a server -------------------------------------------------------------------------


def test_loading_again_or_an_overlapping_export_creates_no_duplicates(
        transactions: dict[str, Resource]) -> None:
    earlier, later = transactions["earlier"], transactions["later"]
    shared = conditions(earlier) & conditions(later)
    shared_types = {resource_type for resource_type, _ in shared}
    assert {"Patient", "Device", "Encounter", "Observation"} <= shared_types  # a real overlap
    assert "Provenance" not in shared_types  # each export keeps its own

    server = ConditionalCreateServer()
    first = server.load(earlier)
    assert len(server.resources) == len(earlier["entry"])
    assert server.load(earlier) == first  # the same export again: every entry found, nothing created
    assert len(server.resources) == len(earlier["entry"])
    server.load(later)
    assert len(server.resources) == len(earlier["entry"]) + len(later["entry"]) - len(shared)

    # No record twice: within each type, every stored identifier (or Provenance tag) is another.
    for parameter in ("identifier", "_tag"):
        found = [(ref.split("/")[0], token) for ref, resource in server.resources.items()
                 for token in tokens(resource, parameter)]
        assert len(found) == len(set(found))
    # The later export's new records point at the records the earlier one created.
    stored = set(server.resources)
    for resource in server.resources.values():
        for element, reference in references(resource):
            assert reference in stored or reference.startswith("#"), (element, reference)


# -- the command line ------------------------------------------------------------------------------


def test_the_command_writes_the_transaction_readable_by_its_owner_only(
        capsys: pytest.CaptureFixture[str], exports: dict[str, Path], out: Path) -> None:
    target = out / "earlier.json"
    patient_pub = exports["earlier"] / "patient.pub"
    code, stdout, stderr = run(capsys, str(exports["earlier"]), "--out", str(target),
                               "--key", str(patient_pub))
    assert (code, stderr) == (EXIT_OK, "")
    assert f"Wrote {target}" in stdout and "Check it against" not in stdout
    assert target.read_bytes() == transaction_from_export(exports["earlier"]).content
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["earlier.json"]  # no temporary file left


def test_an_existing_file_is_refused_unless_force_replaces_it(
        capsys: pytest.CaptureFixture[str], exports: dict[str, Path], out: Path) -> None:
    target = out / "loaded.json"
    target.write_bytes(b"the clinic's own file")
    code, stdout, stderr = run(capsys, str(exports["later"]), "--out", str(target))
    assert code == EXIT_USAGE and stdout == ""
    assert "already exists" in one_sentence(stderr) and "--force" in stderr
    assert target.read_bytes() == b"the clinic's own file"
    code, stdout, _stderr = run(capsys, str(exports["later"]), "--out", str(target), "--force")
    assert code == EXIT_OK
    assert "Check it against the fingerprint" in stdout  # no --key: say whom to ask
    assert target.read_bytes() == transaction_from_export(exports["later"]).content


def flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("altered", ["csv/sessions.csv", "fhir/bundle.json"])
def test_an_altered_export_is_exit_1_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], exports: dict[str, Path], tmp_path: Path, out: Path,
        altered: str) -> None:
    copied = Path(shutil.copytree(exports["earlier"], tmp_path / "copy"))
    flip_a_byte(copied / altered)
    code, stdout, stderr = run(capsys, str(copied), "--out", str(out / "x.json"))
    assert code == EXIT_PROBLEMS and stdout == ""
    sentence = one_sentence(stderr)
    assert "is not valid, so nothing was written" in sentence and altered in sentence
    assert list(out.iterdir()) == []


def test_an_export_signed_by_another_key_than_the_one_given_is_exit_1(
        capsys: pytest.CaptureFixture[str], exports: dict[str, Path], out: Path) -> None:
    code, _stdout, stderr = run(capsys, str(exports["later"]), "--out", str(out / "x.json"),
                                "--key", STRANGER)
    assert code == EXIT_PROBLEMS
    assert "another key" in one_sentence(stderr)
    assert list(out.iterdir()) == []


def test_a_bundle_changed_after_it_was_verified_is_not_converted(
        monkeypatch: pytest.MonkeyPatch, exports: dict[str, Path], tmp_path: Path) -> None:
    copied = Path(shutil.copytree(exports["earlier"], tmp_path / "copy"))
    real_verify = fhir_transaction.verify_export

    def verify_then_change(path: Path | str, key: str | bytes | None = None) -> VerifyResult:
        result = real_verify(path, key)
        flip_a_byte(copied / "fhir" / "bundle.json")  # between the check and the read
        return result

    monkeypatch.setattr(fhir_transaction, "verify_export", verify_then_change)
    with pytest.raises(ExportNotValidError, match="changed while it was being read"):
        transaction_from_export(copied)


UNUSABLE = [
    pytest.param(["{empty}", "--out", "{out}/x.json"], "not a companion export", id="not-an-export"),
    pytest.param(["{tmp}/nowhere", "--out", "{out}/x.json"], "There is no file or folder", id="missing"),
    pytest.param(["{pdf}", "--out", "{out}/x.json"], "neither a folder nor a readable .zip", id="not-a-zip"),
    pytest.param(["{export}", "--out", "{out}/x.json", "--key", "{tmp}/none.pub"], "There is no key file",
                 id="key-missing"),
    pytest.param(["{export}", "--out", "{out}/x.json", "--key", "{readme}"],
                 "not an OpenSSH Ed25519 public key", id="key-not-a-key"),
    pytest.param(["{export}", "--out", "{out}/x.json", "--key", "SHA256:short"], "not a whole SHA256",
                 id="key-short-fingerprint"),
    pytest.param(["{export}", "--out", "{out}"], "is a folder; --out takes the name of the file",
                 id="out-is-a-folder"),
    pytest.param(["{export}", "--out", "{out}/missing/x.json"], "does not exist; create it",
                 id="out-folder-missing"),
    pytest.param(["{export}"], "--out", id="out-not-given"),
]


@pytest.mark.parametrize(("args", "says"), UNUSABLE)
def test_unreadable_input_and_bad_arguments_are_exit_2_in_one_sentence(
        capsys: pytest.CaptureFixture[str], exports: dict[str, Path], tmp_path: Path, out: Path,
        args: list[str], says: str) -> None:
    (tmp_path / "empty").mkdir()
    places = {"empty": tmp_path / "empty", "tmp": tmp_path, "out": out, "export": exports["earlier"],
              "pdf": exports["earlier"] / "report.pdf",
              "readme": exports["earlier"] / "csv" / "README.txt"}
    code, stdout, stderr = run(capsys, *(arg.format(**places) for arg in args))
    assert code == EXIT_USAGE and stdout == ""
    assert says in one_sentence(stderr)
    assert list(out.iterdir()) == []


def test_a_child_process_run_writes_the_same_file_and_says_one_sentence_on_failure(
        exports: dict[str, Path], out: Path) -> None:
    def child(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "companion", "fhir-transaction", *args],
                              capture_output=True, text=True, env=cli_env(), timeout=60, check=False)

    written = child(str(exports["later"]), "--out", str(out / "later.json"))
    assert written.returncode == EXIT_OK, written.stderr
    assert written.stderr == ""
    assert (out / "later.json").read_bytes() == transaction_from_export(exports["later"]).content
    refused = child(str(out / "later.json"), "--out", str(out / "again.json"))
    assert refused.returncode == EXIT_USAGE
    assert "neither a folder nor a readable .zip" in assert_one_clear_sentence(refused)
    assert [p.name for p in out.iterdir()] == ["later.json"]


# -- the conversion on its own (the golden history) -------------------------------------------------


@pytest.fixture
def golden_bundle() -> Iterator[Resource]:
    yield fhir_bundle(export_history())


def test_the_export_bundle_is_not_changed(golden_bundle: Resource) -> None:
    before = copy.deepcopy(golden_bundle)
    transaction_bundle(golden_bundle, KEY_FINGERPRINT)
    assert golden_bundle == before


def test_search_values_are_escaped_and_percent_encoded() -> None:
    assert search_condition("identifier", "https://x.example/id", "SHA256:a+b/c|d,e$f\\g h") == (
        "identifier=https://x.example/id|SHA256:a%2Bb/c%5C%7Cd%5C%2Ce%5C%24f%5C%5Cg%20h")
    assert parse_condition(search_condition("identifier", "s", "a|b\\c")) == ("identifier", "s", "a|b\\c")
    bundle = fhir_bundle(replace(export_history(), key_fingerprint=PLUS_FINGERPRINT))
    transaction = transaction_bundle(bundle, PLUS_FINGERPRINT)
    assert all("+" not in entry["request"]["ifNoneExist"] for entry in transaction["entry"])


def test_records_identified_under_another_key_are_refused(golden_bundle: Resource) -> None:
    with pytest.raises(ExportNotValidError, match="another patient's record"):
        transaction_bundle(golden_bundle, STRANGER)


def test_a_record_without_the_apps_identifier_is_refused(golden_bundle: Resource) -> None:
    found = (entry["resource"] for entry in golden_bundle["entry"])
    encounter = next(resource for resource in found if resource["resourceType"] == "Encounter")
    del encounter["identifier"]
    with pytest.raises(ExportUnusableError, match="without the app's identifier"):
        transaction_bundle(golden_bundle, KEY_FINGERPRINT)


def test_two_records_with_one_identifier_are_refused(golden_bundle: Resource) -> None:
    twin = copy.deepcopy(golden_bundle["entry"][3])
    twin["fullUrl"] = "urn:uuid:00000000-0000-5000-8000-000000000000"
    golden_bundle["entry"].append(twin)
    with pytest.raises(ExportUnusableError, match="two Encounter resources with one identifier"):
        transaction_bundle(golden_bundle, KEY_FINGERPRINT)


@pytest.mark.parametrize("change", ["type", "entry", "full-url"])
def test_what_is_not_a_companion_collection_bundle_is_refused(golden_bundle: Resource, change: str) -> None:
    if change == "type":
        golden_bundle["type"] = "searchset"
    elif change == "entry":
        golden_bundle["entry"].append("not an entry")
    else:
        golden_bundle["entry"][0]["fullUrl"] = "Patient/1"
    with pytest.raises(ExportUnusableError, match="cannot be converted"):
        transaction_bundle(golden_bundle, KEY_FINGERPRINT)
