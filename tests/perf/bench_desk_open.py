"""The clinician's desk opening a 2-year export: verify, then read what it shows (DESIGN.md §8).

Budget: open that export, verified, to first paint ≤ 1 s.  This benchmark times the desk's Qt-free
part of it — ``verify_export`` (every file hashed, the signature checked) and ``read_export`` (the
manifest's signature and the read files checked again, the FHIR bundle parsed into the desk's
records, the care plan read) — in-process, and as a cold process that imports only what the desk's
core imports (no Qt), so what is left of the second for the window is plain.

The export is bench_export.py's budget history (104 weekly sessions, 2,000 journal entries of which
200 shared), written by the real writer with the real painter, as a folder and as a zip.

Run: ``QT_QPA_PLATFORM=offscreen python tests/perf/bench_desk_open.py``.  Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the checkout

from PySide6.QtGui import QGuiApplication

from companion.desk.export_reading import read_export
from companion.desk.export_records import DeskExport
from companion.desk.timeline import merge_exports
from companion.export.verify import verify_export
from tests.perf.bench_export import _build, _Exports, _line, _seconds
from tests.perf.figures import quick, report

# A cold process: the interpreter, the desk's imports, verify and read; prints the seconds after start.
_COLD = """
import sys, time
started = time.perf_counter()
from companion.export.verify import verify_export
from companion.desk.export_reading import read_export
imported = time.perf_counter()
path = sys.argv[1]
shown = read_export(path, verify_export(path))
done = time.perf_counter()
assert "PySide6" not in sys.modules
print(imported - started, done - imported, len(shown.sessions))
"""


def _open(path: Path) -> DeskExport:
    return read_export(path, verify_export(path))


def _cold(path: Path) -> tuple[float, float, float]:
    """(whole process, imports, verify + read) in seconds."""
    started = time.perf_counter()
    output = subprocess.run([sys.executable, "-c", _COLD, str(path)], capture_output=True, text=True,
                            check=True, env=dict(os.environ)).stdout.split()
    return time.perf_counter() - started, float(output[0]), float(output[1])


def _describe(path: Path, shown: DeskExport) -> None:
    bundle = path / "fhir/bundle.json"
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    print(f"export: {len(shown.sessions)} sessions, {len(shown.scores)} questionnaires, {len(shown.flags)} "
          f"flags, {len(shown.bp_readings)} readings, {len(shown.daily_moods)} daily moods; "
          f"{size / 1e6:.1f} MB, bundle {bundle.stat().st_size / 1e6:.1f} MB", flush=True)


def main() -> None:
    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temp:
        started = time.perf_counter()
        vault = _build(Path(temp) / "data", 104, (1,))
        out = Path(temp) / "out"
        out.mkdir()
        exports = _Exports(vault, out)
        folder = exports.whole()
        zipped = exports.write(exports.prepare(), as_zip=True)
        second = exports.whole()  # the same two years again, made later: a timeline of two exports
        vault.close()
        print(f"-- 104 weeks of demo history, exported as a folder and a zip (built in "
              f"{time.perf_counter() - started:.1f} s, in no figure)", flush=True)
        shown = _open(folder)
        _describe(folder, shown)
        for label, path in (("folder", folder), ("zip", zipped)):
            result = verify_export(path)
            _line(f"verify + read_export in-process, {label}", _seconds(lambda path=path: _open(path)),
                  "   (budget <= 1 s to first paint)")
            _line(f"  verify_export, {label}", _seconds(lambda path=path: verify_export(path)))
            _line(f"  read_export, {label}",
                  _seconds(lambda path=path, result=result: read_export(path, result)))
        other = _open(second)
        _line("merge_exports, two 2-year exports", _seconds(lambda: merge_exports([shown, other])))
        cold_rounds = 3 if quick() else 5
        for label, path in (("folder", folder), ("zip", zipped)):
            runs = [_cold(path) for _ in range(cold_rounds)]
            whole = sorted(run[0] for run in runs)[cold_rounds // 2]
            imports = sorted(run[1] for run in runs)[cold_rounds // 2]
            work = sorted(run[2] for run in runs)[cold_rounds // 2]
            report(f"desk.cold_verify_read_{label}",
                   f"the desk's Qt-free open (verify + read), a cold process, {label}", whole * 1000, "ms",
                   digits=0,
                   note=f"imports {imports * 1000:.0f} ms, verify + read {work * 1000:.0f} ms")
            print(f"{'a cold process (no Qt), ' + label:<44}: {whole * 1000:7.0f} ms median "
                  f"(imports {imports * 1000:.0f} ms, verify + read {work * 1000:.0f} ms; the rest is the "
                  "interpreter's start)", flush=True)
    del application


if __name__ == "__main__":
    main()
