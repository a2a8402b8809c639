"""``companion self-test``: can this computer run companion?

Each check prints one line.  Qt is started in a child process, because a Qt that cannot
find its platform aborts the whole process; the child's complaint is turned into the name
of the missing system library and the Debian/Ubuntu package that provides it.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable
from typing import TextIO

# Libraries Qt needs on Linux even offscreen, and the Debian/Ubuntu package for each.
QT_SYSTEM_LIBRARIES: dict[str, str] = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
}
# Extra libraries for a real X11 window (the xcb platform plugin).
XCB_SYSTEM_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}



def qt_probe() -> int:
    """Run in the child process (``companion self-test --qt-probe``): start Qt, report, exit."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    print("platform", app.platformName())
    print("fonts", len(QFontDatabase.families()))
    return 0


def _qt_probe_command() -> list[str]:
    # In a PyInstaller bundle sys.executable is companion itself, not a Python interpreter.
    if getattr(sys, "frozen", False):
        return [sys.executable, "self-test", "--qt-probe"]
    return [sys.executable, "-m", "companion", "self-test", "--qt-probe"]

# (True, detail) passed; (False, detail) failed; (None, detail) works, but something is worth knowing.
CheckResult = tuple[bool | None, str]

# QtMultimedia plays the sitter check-in chime; without these it cannot load and the chime is silent.
AUDIO_SYSTEM_LIBRARIES: dict[str, str] = {"libpulse.so.0": "libpulse0"}


def missing_libraries(libraries: dict[str, str]) -> list[str]:
    """Descriptions of the libraries that cannot be loaded, e.g. 'libEGL.so.1 (package libegl1)'."""
    if not sys.platform.startswith("linux"):
        return []
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(f"{soname} (Debian/Ubuntu package {package})")
    return missing


def _wants_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    return platform.startswith("xcb") or (not platform and bool(os.environ.get("DISPLAY")))


def qt_start_problem() -> str | None:
    """A sentence saying why Qt cannot start a window here, or None if it should."""
    missing = missing_libraries(QT_SYSTEM_LIBRARIES)
    if _wants_xcb():
        missing += missing_libraries(XCB_SYSTEM_LIBRARIES)
    if missing:
        return "Qt cannot start: missing system library " + ", ".join(missing) + "."
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        return (
            "No graphical display is available (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "start companion from a desktop session."
        )
    return None


def check_qt() -> CheckResult:
    problem = qt_start_problem()
    if problem:
        return False, problem
    import subprocess  # only the self-test needs it; keep it off the app's start path

    env = dict(os.environ)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        probe = subprocess.run(
            _qt_probe_command(), capture_output=True, text=True, timeout=60, env=env
        )
    except subprocess.TimeoutExpired:
        return False, "Qt did not start within 60 seconds."
    if probe.returncode != 0:
        library = re.search(r"(lib[\w.+-]+\.so[\w.]*)", probe.stderr)
        if library:
            return False, f"Qt cannot start: missing system library {library.group(1)}."
        last_line = (probe.stderr.strip().splitlines() or ["no message"])[-1]
        return False, f"Qt cannot start: {last_line}"
    values = dict(line.split(" ", 1) for line in probe.stdout.strip().splitlines() if " " in line)
    if int(values.get("fonts", "0")) == 0:
        return False, "Qt started but found no fonts; install a font package such as fonts-dejavu-core."
    return True, f"Qt starts (platform {values.get('platform', '?')}, {values.get('fonts')} font families)"


def check_sqlcipher() -> CheckResult:
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
        version_row = connection.execute("PRAGMA cipher_version").fetchone()
        if not version_row:
            return False, "SQLite is there but SQLCipher encryption is not."
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(body, tokenize='unicode61')")
        connection.execute("INSERT INTO probe(body) VALUES ('café au lait')")
        hits = connection.execute("SELECT count(*) FROM probe WHERE probe MATCH 'cafe*'").fetchone()[0]
        if hits != 1:
            return False, "SQLCipher's full-text search (FTS5) does not work."
        connection.execute("SELECT json_object('a', 1)").fetchone()
    finally:
        connection.close()
    return True, f"SQLCipher {version_row[0]} with FTS5 and JSON"


def check_crypto() -> CheckResult:
    from argon2.low_level import Type, hash_secret_raw
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    if AESGCM(key).decrypt(nonce, AESGCM(key).encrypt(nonce, b"probe", b"aad"), b"aad") != b"probe":
        return False, "AES-256-GCM does not round-trip."
    signing = Ed25519PrivateKey.generate()
    signing.public_key().verify(signing.sign(b"probe"), b"probe")
    # Reference vector from the Argon2 test suite (Argon2id v1.3, t=2, m=64 MiB, p=1).
    digest = hash_secret_raw(b"password", b"somesalt", 2, 65536, 1, 32, Type.ID, 19)
    if digest.hex() != "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7":
        return False, "Argon2id gives a wrong result on its reference vector."
    return True, "cryptography: AES-256-GCM, Ed25519, Argon2id (reference vector)"


def check_sound() -> CheckResult:
    missing = missing_libraries(AUDIO_SYSTEM_LIBRARIES)
    if missing:
        return None, (
            "sound: the check-in chime will be silent (missing " + ", ".join(missing) + "); "
            "prompts still flash on screen."
        )
    return True, "sound: QtMultimedia libraries present for the check-in chime"


CHECKS: list[tuple[str, Callable[[], CheckResult]]] = [
    ("Qt", check_qt),
    ("sound", check_sound),
    ("SQLCipher", check_sqlcipher),
    ("crypto", check_crypto),
]


def run_self_test(out: TextIO) -> bool:
    """Run every check, print one line each, return True if all passed."""
    all_ok = True
    print(f"Python {sys.version.split()[0]} on {sys.platform}", file=out)
    for name, check in CHECKS:
        try:
            ok, detail = check()
        except Exception as error:  # a broken install shows up here; say which part
            ok, detail = False, f"{name} check failed: {type(error).__name__}: {error}"
        all_ok &= ok is not False
        label = "ok  " if ok else ("note" if ok is None else "FAIL")
        print(f"{label}  {detail}", file=out)
    print("All checks passed." if all_ok else "Some checks failed; see the lines marked FAIL.", file=out)
    return all_ok
