"""Hypothesis runs every command of ``companion`` (the patient's and the clinician's) with arguments, paths
and standard input of its choosing. Whatever it picks: no traceback and no "internal error", only the exit
codes the command line documents (README, DESIGN.md §7), at most one sentence on stderr, and no file in
the vault's data folder (or in the export that verify reads) changed, added or removed: every file is
hashed before and after each case.

``companion.cli.main`` runs in this process, so hundreds of cases take seconds: the vault derives its key
with light Argon2 parameters, and ``init`` gets them too. What would open a window stops just before it:
the app's and the desk's locks are reported taken, so they say "already open" through a recorder instead
of a message box, and every sentence said before a window is checked like stderr. Paths the fuzzer makes
up lie in a sandbox that is also the working folder, so a relative path cannot land anywhere else.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.cli import EXIT_INTERRUPTED
from companion.storage.kdf import LIGHT_TEST_PARAMS
from tests.reliability.conftest import ReliabilityFigure
from tests.reliability.file_snapshot import snapshot
from tests.signed_export import TestSigner, make_export
from tests.unit.test_cli_bad_input import RIGHT_PASSPHRASE, STDIN_ERROR_HANDLERS, make_light_vault, run_main

CASES = 1_000
FUZZ = settings(max_examples=CASES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

# The exit codes each command documents (README "Command line"); 2 is bad arguments for every one, and 0
# also answers --help.
DOCUMENTED_EXIT_CODES: dict[str, frozenset[int]] = {
    "app": frozenset({0, 1, 2}),
    "demo": frozenset({0, 2}),
    "init": frozenset({0, 2}),
    "export": frozenset({0, 2, 3}),
    "verify": frozenset({0, 1, 2}),
    "fhir-transaction": frozenset({0, 1, 2}),
    "desk": frozenset({0, 1, 2}),
    "check": frozenset({0, 1, 2, 3}),
    "self-test": frozenset({0, 1, 2}),
    "--version": frozenset({0}),
}


@dataclass(frozen=True)
class Sandbox:
    """The places a fuzzed path can name: the vault's data folder and things in the way of a good path."""

    root: Path
    vault: Path
    export: Path
    plain_file: Path

    def folder(self, kind: str, parts: tuple[str, ...] = ()) -> str:
        """A path of ``kind`` as the command line gets it."""
        named = {
            "vault": str(self.vault),
            "export": str(self.export),
            "vault file": str(self.vault / "vault.key"),
            "public key": str(self.export / "patient.pub"),
            "empty": "",
            "plain file": str(self.plain_file),
            "under a file": str(self.plain_file / "data"),
            "name too long": str(self.root / ("n" * 256)),
            "path too long": str(self.root.joinpath(*["p" * 250] * 20)),
        }
        if kind in named:
            return named[kind]
        return str(self.root.joinpath("made-up", *parts))  # "new": a path the fuzzer made up


# A made-up name: any bytes but "/" and NUL (real arguments cannot hold NUL), as the command line decodes
# them (surrogateescape), from short to over the 255 a file system allows.
_name_part = (
    st.binary(min_size=1, max_size=300)
    .map(lambda raw: raw.replace(b"/", b"_").replace(b"\0", b"_"))
    .filter(lambda raw: raw not in (b".", b".."))
    .map(os.fsdecode)
)
_new = st.tuples(st.just("new"), st.lists(_name_part, min_size=1, max_size=3).map(tuple))
_BAD_FOLDERS = ("empty", "plain file", "under a file", "name too long", "path too long")


def _places(*kinds: str, new: bool = True) -> st.SearchStrategy[tuple[str, tuple[str, ...]]]:
    fixed = st.sampled_from(kinds).map(lambda kind: (kind, ()))
    return st.one_of(fixed, _new) if new else fixed


# A word that is no option (options are drawn on purpose below): it never starts with "-", which argparse
# could take as an abbreviation of one (--da for --data-dir, --dem for the desk's --demo), nor with "~".
_word = st.text(max_size=30).filter(lambda word: not word.startswith(("-", "~")) and "\0" not in word)
_mostly_true = st.sampled_from([True] * 9 + [False])  # hypothesis draws small integers more often
_stray = st.one_of(_word, st.sampled_from(["-h", "--bogus", "-x", "--"]))
_stdin = st.one_of(
    st.just(RIGHT_PASSPHRASE),
    st.just(b""),
    st.binary(max_size=200),
    st.text(max_size=80).map(lambda text: (text + "\n" + text + "\n").encode("utf-8", "surrogatepass")),
)


@dataclass(frozen=True)
class Invocation:
    command: str
    argv: list[str]
    stdin: bytes


@st.composite
def _invocation(draw: st.DrawFn, sandbox: Sandbox) -> Invocation:
    """The command's options in any order, some left out, now and then a stray word; and standard input.

    Export gets every passphrase but the right one: an export that is written is remembered in the vault,
    and that is not bad input."""
    command = draw(st.sampled_from(sorted(DOCUMENTED_EXIT_CODES)))

    def place(*kinds: str, new: bool = True) -> str:
        kind, parts = draw(_places(*kinds, new=new))
        return sandbox.folder(kind, parts)

    def maybe(*tokens: str) -> list[str]:
        return list(tokens) if draw(st.booleans()) else []

    data_dir = ["--data-dir", place("vault", "vault", "vault", *_BAD_FOLDERS)]  # often the vault: deeper
    passphrase = ["--passphrase-stdin"]
    always: list[list[str]] = []  # never left out: without them the case would be slow, not bad input
    options: list[list[str]]
    if command == "app":
        options = [maybe(*data_dir)]
    elif command in ("init", "check"):
        options = [data_dir, passphrase]
    elif command == "export":
        days = st.sampled_from(["2026-01-01", "2026-02-30", "1-1-1", "0001-01-01", "9999-12-31", "today"])
        options = [data_dir, passphrase, ["--out", place("vault", "export", *_BAD_FOLDERS)],
                   maybe("--from", draw(days)), maybe("--to", draw(days)),
                   maybe("--include-journal"), maybe("--zip"), maybe("--password-stdin"),
                   maybe("--name", draw(_word)),
                   maybe("--paper", draw(st.sampled_from(["a4", "letter", "a5"])))]
    elif command == "demo":
        # Never a folder it could make a demo in: that is minutes of synthetic history, not bad input.
        always = [["--data-dir", place("vault", *_BAD_FOLDERS, new=False)]]
        options = [maybe("--no-gui"),
                   maybe("--weeks", draw(st.sampled_from(["1", "0", "105", "x"]))),
                   maybe("--journal-entries", draw(st.sampled_from(["0", "-1", "200001"])))]
    elif command in ("verify", "fhir-transaction"):
        where = place("export", "vault", "vault file", *_BAD_FOLDERS)
        key = draw(st.one_of(st.just(sandbox.folder("public key")), _word.map(lambda text: "SHA256:" + text),
                             _places("vault file", "export", *_BAD_FOLDERS).map(
                                 lambda kind: sandbox.folder(*kind))))
        options = [[where], maybe("--key", key)]
        if command == "verify":
            options.append(maybe("--json"))
        else:
            options += [["--out", place("plain file", "empty", "under a file", "name too long", "export")],
                        maybe("--force")]
    elif command == "desk":
        desk_dir = ["--desk-dir", place("vault", *_BAD_FOLDERS)]
        # --demo alone would make the demo vault and desk (minutes); with --desk-dir it is refused.
        if draw(st.booleans()):
            always, options = [desk_dir], [["--demo"]]
        else:
            options = [maybe(*desk_dir)]
    elif command == "self-test":
        # A full self-test is a test of its own; here only its arguments are fuzzed.
        always, options = [[draw(_stray.filter(lambda word: word != "--"))]], []
    else:
        options = []
    kept = always + [option for option in options if draw(_mostly_true)]  # now and then one is left out
    argv = [token for option in draw(st.permutations(kept)) for token in option]
    if not draw(_mostly_true):  # a stray word ends most cases at the parser: now and then only
        argv += draw(st.lists(_stray, min_size=1, max_size=2))
    head = [] if command == "app" else [command]
    stdin = draw(_stdin.filter(lambda data: command != "export" or not data.startswith(RIGHT_PASSPHRASE)))
    return Invocation(command, head + argv, stdin)


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> Sandbox:
    """A light vault, a signed export and a plain file; the sandbox is the working folder; nothing opens a
    window or a message box, and init derives its key in milliseconds. (``qapp``: one QApplication for the
    app, the desk and the export's painter, as a QGuiApplication made first would refuse one later.)"""
    import companion.ui.instance_lock as instance_lock

    root = tmp_path / "sandbox"
    root.mkdir()
    made = Sandbox(root, make_light_vault(root / "data"), make_export(root / "export", TestSigner()),
                   root / "notes.txt")
    made.plain_file.write_text("not a folder\n")
    monkeypatch.chdir(root)
    monkeypatch.setattr("companion.storage.kdf.calibrate", lambda *_args, **_kwargs: LIGHT_TEST_PARAMS)
    monkeypatch.setattr(instance_lock, "acquire_instance_lock", lambda _paths: None)
    monkeypatch.setattr(instance_lock, "acquire_folder_lock", lambda _folder, _name: None)
    return made


def _one_sentence_at_most(text: str, where: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) <= 1, (where, text)
    for line in lines:
        assert "Traceback" not in line and "internal error" not in line, (where, line)


def test_no_fuzzed_command_line_crashes_or_changes_the_vault(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, reliability_figure: ReliabilityFigure
) -> None:
    import companion.ui.instance_lock as instance_lock

    said: list[str] = []
    monkeypatch.setattr(instance_lock, "say_before_start", lambda text, *_args, **_kwargs: said.append(text))
    guarded: dict[Path, object] = {folder: snapshot(folder) for folder in (sandbox.vault, sandbox.export)}
    cases: Counter[str] = Counter()

    @FUZZ
    @given(invocation=_invocation(sandbox), errors=st.sampled_from(STDIN_ERROR_HANDLERS))
    def run(invocation: Invocation, errors: str) -> None:
        command, argv = invocation.command, invocation.argv
        said.clear()
        result = run_main(argv, invocation.stdin, errors=errors)
        cases[command] += 1
        assert result.code in DOCUMENTED_EXIT_CODES[command] | {EXIT_INTERRUPTED}, (argv, result)
        _one_sentence_at_most(result.stderr, "stderr")
        if result.stderr.strip():
            assert result.stderr.startswith("companion: "), (argv, result)
        _one_sentence_at_most("\n".join(said), "said before any window")
        for folder, before in guarded.items():
            assert snapshot(folder) == before, (argv, folder)

    run()
    assert set(cases) == set(DOCUMENTED_EXIT_CODES), "every command was tried"
    reliability_figure("fuzz cases", cases.total(), "command lines run, each command: "
                       + ", ".join(f"{name} {count}" for name, count in sorted(cases.items())))
