#!/usr/bin/env bash
# Build the PyInstaller bundle from clean, run it end to end as a user and a clinic would (offscreen, on
# throw-away folders), and fail if any step fails or the bundle is over budget (DESIGN.md §8).
set -euo pipefail
BUDGET_MB=130  # 140 only if FHIR validation (fhir.resources) ever ships inside the bundle
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
BUNDLE=packaging/dist/companion/companion
PASS="smoke test passphrase, long enough"
started=$SECONDS
step() { echo "smoke [$((SECONDS - started))s]: $*"; }
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
# Runs the bundle, expecting exit code $1; the output is kept in $DATA/out for the checks that follow.
expect() {
    local want=$1; shift
    set +e; "$@" >"$DATA/out" 2>&1; local got=$?; set -e
    [ "$got" -eq "$want" ] || { cat "$DATA/out" >&2; fail "'${*#"$BUNDLE" }' exited $got, expected $want"; }
}

step "build (packaging/build and packaging/dist from clean)"
rm -rf packaging/build packaging/dist  # a stale file there must never reach the bundle
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath packaging/dist --workpath packaging/build \
    packaging/companion.spec 2>&1 | { grep -v "could not resolve 'libpulse.so.0'" || true; }  # host's, by design
[ -x "$BUNDLE" ] || fail "the build made no $BUNDLE"

# Disk use as `du -sm` counts it (MiB, each hard link once), the same figure tests/perf/bench_bundle.py reports.
size_mb=$(du -sm packaging/dist/companion | cut -f1)
step "bundle size: $size_mb MB (budget <= $BUDGET_MB MB)"
[ "$size_mb" -le "$BUDGET_MB" ] || fail "the bundle is $size_mb MB, over the $BUDGET_MB MB budget"

step "files the spec must bring: translations, desktop entry, icon"
for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    code=$(basename "$ts" .ts); code=${code#companion_}
    for qm in "companion_$code.qm" "qtbase_$code.qm"; do
        [ -n "$(find packaging/dist/companion -name "$qm")" ] || fail "$qm is not in the bundle"
    done
done
for file in share/applications/companion.desktop share/icons/hicolor/scalable/apps/companion.svg; do
    [ -f "packaging/dist/companion/_internal/$file" ] || fail "$file is not in the bundle"
done
# The chime's QtMultimedia must be loadable from the bundle: every library it links is bundled, except
# libpulse, which comes from the host (absent, the chime is silent by design).
missing=$(ldd packaging/dist/companion/_internal/PySide6/QtMultimedia.abi3.so | grep "not found" \
          | grep -v "libpulse.so" || true)
[ -z "$missing" ] || fail "QtMultimedia cannot load from the bundle: $missing"

export QT_QPA_PLATFORM=offscreen
DATA=$(mktemp -d)
app=""
cleanup() { [ -z "$app" ] || kill -KILL "$app" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

step "--version matches pyproject.toml"
want_version=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
expect 0 "$BUNDLE" --version
[ "$(cat "$DATA/out")" = "companion $want_version" ] || fail "--version said '$(cat "$DATA/out")'"

step "self-test"
expect 0 "$BUNDLE" self-test

step "init, check, a wrong passphrase (exit 3)"
echo "$PASS" | expect 0 "$BUNDLE" init --data-dir "$DATA/v" --passphrase-stdin
echo "$PASS" | expect 0 "$BUNDLE" check --data-dir "$DATA/v" --passphrase-stdin
echo "wrong passphrase for the smoke test" | expect 3 "$BUNDLE" check --data-dir "$DATA/v" --passphrase-stdin

step "demo --no-gui (the demo vault and desk, no window)"
expect 0 "$BUNDLE" demo --no-gui --data-dir "$DATA/demo" --weeks 4 --journal-entries 10
demo_pass=$(sed -n 's/^Demo passphrase: //p' "$DATA/out")
[ -n "$demo_pass" ] || fail "demo printed no passphrase"

step "export to a folder and to a .zip"
from=$(date -d "-35 days" +%F); to=$(date +%F)  # explicit, so the second export has data too
echo "$demo_pass" | expect 0 "$BUNDLE" export --data-dir "$DATA/demo" --passphrase-stdin --out "$DATA/export" \
    --from "$from" --to "$to"
echo "$demo_pass" | expect 0 "$BUNDLE" export --data-dir "$DATA/demo" --passphrase-stdin \
    --out "$DATA/export.zip" --zip --from "$from" --to "$to"

step "verify: both valid (0), each with one byte changed (1)"
expect 0 "$BUNDLE" verify "$DATA/export"
expect 0 "$BUNDLE" verify "$DATA/export.zip"
cp -r "$DATA/export" "$DATA/altered"
"$PY" - "$DATA/altered/fhir/bundle.json" "$DATA/export.zip" "$DATA/altered.zip" <<'EOF'
import sys, zipfile
def flip(data: bytes) -> bytes:  # one byte, in the middle: still the same length
    i = len(data) // 2
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]
with open(sys.argv[1], "r+b") as f:
    changed = flip(f.read()); f.seek(0); f.write(changed)
with zipfile.ZipFile(sys.argv[2]) as src, zipfile.ZipFile(sys.argv[3], "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info)
        dst.writestr(info, flip(data) if info.filename.endswith("bundle.json") else data)
EOF
expect 1 "$BUNDLE" verify "$DATA/altered"
expect 1 "$BUNDLE" verify "$DATA/altered.zip"

step "fhir-transaction (0; a JSON transaction Bundle)"
expect 0 "$BUNDLE" fhir-transaction "$DATA/export" --out "$DATA/transaction.json"
"$PY" -c 'import json, sys; b = json.load(open(sys.argv[1]))
assert (b["resourceType"], b["type"]) == ("Bundle", "transaction"), (b["resourceType"], b["type"])
assert b["entry"], "no entries"' "$DATA/transaction.json" || fail "fhir-transaction wrote no transaction Bundle"

# A window starts (offscreen), paints, and quits on SIGTERM like a closed window: a module or data file missing
# from the bundle fails here, not on a patient's computer. "Painted" is Qt's own log of the first flush.
window() {
    local name=$1; shift
    step "$name: starts, paints, quits on SIGTERM"
    QT_LOGGING_RULES="qt.widgets.painting=true" "$@" >"$DATA/win.out" 2>"$DATA/win.err" &
    app=$!
    for _ in $(seq 300); do  # up to 60 s
        kill -0 "$app" 2>/dev/null || { grep -v "^qt.widgets.painting" "$DATA/win.err" >&2; fail "$name exited early"; }
        grep -q "Flushing QRegion" "$DATA/win.err" && break
        sleep 0.2
    done
    grep -q "Flushing QRegion" "$DATA/win.err" || fail "$name painted nothing within 60 s"
    sleep 1  # let the first jobs (vault opening, models) run, so a late import error shows too
    kill -TERM "$app"; set +e; wait "$app"; local code=$?; set -e; app=""
    grep -v "^qt.widgets.painting" "$DATA/win.err" >"$DATA/win.msgs" || true
    [ "$code" -eq 0 ] || { cat "$DATA/win.msgs" >&2; fail "$name exited $code after SIGTERM, expected 0"; }
    ! grep -q "Traceback\|internal error" "$DATA/win.msgs" || { cat "$DATA/win.msgs" >&2; fail "$name failed"; }
}
window "demo window" "$BUNDLE" demo --data-dir "$DATA/demo"
# desk --demo finds (or makes) the demo in the platform's data folder: a throw-away one here.
window "desk --demo" env XDG_DATA_HOME="$DATA/xdg" "$BUNDLE" desk --demo

step "passed; bundle $size_mb MB (budget <= $BUDGET_MB MB)"
